import type { GuidancePrompt } from '../../../shared/rules/agenda.ts';
import { useChildWords } from '../../model/hooks.ts';

/** The guidance beside a statement: a short line, then questions to think about (not form fields). */
export function Guidance({ prompt, id }: { prompt: GuidancePrompt; id: string }) {
  const words = useChildWords();
  return (
    <div className="cr-guidance" id={id}>
      <p className="cr-guidance__line">{words(prompt.line)}</p>
      <ul className="cr-guidance__questions">
        {prompt.questions.map((q) => (
          <li key={q}>{words(q)}</li>
        ))}
      </ul>
    </div>
  );
}

import type { GuidancePrompt } from '../../../shared/rules/guidance.ts';
import { useAgendaWords } from '../../model/useAgendaWords.ts';

/** The guidance beside a statement: a short line, then questions to think about (not form fields). */
export function Guidance({ prompt, id }: { prompt: GuidancePrompt; id: string }) {
  const agenda = useAgendaWords();
  return (
    <div className="cr-guidance" id={id}>
      <p className="cr-guidance__line">{agenda.prompt(prompt.line)}</p>
      <ul className="cr-guidance__questions">
        {prompt.questions.map((q) => (
          <li key={q}>{agenda.prompt(q)}</li>
        ))}
      </ul>
    </div>
  );
}

import type { GuidancePrompt } from '../../../shared/rules/agenda.ts';

/** The guidance beside a statement: a short line, then questions to think about (not form fields). */
export function Guidance({ prompt, id }: { prompt: GuidancePrompt; id: string }) {
  return (
    <div className="cr-guidance" id={id}>
      <p className="cr-guidance__line">{prompt.line}</p>
      <ul className="cr-guidance__questions">
        {prompt.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
    </div>
  );
}

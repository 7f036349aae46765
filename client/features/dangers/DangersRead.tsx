import { useConference } from '../../model/hooks.ts';

/** Danger statements and safety goals, read only, one pair after another. */
export function DangersRead() {
  const dangers = useConference((m) => m.dangers);
  if (dangers.length === 0) return <p className="cr-body cr-empty">Nothing written yet.</p>;
  return (
    <ol className="cr-danger-read" aria-label="Danger statements and safety goals">
      {dangers.map((d, i) => (
        <li key={d.id} className="cr-danger-read__pair">
          <h2 className="cr-heading-s">Worry {i + 1}</h2>
          <p className="cr-danger-read__label">What we are worried about</p>
          <p className="cr-body">{d.statement || 'Not written yet.'}</p>
          <p className="cr-danger-read__label">What needs to happen (safety goal)</p>
          <p className="cr-body">{d.goal || 'Not written yet.'}</p>
        </li>
      ))}
    </ol>
  );
}

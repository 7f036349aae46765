import { ProposalCard } from './ProposalCard.tsx';
import { usePendingProposals } from './useProposalActions.ts';

/** The chair's queue of proposals from participants, oldest first, with a count. */
export function ProposalsPanel() {
  const pending = usePendingProposals();
  return (
    <section className="cr-panel" aria-labelledby="proposals-title">
      <h2 className="cr-heading-s" id="proposals-title">
        Proposals <span className="cr-count" aria-label={`${pending.length} waiting`}>{pending.length}</span>
      </h2>
      {pending.length === 0 ? (
        <p className="cr-body cr-body--s">Nothing waiting. What participants propose appears here.</p>
      ) : (
        <ol className="cr-proposal-list">
          {pending.map((p) => (
            <ProposalCard key={p.id} proposal={p} />
          ))}
        </ol>
      )}
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.tsx';
import { LiveRegion } from '../../components/govuk/LiveRegion.tsx';
import { ProposalCard } from './ProposalCard.tsx';
import { usePendingProposals } from './useProposalActions.ts';

/** The chair's queue of proposals from participants, oldest first, with a count. */
export function ProposalsPanel() {
  const pending = usePendingProposals();
  const t = useT();
  const announcement = useArrivalAnnouncement(pending);
  return (
    <section className="cr-panel" aria-labelledby="proposals-title">
      <h2 className="govuk-heading-s" id="proposals-title">
        {t('room.proposals.title')} <span className="cr-count" aria-label={t('room.proposals.waitingCount', { count: pending.length })}>{pending.length}</span>
      </h2>
      <LiveRegion message={announcement ? t('room.proposals.arrived', announcement) : ''} />
      {pending.length === 0 ? (
        <p className="govuk-body govuk-body-s">{t('room.proposals.none')}</p>
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

/**
 * A proposal arriving from someone else is said to screen readers ("New proposal from Sam"), in
 * the reader's language: the values are kept, the words are made when rendering. Those already
 * waiting when the room opens are not announced.
 */
function useArrivalAnnouncement(pending: readonly { id: string; proposedBy: { name: string } }[]): { name: string; count: number } | null {
  const seen = useRef<Set<string> | null>(null);
  const [announcement, setAnnouncement] = useState<{ name: string; count: number } | null>(null);
  useEffect(() => {
    const ids = new Set(pending.map((p) => p.id));
    if (seen.current) {
      const fresh = pending.filter((p) => !seen.current?.has(p.id));
      const newest = fresh[fresh.length - 1];
      if (newest) setAnnouncement({ name: newest.proposedBy.name, count: pending.length });
    }
    seen.current = ids;
  }, [pending]);
  return announcement;
}

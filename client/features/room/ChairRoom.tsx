import { useCallback, useEffect } from 'react';
import { useCommand, useConference } from '../../model/hooks.ts';
import { closeRoundIn } from '../scaling/commands.ts';
import { IntentsProvider, useIntentQueue } from '../../model/intents.tsx';
import { useRoom } from '../../model/RoomContext.tsx';
import { useUi } from '../../state/ui.ts';
import { AgendaTaskList } from './AgendaTaskList.tsx';
import { ClosedSessionNotice } from './ClosedSessionToggle.tsx';
import { ClosedBanner, TooNewBanner } from './ConnectionGate.tsx';
import { LobbyPanel } from './LobbyPanel.tsx';
import { ProposalsPanel } from './ProposalsPanel.tsx';
import { RoomBar } from './RoomBar.tsx';
import { ShortcutsOverlay } from './ShortcutsOverlay.tsx';
import { StepView } from './StepView.tsx';
import { usePendingProposals, useProposalActions } from './useProposalActions.ts';
import { usePresentToggle } from './usePresentToggle.ts';
import { useProjectorPaging } from '../../model/useProjectorPaging.ts';
import { useRoomShortcuts } from './useRoomShortcuts.ts';
import { WhoIsHere } from './WhoIsHere.tsx';
import { useT } from '../../i18n/useT.tsx';

/** The chair's and note taker's control screen: agenda, the current step, proposals and who is here. */
export function ChairRoom() {
  const { conference } = useRoom();
  const t = useT();
  const live = useConference((m) => m.step);
  const { presenting, toggle } = usePresentToggle();
  // The chair's requests to the server (record a score for someone, reveal scores, record a view).
  const queue = useIntentQueue(conference.id);
  const pending = usePendingProposals();
  const { accept } = useProposalActions();
  const acceptOldest = useCallback(() => {
    const p = pending[0];
    if (p) accept(p);
  }, [pending, accept]);
  const round = useConference((m) => m.rounds.find((r) => r.id === m.currentRoundId) ?? null);
  const runClose = useCommand(closeRoundIn);
  // "s" walks the open scaling question on: close scoring, then reveal. Opening stays a button, so the wording is checked first.
  const advanceScaling = useCallback(() => {
    if (round?.status === 'open') runClose(round.id);
    else if (round?.status === 'closed') queue.send('reveal_scores', { roundId: round.id });
  }, [round, runClose, queue]);
  const paging = useProjectorPaging();
  const { next: nextPage, previous: previousPage } = paging;
  const turnPage = useCallback((d: 1 | -1) => (d === 1 ? nextPage() : previousPage()), [nextPage, previousPage]);
  useRoomShortcuts({ togglePresent: toggle, acceptOldest, advanceScaling, turnPage });

  useEffect(() => {
    useUi.getState().setViewStep(null);
    document.title = t('app.pageTitle', { title: conference.children.map((c) => c.name).join(', ') });
  }, [conference, t]);

  return (
    <div className="cr-room">
      <RoomBar presenting={presenting} togglePresent={toggle} paging={paging} />
      <TooNewBanner />
      <ClosedBanner />
      <ClosedSessionNotice />
      <div className="cr-room__grid">
        <AgendaTaskList live={live} />
        <main className="cr-room__main" id="main-content">
          <IntentsProvider queue={queue}>
            <StepView />
          </IntentsProvider>
        </main>
        <aside className="cr-room__side" aria-label={t('room.sideLabel')}>
          <LobbyPanel />
          <ProposalsPanel />
          <WhoIsHere />
        </aside>
      </div>
      <ShortcutsOverlay />
    </div>
  );
}

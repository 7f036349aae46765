import { useCallback, useEffect, useState } from 'react';
import { setProjectorPage } from '../../shared/commands/meeting.ts';
import { readProjectors, type ProjectorReport } from '../sync/presence.ts';
import { useCommand, useConference } from './hooks.ts';
import { useRoom } from './RoomContext.tsx';
import { resolveStep } from './steps.ts';

/** The projectors connected now, as their awareness reports them; re-read on every change. */
function useProjectorReports(): ProjectorReport[] {
  const { conn } = useRoom();
  const [reports, setReports] = useState<ProjectorReport[]>(() => readProjectors(conn.awareness));
  useEffect(() => {
    let last = '';
    const onChange = () => {
      const next = readProjectors(conn.awareness);
      const key = JSON.stringify(next);
      if (key === last) return;
      last = key;
      setReports(next);
    };
    conn.awareness.on('change', onChange);
    onChange();
    return () => conn.awareness.off('change', onChange);
  }, [conn]);
  return reports;
}

/** PJ1: the page the chair has asked for on this step (0 when the request was for another step). */
export function useRequestedPage(stepId: string): number {
  return useConference((m) => (m.projectorPage && m.projectorPage.step === stepId ? m.projectorPage.page : 0));
}

export interface ProjectorPaging {
  /** 1-based page shown on the projector, and how many there are; `pages` is null with no projector connected. */
  page: number;
  pages: number | null;
  next: () => void;
  previous: () => void;
}

/**
 * PJ1 — The chair turns the projector's pages from their own screen. The request goes into the
 * shared document (so a projector with its own link follows it too); the page count comes back
 * from the projectors' awareness, because only a projector can measure what fits on its screen.
 */
export function useProjectorPaging(): ProjectorPaging {
  const step = resolveStep(useConference((m) => m.step));
  const requested = useRequestedPage(step.id);
  const reports = useProjectorReports().filter((r) => r.step === step.id);
  const pages = reports.length ? Math.max(...reports.map((r) => r.pages)) : null;
  const shown = pages === null ? requested : Math.min(requested, pages - 1);
  const run = useCommand(setProjectorPage);
  const next = useCallback(() => {
    if (pages !== null && shown >= pages - 1) return;
    run(step.id, shown + 1);
  }, [run, step.id, shown, pages]);
  const previous = useCallback(() => {
    if (shown > 0) run(step.id, shown - 1);
  }, [run, step.id, shown]);
  return { page: shown + 1, pages, next, previous };
}

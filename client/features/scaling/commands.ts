import type { ConferenceDocs } from '../../../shared/commands/docs.ts';
import { closeRound, openRound } from '../../../shared/commands/scaling.ts';
import type { ScaleDefinition } from '../../../shared/rules/scaling.ts';

/** The scaling commands (SC6, SC7) bound the way `useCommand` expects. */
export const openRoundIn = (d: ConferenceDocs, scale: ScaleDefinition) => openRound(d.shared, scale);
export const closeRoundIn = (d: ConferenceDocs, roundId: string) => closeRound(d.shared, roundId);

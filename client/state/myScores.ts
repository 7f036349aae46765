import { create } from 'zustand';

/**
 * The score this device last sent in each scaling round, kept in memory only. Scores are sealed
 * until the reveal, so the document cannot tell a person their own number: this is how the
 * screen can say "Your score of 6 has been sent". Never written to storage or to a document.
 */
export interface SentScore {
  score: number;
  reason: string;
  /** The client-made id of the request, to follow its answer. */
  intentId: string;
}

interface MyScoresState {
  byRound: Readonly<Record<string, SentScore>>;
  remember: (roundId: string, sent: SentScore) => void;
  forget: (roundId: string, intentId: string) => void;
}

export const useMyScores = create<MyScoresState>()((set) => ({
  byRound: {},
  remember: (roundId, sent) => set((s) => ({ byRound: { ...s.byRound, [roundId]: sent } })),
  // Only the request that failed is forgotten: a newer score sent since stays.
  forget: (roundId, intentId) =>
    set((s) => {
      if (s.byRound[roundId]?.intentId !== intentId) return s;
      const { [roundId]: _dropped, ...rest } = s.byRound;
      return { byRound: rest };
    }),
}));

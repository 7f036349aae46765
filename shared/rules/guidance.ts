import type { MessageId } from '../i18n/messages.ts';

// Apart from agenda.ts, which every device loads: only the chair's danger statement editor shows
// these, so their messages travel with it (a module brings the messages it names, wherever it goes).

/** AG2: guidance shown beside a record: a short line, then questions to think about (not form fields). Message ids; each takes `children`. */
export interface GuidancePrompt {
  readonly line: MessageId;
  readonly questions: readonly MessageId[];
}

/** AG2: a danger statement says who is worried, about what harm, what could happen to the child and why. */
export const DANGER_STATEMENT_PROMPT: GuidancePrompt = {
  line: 'agenda.dangerPrompt.line',
  questions: ['agenda.dangerPrompt.who', 'agenda.dangerPrompt.harm', 'agenda.dangerPrompt.couldHappen', 'agenda.dangerPrompt.why'],
};

/** AG2: the paired safety goal says what the family and network will do so everyone knows the child is safe, and for how long. */
export const SAFETY_GOAL_PROMPT: GuidancePrompt = {
  line: 'agenda.goalPrompt.line',
  questions: ['agenda.goalPrompt.what', 'agenda.goalPrompt.who', 'agenda.goalPrompt.howKnow', 'agenda.goalPrompt.howLong'],
};

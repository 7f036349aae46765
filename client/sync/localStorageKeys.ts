/** Keys this app uses in localStorage for a conference (queued messages, unsent drafts). */
export const queueKey = (conferenceId: string): string => `cr:intents:${conferenceId}`;
export const draftKey = (conferenceId: string): string => `cr:draft:${conferenceId}`;

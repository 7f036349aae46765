import { en } from '../../../shared/export/messages.en.ts';

/** "17 December 2024 at 3:05pm" in UK time: the same words the documents print. */
export const formatInstant = (iso: string): string => en.instant(iso);

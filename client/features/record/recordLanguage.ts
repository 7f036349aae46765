import type { ConferenceLanguage } from '../../../shared/i18n/locale.ts';
import type { MessageId } from '../../../shared/i18n/messages.ts';

/** The record's three languages, in the order people choose from, with the words that name each one. */
export const RECORD_LANGUAGES: readonly { value: ConferenceLanguage; label: MessageId }[] = [
  { value: 'cy', label: 'record.language.cy' },
  { value: 'en', label: 'record.language.en' },
  { value: 'cy-en', label: 'record.language.both' },
];

export const recordLanguageLabel = (language: ConferenceLanguage): MessageId =>
  RECORD_LANGUAGES.find((l) => l.value === language)?.label ?? 'record.language.en';

import { useEffect, useState } from 'react';
import { ApiError, api, type ConferenceDetail } from '../api.ts';
import { loadLocalesForConference, useLocaleState } from '../i18n/locale.ts';

/** The conference, its attendees and who "me" is, as the server says; a network failure becomes an ApiError too. */
export function useConferenceDetail(conferenceId: string): { detail: ConferenceDetail | null; error: ApiError | null } {
  const [detail, setDetail] = useState<ConferenceDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    api
      .getConference(conferenceId)
      // A Welsh conference's words arrive before its room shows (Welsh is a chunk of its own).
      .then((d) => loadLocalesForConference(d.conference.language).then(() => d))
      .then((d) => live && setDetail(d))
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e : new ApiError(0, 'network', 'We could not load this meeting.')));
    return () => {
      live = false;
    };
  }, [conferenceId]);
  // Until a person chooses, the conference's language is theirs; the projector always follows it.
  const language = detail?.conference.language ?? null;
  const setConferenceLanguage = useLocaleState((s) => s.setConferenceLanguage);
  useEffect(() => {
    setConferenceLanguage(language);
    return () => setConferenceLanguage(null);
  }, [language, setConferenceLanguage]);
  return { detail, error };
}

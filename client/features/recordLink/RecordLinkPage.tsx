import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { Loading, MessagePage, Page } from '../../components/Page.tsx';
import type { RecordLinkView } from '../../../shared/api/record.ts';
import { en } from '../../../shared/export/messages.en.ts';
import type { ConferenceType } from '../../../shared/schema/conference.ts';
import type { Jurisdiction } from '../../../shared/rules/jurisdiction.ts';
import { AmendmentForm } from './AmendmentForm.tsx';

/**
 * IS2 — The page a personal record link opens. The token is in the fragment (never sent in a URL
 * or Referer); it is read, then removed from the address bar, and sent only in request bodies.
 */
export function RecordLinkPage() {
  const token = useRef<string>('');
  const [view, setView] = useState<RecordLinkView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const load = async () => {
    try {
      setView(await api.openRecordLink(token.current));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'We could not open the record. Check your connection and try again.');
    }
  };
  useEffect(() => {
    if (token.current) return;
    token.current = window.location.hash.replace(/^#/, '');
    window.history.replaceState(null, '', window.location.pathname);
    if (!token.current) setError('This record link is not complete. Open the link from your message again.');
    else void load();
  }, []);

  if (error) {
    return (
      <MessagePage title="We could not open the record">
        <p className="cr-body">{error}</p>
      </MessagePage>
    );
  }
  if (!view) return <Loading label="Opening the record…" />;
  const c = view.conference;
  const name = en.conferenceName(c.type as ConferenceType, c.jurisdiction as Jurisdiction);
  const download = (edition: RecordLinkView['editions'][number]) => {
    setDownloadError(null);
    api.downloadByLink(token.current, edition).catch((e: unknown) => setDownloadError(e instanceof ApiError ? e.message : 'The download did not work. Try again.'));
  };
  return (
    <Page title="Your copy of the record">
      <span className="cr-caption-l">{c.children.join(', ')}</span>
      <h1 className="cr-heading-l">Your copy of the record</h1>
      <p className="cr-body">
        Hello {view.attendee.name}. This is the written record of the {name.toLowerCase()} on {en.date(c.startsAt)}, version {view.version}.
      </p>
      <h2 className="cr-heading-m">Download</h2>
      {downloadError ? <p className="cr-error-message" role="alert">{downloadError}</p> : null}
      <ul className="cr-list">
        {view.editions.map((e) => (
          <li key={e}>
            <button type="button" className="cr-button cr-button--secondary" onClick={() => download(e)}>
              Download: {en.titles[e]} (Word)
            </button>
          </li>
        ))}
      </ul>
      <h2 className="cr-heading-m">Your rights</h2>
      <p className="cr-body">{en.familyNote.changes(en.dayDate(view.amendBy))}</p>
      <p className="cr-body">{en.familyNote.appeal(en.dayDate(view.appealBy))}</p>
      <AmendmentForm token={() => token.current} onSent={load} />
      {view.amendments.length ? (
        <>
          <h2 className="cr-heading-m">What you have asked for</h2>
          {view.amendments.map((a) => (
            <div className="cr-inset" key={a.id}>
              <p className="cr-body">
                <strong>{a.part}</strong>: {a.wanted}
              </p>
              <p className="cr-body">
                {a.status === 'waiting' ? 'We have this request and will answer it.' : a.status === 'accepted' ? `Changed in version ${a.version} of the record: ${a.response ?? ''}` : `Not changed. The reason: ${a.response ?? ''}`}
              </p>
            </div>
          ))}
        </>
      ) : null}
    </Page>
  );
}

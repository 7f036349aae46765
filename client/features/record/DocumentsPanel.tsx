import { useEffect, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { Select } from '../../components/fields.tsx';
import type { VersionSummary } from '../../../shared/api/record.ts';
import { en } from '../../../shared/export/messages.en.ts';
import { EDITIONS, type DocumentOutline, type Edition } from '../../../shared/export/types.ts';
import { OutlineView } from './OutlineView.tsx';

/**
 * EX9 — Preview each document (the outline the server writes the .docx from, as HTML) and
 * download the .docx: the server builds the file, so it is the same file whoever downloads it.
 */
export function DocumentsPanel({ conferenceId, versions }: { conferenceId: string; versions: readonly VersionSummary[] }) {
  const [edition, setEdition] = useState<Edition>('full');
  const latest = versions.at(-1)?.version;
  const [version, setVersion] = useState<number | undefined>(latest);
  useEffect(() => setVersion(latest), [latest]);
  const [outline, setOutline] = useState<DocumentOutline | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setOutline(null);
    api
      .getOutline(conferenceId, { edition, ...(version ? { version } : {}) })
      .then((r) => live && (setOutline(r.outline), setError(null)))
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e.message : 'We could not load the preview.'));
    return () => {
      live = false;
    };
  }, [conferenceId, edition, version]);

  const href = api.exportUrl(conferenceId, { edition, ...(version ? { version } : {}) });
  return (
    <section className="cr-section" aria-labelledby="documents-title">
      <h2 className="cr-heading-m" id="documents-title">
        The documents
      </h2>
      <div className="cr-record-controls">
        <Select id="record-edition" label="Document" value={edition} onChange={(e) => setEdition(e.target.value as Edition)}>
          {EDITIONS.map((e) => (
            <option key={e} value={e}>
              {en.titles[e]}
            </option>
          ))}
        </Select>
        {versions.length ? (
          <Select id="record-version" label="Version" value={String(version ?? '')} onChange={(e) => setVersion(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                Version {v.version}
              </option>
            ))}
          </Select>
        ) : null}
      </div>
      <p className="cr-body">
        <a className="cr-button cr-button--secondary" href={href} download>
          Download {en.titles[edition].toLowerCase()} (Word){versions.length ? '' : ', draft'}
        </a>
      </p>
      {error ? <p className="cr-error-message">{error}</p> : null}
      {outline ? <OutlineView outline={outline} /> : error ? null : <p className="cr-body">Loading the preview…</p>}
    </section>
  );
}

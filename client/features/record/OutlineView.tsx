import { TableScroller } from '../../components/TableScroller.tsx';
import type { Block, DocumentOutline } from '../../../shared/export/types.ts';
import { LANGUAGE_TAG } from '../../../shared/i18n/locale.ts';
import { T, useT } from '../../i18n/useT.tsx';

/**
 * EX9 — A document of the record as HTML, from the same outline the .docx is written from, so the
 * preview shows what the file holds. Text is rendered by React as text: never as markup.
 */
export function OutlineView({ outline }: { outline: DocumentOutline }) {
  const t = useT();
  return (
    <article className="cr-outline" aria-label={t('record.previewOf', { title: outline.title })}>
      <p className="cr-outline__marking">
        <T id="record.preview.marking" values={{ marking: outline.marking, children: outline.children, b: (chunks) => <strong>{chunks}</strong> }} />
      </p>
      {outline.blocks.map((b, i) => (
        // Each block in its own language, so a screen reader reads the Welsh in Welsh whatever the page's language.
        <div key={i} lang={b.lang ? LANGUAGE_TAG[b.lang] : undefined}>
          <BlockView block={b} />
        </div>
      ))}
    </article>
  );
}

function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((l, i) => (
        <span key={i}>
          {i > 0 ? <br /> : null}
          {l}
        </span>
      ))}
    </>
  );
}

function BlockView({ block: b }: { block: Block }) {
  switch (b.kind) {
    case 'heading': {
      // The page has its own h1: the document's levels sit one below it.
      const H = (['h2', 'h3', 'h4'] as const)[b.level - 1]!;
      return <H className={`cr-outline__h${b.level}`}>{b.text}</H>;
    }
    case 'paragraph':
      return <p className={`govuk-body${b.tone === 'quiet' ? ' cr-outline__quiet' : ''}`}>{b.tone === 'strong' ? <strong><Lines text={b.text} /></strong> : <Lines text={b.text} />}</p>;
    case 'bullets':
      return (
        <ul className="govuk-list govuk-list--bullet">
          {b.items.map((t, i) => (
            <li key={i}>
              <Lines text={t} />
            </li>
          ))}
        </ul>
      );
    case 'facts':
      return (
        <dl className="govuk-summary-list">
          {b.rows.map(([k, v], i) => (
            <div className="govuk-summary-list__row" key={i}>
              <dt className="govuk-summary-list__key">{k}</dt>
              <dd className="govuk-summary-list__value">
                <Lines text={v} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <TableScroller label={b.caption}>
          <table className="govuk-table cr-outline__table">
            <caption className="govuk-visually-hidden">{b.caption}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {b.header.map((h, i) => (
                  <th className="govuk-table__header" scope="col" key={i}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {b.rows.map((r, i) => (
                <tr className="govuk-table__row" key={i}>
                  {r.map((c, j) => (
                    <td className="govuk-table__cell" key={j}>
                      <Lines text={c} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      );
    case 'pageBreak':
      return <hr className="cr-outline__break" />;
    case 'picture':
      return <img className="cr-outline__picture" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(b.svg)}`} alt={b.alt} width={b.width} height={b.height} />;
  }
}

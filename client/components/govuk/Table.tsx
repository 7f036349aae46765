import type { ReactNode } from 'react';
import { cx } from './classNames.ts';
import type { TextSize } from './Label.tsx';

export interface TableHead {
  key: string;
  content: ReactNode;
  numeric?: boolean;
  /** Hide the heading visually (an actions column) but keep it for screen readers. */
  hidden?: boolean;
}

export interface TableRow {
  key: string;
  cells: readonly ReactNode[];
  className?: string;
}

/**
 * GOV.UK table with a caption and a header row. With `firstCellIsHeader` each row's first cell is
 * its row header (th scope="row").
 */
export function Table({
  caption,
  captionSize,
  captionHidden,
  head,
  rows,
  firstCellIsHeader,
  className,
  describedBy,
}: {
  caption: ReactNode;
  captionSize?: TextSize;
  captionHidden?: boolean;
  head: readonly TableHead[];
  rows: readonly TableRow[];
  firstCellIsHeader?: boolean;
  className?: string;
  describedBy?: string;
}) {
  return (
    <table className={cx('govuk-table', className)} aria-describedby={describedBy}>
      <caption className={cx('govuk-table__caption', captionSize && `govuk-table__caption--${captionSize}`, captionHidden && 'govuk-visually-hidden')}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((h) => (
            <th key={h.key} scope="col" className={cx('govuk-table__header', h.numeric && 'govuk-table__header--numeric')}>
              {h.hidden ? <span className="govuk-visually-hidden">{h.content}</span> : h.content}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((r) => (
          <tr key={r.key} className={cx('govuk-table__row', r.className)}>
            {r.cells.map((cell, i) => {
              const numeric = head[i]?.numeric;
              return i === 0 && firstCellIsHeader ? (
                <th key={i} scope="row" className="govuk-table__header">
                  {cell}
                </th>
              ) : (
                <td key={i} className={cx('govuk-table__cell', numeric && 'govuk-table__cell--numeric')}>
                  {cell}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

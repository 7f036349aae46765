import type { ProjectorPaging } from '../../model/useProjectorPaging.ts';

/**
 * PJ1 — The chair turns the projector's pages from their own screen and sees where it is. The
 * count comes from the projectors themselves; with none connected there is nothing to count.
 */
export function ProjectorPager({ paging }: { paging: ProjectorPaging }) {
  const { page, pages, next, previous } = paging;
  return (
    <div className="cr-projector-pager" role="group" aria-labelledby="projector-pager-label">
      <span id="projector-pager-label" className="cr-projector-pager__label">
        On the projector
      </span>
      <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={previous} disabled={page <= 1} aria-keyshortcuts="PageUp">
        Previous page
      </button>
      <span className="cr-projector-pager__page" role="status">
        {pages === null ? 'No projector connected' : `Page ${page} of ${pages}`}
      </span>
      <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={next} disabled={pages !== null && page >= pages} aria-keyshortcuts="PageDown">
        Next page
      </button>
    </div>
  );
}

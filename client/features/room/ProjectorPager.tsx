import type { ProjectorPaging } from '../../model/useProjectorPaging.ts';
import { useT } from '../../i18n/useT.tsx';

/**
 * PJ1 — The chair turns the projector's pages from their own screen and sees where it is. The
 * count comes from the projectors themselves; with none connected there is nothing to count.
 */
export function ProjectorPager({ paging }: { paging: ProjectorPaging }) {
  const { page, pages, next, previous } = paging;
  const t = useT();
  return (
    <div className="cr-projector-pager" role="group" aria-labelledby="projector-pager-label">
      <span id="projector-pager-label" className="cr-projector-pager__label">
        {t('room.pager.label')}
      </span>
      <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={previous} disabled={page <= 1} aria-keyshortcuts="PageUp">
        {t('room.pager.previous')}
      </button>
      <span className="cr-projector-pager__page" role="status">
        {pages === null ? t('room.pager.none') : t('room.pager.page', { page, pages })}
      </span>
      <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={next} disabled={pages !== null && page >= pages} aria-keyshortcuts="PageDown">
        {t('room.pager.next')}
      </button>
    </div>
  );
}

import { cx } from './classNames.ts';

/**
 * A live region for what arrives from other people (a new proposal, revealed scores, the room
 * moving on). It is always in the page, so screen readers are already watching when `message`
 * changes; an unchanged message is not announced again, so make each one say what is new
 * ("3 proposals waiting", not "New proposal"). Hidden unless `visible`.
 */
export function LiveRegion({ message, assertive, visible, className, id }: { message: string; assertive?: boolean; visible?: boolean; className?: string; id?: string }) {
  return (
    <div id={id} className={cx(!visible && 'govuk-visually-hidden', className)} role={assertive ? 'alert' : 'status'} aria-live={assertive ? 'assertive' : 'polite'} aria-atomic="true">
      {message}
    </div>
  );
}

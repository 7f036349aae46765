import type { ReactNode } from 'react';
import { cx } from './classNames.ts';

/** govuk-frontend's tag colours; the default (no colour) is blue. Colour never carries the meaning alone: the words do. */
export type TagColour = 'grey' | 'green' | 'turquoise' | 'teal' | 'blue' | 'purple' | 'magenta' | 'pink' | 'red' | 'orange' | 'yellow';

/** GOV.UK tag: a short status word. */
export function Tag({ colour = 'blue', children, className }: { colour?: TagColour; children: ReactNode; className?: string }) {
  return <strong className={cx('govuk-tag', colour !== 'blue' && `govuk-tag--${colour}`, className)}>{children}</strong>;
}

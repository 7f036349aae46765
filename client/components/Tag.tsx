import { useT } from '../i18n/useT.tsx';
import { Tag } from './govuk/Tag.tsx';

export { Tag, type TagColour } from './govuk/Tag.tsx';

/** The lock shown on restricted items, always with the words. */
export function RestrictedTag() {
  const t = useT();
  return (
    <Tag colour="purple" className="cr-tag--restricted">
      <LockIcon /> {t('genogram.legend.restricted')}
    </Tag>
  );
}

/** A padlock drawn in the text colour (an emoji lock is missing from some council machines' fonts). */
export function LockIcon() {
  return (
    <svg className="cr-lock" aria-hidden="true" focusable="false" viewBox="0 0 16 20" width="0.8em" height="1em">
      <path fill="currentColor" d="M8 1a5 5 0 0 0-5 5v3H2a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-8a1 1 0 0 0-1-1h-1V6a5 5 0 0 0-5-5zm-3 5a3 3 0 0 1 6 0v3H5V6z" />
    </svg>
  );
}

import { useId, type ReactNode } from 'react';
import { cx } from './classNames.ts';

/**
 * GOV.UK notification banner. Important (blue) is a region named by its title; success (green)
 * is announced as an alert. `heading` is the banner's main line; `children` follow it.
 */
export function NotificationBanner({
  title,
  heading,
  children,
  success,
  role,
  className,
}: {
  title: ReactNode;
  heading?: ReactNode;
  children?: ReactNode;
  success?: boolean;
  /** Override the role, e.g. "status" for a calm success that should not interrupt. */
  role?: 'alert' | 'status' | 'region';
  className?: string;
}) {
  const titleId = useId();
  return (
    <div
      className={cx('govuk-notification-banner', success && 'govuk-notification-banner--success', className)}
      role={role ?? (success ? 'alert' : 'region')}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading ? <p className="govuk-notification-banner__heading">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}

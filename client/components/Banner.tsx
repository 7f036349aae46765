import type { ReactNode } from 'react';

/** GOV.UK notification banner: important (blue) or success (green). */
export function Banner({
  title,
  children,
  success,
  role,
}: {
  title: string;
  children: ReactNode;
  success?: boolean;
  role?: 'alert' | 'status' | 'region';
}) {
  return (
    <div className={`cr-banner${success ? ' cr-banner--success' : ''}`} role={role ?? (success ? 'alert' : 'region')} aria-label={title}>
      <div className="cr-banner__header">
        <h2 className="cr-banner__title">{title}</h2>
      </div>
      <div className="cr-banner__content">{children}</div>
    </div>
  );
}

/** GOV.UK warning text: a calm "!" and bold words. Used for jargon and irreversible actions. */
export function WarningText({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="cr-warning-text" id={id}>
      <span className="cr-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="cr-warning-text__text">
        <span className="cr-visually-hidden">Warning</span>
        {children}
      </div>
    </div>
  );
}

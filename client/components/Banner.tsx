import type { ReactNode } from 'react';
import { NotificationBanner } from './govuk/NotificationBanner.tsx';

/**
 * GOV.UK notification banner: important (blue) or success (green). Being replaced: new code uses
 * ./govuk/NotificationBanner.tsx (and ./govuk/WarningText.tsx) directly.
 */
export function Banner({ title, children, success, role }: { title: string; children: ReactNode; success?: boolean; role?: 'alert' | 'status' | 'region' }) {
  return (
    <NotificationBanner title={title} success={success} role={role}>
      {children}
    </NotificationBanner>
  );
}

export { WarningText } from './govuk/WarningText.tsx';

import { Page } from '../../components/Page.tsx';
import { useT } from '../../i18n/useT.tsx';
import { AuditLog } from './AuditLog.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { ConferenceStaff } from './ConferenceStaff.tsx';

/** The administrator's screen: the council's settings and the audit log. No case data is shown here. */
export function AdminPage() {
  const t = useT();
  return (
    <Page title={t('admin.title')} wide>
      <h1 className="govuk-heading-l">{t('admin.title')}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SettingsForm />
        </div>
      </div>
      <ConferenceStaff />
      <AuditLog />
    </Page>
  );
}

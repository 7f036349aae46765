import { Page } from '../../components/Page.tsx';
import { AuditLog } from './AuditLog.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { ConferenceStaff } from './ConferenceStaff.tsx';

/** The administrator's screen: the council's settings and the audit log. No case data is shown here. */
export function AdminPage() {
  return (
    <Page title="Administration" wide>
      <h1 className="cr-heading-l">Administration</h1>
      <div className="cr-grid-row">
        <div className="cr-column-two-thirds">
          <SettingsForm />
        </div>
      </div>
      <ConferenceStaff />
      <AuditLog />
    </Page>
  );
}

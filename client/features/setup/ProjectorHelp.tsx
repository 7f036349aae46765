import type { ReactNode } from 'react';
import { T, useT } from '../../i18n/useT.tsx';

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/**
 * One way to run the projector, said where the chair sets up. Whether the projector window is
 * opened from the chair's laptop or a room computer opens a "Projector" link, it is the same
 * screen: it follows the room's step and the chair turns its pages from the room.
 */
export function ProjectorHelp() {
  const t = useT();
  return (
    <section aria-labelledby="projector-help-title" className="cr-section">
      <h2 className="govuk-heading-m" id="projector-help-title">
        {t('setup.projector.title')}
      </h2>
      <ol className="govuk-list govuk-list--number">
        <li>
          <T id="setup.projector.step1" values={{ button: t('room.bar.present'), b: strong }} />
        </li>
        <li>{t('setup.projector.step2')}</li>
        <li>{t('setup.projector.step3', { pager: t('room.pager.label') })}</li>
      </ol>
      <p className="govuk-body">
        <T id="setup.projector.ownComputer" values={{ role: t('role.projector'), b: strong }} />
      </p>
    </section>
  );
}

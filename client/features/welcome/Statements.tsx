import { useT } from '../../i18n/useT.tsx';
import { useChildCount } from '../../model/hooks.ts';

/**
 * The purpose and confidentiality statements, as the chair reads them out, for one child or several.
 * A file of its own: a participant's phone shows them without downloading the chair's welcome editor.
 */
export function Statements() {
  const t = useT();
  const children = useChildCount();
  return (
    <>
      <h2 className="govuk-heading-m">{t('welcome.whyWeAreHere')}</h2>
      <div className="govuk-inset-text">
        <p className="govuk-body">{t('welcome.purpose', { children })}</p>
      </div>
      <h2 className="govuk-heading-m">{t('welcome.keepingPrivate')}</h2>
      <div className="govuk-inset-text">
        <p className="govuk-body">{t('welcome.confidentiality', { children })}</p>
      </div>
    </>
  );
}

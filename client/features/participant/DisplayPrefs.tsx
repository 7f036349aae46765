import { useDisplayPrefs } from '../../state/displayPrefs.ts';
import { useT } from '../../i18n/useT.tsx';

/** Larger text and high contrast, remembered on this device. */
export function DisplayPrefs() {
  const textSize = useDisplayPrefs((s) => s.textSize);
  const contrast = useDisplayPrefs((s) => s.contrast);
  const update = useDisplayPrefs((s) => s.update);
  const t = useT();
  return (
    <section className="cr-display-prefs" aria-labelledby="display-title">
      <h2 className="govuk-heading-s" id="display-title">
        {t('participant.display.title')}
      </h2>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" aria-pressed={textSize === 'larger'} onClick={() => update({ textSize: textSize === 'larger' ? 'normal' : 'larger' })}>
          {t(textSize === 'larger' ? 'participant.display.normalText' : 'participant.display.largerText')}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" aria-pressed={contrast === 'high'} onClick={() => update({ contrast: contrast === 'high' ? 'standard' : 'high' })}>
          {t(contrast === 'high' ? 'participant.display.standardColours' : 'participant.display.highContrast')}
        </button>
      </div>
    </section>
  );
}

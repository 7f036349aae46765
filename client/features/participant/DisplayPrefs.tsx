import { useDisplayPrefs } from '../../state/displayPrefs.ts';

/** Larger text and high contrast, remembered on this device. */
export function DisplayPrefs() {
  const textSize = useDisplayPrefs((s) => s.textSize);
  const contrast = useDisplayPrefs((s) => s.contrast);
  const update = useDisplayPrefs((s) => s.update);
  return (
    <section className="cr-display-prefs" aria-labelledby="display-title">
      <h2 className="cr-heading-s" id="display-title">
        How this screen looks
      </h2>
      <div className="cr-button-group">
        <button type="button" className="cr-button cr-button--secondary" aria-pressed={textSize === 'larger'} onClick={() => update({ textSize: textSize === 'larger' ? 'normal' : 'larger' })}>
          {textSize === 'larger' ? 'Use normal text' : 'Use larger text'}
        </button>
        <button type="button" className="cr-button cr-button--secondary" aria-pressed={contrast === 'high'} onClick={() => update({ contrast: contrast === 'high' ? 'standard' : 'high' })}>
          {contrast === 'high' ? 'Use standard colours' : 'Use high contrast'}
        </button>
      </div>
    </section>
  );
}

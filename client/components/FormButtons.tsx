import { useT } from '../i18n/useT.tsx';
import { Button, ButtonGroup } from './govuk/Button.tsx';

/** A form's submit button, saying what it does, and an optional "Cancel" beside it (GOV.UK button group). */
export function FormButtons({ submitLabel, onCancel, small }: { submitLabel: string; onCancel?: (() => void) | undefined; small?: boolean }) {
  const t = useT();
  return (
    <ButtonGroup>
      <Button type="submit" small={small}>
        {submitLabel}
      </Button>
      {onCancel ? (
        <Button variant="secondary" small={small} onClick={onCancel}>
          {t('app.cancel')}
        </Button>
      ) : null}
    </ButtonGroup>
  );
}

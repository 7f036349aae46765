/** A form's submit button, saying what it does, and an optional "Cancel" beside it (GOV.UK button group). */
export function FormButtons({ submitLabel, onCancel, small }: { submitLabel: string; onCancel?: (() => void) | undefined; small?: boolean }) {
  const size = small ? ' cr-button--small' : '';
  return (
    <div className="cr-button-group">
      <button type="submit" className={`cr-button${size}`}>
        {submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className={`cr-button cr-button--secondary${size}`} onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}

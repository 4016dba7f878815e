import './FormButtons.css';

/** A form's submit and Cancel buttons, the same in every form of the panel. */
export function FormButtons({ submitLabel, onCancel, busy = false }: { submitLabel: string; onCancel(): void; busy?: boolean }) {
  return (
    <div className="form-buttons">
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

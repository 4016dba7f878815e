import { useId, useState, type FormEvent } from 'react';
import { NEW_PER_DAY_MAX, RETENTION_MAX, RETENTION_MIN, type DrillSettings } from '../../cards/drill/drill-settings';
import { FormButtons } from '../shared/FormButtons';

interface Props {
  settings: DrillSettings;
  onSave(next: DrillSettings): void;
  onCancel(): void;
}

const percent = (value: number) => Math.round(value * 100);

/** Desired retention and new items a day, checked before they are kept; a wrong value is named, never clamped silently. */
export function DrillSettingsForm({ settings, onSave, onCancel }: Props) {
  const id = useId();
  const [retention, setRetention] = useState(String(percent(settings.retention)));
  const [perDay, setPerDay] = useState(String(settings.newPerDay));
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = Number(retention);
    const fresh = Number(perDay);
    if (!Number.isFinite(wanted) || wanted < percent(RETENTION_MIN) || wanted > percent(RETENTION_MAX)) {
      setError(`Desired retention must be between ${percent(RETENTION_MIN)} and ${percent(RETENTION_MAX)} %.`);
      return;
    }
    if (!Number.isInteger(fresh) || fresh < 0 || fresh > NEW_PER_DAY_MAX) {
      setError(`New items a day must be a whole number from 0 to ${NEW_PER_DAY_MAX}.`);
      return;
    }
    setError(undefined);
    onSave({ retention: wanted / 100, newPerDay: fresh });
  };

  return (
    <form className="drill-settings" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>Drill settings</h3>
      <label className="drill-field">
        <span>Desired retention (%)</span>
        <input
          type="number"
          inputMode="numeric"
          min={percent(RETENTION_MIN)}
          max={percent(RETENTION_MAX)}
          value={retention}
          onChange={(event) => setRetention(event.target.value)}
          aria-describedby={`${id}-retention-hint`}
        />
      </label>
      <p className="hint" id={`${id}-retention-hint`}>
        The chance of recalling an item when it comes back. Higher means more reviews; 90 % is FSRS’s default.
      </p>
      <label className="drill-field">
        <span>New items a day</span>
        <input type="number" inputMode="numeric" min={0} max={NEW_PER_DAY_MAX} value={perDay} onChange={(event) => setPerDay(event.target.value)} />
      </label>
      {error && (
        <p role="alert" className="drill-settings-error">
          {error}
        </p>
      )}
      <FormButtons submitLabel="Save settings" onCancel={onCancel} />
    </form>
  );
}

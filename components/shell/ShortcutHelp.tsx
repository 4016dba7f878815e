import { Dialog } from '../shared/Dialog';
import { SHORTCUT_GROUPS, SHORTCUTS, type ShortcutSpec } from './shortcuts';
import './ShortcutHelp.css';

/** Every key of the panel and the browser, written from the one registry (shortcuts.ts). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" className="shortcut-help" initialFocus="title">
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group} className="shortcut-group" aria-label={group}>
          <h3>{group}</h3>
          <dl>
            {(SHORTCUTS as readonly ShortcutSpec[])
              .filter((spec) => spec.group === group)
              .map((spec) => (
                <div key={spec.id} className="shortcut-row">
                  <dt>
                    <kbd>{spec.shown}</kbd>
                  </dt>
                  <dd>{spec.description}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      <p className="hint">Keys wait while you type in a field or fill in a form. The browser lets you change the two keys from any tab.</p>
      <div className="form-buttons">
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

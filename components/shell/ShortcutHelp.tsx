import { Dialog } from '../shared/Dialog';
import { DESCRIBED_SHORTCUTS, SHORTCUT_GROUPS } from './shortcut-help';
import './ShortcutHelp.css';

/** Every key of the panel and the browser, written from the one registry (shortcuts.ts, with shortcut-help.ts's words). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" className="shortcut-help" initialFocus="title">
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group} className="shortcut-group" aria-label={group}>
          <h3>{group}</h3>
          <dl>
            {DESCRIBED_SHORTCUTS.filter((spec) => spec.group === group)
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

import { useEffect, useRef } from 'react';
import { SECTION_LIST } from './sections';

export const SHORTCUTS: [string, string][] = [
  ['/', 'Search phrasings'],
  ['Esc', 'Clear the search'],
  ['Enter', 'Copy the focused phrasing'],
  ['j / →', 'Next step'],
  ['k / ←', 'Previous step'],
  ['g', 'Glance mode: the current step alone, large'],
  ['u', 'Undo a deletion, reset or import while its Undo shows'],
  ['p', 'Rehearsal: pause or resume the timer'],
  ['d', 'Rehearsal: mark the current step done'],
  ['n', 'Rehearsal: next follow-up'],
  ['t', 'Rehearsal: open the matching template'],
  ...SECTION_LIST.map((section): [string, string] => [section.key, `Open ${section.label}`]),
  ['?', 'This list'],
];

/** A modal list of the panel's keys; a native <dialog>, so focus is trapped and Esc closes it. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal?.();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="shortcut-help" aria-labelledby="shortcut-help-title" onClose={onClose}>
      <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map(([keys, action]) => (
          <div key={keys} className="shortcut-row">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">Alt+Shift+S opens the panel and Alt+Shift+F opens it at search, from any tab.</p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}

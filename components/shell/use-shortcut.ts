import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../shared/is-typing-target';
import { shortcutsForKey, type PanelShortcutId } from './shortcuts';

/** Return false when the key does not apply right now, so the next handler (or the browser) gets it. */
export type ShortcutHandler = (event: KeyboardEvent) => boolean | void;

interface Binding {
  id: PanelShortcutId;
  handler: { current: ShortcutHandler };
  /** A shell-wide default that any section's own binding of the same key overrides. */
  fallback: boolean;
  order: number;
}

const bindings = new Set<Binding>();
let counter = 0;

/**
 * Keys belong to whatever the user is working in: a text field, a form (a
 * digit on a score radio must not switch section and lose the scores), a
 * dialog or an open menu.
 */
export function keyBelongsToField(target: EventTarget | null): boolean {
  if (isTypingTarget(target)) return true;
  return target instanceof Element && target.closest('form, dialog, [role="menu"]') !== null;
}

function onKeyDown(event: KeyboardEvent) {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  if (keyBelongsToField(event.target)) return;
  const ids = shortcutsForKey(event.key);
  if (ids.length === 0) return;
  // A section's binding first (the latest bound wins), then the shell's fallback.
  const candidates = [...bindings]
    .filter((binding) => ids.includes(binding.id))
    .sort((a, b) => Number(a.fallback) - Number(b.fallback) || b.order - a.order);
  for (const binding of candidates) {
    if (binding.handler.current(event) !== false) {
      event.preventDefault();
      return;
    }
  }
}

function bind(binding: Binding) {
  if (bindings.size === 0) document.addEventListener('keydown', onKeyDown);
  bindings.add(binding);
  return () => {
    bindings.delete(binding);
    if (bindings.size === 0) document.removeEventListener('keydown', onKeyDown);
  };
}

/**
 * Runs `handler` when the user presses the key the registry gives `id`,
 * while the component is mounted and `enabled`. One document listener serves
 * every binding; the handler may change every render without rebinding.
 */
export function useShortcut(
  id: PanelShortcutId,
  handler: ShortcutHandler,
  { enabled = true, fallback = false }: { enabled?: boolean; fallback?: boolean } = {},
) {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!enabled) return;
    return bind({ id, handler: latest, fallback, order: ++counter });
  }, [id, enabled, fallback]);
}

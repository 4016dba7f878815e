import type * as LibraryCommands from '../../cards/library-commands';

/**
 * The library commands (cards/library-commands.ts), loaded on first use: the
 * first screen only reads, so their code (and what they write with) need not
 * delay it. use-library.ts preloads them in idle time, so the first command
 * rarely waits; each is the same async function, called through this object.
 */
type Module = typeof LibraryCommands;

let loading: Promise<Module> | undefined;

export function loadCommands(): Promise<Module> {
  loading ??= import('../../cards/library-commands').catch((error: unknown) => {
    // A failed load (the extension updated under the panel) is tried again next time.
    loading = undefined;
    throw error;
  });
  return loading;
}

export const commands = new Proxy({} as Module, {
  get:
    (_, name) =>
    async (...args: unknown[]) =>
      ((await loadCommands())[name as keyof Module] as (...values: unknown[]) => unknown)(...args),
});

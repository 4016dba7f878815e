import { z } from 'zod';

/*
 * The one zod every module uses. Extension pages forbid eval (their CSP), so
 * zod is told up front rather than finding out by trying `new Function`, a
 * try the browser reports as a policy violation; tests then run the very
 * validation path the extension runs.
 */
z.config({ jitless: true });

export { z };

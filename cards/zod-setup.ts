import { z } from 'zod/mini';

/*
 * The one zod every module uses. Extension pages forbid eval (their CSP), so
 * zod is told up front rather than finding out by trying `new Function`, a
 * try the browser reports as a policy violation; tests then run the very
 * validation path the extension runs.
 *
 * It is zod/mini: the same core as classic zod, with functional wrappers and
 * checks (z.optional(s), s.check(z.maxLength(80))) instead of method chains,
 * at about a third of the size in the side panel's first load. Schemas are
 * written in that one form everywhere.
 */
z.config({ jitless: true });
// Classic zod sets English messages on its own; mini leaves them out ("Invalid
// input" for everything). Users read them (a default bound's "Too big: …"), and
// describe-issues tells a missing field by "received undefined" in its message.
z.config(z.locales.en());

export { z };

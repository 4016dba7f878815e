/**
 * Puts text on the clipboard; with `html`, as a ClipboardItem carrying both
 * text/plain and text/html so whiteboards that take rich paste get a list or
 * a table, and the rest get the plain text.
 */
export async function copyText(text: string, html?: string): Promise<void> {
  if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse text/html items; plain text still serves.
    }
  }
  await navigator.clipboard.writeText(text);
}

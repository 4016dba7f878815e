/**
 * Hands text to the browser's own download through an <a download> and a blob
 * URL: no downloads permission, no host permission.
 */
export function downloadFile(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download holds its own copy by then; free ours a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

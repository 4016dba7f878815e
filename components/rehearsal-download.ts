/** Saves text as a file through the browser's own download, no permission needed. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The download has taken its copy by the next task; free the blob after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Whether a drag holds files (a deck file from the file manager) rather than text or a link. */
export function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

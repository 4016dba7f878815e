import { useEffect, useState } from 'react';
import { carriesFiles } from '../shared/carries-files';

/**
 * While a run waits for its transcript, a file dropped anywhere on the panel
 * is that transcript, not a deck to import: this listens in the capture phase
 * on the window, ahead of the panel's deck-file drop (shell/use-deck-file-drop),
 * and stops the event there (a .json deck file passes on to the import).
 * Returns whether a file is being dragged over.
 */
export function useTranscriptDrop(active: boolean, onFile: (file: File) => void, onProblem: (message: string) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    if (!active) {
      setDragging(false);
      return;
    }
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // A deck file is still a deck file: it goes on to the panel's deck import.
      if ([...(event.dataTransfer?.files ?? [])].some((file) => /\.json$/i.test(file.name) || file.type === 'application/json')) return;
      event.preventDefault();
      event.stopPropagation();
      setDragging(false);
      const files = event.dataTransfer?.files;
      if (!files || files.length === 0) return;
      if (files.length > 1) onProblem('Drop one transcript at a time; nothing was reviewed.');
      else onFile(files[0]!);
    };
    window.addEventListener('dragover', over, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('drop', drop, true);
    };
  }, [active, onFile, onProblem]);
  return dragging;
}

import { useEffect, useState } from 'react';
import { carriesFiles } from '../shared/carries-files';

/**
 * A deck file dropped anywhere on the panel, on any section, is imported; the
 * panel itself never navigates to the dropped file. Returns whether a file is
 * being dragged over the panel (to show where to drop it).
 */
export function useDeckFileDrop(onFile: (file: File) => void, onProblem: (message: string) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const files = event.dataTransfer?.files;
      if (!files || files.length === 0) return;
      if (files.length > 1) onProblem('Drop one deck file at a time; nothing was imported.');
      else onFile(files[0]!);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [onFile, onProblem]);
  return dragging;
}

import { useEffect, useState } from 'react';
import { carriesFiles } from '../shared/carries-files';

/**
 * Files dropped anywhere on the panel, on any section, go to `onFiles` (the
 * deck menu imports one, and words any other count); the panel itself never
 * navigates to a dropped file. Part of the first screen, so a drop made before
 * the deck menu has loaded is neither lost nor opened as a page. Returns
 * whether files are being dragged over the panel (to show where to drop them).
 */
export function useDeckFileDrop(onFiles: (files: File[]) => void): boolean {
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
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) onFiles(files);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [onFiles]);
  return dragging;
}

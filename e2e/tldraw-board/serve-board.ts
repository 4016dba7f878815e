import { fileURLToPath } from 'node:url';
import { serveTestBoard, type ServedBoard } from '../support/test-board';

export type { ServedBoard };

/** The one-page tldraw app (this folder, with its own package), built and served on 127.0.0.1. */
export function serveTldrawBoard(): Promise<ServedBoard> {
  // tldraw's fonts, icons and translations are imported through Vite, so no asset folder is served.
  return serveTestBoard(fileURLToPath(new URL('.', import.meta.url)));
}

import { fileURLToPath } from 'node:url';
import { serveTestBoard, type ServedBoard } from '../support/test-board';

export type { ServedBoard };

/** The one-page Excalidraw app (this folder, with its own package), built and served on 127.0.0.1. */
export function serveBoard(): Promise<ServedBoard> {
  return serveTestBoard(fileURLToPath(new URL('.', import.meta.url)), {
    // Excalidraw loads its hand-drawn fonts by URL at run time; they are served
    // from its installed package so the board works offline.
    assetDirs: ['node_modules/@excalidraw/excalidraw/dist/prod'],
    define: { 'process.env.IS_PREACT': JSON.stringify('false') },
  });
}

import { Excalidraw } from '@excalidraw/excalidraw';
import '@excalidraw/excalidraw/index.css';
import { createRoot } from 'react-dom/client';

type BoardApi = Parameters<NonNullable<Parameters<typeof Excalidraw>[0]['excalidrawAPI']>>[0];

declare global {
  interface Window {
    /** What the end-to-end test reads the scene through. */
    board?: BoardApi;
    EXCALIDRAW_ASSET_PATH?: string;
  }
}

// Fonts are served by the test's own server from the package; the board never
// reaches the network.
window.EXCALIDRAW_ASSET_PATH = `${location.origin}/`;

createRoot(document.getElementById('root')!).render(
  <Excalidraw
    excalidrawAPI={(api) => {
      window.board = api;
    }}
  />,
);

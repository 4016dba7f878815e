import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import { createRoot } from 'react-dom/client';
import { Tldraw, type Editor } from 'tldraw';
import 'tldraw/tldraw.css';

declare global {
  interface Window {
    /** What the end-to-end test reads the page's shapes and bindings through. */
    editor?: Editor;
  }
}

// Fonts, icons and translations are bundled by Vite from the assets package,
// so the board never reaches the network.
const assetUrls = getAssetUrlsByImport();

createRoot(document.getElementById('root')!).render(
  <Tldraw
    assetUrls={assetUrls}
    onMount={(editor) => {
      window.editor = editor;
    }}
  />,
);

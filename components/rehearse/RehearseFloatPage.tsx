import { useState } from 'react';
import { browser } from 'wxt/browser';
import { floatOnTop, pictureInPicture } from './float-window';
import './FloatCard.css';

/**
 * The tab Float opens when the panel could not float the card itself. It
 * holds one line saying why and one button: the browser wants the click that
 * opens an always-on-top window to happen in a tab. Where the API is missing
 * (Firefox), a small popup window is the closest thing, and the line says so.
 */
export function RehearseFloatPage() {
  const [status, setStatus] = useState<string | null>(null);
  const pip = pictureInPicture() !== undefined;

  const float = async () => {
    if (pip) {
      setStatus(
        (await floatOnTop())
          ? 'Floating on top. Keep this tab open; closing it closes the card.'
          : 'The browser refused the floating window here too.',
      );
      return;
    }
    try {
      await browser.windows.create({ url: browser.runtime.getURL('/float.html?view=card'), type: 'popup', width: 360, height: 260 });
      setStatus('A small window opened. Place it beside your board.');
    } catch (error) {
      setStatus(`Could not open a small window (${error instanceof Error ? error.message : String(error)}).`);
    }
  };

  return (
    <main className="float-page">
      <h1 className="visually-hidden">Sidecue Float</h1>
      <p className="float-why">
        {pip
          ? 'The side panel cannot open a window that stays on top; this tab can.'
          : 'This browser cannot keep a window on top; this opens a small one instead.'}
      </p>
      <button type="button" className="float-button" onClick={() => void float()}>
        {pip ? 'Float on top' : 'Open a small window'}
      </button>
      <p role="status" className="float-status">
        {status}
      </p>
    </main>
  );
}

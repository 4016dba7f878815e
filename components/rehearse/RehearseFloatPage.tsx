import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { FloatCard } from './FloatCard';
import './FloatCard.css';

/** Chrome's Document Picture-in-Picture API, which TypeScript's DOM types do not describe yet. */
interface DocumentPictureInPicture {
  requestWindow(options?: { width?: number; height?: number }): Promise<Window>;
}

function pictureInPicture(): DocumentPictureInPicture | undefined {
  return (window as unknown as { documentPictureInPicture?: DocumentPictureInPicture }).documentPictureInPicture;
}

/**
 * The tab "Float" opens. Chrome refuses Document Picture-in-Picture from the
 * side panel (the window closes at once) but allows it from an extension page
 * in a tab, on a click. Where the API is missing (Firefox), a small popup
 * window is the closest thing, and the page says it cannot stay on top.
 */
export function RehearseFloatPage() {
  const [status, setStatus] = useState<string | null>(null);
  const pip = pictureInPicture();

  const float = async () => {
    if (pip) {
      try {
        const target = await pip.requestWindow({ width: 340, height: 230 });
        mountInto(target);
        setStatus('The card floats on top of other windows. Close it to bring it back here.');
      } catch (error) {
        setStatus(`The browser refused the floating window (${error instanceof Error ? error.message : String(error)}).`);
      }
      return;
    }
    try {
      await browser.windows.create({
        url: browser.runtime.getURL('/float.html?view=card'),
        type: 'popup',
        width: 360,
        height: 260,
      });
      setStatus(
        'This browser cannot keep a window on top of others, so a small separate window opened instead. Place it beside your board.',
      );
    } catch (error) {
      setStatus(`Could not open a small window (${error instanceof Error ? error.message : String(error)}).`);
    }
  };

  return (
    <main className="float-page">
      <h1>Sidecue Float</h1>
      <p>
        Keep the current step and the rehearsal clock in view while your whiteboard or call is full screen. It follows
        the panel as you move through the steps.
      </p>
      <button type="button" className="float-button" onClick={() => void float()}>
        {pip ? 'Float on top' : 'Open a small window'}
      </button>
      {!pip && (
        <p className="float-note">This browser has no always-on-top windows for extensions; the small window may go behind others.</p>
      )}
      <p role="status" className="float-status">
        {status}
      </p>
      <h2 className="float-preview-title">Preview</h2>
      <FloatCard />
    </main>
  );
}

/** Renders the card into the Picture-in-Picture window, with this page's stylesheets copied across. */
function mountInto(target: Window) {
  const doc = target.document;
  doc.documentElement.lang = 'en';
  doc.title = 'Sidecue';
  for (const sheet of document.querySelectorAll<HTMLLinkElement | HTMLStyleElement>('link[rel="stylesheet"], style')) {
    if (sheet instanceof HTMLLinkElement) {
      // The PiP document is about:blank: hrefs must be absolute to resolve.
      const link = doc.createElement('link');
      link.rel = 'stylesheet';
      link.href = sheet.href;
      doc.head.append(link);
    } else {
      const style = doc.createElement('style');
      style.textContent = sheet.textContent;
      doc.head.append(style);
    }
  }
  const container = doc.createElement('div');
  container.className = 'float-window';
  doc.body.append(container);
  const root = createRoot(container);
  root.render(<FloatCard view={target} />);
  target.addEventListener('pagehide', () => root.unmount(), { once: true });
}

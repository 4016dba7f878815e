import { createRoot } from 'react-dom/client';
import { FloatCard } from './FloatCard';

/** Chrome's Document Picture-in-Picture API, which TypeScript's DOM types do not describe yet. */
interface DocumentPictureInPicture {
  requestWindow(options?: { width?: number; height?: number }): Promise<Window>;
}

export function pictureInPicture(): DocumentPictureInPicture | undefined {
  return (window as unknown as { documentPictureInPicture?: DocumentPictureInPicture }).documentPictureInPicture;
}

/** Long enough to see a window the browser closes as soon as it opens. */
const SETTLE_MS = 400;

/**
 * Opens the always-on-top card in a Picture-in-Picture window. Call it from a
 * click: the browser asks for a user gesture. Resolves true when the window
 * opened and stayed open; false when the API is missing, refused, or the
 * window was closed at once (what a browser does where it will not allow one).
 */
export async function floatOnTop(): Promise<boolean> {
  const pip = pictureInPicture();
  if (!pip) return false;
  let target: Window;
  try {
    target = await pip.requestWindow({ width: 340, height: 230 });
  } catch {
    return false;
  }
  mountInto(target);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return !target.closed;
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

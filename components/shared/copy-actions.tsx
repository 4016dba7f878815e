import { ClipboardType, Shapes, Workflow } from './icons';
import type { ExcalidrawClipboard } from '../../cards/board/shapes/excalidraw-elements';
import { copyText } from './copy-text';
import type { MenuAction } from './OverflowMenu';

/** The copy formats, loaded when the user first picks a copy (see cards/board/copy-formats.ts). */
export const loadCopyFormats = () => import('../../cards/board/copy-formats');
export type CopyFormats = Awaited<ReturnType<typeof loadCopyFormats>>;

/** What an item can be copied as, each built from the formats module only when the user picks it. */
export interface CopyTargets {
  /** Boxes and arrows in Excalidraw's clipboard format, which tldraw reads too. */
  shapes?(formats: CopyFormats): ExcalidrawClipboard;
  /** A Mermaid flowchart. */
  mermaid?(formats: CopyFormats): string;
  /** Plain text, with an HTML twin for boards and docs that take rich paste. */
  text?(formats: CopyFormats): { text: string; html?: string };
}

const REFUSED = 'Could not copy: the browser refused clipboard access';

/**
 * Builds the copy, writes it, then says what landed on the clipboard through
 * the panel's live region, or why nothing did; a failure is never silent.
 */
async function copyAndAnnounce(write: (formats: CopyFormats) => Promise<string>, announce: (message: string) => void) {
  let formats: CopyFormats;
  try {
    formats = await loadCopyFormats();
  } catch {
    announce('Could not copy: the panel could not load its copy formats; reopen the panel and try again');
    return;
  }
  try {
    announce(await write(formats));
  } catch {
    announce(REFUSED);
  }
}

/**
 * The copy menu's items, named by where the copy is going: "for Excalidraw
 * and tldraw", "as Mermaid", "as text". `what` names the item when several
 * share a screen ("Copy the steps for Excalidraw and tldraw").
 */
export function copyActions(targets: CopyTargets, announce: (message: string) => void, what = ''): MenuAction[] {
  const copy = (label: string) => (what ? `Copy ${what} ${label}` : `Copy ${label}`);
  const actions: MenuAction[] = [];
  const { shapes, mermaid, text } = targets;
  if (shapes) {
    actions.push({
      label: copy('for Excalidraw and tldraw'),
      detail: 'Boxes and arrows you can edit',
      icon: <Shapes aria-hidden="true" size={16} />,
      onSelect: () =>
        void copyAndAnnounce(async (formats) => {
          const checked = formats.checkedClipboardText(shapes(formats));
          if ('problem' in checked) return `Could not copy as shapes: ${checked.problem}`;
          await copyText(checked.text);
          return 'Copied as shapes for Excalidraw and tldraw';
        }, announce),
    });
  }
  if (mermaid) {
    actions.push({
      label: copy('as Mermaid'),
      detail: 'A flowchart for docs and boards that draw Mermaid',
      icon: <Workflow aria-hidden="true" size={16} />,
      onSelect: () =>
        void copyAndAnnounce(async (formats) => {
          await copyText(mermaid(formats));
          return 'Copied as Mermaid';
        }, announce),
    });
  }
  if (text) {
    actions.push({
      label: copy('as text'),
      detail: 'For any other board or doc',
      icon: <ClipboardType aria-hidden="true" size={16} />,
      onSelect: () =>
        void copyAndAnnounce(async (formats) => {
          const built = text(formats);
          await copyText(built.text, built.html);
          return 'Copied as text';
        }, announce),
    });
  }
  return actions;
}

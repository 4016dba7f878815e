import { ClipboardType, Shapes, Workflow } from 'lucide-react';
import { clipboardText } from '../../cards/board/shapes/card-shapes';
import { excalidrawClipboardSchema, type ExcalidrawClipboard } from '../../cards/board/shapes/excalidraw-elements';
import { describeIssue } from '../../cards/describe-issues';
import { copyText } from './copy-text';
import type { MenuAction } from './OverflowMenu';

/** What an item can be copied as, each built only when the user picks it. */
export interface CopyTargets {
  /** Boxes and arrows in Excalidraw's clipboard format, which tldraw reads too. */
  shapes?(): ExcalidrawClipboard;
  /** A Mermaid flowchart. */
  mermaid?(): string;
  /** Plain text, with an HTML twin for boards and docs that take rich paste. */
  text?(): { text: string; html?: string };
}

/**
 * Copies, then says what landed on the clipboard through the panel's live
 * region, or that the browser refused; a refusal is never silent.
 */
export async function copyAndAnnounce(write: () => Promise<void>, done: string, announce: (message: string) => void) {
  try {
    await write();
    announce(done);
  } catch {
    announce('Could not copy: the browser refused clipboard access');
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
  if (targets.shapes) {
    const build = targets.shapes;
    actions.push({
      label: copy('for Excalidraw and tldraw'),
      detail: 'Boxes and arrows you can edit',
      icon: <Shapes aria-hidden="true" size={16} />,
      onSelect: () => {
        // The payload is checked against the element schema before it goes out: a
        // board that gets a broken element drops the paste without a word.
        const checked = excalidrawClipboardSchema.safeParse(build());
        if (!checked.success) {
          announce(`Could not copy as shapes: ${describeIssue(checked.error.issues[0]!, 'the drawing')}`);
          return;
        }
        void copyAndAnnounce(() => copyText(clipboardText(checked.data)), 'Copied as shapes for Excalidraw and tldraw', announce);
      },
    });
  }
  if (targets.mermaid) {
    const build = targets.mermaid;
    actions.push({
      label: copy('as Mermaid'),
      detail: 'A flowchart for docs and boards that draw Mermaid',
      icon: <Workflow aria-hidden="true" size={16} />,
      onSelect: () => void copyAndAnnounce(() => copyText(build()), 'Copied as Mermaid', announce),
    });
  }
  if (targets.text) {
    const build = targets.text;
    actions.push({
      label: copy('as text'),
      detail: 'For any other board or doc',
      icon: <ClipboardType aria-hidden="true" size={16} />,
      onSelect: () =>
        void copyAndAnnounce(
          () => {
            const { text, html } = build();
            return copyText(text, html);
          },
          'Copied as text',
          announce,
        ),
    });
  }
  return actions;
}

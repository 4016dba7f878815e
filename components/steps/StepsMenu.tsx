import type { Step, StepsCard } from '../../cards/schema';
import { copyActions } from '../shared/copy-actions';
import { copyText } from '../shared/copy-text';
import { Copy, Pencil } from '../shared/icons';
import { OverflowMenu, type MenuAsk } from '../shared/OverflowMenu';
import type { SectionProps } from '../shared/section-props';

interface Props extends Pick<SectionProps, 'announce' | 'updateView'> {
  card: StepsCard;
  step: Step;
  asked?: MenuAsk;
}

/** The steps card's menu: copy the current cue, the whole flow for the board, or edit the steps. */
export function StepsMenu({ card, step, announce, updateView, asked }: Props) {
  const copyCue = async () => {
    try {
      await copyText(step.cue);
      announce('Cue copied');
    } catch {
      announce('Could not copy: the browser refused clipboard access');
    }
  };
  return (
    <OverflowMenu
      label={`More actions for ${card.title}`}
      asked={asked}
      actions={[
        { label: 'Copy this step’s cue', icon: <Copy aria-hidden="true" size={16} />, onSelect: copyCue },
        // The whole flow, four boxes and their arrows, for the candidate's board.
        ...copyActions(
          {
            shapes: (formats) => formats.shapesClipboard(formats.stepsFlow(card.steps)),
            mermaid: (formats) => formats.stepsMermaid(card.steps),
            text: (formats) => ({ text: formats.boardText(card), html: formats.boardHtml(card) }),
          },
          announce,
          'the steps',
        ).map((action, position) => (position === 0 ? { ...action, startsGroup: true } : action)),
        {
          label: 'Edit these steps',
          startsGroup: true,
          icon: <Pencil aria-hidden="true" size={16} />,
          onSelect: () => updateView({ section: 'customize', glance: false, editCardId: card.id }),
        },
      ]}
    />
  );
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import { startOfNextDay } from '../../cards/drill/day';
import { drillStats } from '../../cards/drill/drill-stats';
import { intervalWords } from '../../cards/drill/interval-label';
import { GRADE_LABELS, previewDue, type DrillGrade } from '../../cards/drill/scheduler';
import { OverflowMenu } from '../shared/OverflowMenu';
import type { SectionProps } from '../shared/section-props';
import { shownKeys } from '../shell/shortcuts';
import { useShortcut } from '../shell/use-shortcut';
import { DrillCard } from './DrillCard';
import { DrillSettingsForm } from './DrillSettingsForm';
import { DrillStats } from './DrillStats';
import { useDrill } from './use-drill';
import './DrillMode.css';
import { LoadingLine } from '../shared/LoadingLine';

type Pane = 'review' | 'progress' | 'settings';

/**
 * Recall practice for the active deck, in place of the section: one item at
 * a time, prompt first; Space shows the answer, 1–4 grade it; FSRS picks
 * when it comes back. Progress and settings are one menu away.
 */
export function DrillMode({ library, announce, updateView }: SectionProps) {
  const drill = useDrill(library.deck);
  const [pane, setPane] = useState<Pane>('review');
  const [revealed, setRevealed] = useState(false);
  const current = drill?.current;
  const currentId = current?.id;

  // A new item always starts hidden.
  useEffect(() => setRevealed(false), [currentId]);

  const reviewing = pane === 'review' && current !== undefined;
  const dueAfter = useMemo(
    () => (drill && current ? previewDue(current, drill.records.get(current.id), drill.now, drill.settings.retention) : undefined),
    [drill, current],
  );

  const reveal = useCallback(() => setRevealed(true), []);
  const grade = useCallback(
    (value: DrillGrade) => {
      if (!drill || !current || !dueAfter) return;
      const wait = Math.max(0, dueAfter[value] - Date.now());
      drill.grade(current, value);
      setRevealed(false);
      announce(`${GRADE_LABELS[value]}: back ${intervalWords(wait)}.`);
    },
    [announce, current, drill, dueAfter],
  );

  useShortcut('drill-reveal', (event) => {
    // Space on a focused control is that control's (the menu button, a link): only elsewhere does it reveal.
    if (revealed || (event.target instanceof Element && event.target.closest('button, a, summary, select'))) return false;
    reveal();
  }, { enabled: reviewing });
  useShortcut('drill-grade', (event) => {
    if (!revealed) {
      // The digits grade here; before the answer shows they do nothing (rather than leave the drill).
      announce(`Show the answer first (${shownKeys('drill-reveal')}).`);
      return;
    }
    grade(Number(event.key) as DrillGrade);
  }, { enabled: reviewing });

  if (!drill) return <LoadingLine>Loading the drill…</LoadingLine>;
  const { queue } = drill;
  const left = queue.due.length + queue.fresh.length;

  return (
    <section className="drill" aria-labelledby="drill-title">
      <div className="drill-head">
        <h2 className="section-title" id="drill-title">
          Drill
        </h2>
        <p className="drill-count" data-testid="drill-count">
          {queue.due.length} due · {queue.fresh.length} new
        </p>
        <OverflowMenu
          label="More drill actions"
          actions={[
            { label: 'Review', onSelect: () => setPane('review'), checked: pane === 'review' },
            { label: 'Progress', onSelect: () => setPane('progress'), checked: pane === 'progress' },
            { label: 'Drill settings', onSelect: () => setPane('settings'), checked: pane === 'settings' },
            { label: `Close the drill (${shownKeys('drill')})`, onSelect: () => updateView({ drill: false }), startsGroup: true },
          ]}
        />
      </div>
      {drill.problem && (
        <div role="alert" className="problem">
          <p>{drill.problem}</p>
          {drill.waiting > 0 && (
            <button type="button" onClick={drill.retry}>
              Try saving again ({drill.waiting} waiting)
            </button>
          )}
        </div>
      )}
      {pane === 'review' &&
        (current && dueAfter ? (
          <DrillCard item={current} revealed={revealed} onReveal={reveal} onGrade={grade} dueAfter={dueAfter} now={drill.now} />
        ) : (
          <DrillDone
            total={drill.items.length}
            nextDue={drill.nextDue}
            now={drill.now}
            limitReached={queue.fresh.length === 0 && queue.newToday > 0}
            onProgress={() => setPane('progress')}
          />
        ))}
      {pane === 'review' && current && <p className="hint drill-left">{left === 1 ? 'Last one for now.' : `${left} to go.`}</p>}
      {pane === 'progress' && (
        <>
          <DrillStats stats={drillStats(drill.items, drill.records, drill.now)} />
          <button type="button" className="secondary" onClick={() => setPane('review')}>
            Back to review
          </button>
        </>
      )}
      {pane === 'settings' && (
        <DrillSettingsForm
          settings={drill.settings}
          onSave={(next) => {
            drill.setSettings(next);
            announce('Drill settings saved');
            setPane('review');
          }}
          onCancel={() => setPane('review')}
        />
      )}
    </section>
  );
}

function DrillDone({
  total,
  nextDue,
  now,
  limitReached,
  onProgress,
}: {
  total: number;
  nextDue: number | undefined;
  now: number;
  limitReached: boolean;
  onProgress(): void;
}) {
  if (total === 0) {
    return <p className="empty">This deck has nothing to drill: add phrasings, steps or follow-ups answered by a template.</p>;
  }
  const soon = nextDue !== undefined && nextDue < startOfNextDay(now);
  return (
    <div className="drill-done" role="status">
      <p className="drill-done-title">Nothing due right now.</p>
      <p className="hint">
        {soon
          ? `The next item comes back ${intervalWords(nextDue - now)}.`
          : limitReached
            ? 'Today’s new items are done; more come tomorrow.'
            : 'Come back when items fall due; the toolbar icon shows how many.'}
      </p>
      <button type="button" className="secondary" onClick={onProgress}>
        See progress
      </button>
    </div>
  );
}

import { useEffect, useRef } from 'react';
import type { ReviewItem } from '../../cards/drill/review-items';
import { intervalLabel, intervalWords } from '../../cards/drill/interval-label';
import { GRADE_LABELS, GRADES, type DrillGrade } from '../../cards/drill/scheduler';
import { shownKeys } from '../shell/shortcuts';

interface Props {
  item: ReviewItem;
  revealed: boolean;
  onReveal(): void;
  onGrade(grade: DrillGrade): void;
  /** When each grade would bring the item back (ms since the epoch). */
  dueAfter: Record<DrillGrade, number>;
  now: number;
}

/**
 * One item: the prompt first, the answer on Space, then four grades, each
 * saying when it brings the item back. Focus follows: onto the prompt when
 * the item appears, onto the answer when it is shown, so a screen reader
 * reads each in turn and Space and 1–4 keep working.
 */
export function DrillCard({ item, revealed, onReveal, onGrade, dueAfter, now }: Props) {
  const prompt = useRef<HTMLDivElement>(null);
  const answer = useRef<HTMLDivElement>(null);
  const headingId = `drill-item-${item.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

  useEffect(() => {
    (revealed ? answer : prompt).current?.focus({ preventScroll: true });
  }, [item.id, revealed]);

  return (
    <article className="drill-card" aria-labelledby={headingId} data-item={item.id}>
      <div className="drill-prompt-block" ref={prompt} tabIndex={-1}>
        <p className="drill-source">{item.source}</p>
        <h3 className="drill-ask" id={headingId}>
          {item.ask}
        </h3>
        <p className="drill-prompt">{item.prompt}</p>
      </div>
      {!revealed ? (
        <button type="button" className="primary drill-reveal" onClick={onReveal} aria-keyshortcuts="Space">
          Show answer <kbd aria-hidden="true">{shownKeys('drill-reveal')}</kbd>
        </button>
      ) : (
        <>
          <div className="drill-answer" ref={answer} tabIndex={-1} role="group" aria-label="Answer">
            {item.answer.length === 1 ? (
              <p>{item.answer[0]}</p>
            ) : (
              <ol>
                {item.answer.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ol>
            )}
          </div>
          <div className="drill-grades" role="group" aria-label="How well did you recall it? Each grade says when the item comes back">
            {GRADES.map((grade) => (
              // The name is what shows ("Good 10 min"), so speech commands that say what they see work.
              <button
                key={grade}
                type="button"
                className={`drill-grade drill-grade-${grade}`}
                onClick={() => onGrade(grade)}
                aria-keyshortcuts={String(grade)}
                title={`${GRADE_LABELS[grade]} (${grade}): back ${intervalWords(Math.max(0, dueAfter[grade] - now))}`}
              >
                <span className="drill-grade-name">{GRADE_LABELS[grade]}</span>{' '}
                <span className="drill-grade-wait">{intervalLabel(Math.max(0, dueAfter[grade] - now))}</span>
              </button>
            ))}
          </div>
          <p className="drill-keys" aria-hidden="true">
            <kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd> <kbd>4</kbd> grade
          </p>
        </>
      )}
    </article>
  );
}

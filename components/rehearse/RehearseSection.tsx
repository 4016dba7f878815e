import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { resolveCheckpoints } from '../../cards/rehearsal/checkpoints';
import { followUpBank, pickPrompt } from '../../cards/rehearsal/follow-up-bank';
import { recordFromSession, saveRehearsal, type Scores } from '../../cards/rehearsal/history';
import { BLANK_DRAFT, scoreConflictNotice } from '../../cards/rehearsal/merge-scores';
import { createSession, readSession, rehearsalSession, runNotStoredMessage, type Session } from '../../cards/rehearsal/session';
import { readRehearsalSettings, rehearsalSettings } from '../../cards/rehearsal/settings';
import { reopenTimer } from '../../cards/rehearsal/timer';
import type { PromptCard, StepsCard } from '../../cards/schema';
import { RehearsalHistory } from './RehearsalHistory';
import { RehearseRun } from './RehearseRun';
import { RehearseScore } from './RehearseScore';
import { RehearseSetup, type SetupChoice } from './RehearseSetup';
import type { SectionProps } from '../shared/section-props';
import { useStoredItem } from '../shared/use-stored-item';
import { floatOnTop, pictureInPicture } from './float-window';
import './RehearseSection.css';
import { LoadingLine } from '../shared/LoadingLine';

/** Set once Picture-in-Picture failed from this page, so the next Float goes straight to the Float tab. */
let floatRefusedHere = false;

const FREE_PRACTICE = { id: 'free', title: 'Free practice', question: 'Design any system you like, out loud.' };

/** Rehearsal mode: set up, run against the clock, score, and look back. */
export function RehearseSection({ library, view, updateView, announce, offerUndo }: SectionProps) {
  // A run that cannot be stored (storage full) stays in memory, and the user hears so at once.
  const [sessionProblem, setSessionProblem] = useState<string>();
  const [storedSession, setSession] = useStoredItem(rehearsalSession, readSession, (error) =>
    setSessionProblem(error === undefined ? undefined : runNotStoredMessage(error)),
  );
  const [settings, setSettings] = useStoredItem(rehearsalSettings, readRehearsalSettings);
  const [justSaved, setJustSaved] = useState<string>();
  // An ended run this window is scoring, with scores or a note not yet saved:
  // when another window saves or discards the run, the form stays until this one saves.
  const [scoring, setScoring] = useState<Session>();
  // Said after a save whose scores met another window's for the same run.
  const [scoreNotice, setScoreNotice] = useState<string>();
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // Saved from the bottom of a long form: bring the notice into view rather than leave it above the fold.
  useEffect(() => {
    if (scoreNotice) noticeRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [scoreNotice]);
  const { deck } = library;
  const steps = useMemo(() => deck.cards.find((card): card is StepsCard => card.kind === 'steps')?.steps ?? [], [deck]);
  const prompts = useMemo(() => deck.cards.filter((card): card is PromptCard => card.kind === 'prompt'), [deck]);
  const bank = useMemo(() => followUpBank(deck), [deck]);

  const save = useCallback((next: Session | null) => setSession(next), [setSession]);
  const setStepId = useCallback((stepId: string | undefined) => updateView({ stepId }), [updateView]);

  const start = (choice: SetupChoice) => {
    const prompt = prompts.find((entry) => entry.id === choice.promptId) ?? pickPrompt(deck);
    const now = Date.now();
    setSettings({ ...choice });
    save(
      createSession({
        now,
        lengthMs: choice.lengthMinutes * 60_000,
        deckId: library.activeId ?? deck.id,
        prompt: prompt ? { id: prompt.id, title: prompt.domain, question: prompt.question } : FREE_PRACTICE,
        steps,
        checkpoints: resolveCheckpoints(choice.checkpoints, steps, choice.lengthMinutes),
        sound: choice.sound,
      }),
    );
    updateView({ stepId: steps[0]?.id });
    setJustSaved(undefined);
    setScoreNotice(undefined);
    setScoring(undefined);
    announce(`Rehearsal started${prompt ? `: ${prompt.domain}` : ''}`);
  };

  const finish = async (session: Session, scores: Scores, note: string) => {
    const record = recordFromSession(session, scores, note, bank, Date.now());
    // The form opened blank: that is the base another window's scores merge against.
    const notice = scoreConflictNotice(await saveRehearsal(record, BLANK_DRAFT));
    setScoring(undefined);
    if (storedSession?.id === session.id) save(null);
    setJustSaved(record.id);
    setScoreNotice(notice);
    // The notice, if any, stays in the section (a status) with the other window's values; the flash stays short.
    announce('Rehearsal saved to your history');
  };

  // One click where the browser allows it. In a tab (the panel opened as a
  // page) Chromium grants Picture-in-Picture to the click, so the card floats
  // at once. From the real side panel it does not: tried there, the request
  // never settles and the panel stops answering (Chromium 156, checked by
  // e2e), so there the click opens the Float tab, whose one button can.
  const openFloat = async () => {
    const inTab = await browser.tabs.getCurrent().then(
      (tab) => tab !== undefined,
      () => false,
    );
    if (inTab && pictureInPicture() && !floatRefusedHere) {
      if (await floatOnTop()) {
        announce('Float is on top of other windows');
        return;
      }
      floatRefusedHere = true;
    }
    browser.tabs.create({ url: browser.runtime.getURL('/float.html') }).catch((error: unknown) => {
      announce('Could not open the Float page');
      console.error('Sidecue: could not open Float', error);
    });
  };

  // A discarded run comes back whole on Undo: it is only the stored session.
  const discard = (session: Session) => {
    setScoring(undefined);
    if (storedSession?.id !== session.id) {
      // Only this window's draft of a run put away elsewhere: storage holds nothing of it to clear.
      offerUndo({ message: 'Scores discarded', undo: async () => setScoring(session) });
      return;
    }
    save(null);
    offerUndo({ message: 'Rehearsal discarded', undo: async () => save(session) });
  };

  if (storedSession === undefined || settings === undefined) return <LoadingLine>Loading Rehearse…</LoadingLine>;
  // Saved or discarded in another window (which may have started the next run) while this one
  // holds a draft of its scores: the draft stays on screen until it is saved here.
  const held = scoring !== undefined && storedSession?.id !== scoring.id;
  const session = held ? scoring : storedSession;
  const running = session !== null && session.timer.endedAt === null;

  return (
    <section className="rehearse" aria-labelledby="rehearse-heading">
      {/* During a run every line of the panel goes to the question, the clock and the cue; the tab names the section. */}
      <h2 id="rehearse-heading" className={running ? 'visually-hidden' : 'section-title'}>
        Rehearse
      </h2>
      {scoreNotice && session === null && (
        <p role="status" className="rehearse-notice" ref={noticeRef}>
          {scoreNotice}
        </p>
      )}
      {sessionProblem && (
        <p role="alert" className="rehearse-problem">
          {sessionProblem}
        </p>
      )}
      {session === null ? (
        <>
          <RehearseSetup key={deck.id} prompts={prompts} steps={steps} settings={settings} onStart={start} onRemember={setSettings} />
          <p className="rehearse-hint">
            Board or call in full screen?{' '}
            <button type="button" onClick={() => void openFloat()}>
              Float
            </button>{' '}
            keeps the current step and the clock on top.
          </p>
          <RehearsalHistory
            announce={announce}
            offerUndo={offerUndo}
            justSaved={justSaved}
            deck={deck}
            openCard={(cardId) => updateView({ section: 'customize', editCardId: cardId })}
          />
        </>
      ) : session.timer.endedAt === null ? (
        <RehearseRun
          session={session}
          deck={deck}
          bank={bank}
          stepId={view.stepId}
          setStepId={setStepId}
          save={save}
          announce={announce}
          onFloat={() => void openFloat()}
        />
      ) : (
        <RehearseScore
          key={session.id}
          session={session}
          onSave={(scores, note) => finish(session, scores, note)}
          onContinue={() => {
            setScoring(undefined);
            save({ ...session, timer: reopenTimer(session.timer) });
          }}
          onDiscard={() => discard(session)}
          onDraftChange={(unsaved) => setScoring(unsaved ? session : undefined)}
          elsewhere={held}
        />
      )}
    </section>
  );
}

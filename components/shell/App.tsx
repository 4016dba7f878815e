import { CircleHelp, Eye } from '../shared/icons';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isFreshLookup, lookupRequest } from '../../cards/storage/lookup-request';
import { DEFAULT_PANEL_VIEW, panelView, nextView, readPanelView, storedPart, type EditRequest, type PanelView, type SectionId } from '../../cards/storage/preferences';
import { DeckMenuButton } from './DeckMenuButton';
import { SectionBoundary } from './SectionBoundary';
import { DrillMode, preloadSections, SECTION_LIST, sectionComponent, type SectionEntry } from './sections';
import { SectionTabs } from './SectionTabs';
import { shownKeys } from './shortcuts';
import { afterNextPaint, whenIdle } from './idle';
import { loadNowStrip, nowStripIfLoaded } from './now-strip-loader';
import { useShortcut } from './use-shortcut';
import { useAnnouncer } from '../shared/use-announcer';
import { useUndoOffer } from '../shared/use-undo-offer';
import { useLibrary } from './use-library';
import { usePendingEdits } from './use-pending-edits';
import { useTopHeight } from './use-top-height';
import { DrillButton } from '../drill/DrillButton';
import './App.css';
import { useStoredItem } from '../shared/use-stored-item';

// What shows only while a rehearsal runs, or when sync or another window
// needs a word: loaded just after the first screen is painted, not with it
// (with the rehearsal's clock, session and checkpoints, about a sixth of the
// panel's own code). Not during the first render either: starting a chunk's
// load there adds its preload links to the page inside that render (a CPU
// profile put them at a few ms of it).
// The now strip is loaded before the first render when a run is under way (now-strip-loader.ts).
const LazyNowStrip = lazy(() => loadNowStrip().then((NowStrip) => ({ default: NowStrip })));
const SyncNotice = lazy(() => import('./SyncNotice').then((m) => ({ default: m.SyncNotice })));
const LostEditNotice = lazy(() => import('./LostEditNotice').then((m) => ({ default: m.LostEditNotice })));
// The key list, written out when first asked for, then kept (its dialog hands focus back on close).
const ShortcutHelp = lazy(() => import('./ShortcutHelp').then((m) => ({ default: m.ShortcutHelp })));

export function App() {
  const library = useLibrary();
  const [storedView, setStoredView] = useStoredItem(panelView, readPanelView);
  // Another section's request that Customize open a card: this window's alone, so kept here, not stored.
  const [editRequest, setEditRequest] = useState<EditRequest>({});
  const view = useMemo(() => ({ ...(storedView ?? DEFAULT_PANEL_VIEW), ...editRequest }), [storedView, editRequest]);
  const { announce, region } = useAnnouncer();
  const { offerUndo, toast } = useUndoOffer(announce);
  usePendingEdits(library, announce);
  const top = useRef<HTMLDivElement>(null);
  useTopHeight(top);
  const [searchRequest, setSearchRequest] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const [helpLoaded, setHelpLoaded] = useState(false);
  if (helpOpen && !helpLoaded) setHelpLoaded(true);
  const [fileProblem, setFileProblem] = useState<string>();
  const main = useRef<HTMLElement>(null);
  const viewRef = useRef(view);
  viewRef.current = view;

  const updateView = useCallback(
    (patch: Partial<PanelView>) => {
      const next = nextView(viewRef.current, patch);
      const { editCardId, editFrom } = next;
      setEditRequest((asked) => (asked.editCardId === editCardId && asked.editFrom === editFrom ? asked : { editCardId, editFrom }));
      if (Object.keys(patch).some((key) => key !== 'editCardId' && key !== 'editFrom')) setStoredView(storedPart(next));
    },
    [setStoredView],
  );
  const openSection = useCallback((section: SectionId) => updateView({ section, drill: false }), [updateView]);
  const openSearch = useCallback(() => {
    updateView({ section: 'phrasings', glance: false, drill: false });
    setSearchRequest((count) => count + 1);
  }, [updateView]);
  const toggleGlance = useCallback(() => {
    const glance = !viewRef.current.glance;
    updateView({ section: 'steps', glance, drill: false });
    announce(glance ? 'Glance mode on' : 'Glance mode off');
  }, [announce, updateView]);
  const toggleDrill = useCallback(() => {
    const drill = !viewRef.current.drill;
    updateView({ glance: false, drill });
    // Back on the section's content (or the drill's), so Space and the digits answer at once.
    main.current?.focus({ preventScroll: true });
  }, [updateView]);

  // The lookup shortcut, pressed on the whiteboard, lands here through storage.
  useEffect(() => {
    lookupRequest.getValue().then((stamp) => isFreshLookup(stamp) && openSearch(), console.error);
    return lookupRequest.watch((stamp) => isFreshLookup(stamp) && openSearch());
  }, [openSearch]);

  // Opened from the keyboard (Alt+Shift+S), the panel should answer `/` and
  // `j` at once: take the window's focus and rest it on the section, unless
  // the user is already somewhere in the panel. The browser decides whether
  // a side panel may take focus from the tab; this asks, it cannot force.
  const landed = useRef(false);
  useEffect(() => {
    const land = () => {
      if (document.activeElement && document.activeElement !== document.body) return;
      window.focus();
      main.current?.focus({ preventScroll: true });
    };
    if (storedView !== undefined && !landed.current) {
      landed.current = true;
      land();
    }
    window.addEventListener('focus', land);
    return () => window.removeEventListener('focus', land);
  }, [storedView]);

  useShortcut('search', openSearch);
  useShortcut('glance', toggleGlance);
  useShortcut('help', () => setHelpOpen(true));
  useShortcut('drill', toggleDrill);
  useShortcut('open-section', (event) => {
    const section = SECTION_LIST[Number(event.key) - 1];
    if (!section) return false;
    openSection(section.id);
  });

  const active = SECTION_LIST.find((entry) => entry.id === view.section) ?? SECTION_LIST[0]!;
  const drilling = view.drill === true;
  // The drill takes the sections' place while it is open; one block renders whichever is shown.
  // The section's component is chosen when it opens and kept while it stays open (sectionComponent).
  const chosen = useRef<{ id: SectionId; Component: SectionEntry['Component'] }>(undefined);
  if (chosen.current?.id !== active.id) chosen.current = { id: active.id, Component: sectionComponent(active) };
  const shown = drilling
    ? { key: 'drill', name: 'Drill', loading: 'the drill', Component: DrillMode }
    : { key: active.id, name: active.label, loading: active.label, Component: chosen.current.Component };
  // The first screen's read may hold only what the Steps screen shows (library-read.ts): any
  // other section waits the moment it takes to read the rest of the deck.
  const ready = library.library !== undefined && storedView !== undefined && (!library.library.cardsPending || (active.id === 'steps' && !drilling));
  const [painted, setPainted] = useState(false);
  useEffect(() => (ready && !painted ? afterNextPaint(() => setPainted(true)) : undefined), [ready, painted]);
  // Once the first screen is up, the other sections' scripts load in idle time, so each opens at once.
  useEffect(() => (painted ? preloadSections(whenIdle) : undefined), [painted]);
  const reportProblem = useCallback((message: string) => setFileProblem(message), []);
  // In before the first render when a run is under way: then it is part of the first screen.
  const loadedStrip = nowStripIfLoaded();
  const NowStrip = loadedStrip ?? LazyNowStrip;

  return (
    <div className={view.glance && view.section === 'steps' ? 'app glance' : 'app'} data-ready={ready || undefined}>
      <div className="app-top" ref={top}>
        <header className="app-header">
          <h1 className="app-title">
            <img src="/icon/32.png" alt="" width="20" height="20" />
            <span className="visually-hidden">Sidecue</span>
          </h1>
          <DeckMenuButton library={library} announce={announce} offerUndo={offerUndo} reportProblem={reportProblem} />
          <DrillButton deck={ready && !library.library?.cardsPending ? library.deck : undefined} open={drilling} onToggle={toggleDrill} />
          <button
            type="button"
            className="icon-button glance-toggle"
            aria-pressed={view.glance}
            onClick={toggleGlance}
            aria-label="Glance mode"
            title={`Glance mode (${shownKeys('glance')})`}
          >
            <Eye aria-hidden="true" size={18} />
          </button>
          <button
            type="button"
            className="icon-button help-button"
            onClick={() => setHelpOpen(true)}
            aria-label="Keyboard shortcuts"
            title={`Keyboard shortcuts (${shownKeys('help')})`}
          >
            <CircleHelp aria-hidden="true" size={18} />
          </button>
        </header>
        {!view.glance && <SectionTabs sections={SECTION_LIST} active={drilling ? undefined : active.id} onSelect={openSection} />}
        {/* Rehearse shows the run's own clock and cue, larger; the strip would say it twice. The drill hides the answers it asks for. */}
        {(painted || (ready && loadedStrip)) && view.section !== 'rehearse' && !drilling && (
          <Suspense fallback={null}>
            <NowStrip deck={library.deck} view={view} updateView={updateView} announce={announce} />
          </Suspense>
        )}
      </div>
      {library.problem && <Problem message={library.problem} onDismiss={library.clearProblem} />}
      {fileProblem && <Problem message={fileProblem} onDismiss={() => setFileProblem(undefined)} className="file-problem" />}
      {painted && (
        <Suspense fallback={null}>
          {/* Glance mode is for mid-answer: sync's news waits until it is off. */}
          {!view.glance && <SyncNotice />}
          <LostEditNotice announce={announce} />
        </Suspense>
      )}
      <main
        ref={main}
        tabIndex={-1}
        id={drilling ? 'panel-drill' : `panel-${active.id}`}
        role={view.glance || drilling ? undefined : 'tabpanel'}
        aria-labelledby={view.glance || drilling ? undefined : `tab-${active.id}`}
        aria-label={drilling ? 'Drill' : undefined}
        className="panel-main"
      >
        {ready && (
          <SectionBoundary key={shown.key} name={shown.name}>
            <Suspense fallback={<p className="loading">Loading {shown.loading}…</p>}>
              <shown.Component
                library={library}
                announce={announce}
                searchRequest={searchRequest}
                view={view}
                updateView={updateView}
                offerUndo={offerUndo}
              />
            </Suspense>
          </SectionBoundary>
        )}
      </main>
      {region}
      {toast}
      {helpLoaded && (
        <Suspense fallback={null}>
          <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}

/** A problem worded for the user, until they dismiss it (nothing was changed by what failed). */
function Problem({ message, onDismiss, className }: { message: string; onDismiss(): void; className?: string }) {
  return (
    <div role="alert" className={className ? `problem ${className}` : 'problem'}>
      <p>{message}</p>
      <button type="button" className="secondary" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

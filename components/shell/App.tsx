import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { isFreshLookup, lookupRequest } from '../../cards/storage/lookup-request';
import { DEFAULT_PANEL_VIEW, panelView, nextView, readPanelView, type PanelView, type SectionId } from '../../cards/storage/preferences';
import { DeckPicker } from './DeckPicker';
import { SectionBoundary } from './SectionBoundary';
import { SECTION_LIST } from './sections';
import { SectionTabs } from './SectionTabs';
import { ShortcutHelp } from './ShortcutHelp';
import { SyncNotice } from './SyncNotice';
import { isTypingTarget } from '../shared/is-typing-target';
import { useAnnouncer } from '../shared/use-announcer';
import { useLibrary } from './use-library';
import './App.css';
import { useStoredItem } from '../shared/use-stored-item';
import { carriesFiles } from '../shared/carries-files';

export function App() {
  const library = useLibrary();
  const [storedView, setView] = useStoredItem(panelView, readPanelView);
  const view = storedView ?? DEFAULT_PANEL_VIEW;
  const { announce, region } = useAnnouncer();
  const [searchRequest, setSearchRequest] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const viewRef = useRef(view);
  viewRef.current = view;

  const updateView = useCallback(
    (patch: Partial<PanelView>) => setView(nextView(viewRef.current, patch)),
    [setView],
  );
  const openSection = useCallback(
    (section: SectionId) => setView({ ...viewRef.current, section }),
    [setView],
  );
  const openSearch = useCallback(() => {
    setView({ ...viewRef.current, section: 'phrasings', glance: false });
    setSearchRequest((count) => count + 1);
  }, [setView]);

  // The lookup shortcut, pressed on the whiteboard, lands here through storage.
  useEffect(() => {
    lookupRequest.getValue().then((stamp) => isFreshLookup(stamp) && openSearch(), console.error);
    return lookupRequest.watch((stamp) => isFreshLookup(stamp) && openSearch());
  }, [openSearch]);

  // A deck file dragged over any section opens Customize, which imports it on
  // drop; the panel itself must never navigate to the dropped file.
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (viewRef.current.section !== 'customize') setView({ ...viewRef.current, section: 'customize', glance: false });
    };
    const onDrop = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('drop', onDrop);
    };
  }, [setView]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      // Keys inside a form or a dialog belong to it: a digit pressed on a score
      // radio must not switch section and throw the unsaved scores away.
      if (isTypingTarget(event.target) || (event.target instanceof Element && event.target.closest('form, dialog'))) return;
      const section = SECTION_LIST.find((entry) => entry.key === event.key);
      if (event.key === '/') openSearch();
      else if (event.key === 'g') {
        const glance = !viewRef.current.glance;
        setView({ ...viewRef.current, section: 'steps', glance });
        announce(glance ? 'Glance mode on' : 'Glance mode off');
      } else if (event.key === '?') setHelpOpen(true);
      else if (section) openSection(section.id);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [announce, openSearch, openSection, setView]);

  const active = SECTION_LIST.find((entry) => entry.id === view.section) ?? SECTION_LIST[0]!;
  const ready = library.library !== undefined && storedView !== undefined;

  return (
    <div className={view.glance && view.section === 'steps' ? 'app glance' : 'app'} data-ready={ready || undefined}>
      <header className="app-header">
        <h1 className="app-title">
          <img src="/icon/32.png" alt="" width="20" height="20" /> Sidecue
        </h1>
        <DeckPicker library={library} />
        <button
          type="button"
          className="glance-toggle"
          aria-pressed={view.glance}
          onClick={() => setView({ ...view, section: 'steps', glance: !view.glance })}
          title="Glance mode (g)"
        >
          Glance
        </button>
        <button type="button" className="help-button" onClick={() => setHelpOpen(true)} aria-label="Keyboard shortcuts">
          ?
        </button>
      </header>
      {!view.glance && <SectionTabs sections={SECTION_LIST} active={active.id} onSelect={openSection} />}
      {library.problem && (
        <div role="alert" className="problem">
          <p>{library.problem}</p>
          <button type="button" onClick={library.clearProblem}>
            Dismiss
          </button>
        </div>
      )}
      <SyncNotice />
      <main
        id={`panel-${active.id}`}
        role={view.glance ? undefined : 'tabpanel'}
        aria-labelledby={view.glance ? undefined : `tab-${active.id}`}
        className="panel-main"
      >
        {ready && (
          <SectionBoundary key={active.id} name={active.label}>
            <Suspense fallback={<p className="loading">Loading {active.label}…</p>}>
              <active.Component
                library={library}
                announce={announce}
                searchRequest={searchRequest}
                view={view}
                updateView={updateView}
              />
            </Suspense>
          </SectionBoundary>
        )}
      </main>
      {region}
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}

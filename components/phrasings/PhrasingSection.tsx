import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { favorites, readFavorites } from '../../cards/storage/preferences';
import type { PhrasingCard } from '../../cards/schema';
import { createSearchIndex } from '../../cards/search';
import { copyText } from '../shared/copy-text';
import { PhrasingResult, phrasingCellId } from './PhrasingResult';
import { PhrasingTagFilter } from './PhrasingTagFilter';
import type { SectionProps } from '../shared/section-props';
import { useStoredItem } from '../shared/use-stored-item';
import { shownKeys } from '../shell/shortcuts';
import './PhrasingSection.css';

const NO_PINS: string[] = [];

/**
 * Search, filter, copy and pin the deck's phrasings; built for a two-second
 * lookup mid-answer. The search box is a combobox over the results grid: the
 * arrows move the marked result (aria-activedescendant, so typing carries
 * on), Enter copies it, Esc clears the box and a second Esc hands focus back
 * to where it was, so the panel's shortcut keys work again.
 */
export function PhrasingSection({ library, announce, searchRequest, updateView }: SectionProps) {
  const phrasings = useMemo(
    () => library.deck.cards.filter((card): card is PhrasingCard => card.kind === 'phrasing'),
    [library.deck.cards],
  );
  const index = useMemo(() => createSearchIndex(phrasings), [phrasings]);
  const tags = useMemo(() => [...new Set(phrasings.flatMap((card) => card.tags))].sort(), [phrasings]);
  const [query, setQuery] = useState('');
  const [activeTags, setActiveTags] = useState<string[]>([]);
  const [marked, setMarked] = useState(0);
  const [copiedId, setCopiedId] = useState<string>();
  const [inBox, setInBox] = useState(false);
  const [storedPins, setPinned] = useStoredItem(favorites, readFavorites);
  const pinned = storedPins ?? NO_PINS;
  const section = useRef<HTMLElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  // Where focus was before the search box took it: a second Esc goes back there.
  const cameFrom = useRef<HTMLElement | null>(null);
  const rememberFocus = (from: EventTarget | null) => {
    if (from instanceof HTMLElement && from !== searchBox.current && from !== document.body) cameFrom.current = from;
  };

  useEffect(() => {
    if (searchRequest === 0) return;
    rememberFocus(document.activeElement);
    searchBox.current?.focus();
  }, [searchRequest]);

  const results = useMemo(() => {
    const byId = new Map(phrasings.map((card) => [card.id, card]));
    const matches = query.trim()
      ? index
          .search(query, { tags: activeTags })
          .map((hit) => ({ card: byId.get(hit.id)!, terms: hit.terms }))
          .filter((result) => result.card)
      : phrasings
          .filter((card) => activeTags.every((tag) => card.tags.includes(tag)))
          .map((card) => ({ card, terms: [] as string[] }));
    // Favorites pinned to the top; the search's ranking is kept within each group.
    const isPinned = (id: string) => pinned.includes(id);
    return [...matches.filter((m) => isPinned(m.card.id)), ...matches.filter((m) => !isPinned(m.card.id))];
  }, [query, activeTags, index, phrasings, pinned]);

  const markedIndex = Math.min(marked, results.length - 1);
  const markedCard = inBox && markedIndex >= 0 ? results[markedIndex]?.card : undefined;

  // Keep the marked result in view as the arrows move it.
  useEffect(() => {
    if (!markedCard) return;
    document.getElementById(phrasingCellId(markedCard.id))?.closest('.phrasing')?.scrollIntoView?.({ block: 'nearest' });
  }, [markedCard]);

  const startOver = () => {
    setMarked(0);
    setCopiedId(undefined);
  };

  const copy = async (card: PhrasingCard) => {
    try {
      await copyText(card.strong);
      setCopiedId(card.id);
      announce(`Copied: ${shorten(card.strong)}`);
    } catch {
      announce('Could not copy: the browser refused clipboard access');
    }
  };

  const toggleFavorite = (card: PhrasingCard) => {
    const on = !pinned.includes(card.id);
    setPinned(on ? [...pinned, card.id] : pinned.filter((id) => id !== card.id));
    announce(on ? 'Pinned to the top' : 'Unpinned');
  };

  const toggleTag = (tag: string) => {
    startOver();
    setActiveTags((current) => (current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag]));
  };

  const leaveSearch = () => {
    const back = cameFrom.current;
    cameFrom.current = null;
    if (back?.isConnected) back.focus();
    else if (back) sameControl(back, section.current)?.focus();
    // Nowhere to go back to (the page itself, or a control that is gone): the section.
    if (document.activeElement === searchBox.current) section.current?.focus();
  };

  const onSearchFocus = (event: FocusEvent<HTMLInputElement>) => {
    setInBox(true);
    rememberFocus(event.relatedTarget);
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      // The first Esc clears; the next one leaves the box.
      if (query) {
        setQuery('');
        startOver();
      } else leaveSearch();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setMarked(Math.max(0, Math.min(results.length - 1, markedIndex + step)));
      setCopiedId(undefined);
    } else if (event.key === 'Enter' && markedCard) {
      void copy(markedCard);
    } else return;
    event.preventDefault();
  };

  return (
    <section ref={section} tabIndex={-1} aria-labelledby="phrasings-heading" className="phrasings">
      <h2 id="phrasings-heading" className="visually-hidden">
        Phrasings
      </h2>
      <div className="phrasing-search-bar">
        <label htmlFor="phrasing-search" className="visually-hidden">
          Search phrasings
        </label>
        <input
          id="phrasing-search"
          ref={searchBox}
          type="search"
          role="combobox"
          placeholder="Search phrasings  ( / )"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-haspopup="grid"
          aria-expanded={results.length > 0}
          aria-controls={results.length > 0 ? 'phrasing-results' : undefined}
          aria-activedescendant={markedCard ? phrasingCellId(markedCard.id) : undefined}
          aria-describedby="phrasing-count phrasing-keys"
          onChange={(event) => {
            setQuery(event.target.value);
            startOver();
          }}
          onKeyDown={onSearchKey}
          onFocus={onSearchFocus}
          onBlur={() => setInBox(false)}
        />
        <span id="phrasing-keys" className="visually-hidden">
          Up and down arrows choose a phrasing, Enter copies it, Escape clears the search, and Escape again leaves it.
        </span>
        {tags.length > 0 && (
          <PhrasingTagFilter tags={tags} active={activeTags} onToggle={toggleTag} onClear={() => (startOver(), setActiveTags([]))} />
        )}
        {/* Not a live region: it changes on every keystroke; the search box names it as its description. */}
        <p className="result-count">
          <span id="phrasing-count">
            {results.length === 0
              ? 'No phrasings match.'
              : `${results.length} phrasing${results.length === 1 ? '' : 's'}${query.trim() ? (results.length === 1 ? ' matches' : ' match') : ''}`}
          </span>
          {inBox && results.length > 0 ? (
            <span className="phrasing-keys-hint" aria-hidden="true">
              <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Esc</kbd> {query ? 'clears' : 'leaves'}
            </span>
          ) : (
            // The way from reading the phrasings to saying them from memory (the drill, also in the header).
            <button type="button" className="phrasing-drill" onClick={() => updateView({ drill: true })} title={`Drill (${shownKeys('drill')})`}>
              Learn them by heart
            </button>
          )}
        </p>
      </div>
      {storedPins === undefined ? null : results.length === 0 ? (
        <div className="no-results">
          <p>
            No phrasings match “{query}”{activeTags.length > 0 ? ' with these tags' : ''}.
          </p>
          <p className="hint">Try fewer words, or clear the tags. Esc clears the search.</p>
        </div>
      ) : (
        <div id="phrasing-results" role="grid" className="phrasing-list" aria-label="Phrasings">
          {results.map(({ card, terms }) => (
            <PhrasingResult
              key={card.id}
              card={card}
              terms={terms}
              pinned={pinned.includes(card.id)}
              active={card === markedCard}
              copied={card === markedCard && copiedId === card.id}
              onCopy={() => void copy(card)}
              onTogglePin={() => toggleFavorite(card)}
              onEdit={() => updateView({ section: 'customize', editCardId: card.id })}
            />
          ))}
        </div>
      )}
    </section>
  );
}

/**
 * A row's Copy button that the search filtered away and brought back is a new
 * element with the same name: find it, so focus returns where the user was.
 */
function sameControl(gone: HTMLElement, within: HTMLElement | null): HTMLElement | undefined {
  const name = gone.getAttribute('aria-label');
  if (!name || !within) return undefined;
  return [...within.querySelectorAll<HTMLElement>('[aria-label]')].find((element) => element.getAttribute('aria-label') === name);
}

/** Long enough to recognise the line, short enough to hear in a moment. */
function shorten(text: string, limit = 80): string {
  return text.length <= limit ? text : `${text.slice(0, limit).trimEnd()}…`;
}

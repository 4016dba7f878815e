import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { favorites, readFavorites } from '../../cards/storage/preferences';
import type { PhrasingCard } from '../../cards/schema';
import { createSearchIndex } from '../../cards/search';
import { copyText } from '../shared/copy-text';
import { PhrasingResult } from './PhrasingResult';
import type { SectionProps } from '../shared/section-props';
import { useStoredItem } from '../shared/use-stored-item';
import './PhrasingSection.css';

/** Search, filter, copy and pin the deck's phrasings; built for a two-second lookup mid-answer. */
const NO_PINS: string[] = [];

export function PhrasingSection({ library, announce, searchRequest, updateView }: SectionProps) {
  const phrasings = useMemo(
    () => library.deck.cards.filter((card): card is PhrasingCard => card.kind === 'phrasing'),
    [library.deck.cards],
  );
  const index = useMemo(() => createSearchIndex(phrasings), [phrasings]);
  const tags = useMemo(() => [...new Set(phrasings.flatMap((card) => card.tags))].sort(), [phrasings]);
  const [query, setQuery] = useState('');
  const [activeTags, setActiveTags] = useState<string[]>([]);
  const [storedPins, setPinned] = useStoredItem(favorites, readFavorites);
  const pinned = storedPins ?? NO_PINS;
  const searchBox = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (searchRequest > 0) searchBox.current?.focus();
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

  const copy = async (card: PhrasingCard) => {
    try {
      await copyText(card.strong);
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

  const toggleTag = (tag: string) =>
    setActiveTags((current) => (current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag]));

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setQuery('');
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      list.current?.querySelector<HTMLElement>('.phrasing')?.focus();
    } else if (event.key === 'Enter' && results[0]) {
      event.preventDefault();
      void copy(results[0].card);
    }
  };

  // Up and down walk the results; Enter copies the focused one.
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('.phrasing') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (at === -1) return;
    if (event.key === 'ArrowDown') items[Math.min(items.length - 1, at + 1)]?.focus();
    else if (event.key === 'ArrowUp') (at === 0 ? searchBox.current : items[at - 1])?.focus();
    else return;
    event.preventDefault();
  };

  return (
    <section aria-labelledby="phrasings-heading" className="phrasings">
      <h2 id="phrasings-heading" className="section-title">
        Phrasings
      </h2>
      <div className="search-row">
        <label htmlFor="phrasing-search" className="visually-hidden">
          Search phrasings
        </label>
        <input
          id="phrasing-search"
          ref={searchBox}
          type="search"
          placeholder="Search phrasings  ( / )"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-controls="phrasing-results"
          aria-describedby="phrasing-count"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKey}
        />
      </div>
      {tags.length > 0 && (
        <div className="tag-chips" role="group" aria-label="Filter by tag">
          {tags.map((tag) => (
            <button key={tag} type="button" className="chip" aria-pressed={activeTags.includes(tag)} onClick={() => toggleTag(tag)}>
              {tag}
            </button>
          ))}
        </div>
      )}
      {/* Not a live region: it changes on every keystroke; the search box names it as its description. */}
      <p id="phrasing-count" className="result-count">
        {results.length === 0
          ? 'No phrasings match.'
          : `${results.length} phrasing${results.length === 1 ? '' : 's'}${query.trim() ? ' match' : ''}`}
      </p>
      {storedPins === undefined ? null : results.length === 0 ? (
        <div className="no-results">
          <p>No phrasings match “{query}”{activeTags.length > 0 ? ' with these tags' : ''}.</p>
          <p className="hint">Try fewer words, or clear the tags. Esc clears the search.</p>
        </div>
      ) : (
        <ul id="phrasing-results" ref={list} className="phrasing-list" aria-label="Phrasings" onKeyDown={onListKey}>
          {results.map(({ card, terms }) => (
            <PhrasingResult
              key={card.id}
              card={card}
              terms={terms}
              pinned={pinned.includes(card.id)}
              onCopy={() => void copy(card)}
              onTogglePin={() => toggleFavorite(card)}
              onEdit={() => updateView({ section: 'customize', editCardId: card.id })}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Long enough to recognise the line, short enough to hear in a moment. */
function shorten(text: string, limit = 80): string {
  return text.length <= limit ? text : `${text.slice(0, limit).trimEnd()}…`;
}

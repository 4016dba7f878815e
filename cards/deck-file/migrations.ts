/**
 * Upgrades a parsed deck file, one version at a time, to the current format.
 * Each change to the file's shape is a named function, in the manner of
 * Refined GitHub's options-storage, so the history of the format reads here.
 *
 * Migrations work on untrusted JSON: they reshape only what they recognise and
 * leave everything else as it is, for validation to report in words.
 *
 * Version 1 (the pre-release draft) was
 *   { format: 'sidecue-deck', version: 1, deck }
 * with the same deck and cards as today except:
 *   - phrasing cards held `text` (the sentence to say) and `avoid` (the weak
 *     counterpart); they are now `strong` and `weak`;
 *   - checklist items were plain strings; they are now `{ id, text }`, so a
 *     ticked item keeps its tick when the text is edited.
 *
 * Version 3 added an optional `drillProgress` (the drill's review records,
 * included only when the user asks at export). Nothing in a version 2 file
 * changes shape: the step exists so the version says what a file may hold.
 * Version 4 added the transcript review's rules, all optional: `review` cues on
 * note cards, `weakPatterns`/`weakUnless` on phrasing cards, `cues`/`metricCues`
 * on levers and matrix rows. A version 3 file is read as it is; the version
 * moved so that an older Sidecue refuses a deck carrying rules it would
 * silently drop, instead of importing it without them.
 */

type Json = Record<string, unknown>;
type Migration = (file: Json) => Json;

/** The steps that lead TO each version, applied in order. */
const migrations: Record<number, Migration[]> = {
  2: [phrasingFieldsRenamed, checklistItemsGotIds],
  3: [drillProgressMayFollow],
  4: [reviewRulesAdded],
};

/** Runs every step from version `from` up to `to` (DECK_FILE_VERSION) and stamps the version. */
export function migrateDeckFile(file: Json, from: number, to: number): Json {
  let next = file;
  for (let version = from + 1; version <= to; version += 1) {
    for (const step of migrations[version] ?? []) next = step(next);
    next = { ...next, version };
  }
  return next;
}

/** Version 3: `drillProgress` may be present; older files have none, and nothing else changed. */
function drillProgressMayFollow(file: Json): Json {
  return file;
}

/** Version 4: nothing to reshape: the review's rules are new optional fields (see the note above). */
function reviewRulesAdded(file: Json): Json {
  return file;
}

function phrasingFieldsRenamed(file: Json): Json {
  return mapCards(file, (card) => {
    if (card.kind !== 'phrasing') return card;
    const { text, avoid, ...rest } = card;
    const renamed: Json = { ...rest };
    if (!('strong' in rest) && text !== undefined) renamed.strong = text;
    if (!('weak' in rest) && avoid !== undefined) renamed.weak = avoid;
    return renamed;
  });
}

function checklistItemsGotIds(file: Json): Json {
  return mapCards(file, (card) => {
    if (card.kind !== 'checklist' || !Array.isArray(card.items)) return card;
    // Ids by position are stable enough for a file that never had any, and
    // unique within the card, which is all the schema asks.
    const items = card.items.map((item: unknown, index) =>
      typeof item === 'string' ? { id: `item-${index + 1}`, text: item } : item,
    );
    return { ...card, items };
  });
}

/** Applies `change` to every card object of the file's deck (or decks). */
function mapCards(file: Json, change: (card: Json) => Json): Json {
  const mapDeck = (deck: unknown) => {
    if (!isObject(deck) || !Array.isArray(deck.cards)) return deck;
    return { ...deck, cards: deck.cards.map((card: unknown) => (isObject(card) ? change(card) : card)) };
  };
  const next: Json = { ...file };
  if ('deck' in file) next.deck = mapDeck(file.deck);
  if (Array.isArray(file.decks)) next.decks = file.decks.map(mapDeck);
  return next;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { useEffect, useState } from 'react';
import type { Deck } from '../../cards/schema';
import { loadShippedDeck, shippedDeckIfLoaded } from '../../cards/shipped-deck';

/**
 * The shipped deck for a view that needs it: at once when its script is in
 * already, else after it loads (undefined meanwhile). Nothing is loaded while
 * `needed` is false. `onError` hears a load that failed.
 */
export function useShippedDeck(needed = true, onError: (error: unknown) => void = console.error): Deck | undefined {
  const [state, setDeck] = useState(shippedDeckIfLoaded);
  // Loaded since the first render (the first screen's read brings it): used at
  // once, not an effect and a frame later.
  const deck = state ?? shippedDeckIfLoaded();
  useEffect(() => {
    if (!needed || deck) return;
    let live = true;
    loadShippedDeck().then((loaded) => live && setDeck(loaded), (error: unknown) => live && onError(error));
    return () => {
      live = false;
    };
  }, [needed, deck, onError]);
  return deck;
}

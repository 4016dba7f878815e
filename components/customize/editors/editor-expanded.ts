import { createContext } from 'react';

/**
 * Whether list items (steps, variants) open unfolded: true when the user
 * came to edit this card from another section, or it is new, so what they
 * came for is on screen without a click.
 */
export const EditorExpanded = createContext(false);

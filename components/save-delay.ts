/**
 * How long typing may pause before an editor validates and saves its draft:
 * long enough to catch a burst of keys, short enough that closing the panel
 * loses nothing. One figure for every editor that saves as the user types.
 */
export const SAVE_DELAY_MS = 400;

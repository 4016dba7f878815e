import type { PanelView } from '../../cards/storage/preferences';
import type { LibraryApi } from '../shell/use-library';
import type { UndoOffer } from './UndoToast';
import type { AnnounceOptions } from './use-announcer';

/** What every panel section is given by the App. */
export interface SectionProps {
  library: LibraryApi;
  /** Speaks a short status ("Copied") through the panel's aria-live region, and shows it a moment unless quiet. */
  announce(message: string, options?: AnnounceOptions): void;
  /** Goes up each time the user asks for search (`/`, the lookup shortcut). */
  searchRequest: number;
  /** Where the user is in the panel, remembered across openings. */
  view: PanelView;
  updateView(patch: Partial<PanelView>): void;
  /** Offers the panel's one Undo for what the user just did (a deletion, a reset, a discard). */
  offerUndo(offer: UndoOffer): void;
}

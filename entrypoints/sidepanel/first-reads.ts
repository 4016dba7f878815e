import { loadFirstScreen, readSettingEarly } from '../../cards/storage/first-screen';
import { activeDeckId, panelView } from '../../cards/storage/preferences';
import * as store from '../../cards/storage/library-read';
import { startEarly } from '../../components/shell/early-reads';
import { preloadNowStripForRun } from '../../components/shell/now-strip-loader';

/*
 * The reads the panel's first screen waits on, started as this module is
 * evaluated: main.tsx imports it before React, so storage answers while React
 * DOM loads. The hooks pick the answers up by the same keys (the active deck
 * by its loader, each setting by its item). Only the active deck is read
 * here: the rest of the library waits for the first paint (use-library.ts).
 */
for (const item of [activeDeckId, panelView] as const) {
  startEarly<unknown>(item, () => readSettingEarly<unknown>(item), (onChange) => item.watch(onChange));
}
startEarly(loadFirstScreen, loadFirstScreen, store.watchLibrary);
// With a rehearsal under way, the strip that shows it is part of the first screen.
preloadNowStripForRun();

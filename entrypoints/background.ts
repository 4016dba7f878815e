import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startDrillBadge } from '../cards/drill/badge';
import { requestLookup } from '../cards/storage/lookup-request';
import { startSync } from '../cards/sync/sync';

/** Firefox's sidebar API, which WXT's Chrome-based types do not describe. */
interface FirefoxSidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

function firefoxSidebar(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}

export default defineBackground(() => {
  // Synchronously, so the service worker registers its storage listeners at
  // start-up and is woken by the panel's edits.
  startSync();
  // The number of drill items due, on the toolbar button, kept current without the panel.
  startDrillBadge();

  // Present in Chrome only; Firefox shows the panel as its sidebar.
  const sidePanel = browser.sidePanel as typeof browser.sidePanel | undefined;
  // The toolbar icon opens the panel; the panel is global, so it stays
  // beside every whiteboard tab the user switches to.
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(console.error);

  // Firefox: the toolbar button (declared for its badge) opens the sidebar, as Chrome's opens the side panel.
  const firefoxAction = (browser as unknown as { browserAction?: { onClicked: { addListener(listener: () => void): void } } }).browserAction;
  if (!sidePanel) firefoxAction?.onClicked.addListener(() => void firefoxSidebar()?.toggle().catch(console.error));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-lookup') return;
    // Opening must happen synchronously inside the command's user gesture:
    // any await before it and both browsers refuse.
    if (sidePanel && tab?.windowId !== undefined) {
      sidePanel.open({ windowId: tab.windowId }).catch(console.error);
    } else {
      firefoxSidebar()?.open().catch(console.error);
    }
    requestLookup().catch(console.error);
  });

  if (import.meta.env.MODE === 'e2e') {
    // Test-only build: WebDriver BiDi cannot navigate to moz-extension://
    // pages, so the Firefox end-to-end run gets its panel in a tab.
    browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }).catch(console.error);
  }
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromiumWithExtension } from '../../browser-tools/launch-extension';
import { SCREENSHOTS } from './paths';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Console errors seen on any extension page; a clean run leaves it empty. */
  consoleErrors: string[];
  openPanel(options?: { width?: number; colorScheme?: 'light' | 'dark' }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Loads the build under test into the Chromium the global setup found.
 * Given a `userDataDir`, the browser runs on that profile and close() leaves
 * it in place, so a test can quit and start the browser again on it.
 */
export async function launchExtension(options: { userDataDir?: string } = {}): Promise<ExtensionSession> {
  const { context, extensionId, close } = await launchChromiumWithExtension(inject('extensionDir'), {
    userDataDir: options.userDataDir,
    executablePath: inject('chromiumPath'),
    profilePrefix: 'sidecue-e2e-',
  });
  const consoleErrors: string[] = [];
  // A page that breaks the extension's security policy (an eval, an inline
  // script) has a bug even when Chromium logs nothing about it.
  await context.exposeBinding('sidecueReportPolicyViolation', (_source, violation: string) =>
    consoleErrors.push(`Content Security Policy violated: ${violation}`),
  );
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { sidecueReportPolicyViolation(violation: string): void }).sidecueReportPolicyViolation;
      report(`${event.violatedDirective} ${event.blockedURI}`);
    }),
  );
  const watch = (page: Page) => {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  };

  return {
    context,
    extensionId,
    consoleErrors,
    async openPanel({ width = 360, colorScheme = 'light' } = {}) {
      const page = await context.newPage();
      watch(page);
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      // Storage has been read and the panel's keys are live.
      await page.locator('.app[data-ready]').waitFor();
      return page;
    },
    close,
  };
}

/** Saves a screenshot under .output/screenshots for a person to look at. */
export async function snap(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // A full-page shot of a scrolling page keeps the scrollbar's width out of
  // the picture and crops the right edge; hide the scrollbar so the picture
  // shows the layout the user sees.
  await page.addStyleTag({ content: 'html { scrollbar-width: none; }' });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Runs axe-core (shipped into the test copy of the build) on the page. */
export async function seriousA11yViolations(page: Page) {
  await page.addScriptTag({ url: '/axe.min.js' });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResult> } }).axe;
    return axe.run(document);
  });
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

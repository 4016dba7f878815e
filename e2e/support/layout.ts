import type { Page } from 'playwright-core';

/**
 * Elements that stick out past the panel's right edge, as `tag.class`. An
 * element inside a row that scrolls sideways on purpose (the phrasing tags)
 * is reached by scrolling that row, not the page, so it does not count;
 * neither does text kept for screen readers only.
 */
export function outsideThePanel(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const scrollsSideways = (element: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
    const clippedByARow = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (scrollsSideways(parent)) return parent.getBoundingClientRect().right <= edge + 0.5;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > edge + 0.5 && !element.closest('.visually-hidden') && !clippedByARow(element);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  });
}

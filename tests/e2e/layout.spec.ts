import { test, expect, type Page } from '@playwright/test';
import { editor, openGlossa } from './fixtures';

// The window from 1100 to 1920 px with the Review panel open (issue 15, item 5): the article keeps
// at least 45 characters a line, and the score table and the filter menus fit the panel.

const WIDTHS = [1100, 1440, 1920] as const;

/** Characters of the article's own font that fit on one of its lines. */
function charactersPerLine(page: Page): Promise<number> {
  return page.evaluate(() => {
    const paragraph = document.querySelector<HTMLElement>('.article-editor p')!;
    const probe = document.createElement('span');
    probe.textContent = 'the provincial government held its executive meeting '.repeat(4);
    probe.style.whiteSpace = 'nowrap';
    paragraph.append(probe);
    const perCharacter = probe.getBoundingClientRect().width / probe.textContent.length;
    probe.remove();
    return paragraph.clientWidth / perCharacter;
  });
}

/** Menus whose chosen option does not fit their box, and how far the panel's content overflows it. */
function panelFit(page: Page): Promise<{ clipped: string[]; overflow: number; tableOverflow: number }> {
  return page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('.review-panel')!;
    const canvas = document.createElement('canvas').getContext('2d')!;
    const clipped: string[] = [];
    for (const select of panel.querySelectorAll<HTMLSelectElement>('.panel-filters select')) {
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.textContent ?? '';
      // The text, its padding and the arrow (about 20 px) must fit the box.
      const needed = canvas.measureText(text).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 20;
      if (needed > select.clientWidth + 1) clipped.push(`${text} (${Math.round(needed)} > ${select.clientWidth})`);
    }
    const table = panel.querySelector<HTMLElement>('.breakdown');
    return {
      clipped,
      overflow: panel.scrollWidth - panel.clientWidth,
      tableOverflow: table ? table.getBoundingClientRect().right - panel.getBoundingClientRect().right + parseFloat(getComputedStyle(panel).paddingRight) : 0,
    };
  });
}

test.describe('layout with the Review panel open', () => {
  for (const width of WIDTHS) {
    test(`${width} px: the article keeps 45 characters a line; the score table and the filters fit`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await openGlossa(page);
      // Two flags, so the score table has rows.
      await editor(page).focus();
      await page.keyboard.press('F8');
      await expect(page.locator('.queue-entry[data-current="true"]')).toHaveCount(1);
      await page.keyboard.press('f');
      await page.keyboard.press('f');
      await expect(page.locator('.review-panel .breakdown')).toBeVisible();

      // Narrow: the library stepped aside for the panel; wide: both stay.
      await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible({ visible: width >= 1440 });
      expect(await charactersPerLine(page)).toBeGreaterThanOrEqual(45);
      const fit = await panelFit(page);
      expect(fit.clipped).toEqual([]);
      expect(fit.overflow).toBeLessThanOrEqual(0);
      expect(fit.tableOverflow).toBeLessThanOrEqual(1);
      await testInfo.attach(`review-panel-${width}`, { body: await page.screenshot(), contentType: 'image/png' });

      // Closing the panel brings the library back where it stepped aside.
      await page.getByRole('button', { name: 'Review panel' }).click();
      await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
      if (width < 1440) {
        // Brought back by hand (Ctrl+\\) beside an open panel, it stays.
        await page.getByRole('button', { name: 'Review panel' }).click();
        await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();
        await page.keyboard.press('Control+\\');
        await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
      }
    });
  }
});

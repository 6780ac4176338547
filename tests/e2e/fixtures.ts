import { expect, type Locator, type Page } from '@playwright/test';

export const SAMPLE_TITLE = 'Provincial government holds 60th executive meeting';

/** Opens Glossa on a fresh profile (each Playwright test has its own IndexedDB) and waits for the sample. */
export async function openGlossa(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 2 })).toBeVisible();
}

export function libraryItems(page: Page) {
  return page.getByRole('list', { name: 'Documents' }).getByRole('button');
}

export function editor(page: Page) {
  return page.locator('.article-editor');
}

export async function importThroughDialog(page: Page, files: Array<{ name: string; mimeType: string; buffer: Buffer }>) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(files);
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

/**
 * Selects an occurrence of `needle` in the article, as a translator's drag would, across
 * marks and formatting (never across paragraphs), and scrolls it into view.
 */
export async function selectInArticle(page: Page, needle: string, occurrence = 0): Promise<void> {
  await editor(page).focus();
  await page.evaluate(
    async ({ needle, occurrence }) => {
      const root = document.querySelector('.article-editor');
      if (!root) throw new Error('no article');
      const select = (): boolean => {
        let skip = occurrence;
        for (const block of root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote')) {
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          const runs: Array<{ node: Text; start: number }> = [];
          let text = '';
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            runs.push({ node: node as Text, start: text.length });
            text += node.textContent ?? '';
          }
          let index = text.indexOf(needle);
          while (index >= 0 && skip > 0) {
            skip -= 1;
            index = text.indexOf(needle, index + 1);
          }
          if (index < 0) continue;
          const locate = (offset: number, preferEnd: boolean) => {
            const run = runs.findLast((candidate) => (preferEnd ? candidate.start < offset : candidate.start <= offset))!;
            return { node: run.node, offset: offset - run.start };
          };
          const from = locate(index, false);
          const to = locate(index + needle.length, true);
          (from.node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(from.node, from.offset);
          range.setEnd(to.node, to.offset);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return true;
        }
        return false;
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      // The editor takes a DOM selection on its next selectionchange event. An update that lands
      // first (a card's save answering, say) writes its own older selection back over it, so the
      // selection is checked once the editor has had its turn, and made again if it was undone.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        if (!select()) throw new Error(`"${needle}" is not in the article`);
        await frame();
        if (window.getSelection()?.toString() === needle) return;
      }
    },
    { needle, occurrence },
  );
}

export function cards(page: Page) {
  return page.getByRole('complementary', { name: 'Notes' }).locator('.annotation-card');
}

export function cardFor(page: Page, quote: string) {
  return cards(page).filter({ has: page.locator('.card-quote', { hasText: quote }) });
}

/**
 * Vertical distance between a card and the first mark of its annotation, measured with the
 * mark scrolled into view (the margin mounts only the cards near the viewport). Returns
 * Infinity while the card is not mounted yet, so `expect.poll` waits for it.
 */
export async function cardOffsetFromMark(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => {
    const mark = document.querySelector(`mark[data-annotation-ids~="${id}"]`);
    if (!mark) throw new Error(`no mark for annotation ${id}`);
    const box = mark.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) mark.scrollIntoView({ block: 'center' });
    const card = document.querySelector(`.annotation-card[data-annotation-id="${id}"]`);
    if (!card) return Number.POSITIVE_INFINITY;
    return card.getBoundingClientRect().top - mark.getBoundingClientRect().top;
  }, id);
}

/** Where `needle`'s first and last characters are on screen, once they stop moving. */
async function wordPoints(page: Page, needle: string) {
  return page.evaluate(async (needle) => {
    const root = document.querySelector('.article-editor');
    if (!root) throw new Error('no article');
    const locate = () => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const runs: Array<{ node: Text; start: number }> = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        runs.push({ node: node as Text, start: text.length });
        text += node.textContent ?? '';
      }
      const index = text.indexOf(needle);
      if (index < 0) throw new Error(`"${needle}" is not in the article`);
      const at = (offset: number) => {
        const run = runs.findLast((candidate) => candidate.start <= offset)!;
        const range = document.createRange();
        range.setStart(run.node, offset - run.start);
        range.setEnd(run.node, offset - run.start + 1);
        return range;
      };
      return { first: at(index), last: at(index + needle.length - 1) };
    };
    locate().first.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // The pane restores its scroll position and the margin lays out after opening: wait until
    // the words are where they will stay (two frames at the same place).
    let previous = '';
    for (let tries = 0; tries < 60; tries += 1) {
      await frame();
      const { first, last } = locate();
      const a = first.getBoundingClientRect();
      const b = last.getBoundingClientRect();
      if (a.top < 0 || b.bottom > window.innerHeight) {
        // Scrolled away again (the pane restoring where the reader was): bring them back.
        first.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        previous = '';
        continue;
      }
      const points = { from: { x: a.left + 1, y: a.top + a.height / 2 }, to: { x: b.right - 1, y: b.top + b.height / 2 } };
      const key = JSON.stringify(points);
      if (key === previous) return points;
      previous = key;
    }
    throw new Error(`"${needle}" kept moving`);
  }, needle);
}

/** Selects `needle` with a real mouse drag, from its first to its last character. */
export async function dragOverWords(page: Page, needle: string): Promise<void> {
  const points = await wordPoints(page, needle);
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move(points.to.x, points.to.y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(needle);
}

/**
 * Opens a card as a reader does, with a click, when it is a summary (inactive cards show no
 * fields), and waits until its fields are there. Returns the card.
 */
export async function openCard(card: Locator): Promise<Locator> {
  await expect(card).toBeVisible();
  if (await card.evaluate((element) => element.classList.contains('is-collapsed'))) await card.locator('.card-quote').click();
  await expect(card).not.toHaveClass(/is-collapsed/);
  return card;
}

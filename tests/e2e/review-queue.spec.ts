import { test, expect, type Page } from '@playwright/test';
import { editor, openGlossa } from './fixtures';

// The review queue walked from the keyboard only (issue 15, item 1): the current item is the one
// with focus, every key acts on it, and after an action the next one takes over.

function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Review panel' });
}

function queue(page: Page) {
  return panel(page).getByRole('list', { name: 'Review queue' });
}

function entries(page: Page) {
  return queue(page).locator('.queue-entry');
}

function current(page: Page) {
  return queue(page).locator('.queue-entry[data-current="true"]');
}

/** The key of the queue entry that has focus ('' when focus is outside the queue). */
function focusedKey(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.closest<HTMLElement>('.queue-entry')?.dataset.key ?? '');
}

async function keysInQueue(page: Page): Promise<string[]> {
  return entries(page).evaluateAll((all) => all.map((entry) => (entry as HTMLElement).dataset.key ?? ''));
}

/** F8 from the article opens the Review panel on the first item, with focus on it. */
async function startQueue(page: Page): Promise<string[]> {
  await openGlossa(page);
  await editor(page).focus();
  await page.keyboard.press('F8');
  await expect(current(page)).toHaveCount(1);
  // The checks have run: the scraper placeholder and the name variants are in the queue.
  await expect(entries(page).filter({ hasText: 'Zheng Shajie' }).first()).toBeVisible();
  await expect.poll(() => focusedKey(page)).not.toBe('');
  return keysInQueue(page);
}

async function expectCurrentHasFocus(page: Page, key: string): Promise<void> {
  await expect(current(page)).toHaveAttribute('data-key', key);
  await expect.poll(() => focusedKey(page)).toBe(key);
}

test.describe('review queue from the keyboard', () => {
  test('the keys act on the item with focus, then the next item takes focus, and F8 goes on from there', async ({ page }) => {
    const keys = await startQueue(page);
    expect(keys.length).toBeGreaterThanOrEqual(6);
    await expectCurrentHasFocus(page, keys[0]!);

    // J moves current and focus together; Shift+Tab back to the item before makes it current.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expectCurrentHasFocus(page, keys[2]!);
    await page.keyboard.press('Shift+Tab');
    await expectCurrentHasFocus(page, keys[1]!);

    // D dismisses the item with focus (keys[1]), not the one that was current before it.
    await page.keyboard.press('d');
    await expect(queue(page).locator(`.queue-entry[data-key="${keys[1]}"]`)).toHaveCount(0);
    await expect(queue(page).locator(`.queue-entry[data-key="${keys[2]}"]`)).toHaveCount(1);
    // …and the next item is current, with focus, so J and K go on working.
    await expectCurrentHasFocus(page, keys[2]!);

    // F makes a flag of the item with focus and moves on to the one after it.
    const flagged = await current(page).locator('.panel-quote').textContent();
    await page.keyboard.press('f');
    await expectCurrentHasFocus(page, keys[3]!);
    await expect(entries(page).filter({ hasText: 'Flag · Open' }).filter({ hasText: flagged! })).toHaveCount(1);

    // F8 goes on from the current item, not from the top.
    await page.keyboard.press('F8');
    const after = await keysInQueue(page);
    await expectCurrentHasFocus(page, after[after.indexOf(keys[3]!) + 1]!);
    await page.keyboard.press('Shift+F8');
    await expectCurrentHasFocus(page, keys[3]!);
  });

  test('A and R act on the flag with focus; Enter opens its card', async ({ page }) => {
    await startQueue(page);
    // Two flags from the first two findings.
    await page.keyboard.press('f');
    await page.keyboard.press('f');
    await expect(entries(page).filter({ hasText: 'Flag · Open' })).toHaveCount(2);
    const show = panel(page).getByRole('combobox', { name: 'Show', exact: true });
    await show.focus();
    await page.keyboard.press('ArrowDown'); // "Flags"
    await expect(show).toHaveValue('flag');
    await expect(entries(page)).toHaveCount(2);
    const [first, second] = await keysInQueue(page);

    await page.keyboard.press('F8');
    await expectCurrentHasFocus(page, first!);
    await page.keyboard.press('j');
    await expectCurrentHasFocus(page, second!);
    await page.keyboard.press('Shift+Tab');
    await expectCurrentHasFocus(page, first!);
    await page.keyboard.press('r');
    await expect(queue(page).locator(`.queue-entry[data-key="${first}"]`)).toContainText('Flag · Rejected');
    await expect(queue(page).locator(`.queue-entry[data-key="${second}"]`)).toContainText('Flag · Open');
    // The rejected flag stays listed (any status); the next one is current.
    await expectCurrentHasFocus(page, second!);
    await page.keyboard.press('a');
    await expect(queue(page).locator(`.queue-entry[data-key="${second}"]`)).toContainText('Flag · Accepted');

    // Enter on a flag opens its card, with focus in it.
    await expectCurrentHasFocus(page, first!);
    await page.keyboard.press('Enter');
    const card = page.locator(`.annotation-card[data-annotation-id="${first!.replace('flag:', '')}"]`);
    await expect(card).toHaveClass(/is-active/);
    await expect.poll(() => page.evaluate((id) => Boolean(document.activeElement?.closest(`.annotation-card[data-annotation-id="${id}"]`)), first!.replace('flag:', ''))).toBe(true);
  });

  test('a dismissal is undone with Ctrl+Z or the message’s Undo, and a dismissed finding is restored from the Dismissed filter', async ({ page }) => {
    const keys = await startQueue(page);

    // D, then Ctrl+Z: the finding is back, current, with focus.
    await page.keyboard.press('d');
    await expect(queue(page).locator(`.queue-entry[data-key="${keys[0]}"]`)).toHaveCount(0);
    const message = page.getByRole('status').filter({ hasText: 'Dismissed' });
    await expect(message).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(queue(page).locator(`.queue-entry[data-key="${keys[0]}"]`)).toHaveCount(1);
    await expectCurrentHasFocus(page, keys[0]!);

    // D again, then the Undo in the message.
    await page.keyboard.press('d');
    await expect(queue(page).locator(`.queue-entry[data-key="${keys[0]}"]`)).toHaveCount(0);
    await message.last().getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Enter');
    await expect(queue(page).locator(`.queue-entry[data-key="${keys[0]}"]`)).toHaveCount(1);

    // Dismiss two; they are listed under Dismissed findings, and D there restores one.
    await queue(page).locator(`.panel-item[data-key="${keys[0]}"]`).focus();
    await expectCurrentHasFocus(page, keys[0]!);
    await page.keyboard.press('d');
    await expectCurrentHasFocus(page, keys[1]!);
    await page.keyboard.press('d');
    // The next item has taken focus before the keyboard moves on to the filter.
    await expectCurrentHasFocus(page, keys[2]!);
    const status = panel(page).getByRole('combobox', { name: 'Status', exact: true });
    await status.focus();
    await page.keyboard.press('End');
    await expect(status).toHaveValue('dismissed');
    await expect(entries(page)).toHaveCount(2);
    await expect(entries(page).first()).toContainText('Finding · Dismissed');
    await page.keyboard.press('F8');
    await expectCurrentHasFocus(page, keys[0]!);
    await page.keyboard.press('d');
    await expect(entries(page)).toHaveCount(1);
    await expect(queue(page).locator(`.queue-entry[data-key="${keys[1]}"]`)).toHaveCount(1);

    // Back to every status: the restored one is in the queue, the other is still dismissed, after a reload too.
    await status.focus();
    await page.keyboard.press('Home');
    await expect(status).toHaveValue('all');
    await expect(queue(page).locator(`.queue-entry[data-key="${keys[0]}"]`)).toHaveCount(1);
    await expect(queue(page).locator(`.queue-entry[data-key="${keys[1]}"]`)).toHaveCount(0);
    await page.reload();
    await editor(page).focus();
    await page.keyboard.press('F8');
    await expect(queue(page).locator(`.queue-entry[data-key="${keys[0]}"]`)).toHaveCount(1);
    await expect(queue(page).locator(`.queue-entry[data-key="${keys[1]}"]`)).toHaveCount(0);
  });
});

/** Where focus goes: into presentation mode and back to what opened it, kept inside while it lasts; menus close on Escape. */
import { test, expect } from './fixtures';

test('presentation mode takes focus, keeps it, and gives it back to the Present button', async ({ page }) => {
  await page.goto('./');
  const present = page.locator('figure[data-chart="pathway"]').getByRole('button', { name: 'Present' });
  await present.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Development operations (DevOps) engineer: career pathway');
  await expect(heading).toBeFocused();
  // Tab goes round the presentation's controls and chart, never out of them.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main.presentation') !== null)).toBe(
      true,
    );
  }
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main.presentation') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(present).toBeFocused();
  // And from the Exit button.
  await present.click();
  await page.getByRole('button', { name: 'Exit presentation (Esc)' }).click();
  await expect(present).toBeFocused();
});

test('an export menu closes on Escape, focus on its button', async ({ page }) => {
  await page.goto('./');
  const menu = page.locator('figure[data-chart="matrix"] details.export');
  await menu.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('button', { name: 'PowerPoint', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');
  await expect(menu.locator('summary')).toBeFocused();
});

test('the level order keeps focus on the level moved, to the end of the list', async ({ page }) => {
  await page.goto('./');
  await page.getByText('Level order').click();
  const earlier = page.getByRole('button', { name: 'Move Lead DevOps engineer earlier' });
  await earlier.click();
  await expect(earlier).toBeFocused();
  // Three more moves take it from 4th to 1st; at the top "earlier" is disabled, so focus moves to the
  // same level's other arrow.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move Lead DevOps engineer later' })).toBeFocused();
  await expect(page.locator('details.order').getByRole('status')).toHaveText(
    'Lead DevOps engineer is now 1 of 6.',
  );
  await page.getByRole('button', { name: "Restore the framework's order" }).click();
});

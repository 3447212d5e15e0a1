/** The themes: chart text legible in each, and the device's dark setting followed until the person picks. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** WCAG contrast of the trajectory labels against the page, worked out in the page. */
const labelContrasts = (page: Page) =>
  page.evaluate(() => {
    const luminance = (css: string) => {
      const [r, g, b] = css
        .match(/\d+(\.\d+)?/g)!
        .slice(0, 3)
        .map(Number);
      const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const page = luminance(getComputedStyle(document.documentElement).backgroundColor);
    return [...document.querySelectorAll('svg.trajectory text.label')].map((label) => {
      const text = luminance(getComputedStyle(label).fill);
      const [light, dark] = [text, page].sort((a, b) => b - a);
      return (light + 0.05) / (dark + 0.05);
    });
  });

for (const theme of ['light', 'dark', 'contrast']) {
  test(`skill trajectory labels reach 4.5:1 in the ${theme} theme`, async ({ page }) => {
    await page.goto(`./?theme=${theme}`);
    await expect(page.locator('svg.trajectory text.label')).toHaveCount(10);
    const ratios = await labelContrasts(page);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
  });
}

test("follows the device's dark setting until the person picks a theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background()).toBe('rgb(20, 24, 29)');
  await expect(page.getByLabel('Theme')).toHaveValue('system');
  await expect(page).not.toHaveURL(/theme=/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  // Once picked, the theme stays whatever the device says, and is in the link.
  await page.getByLabel('Theme').selectOption('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page).toHaveURL(/theme=dark/);
  expect(await background()).toBe('rgb(20, 24, 29)');
});

test('the prerendered page follows the device before the app has loaded', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, colorScheme: 'dark', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    'rgb(20, 24, 29)',
  );
  await context.close();
});

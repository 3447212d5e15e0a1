import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page in these tests fails its test on a console error or a request that leaves the app's
 * own origin (the app must work offline, from its own files).
 */
export const test = base.extend<{ pageErrors: string[] }>({
  // The default view is prerendered: wait until the app has taken over the page before acting on it.
  page: async ({ page }, use) => {
    const ready = () => page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await ready();
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await ready();
      return response;
    };
    await use(page);
  },
  pageErrors: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
          errors.push(`foreign request: ${request.url()}`);
        }
      });
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Fills in a self-assessment in "Where do I stand?" from a level's requirements, as a person would. */
export async function assessAs(page: Page, level: string) {
  await page.goto('./?view=assess');
  await page.getByRole('button', { name: 'Start my assessment' }).click();
  await page.getByLabel('Start from a level').selectOption({ label: level });
  await page.getByRole('button', { name: 'Fill in its requirements' }).click();
}

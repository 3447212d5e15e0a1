/**
 * What the page fetches until it is live (`data-ready`), gzipped, against budget.json's
 * `untilLiveJavaScriptGzipKb`: the entry, the app that hydrates the first view and the framework's
 * check, and nothing the first view does not draw (the self-assessment's keeper, the later charts),
 * which load at the browser's next idle moment. A size, not a time: the bench times it.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { LIVE_MARK } from '../../src/lib/state/paintTiming';

const budget = JSON.parse(readFileSync(new URL('../../budget.json', import.meta.url), 'utf8')) as {
  untilLiveJavaScriptGzipKb: number;
};

test('the page is live having fetched only what the first view needs, within the budget', async ({
  page,
}) => {
  await page.goto('./');
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const fetched = await page.evaluate((mark) => {
    const live = performance.getEntriesByName(mark)[0].startTime;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= live)
      .map((entry) => new URL(entry.name).pathname);
  }, LIVE_MARK);
  const scripts = fetched.filter((path) => path.endsWith('.js'));
  const kb =
    scripts
      .map((path) => gzipSync(readFileSync(new URL(`../../dist${path}`, import.meta.url))).length)
      .reduce((a, b) => a + b, 0) / 1024;
  test
    .info()
    .annotations.push({ type: 'until live', description: `${kb.toFixed(1)} kB: ${scripts.join(', ')}` });
  expect(kb).toBeLessThanOrEqual(budget.untilLiveJavaScriptGzipKb);
  // What the first view does not draw waits: the self-assessment's keeper comes once the page is
  // live and the browser idle, and still comes.
  expect(scripts.some((path) => /AssessmentKeeper|selfAssessment/.test(path))).toBe(false);
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((entry) => entry.name.includes('AssessmentKeeper')),
      ),
    )
    .toBe(true);
});

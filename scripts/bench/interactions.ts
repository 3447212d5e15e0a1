/** `npm run bench -- interactions`: see scripts/bench.ts for what it measures. */
import { type Page } from '@playwright/test';
import { syntheticFramework } from '../../tests/bench/synthetic';
import { APP, loadFrameworkFile, median, p95, round, worst, type BenchRun } from './stats';

export default async function measure({ browser, results }: BenchRun): Promise<void> {
  // Interactions, on DevOps and on the synthetic framework.
  async function interactions(page: Page) {
    // tsx names functions with an __name helper that the page does not have.
    await page.evaluate('window.__name = (f) => f');
    return page.evaluate(async () => {
      const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
      const runs: Record<string, { work: number[]; painted: number[] }> = {};
      /**
       * Runs the action at the start of a frame and times its update: `work` to the end of its script,
       * style and layout, `painted` to the end of that frame (its paint included).
       */
      const time = (name: string, action: () => void) =>
        new Promise<void>((resolve) => {
          requestAnimationFrame(async () => {
            const start = performance.now();
            action();
            await Promise.resolve(); // Svelte flushes its updates in a microtask
            document.body.getBoundingClientRect(); // style and layout
            const work = performance.now() - start;
            setTimeout(() => {
              const entry = (runs[name] ??= { work: [], painted: [] });
              entry.work.push(work);
              entry.painted.push(performance.now() - start);
              resolve();
            }, 0);
          });
        });
      const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="track"]')];
      const headers = () => [...document.querySelectorAll<SVGElement>('svg.matrix [role="columnheader"]')];
      const cells = () => [...document.querySelectorAll<SVGElement>('svg.matrix [role="gridcell"]')];
      const toggle = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
        (input) => input.parentElement?.textContent?.includes('Mark changes'),
      )!;
      for (let i = 0; i < 50; i++) {
        await time('track', () => radios[i % 2 === 0 ? 1 : 0].click());
        await settle();
        await time('level', () =>
          headers()[1 + (i % (headers().length - 1))].dispatchEvent(
            new MouseEvent('click', { bubbles: true }),
          ),
        );
        await settle();
        await time('changes', () => toggle.click());
        await settle();
        const list = cells();
        await time('highlight', () =>
          list[(i * 37) % list.length].dispatchEvent(new PointerEvent('pointerover', { bubbles: true })),
        );
        await settle();
      }
      return runs;
    });
  }
  const summarise = (runs: Record<string, { work: number[]; painted: number[] }>) =>
    Object.fromEntries(
      Object.entries(runs).map(([name, { work, painted }]) => [
        name,
        {
          medianMs: round(median(painted)),
          p95Ms: round(p95(painted)),
          worstMs: round(worst(painted)),
          firstMs: round(painted[0]),
          workMedianMs: round(median(work)),
          workWorstMs: round(worst(work)),
        },
      ]),
    );

  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://127.0.0.1:${APP}/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.locator('input[name="track"]').first().waitFor();
  // Interactions are timed once the page has settled: the charts below the matrix are loaded a
  // moment after it, and a click in that moment also waits for them (see docs/speed.md).
  await page.locator('svg.trajectory').waitFor();
  await page.waitForTimeout(500);
  const devops = summarise(await interactions(page));
  await loadFrameworkFile(page, 'synthetic.json', JSON.stringify(syntheticFramework()), /Synthetic role/);
  // The matrix fills the window, as when someone works through it.
  await page.locator('svg.matrix').evaluate((svg) => svg.scrollIntoView({ block: 'start' }));
  const synthetic = summarise(await interactions(page));
  await page.close();
  results.interactions = { devops, synthetic };
  // Rating a skill in "Where do I stand?", on DevOps and on the synthetic framework: the radio
  // clicked, the profile chart, the gap in words and the history redrawn, to the end of the frame.
  const ratingPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await ratingPage.goto(`http://127.0.0.1:${APP}/?view=assess`);
  await ratingPage.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const rateInView = async () => {
    await ratingPage.getByRole('button', { name: 'Start my assessment' }).click();
    await ratingPage.locator('svg.profile').waitFor();
    await ratingPage.waitForTimeout(300);
    await ratingPage.evaluate('window.__name = (f) => f');
    return ratingPage.evaluate(async () => {
      const painted: number[] = [];
      const work: number[] = [];
      const groups = [...document.querySelectorAll('fieldset.skill')];
      for (let i = 0; i < 40; i++) {
        const radios = [
          ...groups[(i * 7) % groups.length].querySelectorAll<HTMLInputElement>('input[type="radio"]'),
        ];
        const choice = radios[(i % (radios.length - 1)) + 1] ?? radios[0];
        await new Promise<void>((resolve) =>
          requestAnimationFrame(async () => {
            const start = performance.now();
            choice.click();
            await Promise.resolve();
            document.body.getBoundingClientRect();
            work.push(performance.now() - start);
            setTimeout(() => {
              painted.push(performance.now() - start);
              resolve();
            }, 0);
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return { work, painted };
    });
  };
  const inView = (runs: { work: number[]; painted: number[] }) => ({
    medianMs: round(median(runs.painted)),
    worstMs: round(worst(runs.painted)),
    workMedianMs: round(median(runs.work)),
  });
  const ratingDevops = inView(await rateInView());
  await ratingPage.getByText('Load your own framework').click();
  await ratingPage.getByLabel('Choose files').setInputFiles({
    name: 'synthetic.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(syntheticFramework())),
  });
  await ratingPage.getByRole('heading', { level: 1, name: /Synthetic role/ }).waitFor();
  const ratingSynthetic = inView(await rateInView());
  await ratingPage.close();
  results.ratingInView = { devops: ratingDevops, synthetic: ratingSynthetic };
}

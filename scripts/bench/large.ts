/**
 * `npm run bench -- large`: a framework of 1,000 and of 10,000 skills (the synthetic role in
 * DevOps's shape, 9 levels: 9,000 and 90,000 cells; the loader refuses files over 20 MB, which
 * 10,000 skills in the synthetic's usual 28 levels would be), loaded as a person loads a file, then the
 * tour of interactions: track switch, level selected, change marks toggled, a skill pointed at, a
 * step of the pathway selected, the compare view opened (its code already fetched once), and every
 * chart shown as a table, and the editor (opened, the role copied into a draft, a cell set, undone,
 * and left). Each timed from the start of a frame to the end of the frame that shows it (`work`: to
 * the end of its script, style and layout), a few runs each.
 */
import type { Page } from '@playwright/test';
import { syntheticFramework } from '../../tests/bench/synthetic';
import { APP, loadFrameworkFile, median, round, worst, type BenchRun } from './stats';

/** The interactions of the tour, timed in the page. */
async function tour(page: Page, runs: number) {
  await page.evaluate('window.__name = (f) => f');
  return page.evaluate(async (runs) => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    const times: Record<string, { work: number[]; painted: number[] }> = {};
    /** Times an action from the start of a frame; `ready` says when what it shows is there. */
    const time = (name: string, action: () => void, ready: () => boolean = () => true) =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(async () => {
          const start = performance.now();
          action();
          await Promise.resolve();
          while (!ready()) {
            // Said, and timed as what it is, rather than waited for for ever.
            if (performance.now() - start > 60_000) {
              console.log(`${name}: not shown after 60 s`);
              break;
            }
            await new Promise((r) => setTimeout(r, 0));
          }
          document.body.getBoundingClientRect();
          const work = performance.now() - start;
          setTimeout(() => {
            const entry = (times[name] ??= { work: [], painted: [] });
            entry.work.push(work);
            entry.painted.push(performance.now() - start);
            console.log(`${name}: ${Math.round(performance.now() - start)} ms`);
            resolve();
          }, 0);
        });
      });
    const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector);
    const $$ = <T extends Element>(selector: string) => [...document.querySelectorAll<T>(selector)];
    const click = (element: Element | null) =>
      element?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    const toggle = (words: string) =>
      $$<HTMLInputElement>('input[type="checkbox"]').find((input) =>
        input.parentElement?.textContent?.includes(words),
      )!;
    const tab = (name: string) =>
      $$<HTMLAnchorElement>('nav.views a').find((a) => a.textContent?.includes(name))!;
    for (let i = 0; i < runs; i++) {
      const radios = $$<HTMLInputElement>('input[name="track"]');
      await time('track', () => radios[i % 2 === 0 ? 1 : 0].click());
      await settle();
      const headers = $$<SVGElement>('svg.matrix [role="columnheader"]');
      await time('level', () => click(headers[1 + (i % (headers.length - 1))]));
      await settle();
      await time('changes', () => toggle('Mark changes').click());
      await settle();
      const cells = $$<SVGElement>('svg.matrix [role="gridcell"]');
      const cell = cells[(i * 37) % cells.length];
      await time('highlight', () => cell.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
      await settle();
      // The pointer leaves the matrix: the detail shows what is selected again, not the cell.
      $('svg.matrix')!.dispatchEvent(new PointerEvent('pointerleave'));
      await settle();
      const steps = $$<SVGElement>('svg.pathway [role="button"][aria-label^="Step to"]');
      await time(
        'step',
        () => click(steps[(i * 3) % steps.length]),
        () => $$('aside h2').some((heading) => heading.textContent?.includes('→')),
      );
      await settle();
      await time(
        'compare',
        () => click(tab('Compare')),
        () => $('svg.compare') !== null,
      );
      await settle();
      await time(
        'explore',
        () => click(tab('Explore')),
        () => $('svg.matrix') !== null,
      );
      await settle();
      await time(
        'tables',
        () => toggle('Show as table').click(),
        // The matrix's table, first on the page; a large role's other tables are drawn as each
        // comes near the screen (ChartFigure), those near it in this same frame.
        () => $('figure[data-chart="matrix"] table') !== null,
      );
      await settle();
      await time(
        'charts',
        () => toggle('Show as table').click(),
        () => $('svg.matrix') !== null,
      );
      await settle();
      // The editor: its view opened, the role copied into a draft (the first time; then the draft
      // stays open), a key that sets a cell, its undo, and back to the charts.
      const copy = () =>
        $$<HTMLButtonElement>('button').find((button) => button.textContent?.startsWith('Copy the'));
      const grid = () => $('[data-at="1:1"]') !== null;
      await time(
        'editor',
        () => click(tab('Write your own')),
        () => grid() || copy() !== undefined,
      );
      await settle();
      if (!grid()) {
        await time('copy', () => click(copy()!), grid);
        await settle();
      }
      const draftCell = $<HTMLElement>('[data-at="2:3"]')!;
      draftCell.focus();
      const before = draftCell.dataset.proficiency;
      const key = (key: string, ctrlKey = false) =>
        draftCell.dispatchEvent(
          new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true, cancelable: true }),
        );
      await time(
        'edit',
        () => key(before === 'expert' ? '1' : '4'),
        () => $<HTMLElement>('[data-at="2:3"]')?.dataset.proficiency !== before,
      );
      await settle();
      await time(
        'undo',
        () => key('z', true),
        () => $<HTMLElement>('[data-at="2:3"]')?.dataset.proficiency === before,
      );
      await settle();
      await time(
        'from editor',
        () => click(tab('Explore')),
        () => $('svg.matrix') !== null,
      );
      await settle();
    }
    return times;
  }, runs);
}

export default async function measure({ browser, results }: BenchRun): Promise<void> {
  const large: Record<string, unknown> = {};
  const sizes = (process.env.BENCH_LARGE_SKILLS ?? '1000,10000').split(',').map(Number);
  for (const skills of sizes) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    if (process.env.BENCH_VERBOSE) page.on('console', (message) => console.log(skills, message.text()));
    await page.goto(`http://127.0.0.1:${APP}/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const file = JSON.stringify(syntheticFramework({ skills, steps: 6, shared: 3, tracks: 2 }));
    const start = Date.now();
    await loadFrameworkFile(page, `synthetic-${skills}.json`, file, /Synthetic role/, 120_000);
    const loadMs = Date.now() - start;
    // The compare view's code fetched once, as on any visit after the first.
    await page.getByRole('link', { name: 'Compare levels and tracks' }).click();
    await page.locator('svg.compare').waitFor({ timeout: 120_000 });
    await page.getByRole('link', { name: 'Explore the pathway' }).click();
    await page.locator('svg.matrix').waitFor();
    await page.waitForTimeout(500);
    const times = await tour(page, skills >= 10000 ? 2 : 3);
    large[`skills${skills}`] = {
      fileMb: round(file.length / 1e6),
      loadMs,
      ...Object.fromEntries(
        Object.entries(times).map(([name, { work, painted }]) => [
          name,
          {
            medianMs: round(median(painted)),
            worstMs: round(worst(painted)),
            workMedianMs: round(median(work)),
          },
        ]),
      ),
    };
    console.log(skills, JSON.stringify(large[`skills${skills}`]));
    await page.close();
  }
  results.large = large;
}

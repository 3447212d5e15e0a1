/**
 * `npm run bench -- editor`: an edit in the editor's grid, on a copy of the synthetic role (60
 * skills × 12 levels × 3 tracks, 1,680 cells): a key that sets a cell's proficiency, timed from the
 * start of a frame to the end of the frame that shows the cell changed (`work`: to the end of its
 * script, style and layout), and an undo of it (Ctrl+Z) the same way; 40 of each.
 */
import { syntheticFramework } from '../../tests/bench/synthetic';
import { APP, loadFrameworkFile, median, round, worst, type BenchRun } from './stats';

export default async function measure({ browser, results }: BenchRun): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://127.0.0.1:${APP}/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await loadFrameworkFile(page, 'synthetic.json', JSON.stringify(syntheticFramework()), /Synthetic role/);
  await page.getByRole('link', { name: 'Write your own' }).click();
  await page.getByRole('button', { name: /^Copy the .* role$/ }).click();
  await page.getByText('Saved in this browser at').waitFor();
  await page.evaluate('window.__name = (f) => f');
  const times = await page.evaluate(async (runs) => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
    const times: Record<string, { work: number[]; painted: number[] }> = {
      edit: { work: [], painted: [] },
      undo: { work: [], painted: [] },
    };
    const time = (name: string, action: () => void, ready: () => boolean) =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(async () => {
          const start = performance.now();
          action();
          while (!ready()) await new Promise((r) => setTimeout(r, 0));
          document.body.getBoundingClientRect();
          const work = performance.now() - start;
          setTimeout(() => {
            times[name].work.push(work);
            times[name].painted.push(performance.now() - start);
            resolve();
          }, 0);
        });
      });
    const key = (target: Element, key: string, ctrlKey = false) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true, cancelable: true }));
    const names = ['awareness', 'working', 'practitioner', 'expert'];
    const shown = (at: string) =>
      document.querySelector<HTMLElement>(`[data-at="${at}"]`)!.dataset.proficiency;
    for (let i = 0; i < runs; i++) {
      const at = `${1 + ((i * 7) % 60)}:${1 + ((i * 5) % 28)}`;
      const cell = document.querySelector<HTMLElement>(`[data-at="${at}"]`)!;
      cell.focus();
      const before = cell.dataset.proficiency!;
      const choice = names.find((name) => name !== before)!;
      await time(
        'edit',
        () => key(cell, String(names.indexOf(choice) + 1)),
        () => shown(at) === choice,
      );
      await settle();
      await time(
        'undo',
        () => key(cell, 'z', true),
        () => shown(at) === before,
      );
      await settle();
    }
    return times;
  }, 40);
  results.editor = Object.fromEntries(
    Object.entries(times).map(([name, { work, painted }]) => [
      name,
      { medianMs: round(median(painted)), worstMs: round(worst(painted)), workMedianMs: round(median(work)) },
    ]),
  );
  console.log('editor', JSON.stringify(results.editor));
  await page.close();
}

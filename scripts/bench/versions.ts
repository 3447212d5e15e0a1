/** `npm run bench -- versions`: see scripts/bench.ts for what it measures. */
import { readFileSync } from 'node:fs';
import { HARNESS, root, type BenchRun } from './stats';

export default async function measure({ browser, results }: BenchRun): Promise<void> {
  // "What changed": the 2025 framework against a version of it with 300 edits, every role diffed,
  // and the chart of the role with most changes drawn.
  const harness = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await harness.goto(`http://127.0.0.1:${HARNESS}/harness.html`);
  await harness.waitForFunction(() => window.bench?.ready);
  const ddat = JSON.parse(readFileSync(new URL('static/data/ddat-2025.json', root), 'utf8'));
  results.versionChanges = await harness.evaluate((data) => window.bench.versionChanges(data, 300, 15), ddat);
  await harness.close();
}

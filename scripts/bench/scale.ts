/** `npm run bench -- scale`: see scripts/bench.ts for what it measures. */
import { readFileSync } from 'node:fs';
import { syntheticFramework } from '../../tests/bench/synthetic';
import { HARNESS, root, round, type BenchRun } from './stats';

export default async function measure({ browser, results }: BenchRun): Promise<void> {
  // Harness: scale, import, the largest role.
  const harness = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await harness.goto(`http://127.0.0.1:${HARNESS}/harness.html`);
  await harness.waitForFunction(() => window.bench?.ready);
  const scale: Record<string, unknown> = {};
  let previous: number | undefined;
  let previousMarkup: number | undefined;
  for (const factor of [1, 4, 16]) {
    const framework = syntheticFramework({ scale: factor });
    const result = await harness.evaluate(
      ([data, runs]) => window.bench.renderMatrix(data, 'synthetic-role', runs),
      [framework, factor === 16 ? 3 : 7] as const,
    );
    // The same markup as HTML, no script: the browser's own share, and how it grows.
    const markup = await harness.evaluate((runs) => window.bench.renderMarkup(runs), factor === 16 ? 3 : 7);
    const onPage = await harness.evaluate(
      ([data, runs]) => window.bench.renderMatrix(data, 'synthetic-role', runs, true),
      [framework, 7] as const,
    );
    scale[`${factor}x`] = {
      ...result,
      stepRatio: previous ? round(result.paintedMs / previous) : null,
      markup: {
        ...markup,
        stepRatio: previousMarkup ? round(markup.paintedMs / previousMarkup) : null,
      },
      overMarkup: round(result.paintedMs / markup.paintedMs),
      onPage,
    };
    previous = result.paintedMs;
    previousMarkup = markup.paintedMs;
  }
  results.scale = scale;

  const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
  results.import = await harness.evaluate(
    ([roles, skills, levels]) => window.bench.parse(roles, skills, levels, 15),
    [
      read('data/sources/ddat-framework-2025/roles.csv'),
      read('data/sources/ddat-framework-2025/skills.csv'),
      read('data/sources/skill-levels-2020.md'),
    ] as const,
  );
  const ddat = JSON.parse(read('static/data/ddat-2025.json'));
  const largest = ddat.roles.reduce(
    (a: { skills: unknown[]; levels: unknown[] }, b: { skills: unknown[]; levels: unknown[] }) =>
      b.skills.length * b.levels.length > a.skills.length * a.levels.length ? b : a,
  );
  results.largestRole = {
    role: largest.name,
    ...(await harness.evaluate(([data, id]) => window.bench.renderMatrix(data, id, 7), [
      ddat,
      largest.id,
    ] as const)),
  };
  await harness.close();
}

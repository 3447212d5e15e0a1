/** `npm run bench -- rating`: see scripts/bench.ts for what it measures. */
import { readFileSync } from 'node:fs';
import { syntheticFramework } from '../../tests/bench/synthetic';
import { HARNESS, root, type BenchRun } from './stats';

export default async function measure({ browser, results }: BenchRun): Promise<void> {
  const harness = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await harness.goto(`http://127.0.0.1:${HARNESS}/harness.html`);
  await harness.waitForFunction(() => window.bench?.ready);
  // Rating a skill: every chart that shows you redrawn, on DevOps and on 60 skills × 12 levels.
  const devopsData = JSON.parse(readFileSync(new URL('static/data/devops-engineer-2020.json', root), 'utf8'));
  results.rating = {
    devops: await harness.evaluate(([data, id]) => window.bench.rateAndRender(data, id, 40), [
      devopsData,
      devopsData.roles[0].id,
    ] as const),
    synthetic: await harness.evaluate(([data]) => window.bench.rateAndRender(data, 'synthetic-role', 40), [
      syntheticFramework(),
    ] as const),
  };
  await harness.close();
}

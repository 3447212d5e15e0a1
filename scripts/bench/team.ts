/** `npm run bench -- team`: see scripts/bench.ts for what it measures. */
import { syntheticFramework } from '../../tests/bench/synthetic';
import { syntheticTeam, teamLongCsv } from '../../tests/bench/syntheticTeam';
import { HARNESS, type BenchRun } from './stats';

export default async function measure({ browser, results }: BenchRun): Promise<void> {
  // A synthetic team (tests/bench/syntheticTeam.ts): 1,000 people × 40 skills as the long CSV,
  // and a whole profession, 10,000 people (400,000 rows); read, gathered, drawn, then sorted,
  // filtered and pointed at.
  const harness = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await harness.goto(`http://127.0.0.1:${HARNESS}/harness.html`);
  await harness.waitForFunction(() => window.bench?.ready);
  const framework = syntheticFramework({ skills: 40 });
  const roleId = framework.roles[0].id;
  const csvOf = (people: number) =>
    teamLongCsv(framework, roleId, syntheticTeam(framework, { people, roleId }));
  results.team = {
    thousand: await harness.evaluate(([data, csv]) => window.bench.team(data, csv, 3), [
      framework,
      csvOf(1000),
    ] as const),
    tenThousand: await harness.evaluate(([data, csv]) => window.bench.team(data, csv, 1), [
      framework,
      csvOf(10000),
    ] as const),
  };
  await harness.close();
}

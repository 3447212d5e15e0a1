/** `npm run bench -- map`: see scripts/bench.ts for what it measures. */
import { readFileSync } from 'node:fs';
import { HARNESS, root, type BenchRun } from './stats';

export default async function measure({ browser, results }: BenchRun): Promise<void> {
  // The career map: all moves priced, and the map drawn, for the 2025 framework and for one of
  // four times its roles (each role copied under new ids).
  const harness = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await harness.goto(`http://127.0.0.1:${HARNESS}/harness.html`);
  await harness.waitForFunction(() => window.bench?.ready);
  const ddat = JSON.parse(readFileSync(new URL('static/data/ddat-2025.json', root), 'utf8'));
  const fourFold = {
    ...ddat,
    id: 'ddat-2025-4x',
    roles: [0, 1, 2, 3].flatMap((copy: number) =>
      ddat.roles.map((role: { id: string; name: string }) =>
        copy === 0 ? role : { ...role, id: `${role.id}-${copy}`, name: `${role.name} ${copy}` },
      ),
    ),
  };
  const roleId = 'development-operations-devops-engineer';
  results.careerMap = {
    ddat2025: await harness.evaluate(([data, id]) => window.bench.careerMap(data, id, 5), [
      ddat,
      roleId,
    ] as const),
    fourFold: await harness.evaluate(([data, id]) => window.bench.careerMap(data, id, 3), [
      fourFold,
      roleId,
    ] as const),
  };
  await harness.close();
}

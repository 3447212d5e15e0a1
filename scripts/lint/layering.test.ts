/**
 * Guards the layering: `npm test` (through lint) fails when a pure file (src/lib, a chart's
 * definition, layout or slides) reaches into a layer above it, or a component computes.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return result.messages.filter((m) => m.ruleId === 'local/layering').map((m) => m.message);
}

// The first lint of each kind of file loads its parser (TypeScript, Svelte): seconds on a busy machine.
describe('the layering rule', { timeout: 60_000 }, () => {
  it.each([
    ['src/lib/export/x.ts', "import Matrix from '../../charts/matrix/Chart.svelte';"],
    ['src/lib/charts/x.ts', "export { CHART_COMPONENTS } from '../../components/charts/chartComponents';"],
    ['src/lib/state/x.ts', "const ui = () => import('../../components/views/ExploreView.svelte');"],
    ['src/lib/model/x.ts', "import type { ViewState } from '../state/viewState';"],
    ['src/lib/model/x.ts', "import { exportChart } from '../export/exportChart';"],
    ['src/lib/model/x.ts', "import { pointsAt } from '../dom/pointsAt';"],
    ['src/charts/matrix/x.ts', "import MatrixCell from './MatrixCell.svelte';"],
    ['src/charts/map/layout.ts', "import ChartFrame from '../../components/charts/ChartFrame.svelte';"],
    ['src/charts/team/slides.ts', "import { pointsAt } from '../../lib/dom/pointsAt';"],
    ['src/charts/map/Chart.svelte', '<script lang="ts">import { group } from \'d3-array\';</script>'],
    ['src/components/shell/Masthead.svelte', '<script lang="ts">import * as v from \'valibot\';</script>'],
  ])('refuses %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toHaveLength(1);
  });

  it.each([
    // A module whose name ends in .svelte (roving.svelte.ts) is not a component.
    ['src/lib/dom/x.ts', "import { rovingList } from './roving.svelte';"],
    ['src/lib/charts/x.ts', "import { levelLabel } from '../model/framework';"],
    ['src/lib/export/x.ts', "import type { Explorer } from '../state/explorer.svelte';"],
    ['src/components/x.ts', "import Matrix from '../charts/matrix/Chart.svelte';"],
    // A chart's rune modules and components may use the DOM; its pure files may use its layout.
    ['src/charts/matrix/matrixGrid.svelte.ts', "import { Roving } from '../../lib/dom/roving.svelte';"],
    ['src/charts/matrix/Chart.svelte', '<script lang="ts">import { scaleBand } from \'d3-scale\';</script>'],
    ['src/charts/overview/definition.ts', "import { layoutTrackOverview } from '../compare/layout';"],
  ])('allows %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});

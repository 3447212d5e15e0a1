/** Guards the layering: `npm test` (through lint) fails when src/lib reaches into a layer above it. */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return result.messages.filter((m) => m.ruleId === 'local/layering').map((m) => m.message);
}

describe('the layering rule', () => {
  it.each([
    ['src/lib/export/x.ts', "import Matrix from '../../components/charts/matrix/Matrix.svelte';"],
    ['src/lib/charts/x.ts', "export { CHART_COMPONENTS } from '../../components/charts/chartComponents';"],
    ['src/lib/state/x.ts', "const ui = () => import('../../components/views/ExploreView.svelte');"],
    ['src/lib/model/x.ts', "import type { ViewState } from '../state/viewState';"],
    ['src/lib/model/x.ts', "import { toCsv } from '../export/csv';"],
    ['src/lib/model/x.ts', "import { pointsAt } from '../dom/pointsAt';"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toHaveLength(1);
  });

  it.each([
    // A module whose name ends in .svelte (roving.svelte.ts) is not a component.
    ['src/lib/dom/x.ts', "import { rovingList } from './roving.svelte';"],
    ['src/lib/charts/x.ts', "import { levelLabel } from '../model/framework';"],
    ['src/lib/export/x.ts', "import type { Explorer } from '../state/explorer.svelte';"],
    ['src/components/x.ts', "import Matrix from './charts/matrix/Matrix.svelte';"],
  ])('allows %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});

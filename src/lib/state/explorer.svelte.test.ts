/** Guards role switching: the last choice wins over a slower earlier one, and a failure changes nothing. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { devopsFramework } from '../../../tests/unit/fixtures';
import { Explorer } from './explorer.svelte';
import type { CatalogueEntry } from '../model/catalogue';

const devops = devopsFramework();
const other = {
  ...devops,
  id: 'slow-ladder',
  name: 'Slow ladder',
  roles: [{ ...devops.roles[0], id: 'slow-role', name: 'Slow role' }],
};
const entry = (id: string): CatalogueEntry => ({
  id,
  name: id,
  file: `${id}.json`,
  roles: [],
  inFamilyOrder: true,
});

function explorerWith(ids: string[]) {
  const explorer = new Explorer();
  explorer.catalogue = ids.map(entry);
  explorer.load(devops);
  return explorer;
}

/** A fetch whose answer for the slow file arrives when the test says. */
function slowFetch() {
  let answer!: (response: Response) => void;
  const arrived = new Promise<Response>((resolve) => (answer = resolve));
  vi.stubGlobal('fetch', (url: string) =>
    url.includes('slow-ladder') ? arrived : Promise.resolve(new Response('', { status: 404 })),
  );
  return { answer: () => answer(new Response(JSON.stringify(other))) };
}

afterEach(() => vi.unstubAllGlobals());

describe('Explorer.showRole', () => {
  it('keeps the later choice when an earlier one arrives after it', async () => {
    const explorer = explorerWith(['slow-ladder']);
    const slow = slowFetch();
    const first = explorer.showRole('slow-ladder', 'slow-role');
    await explorer.showRole(devops.id, devops.roles[0].id);
    slow.answer();
    await first;
    expect(explorer.framework?.id).toBe(devops.id);
    expect(explorer.busy).toBeNull();
    expect(explorer.problem).toBeNull();
  });

  it('shows the slow one when it is the last choice', async () => {
    const explorer = explorerWith(['slow-ladder']);
    const slow = slowFetch();
    const first = explorer.showRole('slow-ladder', 'slow-role');
    expect(explorer.busy).toBe('Loading the framework…');
    slow.answer();
    await first;
    expect(explorer.role?.name).toBe('Slow role');
  });

  it('after a failed fetch, keeps what was shown, says why, and can try again', async () => {
    const explorer = explorerWith(['missing-ladder']);
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 503 })));
    await explorer.showRole('missing-ladder', 'x');
    expect(explorer.framework?.id).toBe(devops.id);
    expect(explorer.problem).toMatch(/answered 503/);
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(JSON.stringify({ ...other, id: 'missing-ladder' }))),
    );
    await explorer.showRole('missing-ladder', 'slow-role');
    expect(explorer.framework?.id).toBe('missing-ladder');
  });
});

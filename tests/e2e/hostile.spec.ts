/**
 * What a hostile browser or a careless moment does: storage that is missing, refuses or is full;
 * two tabs loading files with one id; a slow or failing dataset while the person chooses again.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { arbitraryFramework } from '../unit/arbitraryFramework';
import { validateFramework } from '../../src/lib/model/schema';
import { test, expect } from './fixtures';

const devops = JSON.parse(
  readFileSync(new URL('../../static/data/devops-engineer-2020.json', import.meta.url), 'utf8'),
);
const ladder = (name: string, role: string) => ({
  ...devops,
  id: 'acme-ladder',
  name,
  roles: [{ ...devops.roles[0], id: role.toLowerCase().replace(/ /g, '-'), name: role }],
});
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function loadFile(page: Page, name: string, data: unknown) {
  const panel = page.getByText('Load your own framework');
  if (!(await page.getByLabel('Choose files').isVisible())) await panel.click();
  await page.getByLabel('Choose files').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  });
}

test.describe('storage faults', () => {
  for (const [fault, script, reason] of [
    [
      'no IndexedDB',
      () => Object.defineProperty(window, 'indexedDB', { value: undefined }),
      'this browser offers no storage to the app (IndexedDB)',
    ],
    [
      'IndexedDB refusing to open',
      () => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('The user denied permission.', 'SecurityError');
        };
      },
      'this browser refused to store it (The user denied permission.)',
    ],
  ] as const) {
    test(`with ${fault}, a loaded framework is shown for the visit and the page says why`, async ({
      page,
    }) => {
      await page.addInitScript(script);
      await page.goto('./');
      await loadFile(page, 'acme.json', ladder('Acme ladder', 'Platform engineer'));
      await expect(heading(page)).toHaveText('Platform engineer');
      await expect(page.getByRole('status').filter({ hasText: 'Loaded "Acme ladder"' })).toContainText(
        `It is shown for this visit only: ${reason}.`,
      );
      await expect(page.getByRole('grid')).toBeVisible();
    });
  }

  test('with localStorage full, a level-order move holds for the visit and says why', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('./');
    await page.getByText('Level order').click();
    const later = page.getByRole('button', { name: 'Move Junior DevOps engineer later' });
    await later.click();
    await expect(page.locator('details.order').getByRole('status')).toHaveText(
      "Junior DevOps engineer is now 3 of 6. Kept for this visit only: this browser's storage for the app is full.",
    );
    // Apprentice, DevOps engineer, then Junior: the matrix's columns follow.
    await expect(page.getByRole('columnheader').nth(3)).toHaveAccessibleName(/^Junior DevOps engineer/);
    // Focus stays on the level moved.
    await expect(later).toBeFocused();
  });
});

test.describe('loading files with one id', () => {
  test('the same file twice: both are kept, told apart, and each can be shown', async ({ page }) => {
    await page.goto('./');
    await loadFile(page, 'acme.json', ladder('Acme ladder', 'Platform engineer'));
    await expect(heading(page)).toHaveText('Platform engineer');
    await loadFile(page, 'acme.json', ladder('Acme ladder', 'Platform engineer'));
    await expect(
      page.getByRole('status').filter({ hasText: 'was taken, so it is "acme-ladder-2"' }),
    ).toBeVisible();
    const picker = page.getByLabel('Role', { exact: true });
    await expect(picker.locator('optgroup[label="Acme ladder (loaded)"]')).toHaveCount(0);
    await expect(picker.locator('optgroup[label="Acme ladder (loaded) [acme-ladder]"]')).toHaveCount(1);
    await picker.selectOption({ value: 'acme-ladder~platform-engineer' });
    await expect(page).toHaveURL(/fw=acme-ladder(&|$)/);
    await page.reload();
    await expect(heading(page)).toHaveText('Platform engineer');
  });

  test('two tabs loading different files with one id keep both', async ({ context }) => {
    // Pages of their own, not the fixture's: each waits until the app has taken over, in front.
    const open = async () => {
      const tab = await context.newPage();
      await tab.goto('./');
      await tab.bringToFront();
      await tab.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      return tab;
    };
    const a = await open();
    const b = await open();
    await a.bringToFront();
    await loadFile(a, 'a.json', ladder('Ladder A', 'Role of A'));
    await expect(heading(a)).toHaveText('Role of A');
    // Tab B has never heard of A's file: the store has.
    await b.bringToFront();
    await loadFile(b, 'b.json', ladder('Ladder B', 'Role of B'));
    await expect(heading(b)).toHaveText('Role of B');
    await expect(b.getByRole('status').filter({ hasText: 'Loaded "Ladder B"' })).toContainText(
      'Its id "acme-ladder" was taken, so it is "acme-ladder-2".',
    );
    await a.bringToFront();
    await a.reload();
    await a.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await expect(heading(a)).toHaveText('Role of A');
    const picker = a.getByLabel('Role', { exact: true });
    await expect(picker.locator('option', { hasText: 'Role of A' })).toHaveCount(1);
    await expect(picker.locator('option', { hasText: 'Role of B' })).toHaveCount(1);
  });
});

test.describe('reading a file on its own terms', () => {
  test('a DDaT CSV loads while a framework with another scale and tracks is on screen', async ({ page }) => {
    const other = {
      ...ladder('Acme ladder', 'Platform engineer'),
      proficiencies: [
        { id: 'beginner', name: 'Beginner', rank: 1, definition: 'New to it.' },
        { id: 'advanced', name: 'Advanced', rank: 2, definition: 'Leads it.' },
      ],
      tracks: [{ id: 'ic', name: 'Individual contributor' }],
    };
    other.roles = other.roles.map((role: { levels: { track: string | null }[]; requirements: object[] }) => ({
      ...role,
      levels: role.levels.map((level) => ({ ...level, track: level.track && 'ic' })),
      requirements: role.requirements.map((r) => ({ ...r, proficiency: 'beginner' })),
    }));
    await page.goto('./');
    await loadFile(page, 'acme.json', other);
    await expect(heading(page)).toHaveText('Platform engineer');
    await page
      .getByLabel('Choose files')
      .setInputFiles(new URL('../../data/sources/ddat-framework-2025/roles.csv', import.meta.url).pathname);
    await expect(page.getByRole('status').filter({ hasText: 'Loaded "roles" with 52 roles.' })).toBeVisible();
    // Its source line credits the DDaT and its licence.
    await expect(page.locator('footer')).toContainText(
      'Source: roles.csv, in the format of the DDaT Capability Framework, CDDO. Contains public sector information licensed under the Open Government Licence v3.0.',
    );
  });

  test('two files loaded at once, with one id, are both kept', async ({ page }) => {
    await page.goto('./');
    await page.getByText('Load your own framework').click();
    const input = page.getByLabel('Choose files');
    const file = (name: string) => ({
      name: `${name}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(ladder(name, `Role of ${name}`))),
    });
    // The second load starts before the first is stored.
    await Promise.all([input.setInputFiles(file('First')), input.setInputFiles(file('Second'))]);
    const picker = page.getByLabel('Role', { exact: true });
    await expect(picker.locator('option', { hasText: /^Role of (First|Second)$/ })).toHaveCount(2);
    await page.reload();
    await expect(picker.locator('option', { hasText: /^Role of (First|Second)$/ })).toHaveCount(2);
  });
});

test.describe('a slow or failing dataset', () => {
  test('the last role chosen wins over a slower earlier choice', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/ddat-2025.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    const picker = page.getByLabel('Role', { exact: true });
    await picker.selectOption({ label: 'Data scientist' });
    await expect(page.getByText('Loading the framework…')).toBeVisible();
    await picker.selectOption({ label: 'Development operations (DevOps) engineer' });
    release();
    await page.waitForResponse('**/data/ddat-2025.json');
    await page.waitForTimeout(300);
    await expect(heading(page)).toHaveText('Development operations (DevOps) engineer');
    await expect(page.getByText('Loading the framework…')).toHaveCount(0);
    await expect(picker).toHaveValue('ddat-devops-engineer-2020~development-operations-devops-engineer');
  });

  test('after a failed fetch, the page says so and the same role can be chosen again', async ({
    page,
    pageErrors,
  }) => {
    let fail = true;
    await page.route('**/data/ddat-2025.json', (route) =>
      fail ? route.fulfill({ status: 503, body: '' }) : route.continue(),
    );
    await page.goto('./');
    const picker = page.getByLabel('Role', { exact: true });
    await picker.selectOption({ label: 'Data scientist' });
    await expect(page.getByRole('alert').filter({ hasText: 'the server answered 503' })).toBeVisible();
    await expect(heading(page)).toHaveText('Development operations (DevOps) engineer');
    await expect(picker).toHaveValue('ddat-devops-engineer-2020~development-operations-devops-engineer');
    fail = false;
    await picker.selectOption({ label: 'Data scientist' });
    await expect(heading(page)).toHaveText('Data scientist');
    // The browser logs the failed request: that one, and nothing else.
    expect(pageErrors).toEqual([expect.stringMatching(/status of 503/)]);
    pageErrors.length = 0;
  });
});

test.describe('any framework that validates, in the browser', () => {
  // A sample of the arbitrary frameworks the Node property test renders (src/components/views/
  // everyView.ssr.test.ts), seeded so that every run loads the same ones: each view, each slide and a
  // cell's detail, with no page error (the fixture fails the test on any).
  const samples = fc
    .sample(arbitraryFramework, { numRuns: 40, seed: 20261201 })
    .filter((framework) => {
      try {
        validateFramework(framework);
        return framework.roles[0].levels.length > 1;
      } catch {
        return false;
      }
    })
    .slice(0, 4);

  for (const [i, framework] of samples.entries()) {
    test(`sample ${i + 1}: every view and slide`, async ({ page }) => {
      await page.goto('./');
      await loadFile(page, `sample-${i + 1}.json`, { ...framework, id: `sample-${i + 1}` });
      await expect(page.getByRole('grid')).toBeVisible();
      await page.getByRole('gridcell').first().click();
      await page.getByRole('link', { name: 'Compare levels and tracks' }).click();
      await expect(page.locator('figure[data-chart="overview"]')).toBeVisible();
      for (const kind of ['matrix', 'pathway', 'trajectory', 'compare', 'overview']) {
        await page.goto(`./?fw=sample-${i + 1}&present=${kind}`);
        await expect(page.locator('section.frame h1')).toBeVisible();
      }
      await page.goto(`./?fw=sample-${i + 1}&table=1&changes=1`);
      await expect(page.getByRole('region', { name: 'Skills by level table' })).toBeVisible();
    });
  }
});

test.describe('what does not apply is not shown', () => {
  test('a role with no tracks has no track filter, no moves across tracks and no dashed path', async ({
    page,
  }) => {
    await page.goto('./?fw=ddat-2025&role=business-architect');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business architect');
    await expect(page.getByRole('group', { name: 'Tracks' })).toHaveCount(0);
    await expect(page.getByLabel(/Show moves across tracks/)).toHaveCount(0);
    await expect(page.locator('figure[data-chart="trajectory"] figcaption')).not.toContainText('dashed');
    await expect(page.locator('.lede')).toContainText('4 levels · 8 skills');
  });

  test('a role the framework gives no proficiency says "not given", as its notice does', async ({ page }) => {
    await page.goto('./?fw=ddat-2025&role=chief-data-officer');
    await expect(page.getByRole('gridcell').first()).toHaveAccessibleName(/: not given$/);
    await expect(page.getByRole('gridcell', { name: /not required/ })).toHaveCount(0);
  });
});

test('a removed framework can be brought back with Undo', async ({ page }) => {
  await page.goto('./');
  await loadFile(page, 'acme.json', ladder('Acme ladder', 'Platform engineer'));
  await expect(heading(page)).toHaveText('Platform engineer');
  await page.getByText('Load your own framework').click();
  await page.getByRole('button', { name: /^Remove Acme ladder/ }).click();
  await expect(heading(page)).toHaveText('Development operations (DevOps) engineer');
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(heading(page)).toHaveText('Platform engineer');
  // The address is written once the change's frame is painted (location.svelte.ts): then reload.
  await expect(page).toHaveURL(/fw=/);
  await page.reload();
  await expect(heading(page)).toHaveText('Platform engineer');
});

test('the detail panel is not read out at every hover; a selection is said in a few words', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('complementary')).not.toHaveAttribute('aria-live', /.+/);
  await page
    .getByRole('gridcell', { name: 'Service support, Senior DevOps engineer (technical): expert' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: /^Selected:/ })).toHaveText(
    'Selected: Service support at Senior DevOps engineer (technical), expert.',
  );
});

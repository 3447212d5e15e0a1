import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { loadOfficialCsvs } from './exports';

const devops = JSON.parse(
  readFileSync(new URL('../../static/data/devops-engineer-2020.json', import.meta.url), 'utf8'),
);
const acme = {
  ...devops,
  id: 'acme-ladder',
  name: 'Acme engineering ladder',
  roles: [{ ...devops.roles[0], id: 'platform-engineer', name: 'Platform engineer' }],
};
const roleHeading = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });

test.describe('any framework', () => {
  test('switches role with the picker, grouped by family and searchable', async ({ page }) => {
    await page.goto('./');
    const picker = page.getByLabel('Role', { exact: true });
    await expect(picker.locator('optgroup')).toHaveCount(9);
    await expect(
      picker.locator('optgroup[label="DDaT Capability Framework (2025): IT operations"] option'),
    ).toHaveCount(12);
    await page.getByLabel('Search roles').fill('infrastructure');
    // 2 roles by name, 1 by a skill (named with it), and the current role, listed but not counted.
    await expect(picker.locator('option')).toHaveCount(4);
    await expect(picker.locator('option', { hasText: '(skill: ' })).toHaveCount(1);
    await expect(page.getByText('3 matching; Enter opens the first')).toBeVisible();
    await picker.selectOption({ label: 'Infrastructure engineer' });
    await expect(roleHeading(page)).toHaveText('Infrastructure engineer');
    await expect(page).toHaveURL(/fw=ddat-2025&role=infrastructure-engineer/);
    await expect(page.getByRole('gridcell')).toHaveCount(60);
    await page.goBack();
    await expect(roleHeading(page)).toHaveText('Development operations (DevOps) engineer');
  });

  test('works for a role with no levels in the file, and one with many skills', async ({ page }) => {
    await page.goto('./?fw=ddat-2025&role=chief-data-officer');
    await expect(page.getByRole('note')).toContainText('NOT IN USE');
    await expect(page.getByRole('columnheader', { name: 'Chief data officer', exact: true })).toHaveCount(1);
    await page.goto('./?fw=ddat-2025&role=infrastructure-operations-engineer&changes=1');
    await expect(page.getByRole('rowheader')).toHaveCount(14);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test("shows a 2025 description's '- ' lines as a list, not as raw text", async ({ page }) => {
    await page.goto(
      './?fw=ddat-2025&role=user-researcher&level=senior-user-researcher&skill=analysis-and-synthesis',
    );
    const detail = page.getByRole('complementary');
    await expect(detail.getByRole('listitem').first()).toHaveText(
      'understand and help teams to apply a range of methods to analyse research data and synthesise findings',
    );
    await expect(detail.getByText(/^- /)).toHaveCount(0);
  });

  test('compares across roles', async ({ page }) => {
    await page.goto(
      './?fw=ddat-2025&role=development-operations-devops-engineer&view=compare&a=senior-devops-engineer-technical&b=infrastructure-engineer~senior-infrastructure-engineer',
    );
    await expect(
      page.getByText(
        /^Senior DevOps engineer \(technical\), Development operations \(DevOps\) engineer asks for more/,
      ),
    ).toBeVisible();
  });

  test('loads a framework file, keeps it across reloads, and exports it back', async ({ page }) => {
    await page.goto('./');
    await page.getByText('Load your own framework').click();
    await page.getByLabel('Choose files').setInputFiles({
      name: 'acme.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(acme)),
    });
    await expect(
      page.getByRole('status').filter({ hasText: 'Loaded "Acme engineering ladder"' }),
    ).toBeVisible();
    await expect(roleHeading(page)).toHaveText('Platform engineer');
    await expect(page).toHaveURL(/fw=user-acme-ladder|fw=acme-ladder/);
    await page.reload();
    await expect(roleHeading(page)).toHaveText('Platform engineer');
    await page.getByText('Load your own framework').click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const exported = JSON.parse(readFileSync((await (await downloading).path())!, 'utf8'));
    expect(exported.roles[0].requirements).toHaveLength(85);
    await page.getByRole('button', { name: 'Remove' }).click();
    await expect(roleHeading(page)).toHaveText('Development operations (DevOps) engineer');
    await page.reload();
    await expect(
      page.getByLabel('Role', { exact: true }).locator('option', { hasText: 'Platform engineer' }),
    ).toHaveCount(0);
  });

  test('loads a file dropped on the page, or pasted', async ({ page }) => {
    await page.goto('./');
    await page.getByText('Load your own framework').click();
    await page.getByRole('region', { name: 'Drop files here' }).evaluate(
      (zone, text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
        zone.dispatchEvent(
          new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      },
      JSON.stringify({ ...acme, id: 'dropped', name: 'Dropped ladder' }),
    );
    await expect(page.getByRole('status').filter({ hasText: 'Loaded "Dropped ladder"' })).toBeVisible();
    // Done, the panel closes so the new framework's charts take the space; the message stays.
    await expect(page.getByLabel('Or paste JSON or CSV')).toBeHidden();
    await expect(page.getByRole('grid')).toBeInViewport();
    await page.getByText('Load your own framework').click();
    await page
      .getByLabel('Or paste JSON or CSV')
      .fill(JSON.stringify({ ...acme, id: 'pasted', name: 'Pasted ladder' }));
    await page.getByRole('button', { name: 'Load pasted text' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Loaded "Pasted ladder"' })).toBeVisible();
    await page.getByText('Load your own framework').click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Dropped ladder' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Pasted ladder' })).toBeVisible();
  });

  test('a panel opened before the app is live has its controls once it is, and closes when done', async ({
    browser,
    baseURL,
  }) => {
    // The app's code is held back until the panel is open on the prerendered page.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL });
    const held: (() => Promise<void>)[] = [];
    let holding = true;
    await context.route(/\/assets\/.*\.js$/, (route) =>
      holding ? void held.push(() => route.continue()) : route.continue(),
    );
    const page = await context.newPage();
    await page.goto('./');
    await page.locator('summary', { hasText: 'Load your own framework' }).click();
    await expect(page.getByText('Files can be chosen once the page has finished loading.')).toBeVisible();
    holding = false;
    await Promise.all(held.map((go) => go()));
    await expect(page.getByLabel('Or paste JSON or CSV')).toBeVisible();
    await page
      .getByLabel('Or paste JSON or CSV')
      .fill(JSON.stringify({ ...acme, id: 'early', name: 'Early ladder' }));
    await page.getByRole('button', { name: 'Load pasted text' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Loaded "Early ladder"' })).toBeVisible();
    await expect(page.getByLabel('Or paste JSON or CSV')).toBeHidden();
    await context.close();
  });

  test('loads the official DDaT CSVs', async ({ page }) => {
    await loadOfficialCsvs(page);
    await expect(page.getByRole('status').filter({ hasText: 'Loaded "roles" with 52 roles.' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Service transition manager' })).toBeVisible();
  });

  test('a bad file gets a precise message and nothing is lost', async ({ page }) => {
    await page.goto('./?changes=1&level=devops-engineer');
    await page.getByText('Load your own framework').click();
    await page.getByLabel('Choose files').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...acme, roles: [{ ...acme.roles[0], levels: 'none' }] })),
    });
    await expect(page.getByRole('alert')).toContainText('broken.json: at roles.0.levels');
    await expect(roleHeading(page)).toHaveText('Development operations (DevOps) engineer');
    await expect(page).toHaveURL(/changes=1&level=devops-engineer/);
    await page.getByLabel('Or paste JSON or CSV').fill('<script>alert(1)</script>');
    await page.getByRole('button', { name: 'Load pasted text' }).click();
    await expect(page.getByRole('alert')).toContainText('pasted text: it is neither JSON nor a DDaT CSV');
    await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
  });

  test('a corrected level order is kept', async ({ page }) => {
    await page.goto('./?fw=ddat-2025&role=service-transition-manager');
    await page.getByText('Level order').click();
    await page.getByRole('button', { name: 'Move Service readiness analyst earlier' }).click();
    await expect(page.getByRole('columnheader').nth(1)).toHaveAccessibleName('Service readiness analyst');
    await page.reload();
    await expect(page.getByRole('columnheader').nth(1)).toHaveAccessibleName('Service readiness analyst');
    await page.getByText('Level order (corrected by you)').click();
    await page.getByRole('button', { name: "Restore the framework's order" }).click();
    await expect(page.getByRole('columnheader').nth(1)).toHaveAccessibleName('Service acceptance analyst');
  });
});

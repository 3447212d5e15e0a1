/**
 * Moves to other roles (#19): from the DevOps engineer, the nearest roles with their costs and
 * skills; opening one and comparing with one; your own ratings as the starting point; every role
 * that asks for a skill; the career map (keyboard, one family or the roles within reach, a family
 * to a printed page, a map four times as large drawn only where it is in view, the official CSVs
 * loaded by hand); keyboard and axe.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { loadOfficialCsvs } from './exports';

const ddat = JSON.parse(readFileSync(new URL('../../static/data/ddat-2025.json', import.meta.url), 'utf8'));

const MOVES = './?fw=ddat-2025&role=development-operations-devops-engineer&view=moves';

test.describe('moves to other roles', () => {
  test('the first moves from DevOps engineer are sideways or up; the moves down are apart', async ({
    page,
  }) => {
    await page.goto(MOVES);
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('devops-engineer');
    await expect(page.getByRole('status').filter({ hasText: 'within 6 steps' })).toHaveText(
      '11 moves to 10 roles within 6 steps of DevOps engineer: 1 sideways, 1 up and 9 down.',
    );
    const items = page.locator('.list > li');
    await expect(items.first()).toHaveAttribute('data-direction', 'sideways');
    await expect(items.first().getByRole('heading')).toHaveText('Software developer: Developer 2 steps');
    await expect(items.nth(1)).toHaveAttribute('data-direction', 'up');
    await expect(items.nth(1).getByRole('heading')).toHaveText(
      'Software developer: Senior developer (technical) 5 steps',
    );
    const sideways = page.getByRole('region', { name: 'Sideways: about as senior as DevOps engineer' });
    await expect(sideways.locator('li[data-direction]')).toHaveCount(1);
    // The entry levels of other ladders: cheapest, but down, listed apart and folded.
    const down = page.locator('details.down');
    await expect(down).not.toHaveAttribute('open');
    await down.locator('summary').click();
    const associate = down
      .locator('li[data-direction="down"]')
      .filter({ hasText: 'Associate application operations engineer' });
    await expect(associate.getByRole('heading')).toHaveText(
      'Application operations engineer: Associate application operations engineer 3 steps',
    );
    await expect(associate.getByRole('list')).toContainText('Incident management: not yet → awareness (+1)');
    // The map says the way beside the cost, and draws a move down dashed.
    const map = page.locator('figure[data-chart="map"]');
    await expect(map.locator('text.cost', { hasText: '+5 ↑' })).toHaveCount(1);
    await expect(map.locator('text.cost', { hasText: '+2 →' })).toHaveCount(1);
    await expect(map.locator('path.move.down')).toHaveCount(9);
  });

  test('lists the moves from DevOps engineer with their costs, and opens or compares one', async ({
    page,
  }) => {
    await page.goto(MOVES);
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('devops-engineer');
    // A tighter budget, in the link too.
    await page.getByLabel('Steps to grow, at most').fill('2');
    await page.getByLabel('Steps to grow, at most').press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'within 2 steps' })).toHaveText(
      '1 role within 2 steps of DevOps engineer: 1 sideways and none up.',
    );
    await expect(page).toHaveURL(/budget=2/);
    await page.getByLabel('Steps to grow, at most').fill('6');
    await page.getByLabel('Steps to grow, at most').press('Enter');

    const developer = page
      .locator('.list > li')
      .filter({ hasText: 'Software developer: Senior developer (technical)' });
    await developer.getByRole('button', { name: 'Compare word by word' }).click();
    await expect(
      page.getByRole('heading', {
        name: /^DevOps engineer, Development operations \(DevOps\) engineer vs Senior developer \(technical\), Software developer$/,
      }),
    ).toBeVisible();
    await page.goBack();
    await page
      .locator('.list > li')
      .filter({ hasText: 'Software developer: Senior developer (technical)' })
      .getByRole('button', { name: 'Open Software developer' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Software developer' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /^Senior developer \(technical\)/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  test('starts from your self-assessment when you have one', async ({ page }) => {
    await page.goto('./?fw=ddat-2025&role=development-operations-devops-engineer&view=assess');
    await page.getByRole('button', { name: 'Start my assessment' }).click();
    await page.getByLabel('Start from a level').selectOption({ label: 'DevOps engineer' });
    await page.getByRole('button', { name: 'Fill in its requirements' }).click();
    await page.getByRole('link', { name: 'Moves to other roles' }).click();
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('@you');
    await expect(page.getByRole('status').filter({ hasText: 'within 6 steps' })).toHaveText(
      '11 moves to 10 roles within 6 steps of you: 1 sideways, 1 up and 9 down.',
    );
  });

  test('lists every role that asks for a skill, and says when a framework has one role', async ({ page }) => {
    await page.goto(`${MOVES}&asks=incident-management`);
    const table = page.getByRole('table', { name: /ask for Incident management/ });
    await expect(table.getByRole('row').nth(1)).toContainText('Practitioner');
    await expect(table.getByRole('row').last()).toContainText('Awareness');
    await expect(table).toContainText('Incident manager');
    await page.getByLabel('Skill', { exact: true }).selectOption({ label: 'User focus' });
    await expect(
      page.getByRole('table', { name: /ask for User focus, most proficient first/ }),
    ).toBeVisible();

    // From the 2020 page, of one role, the 2025 version opens at once; the one-role version, chosen
    // again, says why it has no moves and offers the way back.
    await page.goto('./?view=moves');
    await expect(page.getByLabel('From', { exact: true })).toBeVisible();
    await page.getByLabel('Version').selectOption('ddat-devops-engineer-2020');
    await expect(page.getByText('holds one role, Development operations (DevOps) engineer')).toBeVisible();
    await page.getByRole('button', { name: /^Open Development operations \(DevOps\) engineer in/ }).click();
    await expect(page.getByLabel('From', { exact: true })).toBeVisible();
  });

  test('draws the career map: a row per role, one tab stop, arrow keys, a level named and opened', async ({
    page,
  }) => {
    await page.goto(MOVES);
    const map = page.getByRole('group', { name: /^Career map of DDaT Capability Framework \(2025\)/ });
    const levels = map.getByRole('button');
    await expect(levels).toHaveCount(205);
    // The moves from the start are drawn: one per role within reach, two for the developer (sideways and up).
    await expect(map.locator('path.move')).toHaveCount(11);
    // The overview, for print: every level's nearest move, in grey.
    await page.getByLabel("Show every level's nearest move sideways or up (grey)").check();
    await expect.poll(() => map.locator('path.overview').count()).toBeGreaterThan(50);
    await expect(page).toHaveURL(/all=1/);
    const first = levels.first();
    await expect(first).toHaveAttribute('tabindex', '0');
    await expect(map.locator('[tabindex="0"]')).toHaveCount(1);
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const second = levels.nth(1);
    await expect(second).toBeFocused();
    await expect(second).toHaveAccessibleName(/^Associate business architect, Business architect/);
    // Focused, a level shows its name and its own moves.
    await expect(map.locator('text.pointed')).toHaveText('Associate business architect');
    // Down: the nearest level of the role below (Data architect's second level).
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveAccessibleName(/, Data architect/);
    const target = map.getByRole('button', { name: /^Senior developer \(technical\), Software developer/ });
    await target.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Software developer' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /^Senior developer \(technical\)/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  test('has no accessibility violations, and the keyboard reaches every control', async ({ page }) => {
    await page.goto(MOVES);
    await expect(page.locator('.list > li').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    await page.getByLabel('From', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Steps to grow, at most')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Compare word by word' }).first()).toBeFocused();
  });

  test('shows one family or the roles within reach, and prints a family to a page', async ({ page }) => {
    await page.goto(MOVES);
    const map = page.getByRole('group', { name: /^Career map of/ });
    const show = page.getByLabel('Show', { exact: true });
    await show.selectOption({ label: 'Data (9 roles)' });
    await expect(page).toHaveURL(/roles=Data/);
    const data = ddat.roles.filter((r: { family: string }) => r.family === 'Data');
    const levels = (roles: { levels: unknown[] }[]) => roles.reduce((n, r) => n + r.levels.length, 0);
    const devops = ddat.roles.find((r: { id: string }) => r.id === 'development-operations-devops-engineer');
    await expect(map.getByRole('button')).toHaveCount(levels(data) + devops.levels.length);
    await expect(map.locator('text.family')).toHaveText(['Software development', 'Data']);
    await expect(map.locator('title')).toHaveText(/career map of the Data family, moves within 6 steps/);
    await page.reload();
    await expect(show).toHaveValue('Data');

    await show.selectOption({ label: 'Development operations (DevOps) engineer and the roles within reach' });
    await expect(page).toHaveURL(/roles=reach/);
    await expect(map.locator('text.role')).toHaveCount(11);
    await expect(map.locator('path.move')).toHaveCount(11);

    // Every role, printed: a family to a page, each headed with its family and the start at its top.
    await show.selectOption({ label: 'every role (52)' });
    await expect(page).not.toHaveURL(/roles=/);
    const menu = page.locator('figure[data-chart="map"] details.export');
    await menu.locator('summary').click();
    await page.evaluate(() => (window.print = () => {}));
    await menu.getByRole('button', { name: 'Print' }).click();
    await page.emulateMedia({ media: 'print' });
    const path = test.info().outputPath('map-print.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())![1]);
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    const families = [...new Set(ddat.roles.map((r: { family: string }) => r.family))].sort() as string[];
    for (const [i, family] of families.entries()) expect(text).toContain(`${family} (page ${i + 1} of 8)`);
    expect(pages).toBeGreaterThanOrEqual(8);
    // Each family's page on a page of its own: its heading and its last role on the same sheet.
    for (let sheet = 1; sheet <= pages; sheet++) {
      const one = execFileSync('pdftotext', ['-f', `${sheet}`, '-l', `${sheet}`, path, '-']).toString();
      const heading = families.find((family) => one.includes(`${family} (page `));
      if (!heading) continue;
      const last = ddat.roles
        .filter((r: { family: string }) => r.family === heading)
        .map((r: { name: string }) => r.name)
        .sort((a: string, b: string) => a.localeCompare(b))
        .at(-1);
      expect(one.replace(/\s+/g, ' ')).toContain(last);
      expect(one).toContain('Development operations (DevOps)');
    }
  });

  test('a map four times as large draws only the rows in view, and the keyboard still reaches every row', async ({
    page,
  }) => {
    const fourFold = {
      ...ddat,
      id: 'ddat-2025-4x',
      name: 'DDaT four times over',
      roles: [0, 1, 2, 3].flatMap((copy) =>
        ddat.roles.map((role: { id: string; name: string }) =>
          copy === 0 ? role : { ...role, id: `${role.id}-${copy}`, name: `${role.name} ${copy}` },
        ),
      ),
    };
    await page.goto('./');
    await page.getByText('Load your own framework').click();
    await page.getByLabel('Choose files').setInputFiles({
      name: 'four.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(fourFold)),
    });
    await expect(page.getByRole('status').filter({ hasText: 'Loaded "DDaT four times over"' })).toBeVisible();
    await page.getByRole('link', { name: 'Moves to other roles' }).click();
    const map = page.getByRole('group', { name: /^Career map of DDaT four times over/ });
    await expect(map).toBeVisible();
    const drawn = map.getByRole('button');
    await expect.poll(() => drawn.count()).toBeGreaterThan(0);
    expect(await drawn.count()).toBeLessThan(300);
    // The keyboard goes down row after row, past what was drawn at first, each level drawn as it is reached.
    await map.locator('[tabindex="0"]').focus();
    for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
    // Row 61: past Architecture's 28 and Chief digital and data's 16, the Data family's 17th
    // (each role and its three copies, by name).
    await expect(page.locator(':focus')).toHaveAccessibleName(/, Data governance manager$/);
    await expect(page.locator(':focus')).toBeInViewport();
    expect(await drawn.count()).toBeLessThan(300);
    // Printed, every level is there.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('.print-page')).toHaveCount(8);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(page.locator('.print-page')).toHaveCount(0);
  });

  test('draws the map of the official DDaT CSVs, loaded by hand, as it draws the built-in one', async ({
    page,
  }) => {
    await loadOfficialCsvs(page);
    await expect(page.getByRole('status').filter({ hasText: 'with 52 roles.' })).toBeVisible();
    // Once the address names the loaded framework (the built-in default is not named in it).
    await expect.poll(() => new URL(page.url()).searchParams.get('fw')).not.toBeNull();
    const loaded = new URL(page.url()).searchParams.get('fw')!;
    expect(loaded).not.toBe('ddat-2025');
    await page.goto(`./?fw=${loaded}&role=development-operations-devops-engineer&view=moves`);
    await expect(page.getByRole('status').filter({ hasText: 'within 6 steps' })).toHaveText(
      '11 moves to 10 roles within 6 steps of DevOps engineer: 1 sideways, 1 up and 9 down.',
    );
    const map = page.getByRole('group', { name: /^Career map of/ });
    await expect(map.getByRole('button')).toHaveCount(205);
    await expect(map.locator('path.move')).toHaveCount(11);
    await expect(map.locator('text.family')).toHaveCount(8);
  });
});

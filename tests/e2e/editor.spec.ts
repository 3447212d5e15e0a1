/**
 * "Write your own": a draft started from the DevOps role, edited in its grid from the keyboard,
 * undone and redone, kept across a reload, in two tabs at once and when storage refuses it, checked
 * as it is typed, and published as a version whose changes "What changed" shows.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const cell = (page: Page, row: number, col: number) => page.locator(`[data-at="${row}:${col}"]`);
const grid = (page: Page) => page.getByRole('grid', { name: /what each level asks of each skill/ });

async function copyDevops(page: Page) {
  await page.goto('./?view=edit');
  await page.getByRole('button', { name: 'Copy the Development operations (DevOps) engineer role' }).click();
  await expect(page.getByText('Saved in this browser at')).toBeVisible();
  await expect(page).toHaveURL(/draft=draft-/);
}

test.describe('writing your own framework', () => {
  test('copy the DevOps role, edit it from the keyboard, undo, redo, reload, publish, see what changed', async ({
    page,
  }) => {
    await copyDevops(page);
    await expect(grid(page).getByRole('gridcell')).toHaveCount(90);
    // Rename a skill: its row header, Enter, and type.
    await cell(page, 4, 0).click();
    await page.keyboard.press('Enter');
    const name = page.getByLabel('Skill name');
    await expect(name).toBeFocused();
    await name.fill('Modern development standards');
    await expect(cell(page, 4, 0)).toHaveText('Modern development standards');

    // Raise two requirements from the keyboard: Junior's "Information security" (Working) a step, and
    // the apprentice's "Development process optimisation" (none) to Practitioner by its letter.
    await cell(page, 3, 2).click();
    await page.keyboard.press('Shift+ArrowUp');
    await expect(cell(page, 3, 2)).toHaveText(/^Practitioner/);
    // Marked as changed since the start, in a mark that reads without colour and in words.
    await expect(cell(page, 3, 2)).toHaveText('Practitioner▲1, raised 1 step since the start, from working');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await expect(cell(page, 2, 1)).toBeFocused();
    await page.keyboard.press('p');
    await expect(cell(page, 2, 1)).toHaveText(/^Practitioner/);
    // Enter edits its words beside the grid; Escape goes back to the cell.
    await page.keyboard.press('Enter');
    const words = page.getByLabel('What the level asks, in words');
    await expect(words).toBeFocused();
    await page.keyboard.type('You suggest small improvements.');
    await page.keyboard.press('Escape');
    await expect(cell(page, 2, 1)).toBeFocused();

    // Add a level: the junior level copied to make the next one.
    await cell(page, 0, 2).click();
    await page.getByRole('button', { name: 'Copy it to make the next level' }).click();
    await expect(grid(page).getByRole('columnheader')).toHaveCount(11);
    await expect(cell(page, 0, 3)).toHaveText('New level');
    // It asks what the junior level asks now, the raise included.
    await expect(cell(page, 3, 3)).toHaveText(/^Practitioner/);

    // Undo the new level, the words (typed at once, one step) and the second raise, from the
    // keyboard; redo the raise and the words.
    await cell(page, 1, 1).focus();
    await page.keyboard.press('Control+z');
    await expect(grid(page).getByRole('columnheader')).toHaveCount(10);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(cell(page, 2, 1)).toHaveText(/^not required/);
    await page.keyboard.press('Control+y');
    await expect(cell(page, 2, 1)).toHaveText(/^Practitioner/);
    await page.keyboard.press('Control+y');
    await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();

    const changes = page.getByRole('region', { name: /What you changed/ });
    await expect(changes).toContainText(
      '2 requirements of 86 changed: 1 requirement raised; 1 requirement newly asked for; 1 skill renamed (Modern standards approach → Modern development standards).',
    );
    // The "What changed" chart of the versions, cell by cell, the draft against its start.
    await changes.getByText('Show them cell by cell').click();
    const chart = changes.locator('svg.changes');
    await expect(chart).toContainText('renamed from Modern standards approach');
    await expect(chart.locator('text', { hasText: '▲1' })).toHaveCount(1);
    await expect(chart.locator('text', { hasText: 'NEW' })).toHaveCount(1);

    // Kept: the reload shows the draft as it was left, its undo too.
    await expect(page.getByText('Saved in this browser at')).toBeVisible();
    await page.reload();
    await expect(cell(page, 2, 1)).toHaveText(/^Practitioner/);
    await expect(cell(page, 3, 2)).toHaveText(/^Practitioner/);
    await expect(cell(page, 4, 0)).toHaveText('Modern development standards');
    await cell(page, 2, 1).click();
    await expect(words).toHaveValue('You suggest small improvements.');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

    // Publish, and see the changes in "What changed".
    await page.getByLabel('Framework name').fill('Our DevOps ladder');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Published' })).toContainText(
      'Published "Our DevOps ladder", dated today, as a later version of DDaT Capability Framework.',
    );
    const publish = page.getByRole('region', { name: 'Publish or export' });
    await publish.getByRole('button', { name: 'See what changed' }).click();
    await expect(page).toHaveURL(/view=compare/);
    await expect(page).toHaveURL(/fw=our-devops-ladder/);
    const whatChanged = page.locator('#changes');
    await expect(page).toHaveURL(/since=ddat-devops-engineer-2020/);
    // Dated the day it is published.
    await expect(whatChanged).toContainText(
      /From 7 January 2020 \(GOV\.UK role page\) to \d+ \w+ \d{4} \(Our DevOps ladder, loaded\): 2 requirements of 86 changed: 1 requirement raised; 1 requirement newly asked for/,
    );
  });

  test('checked as it is typed: a blank ladder says which levels ask for nothing, at the level', async ({
    page,
  }) => {
    await page.goto('./?view=edit');
    await page.getByRole('button', { name: 'Start a blank ladder' }).click();
    const problems = page.getByRole('region', { name: /problems? to mend/ });
    await expect(problems).toContainText('3 problems to mend before it can be published');
    await expect(problems).toContainText(
      'The level "Level 1" asks for no skill: give it at least one proficiency.',
    );
    await expect(cell(page, 0, 1)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
    // Fill the first column; name the second level as the third is named.
    await cell(page, 0, 1).click();
    await page.getByLabel('Fill the column with').selectOption({ label: 'Working' });
    await page.getByRole('button', { name: 'Fill the column' }).click();
    await expect(problems).toContainText('2 problems');
    await expect(cell(page, 0, 1)).not.toHaveAttribute('aria-invalid', 'true');
    await cell(page, 0, 2).click();
    await page.getByLabel('Level name').fill('Level 3');
    await expect(problems).toContainText(
      'two levels named "Level 3" have different seniorities (1 and 2): levels that share a name are one step, on different tracks.',
    );
    await expect(page.getByLabel('Level name')).toHaveAttribute('aria-invalid', 'true');
    // What is wrong never stops the page: an empty name is said too.
    await page.getByLabel('Level name').fill('');
    await expect(problems).toContainText('needs a name');
  });

  test('the scale takes a step and the ladder a track, each named, used and given up again', async ({
    page,
  }) => {
    await page.goto('./?view=edit');
    await page.getByRole('button', { name: 'Start a blank ladder' }).click();
    await page.getByText('The proficiency scale and the tracks').click();
    await page.getByRole('button', { name: 'Add a step to the scale' }).click();
    const step = page.getByRole('group', { name: 'Rank 5' });
    await step.getByLabel('Name').fill('Mastery');
    await cell(page, 1, 1).click();
    await page.keyboard.press('5');
    await expect(cell(page, 1, 1)).toHaveText(/^Mastery/);
    // Asked for, it cannot go; no longer asked for, it can.
    await expect(step.getByRole('button', { name: /Remove this step/ })).toHaveCount(0);
    await cell(page, 1, 1).click();
    await page.keyboard.press('0');
    await step.getByRole('button', { name: /Remove this step/ }).click();
    await expect(page.getByRole('group', { name: 'Rank 5' })).toHaveCount(0);
    // A track, put on the third level, shown under its name; moved, and removed once no level is on it.
    await page.getByRole('button', { name: 'Add a track' }).click();
    await page.getByRole('group', { name: 'Track' }).getByLabel('Name').fill('Specialist');
    await cell(page, 0, 3).click();
    await page.getByRole('combobox', { name: 'Track', exact: true }).selectOption({ label: 'Specialist' });
    await expect(cell(page, 0, 3)).toHaveText(/Level 3\s*Specialist/);
    await expect(page.getByRole('button', { name: /Remove this track/ })).toHaveCount(0);
    await page
      .getByRole('combobox', { name: 'Track', exact: true })
      .selectOption({ label: 'none: a level before the tracks split' });
    await page.getByRole('button', { name: /Remove this track/ }).click();
    await expect(page.getByRole('group', { name: 'Track' })).toHaveCount(0);
  });

  test('a skill added takes the focus, to be named at once, and keeps it as it moves', async ({ page }) => {
    await copyDevops(page);
    await page.getByRole('button', { name: 'Add a skill' }).click();
    await expect(cell(page, 11, 0)).toBeFocused();
    await expect(cell(page, 11, 0)).toHaveText('New skill');
    await page.getByRole('button', { name: 'Move up' }).click();
    await expect(cell(page, 10, 0)).toBeFocused();
    await expect(cell(page, 10, 0)).toHaveText('New skill');
  });

  test('no accessibility violations, with a draft open and a problem shown', async ({ page }) => {
    await copyDevops(page);
    await cell(page, 1, 1).click();
    await page.keyboard.press('Delete');
    await cell(page, 0, 1).click();
    await page.getByRole('button', { name: 'Remove this level' }).click();
    await cell(page, 0, 0).click();
    await page.getByLabel('Role name').fill('');
    await page.getByText('Show them cell by cell').click();
    await expect(page.locator('svg.changes')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test('a draft exported as JSON loads back as the same framework', async ({ page }) => {
    await copyDevops(page);
    await cell(page, 2, 2).click();
    await page.keyboard.press('4');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as JSON' }).click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    const exported = JSON.parse(text);
    expect(exported.name).toBe('Development operations (DevOps) engineer');
    expect(exported.follows).toEqual({ framework: 'ddat-devops-engineer-2020', date: expect.any(String) });
    await page.getByText('Load your own framework').click();
    await page.getByLabel('Or paste JSON or CSV').fill(text);
    await page.getByRole('button', { name: 'Load pasted text' }).click();
    await expect(
      page.getByText(/Loaded "Development operations \(DevOps\) engineer" with 1 role/),
    ).toBeVisible();
    // The loaded framework draws what the draft asked: the junior level's second skill at Expert.
    await page.getByRole('link', { name: 'Explore the pathway' }).click();
    await expect(
      page.getByRole('gridcell', {
        name: /^Development process optimisation, Junior DevOps engineer: expert/,
      }),
    ).toBeVisible();
  });

  test('a copy of a 2025 role exported as the DDaT CSVs loads back as the same role', async ({ page }) => {
    await page.goto('./?fw=ddat-2025&role=development-operations-devops-engineer&view=edit');
    await page
      .getByRole('button', { name: 'Copy the Development operations (DevOps) engineer role' })
      .click();
    await expect(page.getByText('Saved in this browser at')).toBeVisible();
    // The junior level's first skill, a step up.
    await cell(page, 1, 2).click();
    const before = await cell(page, 1, 2).getAttribute('data-proficiency');
    await page.keyboard.press('Shift+ArrowUp');
    await expect(cell(page, 1, 2)).toContainText('▲1');
    const raised = await cell(page, 1, 2).getAttribute('data-proficiency');
    expect(raised).not.toBe(before);
    await page.getByLabel('Framework name').fill('Our ladder');
    const downloads: Promise<import('@playwright/test').Download>[] = [];
    const both = new Promise<void>((resolve) =>
      page.on('download', (download) => {
        downloads.push(Promise.resolve(download));
        if (downloads.length === 2) resolve();
      }),
    );
    await page.getByRole('button', { name: 'Export as DDaT CSV' }).click();
    await both;
    await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(
      'Exported our-ladder-roles.csv and our-ladder-skills.csv: loaded back, they give this draft as it is.',
    );
    const files = await Promise.all(
      downloads.map(async (d) => ({
        name: (await d).suggestedFilename(),
        mimeType: 'text/csv',
        buffer: readFileSync((await (await d).path())!),
      })),
    );
    expect(files.map((f) => f.name).sort()).toEqual(['our-ladder-roles.csv', 'our-ladder-skills.csv']);
    await page.getByText('Load your own framework').click();
    await page.getByLabel('Choose files').setInputFiles(files);
    await expect(page.getByText(/Loaded "our-ladder-roles" with 1 role/)).toBeVisible();
    await page.getByRole('link', { name: 'Explore the pathway' }).click();
    await expect(
      page.getByRole('gridcell', {
        name: new RegExp(`^Availability and capacity management, Junior DevOps engineer: ${raised}`),
      }),
    ).toBeVisible();
  });

  test('two tabs editing one draft keep both their edits', async ({ page, context }) => {
    await copyDevops(page);
    const other = await context.newPage();
    await other.goto(page.url());
    await other.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await expect(cell(other, 1, 1)).toHaveText(/^Awareness/);
    await cell(page, 1, 1).click();
    await page.keyboard.press('4');
    await cell(other, 10, 9).click();
    await other.keyboard.press('1');
    await cell(page, 2, 2).click();
    await page.keyboard.press('w');
    await expect(page.getByText('Saved in this browser at')).toBeVisible();
    await expect(other.getByText('Saved in this browser at')).toBeVisible();
    for (const tab of [page, other]) {
      await tab.reload();
      await expect(cell(tab, 1, 1)).toHaveText(/^Expert/);
      await expect(cell(tab, 10, 9)).toHaveText(/^Awareness/);
      await expect(cell(tab, 2, 2)).toHaveText(/^Working/);
    }
  });

  test("a tab that did not hear the other's save brings its edit onto it, and says so", async ({
    page,
    context,
  }) => {
    await copyDevops(page);
    // The second tab hears nothing of the first (as when a browser has no BroadcastChannel): its
    // save finds a newer revision than the one it read.
    const other = await context.newPage();
    await other.addInitScript(() => Object.defineProperty(window, 'BroadcastChannel', { value: undefined }));
    await other.goto(page.url());
    await other.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await expect(cell(other, 1, 1)).toHaveText(/^Awareness/);
    await cell(page, 1, 1).click();
    await page.keyboard.press('4');
    await expect(page.getByText('Saved in this browser at')).toBeVisible();
    await cell(other, 2, 2).click();
    await other.keyboard.press('w');
    await expect(other.getByRole('status').filter({ hasText: 'Another tab' })).toHaveText(
      /Another tab saved this draft too: its changes and yours are both kept\./,
    );
    // Both edits are in the tab that brought them together, and kept.
    await expect(cell(other, 1, 1)).toHaveText(/^Expert/);
    await expect(cell(other, 2, 2)).toHaveText(/^Working/);
    await expect(other.getByText('Saved in this browser at')).toBeVisible();
    await page.reload();
    await expect(cell(page, 1, 1)).toHaveText(/^Expert/);
    await expect(cell(page, 2, 2)).toHaveText(/^Working/);
  });

  test('a save the browser refuses is said, the edit stays, and trying again keeps it', async ({ page }) => {
    await copyDevops(page);
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      (window as unknown as { restorePut: () => void }).restorePut = () =>
        (IDBObjectStore.prototype.put = put);
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await cell(page, 1, 1).click();
    await page.keyboard.press('4');
    await expect(page.getByRole('alert')).toContainText(
      "Not saved: this browser's storage for the app is full. Your changes are kept in this tab while it stays open",
    );
    await expect(cell(page, 1, 1)).toHaveText(/^Expert/);
    await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await expect(page.getByText('Saved in this browser at')).toBeVisible();
    await page.reload();
    await expect(cell(page, 1, 1)).toHaveText(/^Expert/);
  });

  test('a pasted grid starts a draft, and its cells that name no proficiency are listed by line', async ({
    page,
  }) => {
    await page.goto('./?view=edit');
    await page.getByText('From a spreadsheet grid').click();
    await page
      .getByLabel(/Paste a grid/)
      .fill('Skill\tJunior\tSenior\nCoding\tw\tExpert\nTesting\t1\tsometimes\n');
    await page.getByRole('button', { name: 'Start from the grid' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'named no proficiency' })).toHaveText(
      /1 cell of the grid named no proficiency, left empty: line 3, column 3: "sometimes"\./,
    );
    await expect(cell(page, 1, 1)).toHaveText(/^Working/);
    await expect(cell(page, 1, 2)).toHaveText(/^Expert/);
    await expect(cell(page, 2, 2)).toHaveText(/^not required/);
  });
});

/**
 * One framework, many versions (#29), each test from the first page, as a new user meets it: the
 * version shown and the newer one said in the masthead; "what changed" opened from there, read by
 * keyboard, as a table and across the framework; the version picker and the link carrying the
 * version; a self-assessment following the person to the 2025 role, the renamed skill carried;
 * "Moves" listing other roles; axe on what changed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const devops = JSON.parse(
  readFileSync(new URL('../../static/data/devops-engineer-2020.json', import.meta.url), 'utf8'),
);
/** A department's release of the DevOps role that follows the DDaT: one requirement raised a step. */
function release(date: string, name = 'Our DevOps ladder', renamePrototyping = false) {
  const framework = structuredClone(devops);
  if (renamePrototyping) {
    // A skill given a new id and name: no id, name or table matches it to the 2025 one.
    const role = framework.roles[0];
    role.skills.find((s: { id: string }) => s.id === 'prototyping').id = 'prototyping-and-testing';
    role.skills.find((s: { id: string }) => s.id === 'prototyping-and-testing').name =
      'Prototyping and testing';
    for (const r of role.requirements.filter((r: { skillId: string }) => r.skillId === 'prototyping')) {
      r.skillId = 'prototyping-and-testing';
      r.skillName = 'Prototyping and testing';
    }
  }
  framework.id = 'our-devops';
  framework.name = name;
  framework.follows = { framework: 'DDaT Capability Framework', date };
  const raised = framework.roles[0].requirements.find(
    (r: { levelId: string; skillId: string }) =>
      r.levelId === 'devops-engineer' && r.skillId === 'service-support',
  );
  raised.proficiency = 'expert';
  return { name: 'ours.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(framework)) };
}

/** Loads a release that renames Prototyping without saying so, and opens "What changed". */
async function openRenamingRelease(page: Page) {
  await page.goto('./');
  await page.getByText('Load your own framework').click();
  await page.getByLabel('Choose files').setInputFiles(release('2026-11-30', 'Our DevOps ladder', true));
  await expect(page.getByRole('status').filter({ hasText: 'Loaded "Our DevOps ladder"' })).toBeVisible();
  await page.getByRole('link', { name: 'Compare levels and tracks' }).click();
}

const ROLE = 'Development operations (DevOps) engineer';
const chart = (page: Page) =>
  page.getByRole('group', {
    name: `What changed in ${ROLE} from 7 January 2020 (GOV.UK role page) to 2025 (CSV download), skill by skill`,
  });

test.describe('versions of a framework', () => {
  test('the first page says which version it is, that a newer one exists and how much changed', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByLabel('Version')).toHaveValue('ddat-devops-engineer-2020');
    await expect(page.getByLabel('Version').locator('option')).toHaveText([
      '7 January 2020 (GOV.UK role page)',
      '2025 (CSV download)',
    ]);
    await expect(page.getByText('A newer version exists: 2025 (CSV download).')).toBeVisible();
    await expect(page.locator('.newer')).toContainText(
      '85 requirements of 85 changed: no proficiency raised or lowered; 85 descriptions reworded; 1 skill renamed (Modern standards approach → Modern development standards).',
    );
  });

  test('"See what changed" opens the chart, read by keyboard, word by word, as a table and framework-wide', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'See what changed' }).click();
    await expect(page.getByRole('heading', { name: 'What changed between versions' })).toBeFocused();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('compare');
    await expect(page.getByLabel('Compare this version with')).toHaveValue('ddat-2025');
    const rows = chart(page).getByRole('button');
    await expect(rows).toHaveCount(10);
    const renamed = chart(page).getByRole('button', { name: /^Modern development standards \(renamed/ });
    await expect(renamed).toHaveAccessibleName(
      /^Modern development standards \(renamed from Modern standards approach\)\. Apprentice DevOps engineer: Awareness, reworded;/,
    );
    // Every cell of the source is reworded, none raised: a ✎ in each, no ▲.
    await expect(chart(page).locator('text.mark', { hasText: '✎' })).toHaveCount(85);
    await expect(chart(page).locator('text.mark', { hasText: '▲' })).toHaveCount(0);
    // One tab stop; arrow keys go from skill to skill, and the words follow.
    await rows.first().focus();
    await expect(
      page.getByRole('heading', { name: 'Availability and capacity management, word by word' }),
    ).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(renamed).toBeFocused();
    const words = page.getByRole('heading', {
      name: 'Modern development standards (renamed from Modern standards approach), word by word',
    });
    await expect(words).toBeVisible();
    const section = page.locator('section.version-words');
    await expect(section.locator('ins').first()).toBeVisible();
    await expect(section.locator('del').first()).toBeVisible();
    // Across the framework: the 2025 CSV adds 51 roles to the page's one.
    await expect(
      page.getByText(
        '51 roles added, none removed, none renamed; in the 1 role in both, 85 requirements changed',
      ),
    ).toBeVisible();
    const families = page.getByRole('table').filter({ has: page.getByText('What changed per role family') });
    await expect(families.getByRole('row', { name: /Software development/ })).toContainText('85');
    // As a table: a row per skill, a column per level.
    await page.getByLabel('Show as table').check();
    const twin = page.getByRole('table', {
      name: `What changed in ${ROLE} from 7 January 2020 (GOV.UK role page) to 2025 (CSV download)`,
    });
    await expect(twin.getByRole('row')).toHaveCount(11);
    await expect(twin.getByRole('row', { name: /Modern development standards/ })).toContainText(
      'renamed from Modern standards approach',
    );
  });

  test('what changed has no axe violations', async ({ page }) => {
    await page.goto('./?view=compare');
    await expect(chart(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test('the version picker opens the 2025 version, and the link carries it', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Version').selectOption('ddat-2025');
    await expect.poll(() => new URL(page.url()).searchParams.get('fw')).toBe('ddat-2025');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROLE);
    await expect(page.getByLabel('Version')).toHaveValue('ddat-2025');
    await expect(page.getByText('A newer version exists')).toHaveCount(0);
    // What changed from the 2025 side: still from the older to the newer.
    await page.goto(`./?fw=ddat-2025&role=development-operations-devops-engineer&view=compare`);
    await expect(chart(page).getByRole('button')).toHaveCount(10);
  });

  test('a self-assessment made on the first page follows the person to the 2025 role', async ({ page }) => {
    await page.goto('./?view=assess');
    await page.getByRole('button', { name: 'Start my assessment' }).click();
    const group = (skill: string) => page.getByRole('group', { name: skill, exact: true });
    await group('Modern standards approach').getByLabel('Expert').check();
    await group('Systems design').getByLabel('Working').check();
    // Kept before the version is left (the keeper says when).
    await expect(page.getByText('Every change is kept in this browser as you make it')).toBeVisible();
    await page.getByRole('button', { name: 'Open the 2025 (CSV download) version' }).click();
    await expect(page.getByLabel('Version')).toHaveValue('ddat-2025');
    await expect(page.getByRole('status').filter({ hasText: 'is carried to this version' })).toContainText(
      '"Modern standards approach" is carried as "Modern development standards", its name in this version',
    );
    await expect(group('Modern development standards').getByLabel('Expert')).toBeChecked();
    await expect(group('Systems design').getByLabel('Working')).toBeChecked();
  });

  test('"Moves" from the first page lists other roles, in the latest version, and says so', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('link', { name: 'Moves to other roles' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Moves are worked out in the latest version' }),
    ).toContainText('DDaT Capability Framework (2025), which has 52 roles');
    await expect(page.getByLabel('Version')).toHaveValue('ddat-2025');
    await expect(page.locator('.list > li').first()).toBeVisible();
    await expect(page.getByText('there is no other role to move to')).toHaveCount(0);
  });

  test('a loaded framework that follows the DDaT becomes its newest version, and shows what it changed', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByText('Load your own framework').click();
    await page.getByLabel('Choose files').setInputFiles(release('2026-11-30'));
    await expect(page.getByRole('status').filter({ hasText: 'Loaded "Our DevOps ladder"' })).toContainText(
      'It is a version of DDaT Capability Framework, after 2025 (CSV download)',
    );
    // The masthead names it among the DDaT's versions, and the 2025 one now has a newer version.
    await expect(page.getByLabel('Version')).toHaveValue('our-devops');
    await expect(page.getByLabel('Version').locator('option')).toHaveText([
      '7 January 2020 (GOV.UK role page)',
      '2025 (CSV download)',
      '30 November 2026 (Our DevOps ladder, loaded)',
    ]);
    await page.getByLabel('Version').selectOption('ddat-2025');
    await expect(page.locator('.newer')).toContainText(
      'A newer version exists: 30 November 2026 (Our DevOps ladder, loaded).',
    );
    await expect(page.locator('.newer')).toContainText('1 requirement raised');
    await page.getByLabel('Version').selectOption('our-devops');
    await page.getByRole('link', { name: 'Compare levels and tracks' }).click();
    await expect(page.getByLabel('Compare this version with')).toHaveValue('ddat-2025');
    await expect(page.locator('.version-summary')).toContainText('1 requirement raised');
    await page
      .getByLabel('Compare this version with')
      .selectOption({ label: '7 January 2020 (GOV.UK role page)' });
    const changed = page.getByRole('group', {
      name: /^What changed in .* from 7 January 2020 \(GOV\.UK role page\) to 30 November 2026 \(Our DevOps ladder, loaded\)/,
    });
    await expect(changed.locator('text.mark', { hasText: '▲1' })).toHaveCount(1);
    await expect(
      changed.getByRole('button', {
        name: /^Service support\. .*DevOps engineer: Expert, raised 1 step from practitioner/,
      }),
    ).toBeVisible();
  });

  test('a loaded framework dated before the version it follows is kept on its own, and says why', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByText('Load your own framework').click();
    await page.getByLabel('Choose files').setInputFiles(release('2019-03-01', 'Old ladder'));
    await expect(page.getByRole('status').filter({ hasText: 'Loaded "Old ladder"' })).toContainText(
      '"Old ladder" is dated 1 March 2019, before 2025 (CSV download), the version it follows: it is shown as a framework of its own.',
    );
    // Shown, and nothing else lost: the built-in versions are as they were.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROLE);
    await page.getByRole('link', { name: 'Compare levels and tracks' }).click();
    await expect(page.getByText('has no other version in this app to compare with')).toBeVisible();
    // The one step that leads somewhere: the loader, open and focused.
    await page.getByRole('button', { name: 'Load a later release' }).click();
    await expect(page.locator('#framework-loader summary')).toBeFocused();
    await expect(page.getByLabel('Choose files')).toBeVisible();
    await page.goto('./');
    await expect(page.getByLabel('Version').locator('option')).toHaveCount(2);
  });

  test('a rename the app is unsure of is offered, applied only when the person confirms it, and taken back', async ({
    page,
  }) => {
    await openRenamingRelease(page);
    const offer = page
      .locator('.maybe')
      .filter({ hasText: '"Prototyping" (2025 (CSV download)) and "Prototyping and testing"' });
    await expect(offer).toContainText('may be one skill renamed');
    const rows = page.getByRole('group', { name: /^What changed in .* skill by skill$/ }).getByRole('button');
    // Not applied by itself: one skill added, one removed.
    await expect(rows.filter({ hasText: 'new skill' })).toHaveCount(2);
    await offer.getByRole('button', { name: 'They are one skill, renamed' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: '"Prototyping" is now read as "Prototyping and testing" renamed' }),
    ).toBeVisible();
    await expect(rows.filter({ hasText: 'renamed from Prototyping' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'new skill' })).toHaveCount(1);
    // Kept in this browser.
    await page.reload();
    await expect(rows.filter({ hasText: 'renamed from Prototyping' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Take it back' }).click();
    await expect(rows.filter({ hasText: 'renamed from Prototyping' })).toHaveCount(0);
    await expect(offer).toBeVisible();
  });

  test('two tabs: a rename confirmed in one shows in the other, and neither undoes the other', async ({
    page,
    context,
  }) => {
    await openRenamingRelease(page);
    // The same view in a second tab of the same browser (the loaded framework is kept in it).
    const other = await context.newPage();
    await other.goto(page.url());
    const rowsIn = (tab: typeof page) =>
      tab.getByRole('group', { name: /^What changed in .* skill by skill$/ }).getByRole('button');
    const offerIn = (tab: typeof page) =>
      tab
        .locator('.maybe')
        .filter({ hasText: '"Prototyping" (2025 (CSV download)) and "Prototyping and testing"' });
    await expect(offerIn(other)).toBeVisible();
    await offerIn(page).getByRole('button', { name: 'They are one skill, renamed' }).click();
    await expect(rowsIn(page).filter({ hasText: 'renamed from Prototyping' })).toHaveCount(1);
    // The other tab reads it without a reload.
    await expect(rowsIn(other).filter({ hasText: 'renamed from Prototyping' })).toHaveCount(1);
    // Taken back in the other tab: the first follows, and what is kept is what was said last.
    await other.getByRole('button', { name: 'Take it back' }).click();
    await expect(rowsIn(page).filter({ hasText: 'renamed from Prototyping' })).toHaveCount(0);
    await expect(offerIn(page)).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('pathway-explorer:confirmed-renames'))).toBe('[]');
  });
});

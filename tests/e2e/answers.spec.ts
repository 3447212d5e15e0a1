/**
 * Answers a person can trust (#27): what the team's pages say is what the model's definitions say.
 * A team assessed once each, on staggered days, shows no rise between the dates; a skill nobody in
 * the team holds at practitioner or above is flagged first, and more strongly than one held by one.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const HEADER = 'person,framework,role,level_target,skill,proficiency,date,source';
const row = (person: string, skill: string, proficiency: string, date: string) =>
  [
    person,
    'ddat-devops-engineer-2020',
    'development-operations-devops-engineer',
    'DevOps engineer',
    skill,
    proficiency,
    date,
    'self',
  ].join(',');
const load = (page: Page, text: string) =>
  page
    .getByLabel('Choose files')
    .setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

test('a team assessed once each, on staggered days, shows no false rise', async ({ page }) => {
  await page.goto('./?view=team');
  const people = ['Ann', 'Bo', 'Cy', 'Di'];
  const days = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01'];
  await load(page, [HEADER, ...people.map((p, i) => row(p, 'User focus', 'Expert', days[i]))].join('\n'));
  const moves = page.locator('section.moves');
  await expect(moves.getByRole('paragraph').first()).toHaveText(
    'Of the 1 person assessed by both 2026-01-01 and 2026-04-01 (3 people were first assessed after 2026-01-01, and are left out):',
  );
  await expect(moves.getByRole('row', { name: /^User focus/ })).toHaveText(/User focus\s*1 of 1\s*1 of 1$/);
  await expect(moves).not.toContainText('▲');
  await expect(moves).toContainText("No one's ratings changed between these dates.");
  // With nobody assessed by the earlier date, nothing is said to have moved.
  await moves.getByLabel('From').selectOption('2026-02-01');
  await moves.getByLabel('to').selectOption('2026-04-01');
  await expect(moves).toContainText('Of the 2 people assessed by both 2026-02-01 and 2026-04-01');
});

test('a skill nobody covers is flagged first, and more strongly than one held by one person', async ({
  page,
}) => {
  await page.goto('./?view=team');
  await load(
    page,
    [
      HEADER,
      row('Ann', 'Service support', 'Expert', '2026-01-01'),
      row('Ann', 'User focus', 'Awareness', '2026-01-01'),
      row('Bo', 'User focus', 'Working', '2026-01-01'),
    ].join('\n'),
  );
  const glance = page.locator('section.findings li');
  await expect(glance.first()).toHaveText(
    /^✖ Availability and capacity management: nobody in the team is at practitioner or above\.$/,
  );
  await expect(glance.filter({ hasText: 'Service support' })).toHaveText(
    '⚠ Service support: only Ann is at practitioner or above.',
  );
  // Every "nobody" comes before the "only one".
  const marks = (await glance.allTextContents())
    .map((t) => t.trim()[0])
    .filter((m) => m === '✖' || m === '⚠');
  expect(marks.indexOf('⚠')).toBe(marks.lastIndexOf('✖') + 1);
  const heatmap = page.locator('svg.team-heatmap');
  await expect(heatmap.locator('text.summary.none').first()).toHaveText('✖ none');
  await expect(heatmap.locator('text.summary.single')).toHaveText(['⚠ only 1']);
});

test('the change marks are explained only where they are drawn', async ({ page }) => {
  await page.goto('./?changes=1');
  const key = page.getByRole('list', { name: 'Change marks' });
  await expect(key).toBeVisible();
  for (const view of ['Compare levels and tracks', 'Where do I stand?', 'Moves to other roles', 'Team']) {
    await page.getByRole('link', { name: view }).click();
    await expect(key, view).toHaveCount(0);
  }
  await page.getByRole('link', { name: 'Explore the pathway' }).click();
  await expect(key).toBeVisible();
});

test('the two Senior tracks show their steps in the matrix, the pathway and the compare summary', async ({
  page,
}) => {
  await page.goto('./?changes=1');
  for (const [track, steps] of [
    ['technical', 6],
    ['management', 7],
  ] as const) {
    const name = `Senior DevOps engineer (${track})`;
    await expect(
      page.getByRole('columnheader', {
        name: new RegExp(
          `^${name.replace(/[()]/g, '\\$&')}: 6 raised · \\d reworded · ${steps} steps up from DevOps engineer`,
        ),
      }),
    ).toBeVisible();
    await expect(
      page.locator('figure[data-chart="pathway"]').getByRole('button', {
        name: new RegExp(
          `^Step to ${name.replace(/[()]/g, '\\$&')} from DevOps engineer: 6 raised · \\d reworded · ${steps} steps up`,
        ),
      }),
    ).toBeVisible();
  }
  await page.goto('./?view=compare&a=devops-engineer&b=senior-devops-engineer-management');
  await expect(page.locator('main')).toContainText(
    'Senior DevOps engineer (management) asks for more in 6 skills, 7 steps (',
  );
  await expect(page.locator('main')).toContainText(
    'In all, Senior DevOps engineer (management) asks for 7 steps more than DevOps engineer.',
  );
});

test('one rating a step below her level still shows the gap to both next levels, and the shortfall apart', async ({
  page,
}) => {
  await page.goto('./?view=assess');
  await page.getByRole('button', { name: 'Start my assessment' }).click();
  await page.getByLabel('Start from a level').selectOption({ label: 'DevOps engineer' });
  await page.getByRole('button', { name: 'Fill in its requirements' }).click();
  await page.getByRole('group', { name: 'Prototyping', exact: true }).getByLabel('Working').check();
  await expect(page.getByLabel('The level I hold today')).toHaveValue('devops-engineer');
  await expect(page.locator('.standing .where')).toHaveText(
    'Below your level, DevOps engineer, in 1 skill: Prototyping, 1 step. Senior DevOps engineer (technical) is nearer, by 1 step: 7 steps to grow, against 8 steps for Senior DevOps engineer (management).',
  );
  const grow = page.locator('section.gap');
  await expect(grow.getByRole('heading', { level: 4 })).toHaveText([
    'Senior DevOps engineer (technical): meets 3 of 10; 7 steps short in 7 skills.',
    'Senior DevOps engineer (management): meets 3 of 10; 8 steps short in 7 skills.',
  ]);
  await expect(grow).toContainText('(raised 1 step from practitioner at DevOps engineer)');
  // The chart of you against a level names the level on screen.
  await expect(
    page.getByRole('heading', { name: 'You against Senior DevOps engineer (technical)' }),
  ).toBeVisible();
});

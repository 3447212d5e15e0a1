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

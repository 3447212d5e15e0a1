/**
 * Moves to other roles (#19, the lists; the map is not drawn yet): from the DevOps engineer, the
 * nearest roles with their costs and skills; opening one and comparing with one; your own ratings
 * as the starting point; every role that asks for a skill; keyboard and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const MOVES = './?fw=ddat-2025&role=development-operations-devops-engineer&view=moves';

test.describe('moves to other roles', () => {
  test('lists the nearest roles from DevOps engineer with their costs, and opens or compares one', async ({
    page,
  }) => {
    await page.goto(MOVES);
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('devops-engineer');
    await expect(page.getByRole('status').filter({ hasText: 'within 6 steps' })).toHaveText(
      '10 roles within 6 steps of DevOps engineer, nearest first.',
    );
    const first = page.locator('.list > li').first();
    await expect(first.getByRole('heading')).toHaveText(
      'Application operations engineer: Associate application operations engineer 3 steps',
    );
    await expect(first.getByRole('list')).toContainText('Incident management: not yet → awareness (+1)');
    // A tighter budget, in the link too.
    await page.getByLabel('Steps to grow, at most').fill('2');
    await page.getByLabel('Steps to grow, at most').press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'within 2 steps' })).toHaveText(
      '1 role within 2 steps of DevOps engineer, nearest first.',
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
      .filter({ hasText: 'Software developer' })
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
      '10 roles within 6 steps of you, nearest first.',
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

    await page.goto('./?view=moves');
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
    // The moves from the start are drawn, one per role within reach.
    await expect(map.locator('path.move')).toHaveCount(10);
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
});

import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

test.describe('the pathway and trajectory views, linked with the matrix', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('grid', { name: /Skills by level/ })).toBeVisible();
  });

  test('clicking the Senior technical node selects that column in the matrix', async ({ page }) => {
    const pathway = page.getByRole('group', { name: /Career pathway/ });
    await pathway
      .getByRole('button', { name: /^Senior DevOps engineer \(technical\): asks for 10 of 10 skills/ })
      .click();
    await expect(page).toHaveURL(/level=senior-devops-engineer-technical/);
    await expect(
      page.getByRole('columnheader', { name: 'Senior DevOps engineer (technical)', selected: true }),
    ).toHaveCount(1);
    await expect(page.locator('.column-highlight')).toHaveCount(1);
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      'Senior DevOps engineer (technical)',
    );
  });

  test('focusing a trajectory line highlights the matrix row and the node bars', async ({ page }) => {
    const trajectory = page.getByRole('group', { name: /Trajectory of each skill/ });
    await trajectory.getByRole('button', { name: /^Service support, technical path:/ }).focus();
    await expect(page.locator('.row-highlight')).toHaveCount(1);
    const box = await page.locator('.row-highlight').boundingBox();
    const row = await page.getByRole('rowheader', { name: 'Service support' }).boundingBox();
    expect(Math.abs(box!.y + box!.height / 2 - (row!.y + row!.height / 2))).toBeLessThan(4);
    await expect(page.locator('.pathway .bar.highlighted')).toHaveCount(9);
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      'Service support',
    );
  });

  test('the trajectories, below the fold when the track changes, show that track once in view', async ({
    page,
  }) => {
    const trajectory = page.getByRole('group', { name: /Trajectory of each skill/ });
    const paths = (name: RegExp) => trajectory.getByRole('button', { name });
    await expect(paths(/management path/)).toHaveCount(10);
    expect(await trajectory.evaluate((svg) => svg.getBoundingClientRect().top > innerHeight)).toBe(true);
    await page.getByRole('radio', { name: 'Technical only' }).check();
    await expect(page).toHaveURL(/track=technical/);
    await trajectory.scrollIntoViewIfNeeded();
    await expect(paths(/management path/)).toHaveCount(0);
    await expect(paths(/technical path/)).toHaveCount(10);
  });

  test('opening a step shows its changes in full', async ({ page }) => {
    await page
      .getByRole('button', {
        name: 'Step to DevOps engineer from Junior DevOps engineer: 1 new · 8 raised · 1 reworded',
      })
      .click();
    const detail = page.getByRole('complementary');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
      'Junior DevOps engineer → DevOps engineer',
    );
    await expect(detail.getByRole('heading', { level: 3 })).toHaveCount(10);
    await expect(
      detail.getByRole('listitem').filter({ hasText: 'Development process optimisation' }),
    ).toContainText('not required → Awareness');
    await expect(detail.getByRole('listitem').filter({ hasText: 'Service support' })).toContainText(
      'Working → Practitioner',
    );
    await expect(detail.locator('del').first()).toBeVisible();
    // Pointing at a skill in the list highlights it in the charts, and the list stays.
    await detail.getByRole('listitem').filter({ hasText: 'User focus' }).hover();
    await expect(page.getByRole('button', { name: /^User focus, technical path/ })).toHaveClass(
      /highlighted/,
    );
    await expect(page.locator('.row-highlight')).toHaveCount(1);
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
      'Junior DevOps engineer → DevOps engineer',
    );
    await expect(page).toHaveURL(/level=devops-engineer&from=junior-devops-engineer/);
  });

  test('every level name fits inside its node', async ({ page }) => {
    const nodes = page.locator('svg.pathway g.node');
    await nodes.first().scrollIntoViewIfNeeded();
    const fits = await nodes.evaluateAll((all) =>
      all.map((node) => {
        const box = node.querySelector<SVGRectElement>('rect.box')!.getBBox();
        const text = node.querySelector<SVGTextElement>('text.node-label')!.getBBox();
        return text.x >= box.x + 2 && text.x + text.width <= box.x + box.width - 2;
      }),
    );
    expect(fits).toHaveLength(9);
    expect(fits.every(Boolean)).toBe(true);
  });

  test("a step's label, drawn over every line, selects its step", async ({ page }) => {
    // The labels let the pointer through to the step's hit area under them (`force`: a click where
    // the label is drawn, whatever takes it).
    await page.locator('.step-labels text', { hasText: '6 raised' }).first().click({ force: true });
    await expect(page).toHaveURL(/level=senior-devops-engineer-technical&from=devops-engineer/);
    // Drawn after every line: no dashed move across tracks is painted over a label.
    const order = await page
      .locator('svg.pathway')
      .evaluate((svg) =>
        [...svg.children].map((child) =>
          child.classList.contains('edge') ? 'edge' : child.classList.contains('step-labels') ? 'labels' : '',
        ),
      );
    expect(order.filter((c) => c === 'edge')).toHaveLength(12);
    expect(order.lastIndexOf('edge')).toBeLessThan(order.indexOf('labels'));
  });

  test('cross-track moves are drawn dashed and can be hidden', async ({ page }) => {
    const moves = page.getByRole('button', { name: /^Move across to/ });
    await expect(moves).toHaveCount(4);
    await page.getByRole('checkbox', { name: /Show moves across tracks/ }).uncheck();
    await expect(moves).toHaveCount(0);
    await expect(page).toHaveURL(/cross=0/);
  });

  test('the graph works from the keyboard alone: one tab stop, arrow keys along the path and between lanes', async ({
    page,
  }) => {
    const pathway = page.getByRole('group', { name: /Career pathway/ });
    const focused = (name: RegExp) => expect(pathway.getByRole('button', { name })).toBeFocused();
    await page.getByRole('checkbox', { name: /Show moves across tracks/ }).focus();
    await page.keyboard.press('Tab');
    await focused(/^Apprentice DevOps engineer: asks for/);
    await page.keyboard.press('ArrowRight');
    await focused(/^Step to Junior DevOps engineer from Apprentice/);
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      'Apprentice DevOps engineer → Junior DevOps engineer',
    );
    await page.keyboard.press('ArrowRight');
    await focused(/^Junior DevOps engineer: asks for/);
    // Along the path to Lead technical, then down a lane to Lead management.
    const leadTechnical = pathway.getByRole('button', {
      name: /^Lead DevOps engineer \(technical\): asks for/,
    });
    for (let i = 0; i < 15 && !(await leadTechnical.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('ArrowRight');
    }
    await focused(/^Lead DevOps engineer \(technical\): asks for/);
    await page.keyboard.press('ArrowDown');
    await focused(/^Lead DevOps engineer \(management\): asks for/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/level=lead-devops-engineer-management/);
    // One tab stop: Tab leaves the picture, Shift+Tab comes back to the mark last focused.
    await page.keyboard.press('Tab');
    expect(await pathway.evaluate((svg) => svg.contains(document.activeElement))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await focused(/^Lead DevOps engineer \(management\): asks for/);
    await page.keyboard.press('Home');
    await focused(/^Apprentice DevOps engineer: asks for/);
  });

  test('the trajectories are one tab stop too, with arrow keys from skill to skill', async ({ page }) => {
    const trajectory = page.getByRole('group', { name: /Trajectory of each skill/ });
    const lines = trajectory.getByRole('button');
    await expect(lines).toHaveCount(10);
    await page.locator('figure[data-chart="trajectory"] summary').focus();
    await page.keyboard.press('Tab');
    await expect(lines.and(page.locator('[tabindex="0"]'))).toBeFocused();
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    const first = await focusedName();
    await page.keyboard.press('ArrowDown');
    const second = await focusedName();
    expect(second).not.toBe(first);
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      second!.split(',')[0],
    );
    await page.keyboard.press('ArrowUp');
    expect(await focusedName()).toBe(first);
    await page.keyboard.press('Tab');
    expect(await trajectory.evaluate((svg) => svg.contains(document.activeElement))).toBe(false);
  });

  test('each chart has a table twin', async ({ page }) => {
    await page.getByRole('checkbox', { name: 'Show as table' }).check();
    await expect(page.getByRole('table', { name: /Steps between the levels/ }).getByRole('row')).toHaveCount(
      13,
    );
    await expect(page.getByRole('table', { name: /trajectory/ }).getByRole('row')).toHaveCount(21);
  });

  test('no accessibility violations, minor ones included with a step and a skill selected', async ({
    page,
  }) => {
    await page.goto('./?level=devops-engineer&from=junior-devops-engineer&changes=1');
    await expect(page.getByRole('grid')).toBeVisible();
    await page.getByRole('button', { name: /^Service support, technical path/ }).focus();
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations;
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});

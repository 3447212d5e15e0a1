import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

test.describe('the compare view', () => {
  test('opens straight from a link, with the summary and every skill', async ({ page }) => {
    await page.goto('./?view=compare&a=lead-devops-engineer-technical&b=lead-devops-engineer-management');
    await expect(page.getByRole('link', { name: 'Compare levels and tracks' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(
      page.getByText(/^Lead DevOps engineer \(technical\) asks for more in 2 skills/),
    ).toBeVisible();
    const chart = page.getByRole('group', { name: /compared with/ });
    await expect(chart.getByRole('button')).toHaveCount(10);
    await expect(
      chart.getByRole('button', {
        name: 'Service support: expert vs practitioner; Lead DevOps engineer (technical) asks 1 step more',
      }),
    ).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'The descriptions, word by word' })).toBeVisible();
  });

  test('defaults to Senior technical vs Senior management; switching and going back work', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('link', { name: 'Compare levels and tracks' }).click();
    await expect(page).toHaveURL(/view=compare/);
    await expect(page.getByLabel('Compare', { exact: true })).toHaveValue(
      /senior-devops-engineer-technical$/,
    );
    await expect(page.getByLabel('with', { exact: true })).toHaveValue(/senior-devops-engineer-management$/);
    await page
      .getByLabel('with', { exact: true })
      .selectOption({ label: 'Principal DevOps engineer (technical)' });
    await expect(page).toHaveURL(/a=senior-devops-engineer-technical&b=principal-devops-engineer-technical/);
    await expect(page.getByText(/^Principal DevOps engineer \(technical\) asks for more in/)).toBeVisible();
    await page.getByRole('button', { name: '⇄ Swap' }).click();
    await expect(page).toHaveURL(/a=principal-devops-engineer-technical&b=senior-devops-engineer-technical/);
    await page.goBack();
    await expect(page.getByLabel('Compare', { exact: true })).toHaveValue(
      /senior-devops-engineer-technical$/,
    );
    await page.goBack();
    await expect(page.getByLabel('with', { exact: true })).toHaveValue(/senior-devops-engineer-management$/);
  });

  test('on a wide screen the descriptions sit beside the chart, which stays in view as they scroll by', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('./?view=compare');
    const chart = page.locator('figure[data-chart="compare"]');
    const words = page.getByRole('region', { name: 'The descriptions, word by word' });
    const [chartBox, wordsBox] = [(await chart.boundingBox())!, (await words.boundingBox())!];
    expect(wordsBox.x).toBeGreaterThanOrEqual(chartBox.x + chartBox.width);
    expect(Math.abs(wordsBox.y - chartBox.y)).toBeLessThan(8);
    // Reading the last description, the chart is still on screen, and pointing at its skill there
    // marks the description.
    await page.evaluate((y) => scrollTo(0, y), chartBox.y + chartBox.height + 40);
    await expect(words.getByRole('heading', { name: 'User focus' })).toBeInViewport();
    const row = page
      .getByRole('group', { name: /compared with/ })
      .getByRole('button', { name: /^User focus:/ });
    await expect(row).toBeInViewport();
    await row.hover();
    await expect(words.locator('li.highlighted h3')).toHaveText('User focus');

    // On a narrower screen they stack.
    await page.setViewportSize({ width: 1000, height: 900 });
    const [narrowChart, narrowWords] = [(await chart.boundingBox())!, (await words.boundingBox())!];
    expect(narrowWords.y).toBeGreaterThanOrEqual(narrowChart.y + narrowChart.height);
  });

  test('the chart is one tab stop, with arrow keys from skill to skill', async ({ page }) => {
    await page.goto('./?view=compare');
    const chart = page.getByRole('group', { name: /compared with/ });
    await page.locator('figure[data-chart="compare"] summary').focus();
    await page.keyboard.press('Tab');
    await expect(chart.getByRole('button', { name: /^Availability and capacity management:/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(chart.getByRole('button', { name: /^Development process optimisation:/ })).toBeFocused();
    await page.keyboard.press('End');
    await expect(chart.getByRole('button', { name: /^User focus:/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/skill=user-focus/);
    await page.keyboard.press('Tab');
    expect(await chart.evaluate((svg) => svg.contains(document.activeElement))).toBe(false);
  });

  test('every preset opens its pair', async ({ page }) => {
    await page.goto('./?view=compare');
    const presets = page.getByLabel('Presets');
    await expect(presets.locator('option:not([disabled])')).toHaveCount(11);
    const labels = await presets.locator('option:not([disabled])').allTextContents();
    for (const label of labels) {
      await presets.selectOption({ label });
      const [from, to] = label.includes('→') ? label.split(' → ') : [];
      if (from) {
        await expect(page.getByRole('heading', { level: 2, name: `${from} vs ${to}` })).toBeVisible();
      } else {
        const level = label.split(':')[0];
        await expect(
          page.getByRole('heading', { level: 2, name: `${level} (technical) vs ${level} (management)` }),
        ).toBeVisible();
      }
    }
  });

  test('the track overview reads the whole fork', async ({ page }) => {
    await page.goto('./?view=compare');
    const overview = page.getByRole('group', { name: /Where the tracks of/ });
    await expect(overview.getByRole('img')).toHaveCount(3);
    await expect(
      overview.getByRole('img', {
        name: /^Senior DevOps engineer: Technical asks more in Service support \+1;/,
      }),
    ).toHaveCount(1);
    await page.getByRole('checkbox', { name: 'Show as table' }).check();
    await expect(
      page.getByRole('table', { name: /Steps more that the technical track asks/ }).getByRole('row'),
    ).toHaveCount(11);
    await expect(page.getByRole('table', { name: /compared with/ }).getByRole('row')).toHaveCount(11);
  });

  test('a tampered compare link shows a notice and a working compare view', async ({ page }) => {
    await page.goto('./?view=compare&a=ghost&b=devops-engineer&skill=%3Cb%3Ebold%3C%2Fb%3E');
    await expect(page.getByRole('status').filter({ hasText: 'Part of this link' })).toContainText(
      'Ignored: skill "<b>bold</b>"; a "ghost"',
    );
    await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);
    await expect(page.getByLabel('Compare', { exact: true })).toHaveValue(
      /senior-devops-engineer-technical$/,
    );
    await expect(page.getByRole('group', { name: /compared with/ }).getByRole('button')).toHaveCount(10);
  });

  test('has no accessibility violations, minor ones included', async ({ page }) => {
    await page.goto('./?view=compare&skill=service-support');
    await expect(page.getByRole('group', { name: /compared with/ })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations;
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});

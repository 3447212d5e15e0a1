import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

test.describe('presentation mode, themes and print', () => {
  test('presents each chart in a 16:9 frame and moves between them', async ({ page }) => {
    await page.goto('./?changes=1');
    await page.locator('figure[data-chart="pathway"]').getByRole('button', { name: 'Present' }).click();
    await expect(page).toHaveURL(/present=pathway/);
    const frame = page.locator('section.frame');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
      'Development operations (DevOps) engineer: career pathway',
    );
    const box = (await frame.boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    await expect(frame.getByText('Source: DDaT Capability Framework')).toBeVisible();
    await expect(frame.getByRole('listitem').filter({ hasText: 'move across tracks' })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
      'Development operations (DevOps) engineer: skill trajectories',
    );
    await page.getByRole('button', { name: 'Next ▶' }).click();
    await page.getByRole('button', { name: 'Next ▶' }).click();
    await expect(page.getByText('5 of 5: Track overview')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('grid')).toBeVisible();
    await expect(page).not.toHaveURL(/present=/);
  });

  test('the slides are the charts that apply: a role whose tracks never split has no overview slide', async ({
    page,
  }) => {
    await page.goto('./?fw=ddat-2025&role=business-architect&present=trajectory');
    // Matrix, pathway, trajectories, comparison and career map: no overview, and no profile (no
    // self-assessment here).
    await expect(page.getByText('3 of 5: Skill trajectories')).toBeVisible();
    await page.getByRole('button', { name: 'Next ▶' }).click();
    await expect(page.getByText('4 of 5: Comparison')).toBeVisible();
    await page.getByRole('button', { name: 'Next ▶' }).click();
    await expect(page.getByText('5 of 5: Career map')).toBeVisible();
    await page.getByRole('button', { name: 'Next ▶' }).click();
    await expect(page.getByText('1 of 5: Skills by level')).toBeVisible();
    // A link to the overview says why there is none, and Next goes on to the first slide.
    await page.goto('./?fw=ddat-2025&role=business-architect&present=overview');
    await expect(page.getByText('Not one of the 5 slides: Track overview')).toBeVisible();
    await expect(page.locator('section.frame')).toContainText(
      'The tracks of Business architect do not split, so there is nothing to set side by side.',
    );
    await expect(page.locator('section.frame svg.overview')).toHaveCount(0);
    await page.getByRole('button', { name: 'Next ▶' }).click();
    await expect(page.getByText('1 of 5: Skills by level')).toBeVisible();
  });

  test('themes change the page and the exports, and are kept in the link', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page).toHaveURL(/theme=dark/);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(20, 24, 29)');
    const menu = page.locator('figure[data-chart="matrix"] details.export');
    await menu.locator('summary').click();
    const downloading = page.waitForEvent('download');
    await menu.getByRole('button', { name: 'SVG', exact: true }).click();
    const svg = readFileSync((await (await downloading).path())!, 'utf8');
    expect(svg).toMatch(
      /<svg[^>]* width="(\d+)" height="(\d+)"[^]*<rect width="\1" height="\2" fill="#14181d"\/>/,
    );
  });

  for (const theme of ['dark', 'contrast']) {
    test(`the ${theme} theme has no accessibility violations, minor ones included`, async ({ page }) => {
      await page.goto(`./?theme=${theme}&changes=1&level=devops-engineer&skill=prototyping`);
      await expect(page.getByRole('grid')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations;
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }

  test('presentation mode has no accessibility violations, minor ones included', async ({ page }) => {
    for (const query of [
      './?present=compare&theme=contrast',
      './?present=pathway',
      './?present=trajectory',
    ]) {
      await page.goto(query);
      await expect(page.locator('section.frame')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
        [],
      );
    }
  });

  test('printing shows the chart alone on one landscape page, with title, legend and source', async ({
    page,
  }) => {
    await page.goto('./?track=technical');
    const menu = page.locator('figure[data-chart="pathway"] details.export');
    await menu.locator('summary').click();
    await page.evaluate(() => (window.print = () => {}));
    await menu.getByRole('button', { name: 'Print' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('figure[data-chart="pathway"]')).toBeVisible();
    await expect(page.locator('figure[data-chart="matrix"]')).toBeHidden();
    await expect(page.getByRole('radio', { name: 'Technical only' })).toBeHidden();
    await expect(page.locator('figure[data-chart="pathway"] .print-title')).toHaveText(
      'Development operations (DevOps) engineer: career pathway',
    );
    await expect(page.locator('figure[data-chart="pathway"] .print-foot')).toContainText(
      'Open Government Licence v3.0',
    );
    const path = test.info().outputPath('print.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [path]).toString();
    expect(info).toMatch(/Pages:\s+1\n/);
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
    expect(Number(w)).toBeGreaterThan(Number(h));
  });
});

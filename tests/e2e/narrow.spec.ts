import AxeBuilder from '@axe-core/playwright';
import { MIN_SCALE, OVERVIEW_MIN_WIDTH_LIMIT } from '../../src/lib/layout/legibility';
import { test, expect } from './fixtures';

// A phone, and the 320 pixels that WCAG's reflow criterion asks for.
for (const width of [390, 320]) {
  test.describe(`on a screen ${width} pixels wide`, () => {
    test.use({ viewport: { width, height: 844 } });

    test('the three views stay tabs side by side on the rule, the deck export above them', async ({
      page,
    }) => {
      await page.goto('./');
      const views = page.getByRole('navigation', { name: 'Views' });
      const [explore, compare, assess, moves] = await Promise.all(
        ['Explore the pathway', 'Compare levels and tracks', 'Where do I stand?', 'Moves to other roles'].map(
          (name) => views.getByRole('link', { name }).boundingBox(),
        ),
      );
      for (const [left, right] of [
        [compare, assess],
        [assess, moves],
      ]) {
        expect(right!.y).toBe(left!.y);
        expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x);
      }
      expect(moves!.x + moves!.width).toBeLessThanOrEqual(width);
      const deck = await views.getByText('Make a deck (PowerPoint)').boundingBox();
      const rule = await views.boundingBox();
      expect(explore!.y).toBe(compare!.y);
      expect(explore!.x + explore!.width).toBeLessThanOrEqual(compare!.x);
      expect(Math.round(compare!.y + compare!.height)).toBeGreaterThanOrEqual(
        Math.round(rule!.y + rule!.height) - 3,
      );
      expect(deck!.y + deck!.height).toBeLessThanOrEqual(explore!.y);
    });

    test('a tapped cell shows its detail in a sheet where the person is, and Close lets it go', async ({
      page,
    }) => {
      await page.goto('./');
      await page
        .getByRole('gridcell', { name: 'Service support, Apprentice DevOps engineer: awareness' })
        .click();
      const sheet = page.locator('.side.selected');
      await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('Service support');
      const box = (await sheet.boundingBox())!;
      expect(box.y).toBeGreaterThan(844 * 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
      await sheet.getByRole('button', { name: 'Close' }).click();
      await expect(page.locator('.side.selected')).toHaveCount(0);
      await expect(page).not.toHaveURL(/skill=/);
    });

    test('the skill names stay in view when the matrix scrolls sideways', async ({ page }) => {
      await page.goto('./');
      const frame = page.locator('figure[data-chart="matrix"] .scroll');
      await frame.evaluate((element) => (element.scrollLeft = element.scrollWidth));
      const name = page.locator('svg.matrix .sticky text', { hasText: 'Service support' });
      await expect(name).toBeVisible();
      const box = (await name.boundingBox())!;
      const frameBox = (await frame.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(frameBox.x);
      expect(box.x + box.width).toBeLessThanOrEqual(frameBox.x + frameBox.width / 2);
    });

    test('the compare chart shows both sides and the difference without scrolling', async ({ page }) => {
      await page.goto('./?view=compare');
      const chart = page.locator('svg.compare');
      await expect(chart).toBeVisible();
      const box = (await chart.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      const last = page.locator('svg.compare text.proficiency').last();
      const cell = (await last.boundingBox())!;
      expect(cell.x + cell.width).toBeLessThanOrEqual(width);
    });

    test("the matrix's table twin keeps its header row and skill names in view as it scrolls", async ({
      page,
    }) => {
      await page.goto('./?table=1');
      const region = page.getByRole('region', { name: 'Skills by level table' });
      await region.evaluate((element) => {
        element.scrollTop = 400;
        element.scrollLeft = 400;
      });
      const regionBox = (await region.boundingBox())!;
      const header = (await region.getByRole('columnheader', { name: 'Skill' }).boundingBox())!;
      expect(Math.abs(header.y - regionBox.y)).toBeLessThanOrEqual(2);
      expect(Math.abs(header.x - regionBox.x)).toBeLessThanOrEqual(2);
    });

    test('"Where do I stand?" never scrolls sideways as a whole, its level list as wide as the screen', async ({
      page,
    }) => {
      await page.goto('./?view=assess');
      await page.getByRole('button', { name: 'Start my assessment' }).click();
      const start = page.getByLabel('Start from a level');
      await expect(start).toBeVisible();
      const box = (await start.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });

    test('the team view never scrolls sideways as a whole; its heatmap scrolls in its own frame', async ({
      page,
    }) => {
      await page.goto('./?view=team');
      await page.getByLabel('Choose files').setInputFiles({
        name: 'grid.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'person,level_target,Service support,User focus,Information security,Prototyping\nAlex Smith,DevOps engineer,Working,Expert,Awareness,Working\nBo Chen,Senior DevOps engineer (technical),Expert,not yet,Working,Practitioner\n',
        ),
      });
      const heatmap = page.locator('svg.team-heatmap');
      await expect(heatmap).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const frame = page.locator('figure[data-chart="team"] .scroll');
      await frame.scrollIntoViewIfNeeded();
      await expect(frame).toHaveAttribute('tabindex', '0');
      expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      // Scrolled sideways, the people's names stay in view at the frame's left edge.
      const sticky = heatmap.locator('.sticky text.person', { hasText: 'Bo Chen' });
      await expect(sticky).toHaveCount(0);
      await frame.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      await expect(sticky).toBeInViewport();
      const [name, box] = [(await sticky.boundingBox())!, (await frame.boundingBox())!];
      expect(name.x).toBeGreaterThanOrEqual(box.x);
      expect(name.x).toBeLessThan(box.x + 20);
    });

    for (const [view, query] of [
      ['explore', './'],
      ['compare', './?view=compare'],
    ] as const) {
      test(`the ${view} view never scrolls sideways as a whole; wide charts scroll in their own frame, legible`, async ({
        page,
      }) => {
        await page.goto(query);
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const charts = page.locator('figure.chart svg[viewBox]');
        await expect(charts.first()).toBeVisible();
        // The charts after the first view's are fetched once the page is live, which networkidle may
        // come before: waited for, not read at once.
        await expect.poll(() => charts.count()).toBeGreaterThanOrEqual(2);
        // Each chart is drawn at 3/4 of its size or more (below that its text is too small to read); an
        // overview read whole (not the matrix or the pathway) at least OVERVIEW_MIN_WIDTH_LIMIT pixels wide.
        const sizes = await charts.evaluateAll((svgs) =>
          svgs.map((svg) => ({
            uncapped: svg.classList.contains('matrix') || svg.classList.contains('pathway'),
            drawn: svg.getBoundingClientRect().width,
            width: (svg as SVGSVGElement).viewBox.baseVal.width,
          })),
        );
        expect(sizes.length).toBeGreaterThanOrEqual(2);
        for (const { uncapped, drawn, width } of sizes) {
          const least = Math.min(width * MIN_SCALE, uncapped ? Infinity : OVERVIEW_MIN_WIDTH_LIMIT);
          expect(drawn).toBeGreaterThanOrEqual(least - 1);
        }
        // A chart that scrolls sideways is a named tab stop, so that the keyboard can scroll it (a chart
        // is measured once it has come into view: those out of view are not laid out).
        for (const figure of await page.locator('figure.chart').all()) await figure.scrollIntoViewIfNeeded();
        const frames = () =>
          page.locator('figure.chart .scroll').evaluateAll((all) =>
            all.map((frame) => ({
              scrolls: frame.scrollWidth > frame.clientWidth,
              tabStop: frame.getAttribute('tabindex') === '0' && frame.getAttribute('role') === 'region',
            })),
          );
        await expect.poll(async () => (await frames()).every((f) => f.scrolls === f.tabStop)).toBe(true);
        expect((await frames()).filter((f) => f.scrolls).length).toBeGreaterThanOrEqual(1);
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations;
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      });
    }
  });
}

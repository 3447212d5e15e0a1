import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { syntheticFramework } from '../bench/synthetic';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { exportFile } from './exports';

// 60 skills × 28 levels (4 shared, then 8 steps in 3 tracks): 1,680 cells.
const SKILLS = 60;
const LEVELS = 28;

/** Loads a synthetic framework as a person loads a file. */
async function loadSynthetic(page: Page, framework: ReturnType<typeof syntheticFramework>) {
  await page.goto('./');
  await page.getByText('Load your own framework').click();
  await page.getByLabel('Choose files').setInputFiles({
    name: 'synthetic.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(framework)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Synthetic role (1×)');
}

test.describe('a large framework', () => {
  test.beforeEach(({ page }) => loadSynthetic(page, syntheticFramework()));

  test('draws only the cells in view, keeps the grid whole for assistive technology', async ({ page }) => {
    const grid = page.getByRole('grid');
    await expect(grid).toHaveAttribute('aria-rowcount', String(SKILLS + 1));
    await expect(grid).toHaveAttribute('aria-colcount', String(LEVELS + 1));
    await expect(page.getByRole('columnheader')).toHaveCount(LEVELS + 1); // and the corner
    const cells = page.getByRole('gridcell');
    await expect.poll(() => cells.count()).toBeLessThan((SKILLS * LEVELS) / 2);
    await expect(cells.first()).toBeVisible();

    // Scrolling down draws the rows that come into view, and stops drawing those that left it.
    const last = page.getByRole('gridcell', { name: /^Skill number 60, Level 1:/ });
    await expect(last).toHaveCount(0);
    // Down by the grid's height: its last row comes into view (the charts below it stay further down).
    await page.mouse.wheel(0, (await grid.boundingBox())!.height);
    await expect(last).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Skill number 10', exact: true })).toHaveCount(0);
    // The grid's one tab stop (its first cell until another is focused) is always there.
    await expect(page.getByRole('rowheader', { name: 'Skill number 1', exact: true })).toHaveCount(1);

    // Text stays legible: the matrix scrolls sideways rather than shrinking below 3/4 size.
    const scale = await grid.evaluate(
      (svg) => svg.getBoundingClientRect().width / Number(svg.getAttribute('width')),
    );
    expect(scale).toBeGreaterThanOrEqual(0.75);

    const results = await new AxeBuilder({ page }).include('figure[data-chart="matrix"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });

  test('the pathway stays legible: at 3/4 size or more, it scrolls sideways in a frame the keyboard reaches', async ({
    page,
  }) => {
    const pathway = page.locator('svg.pathway');
    await pathway.scrollIntoViewIfNeeded();
    const { drawn, width } = await pathway.evaluate((svg) => ({
      drawn: svg.getBoundingClientRect().width,
      width: (svg as SVGSVGElement).viewBox.baseVal.width,
    }));
    expect(drawn / width).toBeGreaterThanOrEqual(0.75);
    const frame = page.getByRole('region', { name: /Pathway/ });
    await expect(frame).toHaveAttribute('tabindex', '0');
    await frame.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // A node draws a bar for every skill (the unit tests keep them inside it).
    const node = page.getByRole('button', { name: /^Level 12 \(track 3\): asks for/ });
    const bars = await node.locator('rect.bar').count();
    expect(bars).toBe(SKILLS);
  });

  test('the keyboard reaches every cell, drawing it and scrolling it into view', async ({ page }) => {
    await page.getByRole('gridcell').first().focus();
    await page.keyboard.press('Control+End');
    const corner = page.getByRole('gridcell', { name: /^Skill number 60, Level 12 \(track 3\)/ });
    await expect(corner).toBeFocused();
    await expect(corner).toBeInViewport();
    await page.keyboard.press('ArrowUp');
    await expect(
      page.getByRole('gridcell', { name: /^Skill number 59, Level 12 \(track 3\)/ }),
    ).toBeFocused();
    await page.keyboard.press('Control+Home');
    await expect(page.getByRole('gridcell', { name: /^Skill number 1, Level 1:/ })).toBeInViewport();
  });

  test('a track switch draws what is then in view in its own frame, worked out without measuring: the next frame, measuring, draws nothing more', async ({
    page,
  }) => {
    const grid = page.getByRole('grid');
    // Scrolled down into the grid and sideways, so that neither edge is where the chart starts.
    await grid.evaluate((svg) => {
      svg.scrollIntoView({ block: 'start' });
      scrollBy({ top: 300 });
      svg.parentElement!.scrollLeft = 200;
    });
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    for (const name of ['Track 1 only', 'Track 3 only', 'Track 2 only', 'All 3 tracks']) {
      const drawn = await page.getByRole('radio', { name }).evaluate(async (input) => {
        const cells = () =>
          [...document.querySelectorAll('svg.matrix [role="gridcell"]')]
            .map((cell) => `${cell.getAttribute('data-row')}:${cell.getAttribute('data-col')}`)
            .join(' ');
        (input as HTMLInputElement).click();
        await Promise.resolve(); // the switch's own update
        const inItsFrame = cells();
        for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
        return { inItsFrame, after: cells() };
      });
      expect(drawn.inItsFrame.length).toBeGreaterThan(0);
      expect(drawn.after, `after switching to ${name}`).toBe(drawn.inItsFrame);
    }
  });

  test('prints and exports every cell', async ({ page }) => {
    const cells = page.getByRole('gridcell');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(cells).toHaveCount(SKILLS * LEVELS);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect.poll(() => cells.count()).toBeLessThan(SKILLS * LEVELS);

    const svg = (await exportFile(page, 'matrix', 'SVG')).bytes.toString('utf8');
    expect(svg.match(/>(Awareness|Working|Practitioner|Expert|not required)<\/text>/g)).toHaveLength(
      SKILLS * LEVELS + 5, // and the legend's five
    );
    expect(svg).toContain('Skill number 60');
  });

  test('paints the cells in view on a canvas beneath the named cells, in the colours the SVG gives them, in every theme', async ({
    page,
  }) => {
    const grid = page.getByRole('grid');
    await grid.evaluate((svg) => svg.scrollIntoView({ block: 'start' }));
    const canvas = page.locator('svg.matrix canvas');
    await expect(canvas).toHaveCount(1);
    // The grid's cells are there, named, over it, with no words of their own to lay out.
    await expect(page.getByRole('gridcell').first()).toHaveAccessibleName(/^Skill number 1, Level 1: /);
    await expect(page.locator('svg.matrix text.proficiency')).toHaveCount(0);

    /** Each cell in view (up to 40): the canvas's colour just inside its left edge, halfway down. */
    const painted = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('svg.matrix canvas')!;
        const box = canvas.getBoundingClientRect();
        const g = canvas.getContext('2d')!;
        // In view: in the window, and in the frame that scrolls the chart sideways.
        const frame = canvas.closest('svg')!.parentElement!.getBoundingClientRect();
        const cells = [...document.querySelectorAll<SVGGElement>('svg.matrix [role="gridcell"]')].filter(
          (cell) => {
            const at = cell.getBoundingClientRect();
            return at.top > 0 && at.bottom < innerHeight && at.left > frame.left && at.right < frame.right;
          },
        );
        return cells.slice(0, 40).map((cell) => {
          const at = cell.getBoundingClientRect();
          const x = ((at.left + 4 - box.left) * canvas.width) / box.width;
          const y = ((at.top + at.height / 2 - box.top) * canvas.height) / box.height;
          const [r, gr, b] = g.getImageData(Math.round(x), Math.round(y), 1, 1).data;
          return { place: `${cell.dataset.row}:${cell.dataset.col}`, rgb: [r, gr, b] };
        });
      });
    /** The same cells as SVG draws them (as printed): each box's fill. */
    const drawn = async (places: string[]) => {
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      await expect(page.getByRole('gridcell')).toHaveCount(SKILLS * LEVELS);
      const fills = await page.evaluate((places) => {
        return places.map((place) => {
          const [row, col] = place.split(':');
          const rect = document.querySelector(`svg.matrix [data-row="${row}"][data-col="${col}"] rect.fill`)!;
          return getComputedStyle(rect).fill.match(/\d+/g)!.map(Number);
        });
      }, places);
      await page.evaluate(() => dispatchEvent(new Event('afterprint')));
      await expect(canvas).toHaveCount(1);
      return fills;
    };
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await page.getByLabel('Theme').selectOption('dark');
      let cells: { place: string; rgb: number[] }[] = [];
      await expect
        .poll(async () => {
          cells = await painted();
          return cells.length;
        })
        .toBeGreaterThan(20);
      const fills = await drawn(cells.map((cell) => cell.place));
      // Both kinds are among them: cells asked for, in the proficiency's colour, and cells not asked
      // for, in the page's.
      expect(new Set(fills.map(String)).size).toBeGreaterThan(2);
      cells.forEach((cell, i) => {
        for (let channel = 0; channel < 3; channel++)
          expect(
            Math.abs(cell.rgb[channel] - fills[i][channel]),
            `${theme} ${cell.place}`,
          ).toBeLessThanOrEqual(3);
      });
    }
  });

  test('prints the whole matrix, every row, on one page', async ({ page }) => {
    const menu = page.locator('figure[data-chart="matrix"] details.export');
    await menu.locator('summary').click();
    await page.evaluate(() => (window.print = () => {}));
    await menu.getByRole('button', { name: 'Print' }).click();
    await page.emulateMedia({ media: 'print' });
    const path = test.info().outputPath('print.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    expect(execFileSync('pdfinfo', [path]).toString()).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    for (const skill of ['Skill number 1', 'Skill number 30', 'Skill number 60'])
      expect(text).toContain(skill);
    expect(text).toContain('Level 12');
  });

  test('scrolled sideways, the skill names stay in view and still select their skill', async ({ page }) => {
    const grid = page.getByRole('grid');
    await grid.evaluate((svg) => svg.scrollIntoView({ block: 'start' }));
    const sticky = page.locator('svg.matrix .sticky-rows');
    await expect(sticky).toHaveCount(0);
    await grid.evaluate((svg) => (svg.parentElement!.scrollLeft = 1500));
    const name = sticky.locator('.sticky-row', { hasText: 'Skill number 3' }).first();
    await expect(name).toBeInViewport();
    const box = (await name.boundingBox())!;
    const scroller = (await grid.evaluate(
      (svg) => svg.parentElement!.getBoundingClientRect().left,
    )) as number;
    expect(Math.abs(box.x - scroller)).toBeLessThan(40);
    await name.click();
    await expect(page.locator('aside.detail h2')).toHaveText('Skill number 3');
    // Not part of the grid: the row headers are, once each.
    await expect(page.getByRole('rowheader', { name: 'Skill number 3', exact: true })).toHaveCount(1);
  });

  test('scrolled down, the level names stay in view over the columns and still select their level', async ({
    page,
  }) => {
    const grid = page.getByRole('grid');
    await grid.evaluate((svg) => svg.scrollIntoView({ block: 'start' }));
    const sticky = page.locator('svg.matrix .sticky-header');
    await expect(sticky).toHaveCount(0);
    await page.mouse.wheel(0, 1200);
    await expect(sticky).toHaveCount(1);
    const track = sticky.locator('.sticky-column', { hasText: 'track 2' }).first();
    await expect(track).toBeInViewport();
    // At the top of the window, wherever the page is scrolled.
    expect(Math.abs((await sticky.boundingBox())!.y)).toBeLessThan(30);
    await track.click();
    await expect(page.locator('aside.detail .eyebrow')).toHaveText('Level');
    await expect(page.locator('aside.detail h2')).toContainText('track 2');
    // Not part of the grid: the column headers are, once each.
    await expect(page.getByRole('columnheader')).toHaveCount(LEVELS + 1);
    // Back at the top, the header itself is in view and the copy goes.
    await grid.evaluate((svg) => svg.scrollIntoView({ block: 'start' }));
    await expect(sticky).toHaveCount(0);
  });

  test('the keyboard never leaves the focused cell under the copies of the header or the skill names', async ({
    page,
  }) => {
    await page.getByRole('gridcell').first().focus();
    const uncovered = () =>
      page.evaluate(() => {
        const cell = document.activeElement!;
        const box = cell.getBoundingClientRect();
        const seen = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return cell.contains(seen) && !seen?.closest('.sticky-header, .sticky-rows');
      });
    for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 18; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('svg.matrix .sticky-header')).toHaveCount(1);
    await expect(page.locator('svg.matrix .sticky-rows')).toHaveCount(1);
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('ArrowUp');
      await expect.poll(uncovered, { timeout: 2000 }).toBe(true);
    }
    for (let i = 0; i < 18; i++) {
      await page.keyboard.press('ArrowLeft');
      await expect.poll(uncovered, { timeout: 2000 }).toBe(true);
    }
  });
});

test.describe('a framework of 1,000 skills', () => {
  test.beforeEach(({ page }) =>
    loadSynthetic(page, syntheticFramework({ skills: 1000, steps: 6, shared: 3, tracks: 2 })),
  );

  test("a step's changes, the tables and the descriptions compared come a window at a time, and all of them on asking", async ({
    page,
  }) => {
    // A step: its first 200 changed skills, and a button for the next 200, which keeps focus.
    await page.locator('svg.pathway [role="button"][aria-label^="Step to Level 2 from Level 1"]').click();
    const detail = page.getByRole('complementary');
    const changed = detail.locator('ul.changes > li');
    await expect(changed).toHaveCount(200);
    await expect(detail).toContainText(/The first 200 of [\d,]+ changed skills\./);
    const more = detail.getByRole('button', { name: 'Show 200 more changed skills' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(changed).toHaveCount(400);
    await expect(more).toBeFocused();

    // The matrix as a table: 200 skills, then 400; the CSV has them all.
    await page.getByLabel('Show as table').check();
    const table = page.getByRole('table', { name: /^Skills by level for Synthetic role/ });
    await expect(table.locator('tbody tr')).toHaveCount(200);
    await expect(page.getByText('The first 200 of 1,000 skills.')).toBeVisible();
    await page.getByRole('button', { name: 'Show 200 more skills' }).click();
    await expect(table.locator('tbody tr')).toHaveCount(400);
    await expect(table.locator('tbody tr').last().getByRole('rowheader')).toHaveText('Skill number 400');
    await page.getByLabel('Show as table').uncheck();

    // Compared: the chart draws the rows in view, and the keyboard draws the rows it goes to.
    await page.getByRole('link', { name: 'Compare levels and tracks' }).click();
    const rows = page.locator('svg.compare g.row');
    await expect(rows.first()).toBeVisible();
    await expect.poll(() => rows.count()).toBeLessThan(100);
    await rows.first().focus();
    await page.keyboard.press('End');
    await expect(page.locator('svg.compare g.row[data-mark="skill-1000"]')).toBeFocused();
    await expect(page.locator('svg.compare g.row[data-mark="skill-1000"]')).toBeInViewport();
    // The descriptions word by word: 200 skills at first.
    await expect(page.locator('ul.words > li')).toHaveCount(200);
    await expect(page.getByText('The first 200 of 1,000 skills.')).toBeVisible();
  });

  test('the pathway draws the mini bars in view, all of them printed and exported', async ({ page }) => {
    // 9 levels × 1,000 skills: 9,000 bars, each node 3,000 units wide, in a frame that scrolls.
    const bars = page.locator('svg.pathway rect.bar');
    const figure = page.locator('figure[data-chart="pathway"]');
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => bars.count()).toBeGreaterThan(0);
    expect(await bars.count()).toBeLessThan(2000);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(bars).toHaveCount(9000);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect.poll(() => bars.count()).toBeLessThan(2000);
    const { bytes } = await exportFile(page, 'pathway', 'SVG');
    // The export has every bar: 2.25 units wide each (a slot of 3, three quarters of it the bar).
    expect(bytes.toString('utf8').match(/<rect x="[\d.]+" y="[\d.]+" width="2.25"/g)).toHaveLength(9000);
  });

  test('the trajectories are drawn once they come near the screen, or are printed', async ({ page }) => {
    // The matrix of 1,000 skills stands between the top of the page and the trajectories.
    const lines = page.locator('svg.trajectory g.skill');
    const figure = page.locator('figure[data-chart="trajectory"]');
    await expect(figure.locator('svg.trajectory')).toBeAttached();
    await expect(lines).toHaveCount(0);
    await figure.scrollIntoViewIfNeeded();
    await expect(lines).toHaveCount(1000);
  });

  test('as tables, each chart draws its table as it comes near the screen, a slice of rows at a time, and all of them printed', async ({
    page,
  }) => {
    await page.getByLabel('Show as table').check();
    // The matrix's table, at the top: its first rows at once, then the rest of its 200.
    const matrixRows = page
      .getByRole('table', { name: /^Skills by level for Synthetic role/ })
      .locator('tbody tr');
    await expect(matrixRows).toHaveCount(200);
    // The pathway's and the trajectories', further down: not drawn until they come near.
    const waiting = 'The table is drawn as it comes into view.';
    const pathway = page.locator('figure[data-chart="pathway"]');
    const trajectory = page.locator('figure[data-chart="trajectory"]');
    for (const figure of [pathway, trajectory]) {
      await expect(figure.getByText(waiting)).toBeAttached();
      await expect(figure.locator('table')).toHaveCount(0);
    }

    // Printed before it was seen (its code fetched meanwhile), a table is drawn with all its 200
    // rows at once, not a slice.
    await page.waitForLoadState('networkidle');
    const printedRows = await page.evaluate(async () => {
      dispatchEvent(new Event('beforeprint'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      return document.querySelectorAll('figure[data-chart="trajectory"] table tbody tr').length;
    });
    expect(printedRows).toBe(200);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));

    await pathway.scrollIntoViewIfNeeded();
    await expect(pathway.locator('table')).toHaveCount(1);
    await expect(pathway.getByText(waiting)).toHaveCount(0);
  });

  test("the editor draws its window's first screen of rows at once and the rest after, always as far as the keyboard has gone", async ({
    page,
  }) => {
    await page.getByRole('link', { name: 'Write your own' }).click();
    await page.getByRole('button', { name: 'Copy the Synthetic role (1×) role' }).click();
    const grid = page.getByRole('grid', { name: /what each level asks of each skill/ });
    const rows = grid.locator('tbody tr');
    await expect(rows).toHaveCount(200);
    // Opened again: the first rows at once, the window's 200 once the browser has been idle.
    await page.getByRole('link', { name: 'Explore the pathway' }).click();
    const opened = await page.evaluate(async () => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>('nav.views a')].find((a) =>
        a.textContent?.includes('Write your own'),
      )!;
      link.click();
      for (let i = 0; i < 100 && !document.querySelector('[data-at="1:1"]'); i++)
        await new Promise((resolve) => setTimeout(resolve, 0));
      return document.querySelectorAll('table[role="grid"] tbody tr').length;
    });
    expect(opened).toBeGreaterThan(0);
    expect(opened).toBeLessThan(200);
    await expect(rows).toHaveCount(200);
    // Down the grid by keys at once: each row focused is there to take the focus.
    await page.getByRole('link', { name: 'Explore the pathway' }).click();
    await page.getByRole('link', { name: 'Write your own' }).click();
    await grid.locator('[data-at="1:1"]').focus();
    for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
    await expect(grid.locator('[data-at="61:1"]')).toBeFocused();
    await expect(rows).toHaveCount(200);
  });

  test("the editor draws the draft's rows a window at a time: the keyboard moves it, buttons widen it, the export has every skill", async ({
    page,
  }) => {
    await page.getByRole('link', { name: 'Write your own' }).click();
    await page.getByRole('button', { name: 'Copy the Synthetic role (1×) role' }).click();
    await expect(page.getByText(/Saved in this browser at/)).toBeVisible();
    const grid = page.getByRole('grid', { name: /what each level asks of each skill/ });
    const rows = grid.locator('tbody tr');
    await expect(grid).toHaveAttribute('aria-rowcount', '1001');
    await expect(rows).toHaveCount(200);
    await expect(page.getByText('The first 200 of 1,000 skills.')).toBeVisible();

    // Ctrl+End: the last cell, its row drawn, the window moved to the end and said so.
    await grid.locator('[data-at="1:1"]').click();
    await page.keyboard.press('Control+End');
    const lastCell = grid.locator('[data-at="1000:9"]');
    await expect(lastCell).toBeFocused();
    await expect(lastCell).toBeInViewport();
    await expect(rows).toHaveCount(200);
    await expect(page.getByText('Skills 801 to 1,000 of 1,000.')).toBeVisible();
    // Each row says where it is in the whole grid (the header row is 1).
    await expect(rows.last()).toHaveAttribute('aria-rowindex', '1001');
    await expect(rows.last().getByRole('rowheader')).toHaveText('Skill number 1000');
    // What the window says, and its button, to assistive technology too (the grid itself is checked
    // whole in editor.spec.ts: here it is 2,000 cells).
    const results = await new AxeBuilder({ page })
      .include('.draft .window')
      .include('.draft thead')
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

    // A level's header, on the row above the skills, leaves the window where it is.
    await grid.getByRole('columnheader', { name: 'Level 1', exact: true }).click();
    await expect(page.getByText('Skills 801 to 1,000 of 1,000.')).toBeVisible();
    await lastCell.click();
    // An edit there is drawn, and undone.
    const before = await lastCell.getAttribute('data-proficiency');
    const next = before === 'awareness' ? 'working' : 'awareness';
    await page.keyboard.press(next[0]);
    await expect(lastCell).toHaveAttribute('data-proficiency', next);
    await page.keyboard.press('Control+z');
    await expect(lastCell).toHaveAttribute('data-proficiency', before!);

    // Up past the window's start moves it by one row; back down inside it, it stays.
    for (let i = 0; i < 200; i++) await page.keyboard.press('ArrowUp');
    await expect(grid.locator('[data-at="800:9"]')).toBeFocused();
    await expect(page.getByText('Skills 800 to 999 of 1,000.')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(rows.first().getByRole('rowheader')).toHaveText('Skill number 800');
    await page.keyboard.press('Control+Home');
    await expect(grid.locator('[data-at="0:0"]')).toBeFocused();
    await expect(page.getByText('The first 200 of 1,000 skills.')).toBeVisible();

    // The rows before the window: it grows at its start, and focus goes to the first of them.
    await page.getByRole('link', { name: 'Explore the pathway' }).click();
    await page.getByRole('link', { name: 'Write your own' }).click();
    await grid.locator('[data-at="1:1"]').click();
    await page.keyboard.press('Control+End');
    await page.getByRole('button', { name: 'Show the 200 skills before' }).click();
    await expect(rows).toHaveCount(400);
    await expect(page.getByText('Skills 601 to 1,000 of 1,000.')).toBeVisible();
    await expect(grid.locator('[data-at="601:9"]')).toBeFocused();
    // Back at the start the window keeps the size asked for; the rows after it widen it at its end.
    await page.keyboard.press('Control+Home');
    await expect(page.getByText('The first 400 of 1,000 skills.')).toBeVisible();
    await page.getByRole('button', { name: 'Show 200 more skills' }).click();
    await expect(rows).toHaveCount(600);
    await expect(rows.last().getByRole('rowheader')).toHaveText('Skill number 600');

    // The draft exported has every skill, not only those drawn.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as JSON' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(exported.roles[0].skills).toHaveLength(1000);
  });

  test('printed before they were seen, the trajectories are all there', async ({ page }) => {
    await expect(page.locator('svg.trajectory')).toBeAttached();
    await expect(page.locator('svg.trajectory g.skill')).toHaveCount(0);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('svg.trajectory g.skill')).toHaveCount(1000);
  });
});

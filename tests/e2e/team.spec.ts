/**
 * The team view (#18): a folder of 20 files with one malformed (listed, the others loaded); the
 * wide grid and the long CSV giving the same heatmap; anonymise holding in every export (no real
 * name in the SVG, the PDF's text, the deck's XML or the CSV); the keyboard through the heatmap;
 * keep and clear in IndexedDB; what moved between two dates; axe.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { exportFile } from './exports';
import { pdfText } from './clients';
import { validateFramework } from '../../src/lib/model/schema';
import { syntheticTeam, teamJsonFiles, teamLongCsv, teamWideCsv } from '../bench/syntheticTeam';
import { NOT_REQUIRED, proficiencySwatches } from '../../src/lib/layout/colour';

const framework = validateFramework(
  JSON.parse(readFileSync(new URL('../../static/data/devops-engineer-2020.json', import.meta.url), 'utf8')),
);
const ROLE = framework.roles[0].id;
const team = syntheticTeam(framework, { people: 20, dates: 2, roleId: ROLE });
const NAMES = team.map((p) => p.name);

const load = (page: Page, name: string, text: string) =>
  page.getByLabel('Choose files').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const cells = (page: Page) => page.locator('svg.team-heatmap [role="gridcell"]');
/** Opens the load's notes (drawn when opened; open already when there are a few). */
async function openNotes(page: Page) {
  const notes = page.locator('details', { has: page.locator('summary', { hasText: /^Notes \(/ }) });
  if (!(await notes.evaluate((details) => (details as HTMLDetailsElement).open)))
    await notes.locator('summary').click();
}

test.describe('the team view', () => {
  test('loads a folder of 20 files, listing the malformed one while the others load', async ({ page }) => {
    const folder = test.info().outputPath('team');
    mkdirSync(folder, { recursive: true });
    const files = teamJsonFiles(framework, ROLE, team).slice(0, 19);
    for (const file of files) writeFileSync(join(folder, file.name), file.text);
    writeFileSync(join(folder, 'broken.json'), '{"format": "pathway-explorer-assessment", "person": ');
    await page.goto('./?view=team');
    await expect(page.getByRole('note').filter({ hasText: 'Private by construction' })).toContainText(
      'nothing is uploaded',
    );
    await page.getByLabel('Choose a folder').setInputFiles(folder);
    await expect(page.getByRole('status').filter({ hasText: 'people from' })).toHaveText(
      '19 people from 19 files; 1 file could not be read.',
    );
    await expect(page.getByRole('alert')).toContainText('team/broken.json: it is not JSON');
    await expect(page.locator('svg.team-heatmap [role="rowheader"]')).toHaveCount(19);
    await expect(cells(page)).toHaveCount(19 * 10);
    await expect(page.getByRole('rowheader', { name: /^Colleague 0001: / })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });

  test('a team file naming the framework without its version opens straight into its heatmap, and says which version', async ({
    page,
  }) => {
    await page.goto('./?view=team');
    await load(
      page,
      'team.csv',
      `person,framework,role,level_target,skill,proficiency,date,source\nAli,DDaT Capability Framework,${ROLE},,Modern development standards,Working,2026-11-01,self\nAli,DDaT Capability Framework,${ROLE},,Service support,Expert,2026-11-01,self\n`,
    );
    // The file's skills are the 2025 version's: that version's role is shown, no click needed.
    await expect(page).toHaveURL(/fw=ddat-2025/);
    await expect(page.locator('svg.team-heatmap [role="rowheader"]')).toHaveCount(1);
    await expect(page.getByText('Nobody in the team has the role shown')).toHaveCount(0);
    await openNotes(page);
    await expect(
      page.getByText(
        'The team was assessed against another version of DDaT Capability Framework, 2025 (CSV download): the role is shown in that version.',
      ),
    ).toBeVisible();
  });

  test('the wide grid and the long CSV give the same heatmap', async ({ page }) => {
    await page.goto('./?view=team');
    await load(page, 'long.csv', teamLongCsv(framework, ROLE, team));
    await expect(cells(page)).toHaveCount(200);
    // The long CSV holds two dates: the latest is shown, and the notes say so.
    await openNotes(page);
    await expect(
      page.getByText('Colleague 0001 has 2 assessments (2026-01-01, 2026-04-01): the latest is shown.'),
    ).toBeAttached();
    const fromLong = await cells(page).evaluateAll((all) => all.map((c) => c.getAttribute('aria-label')));
    await page.getByRole('button', { name: 'Clear team' }).click();
    await expect(cells(page)).toHaveCount(0);
    await load(page, 'wide.csv', teamWideCsv(framework, ROLE, team));
    await expect(cells(page)).toHaveCount(200);
    const fromWide = await cells(page).evaluateAll((all) => all.map((c) => c.getAttribute('aria-label')));
    expect(fromWide).toEqual(fromLong);
    expect(fromLong[0]).toMatch(/^Colleague 0001, Availability and capacity management: \w/);
  });

  test('reports a skill the role lacks, a person twice, and keeps mixed roles apart', async ({ page }) => {
    await page.goto('./?view=team');
    const long = teamLongCsv(framework, ROLE, team.slice(0, 3));
    const extra = [
      'Colleague 0001,ddat-devops-engineer-2020,Development operations (DevOps) engineer,,Juggling,Expert,2026-04-01,self',
      'Dana Other,ddat-2025,Data analyst,,Data visualisation,Working,2026-04-01,self',
    ].join('\n');
    await load(page, 'long.csv', `${long}${extra}\n`);
    await load(page, 'again.csv', teamLongCsv(framework, ROLE, team.slice(0, 1)));
    await openNotes(page);
    await expect(
      page.getByText(/Colleague 0001 appears twice for 2026-04-01 \(long\.csv and again\.csv\)/),
    ).toBeAttached();
    await page.getByText(/1 rating of skills the role does not have/).click();
    await expect(page.getByRole('rowheader', { name: 'Juggling' })).toBeVisible();
    // All of them as CSV, with where each is; no name, as in every export unless names are asked for.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download all 1 as CSV' }).click();
    const download = await downloading;
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toBe(
      '\uFEFFFile,Line,Person,Role,Skill\nlong.csv,62,—,Development operations (DevOps) engineer,Juggling\n',
    );
    await expect(page.getByRole('status').filter({ hasText: 'people from' })).toHaveText(
      '4 people from 2 files, in 2 roles.',
    );
    const roles = page.getByRole('navigation', { name: "The team's roles" });
    await expect(
      roles.getByRole('button', { name: /^Development operations \(DevOps\) engineer .*: 3 people$/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    await roles.getByRole('button', { name: /^Data analyst .*: 1 person$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Data analyst' })).toBeVisible();
    await expect(page.locator('svg.team-heatmap [role="rowheader"]')).toHaveCount(1);
  });

  test('the team follows a role chosen in another view, after its own view was closed', async ({ page }) => {
    await page.goto('./?view=team');
    const extra = 'Dana Other,ddat-2025,Data analyst,,Data visualisation,Working,2026-04-01,self';
    await load(page, 'long.csv', `${teamLongCsv(framework, ROLE, team.slice(0, 3))}${extra}\n`);
    const people = page.locator('svg.team-heatmap [role="rowheader"]');
    await expect(people).toHaveCount(3);
    // The team view closed, another role chosen in "Explore", the team view again: its heatmap is of
    // that role's one person, not the three it showed before.
    await page.getByRole('link', { name: 'Explore the pathway' }).click();
    await page.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Data analyst' });
    await expect(page.getByRole('heading', { level: 1, name: 'Data analyst' })).toBeVisible();
    await page.getByRole('link', { name: 'Team' }).click();
    await expect(people).toHaveCount(1);
    await expect(people).toHaveAccessibleName(/^Dana Other/);
  });

  test('anonymise holds in every export: SVG, PDF, PowerPoint and CSV', async ({ page }) => {
    await page.goto('./?view=team');
    await load(page, 'long.csv', teamLongCsv(framework, ROLE, team));
    await expect(page.getByRole('rowheader', { name: /^Colleague 0001: / })).toBeVisible();
    const svg = await exportFile(page, 'team', 'SVG');
    const pdf = await exportFile(page, 'team', 'PDF');
    const pptx = await exportFile(page, 'team', 'PowerPoint');
    const csv = await exportFile(page, 'team', 'CSV data');
    const zip = await JSZip.loadAsync(pptx.bytes);
    const xml = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((f) => f.endsWith('.xml'))
          .map((f) => zip.file(f)!.async('string')),
      )
    ).join('\n');
    const texts = { svg: svg.bytes.toString(), pdf: pdfText(pdf.path), pptx: xml, csv: csv.bytes.toString() };
    for (const [format, text] of Object.entries(texts)) {
      for (const name of NAMES) expect(text, `${format} names ${name}`).not.toContain(name);
      expect(text, format).toContain('Person 20');
    }
    // Asked for, names go into exports.
    const menu = page.locator('figure[data-chart="team"]');
    await menu.getByLabel('Names in exports').check();
    const named = await exportFile(page, 'team', 'CSV data');
    expect(named.bytes.toString()).toContain('Colleague 0001');
    // Anonymised on the page too.
    await menu.getByLabel('Anonymise (Person 1, Person 2, …)').check();
    await expect(page.getByRole('rowheader', { name: /^Colleague/ })).toHaveCount(0);
    await expect(page.getByRole('rowheader', { name: /^Person 1: / })).toBeVisible();
  });

  test('the keyboard goes through the heatmap, and the detail follows it', async ({ page }) => {
    await page.goto('./?view=team&against=senior-devops-engineer-technical');
    await load(page, 'long.csv', teamLongCsv(framework, ROLE, team.slice(0, 5)));
    const first = cells(page).first();
    await expect(first).toHaveAttribute('tabindex', '0');
    await expect(page.locator('svg.team-heatmap [tabindex="0"]')).toHaveCount(1);
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAccessibleName(
      /^Colleague 0001, Development process optimisation: /,
    );
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveAccessibleName(
      /^Colleague 0002, Development process optimisation: /,
    );
    await expect(page.getByRole('complementary', { name: 'The cell pointed at' })).toContainText(
      'Colleague 0002: Development process optimisation',
    );
    await expect(page.getByRole('complementary', { name: 'The cell pointed at' })).toContainText(
      'Senior DevOps engineer (technical) asks for',
    );
    await page.keyboard.press('End');
    await expect(page.locator(':focus')).toHaveAccessibleName(/^Colleague 0002, User focus: /);
    // Sorted and grouped from the link's own settings.
    await page.getByLabel('Sort by').selectOption('steps');
    await expect(page).toHaveURL(/sort=steps/);
  });

  test('keeps the team only when asked, and Clear team removes it', async ({ page }) => {
    const stored = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('pathway-explorer-team');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('team')) return resolve(0);
              const count = db.transaction('team').objectStore('team').count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
      );
    await page.goto('./?view=team');
    await load(page, 'long.csv', teamLongCsv(framework, ROLE, team.slice(0, 4)));
    await expect(cells(page)).toHaveCount(40);
    expect(await stored()).toBe(0);
    await page.reload();
    await expect(cells(page)).toHaveCount(0);
    await load(page, 'long.csv', teamLongCsv(framework, ROLE, team.slice(0, 4)));
    await page.getByLabel('Keep this team in this browser').check();
    await expect.poll(stored).toBe(1);
    await page.reload();
    await expect(cells(page)).toHaveCount(40);
    await page.getByRole('button', { name: 'Clear team' }).click();
    await expect(cells(page)).toHaveCount(0);
    await expect.poll(stored).toBe(0);
  });

  test('shows what moved between two dates', async ({ page }) => {
    await page.goto('./?view=team');
    await load(page, 'long.csv', teamLongCsv(framework, ROLE, team.slice(0, 6)));
    const moved = page.getByRole('region', { name: 'What moved' });
    await expect(
      moved.getByRole('table', { name: 'Meeting their target, 2026-01-01 → 2026-04-01' }),
    ).toBeVisible();
    await expect(moved.getByRole('listitem').first()).toContainText(/→/);
    await page.getByLabel('Show the team on').selectOption('2026-01-01');
    await expect(page.locator('svg.team-heatmap title')).toHaveText(/on 2026-01-01$/);
  });

  test('a large team is painted in view on a canvas, its cells still named, pointed at and keyed', async ({
    page,
  }) => {
    // The longest test: 320 people loaded, scanned by axe and printed (three times the usual time).
    test.slow();
    // 320 people × 10 skills: only the cells in view are drawn, their colours and words on a canvas.
    const fills = new Map(
      framework.proficiencies.map((p) => [
        p.name,
        proficiencySwatches(framework.proficiencies).get(p.id)!.fill,
      ]),
    );
    await page.goto('./?view=team');
    // Over 300 people: the grid and what moved are worked out a few hundred people a frame.
    await load(
      page,
      'long.csv',
      teamLongCsv(framework, ROLE, syntheticTeam(framework, { people: 320, dates: 2, roleId: ROLE })),
    );
    // Its first rows in view (the heatmap is taller than the window).
    await page.locator('svg.team-heatmap').evaluate((svg) => svg.scrollIntoView({ block: 'start' }));
    const canvas = page.locator('.stack canvas');
    await expect(canvas).toBeVisible();
    await expect(page.locator('svg.team-heatmap [role="rowheader"]').first()).toBeVisible();
    expect(await cells(page).count()).toBeLessThan(3200);
    // Only some columns may be drawn: each cell and skill says which column it is.
    await expect(page.locator('svg.team-heatmap [data-cell="0:3"]')).toHaveAttribute('aria-colindex', '5');
    await expect(page.locator('svg.team-heatmap')).toHaveAttribute('aria-colcount', '11');
    await expect(page.getByRole('columnheader', { name: 'Modern standards approach' })).toHaveAttribute(
      'aria-colindex',
      '5',
    );
    // What the canvas shows at a cell is the colour its name says (away from its words: the left edge).
    const paintedAt = (cell: ReturnType<Page['locator']>) =>
      cell.evaluate((g) => {
        const painted = document.querySelector<HTMLCanvasElement>('.stack canvas')!;
        const box = g.getBoundingClientRect();
        const frame = painted.getBoundingClientRect();
        const x = Math.round((box.left + 5 - frame.left) * (painted.width / frame.width));
        const y = Math.round((box.top + box.height / 2 - frame.top) * (painted.height / frame.height));
        const [r, g2, b] = painted.getContext('2d')!.getImageData(x, y, 1, 1).data;
        return { name: g.getAttribute('aria-label')!, rgb: [r, g2, b] };
      });
    const expected = (name: string) => {
      const have = /^[^,]+, [^:]+: ([^;]+)/.exec(name)![1];
      const hex = fills.get(have) ?? NOT_REQUIRED.fill;
      return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    };
    const closeTo = (rgb: number[], want: number[]) => rgb.every((v, i) => Math.abs(v - want[i]) <= 3);
    // The cells whose paint is not what their names say (none, once the canvas is painted).
    const misPainted = async () => {
      const wrong: string[] = [];
      for (const at of ['0:0', '1:3', '4:9', '7:5']) {
        const { name, rgb } = await paintedAt(page.locator(`svg.team-heatmap [data-cell="${at}"]`));
        if (!closeTo(rgb, expected(name))) wrong.push(`${at} ${name}: painted ${rgb}`);
      }
      return wrong;
    };
    const checkCells = () => expect.poll(misPainted).toEqual([]);
    await checkCells();
    // Sorted, the same places show other people, and the canvas shows their colours.
    const before = await cells(page).first().getAttribute('aria-label');
    await page.getByLabel('Sort by').selectOption({ label: 'Information security, highest first' });
    await expect(cells(page).first()).not.toHaveAttribute('aria-label', before!);
    await checkCells();
    // Pointing at a cell shows its detail; its ring is drawn over the canvas.
    const pointed = page.locator('svg.team-heatmap [data-cell="2:4"]');
    await pointed.hover();
    const person = (await pointed.getAttribute('aria-label'))!.split(',')[0];
    await expect(page.getByRole('complementary', { name: 'The cell pointed at' })).toContainText(person);
    await expect(pointed.locator('rect')).toHaveCSS('stroke-width', '3px');
    // The keyboard goes down past what was drawn: the cell it reaches is drawn, focused and painted.
    await cells(page).first().focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-cell', '40:0');
    await expect(focused).toBeInViewport();
    await expect
      .poll(async () => {
        const { name, rgb } = await paintedAt(focused);
        return closeTo(rgb, expected(name));
      })
      .toBe(true);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    // Printed, every cell is drawn in the SVG, words and all, and no canvas is needed.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(cells(page)).toHaveCount(3200);
    await expect(canvas).toHaveCount(0);
    await expect(page.locator('svg.team-heatmap [data-cell="0:0"] text').first()).toHaveText(
      /^(Awareness|Working|Practitioner|Expert|not yet|not rated)$/,
    );
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(canvas).toBeVisible();
    // Hundreds of notes and of people who moved: the first of each are listed, and how many more.
    await openNotes(page);
    const notes = page.locator('details', { has: page.locator('summary', { hasText: 'Notes (320)' }) });
    await expect(notes.getByRole('listitem')).toHaveCount(100);
    await expect(notes).toContainText('And 220 more notes like these.');
    const moved = page.getByRole('region', { name: 'What moved' });
    await expect(moved.getByRole('listitem')).toHaveCount(50);
    await expect(moved).toContainText(/And [\d,]+ more people whose ratings changed/);
    // The table twin goes a hundred people to a page (sorted by name again: Colleague 0101 begins the second).
    await page.getByLabel('Sort by').selectOption('name');
    await page.getByLabel('Show as table').check();
    const twin = page.getByRole('table', { name: /the team \(320 people\)/ });
    await expect(twin).toHaveAccessibleName(/\(people 1–100 of 320\)$/);
    await expect(twin.locator('tbody tr')).toHaveCount(100);
    await page.getByRole('button', { name: 'Next people' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'People 101–200 of 320' })).toBeVisible();
    await expect(twin.locator('tbody tr').first().locator('th')).toHaveText('Colleague 0101');
    await page.getByLabel('Show as table').uncheck();
    // The name filter narrows them as it does the heatmap.
    await page.getByLabel('Filter by name').fill('Colleague 0007');
    await expect(moved.getByRole('listitem')).toHaveCount(1);
    await expect(moved.getByRole('listitem')).toContainText('Colleague 0007:');
  });
});

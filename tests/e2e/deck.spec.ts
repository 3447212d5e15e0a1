/**
 * The deck builder and slides a manager shows without touching them: charts ticked and ordered, the
 * choice kept in the link, the presets; and the decks opened where people open them (LibreOffice
 * Impress): a three-chart deck is four slides, its cover says nothing of what it leaves out, every
 * skill's trajectory is visible in the render's pixels, and a team of eight is one slide.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import AxeBuilder from '@axe-core/playwright';
import { assessAs, expect, test } from './fixtures';
import { SKILLS, exportDeck, exportFile } from './exports';
import {
  deckContents,
  openInImpress,
  pdfInfo,
  pdfPages,
  pdfText,
  rasterise,
  rgbOf,
  words,
  type Raster,
} from './clients';
import { validateFramework } from '../../src/lib/model/schema';
import { syntheticTeam, teamLongCsv } from '../bench/syntheticTeam';

const devops = validateFramework(
  JSON.parse(readFileSync(new URL('../../static/data/devops-engineer-2020.json', import.meta.url), 'utf8')),
);

async function openBuilder(page: import('@playwright/test').Page) {
  await page.getByText('Make a deck (PowerPoint)').click();
  const builder = page.getByRole('group', { name: /^The deck/ });
  await expect(builder).toBeVisible();
  return builder;
}

/** The charts the builder has ticked, in its order. */
async function ticked(builder: import('@playwright/test').Locator) {
  return builder.locator('li:has(input:checked) .name').allTextContents();
}

test('builds a deck: a preset, ticked and ordered, kept in the link, by keyboard too', async ({ page }) => {
  await page.goto('./?changes=1');
  const builder = await openBuilder(page);
  // Every chart that says something for the role, what changed since the 2020 page among them
  // (fetched as the builder opens).
  await expect(builder).toContainText('The deck: 6 charts after a title slide');
  await builder.getByRole('button', { name: 'The pathway at a glance' }).click();
  await expect(builder.getByRole('button', { name: 'The pathway at a glance' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await ticked(builder)).toEqual(['Skills by level', 'Pathway', 'Comparison']);
  await expect(page).toHaveURL(/deck=matrix%2Cpathway%2Ccompare/);
  // Each chart as it is in the app now: its title says the options it is drawn with.
  await expect(builder).toContainText('skills by level, with changes from the previous level');

  // By keyboard: the comparison moved first, the trajectories ticked in at the end.
  await builder.getByRole('button', { name: 'Move Comparison earlier' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await builder.getByRole('checkbox', { name: 'Skill trajectories' }).focus();
  await page.keyboard.press('Space');
  expect(await ticked(builder)).toEqual(['Comparison', 'Skills by level', 'Pathway', 'Skill trajectories']);
  await builder.getByRole('checkbox', { name: 'Pathway' }).uncheck();
  await expect(page).toHaveURL(/deck=compare%2Cmatrix%2Ctrajectory(&|$)/);
  const results = await new AxeBuilder({ page }).include('details.builder').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

  // The link keeps the choice: opened again, the builder has it.
  await page.goto(page.url());
  const again = await openBuilder(page);
  expect(await ticked(again)).toEqual(['Comparison', 'Skills by level', 'Skill trajectories']);
  await page.keyboard.press('Escape');
  await expect(page.locator('details.builder')).not.toHaveAttribute('open');
  await expect(page.getByText('Make a deck (PowerPoint)')).toBeFocused();
  const deck = await exportDeck(page);
  expect(deck.name).toBe('development-operations-devops-engineer-deck.pptx');
  const zip = await JSZip.loadAsync(deck.bytes);
  const titles = await Promise.all(
    [2, 3, 4].map((n) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string')),
  );
  expect(titles[0]).toContain('Senior DevOps engineer (technical) vs Senior DevOps engineer (management)');
  expect(titles[1]).toContain('skills by level, with changes from the previous level');
  expect(titles[2]).toContain('skill trajectories');
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved development-operations-devops-engineer-deck.pptx' }),
  ).toBeVisible();
});

test('the deck builder, opened from the keyboard, takes the next key at once, every time', async ({
  page,
}) => {
  await page.goto('./?changes=1');
  // Fetched once the page was live and idle, it is drawn in the same task as the key that opens it:
  // Enter, then Tab at once, reaches its first control.
  await expect(page.locator('details.builder')).toHaveAttribute('data-fetched', '');
  const summary = page.locator('details.builder summary');
  await summary.focus();
  for (const time of ['first', 'again']) {
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'A career conversation' }), time).toBeFocused();
    // What changed since the 2020 page is fetched once, however the builder is opened and closed.
    await expect(page.getByRole('group', { name: /^The deck/ }), time).toContainText(
      'The deck: 6 charts after a title slide',
    );
    await page.keyboard.press('Escape');
    await expect(page.locator('details.builder')).not.toHaveAttribute('open');
    await expect(summary).toBeFocused();
  }
});

test('a career conversation deck: where you stand, your gap to both tracks, the next levels', async ({
  page,
}) => {
  await assessAs(page, 'DevOps engineer');
  const deck = await exportDeck(page, (builder) =>
    builder.getByRole('button', { name: 'A career conversation' }).click(),
  );
  expect(deck.name).toBe('development-operations-devops-engineer-career-conversation.pptx');
  const contents = await deckContents(deck.bytes);
  expect(contents.slides).toBe(4);
  expect(contents.xml).toContain('you against Senior DevOps engineer');
  expect(contents.xml).toContain('with you and your gap to each level');
  // As pictures, the page keeps its native slide: a portrait page fitted to a 16:9 slide would be
  // too small to read.
  const pictures = await deckContents(
    (await exportDeck(page, (builder) => builder.getByLabel('Slides').selectOption('picture'))).bytes,
  );
  expect(pictures.slides).toBe(4);
  expect(pictures.tables).toBe(1);
  expect((pictures.xml.match(/asvg:svgBlip/g) ?? []).length).toBe(2);
});

/** The slide's shapes named `name…`, as boxes in inches (from the deck's XML: EMU offsets and sizes). */
async function shapesNamed(deck: Buffer, slide: number, prefix: string) {
  const xml = await (await JSZip.loadAsync(deck)).file(`ppt/slides/slide${slide}.xml`)!.async('string');
  const shapes: { name: string; x: number; y: number; w: number; h: number }[] = [];
  const pattern = /name="([^"]*)"[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g;
  for (const match of xml.matchAll(pattern)) {
    const name = match[1].replace(/&amp;/g, '&');
    if (!name.startsWith(prefix)) continue;
    const [x, y, w, h] = match.slice(2).map((v) => Number(v) / 914400);
    shapes.push({ name, x, y, w, h });
  }
  return shapes;
}

/** How much of a box (inches, on a slide drawn at `dpi`) is within `tolerance` of a colour. */
function share(
  raster: Raster,
  box: { x: number; y: number; w: number; h: number },
  colour: number[],
  dpi: number,
) {
  let [hits, all] = [0, 0];
  for (let y = Math.floor(box.y * dpi); y <= Math.ceil((box.y + box.h) * dpi); y++)
    for (let x = Math.floor(box.x * dpi); x <= Math.ceil((box.x + box.w) * dpi); x++) {
      all++;
      const pixel = raster.pixel(x, y);
      if (Math.max(...pixel.map((v, i) => Math.abs(v - colour[i]))) <= 48) hits++;
    }
  return hits / all;
}

test('in LibreOffice Impress: three charts are four slides, a clean cover, every trajectory visible, a team of eight on one slide', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('./?changes=1&deck=matrix%2Cpathway%2Ccompare');
  const three = await exportDeck(page);
  const trajectories = await exportFile(page, 'trajectory', 'PowerPoint');
  await page.goto('./?view=team');
  await page.getByLabel('Choose files').setInputFiles({
    name: 'team.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(teamLongCsv(devops, devops.roles[0].id, syntheticTeam(devops, { people: 8 }))),
  });
  await expect(page.locator('figure[data-chart="team"]')).toBeVisible();
  const team = await exportFile(page, 'team', 'PowerPoint');
  const [threeShown, trajectoriesShown, teamShown] = openInImpress([
    three.path,
    trajectories.path,
    team.path,
  ]);

  await test.step('the three-chart deck: a cover and a slide per chart, nothing of what it leaves out on the cover', async () => {
    expect(pdfPages(threeShown)).toBe(4);
    const cover = pdfText(threeShown).split('Development operations (DevOps) engineer: skills by level')[0];
    expect(cover).toContain('Development operations (DevOps) engineer');
    expect(cover).toContain('Open Government Licence v3.0');
    expect(cover).not.toMatch(/No .* slide/);
    const notes = await (
      await JSZip.loadAsync(three.bytes)
    )
      .file('ppt/notesSlides/notesSlide1.xml')!
      .async('string');
    expect(notes).toContain('No skill trajectories slide: not chosen for this deck.');
  });

  await test.step('the trajectories: one slide, every skill named, both tracks of each visible in the pixels', async () => {
    expect(pdfPages(trajectoriesShown)).toBe(1);
    const text = pdfText(trajectoriesShown);
    for (const skill of SKILLS) expect(text).toContain(skill);
    for (const name of ['Awareness', 'Working', 'Practitioner', 'Expert']) expect(text).toContain(name);
    const dpi = 96;
    const raster = rasterise(trajectoriesShown, 1, dpi);
    for (const skill of SKILLS)
      for (const [track, colour] of [
        ['Technical', '#2674ad'],
        ['Management', '#8a5a9e'],
      ] as const) {
        const marks = (await shapesNamed(trajectories.bytes, 1, `${skill}, ${track} path: `)).filter(
          (shape) => shape.w > 0.05 && shape.h > 0.05 && Math.abs(shape.w - shape.h) < 0.01,
        );
        // A mark at each level of the path (six technical; the management path's three from the fork).
        expect(marks.length, `${skill}, ${track}`).toBe(track === 'Technical' ? 6 : 3);
        for (const mark of marks) {
          const centre = { x: mark.x + mark.w / 4, y: mark.y + mark.h / 4, w: mark.w / 2, h: mark.h / 2 };
          // Mostly its track's colour (the other track's line may cross its edge): never hidden.
          expect(share(raster, centre, rgbOf(colour), dpi), `${mark.name}`).toBeGreaterThan(0.4);
        }
      }
  });

  await test.step('the team of eight: one slide, everyone and the team as a whole on it', async () => {
    expect((await deckContents(team.bytes)).slides).toBe(1);
    expect(pdfPages(teamShown)).toBe(1);
    const text = pdfText(teamShown);
    for (let n = 1; n <= 8; n++) expect(text).toContain(`Person ${n}`);
    expect(text).toContain('Team median');
    for (const skill of ['Availability and capacity management', 'User focus']) expect(text).toContain(skill);
  });
});

test('a career conversation on one page: A4 and US Letter in poppler, a slide in Impress, in black and white', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await assessAs(page, 'DevOps engineer');
  const userFocus = page.getByRole('group', { name: 'User focus', exact: true });
  await userFocus.getByText('Note (evidence, examples)').click();
  await userFocus.getByRole('textbox').fill('Ran the accessibility audit of the payments service.');
  const figure = page.locator('figure[data-chart="conversation"]');
  // Anonymous unless a name is given; the name is typed, kept nowhere.
  await expect(figure.locator('svg')).toContainText('Anonymous · Development operations (DevOps) engineer');
  await figure.getByLabel('Name on the page').fill('Sam Patel');
  await expect(figure.locator('svg')).toContainText('Sam Patel · Development operations (DevOps) engineer');
  // Presented, the page is read at the frame's width and scrolls, by keyboard too.
  await figure.getByRole('button', { name: 'Present' }).click();
  const region = page.getByRole('region', { name: 'Career conversation, scrolls down' });
  await region.focus();
  // (PageDown is the next slide; the arrow keys and space scroll the page.)
  await page.keyboard.press('Space');
  await expect.poll(() => region.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  const presented = await new AxeBuilder({ page }).analyze();
  expect(presented.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  const menu = figure.locator('details.export');
  const a4 = await exportFile(page, 'conversation', 'PDF', () =>
    menu.getByLabel('PDF page').selectOption('a4'),
  );
  const letter = await exportFile(page, 'conversation', 'PDF', () =>
    menu.getByLabel('PDF page').selectOption('letter'),
  );
  const slide = await exportFile(page, 'conversation', 'PowerPoint');
  expect(a4.name).toBe('development-operations-devops-engineer-conversation.a4.pdf');

  // One portrait page of each paper.
  for (const [pdf, size] of [
    [a4.path, /Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/],
    [letter.path, /Page size:\s+612 x 792 pts \(letter\)/],
  ] as const) {
    expect(pdfPages(pdf)).toBe(1);
    expect(pdfInfo(pdf)).toMatch(size);
    const text = pdfText(pdf);
    for (const words of [
      'Sam Patel · Development operations (DevOps) engineer',
      'Level held: DevOps engineer',
      'Senior DevOps engineer (technical) asks',
      'Senior DevOps engineer (management) asks',
      'Ran the accessibility audit of the payments service.',
      // The next level in the framework's words, verbatim.
      'A senior DevOps engineer delivers and integrates software to form a complete DevOps toolchain.',
      'provide coaching and mentoring to more junior colleagues',
      'Agreed actions',
    ])
      expect(text, words).toContain(words);
    for (const skill of SKILLS) expect(text.replace(/\s+/g, ' ')).toContain(skill);
    // Every gap is said in words, as well as hatched: nothing depends on colour.
    expect(text.match(/short by \d/g)?.length).toBe(12);
  }
  // In black and white, drawn as poppler would print it: the hatching of the cells that are short
  // is ink on the page, the cells that are met are plain.
  const raster = rasterise(a4.path, 1, 72);
  const boxes = words(a4.path).filter((w) => w.text === 'short' || w.text === 'met');
  // (Pixels of anything drawn, light grey or darker, to the right of the word within its cell.)
  const inkAround = (word: { x0: number; y0: number; x1: number; y1: number }) => {
    let drawn = 0;
    for (let y = Math.floor(word.y0); y < Math.ceil(word.y1); y++)
      for (let x = Math.floor(word.x1 + 30); x < word.x1 + 40; x++)
        if (Math.min(...raster.pixel(x, y)) < 235) drawn += 1;
    return drawn;
  };
  const hatched = boxes.filter((w) => w.text === 'short').map(inkAround);
  const plain = boxes.filter((w) => w.text === 'met').map(inkAround);
  expect(Math.min(...hatched)).toBeGreaterThan(0);
  expect(Math.max(...plain)).toBe(0);

  const [shown] = openInImpress([slide.path]);
  expect(pdfPages(shown)).toBe(1);
  const slideText = pdfText(shown);
  expect(slideText).toContain('Sam Patel');
  expect(slideText).toContain('Agreed actions');
  expect(slideText).toContain('Ran the accessibility audit of the payments service.');
});

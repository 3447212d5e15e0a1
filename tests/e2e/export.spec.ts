import { readFileSync, writeFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import JSZip from 'jszip';
import { test, expect } from './fixtures';
import { SKILLS, exportDeck, exportFile } from './exports';
import {
  deckContents,
  edgeColours,
  inkIn,
  offSlide,
  pdfInfo,
  pdfText,
  rasterise,
  sameColour,
  words,
} from './clients';

const VIEWS = [
  {
    kind: 'matrix',
    url: './?track=technical&changes=1',
    file: 'development-operations-devops-engineer-matrix-technical-changes',
    title: 'skills by level (technical track), with changes',
    csvRows: 61,
  },
  {
    kind: 'pathway',
    url: './',
    file: 'development-operations-devops-engineer-pathway',
    title: 'career pathway',
    csvRows: 13,
  },
  {
    kind: 'trajectory',
    url: './?skill=service-support',
    file: 'development-operations-devops-engineer-trajectory',
    title: 'skill trajectories',
    csvRows: 101,
  },
  {
    kind: 'compare',
    url: './?view=compare',
    file: 'development-operations-devops-engineer-compare-senior-devops-engineer-technical-vs-senior-devops-engineer-management',
    title: 'Senior DevOps engineer (technical) vs Senior DevOps engineer (management)',
    csvRows: 11,
  },
  {
    kind: 'overview',
    url: './?view=compare',
    file: 'development-operations-devops-engineer-overview',
    title: 'where the tracks differ',
    csvRows: 31,
  },
];

function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const view of VIEWS) {
  test(`exports the ${view.kind} chart in every format`, async ({ page }) => {
    await page.goto(view.url);
    await expect(page.locator(`figure[data-chart="${view.kind}"] svg`).first()).toBeVisible();
    // What the exports must hold as text: every skill, or for the pathway its levels and steps.
    const namesShown =
      view.kind === 'pathway' ? ['Apprentice DevOps engineer', '1 new', '8 raised', '1 reworded'] : SKILLS;

    // SVG: well-formed, self-contained, titled, every skill named.
    const svg = await exportFile(page, view.kind, 'SVG');
    expect(svg.name).toBe(`${view.file}.svg`);
    const text = svg.bytes.toString('utf8');
    const parseError = await page.evaluate(
      (source) =>
        new DOMParser().parseFromString(source, 'image/svg+xml').querySelector('parsererror')?.textContent ??
        null,
      text,
    );
    expect(parseError).toBeNull();
    expect(text).not.toMatch(/(href|src)="(?!#)/);
    expect(text).not.toMatch(/url\((?!#)/);
    expect(text).toContain(view.title);
    expect(text).toContain('Open Government Licence v3.0');
    // Only regular and bold: a PDF's standard fonts have no 600, and svg2pdf.js would fall back to a serif.
    expect(text).not.toMatch(/font-weight: ?[1-9]00/);
    for (const skill of namesShown)
      expect(text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(skill);
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(text)![1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(text)![1]);

    // PNG at 1× and 4×, white and transparent.
    const menu = page.locator(`figure[data-chart="${view.kind}"] details.export`);
    const png1 = await exportFile(page, view.kind, 'PNG', () =>
      menu.getByLabel('PNG size').selectOption('1'),
    );
    expect(png1.name).toBe(`${view.file}.1x.png`);
    expect(pngSize(png1.bytes)).toEqual({ width, height });
    const png4 = await exportFile(page, view.kind, 'PNG', async () => {
      await menu.getByLabel('PNG size').selectOption('4');
      await menu.getByLabel('Transparent').check();
    });
    expect(png4.name).toBe(`${view.file}.4x-transparent.png`);
    expect(pngSize(png4.bytes)).toEqual({ width: width * 4, height: height * 4 });
    // The menu closed after each export, its status beside it; opened again, it kept its choices.
    await expect(menu).not.toHaveAttribute('open');
    await expect(page.locator(`figure[data-chart="${view.kind}"] .export-status`)).toHaveText(
      `Saved ${view.file}.4x-transparent.png`,
    );
    const png2 = await exportFile(page, view.kind, 'PNG', async () => {
      await expect(menu.getByLabel('Transparent')).toBeChecked();
      await menu.getByLabel('Transparent').uncheck();
      await menu.getByLabel('PNG size').selectOption('2');
    });
    writeFileSync(test.info().outputPath(`look-at-${view.kind}.png`), png2.bytes);

    // PDF: one page, text as text.
    const pdf = await exportFile(page, view.kind, 'PDF');
    expect(pdf.name).toBe(`${view.file}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const info = pdfInfo(pdf.path);
    expect(info).toMatch(/Pages:\s+1\n/);
    const shown = pdfText(pdf.path);
    for (const skill of namesShown) expect(shown).toContain(skill);
    expect(shown).toContain('Open Government Licence');

    // PowerPoint, native: tables, charts with their data, or shapes; no picture of the chart.
    const pptx = await exportFile(page, view.kind, 'PowerPoint');
    expect(pptx.name).toBe(`${view.file}.pptx`);
    const native = await deckContents(pptx.bytes);
    expect(native.pictures).toBe(0);
    expect(native.mergedCells).toBe(0);
    if (view.kind === 'matrix' || view.kind === 'compare') expect(native.tables).toBe(native.slides);
    // The trajectories are small multiples of shapes: a step chart per skill, named for it.
    if (view.kind === 'trajectory')
      for (const skill of SKILLS) expect(native.xml).toContain(`name="${skill}, Technical path`);
    if (view.kind === 'overview') {
      expect(native.charts).toBeGreaterThanOrEqual(native.slides);
      // Each chart's data is embedded, so PowerPoint's "Edit data" opens it.
      expect(native.workbooks).toBe(native.charts);
    }
    if (view.kind === 'pathway') expect(native.curves).toBeGreaterThanOrEqual(2);
    expect(native.xml).toContain(view.title);
    for (const name of namesShown) expect(native.xml).toContain(name);
    expect(await offSlide(pptx.bytes)).toEqual([]);

    // PowerPoint, as a picture: one slide holding the title, an SVG and its PNG fallback.
    const picture = await exportFile(page, view.kind, 'PowerPoint picture');
    expect(picture.name).toBe(`${view.file}.picture.pptx`);
    const zip = await JSZip.loadAsync(picture.bytes);
    const files = Object.keys(zip.files);
    expect(files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toEqual(['ppt/slides/slide1.xml']);
    expect(files.some((f) => /^ppt\/media\/.+\.svg$/.test(f))).toBe(true);
    expect(files.some((f) => /^ppt\/media\/.+\.png$/.test(f))).toBe(true);
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('asvg:svgBlip');

    // CSV: parses back to the rows the chart shows.
    const csv = await exportFile(page, view.kind, 'CSV data');
    expect(csv.name).toBe(`${view.file}.csv`);
    // UTF-8 with a byte-order mark, as Excel needs to read "·" and curly quotes right.
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvParseRows(new TextDecoder().decode(csv.bytes).trimEnd());
    expect(rows).toHaveLength(view.csvRows);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    if (view.kind !== 'pathway')
      for (const skill of SKILLS) expect(rows.some((row) => row[0] === skill)).toBe(true);
  });
}

test('exports every chart as one deck until charts are chosen, each on one slide', async ({ page }) => {
  await page.goto('./?changes=1');
  const download = await exportDeck(page);
  expect(download.name).toBe('development-operations-devops-engineer-all-views.pptx');
  const zip = await JSZip.loadAsync(download.bytes);
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  // A title slide, then a native slide per chart that says something for the role: the matrix
  // with its change marks, the pathway, the trajectories (both tracks in each skill's panel), the
  // comparison, the tracks' overview and what changed since the 2020 page (fetched for the deck).
  expect(slides).toHaveLength(7);
  const titles = await Promise.all(slides.map((f) => zip.file(f)!.async('string')));
  const cover = await zip.file('ppt/slides/slide1.xml')!.async('string');
  expect(cover).toContain('Development operations (DevOps) engineer');
  expect(cover).toContain('DDaT Capability Framework');
  expect(cover).toContain('Open Government Licence v3.0');
  // The version, and one line of source and licence: the attribution is in the notes.
  expect(cover).toContain('DDaT Capability Framework, version of 7 January 2020 (GOV.UK role page)');
  expect(cover.match(/Source:/g)).toHaveLength(1);
  // The compare slide says the comparison's summary; every chart slide has speaker notes in words.
  expect(titles.join(' ')).toContain('Senior DevOps engineer (technical) asks for more in 1 skill');
  const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
  const notesText = (await Promise.all(notes.map((f) => zip.file(f)!.async('string')))).join(' ');
  expect(notesText).toContain('10 skills (rows) by 9 levels (columns)');
  expect(titles.join(' ')).toContain('skills by level, with changes from the previous level');
  expect(titles.join(' ')).toContain(
    'Senior DevOps engineer (technical) vs Senior DevOps engineer (management)',
  );
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Saved development-operations-devops-engineer-all-views.pptx' }),
  ).toBeVisible();
});

test("exports all views for a framework whose one track never splits: the docs' example", async ({
  page,
}) => {
  const readme = readFileSync(new URL('../../docs/file-formats.md', import.meta.url), 'utf8');
  const format = readme.slice(readme.indexOf('## The framework file format'));
  const example = /```json\n([\s\S]+?)\n```/.exec(format)![1];
  await page.goto('./');
  await page.getByText('Load your own framework').click();
  await page.getByLabel('Choose files').setInputFiles({
    name: 'example.json',
    mimeType: 'application/json',
    buffer: Buffer.from(example),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Loaded' })).toBeVisible();
  const zip = await JSZip.loadAsync((await exportDeck(page)).bytes);
  // A title slide and four charts: no overview, there is nothing to set side by side. Before, the
  // whole deck failed.
  expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(5);
  // The cover holds no notes of the app's own; its speaker notes say why the overview is left out,
  // and the profile (no self-assessment here).
  const cover = await zip.file('ppt/slides/slide1.xml')!.async('string');
  expect(cover).not.toContain('No track overview slide');
  expect(cover).not.toContain('slide:');
  const notes = await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string');
  expect(notes).toContain('No track overview slide');
  expect(notes).toContain('No you against a level slide: there is no self-assessment of this role');
});

test('copies a chart to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  const menu = page.locator('figure[data-chart="matrix"] details.export');
  await menu.locator('summary').click();
  await menu.getByRole('button', { name: 'Copy image' }).click();
  // Said beside the menu, which closes off the chart.
  await expect(page.locator('figure[data-chart="matrix"] .export-status')).toHaveText(
    'Copied the chart as an image',
  );
  await expect(menu).not.toHaveAttribute('open');
  const types = await page.evaluate(async () => (await navigator.clipboard.read())[0].types);
  expect(types).toContain('image/png');
});

test("the first page load does not include the export libraries or the PDF's font; a PDF fetches the font", async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('./');
  await expect(page.getByRole('grid')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => /jspdf|svg2pdf|pptxgen|exportChart|slides|\.ttf$/.test(url))).toEqual([]);
  await exportFile(page, 'matrix', 'PDF');
  expect(requests.filter((url) => /DejaVuSans.*\.ttf$/.test(url)).length).toBe(3);
});

for (const [theme, colour] of [
  ['light', 'FFFFFF'],
  ['dark', '14181D'],
  ['contrast', 'FFFFFF'],
] as const) {
  test(`a PowerPoint slide in the ${theme} theme has the theme's background, not black`, async ({ page }) => {
    await page.goto(`./?theme=${theme}`);
    const pptx = await exportFile(page, 'matrix', 'PowerPoint');
    const slide = await (await JSZip.loadAsync(pptx.bytes)).file('ppt/slides/slide1.xml')!.async('string');
    // The colours the theme's CSS gives ("#fff" once minified) reach the slide as six hex digits.
    expect(/<p:bg>.*?<a:srgbClr val="([0-9A-F]{6})"/.exec(slide)?.[1]).toBe(colour);
  });
}

test("a dark-theme PDF is dark to its edges, as the app's page is", async ({ page }) => {
  await page.goto('./?theme=dark');
  const pdf = await exportFile(page, 'matrix', 'PDF');
  // Its name says the theme, so that it does not collide with the light one in Downloads.
  expect(pdf.name).toBe('development-operations-devops-engineer-matrix.dark.pdf');
  // The data has no theme.
  expect((await exportFile(page, 'matrix', 'CSV data')).name).toBe(
    'development-operations-devops-engineer-matrix.csv',
  );
  // The page's #14181d, give or take the renderer's rounding.
  for (const colour of edgeColours(rasterise(pdf.path, 1, 20)))
    expect(sameColour(colour, [20, 24, 29], 3)).toBe(true);
});

test("the pathway PDF's step labels are drawn, not hidden under their halo", async ({ page }) => {
  await page.goto('./');
  const pdf = await exportFile(page, 'pathway', 'PDF');
  // Where pdftotext finds "raised", the page rendered at 72 dpi (a pixel a point) must have ink.
  const raised = words(pdf.path).filter((word) => word.text === 'raised');
  expect(raised.length).toBeGreaterThanOrEqual(8);
  const raster = rasterise(pdf.path, 1, 72);
  for (const word of raised) expect(inkIn(raster, word, [255, 255, 255])).toBeGreaterThan(3);
  // What svg2pdf cannot draw is not in the file it is given.
  const svg = await exportFile(page, 'pathway', 'SVG');
  expect(svg.bytes.toString()).not.toContain('paint-order');
});

test('a change-marked matrix export carries the key to its marks, and no link to the page', async ({
  page,
}) => {
  await page.goto('./?changes=1');
  const svg = (await exportFile(page, 'matrix', 'SVG')).bytes.toString();
  const text = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  for (const [mark, meaning] of [
    ['NEW', 'asked for now, not at the previous level'],
    ['▲1', 'raised by 1 step'],
    ['✎', 'same proficiency, reworded'],
    ['DROPPED', 'no longer asked for'],
  ])
    expect(text).toContain(`${mark} ${meaning}`);
  expect(text).not.toContain('About this role');
  // Nor in presentation mode, which has no page to open it on; the page itself keeps it.
  await expect(page.locator('svg.matrix').getByText('About this role ›')).toBeVisible();
  await page.locator('figure[data-chart="matrix"]').getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('section.frame svg.matrix')).toBeVisible();
  await expect(page.locator('section.frame').getByText('About this role ›')).toHaveCount(0);
  await expect(
    page.locator('section.frame').getByText('asked for now, not at the previous level'),
  ).toBeVisible();
});

test('a PDF on US Letter or a 16:9 page has the chart fitted inside its margins', async ({ page }) => {
  await page.goto('./');
  const menu = page.locator('figure[data-chart="matrix"] details.export');
  for (const [choice, size, [width, height]] of [
    ['letter', /Page size:\s+792 x 612 pts/, [792, 612]],
    ['widescreen', /Page size:\s+960 x 540 pts/, [960, 540]],
  ] as const) {
    const pdf = await exportFile(page, 'matrix', 'PDF', () =>
      menu.getByLabel('PDF page').selectOption(choice),
    );
    expect(pdf.name).toBe(`development-operations-devops-engineer-matrix.${choice}.pdf`);
    expect(pdfInfo(pdf.path)).toMatch(size);
    const all = words(pdf.path);
    expect(all.map((w) => w.text)).toContain('Practitioner');
    // Half an inch clear on every side.
    for (const word of all) {
      expect(word.x0).toBeGreaterThanOrEqual(36);
      expect(word.y0).toBeGreaterThanOrEqual(36);
      expect(word.x1).toBeLessThanOrEqual(width - 36);
      expect(word.y1).toBeLessThanOrEqual(height - 36);
    }
  }
});

test('exports all views as pictures, when asked: a title slide and a picture per chart', async ({ page }) => {
  await page.goto('./');
  const download = await exportDeck(page, (builder) => builder.getByLabel('Slides').selectOption('picture'));
  expect(download.name).toBe('development-operations-devops-engineer-all-views.picture.pptx');
  const deck = await deckContents(download.bytes);
  expect(deck.slides).toBe(7);
  expect(deck.tables + deck.charts).toBe(0);
  expect((deck.xml.match(/asvg:svgBlip/g) ?? []).length).toBe(6);
});

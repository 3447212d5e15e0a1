import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const SKILLS = [
  'Availability and capacity management',
  'Development process optimisation',
  'Information security',
  'Modern standards approach',
  'Programming and build (software engineering)',
  'Prototyping',
  'Service support',
  'Systems design',
  'Systems integration',
  'User focus',
];

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

async function exportFile(page: Page, kind: string, button: string, setup?: () => Promise<unknown>) {
  const menu = page.locator(`figure[data-chart="${kind}"] details.export`);
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.locator('summary').click();
  await setup?.();
  const downloading = page.waitForEvent('download');
  await menu.getByRole('button', { name: button, exact: true }).click();
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

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
    const png1 = await exportFile(page, view.kind, 'PNG', () => menu.getByLabel('Size').selectOption('1'));
    expect(png1.name).toBe(`${view.file}.1x.png`);
    expect(pngSize(png1.bytes)).toEqual({ width, height });
    const png4 = await exportFile(page, view.kind, 'PNG', async () => {
      await menu.getByLabel('Size').selectOption('4');
      await menu.getByLabel('Transparent').check();
    });
    expect(png4.name).toBe(`${view.file}.4x-transparent.png`);
    expect(pngSize(png4.bytes)).toEqual({ width: width * 4, height: height * 4 });
    await menu.getByLabel('Transparent').uncheck();
    const png2 = await exportFile(page, view.kind, 'PNG', () => menu.getByLabel('Size').selectOption('2'));
    writeFileSync(test.info().outputPath(`look-at-${view.kind}.png`), png2.bytes);

    // PDF: one page, text as text.
    const pdf = await exportFile(page, view.kind, 'PDF');
    expect(pdf.name).toBe(`${view.file}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [pdf.path]).toString();
    expect(info).toMatch(/Pages:\s+1\n/);
    const pdfText = execFileSync('pdftotext', ['-raw', pdf.path, '-']).toString().replace(/\s+/g, ' ');
    for (const skill of namesShown) expect(pdfText).toContain(skill);
    expect(pdfText).toContain('Open Government Licence');

    // PowerPoint: a zip with one slide holding the title, an SVG and its PNG fallback.
    const pptx = await exportFile(page, view.kind, 'PowerPoint');
    expect(pptx.name).toBe(`${view.file}.pptx`);
    const zip = await JSZip.loadAsync(pptx.bytes);
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

test('exports all views as one deck, with progress', async ({ page }) => {
  await page.goto('./?changes=1');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all views (PowerPoint)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('development-operations-devops-engineer-all-views.pptx');
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  // A title slide, then a slide per chart.
  expect(slides).toHaveLength(6);
  const titles = await Promise.all(slides.map((f) => zip.file(f)!.async('string')));
  const cover = await zip.file('ppt/slides/slide1.xml')!.async('string');
  expect(cover).toContain('Development operations (DevOps) engineer');
  expect(cover).toContain('DDaT Capability Framework');
  expect(cover).toContain('Open Government Licence v3.0');
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

test("exports all views for a framework whose one track never splits: the README's example", async ({
  page,
}) => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const example = /```json\n([\s\S]+?)\n```/.exec(readme)![1];
  await page.goto('./');
  await page.getByText('Load your own framework').click();
  await page.getByLabel('Choose files').setInputFiles({
    name: 'example.json',
    mimeType: 'application/json',
    buffer: Buffer.from(example),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Loaded' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all views (PowerPoint)' }).click();
  const zip = await JSZip.loadAsync(readFileSync(await (await downloading).path()));
  // A title slide and four charts: no overview, there is nothing to set side by side. Before, the
  // whole deck failed.
  expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(5);
  // The title slide says why the overview is left out.
  expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('No track overview slide');
});

test('copies a chart to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  const menu = page.locator('figure[data-chart="matrix"] details.export');
  await menu.locator('summary').click();
  await menu.getByRole('button', { name: 'Copy image' }).click();
  await expect(menu.getByRole('status')).toHaveText('Copied the chart as an image');
  const types = await page.evaluate(async () => (await navigator.clipboard.read())[0].types);
  expect(types).toContain('image/png');
});

test('the first page load does not include the export libraries', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('./');
  await expect(page.getByRole('grid')).toBeVisible();
  expect(scripts.filter((url) => /jspdf|svg2pdf|pptxgen|exportChart/.test(url))).toEqual([]);
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

/** The colour of a rendered PDF page at (x, y) from 0 to 1: pdftoppm draws it as a PPM. */
function pdfPixel(path: string, x: number, y: number): [number, number, number] {
  const root = `${path}.page`;
  execFileSync('pdftoppm', ['-r', '20', '-singlefile', path, root]);
  const ppm = readFileSync(`${root}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length + (Math.floor(y * (height - 1)) * width + Math.floor(x * (width - 1))) * 3;
  return [ppm[start], ppm[start + 1], ppm[start + 2]];
}

test("a dark-theme PDF is dark to its edges, as the app's page is", async ({ page }) => {
  await page.goto('./?theme=dark');
  const pdf = await exportFile(page, 'matrix', 'PDF');
  for (const [x, y] of [
    [0.01, 0.01],
    [0.99, 0.99],
    [0.99, 0.5],
    [0.5, 0.99],
  ])
    // The page's #14181d, give or take the renderer's rounding.
    for (const [channel, want] of pdfPixel(pdf.path, x, y).map((c, i) => [c, [20, 24, 29][i]]))
      expect(Math.abs(channel - want)).toBeLessThanOrEqual(3);
});

test("the pathway PDF's step labels are drawn, not hidden under their halo", async ({ page }) => {
  await page.goto('./');
  const pdf = await exportFile(page, 'pathway', 'PDF');
  // Where pdftotext finds "raised", the page rendered at 72 dpi (a pixel a point) must have ink.
  const bbox = execFileSync('pdftotext', ['-bbox', pdf.path, '-']).toString();
  const words = [
    ...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">raised<\/word>/g),
  ];
  expect(words.length).toBeGreaterThanOrEqual(8);
  const root = `${pdf.path}.page`;
  execFileSync('pdftoppm', ['-r', '72', '-singlefile', pdf.path, root]);
  const ppm = readFileSync(`${root}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const inkIn = ([, x0, y0, x1, y1]: RegExpMatchArray) => {
    let ink = 0;
    for (let y = Math.floor(Number(y0)); y < Math.ceil(Number(y1)); y++)
      for (let x = Math.floor(Number(x0)); x < Math.ceil(Number(x1)); x++) {
        const at = header[0].length + (y * width + x) * 3;
        if (ppm[at] < 160 && ppm[at + 1] < 160 && ppm[at + 2] < 160) ink += 1;
      }
    return ink;
  };
  for (const word of words) expect(inkIn(word)).toBeGreaterThan(3);
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

/**
 * Every chart, in every theme, exported as native slides, as a picture slide and as an A4 PDF, and
 * opened where people open them: the decks in LibreOffice Impress, the PDFs in poppler. Asserts what
 * a person would see there: the theme's background to the edges, the titles, skills and levels as
 * text, nothing beyond the slide, the marks the app draws (▲1, ✎), and the pathway's step labels
 * legible, not covered.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { SKILLS, exportFile } from './exports';
import { validateFramework } from '../../src/lib/model/schema';
import { syntheticTeam, teamLongCsv } from '../bench/syntheticTeam';
import {
  deckContents,
  edgeColours,
  inkIn,
  offSlide,
  openInImpress,
  pdfInfo,
  pdfPages,
  pdfText,
  rasterise,
  rgbOf,
  sameColour,
  words,
} from './clients';

/** The 2025 framework's families: the career map's pages on paper and picture slides, a family to each. */
const FAMILIES = [
  ...new Set(
    (
      JSON.parse(readFileSync(new URL('../../static/data/ddat-2025.json', import.meta.url), 'utf8')) as {
        roles: { family: string }[];
      }
    ).roles.map((role) => role.family),
  ),
].sort((a, b) => a.localeCompare(b));

const devops = validateFramework(
  JSON.parse(readFileSync(new URL('../../static/data/devops-engineer-2020.json', import.meta.url), 'utf8')),
);

const LEVELS = [
  'Apprentice DevOps engineer',
  'Junior DevOps engineer',
  'Senior DevOps engineer',
  'Principal DevOps engineer',
];

const CHARTS = [
  { kind: 'matrix', query: 'changes=1', title: 'skills by level', skills: true, levels: true },
  { kind: 'pathway', query: '', title: 'career pathway', skills: false, levels: true },
  { kind: 'trajectory', query: '', title: 'skill trajectories', skills: true, levels: true },
  {
    kind: 'compare',
    query: 'view=compare',
    title: 'Senior DevOps engineer (technical) vs',
    skills: true,
    levels: false,
  },
  { kind: 'overview', query: 'view=compare', title: 'where the tracks differ', skills: true, levels: false },
  // What changed from the 2020 page to the 2025 CSV: the renamed skill under its 2025 name.
  { kind: 'changes', query: 'view=compare', title: 'what changed since', skills: false, levels: false },
  {
    kind: 'map',
    query: 'fw=ddat-2025&role=development-operations-devops-engineer&view=moves',
    title: 'career map',
    skills: false,
    levels: false,
  },
  // With a team of 30 read from the long CSV (12 people to a page: three pages).
  {
    kind: 'team',
    query: 'view=team',
    title: 'the team (',
    skills: true,
    levels: false,
    team: true,
  },
  // With a self-assessment, made in the page: rated as a DevOps engineer, against Senior (technical).
  {
    kind: 'profile',
    query: 'view=assess',
    title: 'you against Senior DevOps engineer',
    skills: true,
    levels: false,
    rated: true,
  },
  // The career conversation's page, from the self-assessment made for the profile (kept in this
  // browser): portrait on paper.
  {
    kind: 'conversation',
    query: 'view=assess',
    title: 'a career conversation',
    skills: true,
    levels: false,
  },
];

/** Each theme's page colour, as the app's CSS sets it. */
const PAGE = { light: '#ffffff', dark: '#14181d', contrast: '#ffffff' };

for (const theme of ['light', 'dark', 'contrast'] as const) {
  const background = PAGE[theme];
  test(`every chart's slides and PDF, ${theme} theme, as LibreOffice and poppler show them`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const files: { kind: (typeof CHARTS)[number]; native: string; picture: string; pdf: string }[] = [];
    for (const chart of CHARTS) {
      await page.goto(`./?theme=${theme}${chart.query ? `&${chart.query}` : ''}`);
      if ('team' in chart)
        await page.getByLabel('Choose files').setInputFiles({
          name: 'team.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(teamLongCsv(devops, devops.roles[0].id, syntheticTeam(devops, { people: 30 }))),
        });
      if ('rated' in chart) {
        await page.getByRole('button', { name: 'Start my assessment' }).click();
        await page.getByLabel('Start from a level').selectOption({ label: 'DevOps engineer' });
        await page.getByRole('button', { name: 'Fill in its requirements' }).click();
      }
      const native = await exportFile(page, chart.kind, 'PowerPoint');
      const picture = await exportFile(page, chart.kind, 'PowerPoint picture');
      const menu = page.locator(`figure[data-chart="${chart.kind}"] details.export`);
      const pdf = await exportFile(page, chart.kind, 'PDF', () =>
        menu.getByLabel('PDF page').selectOption('a4'),
      );
      expect(pdf.name).toMatch(/\.a4\.pdf$/);
      files.push({ kind: chart, native: native.path, picture: picture.path, pdf: pdf.path });
    }
    const bg = rgbOf(background);
    const rendered = openInImpress(files.flatMap((f) => [f.native, f.picture]));

    for (const [i, { kind: chart, native, picture, pdf }] of files.entries()) {
      const [nativeShown, pictureShown] = [rendered[i * 2], rendered[i * 2 + 1]];
      const deck = await deckContents(readFileSync(native));
      await test.step(`${chart.kind}: native slides in Impress`, async () => {
        expect(pdfPages(nativeShown)).toBe(deck.slides);
        for (let p = 1; p <= deck.slides; p++)
          for (const colour of edgeColours(rasterise(nativeShown, p, 20)))
            expect(sameColour(colour, bg), `slide ${p} edge ${colour} vs ${background}`).toBe(true);
        const text = pdfText(nativeShown);
        expect(text).toContain(chart.title);
        expect(text).toContain('Open Government Licence v3.0');
        if (chart.skills) for (const skill of SKILLS) expect(text).toContain(skill);
        if (chart.levels) for (const level of LEVELS) expect(text).toContain(level);
        expect(await offSlide(readFileSync(native))).toEqual([]);
      });
      // The whole career map is read a family to a page; every other chart is one.
      const pages = chart.kind === 'map' ? FAMILIES.length : chart.kind === 'team' ? 3 : 1;
      await test.step(`${chart.kind}: picture slide in Impress`, async () => {
        expect(pdfPages(pictureShown)).toBe(pages);
        for (let p = 1; p <= pages; p++)
          for (const colour of edgeColours(rasterise(pictureShown, p, 20)))
            expect(sameColour(colour, bg)).toBe(true);
        expect(pdfText(pictureShown)).toContain(chart.title);
        expect(await offSlide(readFileSync(picture))).toEqual([]);
      });
      await test.step(`${chart.kind}: A4 PDF`, async () => {
        // A4 turned to the chart's shape: portrait for a tall one (the conversation's page).
        expect(pdfInfo(pdf)).toMatch(
          chart.kind === 'conversation'
            ? /Page size:\s+595.28 x 841.89 pts/
            : /Page size:\s+(841.89 x 595.28|595.28 x 841.89) pts/,
        );
        expect(pdfPages(pdf)).toBe(pages);
        for (const colour of edgeColours(rasterise(pdf, 1, 20))) expect(sameColour(colour, bg)).toBe(true);
        const text = pdfText(pdf);
        expect(text).toContain(chart.title);
        if (chart.skills) for (const skill of SKILLS) expect(text).toContain(skill);
        // The marks the app draws, in the embedded font, not swapped for ASCII.
        if (chart.kind === 'matrix')
          for (const mark of ['▲1', '✎', 'NEW', 'DROPPED']) expect(text).toContain(mark);
        if (chart.kind === 'compare') {
          expect(text).toMatch(/\+1 ▶|◀ \+1/);
          // Its meaning kept on paper and on its slides: the summary sentence, and the marks' key (as
          // text on paper and on the native slide; a picture slide draws it in its picture).
          for (const shown of [text, pdfText(nativeShown), pdfText(pictureShown)])
            expect(shown.replace(/\s+/g, ' ')).toContain(
              'Senior DevOps engineer (technical) asks for more in',
            );
          for (const shown of [text, pdfText(nativeShown)])
            // (pdftotext may set the key's ▶ apart from its words.)
            expect(shown.replace(/\s+/g, ' ')).toContain('left asks 1 step more');
        }
        if (chart.kind === 'changes') {
          expect(text).toContain('✎');
          expect(text.replace(/\s+/g, ' ')).toContain('renamed from Modern standards approach');
          expect(pdfText(nativeShown).replace(/\s+/g, ' ')).toContain('85 requirements of 85 changed');
        }
        if (chart.kind === 'profile')
          for (const mark of ['●', '◆', 'short by 1']) expect(text).toContain(mark);
        // Exports name nobody unless asked: Person 1, Person 2, …
        if (chart.kind === 'team') {
          expect(text).toContain('Person 24');
          expect(text).not.toContain('Colleague');
          expect(pdfText(nativeShown)).not.toContain('Colleague');
          expect(pdfText(pictureShown)).not.toContain('Colleague');
        }
      });
      if (chart.kind === 'map')
        await test.step('map: a family to a page, its roles legible, in every client', async () => {
          const flat = (text: string) => text.replace(/\s+/g, ' ');
          for (const family of FAMILIES) {
            const title = `career map of the ${family} family`;
            expect(flat(pdfText(nativeShown))).toContain(title);
            expect(flat(pdfText(pictureShown))).toContain(title);
            expect(flat(pdfText(pdf))).toContain(title);
          }
          // On each A4 page and native slide, the role names are at least 6 points tall.
          for (const [shown, count] of [
            [pdf, pages],
            [nativeShown, pages],
          ] as const)
            for (let p = 1; p <= count; p++) {
              const names = words(shown, p).filter(
                (word) => word.text === 'engineer' || word.text === 'manager',
              );
              // (The start's row, "…(DevOps) engineer", is on every page.)
              expect(names.length, `${shown} page ${p}`).toBeGreaterThan(0);
              for (const word of names)
                expect(word.y1 - word.y0, `${shown} page ${p}`).toBeGreaterThanOrEqual(6);
            }
        });
      if (chart.kind === 'pathway')
        await test.step('pathway: the step labels are legible where they are drawn', async () => {
          for (const shown of [nativeShown, pdf]) {
            const raster = rasterise(shown, 1, 72);
            const labels = words(shown).filter((word) => word.text === 'raised' || word.text === 'reworded');
            expect(labels.length).toBeGreaterThanOrEqual(12);
            for (const word of labels)
              expect(inkIn(raster, word, bg), `${shown}: ${word.text}`).toBeGreaterThan(3);
          }
        });
    }
  });
}

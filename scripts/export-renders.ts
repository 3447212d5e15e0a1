/**
 * The README's pictures of exports as people see them: exports charts from the served build (serve
 * it first with `npm run preview`), opens the decks in LibreOffice Impress and the PDFs in poppler,
 * and saves what they show as PNGs in static/readme/. Usage: tsx scripts/export-renders.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';

/** A self-assessment made in the page, as a person would: rated as a DevOps engineer, with a note. */
async function rated(page: Page) {
  await page.getByRole('button', { name: 'Start my assessment' }).click();
  await page.getByLabel('Start from a level').selectOption({ label: 'DevOps engineer' });
  await page.getByRole('button', { name: 'Fill in its requirements' }).click();
  const userFocus = page.getByRole('group', { name: 'User focus', exact: true });
  await userFocus.getByText('Note (evidence, examples)').click();
  await userFocus.getByRole('textbox').fill('Ran the accessibility audit of the payments service.');
  await page.getByLabel('Name on the page').fill('Sam Patel');
}

/**
 * What to export: the chart, the page's query, the menu's button, the PDF page if any, and what to
 * do in the page first.
 */
const RENDERS: {
  name: string;
  kind: string;
  query: string;
  button: string;
  page?: string;
  setup?: (page: Page) => Promise<void>;
}[] = [
  { name: 'trajectory-slide-light', kind: 'trajectory', query: '?theme=light', button: 'PowerPoint' },
  {
    name: 'conversation-pdf-a4-light',
    kind: 'conversation',
    query: '?theme=light&view=assess',
    button: 'PDF',
    page: 'a4',
    setup: rated,
  },
  { name: 'matrix-slide-dark', kind: 'matrix', query: '?theme=dark&changes=1', button: 'PowerPoint' },
  { name: 'pathway-slide-light', kind: 'pathway', query: '?theme=light', button: 'PowerPoint' },
  {
    name: 'overview-slide-light',
    kind: 'overview',
    query: '?theme=light&view=compare',
    button: 'PowerPoint',
  },
  { name: 'matrix-pdf-a4-light', kind: 'matrix', query: '?theme=light&changes=1', button: 'PDF', page: 'a4' },
];

const out = 'static/readme';
const work = mkdtempSync(join(tmpdir(), 'renders-'));
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const render of RENDERS) {
  // A page of its own each: what one render keeps in the browser (an assessment) is not the next's.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await page.goto(`http://127.0.0.1:4173/${render.query}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await render.setup?.(page);
  const menu = page.locator(`figure[data-chart="${render.kind}"] details.export`);
  await menu.locator('summary').click();
  if (render.page) await menu.getByLabel('PDF page').selectOption(render.page);
  const downloading = page.waitForEvent('download');
  await menu.getByRole('button', { name: render.button, exact: true }).click();
  const file = join(work, `${render.name}.${render.button === 'PDF' ? 'pdf' : 'pptx'}`);
  await (await downloading).saveAs(file);
  let pdf = file;
  if (file.endsWith('.pptx')) {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${work}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        file,
      ],
      { stdio: 'ignore' },
    );
    pdf = file.replace(/\.pptx$/, '.pdf');
  }
  // The first page, 960 pixels wide.
  execFileSync(
    'pdftoppm',
    [
      '-png',
      '-singlefile',
      '-f',
      '1',
      '-l',
      '1',
      '-scale-to-x',
      '960',
      '-scale-to-y',
      '-1',
      pdf,
      join(work, render.name),
    ],
    { stdio: 'ignore' },
  );
  renameSync(join(work, `${render.name}.png`), join(out, `${render.name}.png`));
  console.log(`saved ${join(out, `${render.name}.png`)}`);
  await page.close();
}
await browser.close();

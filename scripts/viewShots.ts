/**
 * Fingerprints every view in every theme, for a redesign that must not change what people see:
 * serve the built app (`npm run preview`), then `tsx scripts/viewShots.ts before.json`, change the
 * code, rebuild, and `tsx scripts/viewShots.ts after.json before.json`, which names every picture
 * that differs (and saves both PNGs beside the file, to look at). Exits 1 on a difference.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';

const [out = 'shots.json', against] = process.argv.slice(2);
const VIEWS = ['explore', 'compare', 'assess', 'moves', 'team'];
const THEMES = ['light', 'dark', 'contrast'];
/**
 * Each view also with a level picked and changes marked, as tables, and with a skill highlighted and
 * the first mark of a chart focused from the keyboard (its ring drawn).
 */
const STATES = [
  '',
  '&level=senior-devops-engineer-technical&changes=1&cross=1',
  '&table=1',
  '&skill=prototyping',
];
const stateName = (state: string) =>
  state === '' ? '' : state.includes('table') ? '-table' : state.includes('skill') ? '-focused' : '-marked';

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, reducedMotion: 'reduce' });
const shots: Record<string, string> = {};
const pictures: Record<string, Buffer> = {};
for (const view of VIEWS)
  for (const theme of THEMES)
    for (const state of STATES) {
      const name = `${view}-${theme}${stateName(state)}`;
      await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4173}/?view=${view}&theme=${theme}${state}`);
      await page.locator('main nav[aria-label="Views"]').waitFor();
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      if (state.includes('skill')) {
        await page.keyboard.press('Tab');
        const mark = page.locator('main svg [tabindex="0"]').first();
        if ((await mark.count()) > 0) await mark.focus();
      }
      await page.waitForTimeout(300);
      const png = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
      shots[name] = createHash('sha256').update(png).digest('hex');
      pictures[name] = png;
    }
await browser.close();
writeFileSync(out, JSON.stringify(shots, null, 2) + '\n');
console.log(`${Object.keys(shots).length} pictures fingerprinted in ${out}`);
if (against) {
  const before = JSON.parse(readFileSync(against, 'utf8')) as Record<string, string>;
  const differ = Object.keys(shots).filter((name) => before[name] !== shots[name]);
  const folder = join(dirname(out), 'shots-differ');
  mkdirSync(folder, { recursive: true });
  for (const name of differ) writeFileSync(join(folder, `${name}.png`), pictures[name]);
  console.log(
    differ.length ? `differ: ${differ.join(', ')} (saved in ${folder})` : 'every picture is identical',
  );
  process.exitCode = differ.length ? 1 : 0;
}

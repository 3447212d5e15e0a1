/**
 * Saves screenshots of the built app for people to look at (`npm run screenshot`):
 * serve it first with `npm run preview`. Usage: tsx scripts/screenshot.ts [query] [out.png]
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';

const query = process.argv[2] ?? '';
const out = process.argv[3] ?? 'static/screenshot.png';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
page.on('console', (message) => console.log(`console ${message.type()}: ${message.text()}`));
await page.goto(`http://127.0.0.1:4173/${query}`);
await page.getByRole('grid').waitFor();
// The charts below the matrix load after it: wait until nothing more is fetched.
await page.waitForLoadState('networkidle');
if (process.env.HOVER) await page.getByRole('gridcell', { name: process.env.HOVER }).hover();
if (process.env.ELEMENT) await page.locator(process.env.ELEMENT).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`saved ${out}`);

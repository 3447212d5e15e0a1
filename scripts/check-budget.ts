/**
 * Fails when the first page load grows past the budget in budget.json (`npm run budget`, after a
 * build). Counts what the first view loads, gzipped (scripts/firstLoad.ts): the entry script and the
 * app's code it imports, and the CSS. Chunks loaded on demand (the export libraries) do not count.
 */
import { readFileSync } from 'node:fs';
import { firstLoad } from './firstLoad';

const budget = JSON.parse(readFileSync(new URL('../budget.json', import.meta.url), 'utf8')) as {
  initialJavaScriptGzipKb: number;
  initialCssGzipKb: number;
};
const { scripts, javaScriptGzipKb: js, cssGzipKb: css } = firstLoad(new URL('../dist/', import.meta.url));
console.log(
  `initial JavaScript: ${js.toFixed(1)} kB gzipped (budget ${budget.initialJavaScriptGzipKb} kB): ${scripts.join(', ')}`,
);
console.log(`initial CSS: ${css.toFixed(1)} kB gzipped (budget ${budget.initialCssGzipKb} kB)`);
if (scripts.length < 1) throw new Error('dist/ holds no entry script and app code: is the build there?');
const over = [
  js > budget.initialJavaScriptGzipKb &&
    `JavaScript is ${js.toFixed(1)} kB, over ${budget.initialJavaScriptGzipKb} kB`,
  css > budget.initialCssGzipKb && `CSS is ${css.toFixed(1)} kB, over ${budget.initialCssGzipKb} kB`,
].filter(Boolean);
if (over.length > 0) {
  console.error(`Over the bundle budget: ${over.join('; ')}.`);
  process.exit(1);
}

/**
 * Fails when the first page load grows past the budget in budget.json (`npm run budget`, after a
 * build). Counts what index.html loads up front, gzipped: the entry script and the chunks it
 * preloads, and the stylesheets. Chunks loaded on demand (the export libraries) do not count.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const budget = JSON.parse(readFileSync(new URL('../budget.json', import.meta.url), 'utf8')) as {
  initialJavaScriptGzipKb: number;
  initialCssGzipKb: number;
};
const html = readFileSync(new URL('index.html', dist), 'utf8');
const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1].replace(/^\.\//, ''));
const scripts = [
  ...new Set([
    ...assets(/<script[^>]+src="([^"]+)"/g),
    ...assets(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ]),
];
const styles = [...new Set(assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g))];
const gzipKb = (files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(new URL(file, dist))).length, 0) / 1024;

const js = gzipKb(scripts);
const css = gzipKb(styles);
console.log(
  `initial JavaScript: ${js.toFixed(1)} kB gzipped (budget ${budget.initialJavaScriptGzipKb} kB): ${scripts.join(', ')}`,
);
console.log(`initial CSS: ${css.toFixed(1)} kB gzipped (budget ${budget.initialCssGzipKb} kB)`);
if (scripts.length === 0) throw new Error('No scripts found in dist/index.html: is the build there?');
const over = [
  js > budget.initialJavaScriptGzipKb &&
    `JavaScript is ${js.toFixed(1)} kB, over ${budget.initialJavaScriptGzipKb} kB`,
  css > budget.initialCssGzipKb && `CSS is ${css.toFixed(1)} kB, over ${budget.initialCssGzipKb} kB`,
].filter(Boolean);
if (over.length > 0) {
  console.error(`Over the bundle budget: ${over.join('; ')}.`);
  process.exit(1);
}

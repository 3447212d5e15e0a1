/**
 * After `vite build`: renders the default view with the server build (dist-ssr/prerender.js) and
 * writes it into dist/index.html, so the page shows the matrix before its script has run.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const { prerender } = (await import(new URL('dist-ssr/prerender.js', root).href)) as {
  prerender: (framework: unknown, catalogue: unknown) => string;
};
const catalogue = JSON.parse(read('static/data/catalogue.json'));
const framework = JSON.parse(read('static/data/devops-engineer-2020.json'));
const html = prerender(framework, catalogue);
// The app's code is imported after the first paint; preload it so that it is ready by then, and
// link its stylesheets: the prerendered markup needs them for its first paint.
const manifest = JSON.parse(read('dist/.vite/manifest.json')) as Record<
  string,
  { file: string; imports?: string[]; css?: string[] }
>;
const chunks = new Set<string>();
const styles = new Set<string>();
const collect = (key: string) => {
  const chunk = manifest[key];
  if (!chunk || chunks.has(chunk.file)) return;
  chunks.add(chunk.file);
  chunk.css?.forEach((file) => styles.add(file));
  chunk.imports?.forEach(collect);
};
collect('src/boot.ts');
let page = read('dist/index.html');
const preloads = [
  ...[...styles]
    .filter((file) => !page.includes(`/${file}"`))
    .map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`),
  ...[...chunks]
    .filter((file) => !page.includes(`/${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`),
].join('\n    ');
page = page.replace('</head>', `    ${preloads}\n  </head>`);
const placeholder = '<div id="app"></div>';
if (!page.includes(placeholder)) throw new Error(`dist/index.html has no ${placeholder} to fill`);
writeFileSync(
  new URL('dist/index.html', root),
  page.replace(
    placeholder,
    `<div id="app" data-framework="${framework.id}" data-role="${framework.roles[0].id}">${html}</div>`,
  ),
);
console.log(
  `prerendered the default view into dist/index.html (${(html.length / 1024).toFixed(0)} kB of markup)`,
);

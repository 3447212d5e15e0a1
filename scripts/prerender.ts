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
const entry = catalogue.find((item: { id: string }) => item.id === framework.id);
if (!entry) throw new Error(`static/data/catalogue.json does not list ${framework.id}`);
// The prerendered markup needs the app's stylesheet for its first paint: it is inlined (one
// request fewer before that paint). The app's code and data are fetched once the page is on
// screen (src/main.ts).
const page = read('dist/index.html').replace(
  /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g,
  (_link, file: string) => `<style>${read(`dist/${file}`).trim()}</style>`,
);
if (page.includes('rel="stylesheet"')) throw new Error('dist/index.html links a stylesheet it cannot inline');
const placeholder = '<div id="app"></div>';
if (!page.includes(placeholder)) throw new Error(`dist/index.html has no ${placeholder} to fill`);
writeFileSync(
  new URL('dist/index.html', root),
  page.replace(
    placeholder,
    `<div id="app" data-framework="${framework.id}" data-role="${framework.roles[0].id}" data-file="${entry.file}">${html}</div>`,
  ),
);
console.log(
  `prerendered the default view into dist/index.html (${(html.length / 1024).toFixed(0)} kB of markup)`,
);

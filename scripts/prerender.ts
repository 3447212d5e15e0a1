/**
 * After `vite build`: renders the default view with the server build (dist-ssr/prerender.js) and
 * writes it into dist/index.html, so the page shows the matrix before its script has run.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

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

/** src/loader.ts as one classic script, to be inlined. */
async function loaderScript() {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: fileURLToPath(new URL('src/loader.ts', root)), formats: ['iife'], name: 'loader' },
    },
  })) as Rollup.RollupOutput[];
  return output[0].output[0].code.trim();
}

let page = read('dist/index.html');
// The prerendered markup needs the app's stylesheet for its first paint: it is inlined (one
// request fewer before that paint).
page = page.replace(
  /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g,
  (_link, file: string) => `<style>${read(`dist/${file}`).trim()}</style>`,
);
if (page.includes('rel="stylesheet"')) throw new Error('dist/index.html links a stylesheet it cannot inline');
// Nothing is fetched before the first frame either: in place of the entry's script tag, an inline
// script (src/loader.ts) fetches the entry once the page has been drawn. The page's
// Content-Security-Policy allows that one script by its hash.
const entryTag = /<script type="module" crossorigin src="(\.\/assets\/[^"]+\.js)"><\/script>/;
const entryFile = entryTag.exec(page)?.[1];
if (!entryFile) throw new Error('dist/index.html has no entry script tag to replace');
const loader = await loaderScript();
const hash = createHash('sha256').update(loader).digest('base64');
page = page.replace(entryTag, `<script data-entry="${entryFile}">${loader}</script>`);
if (!page.includes("script-src 'self';"))
  throw new Error("dist/index.html's CSP has no script-src 'self' to extend");
page = page.replace("script-src 'self';", `script-src 'self' 'sha256-${hash}';`);

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
  `prerendered the default view into dist/index.html (${(html.length / 1024).toFixed(0)} kB of markup, ${loader.length} bytes of inline script)`,
);

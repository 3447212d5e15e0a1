import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLoad } from './firstLoad';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A build as Vite writes it: files, a manifest and an index.html. */
function build(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'first-load-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return pathToFileURL(`${dir}/`);
}
const kb = (text: string) => gzipSync(text).length / 1024;

describe('firstLoad', () => {
  it('counts the entry and its static imports, not chunks loaded on demand', () => {
    const css = '.matrix{fill:red}';
    const dist = build({
      '.vite/manifest.json': JSON.stringify({
        'index.html': {
          file: 'assets/index.js',
          isEntry: true,
          imports: ['_charts.js'],
          dynamicImports: ['src/Later.svelte'],
        },
        '_charts.js': { file: 'assets/charts.js', imports: ['_colour.js'] },
        '_colour.js': { file: 'assets/colour.js' },
        'src/Later.svelte': { file: 'assets/Later.js', imports: ['_charts.js'] },
      }),
      'index.html': `<html><head><style>${css}</style></head><body></body></html>`,
      'assets/index.js': 'start()',
      'assets/charts.js': 'charts()',
      'assets/colour.js': 'colour()',
      'assets/Later.js': 'later()',
    });
    const load = firstLoad(dist);
    expect(load.scripts.sort()).toEqual(['assets/charts.js', 'assets/colour.js', 'assets/index.js']);
    expect(load.javaScriptGzipKb).toBeCloseTo(kb('start()') + kb('charts()') + kb('colour()'), 5);
    expect(load.cssGzipKb).toBeCloseTo(kb(css), 5);
  });

  it('counts the script inlined into index.html, which loads the entry', () => {
    const dist = build({
      '.vite/manifest.json': JSON.stringify({
        'index.html': { file: 'assets/index.js', isEntry: true },
      }),
      'index.html':
        '<html><head><script data-entry="./assets/index.js">afterPaint(load)</script></head></html>',
      'assets/index.js': 'start()',
    });
    expect(firstLoad(dist).javaScriptGzipKb).toBeCloseTo(kb('afterPaint(load)') + kb('start()'), 5);
  });

  it('counts linked stylesheets too', () => {
    const dist = build({
      '.vite/manifest.json': JSON.stringify({
        'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_boot.js'] },
        '_boot.js': { file: 'assets/boot.js', css: ['assets/boot.css'] },
      }),
      'index.html': '<link rel="stylesheet" href="./assets/style.css">',
      'assets/index.js': 'start()',
      'assets/boot.js': 'boot()',
      'assets/style.css': 'a{color:red}',
      'assets/boot.css': 'b{color:blue}',
    });
    const load = firstLoad(dist);
    expect(load.styles.sort()).toEqual(['assets/boot.css', 'assets/style.css']);
    expect(load.cssGzipKb).toBeCloseTo(kb('a{color:red}') + kb('b{color:blue}'), 5);
  });

  it('says so when the manifest lacks a chunk the entry imports', () => {
    const dist = build({
      '.vite/manifest.json': JSON.stringify({
        'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_app.js'] },
      }),
      'index.html': '',
      'assets/index.js': 'start()',
    });
    expect(() => firstLoad(dist)).toThrow("The build's manifest has no _app.js");
  });
});

/**
 * What the first view loads, read from a build (dist/ and its manifest): the script inlined into
 * index.html (src/loader.ts), the entry script it loads once the page has been drawn and everything it
 * imports statically (src/boot.ts, the app: one chunk, vite.config.ts), and the CSS, inlined into
 * index.html or linked from it. Chunks loaded on demand (the charts below the matrix, the export
 * libraries) are not part of it. Used by the bundle budget check and the benchmark.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

type Manifest = Record<string, { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }>;

export function firstLoad(dist: URL) {
  const read = (file: string) => readFileSync(new URL(file, dist));
  const manifest = JSON.parse(read('.vite/manifest.json').toString()) as Manifest;
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const collect = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build's manifest has no ${key}`);
    if (scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    chunk.css?.forEach((file) => styles.add(file));
    chunk.imports?.forEach(collect);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) collect(key);
  const html = read('index.html').toString();
  const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
  const linked = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\.?\/?([^"]+)"/g)].map(
    (match) => match[1],
  );
  linked.forEach((file) => styles.add(file));
  const inlineScript = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1])
    .join('\n');
  const gzipKb = (data: Buffer | string) => gzipSync(data).length / 1024;
  return {
    scripts: [...scripts],
    styles: [...styles],
    javaScriptGzipKb: [...scripts].reduce(
      (sum, file) => sum + gzipKb(read(file)),
      inlineScript ? gzipKb(inlineScript) : 0,
    ),
    cssGzipKb: [...styles].reduce((sum, file) => sum + gzipKb(read(file)), inline ? gzipKb(inline) : 0),
  };
}

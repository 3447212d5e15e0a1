/** The first load's JavaScript and CSS, gzipped, and all assets: see scripts/bench.ts. */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { firstLoad } from '../firstLoad';
import { round, root, type BenchRun } from './stats';

export default function measure({ results }: BenchRun): void {
  const dist = new URL('dist/', root);
  const first = firstLoad(dist);
  const gz = (file: string) => gzipSync(readFileSync(new URL(file, dist))).length / 1024;
  const all = readdirSync(new URL('assets/', dist))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`);
  results.size = {
    initialJsKbGzip: round(first.javaScriptGzipKb),
    initialCssKbGzip: round(first.cssGzipKb),
    allAssetsKbGzip: round(all.reduce((sum, f) => sum + gz(f), 0)),
  };
}

/**
 * The built page's one script before its first paint: scripts/prerender.ts bundles this file and
 * inlines it into dist/index.html in place of the entry's script tag (the page's
 * Content-Security-Policy allows it by its hash). It starts the app (src/main.ts, whose built file
 * the script tag names in `data-entry`: the whole first view's code, one chunk) once the
 * prerendered page has been drawn (`afterFirstFrame`), so nothing is fetched, compiled or run
 * before that first frame. A link with parameters asks for another view than the prerendered one,
 * so it starts the app at once.
 *
 * At that start it asks for the data beside the code: the catalogue, and the prerendered role's
 * file. Asked for by the app once its code had run, they came a round trip later.
 */
import { reportLoadFailure } from './lib/state/loadFailure';
import { afterFirstFrame } from './lib/state/paintTiming';

const entry = (document.currentScript as HTMLScriptElement).dataset.entry!;
const preload = (href: string) => {
  const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href });
  link.crossOrigin = 'anonymous';
  document.head.append(link);
};
const start = () => {
  preload('data/catalogue.json');
  const file = document.getElementById('app')?.dataset.file;
  if (file && location.search === '') preload(`data/${file}`);
  void import(/* @vite-ignore */ entry).catch(reportLoadFailure);
};
if (location.search === '') afterFirstFrame(start);
else start();

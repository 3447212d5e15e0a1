/**
 * The built page's one script before its first paint: scripts/prerender.ts bundles this file and
 * inlines it into dist/index.html in place of the entry's script tag (the page's
 * Content-Security-Policy allows it by its hash). It starts the app (src/main.ts, whose built file
 * the script tag names in `data-entry`) once the prerendered page is on screen, so nothing is
 * fetched, compiled or run before that paint. A link with parameters asks for another view than the
 * prerendered one, so it starts the app at once.
 */
import { reportLoadFailure } from './lib/state/loadFailure';
import { afterFirstPaint } from './lib/state/paintTiming';

const entry = (document.currentScript as HTMLScriptElement).dataset.entry!;
const start = () => void import(/* @vite-ignore */ entry).catch(reportLoadFailure);
if (location.search === '') afterFirstPaint(start);
else start();

/**
 * Starts the app: hydrates the prerendered default view, or mounts any other view from scratch.
 * Loaded by main.ts, which the built page's inline script (src/loader.ts) loads once the page is on
 * screen.
 */
import { flushSync, hydrate, mount } from 'svelte';
import App from './App.svelte';
import { Explorer } from './lib/state/explorer.svelte';
import { defaultViewState } from './lib/state/viewState';
import { fetchCatalogue, shippedFramework, withLevelOrders } from './lib/state/library';
import { LIVE_MARK } from './lib/state/paintTiming';

const target = document.getElementById('app')!;

/**
 * The build prerenders the default view into index.html (scripts/prerender.ts). With no link
 * parameters and no level-order correction of that role, the page hydrates it: the first chart
 * was painted with the page's first paint. Any other view mounts from scratch.
 */
export async function start(hydrating: boolean) {
  if (hydrating) {
    const catalogue = await fetchCatalogue();
    const entry = catalogue.find((item) => item.id === target.dataset.framework)!;
    // Drawn as shipped, checked once the page is live (the check is not part of the first load).
    const shipped = await shippedFramework(entry);
    const framework = withLevelOrders(shipped.framework);
    const explorer = new Explorer();
    explorer.catalogue = catalogue;
    explorer.load(framework, defaultViewState(framework));
    explorer.interactive = false;
    const app = hydrate(App, { target, props: { explorer } });
    // The form controls take the place of their stand-ins.
    explorer.interactive = true;
    flushSync();
    live(explorer);
    shipped.check().catch((error: Error) => (explorer.loadError = error.message));
    return app;
  }
  target.replaceChildren();
  const explorer = new Explorer();
  const app = mount(App, { target, props: { explorer } });
  live(explorer);
  return app;
}

/**
 * The page is live: said (`data-ready`), and what the first view does not draw is let load at the
 * browser's next idle moment (Explorer.settled), so that it does not stand between the page and
 * the person's first click.
 */
function live(explorer: Explorer) {
  document.documentElement.dataset.ready = 'true';
  // What the page fetched until now is what it cost to be live (tests/e2e/live.spec.ts, the bench).
  performance.mark(LIVE_MARK);
  const settle = () => (explorer.settled = true);
  if ('requestIdleCallback' in window) requestIdleCallback(settle, { timeout: 500 });
  else setTimeout(settle, 50);
}

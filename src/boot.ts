/**
 * Starts the app: hydrates the prerendered default view, or mounts any other view from scratch.
 * Loaded by main.ts, which the built page's inline script (src/loader.ts) loads once the page is on
 * screen.
 */
import { flushSync, hydrate, mount } from 'svelte';
import App from './App.svelte';
import { Explorer } from './lib/state/explorer.svelte';
import { defaultViewState } from './lib/state/viewState';
import { builtInFramework, fetchCatalogue, withLevelOrders } from './lib/state/library';

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
    const framework = withLevelOrders(await builtInFramework(entry));
    const explorer = new Explorer();
    explorer.catalogue = catalogue;
    explorer.load(framework, defaultViewState(framework));
    explorer.interactive = false;
    const app = hydrate(App, { target, props: { explorer } });
    // The form controls take the place of their stand-ins.
    explorer.interactive = true;
    flushSync();
    document.documentElement.dataset.ready = 'true';
    return app;
  }
  target.replaceChildren();
  const app = mount(App, { target });
  document.documentElement.dataset.ready = 'true';
  return app;
}

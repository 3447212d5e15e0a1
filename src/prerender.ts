/**
 * Server-side entry: renders the app's default view (the built-in framework's first role, no
 * link parameters) to HTML at build time, so the first chart is in the page before any script runs.
 * Used by scripts/prerender.ts; the browser then hydrates it (src/main.ts).
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import { Explorer } from './lib/state/explorer.svelte';
import { defaultViewState } from './lib/state/viewState';
import type { Framework } from './lib/model/types';
import type { CatalogueEntry } from './lib/model/catalogue';

/** The explorer state the default view starts from; the browser builds the same before hydrating. */
export function defaultExplorer(framework: Framework, catalogue: CatalogueEntry[]): Explorer {
  const explorer = new Explorer();
  explorer.catalogue = catalogue;
  explorer.load(framework, defaultViewState(framework));
  explorer.interactive = false;
  return explorer;
}

export function prerender(framework: Framework, catalogue: CatalogueEntry[]): string {
  return render(App, { props: { explorer: defaultExplorer(framework, catalogue) } }).body;
}

/**
 * Keeps the page's address and the Explorer state in step for the app's whole life: shows what a
 * link asks for on start and on Back/Forward (with a notice for any part it could not use), and
 * writes each meaningful change as a history entry. Call while the app component initialises.
 */
import { onMount } from 'svelte';
import type { Explorer } from './explorer.svelte';
import { fetchCatalogue, loadUserFrameworks } from './library';
import {
  DEFAULT_FRAMEWORK_ID,
  frameworkRequest,
  parseViewState,
  readFrameworkId,
  writeViewState,
} from './viewState';

export function followLocation(explorer: Explorer) {
  async function showLocation() {
    const { wanted, unusable, fallbackNotice } = frameworkRequest(location.search);
    const notices = unusable ? [unusable] : [];
    let framework;
    try {
      framework =
        wanted === explorer.framework?.id ? explorer.framework : await explorer.frameworkById(wanted);
    } catch {
      if (fallbackNotice) notices.push(fallbackNotice);
      framework = await explorer.frameworkById(DEFAULT_FRAMEWORK_ID);
    }
    const { state, ignored } = parseViewState(location.search, framework);
    explorer.load(framework, state);
    explorer.notices = [...notices, ...ignored];
  }

  // The link of a change not yet written (see below).
  let pendingQuery: string | null = null;

  onMount(() => {
    // The browser's store of loaded frameworks opens alongside; a built-in framework does not wait for it.
    const stored = loadUserFrameworks();
    (explorer.catalogue.length > 0 ? Promise.resolve(explorer.catalogue) : fetchCatalogue())
      .then(async (catalogue) => {
        explorer.catalogue = catalogue;
        const wanted = readFrameworkId(location.search);
        if (wanted && !catalogue.some((entry) => entry.id === wanted)) {
          explorer.userFrameworks = (await stored).frameworks;
        }
        await showLocation();
        const user = await stored;
        explorer.userFrameworks = user.frameworks;
        explorer.notices = [...user.problems, ...explorer.notices];
      })
      .catch((error: Error) => (explorer.loadError = error.message));
    const onpopstate = () => {
      // Back or Forward wins over a change not yet written: writing it now would undo the move.
      pendingQuery = null;
      if (explorer.framework) showLocation().catch((error: Error) => (explorer.problem = error.message));
    };
    addEventListener('popstate', onpopstate);
    return () => removeEventListener('popstate', onpopstate);
  });

  // Each meaningful change is a history entry (hover and focus are not in the link). Written once
  // the change's frame is painted (a timer after the next animation frame; a timer alone can run
  // before that paint): pushState takes a millisecond or more that the update should not wait for.
  // Not later, when idle: a change and the next one (a budget, then "Compare") would then share
  // one entry, and Back would skip the first.
  const writeQuery = () => {
    if (pendingQuery !== null && pendingQuery !== location.search) {
      // The fragment stays: a share link's ratings are read from it once the app is live, and a
      // link whose parameters a mail or chat tool added to or reordered is written anew at once.
      history.pushState(null, '', (pendingQuery || location.pathname) + location.hash);
    }
    pendingQuery = null;
  };
  $effect(() => {
    if (!explorer.framework) return;
    const query = writeViewState(explorer.viewState, explorer.framework);
    if (pendingQuery === null) requestAnimationFrame(() => setTimeout(writeQuery, 0));
    pendingQuery = query;
  });

  // Until the person picks a theme, the page follows the device's light or dark setting.
  $effect(() => {
    const dark = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => (explorer.deviceTheme = dark.matches ? 'dark' : 'light');
    follow();
    dark.addEventListener('change', follow);
    return () => dark.removeEventListener('change', follow);
  });
  $effect(() => {
    document.documentElement.dataset.theme = explorer.appliedTheme;
  });
  $effect(() => {
    if (explorer.role) document.title = `${explorer.role.name} · Pathway Explorer`;
  });
}

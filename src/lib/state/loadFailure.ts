/**
 * When the app's code cannot be fetched (the network dropped, a deploy replaced the files), the
 * prerendered page would otherwise stay as it is, its controls stand-ins that never answer. This
 * says so at the top of the page, once. Dependency-free: the page's inline script imports it.
 */
export function reportLoadFailure(error: unknown) {
  if (document.getElementById('load-failure')) return;
  const alert = Object.assign(document.createElement('p'), {
    id: 'load-failure',
    className: 'page-banner',
    textContent: `The app could not load (${error instanceof Error ? error.message : String(error)}). What you see is the page as first drawn: reload it to try again.`,
  });
  alert.setAttribute('role', 'alert');
  document.body.prepend(alert);
}

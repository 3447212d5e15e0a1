/**
 * Focus that survives the page being drawn again: presentation mode replaces the page, and the
 * chart's Present button that opened it comes back only once its chart has loaded.
 */

type Find = () => HTMLElement | null | undefined;

/**
 * Focuses the element that `find` returns as soon as it is there; if it is not there within
 * `timeout` ms, the one `fallback` returns.
 */
export function focusWhenThere(find: Find, fallback?: Find, timeout = 2000): void {
  const until = performance.now() + timeout;
  const attempt = () => {
    const element = find();
    if (element) element.focus();
    else if (performance.now() < until) requestAnimationFrame(attempt);
    else fallback?.()?.focus();
  };
  requestAnimationFrame(attempt);
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/**
 * An attachment that keeps Tab and Shift+Tab inside `node`: from its last focusable element Tab
 * goes to its first, and back. For presentation mode, which is the whole page while it lasts.
 */
export function trapFocus(node: HTMLElement): () => void {
  const onkeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const focusable = [...node.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.getClientRects().length > 0,
    );
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = document.activeElement;
    const outside = !node.contains(active);
    if (event.shiftKey && (active === first || outside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || outside)) {
      event.preventDefault();
      first.focus();
    }
  };
  document.addEventListener('keydown', onkeydown);
  return () => document.removeEventListener('keydown', onkeydown);
}

/** An attachment for a menu made of `<details>`: Escape closes it, as a menu does, focus on its button. */
export function closeOnEscape(menu: HTMLDetailsElement): () => void {
  const onkeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menu.open) return;
    event.preventDefault();
    event.stopPropagation();
    menu.open = false;
    menu.querySelector('summary')?.focus();
  };
  menu.addEventListener('keydown', onkeydown);
  return () => menu.removeEventListener('keydown', onkeydown);
}

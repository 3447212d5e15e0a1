import type { Explorer, Target } from './explorer.svelte';

/**
 * The event handlers that make a chart mark point at a target in the shared state: pointing or
 * focusing shows it everywhere (transient), clicking or Enter/Space selects it (in the URL).
 * Spread onto a focusable mark: `<g role="button" tabindex="0" {...targetHandlers(explorer, t)}>`.
 */
export function targetHandlers(explorer: Explorer, target: Target) {
  return {
    onclick: () => explorer.select(target),
    onkeydown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      explorer.select(target);
    },
    onfocus: () => (explorer.focus = target),
    onblur: () => (explorer.focus = null),
    onpointerenter: () => (explorer.hover = target),
    onpointerleave: () => (explorer.hover = null),
  };
}

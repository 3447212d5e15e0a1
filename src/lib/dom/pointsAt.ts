import type { Attachment } from 'svelte/attachments';
import type { Explorer, Target } from '../state/explorer.svelte';

/**
 * Makes a chart mark point at a target in the shared state: pointing or focusing shows it
 * everywhere (transient), clicking or Enter/Space selects it (in the URL). An attachment, so that
 * the mark's other attributes update on their own: `<g role="button" tabindex="0"
 * {@attach pointsAt(explorer, target)}>`.
 */
export function pointsAt(explorer: Explorer, target: Target): Attachment<Element> {
  return (element) => {
    const handlers: [string, (event: Event) => void][] = [
      ['click', () => explorer.select(target)],
      [
        'keydown',
        (event) => {
          const { key } = event as KeyboardEvent;
          if (key !== 'Enter' && key !== ' ') return;
          event.preventDefault();
          explorer.select(target);
        },
      ],
      ['focus', () => (explorer.focus = target)],
      ['blur', () => (explorer.focus = null)],
      ['pointerenter', () => (explorer.hover = target)],
      ['pointerleave', () => (explorer.hover = null)],
    ];
    for (const [type, handler] of handlers) element.addEventListener(type, handler);
    return () => {
      for (const [type, handler] of handlers) element.removeEventListener(type, handler);
    };
  };
}

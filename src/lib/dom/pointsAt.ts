import type { Attachment } from 'svelte/attachments';
import type { Explorer, Target } from '../state/explorer.svelte';

/**
 * Makes a chart mark point at a target in the shared state: pointing or focusing shows it
 * everywhere (transient), clicking or Enter/Space selects it (in the URL). An attachment, so that
 * the mark's other attributes update on their own: `<g role="button" tabindex="0"
 * {@attach pointsAt(explorer, target)}>`.
 */
/**
 * Lets go of what a mark pointed at, just after the event: a mark being removed (presentation mode
 * closing with a mark focused) blurs while Svelte is still updating, when state must not change.
 */
export function letGo(clear: () => void): void {
  queueMicrotask(clear);
}

/** Whether two targets are the same cell, level, skill or step (state holds copies, not the objects). */
export function sameTarget(a: Target | null, b: Target | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.levelId === b.levelId &&
    a.skillId === b.skillId &&
    (a.fromLevelId ?? null) === (b.fromLevelId ?? null)
  );
}

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
      ['blur', () => letGo(() => sameTarget(explorer.focus, target) && (explorer.focus = null))],
      ['pointerenter', () => (explorer.hover = target)],
      ['pointerleave', () => letGo(() => sameTarget(explorer.hover, target) && (explorer.hover = null))],
    ];
    for (const [type, handler] of handlers) element.addEventListener(type, handler);
    return () => {
      for (const [type, handler] of handlers) element.removeEventListener(type, handler);
    };
  };
}

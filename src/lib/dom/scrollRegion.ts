import type { Attachment } from 'svelte/attachments';

/**
 * Makes a chart's frame a named, focusable region while its chart is wider than it (on a narrow
 * screen), so that the keyboard can scroll it sideways; otherwise it adds no tab stop.
 * `<div {@attach scrollRegion('Pathway')}>`.
 */
export function scrollRegion(name: string): Attachment<HTMLElement> {
  return (element) => {
    const update = () => {
      if (element.scrollWidth > element.clientWidth + 1) {
        element.tabIndex = 0;
        element.setAttribute('role', 'region');
        element.setAttribute('aria-label', `${name}, scrolls sideways`);
      } else {
        element.removeAttribute('tabindex');
        element.removeAttribute('role');
        element.removeAttribute('aria-label');
      }
    };
    // The observer reports the first sizes itself, after layout: reading them now would force one.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  };
}

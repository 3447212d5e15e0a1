// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollRegion } from './scrollRegion';

/** jsdom lays nothing out: the test sets the sizes and calls the resize observer. */
let resized: () => void = () => {};
vi.stubGlobal(
  'ResizeObserver',
  class {
    constructor(callback: () => void) {
      resized = callback;
    }
    observe() {}
    disconnect() {}
  },
);
afterEach(() => vi.clearAllMocks());

function frame(scrollWidth: number, clientWidth: number) {
  const element = document.createElement('div');
  element.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  Object.defineProperty(element, 'scrollWidth', { value: scrollWidth, configurable: true });
  Object.defineProperty(element, 'clientWidth', { value: clientWidth, configurable: true });
  return element;
}

describe('scrollRegion', () => {
  it('is a named tab stop while its chart is wider than it, and nothing once it fits', () => {
    const element = frame(900, 340);
    const detach = scrollRegion('Pathway')(element) as () => void;
    resized();
    expect(element.tabIndex).toBe(0);
    expect(element.getAttribute('role')).toBe('region');
    expect(element.getAttribute('aria-label')).toBe('Pathway, scrolls sideways');

    Object.defineProperty(element, 'clientWidth', { value: 900 });
    resized();
    expect(element.hasAttribute('tabindex')).toBe(false);
    expect(element.hasAttribute('role')).toBe(false);
    expect(element.hasAttribute('aria-label')).toBe(false);
    detach();
  });

  it('adds nothing to a chart that fits', () => {
    const element = frame(600, 600);
    scrollRegion('Matrix')(element);
    resized();
    expect(element.hasAttribute('tabindex')).toBe(false);
  });
});

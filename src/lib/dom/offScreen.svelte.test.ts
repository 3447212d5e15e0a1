// @vitest-environment jsdom
/** Guards a chart off screen from redrawing in an interaction's frame, and from staying behind once seen or printed. */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WhileOffScreen } from './offScreen.svelte';

/** An IntersectionObserver whose reports the test makes. */
class FakeObserver {
  static last: FakeObserver | undefined;
  constructor(readonly report: (entries: { isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe() {}
  disconnect() {}
}

let cleanup: () => void;
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  cleanup?.();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  FakeObserver.last = undefined;
});

/** A source value and a WhileOffScreen following it, inside an effect root. */
function setUp() {
  const source = $state({ track: 'all' });
  let shown!: WhileOffScreen<string>;
  cleanup = $effect.root(() => {
    shown = new WhileOffScreen(() => source.track);
  });
  flushSync();
  return { source, shown };
}

describe('WhileOffScreen', () => {
  it('follows its source at once until it is told where its element is', () => {
    const { source, shown } = setUp();
    expect(shown.current).toBe('all');
    source.track = 'technical';
    flushSync();
    expect(shown.current).toBe('technical');
  });

  it('off screen, keeps what it showed until the browser is idle, then catches up', () => {
    const { source, shown } = setUp();
    const detach = shown.observe({} as Element);
    FakeObserver.last!.report([{ isIntersecting: false }]);
    flushSync();
    source.track = 'technical';
    flushSync();
    expect(shown.current).toBe('all');
    vi.advanceTimersByTime(50);
    flushSync();
    expect(shown.current).toBe('technical');
    if (typeof detach === 'function') detach();
  });

  it('catches up before the page is printed', () => {
    const { source, shown } = setUp();
    shown.observe({} as Element);
    FakeObserver.last!.report([{ isIntersecting: false }]);
    source.track = 'technical';
    flushSync();
    expect(shown.current).toBe('all');
    dispatchEvent(new Event('beforeprint'));
    flushSync();
    expect(shown.current).toBe('technical');
  });

  it('back on screen, shows the source at once', () => {
    const { source, shown } = setUp();
    shown.observe({} as Element);
    FakeObserver.last!.report([{ isIntersecting: false }]);
    source.track = 'management';
    flushSync();
    expect(shown.current).toBe('all');
    FakeObserver.last!.report([{ isIntersecting: true }]);
    flushSync();
    expect(shown.current).toBe('management');
  });

  it('on screen, follows the source at once', () => {
    const { source, shown } = setUp();
    shown.observe({} as Element);
    FakeObserver.last!.report([{ isIntersecting: true }]);
    source.track = 'technical';
    flushSync();
    expect(shown.current).toBe('technical');
  });
});

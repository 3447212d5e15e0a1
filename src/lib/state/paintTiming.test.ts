import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MATRIX_PAINTED, afterFirstPaint, markMatrixPainted } from './paintTiming';

/** A stand-in for the browser's PerformanceObserver: the test delivers the entries. */
class FakeObserver {
  static supportedEntryTypes = ['element', 'paint'];
  static observers: FakeObserver[] = [];
  type = '';
  disconnected = false;
  constructor(private callback: (list: { getEntries: () => object[] }, observer: FakeObserver) => void) {
    FakeObserver.observers.push(this);
  }
  observe({ type }: { type: string }) {
    this.type = type;
  }
  disconnect() {
    this.disconnected = true;
  }
  deliver(entries: object[]) {
    if (!this.disconnected) this.callback({ getEntries: () => entries }, this);
  }
}
const observer = (type: string) => FakeObserver.observers.find((item) => item.type === type)!;

beforeEach(() => {
  FakeObserver.observers = [];
  FakeObserver.supportedEntryTypes = ['element', 'paint'];
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  performance.clearMarks();
});

describe('markMatrixPainted', () => {
  it('marks when the named cell was painted, once, ignoring other elements', () => {
    markMatrixPainted();
    const elements = observer('element');
    elements.deliver([{ identifier: 'hero', renderTime: 40, loadTime: 0, startTime: 40 }]);
    expect(performance.getEntriesByName(MATRIX_PAINTED)).toHaveLength(0);
    elements.deliver([{ identifier: MATRIX_PAINTED, renderTime: 96.5, loadTime: 0, startTime: 96.5 }]);
    elements.deliver([{ identifier: MATRIX_PAINTED, renderTime: 300, loadTime: 0, startTime: 300 }]);
    const marks = performance.getEntriesByName(MATRIX_PAINTED);
    expect(marks).toHaveLength(1);
    expect(marks[0].startTime).toBe(96.5);
  });

  it('does nothing in a browser without Element Timing', () => {
    FakeObserver.supportedEntryTypes = ['paint'];
    markMatrixPainted();
    expect(FakeObserver.observers).toHaveLength(0);
  });
});

describe('afterFirstPaint', () => {
  it('runs once, at the first contentful paint, not at the first paint nor at the fallback', () => {
    const callback = vi.fn();
    afterFirstPaint(callback);
    const paints = observer('paint');
    paints.deliver([{ name: 'first-paint' }]);
    expect(callback).not.toHaveBeenCalled();
    paints.deliver([{ name: 'first-contentful-paint' }]);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback when no paint is reported (a page opened in the background)', () => {
    const callback = vi.fn();
    afterFirstPaint(callback, 500);
    vi.advanceTimersByTime(499);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('falls back to the timer in a browser that reports no paints', () => {
    FakeObserver.supportedEntryTypes = [];
    const callback = vi.fn();
    afterFirstPaint(callback, 200);
    expect(FakeObserver.observers).toHaveLength(0);
    vi.advanceTimersByTime(200);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});

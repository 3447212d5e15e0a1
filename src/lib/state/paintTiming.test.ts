// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MATRIX_PAINTED, afterFirstFrame, markMatrixPainted } from './paintTiming';

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
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
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

describe('afterFirstFrame', () => {
  it('runs once, at the start of the second animation frame: the first has been drawn', () => {
    const callback = vi.fn();
    afterFirstFrame(callback);
    vi.advanceTimersToNextFrame();
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(callback).toHaveBeenCalledTimes(1);
    observer('paint').deliver([{ name: 'first-contentful-paint' }]);
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('counts the frames from the end of parsing: an earlier frame holds only part of the page', () => {
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const callback = vi.fn();
    afterFirstFrame(callback);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    expect(callback).not.toHaveBeenCalled();
    readyState.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    vi.advanceTimersToNextFrame();
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(callback).toHaveBeenCalledTimes(1);
    readyState.mockRestore();
  });

  it('runs once, at the first contentful paint if it is reported before, not at the first paint', () => {
    const callback = vi.fn();
    afterFirstFrame(callback);
    const paints = observer('paint');
    paints.deliver([{ name: 'first-paint' }]);
    expect(callback).not.toHaveBeenCalled();
    paints.deliver([{ name: 'first-contentful-paint' }]);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback when no frame is drawn nor paint reported (a page opened in the background)', () => {
    vi.stubGlobal('requestAnimationFrame', vi.fn()); // a page in the background draws no frames
    const callback = vi.fn();
    afterFirstFrame(callback, 500);
    vi.advanceTimersByTime(499);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('falls back to the timer in a browser that reports no paints and draws no frames', () => {
    FakeObserver.supportedEntryTypes = [];
    vi.stubGlobal('requestAnimationFrame', vi.fn());
    const callback = vi.fn();
    afterFirstFrame(callback, 200);
    expect(FakeObserver.observers).toHaveLength(0);
    vi.advanceTimersByTime(200);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});

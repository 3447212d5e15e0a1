/**
 * The entry point, kept tiny: when the page holds the prerendered default view (and the link asks
 * for nothing else), the browser paints it first and the app is loaded and hydrated after; the
 * first contentful paint is then when the matrix was painted. Any other view mounts from scratch.
 */
import './app.css';
import { levelOrderFor } from './lib/state/library';

const target = document.getElementById('app')!;
const { framework, role } = target.dataset;
const hydrating =
  framework !== undefined && role !== undefined && location.search === '' && !levelOrderFor(framework, role);

if (hydrating) {
  new PerformanceObserver((list, observer) => {
    const paint = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
    if (!paint) return;
    if (performance.getEntriesByName('matrix-painted').length === 0) {
      performance.mark('matrix-painted', { startTime: paint.startTime });
    }
    observer.disconnect();
  }).observe({ type: 'paint', buffered: true });
}

// Let the prerendered page paint before the app's code is parsed.
requestAnimationFrame(() => setTimeout(() => import('./boot').then(({ start }) => start(hydrating)), 0));

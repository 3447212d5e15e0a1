/**
 * The entry point, kept tiny: when the page holds the prerendered default view (and the link asks
 * for nothing else), the browser paints it first and the app is loaded and hydrated after; the
 * first contentful paint is then when the matrix was painted. Any other view mounts from scratch.
 */
import './app.css';
import { levelOrderFor } from './lib/state/levelOrders';

const target = document.getElementById('app')!;
const { framework, role } = target.dataset;
const hydrating =
  framework !== undefined && role !== undefined && location.search === '' && !levelOrderFor(framework, role);

const start = () => import('./boot').then((boot) => boot.start(hydrating));

if (hydrating) {
  // The app's code is parsed and run only once the prerendered page is on screen: on a machine with
  // few cores it would otherwise compete with painting it. A page that never paints (opened in the
  // background) starts after a second.
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    void start();
  };
  new PerformanceObserver((list, observer) => {
    const paint = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
    if (!paint) return;
    if (performance.getEntriesByName('matrix-painted').length === 0) {
      performance.mark('matrix-painted', { startTime: paint.startTime });
    }
    observer.disconnect();
    once();
  }).observe({ type: 'paint', buffered: true });
  setTimeout(once, 1000);
} else {
  void start();
}

/**
 * The entry point, kept tiny: when the page holds the prerendered default view (and the link asks
 * for nothing else), the browser paints it first and the app's code and data are fetched after.
 * Any other view mounts from scratch.
 */
import './app.css';
import { levelOrderFor } from './lib/state/levelOrders';
import { afterFirstPaint, markMatrixPainted } from './lib/state/paintTiming';

markMatrixPainted();

const target = document.getElementById('app')!;
const { framework, role, file } = target.dataset;
const hydrating =
  framework !== undefined && role !== undefined && location.search === '' && !levelOrderFor(framework, role);

/** Fetches the data the view needs while the app's code loads (the app's own fetch then reuses it). */
const preload = (href: string) => {
  const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href });
  link.crossOrigin = 'anonymous';
  document.head.append(link);
};

const start = () => {
  preload(`${import.meta.env.BASE_URL}data/catalogue.json`);
  if (hydrating && file) preload(`${import.meta.env.BASE_URL}data/${file}`);
  void import('./boot').then((boot) => boot.start(hydrating));
};

// Nothing but the prerendered page is fetched or run until it is on screen: on a machine with few
// cores the app's code would otherwise compete with painting it.
if (hydrating) afterFirstPaint(start);
else start();

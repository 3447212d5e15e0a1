/**
 * The entry point, kept tiny: when the page holds the prerendered default view (and the link asks
 * for nothing else), the app hydrates it; any other view mounts from scratch. In the built page,
 * src/loader.ts loads this file once the prerendered page is on screen.
 */
import './app.css';
import { levelOrderFor } from './lib/state/levelOrders';
import { reportLoadFailure } from './lib/state/loadFailure';
import { markMatrixPainted } from './lib/state/paintTiming';

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

preload(`${import.meta.env.BASE_URL}data/catalogue.json`);
if (hydrating && file) preload(`${import.meta.env.BASE_URL}data/${file}`);
import('./boot').then((boot) => boot.start(hydrating)).catch(reportLoadFailure);

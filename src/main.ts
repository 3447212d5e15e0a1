/**
 * The entry point: when the page holds the prerendered default view (and the link asks for nothing
 * else), the app hydrates it; any other view mounts from scratch. In the built page, src/loader.ts
 * loads this file, with the whole app it imports (one chunk: vite.config.ts), once the prerendered
 * page has been drawn, and asks for the view's data beside it.
 */
import './app.css';
import { levelOrderFor } from './lib/state/levelOrders';
import { reportLoadFailure } from './lib/state/loadFailure';
import { markMatrixPainted } from './lib/state/paintTiming';
import { start } from './boot';

markMatrixPainted();

const target = document.getElementById('app')!;
const { framework, role } = target.dataset;
const hydrating =
  framework !== undefined && role !== undefined && location.search === '' && !levelOrderFor(framework, role);

// The app takes #app over only once the page's markup is parsed to its end. A link with parameters
// starts the app at once, and with its code cached the app could mount before the parser had
// finished the prerendered page, which it then went on adding after the app: a second footer.
const parsed =
  document.readyState === 'loading'
    ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
    : Promise.resolve();
parsed.then(() => start(hydrating)).catch(reportLoadFailure);

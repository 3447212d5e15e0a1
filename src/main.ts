/**
 * The entry point: when the page holds the prerendered default view (and the link asks for nothing
 * else), the app hydrates it; any other view mounts from scratch. In the built page, src/loader.ts
 * loads this file, with the whole app it imports (one chunk: vite.config.ts), once the prerendered
 * page is on screen, and asks for the view's data beside it.
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

start(hydrating).catch(reportLoadFailure);

/**
 * Where frameworks come from: the built-in ones (listed in static/data/catalogue.json and fetched
 * when first needed), the ones a person loaded (kept in the browser's IndexedDB until removed), and
 * the level-order corrections (levelOrders.ts) applied. Browser only.
 */
import type { Framework } from '../model/types';
import type { CatalogueEntry } from '../model/catalogue';
import { validateFramework } from '../model/schema';
import { reorderRole } from '../model/levelOrder';
import { fetchFramework } from './loadFramework';
import { levelOrderFor } from './levelOrders';

const base = import.meta.env.BASE_URL;
const cache = new Map<string, Promise<Framework>>();

export async function fetchCatalogue(): Promise<CatalogueEntry[]> {
  const response = await fetch(`${base}data/catalogue.json`);
  if (!response.ok)
    throw new Error(`Could not load the list of frameworks: the server answered ${response.status}.`);
  return (await response.json()) as CatalogueEntry[];
}

/** A built-in framework, fetched once. */
export function builtInFramework(entry: CatalogueEntry): Promise<Framework> {
  let framework = cache.get(entry.id);
  if (!framework) {
    framework = fetchFramework(`${base}data/${entry.file}`);
    cache.set(entry.id, framework);
    framework.catch(() => cache.delete(entry.id));
  }
  return framework;
}

// idb-keyval loads on first use, with the store, so the first paint does not wait for it.
const idb = () => import('idb-keyval');
let store: Promise<ReturnType<(typeof import('idb-keyval'))['createStore']>> | undefined;
const userStore = () =>
  (store ??= idb().then(({ createStore }) => createStore('pathway-explorer', 'frameworks')));

/** The frameworks a person loaded, each checked again (a stored file may come from an older app). */
export async function loadUserFrameworks(): Promise<{ frameworks: Framework[]; problems: string[] }> {
  const frameworks: Framework[] = [];
  const problems: string[] = [];
  try {
    const { entries } = await idb();
    for (const [id, data] of await entries(await userStore())) {
      try {
        frameworks.push(validateFramework(data));
      } catch (error) {
        problems.push(`The stored framework "${String(id)}" could not be read: ${(error as Error).message}`);
      }
    }
  } catch (error) {
    problems.push(`Loaded frameworks could not be read from this browser: ${(error as Error).message}`);
  }
  return { frameworks, problems };
}

export async function saveUserFramework(framework: Framework): Promise<void> {
  const { set } = await idb();
  return set(framework.id, framework, await userStore());
}

export async function removeUserFramework(id: string): Promise<void> {
  const { del } = await idb();
  return del(id, await userStore());
}

/** The framework with every stored level-order correction applied. */
export function withLevelOrders(framework: Framework): Framework {
  const roles = framework.roles.map((role) => {
    const order = levelOrderFor(framework.id, role.id);
    return order ? reorderRole(role, order) : role;
  });
  return { ...framework, roles };
}

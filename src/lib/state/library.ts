/**
 * Where frameworks come from: the built-in ones (listed in static/data/catalogue.json and fetched
 * when first needed), the ones a person loaded (kept in the browser's IndexedDB until removed), and
 * the level-order corrections (levelOrders.ts) applied. Browser only.
 */
import type { Framework } from '../model/types';
import type { CatalogueEntry } from '../model/catalogue';
import { reorderRole } from '../model/levelOrder';
import { fetchFramework, fetchShippedFramework } from './loadFramework';
import { levelOrderFor } from './levelOrders';

const base = import.meta.env.BASE_URL;
const cache = new Map<string, Promise<Framework>>();

export async function fetchCatalogue(): Promise<CatalogueEntry[]> {
  const response = await fetch(`${base}data/catalogue.json`);
  if (!response.ok)
    throw new Error(`Could not load the list of frameworks: the server answered ${response.status}.`);
  return (await response.json()) as CatalogueEntry[];
}

/**
 * The built-in framework the prerendered page shows, for hydrating it: drawn at once, checked once
 * the page is live (`check`, which then keeps the checked framework for later asks).
 */
export async function shippedFramework(entry: CatalogueEntry) {
  const { framework, check } = await fetchShippedFramework(`${base}data/${entry.file}`, entry.name);
  return {
    framework,
    check: () => {
      const checking = check();
      cache.set(entry.id, checking);
      checking.catch(() => cache.delete(entry.id));
      return checking;
    },
  };
}

/** A built-in framework, fetched once. */
export function builtInFramework(entry: CatalogueEntry): Promise<Framework> {
  let framework = cache.get(entry.id);
  if (!framework) {
    framework = fetchFramework(`${base}data/${entry.file}`, fetch, entry.name);
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
    const stored = await entries(await userStore());
    // The check (the schema and valibot) is fetched only when there is something to check: most
    // visits have nothing stored, and the page is live sooner without it.
    if (stored.length === 0) return { frameworks, problems };
    const { validateFramework } = await import('../model/schema');
    for (const [id, data] of stored) {
      try {
        frameworks.push(validateFramework(data));
      } catch (error) {
        problems.push(`The stored framework "${String(id)}" could not be read: ${(error as Error).message}`);
      }
    }
  } catch (error) {
    // A browser with no IndexedDB kept nothing to lose: loading a file says so when it happens.
    if (typeof indexedDB !== 'undefined')
      problems.push(`The frameworks you loaded before could not be read: ${storageProblem(error)}.`);
  }
  return { frameworks, problems };
}

/** What came of keeping a loaded framework: the framework as it is shown, and whether it is stored. */
export interface Stored {
  framework: Framework;
  /** Why it could not be kept in this browser (it is shown for this visit only), or undefined. */
  notKept?: string;
}

/**
 * Keeps a loaded framework in IndexedDB under an id that no stored framework has, its own or else
 * "id-2", "id-3", …, never over another: each try is one transaction that writes only where the id
 * is free, so two tabs (or two loads at once in one tab) cannot take the same id. `taken` are ids
 * already in use in this tab (the built-in frameworks'). When the browser cannot store it
 * (IndexedDB missing, refused or full), the framework is still given a free id and shown.
 */
export async function storeUserFramework(framework: Framework, taken: Iterable<string>): Promise<Stored> {
  const inUse = new Set(taken);
  const idAt = (n: number) => (n === 1 ? framework.id : `${framework.id}-${n}`);
  /** The first try from `n` on whose id this tab does not use already. */
  const free = (n: number): number => (inUse.has(idAt(n)) ? free(n + 1) : n);
  try {
    const { update } = await idb();
    const store = await userStore();
    for (let n = free(1); ; n = free(n + 1)) {
      const candidate = { ...framework, id: idAt(n) };
      let written = false;
      await update<Framework>(
        candidate.id,
        (existing) => {
          if (existing !== undefined) return existing;
          written = true;
          return candidate;
        },
        store,
      );
      if (written) return { framework: candidate };
    }
  } catch (error) {
    return { framework: { ...framework, id: idAt(free(1)) }, notKept: storageProblem(error) };
  }
}

/** Why the browser would not store something, in words a person can act on. */
export function storageProblem(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return "this browser's storage for the app is full";
  if (typeof indexedDB === 'undefined') return 'this browser offers no storage to the app (IndexedDB)';
  return `this browser refused to store it (${(error as Error)?.message ?? String(error)})`;
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

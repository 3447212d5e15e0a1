/**
 * Renames a person confirmed between two versions of a framework: a skill the earlier version has
 * and a skill the later one has, that neither id nor name nor the app's rename table matched, and
 * that the person says are one skill ("What changed" offers each such pair). Kept in localStorage;
 * when the browser will not store one, it holds for this visit and the caller says why.
 */
import type { SkillChange } from '../model/lineage';

/** The storage key: another tab's change to it is read again (VersionChanges listens). */
export const RENAMES_KEY = 'pathway-explorer:confirmed-renames';
const KEY = RENAMES_KEY;
let thisVisit: SkillChange[] | undefined;

const same = (a: SkillChange, b: SkillChange) => JSON.stringify(a) === JSON.stringify(b);

const isChange = (value: unknown): value is SkillChange => {
  const c = value as SkillChange | null;
  const side = (s: SkillChange['from'] | undefined) =>
    typeof s?.framework === 'string' &&
    Array.isArray(s.skills) &&
    s.skills.every((id) => typeof id === 'string');
  return typeof c?.role === 'string' && side(c.from) && side(c.to);
};

/** The renames confirmed in this browser (a stored list that is not one is read as none). */
export function confirmedRenames(): SkillChange[] {
  if (thisVisit) return thisVisit;
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter(isChange) : [];
  } catch {
    return [];
  }
}

/** Keeps the list; undefined when stored, else why the browser would not (it holds for this visit). */
function keep(list: SkillChange[]): string | undefined {
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
    thisVisit = undefined;
    return undefined;
  } catch (error) {
    thisVisit = list;
    const name = (error as { name?: string } | null)?.name;
    return name === 'QuotaExceededError'
      ? "this browser's storage for the app is full"
      : `this browser would not store it (${(error as Error)?.message ?? String(error)})`;
  }
}

/** Confirms a rename (once). */
export const confirmRename = (change: SkillChange): string | undefined =>
  keep([...confirmedRenames().filter((c) => !same(c, change)), change]);

/** Takes a confirmed rename back. */
export const withdrawRename = (change: SkillChange): string | undefined =>
  keep(confirmedRenames().filter((c) => !same(c, change)));

/**
 * Frameworks a person loaded that say they are a later release of another (`follows`: the earlier
 * one's id or name, their date, and the skills they renamed, merged or split) joined to its lineage:
 * a loaded DDaT CSV becomes a version of the DDaT, a department's ladder a version of the one it
 * follows. A chain that contradicts itself (a circle of versions, a version dated before the one it
 * follows, two skills renamed to one without a merge, a skill renamed twice) is refused with a
 * sentence saying which and why, and the framework is shown on its own: nothing is lost. Pure.
 */
import { nameKey } from './assessment';
import {
  BUILT_IN_LINEAGES,
  followLineages,
  type FrameworkVersion,
  type Lineage,
  type LineageSet,
  type SkillChange,
} from './lineage';
import type { Framework } from './types';

const MONTHS = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-12-07" → "7 December 2026"; "2026" stays "2026". */
export function dateWords(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? MONTHS.format(new Date(`${date}T00:00:00Z`)) : date;
}

/** Whether `a` is dated before `b`, comparing as far as both say ("2025" is not before "2025-03-01"). */
export function datedBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/** A loaded framework as a version: its date, and its name and that it was loaded. */
const versionOfLoaded = (framework: Framework, date: string): FrameworkVersion => ({
  frameworkId: framework.id,
  date,
  label: `${dateWords(date)} (${framework.name}, loaded)`,
});

/** Why a framework's own skill changes contradict each other, or undefined. */
function contradictions(framework: Framework): string | undefined {
  const changes = framework.follows?.skills ?? [];
  const named = new Map<string, number>();
  for (const [i, change] of changes.entries()) {
    for (const skill of change.from) {
      const key = `${change.role}|${skill}`;
      const first = named.get(key);
      if (first !== undefined)
        return `it says twice what became of the skill "${skill}" of the role "${change.role}" (follows.skills ${first} and ${i})`;
      named.set(key, i);
    }
  }
  const into = new Map<string, number>();
  for (const [i, change] of changes.entries()) {
    if (change.to.length !== 1) continue;
    const key = `${change.role}|${change.to[0]}`;
    const first = into.get(key);
    if (first !== undefined)
      return `it renames two skills of the role "${change.role}" to one, "${change.to[0]}" (follows.skills ${first} and ${i}): two skills become one only by a merge, one entry from both`;
    into.set(key, i);
  }
  return undefined;
}

/**
 * The lineages in force with the loaded frameworks joined: each that follows a built-in version (by
 * framework id, or by the lineage's name: then after its latest version) or another loaded framework
 * is added to that lineage, in date order; the skill changes it declares go with it.
 */
export function lineagesWith(loaded: Framework[], base: LineageSet = BUILT_IN_LINEAGES): LineageSet {
  const lineages: Lineage[] = base.lineages.map((l) => ({ ...l, versions: [...l.versions] }));
  const changes: SkillChange[] = [...base.changes];
  const problems = new Map<string, string>();
  const byId = new Map(loaded.map((f) => [f.id, f]));
  const where = (id: string) => lineages.find((l) => l.versions.some((v) => v.frameworkId === id));
  /** The framework `written` names: a version's id, a loaded framework's id or name, or a lineage's name. */
  const predecessor = (written: string): string | undefined => {
    if (where(written) || byId.has(written)) return written;
    const key = nameKey(written);
    const lineage = lineages.find((l) => nameKey(l.name) === key);
    if (lineage) return lineage.versions.at(-1)!.frameworkId;
    return loaded.find((f) => nameKey(f.name) === key)?.id;
  };
  const followsOf = (f: Framework) => (f.follows ? predecessor(f.follows.framework) : undefined);
  /** Joins one loaded framework to the lineage of the one it follows, or says why it cannot. */
  const join = (framework: Framework, before: string) => {
    const follows = framework.follows!;
    const name = `"${framework.name}"`;
    const contradiction = contradictions(framework);
    if (contradiction) {
      problems.set(
        framework.id,
        `${name} cannot be a version of another: ${contradiction}. It is shown as a framework of its own.`,
      );
      return;
    }
    let lineage = where(before);
    if (!lineage) {
      // A loaded framework that others follow starts a lineage of its own, dated as its source says.
      const first = byId.get(before)!;
      lineage = {
        id: first.id,
        name: first.name,
        versions: [versionOfLoaded(first, first.source.published)],
      };
      lineages.push(lineage);
    }
    const earlier = lineage.versions.find((v) => v.frameworkId === before)!;
    if (earlier.date && datedBefore(follows.date, earlier.date)) {
      problems.set(
        framework.id,
        `${name} is dated ${dateWords(follows.date)}, before ${earlier.label}, the version it follows: it is shown as a framework of its own.`,
      );
      return;
    }
    lineage.versions.push(versionOfLoaded(framework, follows.date));
    lineage.versions.sort((x, y) => (datedBefore(x.date, y.date) ? -1 : datedBefore(y.date, x.date) ? 1 : 0));
    for (const change of follows.skills ?? [])
      changes.push({
        role: change.role,
        from: { framework: before, skills: change.from },
        to: { framework: framework.id, skills: change.to },
      });
  };
  // A framework joins once the one it follows has its place (or cannot have one); what never can is
  // in a circle of versions.
  let pending = loaded.filter((f) => f.follows);
  for (let progress = true; progress && pending.length > 0;) {
    progress = false;
    for (const framework of pending) {
      const before = followsOf(framework);
      const waiting =
        before !== undefined &&
        byId.get(before)?.follows !== undefined &&
        !problems.has(before) &&
        !where(before);
      if (waiting) continue;
      pending = pending.filter((f) => f !== framework);
      progress = true;
      if (before === undefined)
        problems.set(
          framework.id,
          `"${framework.name}" follows "${framework.follows!.framework}", which is neither built in nor loaded: it is shown as a framework of its own.`,
        );
      else join(framework, before);
    }
  }
  for (const framework of pending) {
    const chain = [framework.id];
    let at = followsOf(framework);
    while (at !== undefined && !chain.includes(at)) {
      chain.push(at);
      at = byId.has(at) ? followsOf(byId.get(at)!) : undefined;
    }
    const names = [...chain, ...(at ? [at] : [])]
      .map((id) => `"${byId.get(id)?.name ?? id}"`)
      .join(' follows ');
    problems.set(
      framework.id,
      `"${framework.name}" is in a circle of versions (${names}): it is shown as a framework of its own.`,
    );
  }
  return { lineages, changes, problems };
}

/**
 * Makes every lineage lookup (lineage.ts) see the frameworks `host` has loaded: called by each state
 * that reads versions (the self-assessment, the team, what changed), whichever comes first.
 */
export function followLoadedVersions(
  host: { readonly userFrameworks: Framework[] },
  confirmed: () => SkillChange[] = () => [],
): void {
  followLineages(lineagesFollowing(() => host.userFrameworks, confirmed));
}

/**
 * The lineages with `loaded` joined and the renames a person `confirmed` added, worked out again
 * only when the list of loaded frameworks (by identity) or the confirmed renames change.
 */
export function lineagesFollowing(
  loaded: () => Framework[],
  confirmed: () => SkillChange[] = () => [],
): () => LineageSet {
  let memo: { from: Framework[]; renames: string; set: LineageSet } | undefined;
  return () => {
    const from = loaded();
    const mine = confirmed();
    const renames = JSON.stringify(mine);
    if (memo?.from !== from || memo.renames !== renames) {
      const set = lineagesWith(from);
      memo = { from, renames, set: { ...set, changes: [...set.changes, ...mine] } };
    }
    return memo.set;
  };
}

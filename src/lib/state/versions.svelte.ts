/**
 * "What changed": the other version of the framework the role shown is compared with, fetched when
 * the section first shows, and the diff between the two, always from the older to the newer. Made
 * the first time the compare view opens (like the team), so that the diff is no part of the first
 * page load; the chart reads what it shows through the Explorer's chart context.
 */
import type { Framework, Role, Skill } from '../model/types';
import type { CatalogueEntry } from '../model/catalogue';
import { followLoadedVersions } from '../model/loadedVersions';
import { confirmRename, withdrawRename } from './confirmedRenames';
import { confirmedRenames } from './confirmedRenames';
import {
  lineageOf,
  skillMappings,
  versionOf,
  type FrameworkVersion,
  type SkillChange,
} from '../model/lineage';
import { diffFrameworks, diffRole, type FrameworkDiff, type VersionChanges } from '../model/versionDiff';

/** What the versions need of the Explorer. */
export interface VersionsHost {
  readonly framework: Framework | null;
  readonly roleId: string;
  readonly role: Role | undefined;
  readonly catalogue: CatalogueEntry[];
  readonly userFrameworks: Framework[];
  since: string | null;
  frameworkById(id: string): Promise<Framework>;
}

/**
 * The versions of the shown framework's lineage that have the role (by the catalogue's lists, or a
 * loaded framework's roles), oldest first; empty for a framework that is not a version of another.
 */
export function versionsWithRole(
  frameworkId: string,
  roleId: string,
  catalogue: CatalogueEntry[],
  loaded: Framework[] = [],
): FrameworkVersion[] {
  const place = lineageOf(frameworkId);
  if (!place) return [];
  const has = (id: string) =>
    id === frameworkId ||
    catalogue.some((entry) => entry.id === id && entry.roles.some((role) => role.id === roleId)) ||
    loaded.some((framework) => framework.id === id && framework.roles.some((role) => role.id === roleId));
  return place.lineage.versions.filter((version) => has(version.frameworkId));
}

/** The version compared with by default: the one before the shown, else the one after. */
export function defaultOther(shown: string, versions: FrameworkVersion[]): string | undefined {
  const at = versions.findIndex((v) => v.frameworkId === shown);
  return (versions[at - 1] ?? versions[at + 1])?.frameworkId;
}

export class Versions {
  #host: VersionsHost;
  /** The other version's framework, once fetched (null until then, or when it could not be). */
  other = $state.raw<Framework | null>(null);
  /** Why it could not be fetched. */
  problem = $state<string | null>(null);
  /** What came of confirming or taking back a rename, in a sentence. */
  renameStatus = $state<string | null>(null);
  /** Counts the renames confirmed or taken back on this page: the diff is worked out again. */
  #renames = $state(0);

  /** Another tab confirmed or took back a rename: the diff is worked out again from what is kept. */
  renamesChangedElsewhere(): void {
    this.#renames++;
  }

  constructor(host: VersionsHost) {
    this.#host = host;
    followLoadedVersions(host, confirmedRenames);
  }

  /** The versions that have the role shown, oldest first. */
  choices: FrameworkVersion[] = $derived.by(() => {
    const host = this.#host;
    return host.framework
      ? versionsWithRole(host.framework.id, host.roleId, host.catalogue, host.userFrameworks)
      : [];
  });

  /** The other version compared with: the one the link names, if the role is in it, else the default. */
  otherId: string | undefined = $derived.by(() => {
    const shown = this.#host.framework?.id;
    if (!shown) return undefined;
    const asked = this.#host.since;
    const usable = (id: string) => id !== shown && this.choices.some((v) => v.frameworkId === id);
    return asked && usable(asked) ? asked : defaultOther(shown, this.choices);
  });

  /** The two versions and their diff, once the other is fetched. */
  shown: VersionChanges | undefined = $derived.by(() => {
    const host = this.#host;
    const other = this.other;
    void this.#renames;
    if (!host.framework || !host.role || !other || other.id !== this.otherId) return undefined;
    const otherRole = other.roles.find((role) => role.id === host.role!.id);
    const shownVersion = versionOf(host.framework.id);
    const otherVersion = versionOf(other.id);
    if (!otherRole || !shownVersion || !otherVersion) return undefined;
    const here = { framework: host.framework, role: host.role, version: shownVersion };
    const there = { framework: other, role: otherRole, version: otherVersion };
    const older = lineageOf(other.id)!.at < lineageOf(host.framework.id)!.at;
    const [before, after] = older ? [there, here] : [here, there];
    const mappings = skillMappings(after.role.id, before.framework.id, after.framework.id);
    return {
      before,
      after,
      diff: diffRole(before.framework, before.role, after.framework, after.role, mappings),
    };
  });

  /** Across the two versions' whole frameworks: roles added, removed and renamed, and changes per family. */
  frameworkDiff: FrameworkDiff | undefined = $derived.by(() => {
    const shown = this.shown;
    if (!shown) return undefined;
    const { before, after } = shown;
    return diffFrameworks(before.framework, after.framework, (roleId) =>
      skillMappings(roleId, before.framework.id, after.framework.id),
    );
  });

  /** The renames the person confirmed between the two versions shown (from the older to the newer). */
  confirmed: SkillChange[] = $derived.by(() => {
    void this.#renames;
    const shown = this.shown;
    if (!shown) return [];
    const [a, b] = [shown.before.framework.id, shown.after.framework.id];
    return confirmedRenames().filter(
      (c) => c.role === shown.after.role.id && c.from.framework === a && c.to.framework === b,
    );
  });

  /** The person says two skills the diff could not match are one skill, renamed: kept in this browser. */
  confirm(from: Skill, to: Skill): void {
    const shown = this.shown;
    if (!shown) return;
    const change: SkillChange = {
      role: shown.after.role.id,
      from: { framework: shown.before.framework.id, skills: [from.id] },
      to: { framework: shown.after.framework.id, skills: [to.id] },
    };
    const notKept = confirmRename(change);
    this.#renames++;
    this.renameStatus = `"${from.name}" is now read as "${to.name}" renamed, here and wherever ratings are carried between these versions.${notKept ? ` It holds for this visit only: ${notKept}.` : ''}`;
  }

  /** Takes a confirmed rename back. */
  withdraw(change: SkillChange): void {
    const notKept = withdrawRename(change);
    this.#renames++;
    this.renameStatus = `The rename is taken back: the two skills are shown as one removed and one added.${notKept ? ` It holds for this visit only: ${notKept}.` : ''}`;
  }

  /** The fetch in flight and the version it fetches: a second call while it runs waits on the same. */
  #loading: { id: string; done: Promise<void> } | null = null;

  /** Fetches the other version (a built-in one on first use); what was shown stays if it fails. */
  load(): Promise<void> {
    const id = this.otherId;
    if (!id || this.other?.id === id) return Promise.resolve();
    if (this.#loading?.id === id) return this.#loading.done;
    const done = this.#fetch(id).finally(() => {
      if (this.#loading?.done === done) this.#loading = null;
    });
    this.#loading = { id, done };
    return done;
  }

  async #fetch(id: string): Promise<void> {
    try {
      const framework = await this.#host.frameworkById(id);
      if (this.otherId === id) {
        this.other = framework;
        this.problem = null;
      }
    } catch (error) {
      this.problem = `The version to compare with could not be loaded: ${(error as Error).message}`;
    }
  }
}

/**
 * "What changed" for the Explorer, made once and kept for the page's life. Call it outside any component's set-up (a view's
 * `prepare`, a promise's callback): made in a component, its `$derived` fields would belong to that
 * component, and once it was gone Svelte would hand back their last value for ever.
 */
export function keptVersions(explorer: VersionsHost & { versions: Versions | null }): Versions {
  return (explorer.versions ??= new Versions(explorer));
}

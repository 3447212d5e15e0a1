/**
 * What the masthead says about the version shown, worked out when the data is built (`npm run data`
 * writes versionNotes.json; a test works it out again from the frameworks and fails on any
 * difference): each version's label, its lineage's versions, and for a role that a newer version
 * has, how many of its requirements changed there, in words. Built ahead so that the page says it
 * as it first paints, without the diff or the newer framework in the first load. Pure.
 */
import type { Framework, Role } from './types';
import { LINEAGES, skillMappings } from './lineage';
import { diffRole, roleDiffWords } from './versionDiff';

/** The newer version of a role, and its change in a sentence (roleDiffWords: how many requirements of how many changed, and how). */
export interface NewerNote {
  frameworkId: string;
  label: string;
  words: string;
}

export interface VersionNote {
  label: string;
  /** The lineage's versions, oldest first. */
  versions: { frameworkId: string; label: string }[];
  /** By role id: the latest version's change to the role, where this is not the latest. */
  newer: Record<string, NewerNote>;
}

/** The newer version's change to `role`, in a note; undefined when the newer version lacks the role. */
export function newerNote(
  framework: Framework,
  role: Role,
  newest: Framework,
  label: string,
): NewerNote | undefined {
  const later = newest.roles.find((r) => r.id === role.id);
  if (!later) return undefined;
  const diff = diffRole(framework, role, newest, later, skillMappings(role.id, framework.id, newest.id));
  return { frameworkId: newest.id, label, words: roleDiffWords(diff) };
}

/** The notes of every version of every lineage, by framework id, from the frameworks themselves. */
export function buildVersionNotes(frameworks: Framework[]): Record<string, VersionNote> {
  const byId = new Map(frameworks.map((f) => [f.id, f]));
  const notes: Record<string, VersionNote> = {};
  for (const lineage of LINEAGES) {
    const versions = lineage.versions.map((v) => ({ frameworkId: v.frameworkId, label: v.label }));
    const latest = lineage.versions.at(-1)!;
    const newest = byId.get(latest.frameworkId);
    for (const version of lineage.versions) {
      const framework = byId.get(version.frameworkId);
      if (!framework)
        throw new Error(`The lineage ${lineage.id} names ${version.frameworkId}, which is not built.`);
      const newer: Record<string, NewerNote> = {};
      if (newest && version !== latest) {
        for (const role of framework.roles) {
          const note = newerNote(framework, role, newest, latest.label);
          if (note) newer[role.id] = note;
        }
      }
      notes[version.frameworkId] = { label: version.label, versions, newer };
    }
  }
  return notes;
}

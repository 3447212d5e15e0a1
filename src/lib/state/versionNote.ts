/**
 * The masthead's note on the version shown, worked out in the page where the notes built with the
 * data (model/versionNotes.json) cannot know it: once a person has loaded a framework that is a
 * version of another, the lineage has versions the build never saw. Loaded on demand, after the
 * page is live.
 */
import type { Framework } from '../model/types';
import { newerNote, type NewerNote, type VersionNote } from '../model/versionNotes';
import { lineageOf, versionOf } from '../model/lineage';
import { followLoadedVersions } from '../model/loadedVersions';
import { confirmedRenames } from './confirmedRenames';

interface NoteHost {
  readonly framework: Framework | null;
  readonly roleId: string;
  readonly userFrameworks: Framework[];
  frameworkById(id: string): Promise<Framework>;
}

/** The note on the version shown, with the loaded versions; undefined for a framework of no lineage. */
export async function liveVersionNote(host: NoteHost): Promise<VersionNote | undefined> {
  followLoadedVersions(host, confirmedRenames);
  const framework = host.framework;
  const place = framework && lineageOf(framework.id);
  if (!framework || !place) return undefined;
  const versions = place.lineage.versions.map(({ frameworkId, label }) => ({ frameworkId, label }));
  const latest = place.lineage.versions.at(-1)!;
  const newer: Record<string, NewerNote> = {};
  const role = framework.roles.find((r) => r.id === host.roleId);
  if (latest.frameworkId !== framework.id && role) {
    const newest = await host.frameworkById(latest.frameworkId);
    const note = newerNote(framework, role, newest, latest.label);
    if (note) newer[role.id] = note;
  }
  return { label: versionOf(framework.id)!.label, versions, newer };
}

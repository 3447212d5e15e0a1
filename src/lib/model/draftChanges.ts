/**
 * What a draft changed since it started, in words: the version diff's sentence (requirements raised,
 * lowered, newly asked for, reworded; skills added, removed and renamed; levels added and removed),
 * then what the diff does not say: levels renamed (a renamed level keeps its id), the role renamed,
 * the scale's words.
 */
import { diffRole, roleDiffWords, type RoleDiff, type VersionChanges } from './versionDiff';
import type { Framework } from './types';

export interface DraftChanges {
  diff: RoleDiff;
  /** The start and the draft as two versions, for the "What changed" chart. */
  versions: VersionChanges;
  /** One sentence each: the diff's, then the renames, then the scale's and the role's own words. */
  sentences: string[];
  /** Nothing changed at all. */
  none: boolean;
}

const renames = <T extends { id: string; name: string }>(before: T[], after: T[]) =>
  after.flatMap((item) => {
    const old = before.find((b) => b.id === item.id);
    return old && old.name !== item.name ? [`${old.name} → ${item.name}`] : [];
  });

/** Names in `after` and not in `before` (by id), and the other way round. */
const addedAndRemoved = <T extends { id: string; name: string }>(before: T[], after: T[]) => ({
  added: after.filter((item) => !before.some((b) => b.id === item.id)).map((item) => item.name),
  removed: before.filter((item) => !after.some((a) => a.id === item.id)).map((item) => item.name),
});

/** "Tracks added: Specialist. Tracks removed: Management." for what was added and removed. */
function addedRemovedWords(
  what: string,
  { added, removed }: { added: string[]; removed: string[] },
): string[] {
  return [
    added.length > 0 && `${what} added: ${added.join(', ')}.`,
    removed.length > 0 && `${what} removed: ${removed.join(', ')}.`,
  ].filter((x): x is string => typeof x === 'string');
}

export function draftChanges(start: Framework, now: Framework): DraftChanges {
  const [before, after] = [start.roles[0], now.roles[0]];
  const diff = diffRole(start, before, now, after);
  // A step of the ladder is named once, whatever its tracks.
  const levelRenames = [...new Set(renames(before.levels, after.levels))];
  const scale = now.proficiencies.filter((p) => {
    const old = start.proficiencies.find((q) => q.id === p.id);
    return old && (old.name !== p.name || old.definition !== p.definition);
  });
  const gridChanged =
    diff.counts.changed > 0 ||
    diff.skills.some((f) => f.kind !== 'same') ||
    diff.levels.some((l) => !l.before || !l.after);
  const sentences = [
    gridChanged && roleDiffWords(diff),
    levelRenames.length > 0 && `Levels renamed: ${levelRenames.join('; ')}.`,
    before.name !== after.name && `The role renamed: ${before.name} → ${after.name}.`,
    ...addedRemovedWords('Steps of the scale', addedAndRemoved(start.proficiencies, now.proficiencies)),
    scale.length > 0 && `The scale's words changed for ${scale.map((p) => p.name).join(', ')}.`,
    ...addedRemovedWords('Tracks', addedAndRemoved(start.tracks, now.tracks)),
    ...renames(start.tracks, now.tracks).map((rename) => `Track renamed: ${rename}.`),
  ].filter((x): x is string => typeof x === 'string');
  const none = JSON.stringify(start) === JSON.stringify(now);
  // Whatever else changed is words beside the grid, or an order.
  if (!none && sentences.length === 0)
    sentences.push("No requirement changed: only words beside the grid (the role's, a level's) or an order.");
  const versions: VersionChanges = {
    before: {
      framework: start,
      role: before,
      version: { frameworkId: start.id, date: '', label: 'the start' },
    },
    after: { framework: now, role: after, version: { frameworkId: now.id, date: '', label: 'the draft' } },
    diff,
  };
  return { diff, versions, sentences, none };
}

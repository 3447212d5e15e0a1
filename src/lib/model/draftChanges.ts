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

export function draftChanges(start: Framework, now: Framework): DraftChanges {
  const [before, after] = [start.roles[0], now.roles[0]];
  const diff = diffRole(start, before, now, after);
  // A step of the ladder is named once, whatever its tracks.
  const levelRenames = [...new Set(renames(before.levels, after.levels))];
  const scale = now.proficiencies.filter((p) => {
    const old = start.proficiencies.find((q) => q.id === p.id);
    return old && (old.name !== p.name || old.definition !== p.definition);
  });
  const sentences = [
    roleDiffWords(diff),
    levelRenames.length > 0 && `Levels renamed: ${levelRenames.join('; ')}.`,
    before.name !== after.name && `The role renamed: ${before.name} → ${after.name}.`,
    scale.length > 0 && `The scale's words changed for ${scale.map((p) => p.name).join(', ')}.`,
  ].filter((x): x is string => typeof x === 'string');
  const none = JSON.stringify(start) === JSON.stringify(now);
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

/**
 * An import of assessments as the person is asked about it: what it would replace (the assessment
 * being filled in, kept snapshots) and how each differs, in one question; and the people a file
 * names, for a file of several people's assessments (never taken for one's own). Pure.
 */
import { belongsElsewhere, nameKey, type Assessment } from './assessment';
import { assessmentDifferences, snapshotsReplaced, type Replaced } from './assessmentRecord';
import type { RoleIndex } from './framework';
import type { Role } from './types';
import { count } from './count';
import { migrateRatings, migrationWords, type Migration } from './migration';
import { skillMappings } from './lineage';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** An assessment read from a file or a link, waiting for the person to say what it may replace. */
export interface PendingImport {
  assessment: Assessment;
  /** The file's earlier assessments (and its latest), to add as snapshots. */
  snapshots: Assessment[];
  from: string;
  /** What the person should know about it (made against another version of the framework). */
  note: string;
  /** How it differs from the assessment being filled in (null: it would replace nothing rated). */
  differs: string[] | null;
  /** The kept snapshots it would replace, and how each differs. */
  replaces: Replaced[];
  /** Of its snapshots, how many are of dates not kept yet (added either way). */
  added: number;
}

/** A file of several people's assessments: whose to open, or the whole file in Team. */
export interface WhoseFile {
  from: string;
  /** The people, each as the file names them, with how many assessments of the role shown. */
  people: { name: string; count: number }[];
  found: Assessment[];
  /** The file itself, for Team. */
  file: { name: string; text: string };
}

/** What a pending import asks, in one sentence. */
export function pendingQuestion(pending: PendingImport): string {
  const { from, assessment, differs, replaces } = pending;
  const snapshots = `${replaces.length === 1 ? 'a snapshot' : `${replaces.length} snapshots`} you kept for the same ${replaces.length === 1 ? 'day' : 'days'}`;
  if (differs && replaces.length > 0)
    return `${from} holds an assessment dated ${assessment.date} that differs from yours, and would replace ${snapshots}. Use it in place of yours? What differs:`;
  if (differs)
    return `${from} holds an assessment dated ${assessment.date}. Use it in place of the one you have here? Yours is not kept unless you saved a snapshot or a file of it. What differs:`;
  return `${from} would replace ${snapshots} with other ratings. Use its snapshots in place of yours? What differs:`;
}

/** The people a list of assessments names, each once (names as people write them), in file order. */
export function peopleIn(assessments: Assessment[]): string[] {
  const seen = new Map<string, string>();
  for (const a of assessments) {
    const key = nameKey(a.person);
    if (!seen.has(key)) seen.set(key, a.person);
  }
  return [...seen.values()];
}

/** Whether an assessment is of the role shown: by its id, or by its name as people write it. */
export function ofRole(index: RoleIndex, a: Assessment): boolean {
  return (
    a.role.id === index.role.id || (a.role.name !== '' && nameKey(a.role.name) === nameKey(index.role.name))
  );
}

/** What an import of assessments comes to, before anything is changed. */
export type ImportOffer =
  /** A file of several people's: the person chooses whose (or opens it in Team). */
  | { kind: 'whose'; whose: WhoseFile }
  /** Nothing in it is of the role shown: why, in a sentence. */
  | { kind: 'refused'; text: string }
  /** It may be taken: at once, or (`ask`) after the person says what it may replace. */
  | { kind: 'take'; pending: PendingImport; ask: boolean };

/**
 * Decides what to do with the assessments read from `from` (a file, a link), with `said` (what
 * reading it found, to pass on): the latest of the role shown is offered as the assessment (earlier
 * ones as snapshots). One of the same role in another framework, or another version of it (the
 * 2020 DevOps page, the 2025 CSV), is taken for this one: its ratings meet this role's skills by id
 * and by name, and those that no longer match are kept and listed. A file of several people's
 * assessments is nobody's own. Whatever it would replace (`current`, kept `snapshots`) is asked.
 */
export function offerImport(
  index: RoleIndex,
  found: Assessment[],
  from: string,
  held: { current: Assessment | null; snapshots: Assessment[] },
  said = '',
  file?: { name: string; text: string },
): ImportOffer {
  const people = peopleIn(found);
  if (people.length > 1 && file) {
    const ofPerson = (name: string) =>
      found.filter((a) => nameKey(a.person) === nameKey(name) && ofRole(index, a)).length;
    return {
      kind: 'whose',
      whose: { from, people: people.map((name) => ({ name, count: ofPerson(name) })), found, file },
    };
  }
  const migrations = new Map<Assessment, Migration>();
  const here = (a: Assessment): Assessment => {
    if (a.framework.id === index.framework.id && a.role.id === index.role.id) return a;
    const carried = carryTo(index, a);
    migrations.set(carried.assessment, carried.migration);
    return carried.assessment;
  };
  const elsewhere = found.filter((a) => !ofRole(index, a));
  const versions = found
    .filter((a) => ofRole(index, a) && a.framework.id !== index.framework.id)
    .map((a) => (a.framework.name ? `${a.framework.name} (${a.framework.id})` : a.framework.id))
    .filter((name, i, all) => all.indexOf(name) === i);
  const mine = found.filter((a) => ofRole(index, a)).map(here);
  if (mine.length === 0) {
    const why = elsewhere.length > 0 ? belongsElsewhere(index, elsewhere[0]) : 'it holds no ratings';
    return {
      kind: 'refused',
      text: `${from} could not be used: ${why}. Open that role first, then import it. Your assessment is unchanged.${said ? ` ${said}` : ''}`,
    };
  }
  const sorted = [...mine].sort((a, b) => a.date.localeCompare(b.date));
  const latest = sorted.at(-1)!;
  const snapshots = sorted.length > 1 ? sorted : [];
  const migration = migrations.get(latest);
  const note = [
    versions.length > 0
      ? `It was made against ${versions.join(' and ')}; its ratings are matched to ${index.framework.name} by skill.`
      : '',
    migration && versions.length > 0 ? `${capital(migrationWords(migration).join('; '))}.` : '',
    said,
  ]
    .filter(Boolean)
    .join(' ');
  const { current } = held;
  const rated = current?.ratings.some((r) => r.proficiency !== null || r.note);
  const differs =
    rated && current && JSON.stringify(current) !== JSON.stringify(latest)
      ? assessmentDifferences(index, current, latest)
      : null;
  const replaces = snapshotsReplaced(index, held.snapshots, snapshots);
  const added = snapshots.filter(
    (s) => !held.snapshots.some((k) => k.date === s.date && k.source === s.source),
  ).length;
  const pending = { assessment: latest, snapshots, from, note, differs, replaces, added };
  return { kind: 'take', pending, ask: Boolean(differs) || replaces.length > 0 };
}

/** What taking an import did, in a sentence (`replace`: it replaced; otherwise it only added). */
export function takenWords(pending: PendingImport, replace: boolean): string {
  const others = pending.added;
  const text = replace
    ? `Read the assessment of ${pending.assessment.date} from ${pending.from}${others > 0 ? `, and ${count(others, 'snapshot')} of other dates` : ''}${pending.replaces.length > 0 ? `, in place of ${count(pending.replaces.length, 'kept snapshot')}` : ''}.`
    : others > 0
      ? `Kept your assessment and snapshots; added ${count(others, 'snapshot')} of other dates from ${pending.from}.`
      : `Kept your assessment; nothing from ${pending.from} was used.`;
  return `${text}${pending.note ? ` ${pending.note}` : ''}`;
}

/** What reading a file left out, in a sentence (the first five, and how many more), or ''. */
export function skippedWords(
  name: string,
  skipped: { where?: string; reason: string }[],
  unit: 'assessment' | 'row',
): string {
  if (skipped.length === 0) return '';
  const listed = skipped
    .slice(0, 5)
    .map((s) => (s.where ? `${s.where}: ${s.reason}` : s.reason))
    .join('; ');
  const more = skipped.length > 5 ? `; and ${skipped.length - 5} more` : '';
  return `${count(skipped.length, unit)} of ${name} could not be read and ${skipped.length === 1 ? 'is' : 'are'} left out: ${listed}${more}.`;
}

/**
 * An assessment's ratings as the role shown names its skills, by the migration of model/migration.ts
 * (each met by id, by name, or by a change between versions of the framework, and then written under
 * the skill's id and name here, its proficiency and note kept; a rating that meets no skill is kept
 * as it was, and listed as a mismatch).
 */
export function carryRatings(index: RoleIndex, assessment: Assessment, before?: Role): Migration {
  const from = assessment.framework.id;
  return migrateRatings(
    index,
    from,
    assessment.ratings,
    skillMappings(index.role.id, from, index.framework.id),
    before,
  );
}

/**
 * A person's kept record of a role in another version of the framework, carried to the role shown:
 * the assessment and each snapshot with their ratings carried (carryRatings), and the migration
 * report of the one shown (migrationWords).
 */
export function carryRecord(
  index: RoleIndex,
  record: { current: Assessment | null; snapshots: Assessment[] },
  from: string,
  before?: Role,
): { current: Assessment | null; snapshots: Assessment[]; text: string } {
  const current = record.current && carryTo(index, record.current).assessment;
  const snapshots = record.snapshots.map((a) => carryTo(index, a).assessment);
  const shown = record.current ?? record.snapshots.at(-1);
  const report = shown ? migrationWords(carryTo(index, shown, before).migration) : [];
  const history = snapshots.length > 0 ? `, with ${count(snapshots.length, 'snapshot')},` : '';
  return {
    current,
    snapshots,
    text: `Your assessment of this role in ${from} is carried to this version${history} and kept here: ${report.join('; ')}. The one kept for ${from} is unchanged.`,
  };
}

/** An assessment as the role shown's: its framework and role, its ratings carried, and what became of them. */
function carryTo(
  index: RoleIndex,
  a: Assessment,
  before?: Role,
): { assessment: Assessment; migration: Migration } {
  const migration = carryRatings(index, a, before);
  return {
    assessment: {
      ...a,
      framework: { id: index.framework.id, name: index.framework.name },
      role: { id: index.role.id, name: index.role.name },
      ratings: migration.ratings,
    },
    migration,
  };
}

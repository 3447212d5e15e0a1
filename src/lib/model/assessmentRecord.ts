/**
 * What this browser keeps of one role's self-assessment (one record per framework and role): the
 * assessment being filled in, its dated snapshots, and a revision that counts the writes, so that a
 * tab can tell that another wrote since it last read. Reading a kept record checks every assessment
 * in it: what cannot be read is set aside (never dropped, never written over), and the rest opens.
 * How an import meets what is kept: which kept snapshots it would replace, and what differs. Pure.
 */
import * as v from 'valibot';
import type { Assessment } from './assessment';
import { AssessmentSchema } from './assessmentFile';
import { saveSnapshot } from './assessmentHistory';
import type { RoleIndex } from './framework';
import { count } from './count';

export interface AssessmentRecord {
  /** The assessment as it is now (what the charts show), or null with only snapshots kept. */
  current: Assessment | null;
  snapshots: Assessment[];
  /** How many times the record was written (absent in records kept before revisions were). */
  rev?: number;
}

export const EMPTY_RECORD: AssessmentRecord = { current: null, snapshots: [], rev: 0 };

const readable = (value: unknown): value is Assessment => v.is(AssessmentSchema, value);

/**
 * A kept record as far as it can be read: `record` holds every assessment that reads, and
 * `unreadable` says what did not (undefined: all of it read). A value that is not a record at all
 * reads as an empty one, and is said.
 */
export function readKeptRecord(raw: unknown): { record: AssessmentRecord; unreadable?: string } {
  if (raw === undefined || raw === null) return { record: EMPTY_RECORD };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { record: EMPTY_RECORD, unreadable: 'it is not an assessment record' };
  const { current, snapshots, rev } = raw as Record<string, unknown>;
  const problems: string[] = [];
  const currentOk = current === null || current === undefined || readable(current);
  if (!currentOk) problems.push('the assessment being filled in');
  const list = Array.isArray(snapshots) ? snapshots : [];
  if (snapshots !== undefined && !Array.isArray(snapshots)) problems.push('the list of snapshots');
  const kept = list.filter(readable);
  const lost = list.length - kept.length;
  if (lost > 0) problems.push(`${count(lost, 'snapshot')}`);
  return {
    record: {
      current: currentOk ? ((current as Assessment | undefined) ?? null) : null,
      snapshots: kept,
      rev: typeof rev === 'number' && Number.isFinite(rev) ? rev : 0,
    },
    ...(problems.length > 0 ? { unreadable: problems.join(' and ') } : {}),
  };
}

/** What differs between two assessments of one role, in words: "Service support: Working → Expert". */
export function assessmentDifferences(index: RoleIndex, from: Assessment, to: Assessment): string[] {
  const name = (id: string | null) => (id === null ? 'not yet' : (index.proficiency(id)?.name ?? id));
  const skillName = (id: string, written: string) => index.skill(id)?.name ?? written;
  const out: string[] = [];
  const before = new Map(from.ratings.map((r) => [r.skill, r]));
  const after = new Map(to.ratings.map((r) => [r.skill, r]));
  for (const skill of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(skill);
    const b = after.get(skill);
    const label = skillName(skill, (a ?? b)!.skillName);
    // A skill one of them does not rate at all is "not rated", apart from "not yet".
    const said = (r: typeof a) => (r ? name(r.proficiency) : 'not rated');
    if (!a || !b || a.proficiency !== b.proficiency) out.push(`${label}: ${said(a)} → ${said(b)}`);
    else if ((a?.note ?? '') !== (b?.note ?? '')) out.push(`${label}: the note differs`);
  }
  if (from.target !== to.target) {
    const level = (id: string | null) => (id ? (index.level(id)?.name ?? id) : 'no target');
    out.push(`target: ${level(from.target)} → ${level(to.target)}`);
  }
  if (from.person !== to.person) out.push('the name of the person assessed differs');
  return out;
}

/** A kept snapshot an import would replace (same date and source, other content), and how they differ. */
export interface Replaced {
  date: string;
  source: Assessment['source'];
  differences: string[];
}

const same = (a: Assessment, b: Assessment) => JSON.stringify(a) === JSON.stringify(b);

/** The kept snapshots that importing `incoming` would replace with something else. */
export function snapshotsReplaced(index: RoleIndex, kept: Assessment[], incoming: Assessment[]): Replaced[] {
  return incoming.flatMap((snapshot) => {
    const old = kept.find((s) => s.date === snapshot.date && s.source === snapshot.source);
    if (!old || same(old, snapshot)) return [];
    const differences = assessmentDifferences(index, old, snapshot);
    return [{ date: snapshot.date, source: snapshot.source, differences }];
  });
}

/**
 * The snapshots after an import: the incoming ones added, and where one has a kept snapshot's
 * date and source, the incoming one only when `replace` (the person said so), else the kept one.
 */
export function mergeSnapshots(kept: Assessment[], incoming: Assessment[], replace: boolean): Assessment[] {
  return incoming.reduce(
    (list, snapshot) =>
      !replace && list.some((s) => s.date === snapshot.date && s.source === snapshot.source)
        ? list
        : saveSnapshot(list, snapshot),
    kept,
  );
}

/**
 * A person's assessments as the long CSV (read/longCsv.ts), the form a team view reads and a
 * spreadsheet holds: one row per person, snapshot and skill. Written with names people read (the
 * role's and skill's names, the level as the app labels it, the proficiency's name) and the
 * framework's id (which names its version), with a note per rating and the level held; read back
 * by the long CSV's reader in its strict mode (parseAssessmentCsv).
 */
import type { Framework } from '../model/types';
import { levelLabel } from '../model/framework';
import type { Assessment } from '../model/assessment';
import { saveSnapshot } from '../model/assessmentHistory';
import { csvFile } from './csv';
import { LONG_COLUMNS, LONG_OPTIONAL_COLUMNS, readOwnLongCsv } from './read/longCsv';

/** The long CSV's columns. */
export const ASSESSMENT_COLUMNS = LONG_COLUMNS;

/** Reads a person's long CSV: every row it can, the rest listed by line (read/longCsv.ts, strict). */
export const parseAssessmentCsv = (text: string, file: string, frameworks: Framework[]) =>
  readOwnLongCsv(file, text, frameworks);

/** The self-assessment CSV's header: the long CSV's columns, a note per rating, and the level held. */
export const ASSESSMENT_FILE_COLUMNS = [...LONG_COLUMNS, ...LONG_OPTIONAL_COLUMNS] as const;

/** The rows of a CSV file of assessments (with the header `ASSESSMENT_FILE_COLUMNS`). */
export function assessmentRows(assessments: Assessment[], frameworks: Framework[]): string[][] {
  return assessments.flatMap((a) => {
    const framework = frameworks.find((f) => f.id === a.framework.id);
    const role = framework?.roles.find((r) => r.id === a.role.id);
    const level = a.target ? role?.levels.find((l) => l.id === a.target) : undefined;
    const held = a.held ? role?.levels.find((l) => l.id === a.held) : undefined;
    const proficiency = (id: string | null) =>
      id === null ? 'not yet' : (framework?.proficiencies.find((p) => p.id === id)?.name ?? id);
    return a.ratings.map((rating) => [
      a.person,
      a.framework.id,
      role?.name ?? a.role.name,
      level && framework ? levelLabel(framework, level) : (a.target ?? ''),
      role?.skills.find((s) => s.id === rating.skill)?.name ?? rating.skillName,
      proficiency(rating.proficiency),
      a.date,
      a.source,
      rating.note ?? '',
      held && framework ? levelLabel(framework, held) : (a.held ?? ''),
    ]);
  });
}

/** A file's name for an assessment: its role and date. */
const fileStem = (assessment: Assessment) => `assessment-${assessment.role.id}-${assessment.date}`;

/** An assessment as this app's JSON file. */
export function assessmentJsonFile(assessment: Assessment): { name: string; blob: Blob } {
  const text = `${JSON.stringify(assessment, null, 2)}\n`;
  return { name: `${fileStem(assessment)}.json`, blob: new Blob([text], { type: 'application/json' }) };
}

/**
 * An assessment as the long CSV; with `snapshots` (its history), each of them too, the assessment
 * in place of a snapshot of its own date.
 */
export function assessmentCsvFile(
  assessment: Assessment,
  snapshots: Assessment[] | undefined,
  framework: Framework,
): { name: string; blob: Blob } {
  const list = snapshots ? saveSnapshot(snapshots, assessment) : [assessment];
  return {
    name: `${fileStem(assessment)}${snapshots ? '-history' : ''}.csv`,
    blob: csvFile([...ASSESSMENT_FILE_COLUMNS], assessmentRows(list, [framework])),
  };
}

/** A kept record that could not be read, as it was stored, for the person to keep or mend. */
export function setAsideJsonFile(raw: unknown, key: string): { name: string; blob: Blob } {
  const text = `${JSON.stringify(raw, null, 2) ?? 'null'}\n`;
  const name = `unreadable-assessment-${key.replace(/[^a-z0-9-]+/gi, '-')}.json`;
  return { name, blob: new Blob([text], { type: 'application/json' }) };
}

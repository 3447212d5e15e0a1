/**
 * An assessment file as JSON: its schema (valibot; `static/assessment.schema.json` is made from it),
 * and reading one, each problem named by its field.
 */
import * as v from 'valibot';
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, type Assessment } from './assessment';
import { firstIssue, newerVersion } from './validation';

/** An assessment file is a few kilobytes; a file over this is not one. */
export const MAX_ASSESSMENT_BYTES = 1024 * 1024;

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
);
const Name = v.pipe(v.string(), v.maxLength(300));

export const AssessmentSchema = v.object({
  format: v.literal(ASSESSMENT_FORMAT),
  formatVersion: v.literal(ASSESSMENT_VERSION),
  framework: v.object({ id: Id, name: Name }),
  role: v.object({ id: Id, name: Name }),
  person: Name,
  source: v.picklist(['self', 'manager']),
  target: v.nullable(Id),
  held: v.optional(v.nullable(Id)),
  date: v.pipe(v.string(), v.isoDate('must be a date as YYYY-MM-DD')),
  ratings: v.pipe(
    v.array(
      v.object({
        skill: Id,
        skillName: Name,
        proficiency: v.nullable(Id),
        note: v.optional(v.pipe(v.string(), v.maxLength(5000))),
      }),
    ),
    v.maxLength(2000),
  ),
});

export class AssessmentError extends Error {
  constructor(
    message: string,
    /** Where: a field path ("ratings.3.proficiency") or a CSV line ("line 4"). */
    readonly where: string,
  ) {
    super(where ? `${where}: ${message}` : message);
  }
}

/** Reads an assessment file's JSON text: its shape, then no skill rated twice. */
export function parseAssessment(text: string, bytes = text.length): Assessment {
  if (bytes > MAX_ASSESSMENT_BYTES)
    throw new AssessmentError(
      `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; an assessment is a few kilobytes (at most 1 MB)`,
      '',
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AssessmentError(`it is not JSON (${(error as Error).message})`, '');
  }
  const newer = newerVersion(data, ASSESSMENT_VERSION);
  if (newer) throw new AssessmentError(newer, 'formatVersion');
  const result = v.safeParse(AssessmentSchema, data);
  if (!result.success) {
    const { message, path } = firstIssue(result.issues);
    throw new AssessmentError(message, path);
  }
  const assessment = result.output as Assessment;
  const seen = new Map<string, number>();
  assessment.ratings.forEach((rating, i) => {
    const first = seen.get(rating.skill);
    if (first !== undefined)
      throw new AssessmentError(
        `the skill "${rating.skill}" is rated twice (ratings.${first} and ratings.${i})`,
        `ratings.${i}.skill`,
      );
    seen.set(rating.skill, i);
  });
  return assessment;
}

/** A part of a file that could not be read: where ("line 4", "item 2") and why. */
export interface SkippedPart {
  where: string;
  reason: string;
}

/** A file of several people's assessments may be larger than one person's. */
export const MAX_ASSESSMENT_LIST_BYTES = 64 * 1024 * 1024;

/**
 * Reads an assessment file's JSON: one assessment, or a list of them (several people's, or one
 * person's history). In a list, an item that cannot be read is skipped and said; one assessment
 * that cannot be read throws, as `parseAssessment` does.
 */
export function parseAssessmentList(
  text: string,
  bytes = text.length,
): { assessments: Assessment[]; skipped: SkippedPart[] } {
  if (!/^\s*\[/.test(text)) return { assessments: [parseAssessment(text, bytes)], skipped: [] };
  if (bytes > MAX_ASSESSMENT_LIST_BYTES)
    throw new AssessmentError(
      `the file is ${(bytes / 1024 / 1024).toFixed(0)} MB; a list of assessments over ${MAX_ASSESSMENT_LIST_BYTES / 1024 / 1024} MB is not read`,
      '',
    );
  let data: unknown[];
  try {
    data = JSON.parse(text) as unknown[];
  } catch (error) {
    throw new AssessmentError(`it is not JSON (${(error as Error).message})`, '');
  }
  const assessments: Assessment[] = [];
  const skipped: SkippedPart[] = [];
  data.forEach((item, i) => {
    try {
      assessments.push(parseAssessment(JSON.stringify(item) ?? 'null', 0));
    } catch (error) {
      // The message begins with the field, where there is one ("ratings.2.proficiency: …").
      skipped.push({ where: `item ${i + 1}`, reason: (error as Error).message });
    }
  });
  if (assessments.length === 0)
    throw new AssessmentError(
      data.length === 0
        ? 'the list holds no assessments'
        : `none of its ${data.length} items is an assessment (item 1: ${skipped[0].reason})`,
      '',
    );
  return { assessments, skipped };
}

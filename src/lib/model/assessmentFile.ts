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

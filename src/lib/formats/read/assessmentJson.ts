/**
 * Assessments in this app's JSON, for a team: a person's file (one assessment) or a list of them.
 * Each is checked as the app's own file is (parseAssessment) and its framework, role and skills
 * looked up among those loaded (reading.ts); one that cannot be read in a list is skipped and
 * listed, and a rating of a skill the role does not have is reported. Pure.
 */
import type { Framework } from '../../model/types';
import type { Assessment } from '../../model/assessment';
import { findRole, findSkill } from '../../model/assessment';
import {
  AssessmentError,
  parseAssessment,
  parseAssessmentList,
  type SkippedPart,
} from '../../model/assessmentFile';
import { ImportError } from '../importError';
import { fromFileName, orSkip, pickFramework, type TeamFile } from '../reading';
import { renamedSkill } from '../../model/lineage';

export function readAssessmentJson(file: string, text: string, frameworks: Framework[]): TeamFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`it is not JSON (${(error as Error).message})`, file);
  }
  const items = Array.isArray(data) ? data : [data];
  const result: TeamFile = { file, assessments: [], notes: [], unmatched: [], skipped: [] };
  items.forEach((item, i) => {
    // One assessment that cannot be read in a list of them is skipped; a file of one is refused.
    const read = () => readJsonItem(file, item, Array.isArray(data) ? i : undefined, frameworks, result);
    if (Array.isArray(data)) orSkip(result.skipped, 1, read);
    else read();
  });
  return result;
}

function readJsonItem(
  file: string,
  item: unknown,
  at: number | undefined,
  frameworks: Framework[],
  result: TeamFile,
): void {
  const fail = (message: string): never => {
    throw new ImportError(at === undefined ? message : `item ${at + 1}: ${message}`, file);
  };
  let assessment: Assessment;
  try {
    assessment = parseAssessment(JSON.stringify(item));
  } catch (error) {
    // "ratings.3.proficiency: …", and in a list of assessments, which one.
    const { where, message } = error as AssessmentError;
    const field = at !== undefined ? [String(at), where].filter(Boolean).join('.') : where;
    const reason = where ? message.slice(where.length + 2) : message;
    throw new ImportError(field ? `${reason} (field ${field})` : reason, file);
  }
  const picked =
    pickFramework(assessment.framework.id, frameworks, {
      role: assessment.role.id,
      skills: assessment.ratings.map((r) => r.skill),
    }) ??
    pickFramework(assessment.framework.name, frameworks, {
      role: assessment.role.name,
      skills: assessment.ratings.map((r) => r.skillName),
    }) ??
    fail(`no framework "${assessment.framework.name || assessment.framework.id}" is loaded`);
  const framework = picked.framework;
  if (picked.note && !result.notes.includes(picked.note)) result.notes.push(picked.note);
  const role =
    findRole(framework, assessment.role.id) ??
    findRole(framework, assessment.role.name) ??
    fail(`${framework.name} has no role "${assessment.role.name || assessment.role.id}" (field role)`);
  const person = assessment.person.trim() || fromFileName(file);
  const ratings = assessment.ratings.flatMap((rating) => {
    const written = { id: rating.skill, name: rating.skillName };
    const direct = findSkill(role, rating.skill) ?? findSkill(role, rating.skillName);
    // Made against another version of the framework, under a name it has since changed.
    const skill = direct ?? renamedSkill(role, framework.id, assessment.framework.id, written);
    if (skill && !direct) {
      const note = `"${rating.skillName || rating.skill}" (${assessment.framework.name || assessment.framework.id}) is read as "${skill.name}", its name in ${framework.name}.`;
      if (!result.notes.includes(note)) result.notes.push(note);
    }
    if (!skill) {
      result.unmatched.push({ file, person, role: role.name, skill: rating.skillName || rating.skill });
      return [];
    }
    return [{ ...rating, skill: skill.id, skillName: skill.name }];
  });
  result.assessments.push({
    ...assessment,
    framework: { id: framework.id, name: framework.name },
    role: { id: role.id, name: role.name },
    person,
    ratings,
  });
}

/** A person's own file: one assessment, or a list (their history, or several people's). */
export function readOwnAssessmentJson(
  _file: string,
  text: string,
  _frameworks: Framework[],
  bytes = text.length,
): { assessments: Assessment[]; skipped: SkippedPart[] } {
  return parseAssessmentList(text, bytes);
}

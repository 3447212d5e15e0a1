/**
 * A share link's fragment for an assessment: the part after "#", which the browser never sends to
 * a server. It carries the framework, role, date, source, target and the ratings (not the notes,
 * which may be long and are the person's own words: the JSON file carries those). Ids are
 * lower-case letters, digits and hyphens, so the fragment needs no escaping:
 * `#assessment=1~devops-2020~devops-engineer~2026-12-01~self~~availability:working.prototyping:-`
 */
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, type Assessment } from './assessment';
import { AssessmentSchema } from './assessmentFile';
import * as v from 'valibot';
import { firstIssue } from './validation';

const KEY = 'assessment';

export function assessmentFragment(assessment: Assessment): string {
  const ratings = assessment.ratings.map((r) => `${r.skill}:${r.proficiency ?? '-'}`).join('.');
  const fields = [
    ASSESSMENT_VERSION,
    assessment.framework.id,
    assessment.role.id,
    assessment.date,
    assessment.source,
    assessment.target ?? '',
    ratings,
  ];
  return `${KEY}=${fields.join('~')}`;
}

/**
 * The fragment as the app wrote it, from what arrives: escaped by a mail or chat tool ("%7E" for
 * "~"), or with a tracking parameter added after it ("&utm_source=…", "?fbclid=…"). The app never
 * writes "&" or "?" in it, so the fragment ends before the first; anything else is read, and
 * checked, as it is.
 */
function linkText(fragment: string): string {
  let text = fragment.replace(/^#/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // Not escaped (or escaped badly): read as it is.
  }
  return text.split(/[&?]/)[0].trim();
}

/**
 * Reads a fragment (with or without its "#") back into an assessment, or says what is wrong with
 * it; undefined when the fragment is not an assessment's. Skill names are not in the link: they are
 * filled in from the ids, and the framework's and role's names by the caller, who knows them.
 */
export function readAssessmentFragment(
  fragment: string,
): { assessment: Assessment } | { error: string } | undefined {
  const text = linkText(fragment);
  if (!text.startsWith(`${KEY}=`)) return undefined;
  const fields = text.slice(KEY.length + 1).split('~');
  if (fields.length !== 7) return { error: 'the link is cut short or changed: it should have 7 parts' };
  const [version, framework, role, date, source, target, ratings] = fields;
  if (version !== String(ASSESSMENT_VERSION))
    return {
      error: `the link is in format ${version}; this version of the app reads format ${ASSESSMENT_VERSION}`,
    };
  const candidate = {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_VERSION,
    framework: { id: framework, name: '' },
    role: { id: role, name: '' },
    person: '',
    source,
    target: target === '' ? null : target,
    date,
    ratings:
      ratings === ''
        ? []
        : ratings.split('.').map((pair) => {
            const [skill, proficiency] = pair.split(':');
            return { skill, skillName: skill, proficiency: proficiency === '-' ? null : proficiency };
          }),
  };
  const result = v.safeParse(AssessmentSchema, candidate);
  if (!result.success) {
    return { error: `the link's ${firstIssue(result.issues).path || 'text'} is not valid` };
  }
  const skills = result.output.ratings.map((r) => r.skill);
  if (new Set(skills).size !== skills.length) return { error: 'the link rates a skill twice' };
  return { assessment: result.output as Assessment };
}

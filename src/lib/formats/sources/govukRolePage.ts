import type { LevelSummary, Proficiency, Requirement, Role, Skill, Track } from '../../model/types';
import { linkPathway } from '../../model/pathway';
import { slugify } from '../../model/slug';
import { ImportError } from '../importError';

/**
 * Imports one role from the text of a GOV.UK DDaT role guidance page, as a browser saves it.
 *
 * The page's own table of contents names the sections: the role introduction first, then one
 * section per level in order of seniority, then "Read more". Within a level: summary paragraphs,
 * an indented list of responsibilities, then "Skills needed for this role" (or, where the level
 * splits into tracks, "Technical role: skills needed for this role" and the like), each followed
 * by skill lines `Name. Description. (Relevant skill level: proficiency)`.
 * Every non-blank line between the contents and "Read more" is either understood or an error
 * naming the line: nothing is silently dropped.
 */
export interface RolePageOptions {
  file: string;
  proficiencies: Proficiency[];
  /** The tracks a level may split into, in display order. */
  tracks: Track[];
}

const REQUIREMENT = /^(.+?)\. (.+) \(Relevant skill level: ([^)]+)\)$/;
const SKILL_DESCRIPTION = /^(.+?)\. (.+)$/;
const UNTRACKED_SKILLS = /^skills needed for this role$/i;
const TRACK_SKILLS = /^(\S+) role: skills needed for this role$/i;
/** Lines of the page's preamble that say nothing about this role in particular. */
const BOILERPLATE = [
  /^This describes the role of /,
  /^This role is part of the Digital, Data and Technology Profession/,
  /^You will need the following skills for this role/,
];

interface Line {
  number: number;
  text: string;
  indented: boolean;
}

interface LevelDraft {
  name: string;
  seniority: number;
  summary: LevelSummary;
  tracks: string[];
}

interface RequirementDraft extends Omit<Requirement, 'skillId' | 'levelId'> {
  level: LevelDraft;
  track: string | null;
  line: number;
}

export function parseRolePage(text: string, options: RolePageOptions): Role {
  const { file } = options;
  const lines: Line[] = text.split(/\r?\n/).map((raw, index) => ({
    number: index + 1,
    text: raw.trim(),
    indented: /^\s/.test(raw),
  }));
  const fail: (message: string, line?: Line) => never = (message, line) => {
    throw new ImportError(message, file, line?.number);
  };

  const contentsAt = lines.findIndex((line) => line.text === 'Contents');
  if (contentsAt < 0) fail('expected a "Contents" list naming the page\'s sections');
  const printAt = lines.findIndex((line, i) => i > contentsAt && line.text === 'Print this page');
  if (printAt < 0) fail('expected "Print this page" after the contents list');
  const sections = lines
    .slice(contentsAt + 1, printAt)
    .filter((line) => line.text !== '')
    .map((line) => line.text);
  const introHeading = sections[0];
  const levelNames = sections.slice(1).filter((name) => name !== 'Read more');
  if (!introHeading || levelNames.length === 0) {
    fail('expected the contents to name the role introduction and at least one level');
  }
  const titleLine = lines.slice(0, contentsAt).find((line) => line.text !== '' && line.text !== 'Guidance');
  const name = titleLine?.text ?? fail('expected the page title before the contents');

  const trackById = new Map(options.tracks.map((track) => [track.id, track]));
  const proficiencyById = new Map(options.proficiencies.map((p) => [p.id, p]));
  const introduction: string[] = [];
  const skillDescriptions = new Map<string, string>();
  const levels: LevelDraft[] = [];
  const drafts: RequirementDraft[] = [];

  type State = 'preamble' | 'introduction' | 'skillList' | 'summary' | 'skills';
  let state: State = 'preamble';
  let level: LevelDraft | undefined;
  let track: string | null = null;
  let ended = false;

  for (const line of lines.slice(printAt + 1)) {
    const { text: content } = line;
    if (content === '' || ended) continue;
    if (content === 'Read more' && !line.indented && state !== 'preamble') {
      if (levels.length < levelNames.length) {
        fail(
          `the contents name the level "${levelNames[levels.length]}" but the page has no such section`,
          line,
        );
      }
      ended = true;
      continue;
    }
    if (content === introHeading && state === 'preamble') {
      state = 'introduction';
      continue;
    }
    const nextLevelName = levelNames[levels.length];
    if (content === nextLevelName && !line.indented && state !== 'preamble') {
      level = {
        name: content,
        seniority: levels.length,
        summary: { paragraphs: [], responsibilities: [] },
        tracks: [],
      };
      levels.push(level);
      state = 'summary';
      track = null;
      continue;
    }
    if (state === 'preamble') {
      if (line.indented || BOILERPLATE.some((pattern) => pattern.test(content))) continue;
      fail(`expected the page's preamble or "${introHeading}", found "${content}"`, line);
    }
    if (state === 'introduction' || state === 'skillList') {
      if (/^Skills required to be /.test(content)) {
        state = 'skillList';
        continue;
      }
      if (state === 'introduction') {
        introduction.push(content);
        continue;
      }
      if (BOILERPLATE.some((pattern) => pattern.test(content))) continue;
      const match = SKILL_DESCRIPTION.exec(content);
      if (!match) fail(`expected a skill as "Name. Description.", found "${content}"`, line);
      skillDescriptions.set(match![1], match![2]);
      continue;
    }
    if (!level) fail(`expected a level heading, found "${content}"`, line);
    const current = level!;
    const untracked = UNTRACKED_SKILLS.test(content);
    const tracked = TRACK_SKILLS.exec(content);
    if (untracked || tracked) {
      track = null;
      if (tracked) {
        track = tracked[1].toLowerCase();
        if (!trackById.has(track)) {
          fail(`unknown track "${tracked[1]}" (expected one of: ${[...trackById.keys()].join(', ')})`, line);
        }
        if (current.tracks.includes(track))
          fail(`the ${track} track is listed twice for ${current.name}`, line);
        current.tracks.push(track);
      } else if (current.tracks.length > 0 || state === 'skills') {
        fail(`"${content}" after the tracks of ${current.name} have begun`, line);
      }
      state = 'skills';
      continue;
    }
    if (state === 'summary') {
      if (line.indented) current.summary.responsibilities.push(content);
      else if (current.summary.responsibilities.length === 0) current.summary.paragraphs.push(content);
      else if (current.summary.note === undefined) current.summary.note = content;
      else fail(`unexpected text after the summary of ${current.name}: "${content}"`, line);
      continue;
    }
    const match = REQUIREMENT.exec(content);
    if (!match) {
      fail(`expected a skill as "Name. Description. (Relevant skill level: …)", found "${content}"`, line);
    }
    const [, skillName, description, proficiencyName] = match!;
    const proficiency = proficiencyById.get(proficiencyName.trim().toLowerCase());
    if (!proficiency) {
      fail(
        `unknown skill level "${proficiencyName}" (expected one of: ${options.proficiencies.map((p) => p.id).join(', ')})`,
        line,
      );
    }
    if (current.tracks.length === 0 && track === null && state !== 'skills') {
      fail('a skill before "Skills needed for this role"', line);
    }
    drafts.push({
      level: current,
      track,
      skillName,
      description,
      proficiency: proficiency!.id,
      line: line.number,
    });
  }

  if (levels.length < levelNames.length) {
    fail(`the contents name the level "${levelNames[levels.length]}" but the page has no such section`);
  }
  if (!ended) fail('expected "Read more" after the last level');

  return assembleRole({ name, introduction, skillDescriptions, levels, drafts, options });
}

/** The plain skill name behind a track variant: "Systems integration (management)" → "Systems integration". */
export function baseSkillName(name: string, trackIds: string[]): { name: string; track?: string } {
  for (const track of trackIds) {
    const suffix = new RegExp(`^(.*) \\(${track}\\)$`, 'i').exec(name);
    if (suffix) return { name: suffix[1], track };
    const inner = new RegExp(`^(.*) [–-] ${track}\\)$`, 'i').exec(name);
    if (inner) return { name: `${inner[1]})`, track };
  }
  return { name };
}

function assembleRole(parts: {
  name: string;
  introduction: string[];
  skillDescriptions: Map<string, string>;
  levels: LevelDraft[];
  drafts: RequirementDraft[];
  options: RolePageOptions;
}): Role {
  const { options, drafts } = parts;
  const trackIds = options.tracks.map((track) => track.id);
  const levelId = (draft: LevelDraft, track: string | null) =>
    track === null ? slugify(draft.name) : `${slugify(draft.name)}-${track}`;

  const levels = linkPathway(
    parts.levels.flatMap((draft) => {
      const tracks = draft.tracks.length === 0 ? [null] : trackIds.filter((id) => draft.tracks.includes(id));
      return tracks.map((track) => ({
        id: levelId(draft, track),
        name: draft.name,
        seniority: draft.seniority,
        track,
        summary: draft.summary,
      }));
    }),
  );

  const skills = new Map<string, Skill>();
  const requirements: Requirement[] = [];
  const seen = new Set<string>();
  for (const draft of drafts) {
    const base = baseSkillName(draft.skillName, trackIds);
    const id = slugify(base.name);
    const skill = skills.get(id) ?? { id, name: base.name };
    if (base.track) {
      if (base.track !== draft.track) {
        throw new ImportError(
          `the ${base.track} variant "${draft.skillName}" is listed outside the ${base.track} track`,
          options.file,
          draft.line,
        );
      }
      skill.trackNames = { ...skill.trackNames, [base.track]: draft.skillName };
    }
    skills.set(id, skill);
    const level = levelId(draft.level, draft.track);
    const key = `${level}|${id}`;
    if (seen.has(key)) {
      throw new ImportError(
        `"${draft.skillName}" is listed twice for ${draft.level.name}`,
        options.file,
        draft.line,
      );
    }
    seen.add(key);
    requirements.push({
      levelId: level,
      skillId: id,
      proficiency: draft.proficiency,
      description: draft.description,
      skillName: draft.skillName,
    });
  }
  for (const [skillName, description] of parts.skillDescriptions) {
    const skill = skills.get(slugify(skillName));
    if (!skill) {
      throw new ImportError(
        `the introduction describes "${skillName}", which no level asks for`,
        options.file,
      );
    }
    skill.description = description;
  }

  const orderedSkillIds = mergeOrders(
    levels.map((level) => requirements.filter((r) => r.levelId === level.id).map((r) => r.skillId)),
  );
  return {
    id: slugify(parts.name),
    name: parts.name,
    introduction: parts.introduction,
    levels,
    skills: orderedSkillIds.map((id) => skills.get(id)!),
    requirements,
  };
}

/**
 * One order that respects each list's own order as far as possible: an id first seen in a later
 * list goes straight after the id that precedes it there. [[a, c], [a, b, c]] → [a, b, c].
 */
export function mergeOrders(lists: string[][]): string[] {
  const order: string[] = [];
  for (const list of lists) {
    list.forEach((id, index) => {
      if (order.includes(id)) return;
      const before = list
        .slice(0, index)
        .reverse()
        .find((other) => order.includes(other));
      order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, id);
    });
  }
  return order;
}

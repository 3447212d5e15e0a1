/**
 * A career conversation on one page (A4 or US Letter, portrait): who and where (the name or
 * "Anonymous", the role, the level held), the ratings against the next level on each track with
 * the gap in words and the person's notes as evidence, what each next level says in the framework's
 * words, and ruled space for the actions agreed. Drawn in ink and words only (the gaps hatched as
 * well as said), so it prints in black and white. Pure, in SVG units: a page of PAGE.width, at
 * least A4's proportions tall.
 */
import type { Level, Skill } from '../../lib/model/types';
import type { RoleIndex } from '../../lib/model/framework';
import { levelLabel } from '../../lib/model/framework';
import { levelGap, type Rating, type SkillGap } from '../../lib/model/gap';
import { standing } from '../../lib/model/gapReport';
import { wrapText } from '../../lib/layout/wrap';
import { count } from '../../lib/model/count';

export const PAGE = {
  width: 760,
  /** A4's proportions (297 / 210): the page is at least this tall. */
  minHeight: Math.round((760 * 297) / 210),
  /** Body text, in SVG units: 9 points or more on A4, where the page is drawn 523 points wide. */
  text: 13,
  line: 16,
  /** An average character's width at `text`, estimated wide. */
  char: 7.1,
  skillWidth: 180,
  youWidth: 96,
  nextWidth: 124,
  /** Lines of a note shown as evidence; longer notes end in "…" (the table and the CSV hold them whole). */
  noteLines: 4,
  actionRows: 5,
};

/** One skill: the rating, the person's note, and the gap to each next level. */
export interface ConversationRow {
  skill: Skill;
  /** The proficiency the person gave (an id), or null for "not yet". */
  have: string | null;
  note: string;
  next: { level: Level; gap: SkillGap; verdict: string }[];
}

/** The gap on one skill to one level, in words that read without colour. */
export function conversationVerdict(gap: SkillGap): string {
  if (gap.kind === 'not-asked') return 'not asked';
  if (gap.kind === 'short') return `short by ${gap.steps}`;
  return gap.above > 0 ? `met, ${gap.above} above` : 'met';
}

/** The level the person holds (as said, else as the ratings reach), and the next on each track. */
export function conversationLevels(
  index: RoleIndex,
  ratings: Rating[],
  held: string | null,
): { held: Level | undefined; said: boolean; next: Level[] } {
  const where = standing(index, ratings, null, held);
  return {
    held: where.held ?? where.reached,
    said: where.held !== undefined,
    next: where.next.gaps.map((g) => g.gap.level),
  };
}

export function conversationRows(
  index: RoleIndex,
  ratings: Rating[],
  held: string | null,
): ConversationRow[] {
  const { next } = conversationLevels(index, ratings, held);
  const gaps = next.map((level) => levelGap(index, ratings, level));
  const byId = new Map(ratings.map((r) => [r.skillId, r]));
  return index.role.skills.map((skill, i) => ({
    skill,
    have: byId.get(skill.id)?.proficiency ?? null,
    note: byId.get(skill.id)?.note?.trim() ?? '',
    next: gaps.map((gap) => ({
      level: gap.level,
      gap: gap.skills[i],
      verdict: conversationVerdict(gap.skills[i]),
    })),
  }));
}

export interface TextLine {
  x: number;
  y: number;
  text: string;
  /** heading, label, body, soft (small print), strong (a gap). */
  kind: 'heading' | 'label' | 'body' | 'soft' | 'strong';
  anchor?: 'start' | 'middle';
}

export interface CellBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Hatched: the rating is short of what the level asks (a pattern, so it prints in black and white). */
  short: boolean;
}

export interface ConversationLayout {
  width: number;
  height: number;
  lines: TextLine[];
  /** The table's ruled lines and its cells that are short. */
  rules: { x1: number; y1: number; x2: number; y2: number; heavy?: boolean }[];
  cells: CellBox[];
  /** The table's rows, for their accessible names. */
  rows: { y: number; height: number; label: string }[];
  /** Whether a note was cut to fit (the page then says where it is whole). */
  notesCut: boolean;
}

export interface ConversationWho {
  /** The name to print, or '' for "Anonymous". */
  name: string;
  date: string;
  framework: string;
}

/**
 * Lines of `text` in `width` units; bold text is wider by a fifth (by an eighth, "Research
 * management," ran 173 units wide into the next column: every 2025 skill's lines fit at a fifth).
 */
const wrap = (text: string, width: number, maxLines = Infinity, bold = false) =>
  wrapText(text, Math.max(6, Math.floor(width / (PAGE.char * (bold ? 1.2 : 1)))), maxLines);

/** The words a level's summary says, as one text: next levels that say the same are shown once. */
const summaryText = (level: Level) =>
  JSON.stringify([level.summary.paragraphs, level.summary.responsibilities, level.summary.note ?? '']);

export function layoutConversation(
  index: RoleIndex,
  ratings: Rating[],
  held: string | null,
  who: ConversationWho,
): ConversationLayout {
  const s = PAGE;
  const { framework, role } = index;
  const lines: TextLine[] = [];
  const rules: ConversationLayout['rules'] = [];
  const cells: CellBox[] = [];
  const tableRows: ConversationLayout['rows'] = [];
  const levels = conversationLevels(index, ratings, held);
  const rows = conversationRows(index, ratings, held);
  const name = (id: string | null) => (id === null ? 'not yet' : (index.proficiency(id)?.name ?? id));
  let y = 18;
  const add = (text: string, kind: TextLine['kind'], x: number, at = y) =>
    lines.push({ x, y: at, text, kind });

  // Who and where (the page's title, "…: a career conversation", is the export's).
  add(`${who.name.trim() || 'Anonymous'} · ${role.name}`, 'heading', 0);
  y += s.line + 4;
  const heldWords = levels.held
    ? `${levelLabel(framework, levels.held)}${levels.said ? '' : ' (as the ratings reach; not said)'}`
    : role.requirements.length === 0
      ? 'not said (the role asks for no proficiency, so ratings reach no level of it)'
      : 'not said, and the ratings do not yet reach the first level';
  for (const line of wrap(`Level held: ${heldWords}`, s.width)) {
    add(line, 'body', 0);
    y += s.line;
  }
  for (const line of wrap(`Self-assessment of ${who.date}, against ${who.framework}.`, s.width)) {
    add(line, 'soft', 0);
    y += s.line;
  }
  y += 10;

  // The ratings against each next level.
  const nextNames = levels.next.map((level) => levelLabel(framework, level));
  const heading =
    levels.next.length === 0
      ? 'Your ratings (there is no level above this one)'
      : `Your ratings against the next level${levels.next.length > 1 ? ' on each track' : ''}`;
  add(heading, 'heading', 0);
  y += 10;
  const columns = [
    { x: 0, width: s.skillWidth },
    { x: s.skillWidth, width: s.youWidth },
    ...levels.next.map((_, i) => ({ x: s.skillWidth + s.youWidth + i * s.nextWidth, width: s.nextWidth })),
  ];
  const noteX = s.skillWidth + s.youWidth + levels.next.length * s.nextWidth;
  columns.push({ x: noteX, width: s.width - noteX });
  const header = ['Skill', 'You', ...nextNames.map((n) => `${n} asks`), 'Your evidence (your notes)'];
  const headerLines = header.map((text, c) => wrap(text, columns[c].width - 10, Infinity, true));
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * s.line + 10;
  rules.push({ x1: 0, y1: y, x2: s.width, y2: y, heavy: true });
  headerLines.forEach((textLines, c) =>
    textLines.forEach((text, l) => add(text, 'label', columns[c].x + 5, y + 16 + l * s.line)),
  );
  y += headerHeight;
  rules.push({ x1: 0, y1: y, x2: s.width, y2: y, heavy: true });
  let notesCut = false;
  for (const row of rows) {
    const skillLines = wrap(row.skill.name, columns[0].width - 10, Infinity, true);
    const noteAll = row.note ? wrap(row.note, columns.at(-1)!.width - 10) : [];
    const noteLines = row.note ? wrap(row.note, columns.at(-1)!.width - 10, s.noteLines) : ['—'];
    if (noteAll.length > s.noteLines) notesCut = true;
    const height = Math.max(skillLines.length, 2, noteLines.length) * s.line + 10;
    const top = y;
    skillLines.forEach((text, l) => add(text, 'label', 5, top + 16 + l * s.line));
    add(name(row.have), 'body', columns[1].x + 5, top + 16);
    row.next.forEach((next, i) => {
      const column = columns[2 + i];
      const short = next.gap.kind === 'short';
      if (short) cells.push({ x: column.x, y: top, width: column.width, height, short });
      const asked = next.gap.kind === 'not-asked' ? 'not asked' : name(next.gap.asked);
      add(asked, 'body', column.x + 5, top + 16);
      if (next.gap.kind !== 'not-asked')
        add(next.verdict, short ? 'strong' : 'soft', column.x + 5, top + 16 + s.line);
    });
    noteLines.forEach((text, l) => add(text, row.note ? 'body' : 'soft', noteX + 5, top + 16 + l * s.line));
    tableRows.push({
      y: top,
      height,
      label: `${row.skill.name}: you ${name(row.have)}; ${row.next
        .map(
          (n) =>
            `${levelLabel(framework, n.level)} ${n.gap.kind === 'not-asked' ? 'does not ask for it' : `asks ${name(n.gap.asked)}, ${n.verdict}`}`,
        )
        .join('; ')}${row.note ? `; your evidence: ${row.note}` : ''}`,
    });
    y += height;
    rules.push({ x1: 0, y1: y, x2: s.width, y2: y });
  }
  y += 16;
  const key = `Hatched: short of what the level asks, by the steps said. Gaps to discuss, not a score.${notesCut ? ' Long notes are cut (…): the table and the CSV hold them whole.' : ''}`;
  for (const line of wrap(key, s.width)) {
    add(line, 'soft', 0);
    y += s.line;
  }
  const summary = levels.next
    .map((level, i) => {
      const gap = levelGap(index, ratings, level);
      const short = gap.skills.filter((g) => g.kind === 'short').length;
      if (gap.asked === 0) return `${nextNames[i]} asks for no proficiency in any skill.`;
      return short === 0
        ? `You meet everything ${nextNames[i]} asks for.`
        : `${nextNames[i]}: short in ${count(short, 'skill')}, ${count(gap.steps, 'step')} in all.`;
    })
    .join(' ');
  for (const line of wrap(summary, s.width)) {
    add(line, 'body', 0);
    y += s.line;
  }
  y += 14;

  // What each next level says, in the framework's words, side by side.
  // Next levels whose words are the same (the tracks of the 2020 DevOps page) are said once.
  const sayings = [...new Set(levels.next.map(summaryText))].map((text) => {
    const alike = levels.next.filter((level) => summaryText(level) === text);
    return { level: alike[0], names: alike.map((level) => nextNames[levels.next.indexOf(level)]) };
  });
  if (sayings.length > 0) {
    add(
      `What the next level${levels.next.length > 1 ? 's say' : ' says'}, in the framework's words`,
      'heading',
      0,
    );
    y += 12;
    const gutter = 24;
    const width = (s.width - gutter * (sayings.length - 1)) / sayings.length;
    const bottoms = sayings.map(({ level, names }, i) => {
      const x = i * (width + gutter);
      let at = y + 14;
      const put = (text: string, kind: TextLine['kind'], indent = 0) => {
        for (const line of wrap(text, width - indent, Infinity, kind === 'label')) {
          add(line, kind, x + indent, at);
          at += s.line;
        }
      };
      put(names.length > 1 ? `${names.join(' and ')} (the same words)` : names[0], 'label');
      at += 2;
      for (const paragraph of level.summary.paragraphs)
        for (const part of paragraph.split('\n')) {
          put(part, 'body');
          at += 2;
        }
      for (const item of level.summary.responsibilities) {
        add('•', 'body', x, at);
        put(item, 'body', 12);
      }
      if (level.summary.note) put(level.summary.note, 'soft');
      if (level.summary.paragraphs.length + level.summary.responsibilities.length === 0)
        put('The framework gives this level no words of its own.', 'soft');
      return at;
    });
    y = Math.max(...bottoms) + 8;
  }

  // Room for what is agreed.
  add('Agreed actions', 'heading', 0);
  y += 12;
  const actionColumns = [0, s.width * 0.62, s.width * 0.82];
  ['Action', 'Who', 'By when'].forEach((text, c) => add(text, 'label', actionColumns[c] + 5, y + 16));
  rules.push({ x1: 0, y1: y, x2: s.width, y2: y, heavy: true });
  y += 24;
  rules.push({ x1: 0, y1: y, x2: s.width, y2: y, heavy: true });
  const actionsTop = y;
  for (let r = 0; r < s.actionRows; r++) {
    y += 30;
    rules.push({ x1: 0, y1: y, x2: s.width, y2: y });
  }
  for (const x of actionColumns.slice(1)) rules.push({ x1: x, y1: actionsTop - 24, x2: x, y2: y });
  y += 22;
  add('Next conversation on: ______________________', 'body', 0);
  y += 20;
  const height = Math.max(s.minHeight, y + 8);
  return { width: s.width, height, lines, rules, cells, rows: tableRows, notesCut };
}

/**
 * A team's roster: who is in it, from the assessments loaded (a person who appears twice keeps their
 * latest assessment, and the notes say so), grouped by role (a heatmap is of one role, never of
 * mixed roles), and each person's assessment at a date. Pure.
 */
import type { Assessment } from './assessment';

/** A person's name as shown: their own, or "Person n" (their place in the team as loaded) when anonymised. */
export const shownName = (row: { number: number; name: string }, anonymise: boolean) =>
  anonymise ? `Person ${row.number}` : row.name;

/** One assessment of one person, as read from a file. */
export interface TeamEntry {
  assessment: Assessment;
  file: string;
}

/** A person of the team: their assessments, oldest first (one per date). */
export interface TeamPerson {
  /** Who, as the files name them (the first spelling met). */
  name: string;
  /** Their role, as `frameworkId|roleId`: people are grouped by it. */
  group: string;
  history: TeamEntry[];
}

/** How a person is told apart: their name in any case and spacing, within a framework and role. */
const personKey = (a: Assessment) =>
  `${a.framework.id}|${a.role.id}|${a.person.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;

/**
 * Something said of one person while gathering the team: their name and place (so that it can be
 * anonymised, as "Person n", like the heatmap), and the rest of the sentence.
 */
export interface TeamNote {
  name: string;
  /** Their place among the people of their role (the heatmap's "Person n"). */
  number: number;
  text: string;
}

/**
 * The people in the entries, by role. An assessment of the same person on the same date as one
 * read before replaces it (the later file wins), and `notes` says so; assessments on other dates
 * are kept as the person's history (the latest is the one shown).
 */
export function gatherTeam(entries: TeamEntry[]): { people: TeamPerson[]; notes: TeamNote[] } {
  const people = new Map<string, TeamPerson>();
  const twice: { person: TeamPerson; text: string }[] = [];
  for (const entry of entries) {
    const key = personKey(entry.assessment);
    const group = `${entry.assessment.framework.id}|${entry.assessment.role.id}`;
    const person = people.get(key) ?? { name: entry.assessment.person, group, history: [] };
    people.set(key, person);
    const same = person.history.findIndex((e) => e.assessment.date === entry.assessment.date);
    if (same >= 0) {
      twice.push({
        person,
        text: `appears twice for ${entry.assessment.date} (${person.history[same].file} and ${entry.file}): the one in ${entry.file}, read last, is kept.`,
      });
      person.history[same] = entry;
    } else person.history.push(entry);
  }
  // Each person's place among their role's people, as the heatmap numbers them.
  const numbers = new Map<TeamPerson, number>();
  const counts = new Map<string, number>();
  for (const person of people.values()) {
    const n = (counts.get(person.group) ?? 0) + 1;
    counts.set(person.group, n);
    numbers.set(person, n);
  }
  const note = (person: TeamPerson, text: string): TeamNote => ({
    name: person.name,
    number: numbers.get(person)!,
    text,
  });
  const notes = twice.map(({ person, text }) => note(person, text));
  for (const person of people.values()) {
    person.history.sort((a, b) => a.assessment.date.localeCompare(b.assessment.date));
    if (person.history.length > 1)
      notes.push(
        note(
          person,
          `has ${person.history.length} assessments (${person.history.map((e) => e.assessment.date).join(', ')}): the latest is shown.`,
        ),
      );
  }
  return { people: [...people.values()], notes };
}

/** The team's role groups, largest first: `{ group: 'frameworkId|roleId', people }`. */
export function teamGroups(people: TeamPerson[]): { group: string; people: TeamPerson[] }[] {
  const groups = new Map<string, TeamPerson[]>();
  for (const person of people) {
    const list = groups.get(person.group);
    if (list) list.push(person);
    else groups.set(person.group, [person]);
  }
  return [...groups]
    .map(([group, list]) => ({ group, people: list }))
    .sort((a, b) => b.people.length - a.people.length || a.group.localeCompare(b.group));
}

/** Every date any of the people was assessed on, oldest first. */
export const teamDates = (people: TeamPerson[]): string[] =>
  [...new Set(people.flatMap((p) => p.history.map((e) => e.assessment.date)))].sort();

/** A person's assessment as it stood on a date: their latest on or before it (undefined: none yet). */
export function entryAt(person: TeamPerson, date?: string): TeamEntry | undefined {
  const upTo = date ? person.history.filter((e) => e.assessment.date <= date) : person.history;
  return upTo.at(-1);
}

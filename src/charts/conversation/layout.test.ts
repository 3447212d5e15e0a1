/** The career conversation's page: who and where, the ratings against each next level, the framework's words. */
import { describe, expect, it } from 'vitest';
import { ddatFramework, devopsIndex } from '../../../tests/unit/fixtures';
import { indexRole } from '../../lib/model/framework';
import { ratingsFromLevel, type Rating } from '../../lib/model/gap';
import { PAGE, conversationLevels, conversationRows, layoutConversation } from './layout';

const index = devopsIndex();
const devops = index.role.levels.find((l) => l.name === 'DevOps engineer')!;
const who = { name: '', date: '1 December 2026', framework: 'DDaT Capability Framework' };
const texts = (layout: ReturnType<typeof layoutConversation>) => layout.lines.map((l) => l.text);

describe('the career conversation', () => {
  const ratings: Rating[] = ratingsFromLevel(index, devops).map((r) =>
    r.skillId === 'user-focus' ? { ...r, note: '  Ran the accessibility audit.  ' } : r,
  );

  it('measures the gap from the level held to the next level on each track', () => {
    const levels = conversationLevels(index, ratings, devops.id);
    expect(levels).toMatchObject({ held: devops, said: true });
    expect(levels.next.map((l) => l.id)).toEqual([
      'senior-devops-engineer-technical',
      'senior-devops-engineer-management',
    ]);
    // Not said: the level the ratings reach, and said so.
    expect(conversationLevels(index, ratings, null)).toMatchObject({ held: devops, said: false });
  });

  it('gives each skill its rating, its note and its gap to each next level, in words', () => {
    const rows = conversationRows(index, ratings, devops.id);
    expect(rows.map((r) => r.skill.name)).toEqual(index.role.skills.map((s) => s.name));
    const service = rows.find((r) => r.skill.id === 'service-support')!;
    // Senior (technical) asks for expert, (management) practitioner, of a practitioner.
    expect(service.next.map((n) => n.verdict)).toEqual(['short by 1', 'met']);
    expect(rows.find((r) => r.skill.id === 'user-focus')!.note).toBe('Ran the accessibility audit.');
  });

  it('says who (or Anonymous), the level held, the framework, and hatches exactly the gaps', () => {
    const layout = layoutConversation(index, ratings, devops.id, who);
    expect(texts(layout)).toContain('Anonymous · Development operations (DevOps) engineer');
    expect(texts(layoutConversation(index, ratings, devops.id, { ...who, name: ' Sam ' }))).toContain(
      'Sam · Development operations (DevOps) engineer',
    );
    expect(texts(layout)).toContain('Level held: DevOps engineer');
    const shorts = conversationRows(index, ratings, devops.id).flatMap((r) =>
      r.next.filter((n) => n.gap.kind === 'short'),
    );
    expect(layout.cells).toHaveLength(shorts.length);
    expect(texts(layout).filter((t) => /^short by \d$/.test(t))).toHaveLength(shorts.length);
    // A page at least as tall as A4 is for its width, every line on it.
    expect(layout.height).toBeGreaterThanOrEqual(PAGE.minHeight);
    for (const line of layout.lines) expect(line.y).toBeLessThan(layout.height);
    // A name for every row of the table.
    expect(layout.rows.map((r) => r.label.split(':')[0])).toEqual(index.role.skills.map((s) => s.name));
  });

  it("says the next level's words verbatim, once where both tracks say the same", () => {
    const all = texts(layoutConversation(index, ratings, devops.id, who)).join(' ');
    const senior = index.role.levels.find((l) => l.id === 'senior-devops-engineer-technical')!;
    // Wrapped into lines, the words are the source's, in its order.
    for (const said of [...senior.summary.paragraphs, ...senior.summary.responsibilities])
      expect(all.replace(/\s+/g, ' ')).toContain(said.replace(/\s+/g, ' '));
    expect(all).toContain(
      'Senior DevOps engineer (technical) and Senior DevOps engineer (management) (the same words)',
    );
    expect(all.split(senior.summary.responsibilities[0].split(' ').slice(0, 4).join(' '))).toHaveLength(2);
  });

  it('cuts a long note to its lines and says where it is whole', () => {
    const long = ratings.map((r) => ({ ...r, note: 'evidence '.repeat(80) }));
    const layout = layoutConversation(index, long, devops.id, who);
    expect(layout.notesCut).toBe(true);
    expect(texts(layout).join(' ')).toContain('the table and the CSV hold them whole');
    expect(layoutConversation(index, ratings, devops.id, who).notesCut).toBe(false);
  });

  it('says a role that asks for no proficiency as it is: no level reached, nothing met', () => {
    const framework = ddatFramework();
    const chief = indexRole(
      framework,
      framework.roles.find((r) => r.name === 'Chief data officer')!,
    );
    const all = texts(layoutConversation(chief, [], null, who)).join(' ');
    expect(all).toContain('Level held: not said (the role asks for no proficiency, so ratings reach no');
    expect(all).toContain('Chief data officer asks for no proficiency in any skill.');
    expect(all).not.toContain('You meet everything');
    expect(all).not.toContain('do not yet reach the first level');
  });

  it('draws any role of the 2025 framework, from its first level, with its own words', () => {
    const framework = ddatFramework();
    for (const role of framework.roles.slice(0, 12)) {
      const roleIndex = indexRole(framework, role);
      const layout = layoutConversation(roleIndex, [], null, who);
      expect(layout.rows).toHaveLength(role.skills.length);
      expect(layout.height).toBeGreaterThanOrEqual(PAGE.minHeight);
    }
  });
});

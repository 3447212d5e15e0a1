/** Guards the chart of what changed between versions: every name and note whole, rows that hold them. */
import { describe, expect, it } from 'vitest';
import { ddatFramework, devopsFramework } from '../../../tests/unit/fixtures';
import { skillMappings } from '../../lib/model/lineage';
import { diffRole, type VersionChanges } from '../../lib/model/versionDiff';
import type { Framework, Role } from '../../lib/model/types';
import { CHANGES_SIZES, CHANGES_TEXT, layoutChanges } from './layout';

const v2020 = devopsFramework();
const v2025 = ddatFramework();
const DEVOPS = 'development-operations-devops-engineer';

function changes(before: Framework, beforeRole: Role, after: Framework, afterRole: Role): VersionChanges {
  const version = (framework: Framework) => ({ frameworkId: framework.id, date: '', label: framework.id });
  return {
    before: { framework: before, role: beforeRole, version: version(before) },
    after: { framework: after, role: afterRole, version: version(after) },
    diff: diffRole(before, beforeRole, after, afterRole, skillMappings(DEVOPS, before.id, after.id)),
  };
}

describe('layoutChanges', () => {
  const role2020 = v2020.roles.find((r) => r.id === DEVOPS)!;
  const role2025 = v2025.roles.find((r) => r.id === DEVOPS)!;

  it('keeps the usual rows for the DevOps role, its renamed skill noted on a line of its own', () => {
    const layout = layoutChanges(changes(v2020, role2020, v2025, role2025));
    for (const row of layout.rows) expect(row.height).toBe(CHANGES_SIZES.rowHeight);
    const renamed = layout.rows.find((row) => row.note !== '')!;
    expect(renamed.noteLines).toEqual(['renamed from Modern standards approach']);
  });

  it('holds a long name and a long note whole, its row taller, the rows below it moved down', () => {
    // A release that renames a skill to a long name: it had one line beside its note, and was cut.
    const long = 'Communicating between the technical and non-technical, across every team and supplier';
    const renamedRole: Role = {
      ...role2025,
      skills: role2025.skills.map((skill, i) => (i === 0 ? { ...skill, name: long } : skill)),
    };
    const layout = layoutChanges(changes(v2025, role2025, v2025, renamedRole));
    const row = layout.rows.find((r) => r.skillId === role2025.skills[0].id)!;
    expect(row.note).toBe(`renamed from ${role2025.skills[0].name}`);
    expect(row.lines.join(' ')).toBe(long);
    expect(row.noteLines.join(' ')).toBe(row.note);
    for (const line of row.lines) expect(line.length).toBeLessThanOrEqual(CHANGES_SIZES.skillChars);
    for (const line of row.noteLines) expect(line.length).toBeLessThanOrEqual(CHANGES_TEXT.noteChars);
    expect(row.height).toBeGreaterThan(CHANGES_SIZES.rowHeight);
    // The text inside its row: the name's first capitals to the note's last baseline.
    expect(row.nameY - CHANGES_TEXT.capHeight).toBeGreaterThan(row.y);
    expect(row.noteY + (row.noteLines.length - 1) * CHANGES_TEXT.noteLine).toBeLessThan(row.y + row.height);
    let bottom = layout.headerHeight;
    for (const r of layout.rows) {
      expect(r.y).toBeGreaterThanOrEqual(bottom);
      bottom = r.y + r.height;
    }
    expect(layout.height).toBeGreaterThanOrEqual(bottom);
  });
});

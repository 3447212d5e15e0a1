/** Guards the pathway picture for DevOps and for role shapes it has not seen. */
import { describe, expect, it } from 'vitest';
import { ddatFramework, devopsFramework, devopsIndex } from '../../../tests/unit/fixtures';
import { indexRole } from '../../lib/model/framework';
import { linkPathway } from '../../lib/model/pathway';
import type { Framework, Role } from '../../lib/model/types';
import { syntheticFramework } from '../../../tests/bench/synthetic';
import { PATHWAY_SIZES, layoutPathway } from './layout';
import { TRAJECTORY_SIZES, layoutTrajectory, rolePaths } from '../trajectory/layout';

const index = devopsIndex();

/** A framework holding one made-up role with the given levels (seniority, track) and one skill. */
function syntheticIndex(levels: [string, number, string | null][]) {
  const base = devopsFramework();
  const summary = { paragraphs: [], responsibilities: [] };
  const linked = linkPathway(
    levels.map(([id, seniority, track]) => ({ id, name: id, seniority, track, summary })),
  );
  const role: Role = {
    id: 'synthetic',
    name: 'Synthetic',
    introduction: [],
    levels: linked,
    skills: [{ id: 'skill', name: 'Skill' }],
    requirements: linked.map((level, i) => ({
      levelId: level.id,
      skillId: 'skill',
      proficiency: base.proficiencies[Math.min(i, 3)].id,
      description: `d${i}`,
      skillName: 'Skill',
    })),
  };
  const framework: Framework = { ...base, roles: [role] };
  return indexRole(framework, role);
}

describe('layoutPathway on DevOps', () => {
  const layout = layoutPathway(index, { showCrossTrack: true });
  const node = (id: string) => layout.nodes.find((n) => n.level.id === id)!;

  it('lays levels out by seniority, the shared lane between the two tracks', () => {
    expect(node('apprentice-devops-engineer').x).toBeLessThan(node('junior-devops-engineer').x);
    expect(node('senior-devops-engineer-technical').x).toBe(node('senior-devops-engineer-management').x);
    expect(node('senior-devops-engineer-technical').y).toBeLessThan(node('devops-engineer').y);
    expect(node('senior-devops-engineer-management').y).toBeGreaterThan(node('devops-engineer').y);
    expect(node('junior-devops-engineer').y).toBe(node('devops-engineer').y);
  });

  it('has the 8 normal steps and the 4 cross-track moves, which can be hidden', () => {
    expect(layout.edges.filter((e) => e.kind === 'next')).toHaveLength(8);
    expect(layout.edges.filter((e) => e.kind === 'cross').map((e) => e.key)).toEqual([
      'senior-devops-engineer-technical>lead-devops-engineer-management',
      'senior-devops-engineer-management>lead-devops-engineer-technical',
      'lead-devops-engineer-technical>principal-devops-engineer-management',
      'lead-devops-engineer-management>principal-devops-engineer-technical',
    ]);
    expect(layoutPathway(index, { showCrossTrack: false }).edges.every((e) => e.kind === 'next')).toBe(true);
  });

  it('labels each step with what it asks for, and names nodes and edges completely', () => {
    const step = layout.edges.find((e) => e.key === 'junior-devops-engineer>devops-engineer')!;
    expect(step.labelLines).toEqual(['1 new', '8 raised', '1 reworded', '9 steps up']);
    expect(step.ariaLabel).toBe(
      'Step to DevOps engineer from Junior DevOps engineer: 1 new · 8 raised · 1 reworded · 9 steps up',
    );
    expect(node('senior-devops-engineer-technical').ariaLabel).toBe(
      'Senior DevOps engineer (technical): asks for 10 of 10 skills; 6 raised · 3 reworded · 6 steps up from DevOps engineer',
    );
    // The label's box (the step's hit area there) holds every line of it; moves across have none.
    const box = step.labelBox!;
    step.labelLines.forEach((line, i) => {
      const y = step.labelY + i * PATHWAY_SIZES.edgeLineHeight;
      expect(y - 9).toBeGreaterThanOrEqual(box.y);
      expect(y + 3).toBeLessThanOrEqual(box.y + box.height);
      expect(box.width).toBeGreaterThanOrEqual(line.length * 6.5);
      expect(box.x + box.width / 2).toBe(step.labelX);
    });
    expect(layout.edges.filter((e) => e.kind === 'cross').every((e) => e.labelBox === null)).toBe(true);
    expect(node('apprentice-devops-engineer').bars.map((b) => b.height)).toEqual([
      6, 2, 6, 6, 6, 6, 6, 2, 2, 2,
    ]);
  });
});

describe('layoutPathway on other shapes', () => {
  it('puts a role with no tracks on one lane', () => {
    const layout = layoutPathway(
      syntheticIndex([
        ['a', 0, null],
        ['b', 1, null],
        ['c', 2, null],
      ]),
      {
        showCrossTrack: true,
      },
    );
    expect(new Set(layout.nodes.map((n) => n.y)).size).toBe(1);
    expect(layout.edges.map((e) => e.key)).toEqual(['a>b', 'b>c']);
  });

  it('forks wherever the tracks begin, here at the second level', () => {
    const layout = layoutPathway(
      syntheticIndex([
        ['a', 0, null],
        ['t1', 1, 'technical'],
        ['m1', 1, 'management'],
        ['m2', 2, 'management'],
      ]),
      { showCrossTrack: true },
    );
    expect(layout.edges.map((e) => `${e.key}:${e.kind}`)).toEqual([
      'a>t1:next',
      'a>m1:next',
      't1>m2:cross',
      'm1>m2:next',
    ]);
  });

  it('keeps nodes about the same width however many skills: the bars share it, none overlapping', () => {
    const devops = layoutPathway(index, { showCrossTrack: true }).nodes[0];
    expect(devops.width).toBe(PATHWAY_SIZES.nodeWidth);
    expect(devops.bars.map((b) => b.width)).toEqual(Array(10).fill(9));
    expect(devops.bars[1].x - devops.bars[0].x).toBe(12);
    for (const [skills, nodeWidth] of [
      [20, PATHWAY_SIZES.nodeWidth],
      [40, PATHWAY_SIZES.nodeWidth],
      [60, 195.25],
    ]) {
      const framework = syntheticFramework({ skills, steps: 10, shared: 3, tracks: 3 });
      const layout = layoutPathway(indexRole(framework, framework.roles[0]), { showCrossTrack: true });
      for (const node of layout.nodes) {
        expect(node.width).toBeCloseTo(nodeWidth, 0);
        expect(node.bars).toHaveLength(skills);
        expect(node.bars[0].x).toBeGreaterThanOrEqual(node.x - node.width / 2 + 8 - 1e-9);
        expect(node.bars.at(-1)!.x + node.bars.at(-1)!.width).toBeLessThanOrEqual(
          node.x + node.width / 2 - 8 + 1e-9,
        );
        node.bars.slice(1).forEach((bar, i) => {
          expect(bar.x).toBeGreaterThan(node.bars[i].x + node.bars[i].width);
        });
        expect(node.bars[0].width).toBeGreaterThanOrEqual(PATHWAY_SIZES.minBarSlot * 0.75);
      }
    }
  });

  it("keeps every step's label inside the picture and clear of the others, three tracks forking at once", () => {
    const framework = syntheticFramework({ skills: 20, steps: 10, shared: 3, tracks: 3 });
    const layout = layoutPathway(indexRole(framework, framework.roles[0]), { showCrossTrack: true });
    const boxes = layout.edges.flatMap((edge) => (edge.labelBox ? [edge.labelBox] : []));
    expect(boxes.length).toBeGreaterThan(20);
    expect(Math.max(...layout.edges.map((edge) => edge.labelLines.length))).toBeGreaterThanOrEqual(5);
    for (const box of boxes) {
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }),
    );
  });

  it('has one level and no steps for a one-level role', () => {
    const layout = layoutPathway(syntheticIndex([['only', 0, null]]), { showCrossTrack: true });
    expect(layout.nodes).toHaveLength(1);
    expect(layout.edges).toEqual([]);
  });
});

describe('level names in full, for every 2025 role', () => {
  // Three lines cut "Senior infrastructure operations engineer" and nine other names short.
  const framework = ddatFramework();
  const whole = (name: string) => name.split(/\s+/).join(' ');

  it("on the pathway's nodes, which grow to hold them", () => {
    let fourLines = 0;
    for (const role of framework.roles) {
      const layout = layoutPathway(indexRole(framework, role), { showCrossTrack: true });
      for (const node of layout.nodes) {
        expect(node.lines.join(' ')).toBe(whole(node.level.name));
        // The name's lines and the bars below them inside the node.
        expect(10 + node.lines.length * PATHWAY_SIZES.labelLineHeight).toBeLessThan(node.height);
        if (node.lines.length === 4) fourLines++;
      }
    }
    expect(fourLines).toBeGreaterThan(0);
  });

  it("under the trajectories' axis, in a margin that holds the longest", () => {
    for (const role of framework.roles) {
      const layout = layoutTrajectory(indexRole(framework, role), { track: null });
      for (const tick of layout.xTicks) {
        const level = role.levels.find((l) => tick.lines.length && whole(l.name) === tick.lines.join(' '));
        expect(level, `${role.id}: ${tick.lines.join(' ')}`).toBeDefined();
        const lastBaseline =
          layout.plot.bottom +
          TRAJECTORY_SIZES.xLabelTop +
          (tick.lines.length - 1) * TRAJECTORY_SIZES.xLabelLineHeight;
        expect(lastBaseline + 4).toBeLessThanOrEqual(layout.height);
      }
    }
  });
});

describe('layoutTrajectory', () => {
  it('keeps every line near its proficiency and every label inside the chart, with 60 skills', () => {
    const framework = syntheticFramework({ skills: 60, steps: 12, shared: 4, tracks: 3 });
    const many = indexRole(framework, framework.roles[0]);
    const layout = layoutTrajectory(many, { track: null });
    const rankStep = (layout.plot.bottom - layout.plot.top - 10) / framework.proficiencies.length;
    const levels = [
      layout.plot.bottom,
      ...framework.proficiencies.map((_, i) => layout.plot.bottom - (i + 1) * rankStep),
    ];
    for (const line of layout.lines)
      for (const point of line.points) {
        const nearest = Math.min(...levels.map((y) => Math.abs(point.y - y)));
        expect(nearest).toBeLessThanOrEqual(Math.min(0.2 * rankStep, TRAJECTORY_SIZES.maxSpread / 2) + 1e-9);
      }
    const ys = layout.labels.map((l) => l.y).sort((a, b) => a - b);
    expect(ys).toHaveLength(60);
    expect(ys[0]).toBeGreaterThanOrEqual(layout.plot.top - 10);
    expect(ys.at(-1)!).toBeLessThanOrEqual(layout.plot.bottom + 0.001);
    ys.slice(1).forEach((y, i) => expect(y - ys[i]).toBeGreaterThanOrEqual(TRAJECTORY_SIZES.labelGap - 1e-9));
    expect(Math.min(...layout.lines.flatMap((line) => line.points.map((p) => p.y)))).toBeGreaterThanOrEqual(
      0,
    );
    // DevOps keeps its size and its lines' spacing.
    expect(
      layoutTrajectory(index, { track: null }).plot.bottom -
        layoutTrajectory(index, { track: null }).plot.top,
    ).toBe(TRAJECTORY_SIZES.plotHeight);
  });

  it('draws the technical path whole and the management path from the fork, dashed', () => {
    const layout = layoutTrajectory(index, { track: null });
    const serviceSupport = layout.lines.filter((l) => l.skill.id === 'service-support');
    expect(serviceSupport.map((l) => [l.track, l.dashed, l.points.length])).toEqual([
      ['technical', false, 6],
      ['management', true, 4],
    ]);
    expect(serviceSupport[1].points[0].level.id).toBe('devops-engineer');
    expect(layout.linesOf.get('service-support')).toEqual(serviceSupport);
    expect([...layout.linesOf.keys()]).toHaveLength(10);
  });

  it('has one label per skill, in the plot, never overlapping', () => {
    const { labels, plot } = layoutTrajectory(index, { track: null });
    expect(labels).toHaveLength(10);
    const ys = labels.map((l) => l.y).sort((a, b) => a - b);
    ys.slice(1).forEach((y, i) => expect(y - ys[i]).toBeGreaterThanOrEqual(TRAJECTORY_SIZES.labelGap));
    expect(ys[0]).toBeGreaterThanOrEqual(plot.top - 20);
    expect(ys.at(-1)!).toBeLessThanOrEqual(plot.bottom + 0.001);
  });

  it('widens when a skill name would not fit beside the lines, and only then', () => {
    const { labels, width } = layoutTrajectory(index, { track: null });
    const longest = labels.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    expect(longest.text).toBe('Programming and build (software engineering)');
    expect(width).toBeGreaterThanOrEqual(longest.x + longest.text.length * TRAJECTORY_SIZES.labelCharWidth);
    expect(width).toBeGreaterThan(TRAJECTORY_SIZES.width);
    const short = syntheticIndex([
      ['a', 1, null],
      ['b', 2, null],
    ]);
    expect(layoutTrajectory(short, { track: null }).width).toBe(TRAJECTORY_SIZES.width);
  });

  it('names each skill with every level on its paths', () => {
    const name = layoutTrajectory(index, { track: 'technical' }).skillNames.get('service-support');
    expect(name).toBe(
      'Service support, technical path: Apprentice DevOps engineer awareness, Junior DevOps engineer working, DevOps engineer practitioner, Senior DevOps engineer (technical) expert, Lead DevOps engineer (technical) expert, Principal DevOps engineer (technical) expert',
    );
  });

  it('orders proficiency upwards with "not required" as the baseline', () => {
    const { yTicks } = layoutTrajectory(index, { track: null });
    expect(yTicks.map((t) => t.label)).toEqual([
      'not required',
      'Awareness',
      'Working',
      'Practitioner',
      'Expert',
    ]);
    const ys = yTicks.map((t) => t.y);
    expect([...ys].sort((a, b) => b - a)).toEqual(ys);
  });

  it('has a single path for a role with no tracks', () => {
    expect(
      rolePaths(
        syntheticIndex([
          ['a', 0, null],
          ['b', 1, null],
        ]),
        null,
      ),
    ).toHaveLength(1);
  });
});

/** Guards the pathway's keyboard order: reading order along the path, and moves between lanes. */
import { describe, expect, it } from 'vitest';
import { devopsIndex } from '../../../tests/unit/fixtures';
import { layoutPathway } from './layout';
import { levelMark, navMark, pathwayMarks, stepMark } from './pathwayKeys';

const layout = layoutPathway(devopsIndex(), { showCrossTrack: true });
const marks = pathwayMarks(layout);
const keys = marks.map((mark) => mark.key);
const senior = (track: string) => levelMark(`senior-devops-engineer-${track}`);

describe('pathwayMarks', () => {
  it('holds every level and every step once', () => {
    expect(keys.length).toBe(layout.nodes.length + layout.edges.length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads along the path: each level, then the steps that leave it, before the levels they reach', () => {
    expect(keys.slice(0, 7)).toEqual([
      levelMark('apprentice-devops-engineer'),
      stepMark('apprentice-devops-engineer>junior-devops-engineer'),
      levelMark('junior-devops-engineer'),
      stepMark('junior-devops-engineer>devops-engineer'),
      levelMark('devops-engineer'),
      stepMark('devops-engineer>senior-devops-engineer-technical'),
      stepMark('devops-engineer>senior-devops-engineer-management'),
    ]);
    for (const edge of layout.edges) {
      const at = keys.indexOf(stepMark(edge.key));
      expect(keys.indexOf(levelMark(edge.from.id))).toBeLessThan(at);
      expect(keys.indexOf(levelMark(edge.to.id))).toBeGreaterThan(at);
    }
    // The upper lane before the lower one in each column.
    expect(keys.indexOf(senior('technical'))).toBeLessThan(keys.indexOf(senior('management')));
  });
});

describe('navMark', () => {
  it('goes along the path with left and right, and stops at its ends', () => {
    expect(navMark(marks, keys[0], 'right')).toBe(keys[1]);
    expect(navMark(marks, keys[1], 'left')).toBe(keys[0]);
    expect(navMark(marks, keys[0], 'left')).toBeUndefined();
    expect(navMark(marks, keys[keys.length - 1], 'right')).toBeUndefined();
    expect(navMark(marks, keys[4], 'first')).toBe(keys[0]);
    expect(navMark(marks, keys[4], 'last')).toBe(keys[keys.length - 1]);
  });

  it('goes between lanes with up and down, to the same column', () => {
    expect(navMark(marks, senior('technical'), 'down')).toBe(senior('management'));
    expect(navMark(marks, senior('management'), 'up')).toBe(senior('technical'));
    const top = marks.reduce((a, b) => (b.y < a.y ? b : a));
    const bottom = marks.reduce((a, b) => (b.y > a.y ? b : a));
    expect(navMark(marks, top.key, 'up')).toBeUndefined();
    expect(navMark(marks, bottom.key, 'down')).toBeUndefined();
    expect(navMark(marks, senior('management'), 'down')).toBeUndefined();
  });

  it('starts from the first mark when the one it knew is gone', () => {
    expect(navMark(marks, 'level:gone', 'right')).toBe(keys[0]);
  });
});

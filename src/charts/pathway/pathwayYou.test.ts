/** The person on the pathway: a ring per level that fills with what they meet, its words, and which level is nearer. */
import { describe, expect, it } from 'vitest';
import { devopsIndex } from '../../../tests/unit/fixtures';
import { ratingsFromLevel } from '../../lib/model/gap';
import { layoutPathway, PATHWAY_YOU_ROOM } from './layout';
import { YOU_RING, pathwayYou } from './pathwayYou';

const index = devopsIndex();
const devopsEngineer = index.role.levels.find((l) => l.name === 'DevOps engineer')!;
const layout = layoutPathway(index, { showCrossTrack: true, youRoom: true });
const marks = pathwayYou(index, ratingsFromLevel(index, devopsEngineer), layout.nodes);

describe('pathwayYou', () => {
  it('marks the level reached, and the nearer of the next levels with by how much', () => {
    expect(marks.get(devopsEngineer.id)).toMatchObject({ role: 'reached', text: '✓' });
    expect(marks.get('senior-devops-engineer-technical')).toMatchObject({
      role: 'nearer',
      text: '6',
      words: 'you meet 4 of 10; 6 steps short in 6 skills; the nearer next level, by 1 step',
    });
    expect(marks.get('senior-devops-engineer-management')).toMatchObject({ role: 'next', text: '7' });
    expect(marks.get('lead-devops-engineer-technical')?.role).toBeNull();
  });

  it('draws each ring above its level, in the room the layout leaves for it', () => {
    const plain = layoutPathway(index, { showCrossTrack: true });
    expect(layout.height - plain.height).toBe(PATHWAY_YOU_ROOM);
    for (const node of layout.nodes) {
      const mark = marks.get(node.level.id)!;
      expect(mark.cx).toBe(node.x);
      expect(mark.cy + YOU_RING.radius).toBeLessThan(node.y - node.height / 2);
      expect(mark.cy - YOU_RING.radius).toBeGreaterThanOrEqual(0);
    }
  });

  it('fills no ring where nothing is met, and the whole ring where all is', () => {
    const none = pathwayYou(index, [], layout.nodes);
    expect(none.get('senior-devops-engineer-technical')!.arc).toBe('');
    // A full ring is a closed annulus: two arcs, outer and inner.
    expect(marks.get(devopsEngineer.id)!.arc.match(/A/g)?.length).toBeGreaterThanOrEqual(2);
  });
});

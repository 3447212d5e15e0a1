// @vitest-environment jsdom
/**
 * The team's heatmap and its moves: worked out at once for a small team, a few hundred people a
 * frame for a large one (the page never blocked for long), and the same either way.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import devops from '../../../static/data/devops-engineer-2020.json';
import { withTeam } from '../../../tests/unit/fixtures';
import { validateFramework } from '../model/schema';
import { compareDates } from '../model/teamDelta';
import { teamGrid } from '../model/teamGrid';
import { Explorer } from './explorer.svelte';
import { LARGE_TEAM } from './team.svelte';

afterEach(() => vi.unstubAllGlobals());

function teamOf(people: number) {
  vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => setTimeout(() => run(0), 0));
  const explorer = new Explorer();
  // (The framework imported, not read from disk: effects run in this test's browser-like page.)
  explorer.load(validateFramework(devops));
  const team = withTeam(explorer, people, 2);
  return { explorer, team, index: explorer.index! };
}

/** Waits, frame after frame, until `done()` (or gives up). */
async function until(done: () => boolean, frames = 200) {
  for (let i = 0; i < frames && !done(); i++) {
    flushSync();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  flushSync();
}

describe('Team', () => {
  it('works a small team out at once: its grid and what moved between its first and last dates', () => {
    const { team, index } = teamOf(6);
    expect(team.dates).toEqual(['2026-01-01', '2026-04-01']);
    expect(team.working).toBe(false);
    expect(team.grid?.grid).toEqual(teamGrid(index, team.people));
    expect(team.deltaWorking).toBe(false);
    expect(team.delta).toEqual(compareDates(index, team.people, '2026-01-01', '2026-04-01'));
    // The later date first compares nothing.
    team.movedFrom = '2026-04-01';
    team.movedTo = '2026-01-01';
    expect(team.delta).toBeUndefined();
  });

  it('works a large team out a few hundred people a frame, to the same grid and moves', async () => {
    const { explorer, team, index } = teamOf(LARGE_TEAM + 40);
    const stop = $effect.root(() => {
      // As the page reads them.
      $effect(() => void [team.grid, team.delta]);
    });
    flushSync();
    expect(team.working).toBe(true);
    expect(team.grid).toBeUndefined();
    expect(team.deltaWorking).toBe(true);
    await until(() => !team.working && !team.deltaWorking);
    expect(team.grid?.grid).toEqual(teamGrid(index, team.people));
    expect(team.delta).toEqual(compareDates(index, team.people, '2026-01-01', '2026-04-01'));
    expect(team.delta!.people.length).toBeGreaterThan(50);
    // Everyone against one level: worked out again, in steps, for that level.
    explorer.teamAgainst = 'senior-devops-engineer-technical';
    flushSync();
    expect(team.working).toBe(true);
    await until(() => !team.working && !team.deltaWorking);
    expect(team.grid?.against?.id).toBe('senior-devops-engineer-technical');
    expect(team.delta).toEqual(
      compareDates(index, team.people, '2026-01-01', '2026-04-01', 'senior-devops-engineer-technical'),
    );
    stop();
  });
});

/**
 * Steps on a framework's proficiency scale, the one definition every count of "how much more" is
 * worded from: a skill not asked for is step 0, the scale's proficiencies steps 1, 2, … by rank.
 * A change from one level to the next, or between two columns, moves a skill by the difference
 * (`Change.move`).
 * A count of skills alone misleads (six skills each raised one step ask less than five raised one
 * step and one raised two), so the steps go beside it: "6 raised · 7 steps up". Pure.
 */
import { count } from './count';

/** The steps up and down over a set of changes: raised and new count up, lowered and dropped down. */
export function changeSteps(changes: Iterable<{ move: number }>): { up: number; down: number } {
  let up = 0;
  let down = 0;
  for (const change of changes) {
    if (change.move > 0) up += change.move;
    else down -= change.move;
  }
  return { up, down };
}

/**
 * The steps as parts, up then down, each short enough for a line of a matrix column's header:
 * ["7 steps up"], ["1 step up", "2 steps down"], or [] when nothing moved.
 */
export function stepsParts({ up, down }: { up: number; down: number }): string[] {
  return [up > 0 ? `${count(up, 'step')} up` : '', down > 0 ? `${count(down, 'step')} down` : ''].filter(
    Boolean,
  );
}

/** "7 steps up", "1 step up · 2 steps down", or '' when nothing moved. */
export const stepsWords = (steps: { up: number; down: number }): string => stepsParts(steps).join(' · ');

/**
 * Which of two columns asks for more in all, in steps: positive when `a` asks for more. Each skill
 * counts the difference of its steps (not asked: 0), so a skill only one side asks for counts too.
 */
export function totalStepsApart(skills: { aRank: number; bRank: number }[]): number {
  return skills.reduce((sum, s) => sum + s.aRank - s.bRank, 0);
}

/**
 * Every quantity the app puts into words, defined once. Each view, table twin, slide, speaker note
 * and CSV words these from the functions named here, and nothing else counts them; the unit tests
 * beside this file check each against the DevOps data by hand, and a property test checks, for
 * random frameworks, assessments and teams, that every sentence's numbers are these.
 *
 * - **A step.** A framework's proficiencies are steps 1, 2, … in the order of their ranks; a skill
 *   not asked for (or rated "not yet") is step 0.
 * - **Steps raised and lowered**, from one level to another (`changeSteps`): each skill moves by
 *   the difference of its steps; raised and new add up, lowered and dropped down. Beside every
 *   count of changed skills ("6 raised · 7 steps up"), since a count alone misleads.
 * - **Which of two columns asks for more** (`totalStepsApart`): the sum over every skill of the
 *   difference of its steps, a skill one side does not ask for counting too.
 * - **Steps short and met**, of ratings against a level (`levelGap`): a skill the level asks for is
 *   met when the rating is at or above it, else short by the difference; the gap is the sum.
 * - **The level reached** (`levelReached`): the most senior level whose every skill the ratings
 *   meet (a level that asks for nothing reaches nothing).
 * - **The nearer track** (`compareNext`): of the next level on each track from the level held, the
 *   one fewest steps short, and by how many; none when they are as far.
 * - **Coverage** of a skill in a team (`coverageOf`): how many hold it at practitioner or above
 *   (the scale's second-highest where it has no practitioner): none, only one, or more.
 * - **Moved**, between two dates (`compareDates`): among the people assessed by both dates only,
 *   as each stood on each date; those first assessed later are counted apart.
 * - **A move to another role**: its cost (`moveCost`: the steps short of everything the other
 *   level asks, what is exceeded costing nothing) and its direction (`moveDirection` of the two
 *   levels' `levelWeight`, the mean step of what each asks: sideways within a quarter of a step).
 */
export { changeSteps, totalStepsApart } from './steps';
export { levelGap, levelReached, compareNext } from './gap';
export { coverageOf } from './coverage';
export { compareDates } from './teamDelta';
export { moveCost, moveDirection, levelWeight, SIDEWAYS_BAND } from './closeness';

/**
 * Coverage, the one definition the heatmap, its summaries, "At a glance", the table, the CSV and the
 * slides all word from. Light and pure: the chart registry reads it with the first page.
 */

/**
 * How well the team covers a skill: held at practitioner or above (the grid's `strongAt`) by nobody
 * (`none`: the team cannot do it without help, the stronger warning), by one person (`one`: a
 * single point of failure), or by two or more.
 */
export type Coverage = 'none' | 'one' | 'covered';
export const coverageOf = (skill: { strong: number }): Coverage =>
  skill.strong === 0 ? 'none' : skill.strong === 1 ? 'one' : 'covered';

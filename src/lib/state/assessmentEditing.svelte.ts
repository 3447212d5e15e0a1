/**
 * Filling in a self-assessment: a rating or a note per skill, starting from a level's requirements,
 * the level held and the target, whose it is and who rated it, dated snapshots, and taking out the
 * ratings that no longer match the role once the person says so. Every change is kept as
 * assessmentKeeping.svelte.ts says.
 */
import {
  assessmentOf,
  belongsElsewhere,
  findSkill,
  matchRatings,
  type Assessment,
  type AssessmentRating,
  type AssessmentSource,
  unmatched,
} from '../model/assessment';
import { saveSnapshot } from '../model/assessmentHistory';
import { ratingsFromLevel } from '../model/gap';
import { KeptAssessment, today } from './assessmentKeeping.svelte';

export { unmatched } from '../model/assessment';

/** The self-assessment as the person fills it in. */
export class EditedAssessment extends KeptAssessment {
  /** The assessment's ratings as they meet the role now, and those that no longer match (Explorer.you). */
  you = $derived.by(() => {
    const { assessment, index } = this.explorer;
    // Only the role's own: for a moment after a role switch, the last role's is still being replaced.
    return assessment && index && !belongsElsewhere(index, assessment)
      ? matchRatings(index, assessment)
      : null;
  });

  /** The current assessment with one skill's rating changed by `change`; today's date. */
  #withRating(
    base: Assessment | null,
    skillId: string,
    change: (rating: AssessmentRating) => AssessmentRating,
  ): Assessment {
    const index = this.index;
    const skill = index.skill(skillId)!;
    const current = base ?? this.fresh();
    // The rating of this skill, under its id or (from an older framework) found by its name.
    const same = (r: AssessmentRating) =>
      r.skill === skillId || (!index.skill(r.skill) && findSkill(index.role, r.skillName)?.id === skillId);
    const old = current.ratings.find(same) ?? { skill: skillId, skillName: skill.name, proficiency: null };
    const updated = { ...change(old), skill: skillId, skillName: skill.name };
    const ratings = current.ratings.some(same)
      ? current.ratings
          .map((r) => (same(r) ? updated : r))
          .filter((r, i, all) => !same(r) || all.indexOf(r) === i)
      : [...current.ratings, updated];
    return { ...current, date: today(), ratings };
  }

  /** A change to the current assessment (a new one if there is none). */
  protected edit(change: (current: Assessment) => Assessment, done?: string): Promise<boolean> {
    return this.change((r) => ({ ...r, current: change(r.current ?? this.fresh()) }), done);
  }

  async begin(): Promise<void> {
    this.at = 'form';
    await this.edit((current) => current);
  }

  async rate(skillId: string, proficiency: string | null): Promise<void> {
    this.at = 'form';
    await this.change((r) => ({
      ...r,
      current: this.#withRating(r.current, skillId, (rating) => ({ ...rating, proficiency })),
    }));
  }

  async note(skillId: string, text: string): Promise<void> {
    this.at = 'form';
    await this.change((r) => ({
      ...r,
      current: this.#withRating(r.current, skillId, (rating) => {
        const rest = { ...rating };
        delete rest.note;
        return text.trim() === '' ? rest : { ...rest, note: text };
      }),
    }));
  }

  /** "I am a DevOps engineer today": every skill at that level's requirement, notes kept. */
  async startFrom(levelId: string): Promise<void> {
    this.at = 'form';
    const index = this.index;
    const level = index.level(levelId);
    if (!level) return;
    await this.edit((current) => {
      const notes = new Map(matchRatings(index, current).ratings.map((r) => [r.skillId, r.note])); // eslint-disable-line svelte/prefer-svelte-reactivity -- read once here
      const ratings = ratingsFromLevel(index, level).map((r) => ({
        ...r,
        ...(notes.get(r.skillId) ? { note: notes.get(r.skillId) } : {}),
      }));
      // The level started from is the level they hold today, unless they said another.
      return {
        ...assessmentOf(index, ratings, {
          person: current.person,
          source: current.source,
          target: current.target,
          date: today(),
        }),
        held: levelId,
      };
    });
  }

  /** "The level I hold today": the gap is measured from it (null: not said, from the level reached). */
  async setHeld(levelId: string | null): Promise<void> {
    this.at = 'form';
    await this.edit((current) => ({ ...current, held: levelId }));
  }

  async setTarget(levelId: string | null): Promise<void> {
    this.at = 'form';
    await this.edit((current) => ({ ...current, target: levelId }));
  }

  async setPerson(person: string): Promise<void> {
    this.at = 'form';
    await this.edit((current) => ({ ...current, person: person.slice(0, 300) }));
  }

  async setSource(source: AssessmentSource): Promise<void> {
    this.at = 'form';
    await this.edit((current) => ({ ...current, source }));
  }

  /** Keeps the assessment as it is today as a snapshot (saving again today replaces today's). */
  async snapshot(): Promise<void> {
    this.at = 'history';
    const date = today();
    await this.change((r) => {
      const current = { ...(r.current ?? this.fresh()), date };
      return { ...r, current, snapshots: saveSnapshot(r.snapshots, current) };
    }, `Saved a snapshot dated ${date}.`);
  }

  async removeSnapshot(snapshot: Assessment): Promise<void> {
    this.at = 'history';
    const other = (s: Assessment) => !(s.date === snapshot.date && s.source === snapshot.source);
    await this.change(
      (r) => ({ ...r, snapshots: r.snapshots.filter(other) }),
      `Removed the snapshot dated ${snapshot.date}.`,
    );
  }

  /** Takes out the ratings that no longer match the role (the person has read the list and said so). */
  async dropMismatches(): Promise<void> {
    this.at = 'form';
    const index = this.index;
    await this.edit((current) => {
      const gone = matchRatings(index, current)
        .mismatches.filter(unmatched)
        .map((m) => m.rating);
      return { ...current, ratings: current.ratings.filter((r) => !gone.includes(r)) };
    });
  }
}

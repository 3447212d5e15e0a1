import { getContext, setContext } from 'svelte';
import type { Framework, Level } from '../model/types';
import { indexRole, visibleLevels } from '../model/framework';
import type { AppliedTheme, Theme, ViewName, ViewState } from './viewState';
import type { ChartKind } from '../charts/kinds';
import type { ColumnRef } from '../model/compare';
import { compareColumns, defaultComparePair } from '../model/compare';
import type { ChartContext } from '../charts/types';
import type { CatalogueEntry } from '../model/catalogue';
import { builtInFramework, withLevelOrders } from './library';
import { VIEW_DEFAULTS, VIEW_PARAMS, defaultViewState } from './viewState';
import { viewSpec } from './views';
import type { Assessment, Mismatch } from '../model/assessment';
import type { Rating } from '../model/gap';
import { YOU_ID } from '../model/you';
import type { SelfAssessment } from './selfAssessment.svelte';
import type { Team } from './team.svelte';
import type { Versions } from './versions.svelte';
import type { VersionChanges } from '../model/versionDiff';
import type { Drafts } from './draftEditing.svelte';

/** A thing the detail panel can show: a cell (both ids), a level, a skill, or the role (neither). */
export interface Target {
  levelId: string | null;
  skillId: string | null;
  /** With levelId: a step of the pathway, from this level to levelId. */
  fromLevelId?: string | null;
}

/**
 * The one state object of the app: what is loaded and what the person is looking at.
 * Views read it and call its methods; they keep no copies. The URL mirrors `view`.
 */
export class Explorer {
  framework = $state.raw<Framework | null>(null);
  /** The built-in frameworks (not loaded until needed) and those a person loaded. */
  catalogue = $state.raw<CatalogueEntry[]>([]);
  userFrameworks = $state.raw<Framework[]>([]);
  /** Why the last switch or load failed; what was shown stays. */
  problem = $state<string | null>(null);
  /** What trying again does, for a problem that a second try may mend (a framework not fetched). */
  retry = $state.raw<(() => void) | null>(null);
  busy = $state<string | null>(null);
  view = $state<ViewName>(VIEW_DEFAULTS.view);
  roleId = $state('');
  track = $state<string | null>(VIEW_DEFAULTS.track);
  showChanges = $state<boolean>(VIEW_DEFAULTS.showChanges);
  showGap = $state<boolean>(VIEW_DEFAULTS.showGap);
  levelId = $state<string | null>(VIEW_DEFAULTS.levelId);
  skillId = $state<string | null>(VIEW_DEFAULTS.skillId);
  fromLevelId = $state<string | null>(VIEW_DEFAULTS.fromLevelId);
  asTable = $state<boolean>(VIEW_DEFAULTS.asTable);
  showCrossTrack = $state<boolean>(VIEW_DEFAULTS.showCrossTrack);
  present = $state<ChartKind | null>(VIEW_DEFAULTS.present);
  /** The deck's charts, in order, or null for every chart that applies (charts/deck.ts). */
  deck = $state.raw<ChartKind[] | null>(VIEW_DEFAULTS.deck);
  theme = $state<Theme>(VIEW_DEFAULTS.theme);
  /** The device's light or dark setting, which the 'system' theme follows (location.svelte.ts). */
  deviceTheme = $state<'light' | 'dark'>('light');
  /** The theme as drawn. */
  appliedTheme: AppliedTheme = $derived(this.theme === 'system' ? this.deviceTheme : this.theme);
  compareA = $state.raw<ColumnRef | null>(VIEW_DEFAULTS.compareA);
  compareB = $state.raw<ColumnRef | null>(VIEW_DEFAULTS.compareB);
  moveFrom = $state<string | null>(VIEW_DEFAULTS.moveFrom);
  moveBudget = $state<number>(VIEW_DEFAULTS.moveBudget);
  moveSkill = $state<string | null>(VIEW_DEFAULTS.moveSkill);
  mapAll = $state<boolean>(VIEW_DEFAULTS.mapAll);
  mapRoles = $state<string | null>(VIEW_DEFAULTS.mapRoles);
  teamAgainst = $state<string | null>(VIEW_DEFAULTS.teamAgainst);
  teamSort = $state<string>(VIEW_DEFAULTS.teamSort);
  teamGroup = $state<'none' | 'target' | 'reached'>(VIEW_DEFAULTS.teamGroup);
  teamShort = $state<boolean>(VIEW_DEFAULTS.teamShort);
  since = $state<string | null>(VIEW_DEFAULTS.since);
  draft = $state<string | null>(VIEW_DEFAULTS.draft);
  /** The drafts of the editor (state/draftEditing.svelte.ts, made with that view): never in the URL. */
  drafts = $state.raw<Drafts | null>(null);
  /** "What changed" (state/versions.svelte.ts, made with the compare view): never in the URL. */
  versions = $state.raw<Versions | null>(null);
  /** Two versions shown by "What changed" in place of `versions`' (the editor's draft and its start). */
  versionsShown = $state.raw<VersionChanges | null>(null);
  /** The team loaded in "Team" (state/team.svelte.ts, loaded with that view): never in the URL. */
  team = $state.raw<Team | null>(null);
  /** Where the pointer is, and where keyboard focus is in a chart: transient, not in the URL. */
  hover = $state<Target | null>(null);
  focus = $state<Target | null>(null);
  /** A skill pointed at in a list (not a chart): highlighted everywhere without changing the detail shown. */
  pointedSkillId = $state<string | null>(null);
  /** What a loaded URL asked for that could not be shown. */
  notices = $state<string[]>([]);
  loadError = $state<string | null>(null);
  /**
   * False while the page is the prerendered one, until the app has hydrated it (src/boot.ts): its
   * form controls are drawn as stand-ins until the app can answer them. A page with no form controls
   * paints sooner: once the page is parsed, Chromium checks every form control on it, laying the page
   * out again.
   */
  interactive = $state(true);
  /**
   * True once the app is live (`data-ready`) and the browser has had an idle moment (src/boot.ts):
   * what the first view does not draw (the self-assessment's keeper and what it brings) loads then,
   * not before the page answers.
   */
  settled = $state(false);
  /** The chart chosen for printing; the print stylesheet shows it alone. */
  printChart = $state<ChartKind | null>(null);
  /** What printing shows: the chart being presented, else the one chosen, else the view's (VIEW_TABLE). */
  printTarget: ChartKind = $derived(this.present ?? this.printChart ?? viewSpec(this.view).print);

  role = $derived(this.framework?.roles.find((role) => role.id === this.roleId) ?? this.framework?.roles[0]);
  index = $derived(this.framework && this.role ? indexRole(this.framework, this.role) : undefined);
  levels: Level[] = $derived(this.role ? visibleLevels(this.role, this.track) : []);
  /**
   * The person's self-assessment of the role shown, as kept in this browser (state/selfAssessment),
   * or null: never in the URL, never sent anywhere.
   */
  assessment = $state.raw<Assessment | null>(null);
  /**
   * The name a career conversation's page is printed with, as typed in "Where do I stand?" ('' for
   * "Anonymous"): personal, so never in the URL, never kept.
   */
  conversationName = $state('');
  /** What fills in, keeps and moves the assessment: loaded after the first paint. */
  selfAssessment = $state.raw<SelfAssessment | null>(null);
  /** Its ratings as they meet the role now, and those that no longer match (kept, and said). */
  // Worked out by the keeper (loaded later), so that matching names is not part of the first load.
  get you(): { ratings: Rating[]; mismatches: Mismatch[] } | null {
    return this.selfAssessment?.you ?? null;
  }
  /** The ratings the charts draw as "You", with the gap to each level: when there are any and it is on. */
  youShown: Rating[] | undefined = $derived(this.showGap && this.you ? this.you.ratings : undefined);
  /**
   * Whether the page draws change marks (NEW, ▲1, ✎): the explore view's matrix with changes on,
   * unless your gap takes the marks' place. Their key is shown only then.
   */
  changeMarksDrawn = $derived(this.showChanges && this.view === 'explore' && !this.youShown);
  selection: Target = $derived({
    levelId: this.levelId,
    skillId: this.skillId,
    fromLevelId: this.fromLevelId,
  });
  /** The skill highlighted in every view: the one pointed at or focused, else the selected one. */
  highlightedSkillId = $derived(
    this.pointedSkillId ??
      (this.hover ? this.hover.skillId : this.focus ? this.focus.skillId : null) ??
      this.skillId,
  );
  /** The compare pair in force: the chosen one, else the role's default. */
  comparePair = $derived.by(() => {
    if (!this.framework) return undefined;
    const usable = (ref: ColumnRef) => ref.levelId !== YOU_ID || this.you !== null;
    if (this.compareA && this.compareB && usable(this.compareA) && usable(this.compareB))
      return { a: this.compareA, b: this.compareB };
    return defaultComparePair(this.framework, this.roleId);
  });
  comparison = $derived(
    this.framework && this.comparePair
      ? compareColumns(
          this.framework,
          this.comparePair.a,
          this.comparePair.b,
          this.index && this.you ? { index: this.index, ratings: this.you.ratings } : undefined,
        )
      : undefined,
  );
  /** What a chart's title, legend and export depend on: the role and the view as it is now. */
  chartContext: ChartContext | undefined = $derived.by(() => {
    if (!this.index) return undefined;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter below needs the instance
    const explorer = this;
    return {
      index: this.index,
      levels: this.levels,
      track: this.track,
      showChanges: this.showChanges,
      showCrossTrack: this.showCrossTrack,
      you: this.youShown,
      youTarget: this.assessment?.target ?? null,
      youHeld: this.assessment?.held ?? null,
      youName: this.conversationName.trim(),
      youDate: this.assessment?.date,
      moveFrom: this.moveFrom,
      moveBudget: this.moveBudget,
      mapAll: this.mapAll,
      mapRoles: this.mapRoles,
      // Getters: only the team heatmap needs the team, and the compare charts the comparison, so
      // the others do not pay for them.
      get team() {
        return explorer.team?.shown;
      },
      get comparison() {
        return explorer.comparison;
      },
      get versions() {
        return explorer.versionsShown ?? explorer.versions?.shown;
      },
    };
  });
  /** What the detail panel shows: the pointer first, then keyboard focus, then the selection. */
  detail: Target = $derived(this.hover ?? this.focus ?? this.selection);

  /** The view as a plain object, one field per link parameter (VIEW_PARAMS): what the URL holds. */
  get viewState(): ViewState {
    const view: Record<string, unknown> = {};
    for (const { key } of VIEW_PARAMS) {
      view[key] = key === 'frameworkId' ? (this.framework?.id ?? '') : this[key];
    }
    return view as unknown as ViewState;
  }

  load(framework: Framework, view: ViewState = defaultViewState(framework)): void {
    this.framework = framework;
    this.apply(view);
  }

  /** Shows a view: every field a link can set, from `view`; what is pointed at or focused is let go. */
  apply(view: ViewState): void {
    const fields = this as unknown as Record<string, unknown>;
    for (const { key } of VIEW_PARAMS) if (key !== 'frameworkId') fields[key] = view[key];
    this.hover = null;
    this.focus = null;
    this.pointedSkillId = null;
  }

  setComparePair(a: ColumnRef, b: ColumnRef): void {
    this.compareA = a;
    this.compareB = b;
  }

  /** A framework by id: a loaded one, or a built-in one fetched now; with level-order corrections. */
  async frameworkById(id: string): Promise<Framework> {
    const user = this.userFrameworks.find((framework) => framework.id === id);
    if (user) return withLevelOrders(user);
    const entry = this.catalogue.find((item) => item.id === id);
    if (!entry) throw new Error(`There is no framework "${id}".`);
    return withLevelOrders(await builtInFramework(entry));
  }

  /** Counts the role switches asked for, so that only the last one asked lands. */
  #roleRequests = 0;

  /**
   * Shows a role of any framework, keeping the view's settings; on failure nothing changes. The last
   * choice wins: a framework that arrives after the person has chosen another role is not shown.
   */
  async showRole(frameworkId: string, roleId: string): Promise<void> {
    const request = ++this.#roleRequests;
    this.busy = 'Loading the framework…';
    try {
      const framework =
        frameworkId === this.framework?.id ? this.framework : await this.frameworkById(frameworkId);
      if (request !== this.#roleRequests) return;
      const keep = this.viewState;
      this.framework = framework;
      this.apply({
        ...defaultViewState(framework),
        view: keep.view,
        roleId: framework.roles.some((role) => role.id === roleId) ? roleId : framework.roles[0].id,
        showChanges: keep.showChanges,
        showGap: keep.showGap,
        moveBudget: keep.moveBudget,
        asTable: keep.asTable,
        showCrossTrack: keep.showCrossTrack,
        theme: keep.theme,
        // The draft open in the editor stays open whatever role the masthead shows.
        draft: keep.draft,
      });
      this.problem = null;
      this.retry = null;
    } catch (error) {
      if (request === this.#roleRequests) {
        this.problem = (error as Error).message;
        this.retry = () => void this.showRole(frameworkId, roleId);
      }
    } finally {
      if (request === this.#roleRequests) this.busy = null;
    }
  }

  /** Opens a level of a role of this framework in the explore view, selected. */
  async openLevel(roleId: string, levelId: string): Promise<void> {
    if (!this.framework) return;
    await this.showRole(this.framework.id, roleId);
    this.view = 'explore';
    this.select({ levelId, skillId: null });
  }

  /** Shows two columns (either may be YOU_ID) side by side in the compare view. */
  compare(a: ColumnRef, b: ColumnRef): void {
    this.setComparePair(a, b);
    this.view = 'compare';
  }

  select(target: Target): void {
    // "You" is not a level to select: choosing your own rating of a skill selects the skill.
    this.levelId = target.levelId === YOU_ID ? null : target.levelId;
    this.skillId = target.skillId;
    this.fromLevelId = target.fromLevelId ?? null;
    this.pointedSkillId = null;
  }

  /** Shows one track (or all, with null); a selected level the filter hides is let go. */
  setTrack(track: string | null): void {
    this.track = track;
    const level = this.levelId ? this.index?.level(this.levelId) : undefined;
    if (level && track !== null && level.track !== null && level.track !== track) this.levelId = null;
  }
}

const KEY = Symbol('explorer');

export function setExplorer(explorer: Explorer): Explorer {
  return setContext(KEY, explorer);
}

/** The context under which components find the Explorer: for mounting a chart outside the app (exports). */
export function explorerContext(explorer: Explorer): Map<symbol, Explorer> {
  // A context map for mount(), read once; it is not state, so it need not be reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  return new Map([[KEY, explorer]]);
}

export function getExplorer(): Explorer {
  return getContext<Explorer>(KEY);
}

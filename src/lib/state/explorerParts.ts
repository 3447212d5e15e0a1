/**
 * What the self-assessment keeper and the team read of the Explorer, and write: the Explorer holds
 * them and they hold it, so each depends on this description of it, not on the class (no circle of
 * imports). The Explorer has every member here.
 */
import type { Assessment } from '../model/assessment';
import type { CatalogueEntry } from '../model/catalogue';
import type { RoleIndex } from '../model/framework';
import type { Framework } from '../model/types';
import type { ViewState } from './viewState';

interface Frameworks {
  readonly framework: Framework | null;
  readonly index: RoleIndex | undefined;
  readonly catalogue: CatalogueEntry[];
  readonly userFrameworks: Framework[];
  frameworkById(id: string): Promise<Framework>;
}

/** What SelfAssessment needs: the assessment shown (which it sets), and the frameworks and view. */
export interface KeeperHost extends Frameworks {
  assessment: Assessment | null;
  readonly viewState: ViewState;
}

/** What Team needs: the frameworks, and how the team view is arranged. */
export interface TeamHost extends Frameworks {
  readonly teamAgainst: string | null;
  readonly teamSort: string;
  readonly teamGroup: 'none' | 'target' | 'reached';
  readonly teamShort: boolean;
  showRole(frameworkId: string, roleId: string): Promise<void>;
}

/**
 * A draft published: checked as the loader checks a file, kept with the frameworks a person loaded
 * (never over another), and shown by every view; or exported as the app's JSON.
 */
import type { Draft } from '../model/draft';
import { publishedFramework } from '../model/draft';
import { serialiseFramework } from '../model/serialise';
import { slugify } from '../model/slug';
import type { Framework } from '../model/types';
import type { CatalogueEntry } from '../model/catalogue';
import { storeUserFramework } from './library';

export interface PublishHost {
  readonly catalogue: CatalogueEntry[];
  userFrameworks: Framework[];
}

const today = () => new Date().toISOString().slice(0, 10);

/** Publishes a draft under `name`: the framework shown, and why it is not kept, if it is not. */
export async function publishDraft(host: PublishHost, draft: Draft, name: string) {
  const taken = [...host.catalogue.map((e) => e.id), ...host.userFrameworks.map((f) => f.id)];
  const framework = publishedFramework(draft, name.trim(), today(), taken);
  // What is published loads back: checked as a file of it would be, before it is kept.
  const { validateFramework } = await import('../model/schema');
  validateFramework(JSON.parse(serialiseFramework(framework)));
  const stored = await storeUserFramework(framework, taken);
  host.userFrameworks = [...host.userFrameworks, stored.framework];
  return stored;
}

/** The draft as a file of the app's JSON format, named after it. */
export function draftFile(draft: Draft, name: string): { text: string; fileName: string } {
  const framework = publishedFramework(draft, name.trim(), today(), []);
  return { text: serialiseFramework(framework), fileName: `${slugify(name) || 'framework'}.json` };
}

/**
 * The draft in the layout of the DDaT's CSV downloads (the roles file, and the skills file where its
 * skills have words for each proficiency), and what of it the layout does not carry. `ddat`: the
 * built-in DDaT, whose scale and tracks the layout assumes.
 */
export async function draftCsvFiles(
  draft: Draft,
  name: string,
  ddat: Pick<Framework, 'proficiencies' | 'tracks'>,
): Promise<{ files: { text: string; fileName: string }[]; losses: string[] }> {
  const { ddatCsvRoundTrip } = await import('../formats/ddatCsvWriter');
  const framework = publishedFramework(draft, name.trim(), today(), []);
  const { roles, skills, losses } = ddatCsvRoundTrip(framework, ddat);
  const base = slugify(name) || 'framework';
  return {
    files: [
      { text: roles, fileName: `${base}-roles.csv` },
      ...(skills ? [{ text: skills, fileName: `${base}-skills.csv` }] : []),
    ],
    losses,
  };
}

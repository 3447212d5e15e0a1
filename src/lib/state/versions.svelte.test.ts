// @vitest-environment jsdom
/**
 * "What changed": made once for the page, so that it stays current after the view that asked for it
 * closed; and the other version fetched once, however often it is asked for while the fetch runs.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
// Imported, not read from disk: effects run in this test's browser-like page.
import catalogue from '../../../static/data/catalogue.json';
import devops from '../../../static/data/devops-engineer-2020.json';
import ddat from '../../../static/data/ddat-2025.json';
import type { CatalogueEntry } from '../model/catalogue';
import type { Framework } from '../model/types';
import { validateFramework } from '../model/schema';
import { Explorer } from './explorer.svelte';
import { Versions, keptVersions } from './versions.svelte';

const devopsFramework = (): Framework => validateFramework(devops);
const ddatFramework = (): Framework => validateFramework(ddat);

/** The same role in the 2025 version. */
function showOtherVersion(explorer: Explorer) {
  const roleId = explorer.roleId;
  explorer.load(ddatFramework());
  explorer.roleId = roleId;
}

function explorerWithCatalogue(): Explorer {
  const explorer = new Explorer();
  explorer.load(devopsFramework());
  explorer.catalogue = catalogue as CatalogueEntry[];
  return explorer;
}

describe('keptVersions', () => {
  it('makes "what changed" once, current after the view that read it is gone', () => {
    const explorer = explorerWithCatalogue();
    // Made outside the view (as its `prepare` does), read while the view lives.
    const versions = keptVersions(explorer);
    const view = $effect.root(() => {
      $effect(() => void keptVersions(explorer).otherId);
    });
    flushSync();
    expect(keptVersions(explorer)).toBe(versions);
    expect(versions.otherId).toBe(ddatFramework().id);
    view();
    // The 2025 version shown after the view closed: the other version follows it.
    showOtherVersion(explorer);
    expect(versions.otherId).toBe(devopsFramework().id);
  });

  it('is needed: made inside a view, its deriveds keep their last value once the view is gone', () => {
    const explorer = explorerWithCatalogue();
    let versions!: Versions;
    const view = $effect.root(() => {
      versions = new Versions(explorer);
      $effect(() => void versions.otherId);
    });
    flushSync();
    view();
    showOtherVersion(explorer);
    expect(versions.otherId).toBe(ddatFramework().id);
  });
});

describe('Versions.load', () => {
  it('asks for the other version once while a fetch is in flight, and every caller sees it', async () => {
    const explorer = explorerWithCatalogue();
    let asked = 0;
    let resolve!: (framework: Framework) => void;
    explorer.frameworkById = () => {
      asked++;
      return new Promise((r) => (resolve = r));
    };
    const versions = new Versions(explorer);
    expect(versions.otherId).toBe(ddatFramework().id);
    const first = versions.load();
    const second = versions.load();
    expect(asked).toBe(1);
    resolve(ddatFramework());
    await Promise.all([first, second]);
    expect(versions.other?.id).toBe(ddatFramework().id);
    await versions.load();
    expect(asked).toBe(1);
  });

  it('asks again after a failure, and says what failed in the meantime', async () => {
    const explorer = explorerWithCatalogue();
    let asked = 0;
    explorer.frameworkById = () => {
      asked++;
      return asked === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(ddatFramework());
    };
    const versions = new Versions(explorer);
    await versions.load();
    expect(versions.problem).toBe('The version to compare with could not be loaded: offline');
    expect(versions.other).toBeNull();
    await versions.load();
    expect(asked).toBe(2);
    expect(versions.problem).toBeNull();
    expect(versions.other?.id).toBe(ddatFramework().id);
  });
});

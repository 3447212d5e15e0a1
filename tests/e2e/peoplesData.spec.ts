/**
 * People's data under hostile input and faults (#26): two tabs editing one assessment, storage that
 * throws or is full, a kept record that does not read, files in Latin-1, broken rows, duplicate
 * names and columns, long and hostile names, tampered links, a file of several people's
 * assessments, an import over kept history, anonymised notes, and a dataset that cannot be fetched.
 * Each test checks that nothing the person had is lost or silently changed, and that the page says
 * what happened.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FRAMEWORK = 'ddat-devops-engineer-2020';
const ROLE = 'development-operations-devops-engineer';
const KEY = `${FRAMEWORK}/${ROLE}`;
const HEADER = 'person,framework,role,level_target,skill,proficiency,date,source';

const group = (page: Page, skill: string) => page.getByRole('group', { name: skill, exact: true });
const checked = (page: Page, skill: string) =>
  group(page, skill).locator('input:checked').locator('xpath=..');

async function startAssessment(page: Page) {
  await page.goto('./?view=assess');
  await page.getByRole('button', { name: 'Start my assessment' }).click();
  await page.getByLabel('Start from a level').selectOption({ label: 'DevOps engineer' });
  await page.getByRole('button', { name: 'Fill in its requirements' }).click();
  await expect(checked(page, 'User focus')).toHaveText('Working');
}

/** The record kept for the DevOps role, as IndexedDB holds it. */
const kept = (page: Page, key = KEY) =>
  page.evaluate(
    (key) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('pathway-explorer-assessments');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('by-role').objectStore('by-role').get(key);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      }),
    key,
  );

const loadTeam = (page: Page, files: { name: string; text: string | Buffer }[]) =>
  page.getByLabel('Choose files').setInputFiles(
    files.map(({ name, text }) => ({
      name,
      mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv',
      buffer: typeof text === 'string' ? Buffer.from(text) : text,
    })),
  );
const longRow = (person: string, skill: string, proficiency: string, date = '2026-11-01') =>
  [person, FRAMEWORK, ROLE, 'Senior DevOps engineer (technical)', skill, proficiency, date, 'self'].join(',');
const latin1 = (text: string) => Buffer.from(text, 'latin1');

test.describe('two tabs on one assessment', () => {
  test("neither tab writes over the other's newer rating or snapshot", async ({ context }) => {
    // Two tabs of one browser share its storage (two browser contexts would not: they are two profiles).
    const first = await context.newPage();
    await startAssessment(first);
    const second = await context.newPage();
    await second.goto('./?view=assess');
    await expect(checked(second, 'User focus')).toHaveText('Working');

    await group(first, 'User focus').getByLabel('Expert').check();
    await first.getByRole('button', { name: "Save today's snapshot" }).click();
    await expect(first.getByRole('status').filter({ hasText: 'Saved a snapshot dated' })).toBeVisible();
    // The second tab is told, and shows the first tab's rating without a reload.
    await expect(checked(second, 'User focus')).toHaveText('Expert');
    await expect(second.getByRole('status').filter({ hasText: 'changed in another tab' })).toBeVisible();
    await group(second, 'Prototyping').getByLabel('Expert').check();

    await first.reload();
    await expect(checked(first, 'User focus')).toHaveText('Expert');
    await expect(checked(first, 'Prototyping')).toHaveText('Expert');
    const record = (await kept(first)) as { snapshots: unknown[]; rev: number };
    expect(record.snapshots).toHaveLength(1);
    expect(record.rev).toBeGreaterThanOrEqual(4);
  });
});

test.describe('storage that throws or is full', () => {
  test('a rating that cannot be kept is said beside the form, and shown for the visit', async ({ page }) => {
    await startAssessment(page);
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await group(page, 'User focus').getByLabel('Expert').check();
    await expect(page.getByRole('alert')).toContainText(
      "Your change is shown but could not be kept in this browser: this browser's storage for the app is full.",
    );
    await expect(checked(page, 'User focus')).toHaveText('Expert');
  });

  for (const [fault, script, reason] of [
    [
      'no IndexedDB',
      () => Object.defineProperty(window, 'indexedDB', { value: undefined }),
      'this browser offers no storage to the app (IndexedDB)',
    ],
    [
      'IndexedDB full',
      () => {
        IDBObjectStore.prototype.put = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
      "this browser's storage for the app is full",
    ],
  ] as const) {
    test(`with ${fault}, "Keep this team" says why it could not, and stays unticked`, async ({ page }) => {
      await page.addInitScript(script);
      await page.goto('./?view=team');
      await loadTeam(page, [
        { name: 'team.csv', text: `${HEADER}\n${longRow('Ann', 'User focus', 'Working')}\n` },
      ]);
      const keep = page.getByLabel('Keep this team in this browser');
      await keep.check({ force: true }).catch(() => undefined);
      await expect(page.getByRole('alert')).toHaveText(
        `The team could not be kept in this browser: ${reason}. It is shown for this visit only.`,
      );
      await expect(keep).not.toBeChecked();
      await expect(page.getByRole('rowheader', { name: /^Ann: / })).toBeVisible();
    });
  }

  test('an unreadable kept record is set aside and downloadable, and the view opens', async ({ page }) => {
    await startAssessment(page);
    const good = (await kept(page)) as Record<string, unknown>;
    const broken = { ...good, snapshots: [{ date: 'torn' }, 42] };
    await page.evaluate(
      ({ key, broken }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('pathway-explorer-assessments');
          open.onsuccess = () => {
            const tx = open.result.transaction('by-role', 'readwrite');
            tx.objectStore('by-role').put(broken, key);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      { key: KEY, broken },
    );
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(
      'Part of what this browser kept of this assessment could not be read (2 snapshots). It is set aside, not deleted',
    );
    await expect(checked(page, 'User focus')).toHaveText('Working');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download what could not be read (JSON)' }).click();
    const file = await downloading;
    const path = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(broken);
    // A rating now is kept over the readable part; what was set aside stays set aside.
    await group(page, 'Prototyping').getByLabel('Expert').check();
    await expect(page.getByText('Every change is kept in this browser as you make it')).toBeVisible();
    await page.reload();
    await expect(checked(page, 'Prototyping')).toHaveText('Expert');
  });
});

test.describe('encodings', () => {
  test('a Latin-1 team file reads its names and says how it was read', async ({ page }) => {
    await page.goto('./?view=team');
    await loadTeam(page, [
      { name: 'équipe.csv', text: latin1(`${HEADER}\n${longRow('José Müller', 'User focus', 'Working')}\n`) },
    ]);
    await expect(page.getByRole('rowheader', { name: /^José Müller: / })).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: 'Read in another encoding' })).toContainText(
      'équipe.csv is not UTF-8: it was read as Windows-1252',
    );
  });

  test('a Latin-1 assessment CSV imports with its note intact, and says how it was read', async ({
    page,
  }) => {
    await page.goto('./?view=assess');
    const text = `${HEADER},note\n${longRow('Zoë', 'User focus', 'Expert')},Café £5\n`;
    await page
      .getByLabel('Import an assessment (JSON or CSV)')
      .setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: latin1(text) });
    await expect(page.getByRole('status').filter({ hasText: 'Read the assessment' })).toContainText(
      'mine.csv is not UTF-8: it was read as Windows-1252',
    );
    await expect(checked(page, 'User focus')).toHaveText('Expert');
    const record = (await kept(page)) as { current: { person: string; ratings: { note?: string }[] } };
    expect(record.current.person).toBe('Zoë');
    expect(record.current.ratings.map((r) => r.note).filter(Boolean)).toEqual(['Café £5']);
  });
});

test.describe('broken rows, duplicate names and columns', () => {
  test('a long CSV with a stray last line reads its 131 good rows and lists the bad one', async ({
    page,
  }) => {
    await page.goto('./?view=team');
    const rows = Array.from({ length: 131 }, (_, i) =>
      longRow(`Person ${1000 + i}`, 'User focus', 'Working'),
    );
    await loadTeam(page, [{ name: 'team.csv', text: `${HEADER}\n${rows.join('\n')}\n"stray\n` }]);
    await expect(page.getByRole('status').filter({ hasText: 'from 1 file' })).toHaveText(
      '131 people from 1 file; 1 row could not be read.',
    );
    await expect(page.getByText('team.csv, line 133: expected 8 fields, found 1')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('two files of one name that cannot be read are both listed, and the page goes on', async ({
    page,
  }) => {
    await page.goto('./?view=team');
    await loadTeam(page, [
      { name: 'a.json', text: '{"broken": ' },
      { name: 'a.json', text: 'not json either' },
    ]);
    await expect(page.getByRole('alert').locator('li')).toHaveCount(2);
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveText(
      'No one was read; 2 files could not be read.',
    );
    await expect(page.getByRole('alert')).toContainText('Nothing was read from them.');
  });

  test('two grid columns of one skill that disagree are named with their values', async ({ page }) => {
    await page.goto('./?view=team');
    const grid = `person,role,date,Service support,service-support,User focus\nAnn,${ROLE},2026-11-01,Working,Expert,Practitioner\n`;
    await loadTeam(page, [{ name: 'grid.csv', text: grid }]);
    await expect(page.getByRole('status').filter({ hasText: 'from 1 file' })).toHaveText(
      '1 person from 1 file; 1 rating could not be used.',
    );
    await expect(
      page.getByText(
        'grid.csv, line 2: the columns "Service support" and "service-support" both name Service support, with "Working" and "Expert": neither is used',
      ),
    ).toBeVisible();
  });
});

test.describe('long and hostile names', () => {
  test('a very long, script-like name is text, cut with an ellipsis, and never widens the page', async ({
    page,
  }) => {
    // 290 characters with no space to break at (a name is at most 300), and markup that must stay text.
    const name = `<img src=x onerror="document.title='pwned'">${'Bartholomew'.repeat(22)}`;
    const cell = `"${name.replaceAll('"', '""')}"`;
    await page.goto('./?view=team');
    await loadTeam(page, [
      {
        name: `${'long-file-name-'.repeat(40)}.csv`,
        text: [
          HEADER,
          longRow(cell, 'User focus', 'Working', '2026-10-01'),
          longRow(cell, 'User focus', 'Expert'),
          longRow(cell, 'Juggling', 'Expert'),
          longRow('Ann', 'Prototyping', 'Expert'),
        ].join('\n'),
      },
    ]);
    await expect(page.locator('svg.team-heatmap [role="rowheader"]')).toHaveCount(2);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    // Cut in the heatmap, whole in its name and title.
    const header = page.getByRole('rowheader', { name: new RegExp(`^${name.slice(0, 20)}.*Bartholomew: `) });
    await expect(header.locator('text.person')).toHaveText(/^<img src=x onerror=.{10,}…$/);
    await expect(header.locator('title')).toHaveText(name);
    // The detail, the notes, what moved and the unmatched rating all show the name, none widening the page.
    await page.locator('summary', { hasText: 'of skills the role does not have' }).click();
    await page.locator('svg.team-heatmap [role="gridcell"]').first().focus();
    await expect(page.locator('.team-detail h3 [title]').or(page.locator('h3 span.cut'))).toHaveAttribute(
      'title',
      name,
    );
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, `at ${width} px`).toBeLessThanOrEqual(0);
    }
    expect(await page.title()).not.toBe('pwned');
  });
});

test.describe('tampered links', () => {
  test('a share link given a parameter and reordered by a mail tool keeps its ratings', async ({
    page,
    browser,
  }) => {
    await startAssessment(page);
    await group(page, 'Service support').getByLabel('Expert').check();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = new URL(await page.getByLabel('Share link (your ratings, no notes)').inputValue());
    // Parameters reordered, one added before the fragment and one after it.
    const params = [...link.searchParams].reverse();
    params.push(['utm_source', 'newsletter']);
    const tampered = `${link.origin}${link.pathname}?${new URLSearchParams(params)}${link.hash}&fbclid=xyz`;
    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(tampered);
    await fresh.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await expect(checked(fresh, 'Service support')).toHaveText('Expert');
    await other.close();
  });

  test("a link for another role says which role, not the framework's name twice", async ({ page }) => {
    await page.goto(
      `./?view=assess#assessment=1~${FRAMEWORK}~data-engineer~2026-12-01~self~~user-focus:expert`,
    );
    await expect(page.getByRole('alert')).toContainText(
      'the link could not be used: this assessment is for the role data-engineer, not Development operations (DevOps) engineer',
    );
  });
});

test.describe('whose file, and imports over history', () => {
  const several = [
    HEADER,
    longRow('Ann', 'User focus', 'Expert'),
    longRow('Bo', 'User focus', 'Awareness'),
  ].join('\n');

  test('a file of several people is never "yours": it asks whose, and opens only theirs', async ({
    page,
  }) => {
    await page.goto('./?view=assess');
    await page
      .getByLabel('Import an assessment (JSON or CSV)')
      .setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(several) });
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText(
      'team.csv holds the assessments of 2 people, so it is not yours alone.',
    );
    expect(await kept(page)).toBeUndefined();
    await dialog.getByLabel('Whose assessment').fill('Bo');
    await dialog.getByRole('button', { name: "Open Bo's" }).click();
    await expect(checked(page, 'User focus')).toHaveText('Awareness');
  });

  test('a file of several people opens in Team when asked', async ({ page }) => {
    await page.goto('./?view=assess');
    await page
      .getByLabel('Import an assessment (JSON or CSV)')
      .setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(several) });
    await page.getByRole('button', { name: 'Open the file in Team' }).click();
    await expect(page.getByRole('heading', { name: 'Team: where the team stands' })).toBeVisible();
    await expect(page.locator('svg.team-heatmap [role="rowheader"]')).toHaveCount(2);
  });

  test('an import that would replace a kept snapshot asks first, with what differs', async ({ page }) => {
    await startAssessment(page);
    await page.getByRole('button', { name: "Save today's snapshot" }).click();
    type Kept = { current: { date: string; ratings: { skill: string; proficiency: string }[] } };
    const mine = ((await kept(page)) as Kept).current;
    const today = mine.date;
    // The file's history: the same day with one rating other than the kept snapshot's, and an older day.
    const raised = {
      ...mine,
      ratings: mine.ratings.map((r) => (r.skill === 'user-focus' ? { ...r, proficiency: 'expert' } : r)),
    };
    const older = {
      ...mine,
      date: '2025-01-01',
      ratings: raised.ratings.map((r) => (r.skill === 'user-focus' ? { ...r, proficiency: 'awareness' } : r)),
    };
    await page.getByLabel('Import an assessment (JSON or CSV)').setInputFiles({
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify([older, raised])),
    });
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('would replace a snapshot you kept for the same day');
    await expect(dialog.getByRole('listitem')).toHaveText([
      'Your assessment: User focus: Working → Expert.',
      `Your snapshot of ${today}: User focus: Working → Expert.`,
    ]);
    await dialog.getByRole('button', { name: 'Keep mine, and add the snapshot of other dates' }).click();
    const record = (await kept(page)) as {
      snapshots: { date: string; ratings: { skill: string; proficiency: string }[] }[];
    };
    expect(
      record.snapshots.map((s) => [s.date, s.ratings.find((r) => r.skill === 'user-focus')?.proficiency]),
    ).toEqual([
      ['2025-01-01', 'awareness'],
      [today, 'working'],
    ]);
    await expect(checked(page, 'User focus')).toHaveText('Working');
  });
});

test('anonymised, the notes name nobody', async ({ page }) => {
  await page.goto('./?view=team');
  await loadTeam(page, [
    {
      name: 'team.csv',
      text: [
        HEADER,
        longRow('Ann Real', 'User focus', 'Working', '2026-10-01'),
        longRow('Ann Real', 'User focus', 'Expert'),
      ].join('\n'),
    },
  ]);
  await expect(
    page.getByText('Ann Real has 2 assessments (2026-10-01, 2026-11-01): the latest is shown.'),
  ).toBeVisible();
  await page.getByLabel('Anonymise (Person 1, Person 2, …)').check();
  await expect(
    page.getByText('Person 1 has 2 assessments (2026-10-01, 2026-11-01): the latest is shown.'),
  ).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Ann Real');
});

test('a dataset that cannot be fetched says which, and a second try loads it', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  await page.route('**/data/ddat-2025.json', (route) => route.abort('internetdisconnected'));
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Infrastructure engineer' });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'DDaT Capability Framework (2025) could not be fetched (./data/ddat-2025.json): the network or the server did not answer ("Failed to fetch"). Check the connection, then try again.',
  );
  await page.unroute('**/data/ddat-2025.json');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Infrastructure engineer');
  await expect(alert).toHaveCount(0);
  // The browser logs the failed request: that one, and nothing else.
  expect(pageErrors).toEqual([expect.stringMatching(/ERR_INTERNET_DISCONNECTED/)]);
  pageErrors.length = 0;
});

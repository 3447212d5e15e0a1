/**
 * The self-assessment as a person uses it: filled in by keyboard alone, kept across a reload (in
 * IndexedDB), seen on every chart, taken away and brought back as JSON, CSV and a link (the same
 * ratings each time), refused with a reason when a file is wrong, and really deleted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SKILLS } from './exports';

const group = (page: Page, skill: string) => page.getByRole('group', { name: skill, exact: true });

/** What the page shows as the person's ratings: each skill's checked choice. */
async function ratingsShown(page: Page): Promise<string[]> {
  const shown: string[] = [];
  for (const skill of SKILLS) {
    const checked = group(page, skill).locator('input:checked');
    shown.push(`${skill}: ${(await checked.locator('xpath=..').textContent())?.trim()}`);
  }
  return shown;
}

/** The keys kept in this browser's IndexedDB store of assessments. */
const storedKeys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('pathway-explorer-assessments');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('by-role')) return resolve([]);
          const keys = db.transaction('by-role').objectStore('by-role').getAllKeys();
          keys.onsuccess = () => resolve(keys.result.map(String));
          keys.onerror = () => reject(keys.error);
        };
      }),
  );

/** Starts an assessment from the DevOps engineer's requirements and raises one skill. */
async function fillIn(page: Page) {
  await page.goto('./?view=assess');
  await page.getByRole('button', { name: 'Start my assessment' }).click();
  await page.getByLabel('Start from a level').selectOption({ label: 'DevOps engineer' });
  await page.getByRole('button', { name: 'Fill in its requirements' }).click();
  await group(page, 'Service support').getByLabel('Expert').check();
  await expect(
    page.getByRole('heading', { name: /^Senior DevOps engineer \(technical\): meets/ }),
  ).toBeVisible();
}

async function download(page: Page, button: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await downloading;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

test.describe('the self-assessment', () => {
  test('fills in by keyboard alone, and is kept across a reload', async ({ page }) => {
    await page.goto('./?view=assess');
    await expect(page.getByRole('note').filter({ hasText: 'Yours alone' })).toContainText(
      'Nothing is uploaded and there are no analytics',
    );
    await page.getByRole('button', { name: 'Start my assessment' }).focus();
    await page.keyboard.press('Enter');
    // Focus goes to the form that replaced the button.
    await expect(page.getByLabel('Start from a level')).toBeFocused();
    // Into the first skill's radio group ("Not yet" is chosen), then arrow keys choose.
    await page.keyboard.press('Tab'); // the "Fill in" button (disabled until a level is chosen: skipped)
    await expect(group(page, SKILLS[0]).getByLabel('Not yet')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(group(page, SKILLS[0]).getByLabel('Working')).toBeChecked();
    // Past the note, to the next skill.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(group(page, SKILLS[1]).getByLabel('Not yet')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(group(page, SKILLS[1]).getByLabel('Awareness')).toBeChecked();
    // A note, typed.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // opens the note
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ran the retrospective on our build times.');
    await expect(group(page, SKILLS[1]).getByRole('textbox')).toHaveValue(
      'Ran the retrospective on our build times.',
    );
    // The choice's definition is beside it.
    await expect(group(page, SKILLS[0])).toContainText('You can apply your knowledge and experience');

    const before = await ratingsShown(page);
    // The page says when the last keystroke is kept (a reload before then would lose it).
    await expect(page.getByText('Every change is kept in this browser as you make it')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Rate yourself' })).toBeVisible();
    expect(await ratingsShown(page)).toEqual(before);
    await expect(group(page, SKILLS[1]).getByRole('textbox')).toHaveValue(
      'Ran the retrospective on our build times.',
    );
    expect(await storedKeys(page)).toEqual([
      'ddat-devops-engineer-2020/development-operations-devops-engineer',
    ]);
  });

  test('shows you on the matrix, the pathway and in the compare view', async ({ page }) => {
    await fillIn(page);
    await page.getByRole('link', { name: 'Explore the pathway' }).click();
    const matrix = page.getByRole('grid', { name: /Skills by level/ });
    await expect(matrix.getByRole('columnheader', { name: 'You: your own ratings' })).toBeVisible();
    await expect(
      matrix.getByRole('columnheader', {
        name: 'Senior DevOps engineer (technical): you meet 5 of 10, 5 steps short',
      }),
    ).toBeVisible();
    await expect(
      matrix.getByRole('gridcell', {
        name: 'Service support, Senior DevOps engineer (technical): expert; you: expert, met',
      }),
    ).toBeVisible();
    await expect(
      matrix.getByRole('gridcell', {
        name: /^User focus, Senior DevOps engineer \(technical\): practitioner; you: working, short by 1 step$/,
      }),
    ).toBeVisible();
    const pathway = page.locator('figure[data-chart="pathway"]');
    await expect(
      pathway.getByRole('button', {
        name: /^Senior DevOps engineer \(technical\): .*; you meet 5 of 10; 5 steps short in 5 skills; the nearer next level, by 2 steps$/,
      }),
    ).toBeVisible();
    // "Show me on the charts" off: the matrix as it was.
    await page.getByLabel('Show me on the charts').uncheck();
    await expect(matrix.getByRole('columnheader', { name: 'You: your own ratings' })).toHaveCount(0);
    await page.getByLabel('Show me on the charts').check();

    await page.getByRole('link', { name: 'Where do I stand?' }).click();
    await page
      .getByRole('button', { name: 'Compare you with Senior DevOps engineer (technical), word by word' })
      .click();
    await expect(page.getByLabel('Compare', { exact: true })).toHaveValue(/~@you$/);
    await expect(page.locator('.summary')).toContainText(
      'Senior DevOps engineer (technical) asks for more in 5 skills',
    );
    await expect(
      page.getByRole('heading', { name: 'You vs Senior DevOps engineer (technical)' }),
    ).toBeVisible();
  });

  test('exports JSON and CSV that import back to the same assessment', async ({ page }) => {
    await fillIn(page);
    await group(page, 'User focus').getByText('Note (evidence, examples)').click();
    await group(page, 'User focus')
      .getByRole('textbox')
      .fill('Paired with researchers, "twice", on two services.');
    const expected = await ratingsShown(page);
    const json = await download(page, 'Export JSON');
    expect(json.name).toMatch(/^assessment-development-operations-devops-engineer-\d{4}-\d\d-\d\d\.json$/);
    const csv = await download(page, 'Export CSV');
    expect(csv.text.split('\n')[0]).toBe(
      '\uFEFFperson,framework,role,level_target,skill,proficiency,date,source,note,level_held',
    );

    for (const file of [json, csv]) {
      await page.getByRole('button', { name: 'Delete my assessment' }).click();
      await page.getByRole('button', { name: 'Yes, delete it' }).click();
      await expect(page.getByRole('button', { name: 'Start my assessment' })).toBeVisible();
      await page.getByLabel('Import an assessment (JSON or CSV)').setInputFiles(file.path);
      await expect(page.getByRole('status').filter({ hasText: `from ${file.name}` })).toBeVisible();
      expect(await ratingsShown(page), file.name).toEqual(expected);
      await expect(group(page, 'User focus').getByRole('textbox')).toHaveValue(
        'Paired with researchers, "twice", on two services.',
      );
      // And the file it makes now is the file it read.
      const again = await download(page, 'Export JSON');
      expect(JSON.parse(again.text), file.name).toEqual(JSON.parse(json.text));
    }
  });

  test('opens a share link in a fresh browser with the same ratings, and nothing is sent', async ({
    page,
    browser,
  }) => {
    await fillIn(page);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByLabel('Share link (your ratings, no notes)').inputValue();
    expect(link).toMatch(/\?view=assess#assessment=1~ddat-devops-engineer-2020~/);
    const expected = await ratingsShown(page);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const requests: string[] = [];
    other.on('request', (request) => requests.push(request.url()));
    await other.goto(link);
    await expect(other.getByRole('status').filter({ hasText: 'from the link' })).toBeVisible();
    expect(await ratingsShown(other)).toEqual(expected);
    // The fragment is read, then taken out of the address; no request carried the ratings.
    await expect.poll(() => new URL(other.url()).hash).toBe('');
    expect(requests.filter((url) => url.includes('assessment='))).toEqual([]);
    await fresh.close();
  });

  test('says what is wrong with a bad file, and keeps the assessment', async ({ page }) => {
    await fillIn(page);
    const expected = await ratingsShown(page);
    const cases: [string, string, RegExp][] = [
      [
        'broken.json',
        '{"format": "pathway-explorer-assessment", ',
        /broken\.json could not be used: it is not JSON/,
      ],
      [
        'other-role.json',
        JSON.stringify({
          ...JSON.parse((await download(page, 'Export JSON')).text),
          role: { id: 'site-reliability-engineer', name: 'Site reliability engineer' },
        }),
        /for the role Site reliability engineer, not Development operations \(DevOps\) engineer/,
      ],
      [
        'unknown.csv',
        'person,framework,role,level_target,skill,proficiency,date,source\nAda,ddat-devops-engineer-2020,Development operations (DevOps) engineer,,User focus,wizard,2026-12-01,self\n',
        /unknown\.csv could not be used: line 2: "wizard" is not a proficiency of DDaT Capability Framework/,
      ],
    ];
    for (const [name, text, message] of cases) {
      const path = test.info().outputPath(name);
      writeFileSync(path, text);
      await page.getByLabel('Import an assessment (JSON or CSV)').setInputFiles(path);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByRole('alert')).toContainText('Your assessment is unchanged.');
      expect(await ratingsShown(page), name).toEqual(expected);
      await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
    }
  });

  test('keeps ratings that no longer match the role, and says so', async ({ page }) => {
    await fillIn(page);
    const current = JSON.parse((await download(page, 'Export JSON')).text);
    current.ratings.push({
      skill: 'it-infrastructure',
      skillName: 'IT infrastructure',
      proficiency: 'working',
    });
    const path = test.info().outputPath('older.json');
    writeFileSync(path, JSON.stringify(current));
    await page.getByLabel('Import an assessment (JSON or CSV)').setInputFiles(path);
    await page.getByRole('button', { name: 'Use the one from older.json' }).click();
    await expect(page.getByRole('note').filter({ hasText: 'not match the role' })).toContainText(
      '“IT infrastructure” (working): the role has no skill "IT infrastructure" now.',
    );
    const again = JSON.parse((await download(page, 'Export JSON')).text);
    expect(again.ratings.map((r: { skill: string }) => r.skill)).toContain('it-infrastructure');
  });

  test('the profile chart is one tab stop with arrow keys from skill to skill, and presents as a slide', async ({
    page,
  }) => {
    await fillIn(page);
    const profile = page.getByRole('group', {
      name: 'You against Senior DevOps engineer (technical), skill by skill',
    });
    const rows = profile.getByRole('button');
    await expect(rows).toHaveCount(10);
    await expect(rows.nth(0)).toHaveAttribute('tabindex', '0');
    await expect(rows.nth(1)).toHaveAttribute('tabindex', '-1');
    await rows.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1)).toBeFocused();
    await expect(rows.nth(1)).toHaveAccessibleName(
      'Development process optimisation: you awareness; Senior DevOps engineer (technical) asks working; short by 1',
    );
    await page.keyboard.press('Enter');
    await expect(rows.nth(1)).toHaveAttribute('aria-pressed', 'true');

    await page.locator('figure[data-chart="profile"]').getByRole('button', { name: 'Present' }).click();
    const frame = page.locator('section.frame');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
      'Development operations (DevOps) engineer: you against Senior DevOps engineer (technical)',
    );
    // (The career conversation's page comes after it.)
    await expect(page.getByText('6 of 7: You against a level')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: 'Rate yourself' })).toBeVisible();
  });

  test('follows the person from the 2020 page to the 2025 role, the renamed skill carried', async ({
    page,
  }) => {
    await page.goto('./?view=assess');
    await page.getByRole('button', { name: 'Start my assessment' }).click();
    await group(page, 'Modern standards approach').getByLabel('Expert').check();
    await group(page, 'Service support').getByLabel('Practitioner').check();
    await expect
      .poll(() => storedKeys(page))
      .toEqual(['ddat-devops-engineer-2020/development-operations-devops-engineer']);
    await page.goto('./?fw=ddat-2025&role=development-operations-devops-engineer&view=assess');
    await expect(page.getByRole('status').filter({ hasText: 'is carried to this version' })).toContainText(
      '"Modern standards approach" is carried as "Modern development standards"',
    );
    await expect(group(page, 'Modern development standards').getByLabel('Expert')).toBeChecked();
    await expect(group(page, 'Service support').getByLabel('Practitioner')).toBeChecked();
    await expect
      .poll(() => storedKeys(page).then((keys) => keys.sort()))
      .toEqual([
        'ddat-2025/development-operations-devops-engineer',
        'ddat-devops-engineer-2020/development-operations-devops-engineer',
      ]);
    // The 2020 page still has its own, as it was.
    await page.goto('./?view=assess');
    await expect(group(page, 'Modern standards approach').getByLabel('Expert')).toBeChecked();
  });

  test('works for a 2025 role and a loaded framework, each kept apart', async ({ page }) => {
    await page.goto('./?fw=ddat-2025&role=infrastructure-engineer&view=assess');
    await expect(
      page.getByRole('heading', { name: 'Where do I stand as Infrastructure engineer?' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Start my assessment' }).click();
    await page.getByLabel('Start from a level').selectOption({ index: 2 });
    await page.getByRole('button', { name: 'Fill in its requirements' }).click();
    await expect(page.locator('figure[data-chart="profile"] svg.profile')).toBeVisible();
    await expect(page.getByRole('heading', { name: /: meets \d+ of \d+/ }).first()).toBeVisible();
    expect(await storedKeys(page)).toEqual(['ddat-2025/infrastructure-engineer']);
    // A framework of one's own: its role gets its own assessment.
    await page.getByText('Load your own framework').click();
    const readme = readFileSync(new URL('../../docs/file-formats.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]+?)\n```/.exec(
      readme.slice(readme.indexOf('## The framework file format')),
    )![1];
    await page
      .getByLabel('Choose files')
      .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(example) });
    await expect(page.getByRole('button', { name: 'Start my assessment' })).toBeVisible();
    await page.getByRole('button', { name: 'Start my assessment' }).click();
    await expect(page.locator('fieldset.skill').first()).toBeVisible();
    await expect.poll(() => storedKeys(page).then((keys) => keys.length)).toBe(2);
  });

  test('deletes the assessment from IndexedDB too', async ({ page }) => {
    await fillIn(page);
    await page.getByRole('button', { name: "Save today's snapshot" }).click();
    expect(await storedKeys(page)).toHaveLength(1);
    await page.getByRole('button', { name: 'Delete my assessment' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'deleted from this browser' })).toBeVisible();
    expect(await storedKeys(page)).toEqual([]);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Start my assessment' })).toBeVisible();
    await page.getByRole('link', { name: 'Explore the pathway' }).click();
    await expect(page.getByRole('columnheader', { name: 'You: your own ratings' })).toHaveCount(0);
  });

  test('has no accessibility violations, in every new view', async ({ page }) => {
    // Five axe scans of full pages: about 20 s alone, more beside another worker.
    test.setTimeout(60_000);
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
    };
    await page.goto('./?view=assess');
    await expect(page.getByRole('button', { name: 'Start my assessment' })).toBeVisible();
    await check('before starting');
    await fillIn(page);
    await page.getByRole('button', { name: "Save today's snapshot" }).click();
    await page.getByRole('button', { name: "Save today's snapshot" }).click();
    await check('filled in');
    await page.getByLabel('Show as table').check();
    await check('as tables');
    await page.getByLabel('Show as table').uncheck();
    await page.getByRole('link', { name: 'Explore the pathway' }).click();
    await expect(page.getByRole('columnheader', { name: 'You: your own ratings' })).toBeVisible();
    await expect(page.locator('figure[data-chart="pathway"] .you').first()).toBeVisible();
    await check('explore with you');
    await page.goto('./?view=compare&a=@you&b=senior-devops-engineer-technical');
    await expect(
      page.getByRole('heading', { name: 'You vs Senior DevOps engineer (technical)' }),
    ).toBeVisible();
    await check('compare with you');
  });
});

test("the career conversation's text keeps to its columns for every 2025 role, as the browser draws it", async ({
  page,
}) => {
  // "Research management," (user researcher), in bold, ran into the "You" column.
  test.setTimeout(120_000);
  const roles = JSON.parse(readFileSync('static/data/ddat-2025.json', 'utf8')).roles as { id: string }[];
  const clashes: string[] = [];
  for (const { id } of roles) {
    await page.goto(`./?fw=ddat-2025&role=${id}&view=assess`);
    await page.getByRole('button', { name: 'Start my assessment' }).click();
    const start = page.getByLabel('Start from a level');
    // A level with one after it, so that the conversation has a next level to ask of each skill.
    await start.selectOption({ index: Math.min(1, (await start.locator('option').count()) - 1) });
    await page.getByRole('button', { name: 'Fill in its requirements' }).click();
    const sheet = page.locator('svg.conversation');
    await expect(sheet).toBeVisible();
    clashes.push(
      ...(await sheet.evaluate((svg, role) => {
        const boxes = [...svg.querySelectorAll('text')]
          .filter((text) => text.textContent?.trim())
          .map((text) => ({ words: text.textContent!.trim(), box: text.getBoundingClientRect() }));
        return boxes.flatMap((a, i) =>
          boxes
            .slice(i + 1)
            .filter(({ box: b }) => {
              const across = Math.min(a.box.right, b.right) - Math.max(a.box.left, b.left);
              const down = Math.min(a.box.bottom, b.bottom) - Math.max(a.box.top, b.top);
              return across > 1 && down > 2;
            })
            .map((b) => `${role}: "${a.words}" × "${b.words}"`),
        );
      }, id)),
    );
    // The next role's assessment starts afresh.
    await page.evaluate(() => indexedDB.deleteDatabase('pathway-explorer-assessments'));
  }
  expect(clashes).toEqual([]);
});

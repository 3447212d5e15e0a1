/** Exporting a chart from its menu, as a person would, and keeping the file. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

export async function exportFile(page: Page, kind: string, button: string, setup?: () => Promise<unknown>) {
  const menu = page.locator(`figure[data-chart="${kind}"] details.export`);
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.locator('summary').click();
  await setup?.();
  const downloading = page.waitForEvent('download');
  await menu.getByRole('button', { name: button, exact: true }).click();
  const download = await downloading;
  // Done, the menu closes off the chart (and says beside it what it saved).
  await expect(menu).not.toHaveAttribute('open');
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

/**
 * Makes the deck from the views' bar, as a person would: opens the builder, lets `setup` choose its
 * charts (a preset, ticks, order, slides as pictures), exports it and keeps the file. The builder
 * closes when it is saved.
 */
export async function exportDeck(page: Page, setup?: (builder: Locator) => Promise<unknown>) {
  const menu = page.locator('details.builder');
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open)))
    await menu.getByText('Make a deck (PowerPoint)').click();
  const builder = menu.getByRole('group', { name: /^The deck/ });
  await setup?.(builder);
  const downloading = page.waitForEvent('download');
  await builder.getByRole('button', { name: 'Export the deck' }).click();
  const download = await downloading;
  await expect(menu).not.toHaveAttribute('open');
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** The DevOps role's skills, as the page names them, for checking an export's text. */
export const SKILLS = [
  'Availability and capacity management',
  'Development process optimisation',
  'Information security',
  'Modern standards approach',
  'Programming and build (software engineering)',
  'Prototyping',
  'Service support',
  'Systems design',
  'Systems integration',
  'User focus',
];

/** Loads the official DDaT 2025 CSVs (roles and skills) through "Load your own framework", as a person would. */
export async function loadOfficialCsvs(page: Page) {
  await page.goto('./');
  await page.getByText('Load your own framework').click();
  await page
    .getByLabel('Choose files')
    .setInputFiles([
      new URL('../../data/sources/ddat-framework-2025/roles.csv', import.meta.url).pathname,
      new URL('../../data/sources/ddat-framework-2025/skills.csv', import.meta.url).pathname,
    ]);
}

/** Exporting a chart from its menu, as a person would, and keeping the file. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test } from './fixtures';

export async function exportFile(page: Page, kind: string, button: string, setup?: () => Promise<unknown>) {
  const menu = page.locator(`figure[data-chart="${kind}"] details.export`);
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.locator('summary').click();
  await setup?.();
  const downloading = page.waitForEvent('download');
  await menu.getByRole('button', { name: button, exact: true }).click();
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** The figures every part of the benchmark reports, and where it serves what it measures. */
export const APP = 4174;
export const HARNESS = 4175;
export const root = new URL('../../', import.meta.url);
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const worst = (values: number[]) => Math.max(...values);
export const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1];
export const round = (value: number) => Math.round(value * 100) / 100;
export const quartiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[Math.floor(sorted.length / 4)], sorted[Math.floor((sorted.length * 3) / 4)]].map(round);
};

/** What a part is given: the browser, and the results to write its figures into. */
export interface BenchRun {
  browser: import('@playwright/test').Browser;
  results: Record<string, unknown>;
}

/**
 * Loads a framework into the app as a person does, from "Load your own framework" (a file chosen),
 * and waits for its role's heading (`role`), for as long as `timeout` allows.
 */
export async function loadFrameworkFile(
  page: import('@playwright/test').Page,
  name: string,
  text: string,
  role: RegExp,
  timeout = 30_000,
): Promise<void> {
  await page.getByText('Load your own framework').click();
  await page.getByLabel('Choose files').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.getByRole('heading', { level: 1, name: role }).waitFor({ timeout });
}

import type { Framework } from '../model/types';

/**
 * Fetches a framework file the app ships and validates it; errors say which file and what is wrong.
 * The schema (and valibot) loads beside the file, not with the page: the first view needs neither.
 */
export async function fetchFramework(url: string, fetcher: typeof fetch = fetch): Promise<Framework> {
  const [response, { validateFramework }] = await Promise.all([fetcher(url), import('../model/schema')]);
  if (!response.ok) throw new Error(`Could not load ${url}: the server answered ${response.status}.`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new Error(`Could not load ${url}: it is not valid JSON.`);
  }
  try {
    return validateFramework(data);
  } catch (error) {
    throw new Error(`Could not load ${url}: ${(error as Error).message}`, { cause: error });
  }
}

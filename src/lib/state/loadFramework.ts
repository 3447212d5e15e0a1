import type { Framework } from '../model/types';
import { validateFramework } from '../model/schema';

/** Fetches a framework file the app ships and validates it; errors say which file and what is wrong. */
export async function fetchFramework(url: string, fetcher: typeof fetch = fetch): Promise<Framework> {
  const response = await fetcher(url);
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

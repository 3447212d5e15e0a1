import type { Framework } from '../model/types';

/**
 * Fetches a framework file the app ships and validates it; errors say which file and what is wrong.
 * The schema (and valibot) loads beside the file, not with the page: the first view needs neither.
 */
export async function fetchFramework(
  url: string,
  fetcher: typeof fetch = fetch,
  /** What the file is, in words ("DDaT Capability Framework (2025)"), for the message. */
  name = url,
): Promise<Framework> {
  const [response, { validateFramework }] = await Promise.all([
    fetcher(url).catch((error: unknown) => {
      // The browser says only "Failed to fetch" (or "Load failed"): say what, and what to do.
      throw new Error(
        `${name} could not be fetched (${url}): the network or the server did not answer${error instanceof Error && error.message ? ` ("${error.message}")` : ''}. Check the connection, then try again.`,
        { cause: error },
      );
    }),
    import('../model/schema'),
  ]);
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

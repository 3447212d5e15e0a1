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
  const [data, schema] = await Promise.all([fetchJson(url, fetcher, name), import('../model/schema')]);
  return checked(url, data, schema.validateFramework);
}

/**
 * A file the app ships, for the first view: drawn at once, and checked (`check`) once the page is
 * live, since the schema and valibot are not part of the first load. The shipped files are exactly
 * what the check gives back (tests/unit/shippedData.test.ts), so nothing drawn changes by waiting;
 * a file that fails the check is said then, as fetchFramework would have said it.
 */
export async function fetchShippedFramework(
  url: string,
  name = url,
): Promise<{ framework: Framework; check: () => Promise<Framework> }> {
  const data = await fetchJson(url, fetch, name);
  return {
    framework: data as Framework,
    check: async () => checked(url, data, (await import('../model/schema')).validateFramework),
  };
}

async function fetchJson(url: string, fetcher: typeof fetch, name: string): Promise<unknown> {
  const response = await fetcher(url).catch((error: unknown) => {
    // The browser says only "Failed to fetch" (or "Load failed"): say what, and what to do.
    throw new Error(
      `${name} could not be fetched (${url}): the network or the server did not answer${error instanceof Error && error.message ? ` ("${error.message}")` : ''}. Check the connection, then try again.`,
      { cause: error },
    );
  });
  if (!response.ok) throw new Error(`Could not load ${url}: the server answered ${response.status}.`);
  try {
    return await response.json();
  } catch {
    throw new Error(`Could not load ${url}: it is not valid JSON.`);
  }
}

function checked(url: string, data: unknown, validate: (data: unknown) => Framework): Framework {
  try {
    return validate(data);
  } catch (error) {
    throw new Error(`Could not load ${url}: ${(error as Error).message}`, { cause: error });
  }
}

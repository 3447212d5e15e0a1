import type { Source } from './types';

/** An address from data as a link, only when it is a web address: "javascript:…" is no link. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A part of the source line: text, a link where the data gives a web address for it. */
export interface SourcePart {
  text: string;
  href?: string;
}

/**
 * The source line under the charts, from what the framework says of its source, leaving out what
 * it does not say (no "published ." with no date, no empty link) and what the attribution already
 * says (a loaded file's name).
 * Example: the 2020 page → attribution, "Development operations (DevOps) engineer" linked, "(Central
 * Digital and Data Office (CDDO), published 2020-01-07)", "Open Government Licence v3.0" linked.
 */
export function sourceLine(source: Source): {
  attribution: string;
  title?: SourcePart;
  details?: string;
  licence?: SourcePart;
} {
  const title = source.title.trim();
  const details = [source.publisher.trim(), source.published.trim() && `published ${source.published.trim()}`]
    .filter(Boolean)
    .join(', ');
  return {
    attribution: source.attribution.trim(),
    title:
      title && !source.attribution.includes(title) ? { text: title, href: safeHref(source.url) } : undefined,
    details: details || undefined,
    licence: source.licence.trim()
      ? { text: source.licence.trim(), href: safeHref(source.licenceUrl) }
      : undefined,
  };
}

/**
 * Text from the data written into markup that the browser parses (`{@html}`), so that it stays
 * text: a name holding `<`, `&` or a quote reads back exactly as it was, and can never become an
 * element or end an attribute. The one character markup cannot hold is NUL, which the parser
 * reads as U+FFFD ("�"), as a font would show it anyway.
 *
 * `escapeMarkup('Tom & "Jerry" <b>')` → `'Tom &amp; &quot;Jerry&quot; &lt;b&gt;'`
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // The parser turns a carriage return into a line feed, but not one written as a reference.
  '\r': '&#13;',
};
const SPECIAL = /[&<>"'\r]/g;

/** The text escaped for an element's content or a double-quoted attribute's value. */
export const escapeMarkup = (text: string): string => text.replace(SPECIAL, (c) => ENTITIES[c]);

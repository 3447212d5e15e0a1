/** A number and its noun, in the plural the number asks for ("1 step", "6 steps"), by Intl.PluralRules. Pure. */
const plural = new Intl.PluralRules('en');

/** "1 step", "6 steps"; `other`, the plural where it is not the noun and "s" ("1 person", "2 people"). */
export const count = (n: number, one: string, other = `${one}s`) =>
  `${number(n)} ${plural.select(n) === 'one' ? one : other}`;

/** A number as people read it: "10,000". */
export const number = (n: number) => n.toLocaleString('en-GB');

/** A number and its noun, in the plural the number asks for ("1 step", "6 steps"), by Intl.PluralRules. Pure. */
const plural = new Intl.PluralRules('en');

/** "1 step", "6 steps"; `other`, the plural where it is not the noun and "s" ("1 person", "2 people"). */
export const count = (n: number, one: string, other = `${one}s`) =>
  `${number(n)} ${plural.select(n) === 'one' ? one : other}`;

let grouped: Intl.NumberFormat | undefined;

/**
 * A number as people read it: "10,000". A whole number under 1,000 reads the same as its digits,
 * so it is written without Intl: the first number Intl formats loads its locale's data (about 10 ms
 * on this project's machine), which the first view, whose numbers are all small, need not wait for.
 */
export const number = (n: number) =>
  Number.isInteger(n) && n > -1000 && n < 1000 && !Object.is(n, -0)
    ? String(n)
    : (grouped ??= new Intl.NumberFormat('en-GB')).format(n);

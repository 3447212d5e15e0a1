import { describe, expect, it } from 'vitest';
import { count, number } from './count';

describe('number', () => {
  it('reads as Intl writes it in en-GB, small whole numbers included', () => {
    const samples = [0, -0, 1, 7, 999, -999, 1000, -1000, 10_000, 1_234_567, 0.5, 2.25, -3.5, 999.5];
    for (let n = -1100; n <= 1100; n += 37) samples.push(n);
    for (const n of samples) expect(number(n), String(n)).toBe(n.toLocaleString('en-GB'));
  });
});

describe('count', () => {
  it('puts the noun in the plural the number asks for', () => {
    expect(count(1, 'step')).toBe('1 step');
    expect(count(6, 'step')).toBe('6 steps');
    expect(count(0, 'skill')).toBe('0 skills');
    expect(count(2, 'person', 'people')).toBe('2 people');
    expect(count(10_000, 'skill')).toBe('10,000 skills');
  });
});

/** Guards the colours a slide is given: pptxgenjs turns anything but six hex digits into black. */
import { describe, expect, it } from 'vitest';
import { hex } from './formats';

describe('hex', () => {
  it.each([
    ['#fff', 'FFFFFF'],
    ['#14181d', '14181D'],
    ['#000', '000000'],
    ['rgb(20, 24, 29)', '14181D'],
    ['white', 'FFFFFF'],
    [' #ffffff ', 'FFFFFF'],
  ])('%s → %s', (colour, six) => expect(hex(colour)).toBe(six));
});

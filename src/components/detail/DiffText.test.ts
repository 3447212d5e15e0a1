// @vitest-environment jsdom
/** Guards the word diff's markup: changes are marked and announced, never by colour alone, and stay text. */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DiffText from './DiffText.svelte';
import { wordDiff } from '../../lib/model/textDiff';

describe('DiffText', () => {
  it('marks removed and added words with <del> and <ins>, each announced in words', () => {
    const { container } = render(DiffText, {
      parts: wordDiff('You can fix faults.', 'You can find faults.'),
    });
    expect(container.querySelector('del')?.textContent).toBe(' removed: fix');
    expect(container.querySelector('ins')?.textContent).toBe(' added: find');
    expect(container.textContent?.replace(/\s+/g, ' ')).toBe('You can removed: fix added: find faults.');
  });

  it('shows markup in a description as text', () => {
    render(DiffText, { parts: [{ text: '<b>bold</b>', kind: 'same' }] });
    expect(screen.getByText('<b>bold</b>')).toBeTruthy();
    expect(document.querySelector('b')).toBeNull();
  });
});

/** Guards the source line: links only to web addresses, and no empty parts for a loaded file. */
import { describe, expect, it } from 'vitest';
import { safeHref, sourceLine } from './source';
import { devopsFramework } from '../../../tests/unit/fixtures';
import type { Source } from './types';

describe('safeHref', () => {
  it.each([
    ['https://www.gov.uk/x', 'https://www.gov.uk/x'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox', undefined],
    ['//evil.example', undefined],
    ['', undefined],
    ['file:///etc/passwd', undefined],
  ])('%s → %s', (url, href) => expect(safeHref(url)).toBe(href));
});

describe('sourceLine', () => {
  it('says all of a full source, with its two links', () => {
    expect(sourceLine(devopsFramework().source)).toEqual({
      attribution:
        'Source: DDaT Capability Framework, CDDO. Contains public sector information licensed under the Open Government Licence v3.0.',
      title: {
        text: 'Development operations (DevOps) engineer',
        href: 'https://www.gov.uk/guidance/development-operations-devops-engineer',
      },
      details: 'Central Digital and Data Office (CDDO), published 2020-01-07',
      licence: {
        text: 'Open Government Licence v3.0',
        href: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      },
    });
  });

  it('leaves out what a loaded file does not say, and links nothing that is not a web address', () => {
    const source: Source = {
      title: 'x.csv',
      publisher: '',
      published: '',
      url: '',
      licence: '',
      licenceUrl: '',
      attribution: 'Source: x.csv',
    };
    expect(sourceLine(source)).toEqual({
      attribution: 'Source: x.csv',
      title: undefined,
      details: undefined,
      licence: undefined,
    });
    const hostile = {
      ...source,
      title: 'Ladder',
      url: 'javascript:alert(1)',
      licence: 'L',
      licenceUrl: 'javascript:x',
    };
    expect(sourceLine(hostile).title).toEqual({ text: 'Ladder', href: undefined });
    expect(sourceLine(hostile).licence).toEqual({ text: 'L', href: undefined });
  });
});

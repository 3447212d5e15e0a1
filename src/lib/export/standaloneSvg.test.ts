/** Guards exported SVG: well-formed, self-contained, escaped, with title, legend and source. */
import { describe, expect, it } from 'vitest';
import { composeStandaloneSvg, escapeXml } from './standaloneSvg';

const theme = { background: '#ffffff', ink: '#111111', inkSoft: '#555555' };
const parts = {
  title: 'Skills <by> level & "more"',
  chartMarkup: '<rect width="10" height="10"/>',
  chartWidth: 800,
  chartHeight: 400,
  legend: [{ label: 'Expert', shape: 'swatch' as const, fill: '#253494', stroke: '#253494' }],
  source: 'Source: DDaT Capability Framework, CDDO.',
  theme,
};

describe('composeStandaloneSvg', () => {
  it('escapes text and includes title, chart, legend and source', () => {
    const { svg, width, height } = composeStandaloneSvg(parts);
    expect(svg).toContain('<title>Skills &lt;by&gt; level &amp; &quot;more&quot;</title>');
    expect(svg).toContain('<rect width="10" height="10"/>');
    expect(svg).toContain('>Expert</text>');
    expect(svg).toContain('Source: DDaT Capability Framework, CDDO.');
    // The background in numbers (svg2pdf reads width="100%" as 100 points).
    expect(svg).toContain(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
    expect(svg).not.toContain('100%');
    expect(width).toBe(856);
    expect(height).toBeGreaterThan(400);
    expect(svg).not.toMatch(/(href|src)=/);
  });

  it('leaves out the background when transparent, and title and source when bare', () => {
    const { svg } = composeStandaloneSvg({ ...parts, transparent: true, bare: true });
    expect(svg).not.toContain('fill="#ffffff"');
    expect(svg).not.toContain('font-size="22"');
    expect(svg).not.toMatch(/<text[^>]*>Source:/);
  });
});

describe('a chart with a summary (the comparison)', () => {
  it('says it under the title, and moves the chart down to make room; a bare picture leaves it to its slide', () => {
    const summary = 'Senior DevOps engineer (technical) asks for more in 1 skill, 1 step <up>.';
    const withSummary = composeStandaloneSvg({ ...parts, summary });
    expect(withSummary.svg).toContain(`font-size="15" fill="#111111">${escapeXml(summary)}</text>`);
    expect(withSummary.svg).toContain('<g transform="translate(28 102)">');
    expect(composeStandaloneSvg(parts).svg).toContain('<g transform="translate(28 68)">');
    expect(withSummary.height).toBe(composeStandaloneSvg(parts).height + 34);
    expect(composeStandaloneSvg({ ...parts, summary, bare: true }).svg).not.toContain('font-size="15"');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

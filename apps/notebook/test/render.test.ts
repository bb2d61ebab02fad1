import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderOutput, scopeSvgIds } from '../src/notebook/render.js';

describe('render', () => {
  it('scopeSvgIds prefixes ids and their references, nothing else', () => {
    const svg =
      '<svg><defs><clipPath id="c0"><rect/></clipPath></defs><g clip-path="url(#c0)"><use href="#m0"/><use xlink:href="#c0"/></g><a href="#other"/></svg>';
    expect(scopeSvgIds(svg, 'p-')).toBe(
      '<svg><defs><clipPath id="p-c0"><rect/></clipPath></defs><g clip-path="url(#p-c0)"><use href="#m0"/><use xlink:href="#p-c0"/></g><a href="#other"/></svg>',
    );
  });

  it('two figures rendered on one page never share an id', () => {
    const out = {
      output_type: 'display_data' as const,
      data: { 'image/svg+xml': '<svg><clipPath id="c0"/><g clip-path="url(#c0)"/></svg>' },
      metadata: {},
    };
    const a = renderOutput(out);
    const b = renderOutput(out);
    const id = (html: string): string => /id="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(id(a)).not.toBe(id(b));
    expect(a).toContain(`url(#${id(a)})`);
  });

  it('markdown keeps TeX away from emphasis and escapes raw HTML', () => {
    const html = renderMarkdown('*a* $x_1 * y_2$ <script>x</script>', (t) => `[${t}]`);
    expect(html).toBe('<p><em>a</em> [x_1 * y_2] &lt;script&gt;x&lt;/script&gt;</p>\n');
  });

  it('an error output shows its traceback without ANSI colours, escaped', () => {
    const html = renderOutput({
      output_type: 'error',
      ename: 'E',
      evalue: 'v',
      traceback: ['\u001b[31mE: <v>\u001b[0m'],
    });
    expect(html).toBe('<pre class="out-error">E: &#60;v&#62;</pre>');
  });
});

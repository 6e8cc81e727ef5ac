import { describe, expect, it } from 'vitest';
import { minifyCss, minifyHtml, minifyTemplatesInSource } from '../build/minify-templates.mjs';

describe('minifyCss', () => {
  it('drops comments and the whitespace around braces, colons, semicolons, commas and >', () => {
    const input = `
      /* the host */
      :host {
        display: block;
        font-family: system-ui, sans-serif;
      }
      .rows > li,
      .row { margin: 0 auto; }
    `;
    expect(minifyCss([input])).toEqual([
      ':host{display:block;font-family:system-ui,sans-serif}.rows>li,.row{margin:0 auto}',
    ]);
  });

  it('keeps the space before a colon, which makes a descendant selector', () => {
    expect(minifyCss([':host :focus-visible { outline: none; }'])).toEqual([
      ':host :focus-visible{outline:none}',
    ]);
  });

  it('keeps the spaces calc needs around + and -', () => {
    expect(minifyCss(['a { width: calc(100% - 2 * var(--x) + 1px); }'])).toEqual([
      'a{width:calc(100% - 2 * var(--x) + 1px)}',
    ]);
  });

  it('keeps strings as written, comment-like text and spaces included', () => {
    expect(
      minifyCss([`a::before { content: ' /* x */ ;  }'; font-family: "PingFang SC"; }`]),
    ).toEqual([`a::before{content:' /* x */ ;  }';font-family:"PingFang SC"}`]);
  });

  it('keeps an empty comment where dropping it would join two tokens', () => {
    expect(minifyCss(['a { margin: 1px/* gap */2px; }'])).toEqual(['a{margin:1px/**/2px}']);
    expect(minifyCss(['a { margin: 1px /* gap */ 2px; }'])).toEqual(['a{margin:1px 2px}']);
  });

  it('keeps the space between an expression and a word, and drops it next to a brace', () => {
    expect(minifyCss(['\n  ', ' {\n  margin: ', ' auto;\n}\n', '\n'])).toEqual([
      '',
      '{margin:',
      ' auto}',
      '',
    ]);
    expect(minifyCss(['a { border: ', ' ', '; }'])).toEqual(['a{border:', ' ', '}']);
  });

  it('leaves a template with an escape as written (Lit reads the cooked text)', () => {
    expect(minifyCss(['a::before { content: "\\201C"; }'])).toEqual([
      'a::before { content: "\\201C"; }',
    ]);
  });

  it('leaves a template alone when a comment or string spans an expression', () => {
    expect(minifyCss(['a { /* ', ' */ color: red; }'])).toEqual(['a { /* ', ' */ color: red; }']);
    expect(minifyCss(["a { content: '", "'; }"])).toEqual(["a { content: '", "'; }"]);
  });
});

describe('minifyHtml', () => {
  it('turns each run of whitespace in text into one space', () => {
    expect(minifyHtml(['<div class="field">\n      <label>Name</label>\n    </div>'])).toEqual([
      '<div class="field"> <label>Name</label> </div>',
    ]);
  });

  it('keeps one space at the edges of the template and next to expressions', () => {
    expect(minifyHtml(['\n  <p>\n    ', '\n    ', '  </p>\n'])).toEqual([' <p> ', ' ', ' </p> ']);
  });

  it('joins the attributes of a tag with one space and drops the space before >', () => {
    expect(
      minifyHtml(['<input part="input"\n      .checked=', '\n      ?disabled=', '\n    >']),
    ).toEqual(['<input part="input" .checked=', ' ?disabled=', '>']);
  });

  it('keeps the space before /> so that an unquoted value does not take the slash', () => {
    expect(minifyHtml(['<input value=', '\n      />'])).toEqual(['<input value=', ' />']);
  });

  it('keeps quoted attribute values as written, also across expressions', () => {
    expect(minifyHtml(['<p class="a   b" title=\'x  \n y\'>t</p>'])).toEqual([
      '<p class="a   b" title=\'x  \n y\'>t</p>',
    ]);
    expect(minifyHtml(['<p class="a  ', '  b"  >', '</p>'])).toEqual([
      '<p class="a  ',
      '  b">',
      '</p>',
    ]);
  });

  it('keeps the text of pre, textarea, script and style as written', () => {
    expect(minifyHtml(['<pre>\n  a\n   b\n</pre>\n  <b> x </b>'])).toEqual([
      '<pre>\n  a\n   b\n</pre> <b> x </b>',
    ]);
    expect(minifyHtml(['<textarea  id="t">\n  ', '\n</textarea>  <p>\n</p>'])).toEqual([
      '<textarea id="t">\n  ',
      '\n</textarea> <p> </p>',
    ]);
    expect(minifyHtml(['<STYLE> a  { } </STYLE>'])).toEqual(['<STYLE> a  { } </STYLE>']);
  });

  it('keeps comments as written', () => {
    expect(minifyHtml(['<!--  a\n  b  -->\n  <p></p>'])).toEqual(['<!--  a\n  b  --> <p></p>']);
  });

  it('reads a tag whose name is an expression (static html) as a tag', () => {
    expect(minifyHtml(['<', '\n  class="a  b"\n  .field=', '\n></', '>'])).toEqual([
      '<',
      ' class="a  b" .field=',
      '></',
      '>',
    ]);
  });

  it('treats a < that opens no tag as text', () => {
    expect(minifyHtml(['<p>1  <  2</p>'])).toEqual(['<p>1 < 2</p>']);
  });

  it('leaves a template with an escape as written: \\" in the source is a quote to Lit', () => {
    expect(minifyHtml(['<p title="a\\"  b">  x  </p>'])).toEqual(['<p title="a\\"  b">  x  </p>']);
  });

  it('leaves a template alone when it ends inside a raw element, comment or value', () => {
    expect(minifyHtml(['<pre>  a  '])).toEqual(['<pre>  a  ']);
    expect(minifyHtml(['<!--  a  '])).toEqual(['<!--  a  ']);
    expect(minifyHtml(['<p title="  a  '])).toEqual(['<p title="  a  ']);
  });
});

describe('minifyTemplatesInSource', () => {
  it('minifies css, html and svg templates and keeps every other character', () => {
    const source = [
      'const styles = css`\n  p {\n    margin: 0;\n  }\n`;',
      'const text = `keep  this\n  too`;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a module
      'const view = (x: number) => html`<p>\n  ${x > 1 ? html`<b>  ${x}  </b>` : nothing}\n</p>`;',
      'const icon = svg`<g>\n  <path d="M0  0"></path>\n</g>`;',
      'const other = sql`select  1`;',
    ].join('\n');
    expect(minifyTemplatesInSource(source)).toBe(
      [
        'const styles = css`p{margin:0}`;',
        'const text = `keep  this\n  too`;',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a module
        'const view = (x: number) => html`<p> ${x > 1 ? html`<b> ${x} </b>` : nothing} </p>`;',
        'const icon = svg`<g> <path d="M0  0"></path> </g>`;',
        'const other = sql`select  1`;',
      ].join('\n'),
    );
  });

  it('returns a source without templates unchanged', () => {
    const source = "export const a = 'css`  x  `';\n// html`  y  `\n";
    expect(minifyTemplatesInSource(source)).toBe(source);
  });
});

// Minifies the static text of Lit templates in the script-tag bundles (issue #4): comments and
// the whitespace around `{ } ; : , >` in `css` templates, runs of whitespace in `html` and
// `svg` templates. What a page renders stays the same: a run of whitespace in HTML text
// becomes one space (the browser shows either as one space, or nothing), and text is left
// alone where whitespace counts (`<pre>`, `<textarea>`, `<script>`, `<style>`, comments and
// attribute values). Only templates tagged `css`, `html` or `svg` are touched; the
// expressions between their parts are never changed.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const WHITESPACE = /[ \t\n\r\f]/;
/** CSS characters a space next to can go: after any of them, and before all but `:`. */
const CSS_AFTER = new Set(['{', '}', ';', ':', ',', '>']);
const CSS_BEFORE = new Set(['{', '}', ';', ',', '>']);
/** Elements whose text is kept as written. */
const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style']);

/**
 * Minifies the static parts of one `css` template: `parts` are the raw texts between the
 * `${…}` expressions (as in the source, escapes unexpanded). Comments go, whitespace runs
 * become one space, and a space next to `{ } ; , >` (or after `:`) goes, as does a `;`
 * before `}`. Strings are kept. A space next to an expression stays unless the other side
 * lets it go (`margin: ${x} auto` keeps both). Returns `parts` unchanged when a comment or
 * string spans an expression, or when any part holds a backslash (see {@link escapes}).
 *
 * @param {readonly string[]} parts
 * @returns {string[]}
 */
export function minifyCss(parts) {
  if (escapes(parts)) return [...parts];
  const out = [];
  for (let p = 0; p < parts.length; p++) {
    const text = parts[p];
    let result = '';
    // A pending space, written only when the next character does not let it go.
    let space = false;
    for (let i = 0; i < text.length; ) {
      const char = text[i];
      if (char === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) return [...parts];
        // Between two tokens (or a token and an expression) a comment separates them: an
        // empty one stays there.
        const before = result.length > 0 ? result[result.length - 1] : p === 0 ? '' : '$';
        const after = end + 2 < text.length ? text[end + 2] : p === parts.length - 1 ? '' : '$';
        const joins = before !== '' && after !== '' && !space && !WHITESPACE.test(after);
        if (joins && !CSS_AFTER.has(before) && !CSS_BEFORE.has(after)) result += '/**/';
        i = end + 2;
        continue;
      }
      if (WHITESPACE.test(char)) {
        space = true;
        i++;
        continue;
      }
      if (space) {
        const last = result.length > 0 ? result[result.length - 1] : p === 0 ? 'start' : '';
        if (last !== 'start' && !CSS_AFTER.has(last) && !CSS_BEFORE.has(char)) result += ' ';
        space = false;
      }
      if (char === '"' || char === "'") {
        const end = stringEnd(text, i);
        if (end < 0) return [...parts];
        result += text.slice(i, end);
        i = end;
        continue;
      }
      if (char === '}' && result.endsWith(';')) result = result.slice(0, -1);
      result += char;
      i++;
    }
    // A space before an expression stays unless the character before lets it go; at the
    // end of the template it goes.
    if (space && p < parts.length - 1) {
      const last = result.length > 0 ? result[result.length - 1] : p === 0 ? 'start' : '';
      if (last !== 'start' && !CSS_AFTER.has(last)) result += ' ';
    }
    out.push(result);
  }
  return out;
}

/**
 * Whether a template holds an escape. Lit reads the cooked text, where `\"` is a quote and
 * `\n` a line break, so the raw text would be read wrong: such a template is left as written
 * (none of the elements' templates has one).
 */
function escapes(parts) {
  return parts.some((part) => part.includes('\\'));
}

/** Index after the string starting at `start` (a quote), or -1 when it does not end here. */
function stringEnd(text, start) {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === quote) return i + 1;
    else if (text[i] === '\n') return -1;
  }
  return -1;
}

/**
 * Minifies the static parts of one `html` or `svg` template (see {@link minifyCss} for
 * `parts`). In text, each run of whitespace becomes one space; inside a tag, the whitespace
 * between attributes becomes one space and the whitespace before `>` goes (never before
 * `/>`, which would join an unquoted value). Attribute values in quotes, comments and the
 * text of `<pre>`, `<textarea>`, `<script>` and `<style>` are kept as written, also across
 * expressions. A template with a backslash is kept as written (see {@link escapes}).
 *
 * @param {readonly string[]} parts
 * @returns {string[]}
 */
export function minifyHtml(parts) {
  if (escapes(parts)) return [...parts];
  /** @type {'text' | 'tag' | 'comment' | 'raw'} */
  let state = 'text';
  let quote = ''; // the open attribute value's quote, inside a tag
  let rawTag = ''; // the element whose text is kept, in state 'raw'
  let tagName = ''; // the name of the tag being read, in state 'tag'
  let readingName = false;
  let endTag = false; // the tag being read is an end tag
  const out = [];
  for (let p = 0; p < parts.length; p++) {
    const text = parts[p];
    let result = '';
    let space = false;
    for (let i = 0; i < text.length; ) {
      const char = text[i];
      if (state === 'comment') {
        const end = text.indexOf('-->', i);
        const stop = end < 0 ? text.length : end + 3;
        result += text.slice(i, stop);
        if (end >= 0) state = 'text';
        i = stop;
        continue;
      }
      if (state === 'raw') {
        const close = text.toLowerCase().indexOf(`</${rawTag}`, i);
        const stop = close < 0 ? text.length : close;
        result += text.slice(i, stop);
        if (close >= 0) state = 'text';
        i = stop;
        continue;
      }
      if (state === 'tag' && quote !== '') {
        if (char === quote) quote = '';
        result += char;
        i++;
        continue;
      }
      if (WHITESPACE.test(char)) {
        space = true;
        readingName = false;
        i++;
        continue;
      }
      if (state === 'text') {
        if (space) result += ' ';
        space = false;
        if (char === '<' && text.startsWith('<!--', i)) {
          state = 'comment';
          result += '<!--';
          i += 4;
          continue;
        }
        const next = text[i + 1];
        const next2 = text[i + 2];
        const opensTag =
          char === '<' &&
          (next === undefined ||
            /[A-Za-z]/.test(next) ||
            (next === '/' && (next2 === undefined || /[A-Za-z]/.test(next2))));
        if (opensTag) {
          state = 'tag';
          tagName = '';
          readingName = true;
          endTag = next === '/';
        }
        result += char;
        i++;
        continue;
      }
      // state === 'tag', outside a quoted value
      if (char === '>') {
        space = false;
        result += char;
        i++;
        state = 'text';
        if (!endTag && RAW_TEXT.has(tagName.toLowerCase())) {
          state = 'raw';
          rawTag = tagName.toLowerCase();
        }
        continue;
      }
      if (space) result += ' ';
      space = false;
      if (readingName && /[A-Za-z0-9-]/.test(char)) tagName += char;
      else if (char !== '/' || tagName !== '') readingName = false;
      if (char === '"' || char === "'") quote = char;
      result += char;
      i++;
    }
    // Whitespace before an expression (or at the end) stays as one space: it may separate
    // an attribute from the next, or words in text.
    if (space) result += ' ';
    out.push(result);
  }
  // An end tag closes a raw element only as a whole: a template that ends inside one
  // (its text continues in another template) is left as written.
  if (state === 'raw' || state === 'comment' || quote !== '') return [...parts];
  return out;
}

/** The tags whose templates are minified, and how. */
const MINIFIERS = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

/**
 * Minifies every `css`, `html` and `svg` tagged template in a TypeScript module's source and
 * returns the new source; everything else is kept byte for byte.
 *
 * @param {string} source
 * @param {string} [fileName]
 * @returns {string}
 */
export function minifyTemplatesInSource(source, fileName = 'module.ts') {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.TS,
  );
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      Object.hasOwn(MINIFIERS, node.tag.text)
    ) {
      const minify = MINIFIERS[node.tag.text];
      const ranges = templateRanges(node.template, file);
      const parts = ranges.map(([start, end]) => source.slice(start, end));
      const minified = minify(parts);
      ranges.forEach(([start, end], index) => {
        if (minified[index] !== parts[index]) edits.push({ start, end, text: minified[index] });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  edits.sort((a, b) => b.start - a.start);
  let result = source;
  for (const edit of edits)
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** Source ranges of a template's static parts, without the backticks, `${` and `}`. */
function templateRanges(template, file) {
  if (ts.isNoSubstitutionTemplateLiteral(template))
    return [[template.getStart(file) + 1, template.end - 1]];
  const ranges = [[template.head.getStart(file) + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const literal = span.literal;
    const close = ts.isTemplateTail(literal) ? 1 : 2;
    ranges.push([literal.getStart(file) + 1, literal.end - close]);
  }
  return ranges;
}

/**
 * An esbuild plugin that minifies the Lit templates of the TypeScript files matching
 * `filter` as they load (see {@link minifyTemplatesInSource}).
 *
 * @param {{ filter?: RegExp }} [options]
 * @returns {import('esbuild').Plugin}
 */
export function minifyTemplates(options = {}) {
  const filter = options.filter ?? /\/packages\/elements\/src\/.*\.ts$/;
  return {
    name: 'minify-templates',
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        return { contents: minifyTemplatesInSource(source, args.path), loader: 'ts' };
      });
    },
  };
}

// Finds the fenced code blocks of Markdown files, with the `<!-- sample: … -->` marker
// written just before each, so the docs tests can run every sample.

/** One fenced code block of a Markdown file. */
export interface CodeBlock {
  /** The file, relative to the repository root (`docs/forms.md`). */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The info string's first word, lowercased (`ts`, `json`, `sh`); `''` when there is none. */
  readonly lang: string;
  /** The block's text, without the fences. */
  readonly code: string;
  /** The marker just before the block (`setup=forms`, `skip — output only`), if any. */
  readonly marker: SampleMarker | undefined;
}

/** What a `<!-- sample: … -->` comment says about the block after it. */
export interface SampleMarker {
  /** The whole text after `sample:`. */
  readonly text: string;
  /** `skip — <reason>`: the reason; a skip without a reason is refused by the tests. */
  readonly skip: string | undefined;
  /** Words and `name=value` options: `browser`, `form`, `setup=forms`, `fragment=form-rules`. */
  readonly options: ReadonlyMap<string, string>;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)/;
const MARKER = /^\s*<!--\s*sample:\s*(.*?)\s*-->\s*$/;

/** Reads a marker comment's text: `skip — reason`, or words and `name=value` options. */
export function parseMarker(text: string): SampleMarker {
  const skip = /^skip\b\s*(?:[—–:-]+\s*)?(.*)$/u.exec(text);
  const options = new Map<string, string>();
  if (!skip) {
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const [name = '', value = ''] = word.split('=', 2);
      options.set(name, value);
    }
  }
  return { text, skip: skip ? (skip[1] ?? '').trim() : undefined, options };
}

/**
 * Every fenced code block of a Markdown text, in order. A marker belongs to a block when it
 * is the last non-blank line before the opening fence.
 *
 * @example
 * codeBlocks('docs/forms.md', text).filter((block) => block.lang === 'ts');
 */
export function codeBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const open = FENCE.exec(lines[index] ?? '');
    if (!open) {
      index += 1;
      continue;
    }
    const [, indent = '', fence = '```', info = ''] = open;
    let previous = index - 1;
    while (previous >= 0 && (lines[previous] ?? '').trim() === '') previous -= 1;
    const marked = previous >= 0 ? MARKER.exec(lines[previous] ?? '') : null;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !(lines[end] ?? '').trim().startsWith(fence)) {
      const text = lines[end] ?? '';
      body.push(text.startsWith(indent) ? text.slice(indent.length) : text);
      end += 1;
    }
    blocks.push({
      file,
      line: index + 1,
      lang: info.toLowerCase(),
      code: `${body.join('\n')}\n`,
      marker: marked ? parseMarker(marked[1] ?? '') : undefined,
    });
    index = end + 1;
  }
  return blocks;
}

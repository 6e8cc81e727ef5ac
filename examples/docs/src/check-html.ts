// Checks HTML samples: the markup parses (tags closed in order), every `yz-*` element and
// its attributes are in a custom elements manifest, every other element is standard HTML,
// and nothing a strict Content-Security-Policy forbids is used (inline handlers, `style=`).

/** Elements and attributes known from custom elements manifests: tag → attribute names. */
export type KnownElements = ReadonlyMap<string, ReadonlySet<string>>;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Standard HTML elements a page embedding Yizhan plausibly uses. */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'article',
  'aside',
  'body',
  'br',
  'button',
  'div',
  'fieldset',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'head',
  'header',
  'hr',
  'html',
  'img',
  'input',
  'label',
  'legend',
  'li',
  'link',
  'main',
  'meta',
  'nav',
  'noscript',
  'ol',
  'option',
  'p',
  'script',
  'section',
  'select',
  'span',
  'strong',
  'table',
  'tbody',
  'td',
  'template',
  'textarea',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);

/** Attributes allowed on any element, besides `aria-*` and `data-*`. */
const GLOBAL_ATTRIBUTES = new Set([
  'id',
  'class',
  'lang',
  'dir',
  'title',
  'hidden',
  'tabindex',
  'role',
  'slot',
  'part',
  'exportparts',
  'inert',
]);

/** Attributes of standard elements (not per element: the check is for typos and CSP). */
const HTML_ATTRIBUTES = new Set([
  'action',
  'alt',
  'async',
  'autocomplete',
  'charset',
  'checked',
  'content',
  'crossorigin',
  'defer',
  'disabled',
  'enctype',
  'for',
  'height',
  'href',
  'http-equiv',
  'integrity',
  'label',
  'max',
  'maxlength',
  'media',
  'method',
  'min',
  'minlength',
  'multiple',
  'name',
  'nomodule',
  'novalidate',
  'pattern',
  'placeholder',
  'readonly',
  'rel',
  'required',
  'selected',
  'sizes',
  'src',
  'step',
  'target',
  'type',
  'value',
  'width',
  'nonce',
]);

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly attributes: readonly string[];
  readonly selfClosing: boolean;
}

const TAG =
  /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=>/"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g;

/** Reads the tags of an HTML fragment; text, comments and script contents are passed over. */
export function htmlTags(html: string): { tags: Tag[]; problems: string[] } {
  const tags: Tag[] = [];
  const problems: string[] = [];
  let at = 0;
  while (at < html.length) {
    const next = html.indexOf('<', at);
    if (next < 0) break;
    if (html.startsWith('<!--', next)) {
      const end = html.indexOf('-->', next);
      if (end < 0) problems.push('A comment is not closed with -->.');
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    if (/^<!doctype/i.test(html.slice(next, next + 9))) {
      at = html.indexOf('>', next) + 1 || html.length;
      continue;
    }
    TAG.lastIndex = next;
    const match = TAG.exec(html);
    if (!match) {
      problems.push(`Cannot read the tag at "${html.slice(next, next + 30).split('\n')[0]}".`);
      at = next + 1;
      continue;
    }
    const [, slash, name = '', attributeText = '', selfClose] = match;
    const attributes = [...attributeText.matchAll(ATTRIBUTE)].map((a) =>
      (a[1] ?? '').toLowerCase(),
    );
    const tag = {
      name: name.toLowerCase(),
      closing: slash === '/',
      attributes,
      selfClosing: selfClose === '/',
    };
    tags.push(tag);
    at = TAG.lastIndex;
    if (!tag.closing && (tag.name === 'script' || tag.name === 'style')) {
      const end = html.toLowerCase().indexOf(`</${tag.name}`, at);
      at = end < 0 ? html.length : end;
    }
  }
  return { tags, problems };
}

/**
 * Problems of one HTML sample, as sentences; `[]` when it is well formed and uses only
 * known elements and attributes.
 */
export function checkHtml(html: string, known: KnownElements): string[] {
  const { tags, problems } = htmlTags(html);
  const open: string[] = [];
  for (const tag of tags) {
    if (tag.closing) {
      const top = open.pop();
      if (top !== tag.name) problems.push(`</${tag.name}> closes <${top ?? 'nothing'}>.`);
      continue;
    }
    const custom = known.get(tag.name);
    if (tag.name.includes('-') && !custom)
      problems.push(
        `<${tag.name}> is not in a custom elements manifest (packages/elements/custom-elements.json).`,
      );
    if (!tag.name.includes('-') && !HTML_ELEMENTS.has(tag.name))
      problems.push(`<${tag.name}> is not an HTML element this check knows.`);
    for (const attribute of tag.attributes) {
      if (attribute.startsWith('on'))
        problems.push(
          `<${tag.name} ${attribute}>: inline event handlers do not run under a strict CSP; add a listener from a script file.`,
        );
      else if (attribute === 'style')
        problems.push(
          `<${tag.name} style>: inline styles are refused by style-src 'self'; use a stylesheet.`,
        );
      else if (
        attribute.startsWith('aria-') ||
        attribute.startsWith('data-') ||
        GLOBAL_ATTRIBUTES.has(attribute)
      )
        continue;
      else if (custom ? !custom.has(attribute) : !HTML_ATTRIBUTES.has(attribute))
        problems.push(
          `<${tag.name}> has no attribute "${attribute}"${custom ? ` (it has: ${[...custom].join(', ')})` : ''}.`,
        );
    }
    if (!VOID.has(tag.name) && !tag.selfClosing) open.push(tag.name);
  }
  for (const name of open.reverse()) problems.push(`<${name}> is not closed.`);
  return problems;
}

/** Reads tag → attributes from a custom elements manifest (custom-elements.json). */
export function manifestElements(manifest: unknown): Map<string, Set<string>> {
  const known = new Map<string, Set<string>>();
  const modules = (manifest as { modules?: { declarations?: unknown[] }[] }).modules ?? [];
  for (const module of modules) {
    for (const declaration of module.declarations ?? []) {
      const { tagName, attributes } = declaration as {
        tagName?: string;
        attributes?: { name: string }[];
      };
      if (tagName) known.set(tagName, new Set((attributes ?? []).map((a) => a.name)));
    }
  }
  return known;
}

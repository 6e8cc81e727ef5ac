// Checks HTML samples: the markup parses (tags closed in order), every `yz-*` element and
// its attributes are in a custom elements manifest, every other element is standard HTML,
// and nothing a strict Content-Security-Policy forbids is used (inline handlers, `style=`).

/** What a custom elements manifest says about one element. */
export interface KnownElement {
  readonly attributes: ReadonlySet<string>;
  /** Public fields: what a framework binds as a property (`:definition.prop`). */
  readonly properties: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
  readonly cssProperties: ReadonlySet<string>;
  readonly cssParts: ReadonlySet<string>;
}

/** Elements known from custom elements manifests, by tag. */
export type KnownElements = ReadonlyMap<string, KnownElement>;

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
    const attributes = [...attributeText.matchAll(ATTRIBUTE)].map((a) => a[1] ?? '');
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

/** A Vue template binding (`:definition.prop`, `@yz-submit`, `v-if`) checked against the manifest. */
function checkVueBinding(
  tag: string,
  attribute: string,
  custom: KnownElement | undefined,
): string[] {
  if (attribute.startsWith('v-')) return [];
  if (!custom) return [];
  if (attribute.startsWith('@')) {
    const event = attribute.slice(1).split('.')[0] ?? '';
    return custom.events.has(event)
      ? []
      : [`<${tag}> fires no event "${event}" (it fires: ${[...custom.events].join(', ')}).`];
  }
  const [name = '', modifier] = attribute.slice(1).split('.');
  const known =
    modifier === 'prop' ? custom.properties : new Set([...custom.attributes, ...custom.properties]);
  return known.has(name)
    ? []
    : [`<${tag}> has no ${modifier === 'prop' ? 'property' : 'attribute or property'} "${name}".`];
}

/**
 * Problems of one HTML sample (or a Vue template, with `vue`), as sentences; `[]` when it
 * is well formed and uses only known elements, attributes, properties and events.
 */
export function checkHtml(
  html: string,
  known: KnownElements,
  options: { vue?: boolean } = {},
): string[] {
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
    for (const raw of tag.attributes) {
      const attribute = options.vue && /^[:@]/.test(raw) ? raw : raw.toLowerCase();
      if (options.vue && /^[:@]|^v-/.test(attribute))
        problems.push(...checkVueBinding(tag.name, attribute, custom));
      else if (attribute.startsWith('on'))
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
      else if (custom ? !custom.attributes.has(attribute) : !HTML_ATTRIBUTES.has(attribute))
        problems.push(
          `<${tag.name}> has no attribute "${attribute}"${custom ? ` (it has: ${[...custom.attributes].join(', ')})` : ''}.`,
        );
    }
    if (!VOID.has(tag.name) && !tag.selfClosing) open.push(tag.name);
  }
  for (const name of open.reverse()) problems.push(`<${name}> is not closed.`);
  return problems;
}

type Named = { name: string; kind?: string; privacy?: string; static?: boolean };

/** Reads the elements of a custom elements manifest (custom-elements.json). */
export function manifestElements(manifest: unknown): Map<string, KnownElement> {
  const known = new Map<string, KnownElement>();
  const modules = (manifest as { modules?: { declarations?: unknown[] }[] }).modules ?? [];
  const names = (list: Named[] | undefined) => new Set((list ?? []).map((item) => item.name));
  for (const module of modules) {
    for (const declaration of module.declarations ?? []) {
      const d = declaration as {
        tagName?: string;
        attributes?: Named[];
        members?: Named[];
        events?: Named[];
        cssProperties?: Named[];
        cssParts?: Named[];
      };
      if (!d.tagName) continue;
      const fields = (d.members ?? []).filter(
        (member) =>
          member.kind === 'field' &&
          !member.static &&
          (member.privacy === undefined || member.privacy === 'public'),
      );
      known.set(d.tagName, {
        attributes: names(d.attributes),
        properties: names(fields),
        events: names(d.events),
        cssProperties: names(d.cssProperties),
        cssParts: names(d.cssParts),
      });
    }
  }
  return known;
}

/**
 * Problems of a CSS sample: every `--yz-*` custom property and every `::part()` must be
 * one an element declares in its manifest.
 */
export function checkCss(css: string, known: KnownElements): string[] {
  const properties = new Set<string>();
  const parts = new Set<string>();
  for (const element of known.values()) {
    for (const name of element.cssProperties) properties.add(name);
    for (const name of element.cssParts) parts.add(name);
  }
  const problems: string[] = [];
  for (const [name] of css.matchAll(/--yz-[a-z0-9-]+/g))
    if (!properties.has(name))
      problems.push(`${name} is not a custom property any element declares (@cssprop).`);
  for (const match of css.matchAll(/::part\(([^)]+)\)/g))
    if (!parts.has(match[1] ?? ''))
      problems.push(`::part(${match[1]}) is not a part any element declares (@csspart).`);
  return problems;
}

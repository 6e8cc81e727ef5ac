// Must stay the first import: zod has to be jitless before the core builds its schemas.
import '@yizhan/core/strict-csp';
import {
  type FlowGraph,
  type FlowLayout,
  flowGraph,
  layoutFlowGraph,
  type PlacedNode,
  parseFlow,
  type RoutedEdge,
  type StepRegistry,
} from '@yizhan/core/flow';
import type { FormDefinition, Issue } from '@yizhan/core/form';
import { DEFAULT_LOCALE, isLocale, type Locale, localize } from '@yizhan/core/i18n';
import {
  html,
  LitElement,
  nothing,
  type PropertyValues,
  type SVGTemplateResult,
  svg,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import { hostStyles, themeTokens } from '../theme';
import { type DiagramStrings, diagramStrings } from './diagram-strings';
import { yzFlowDiagramStyles } from './yz-flow-diagram.styles';

type View =
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[] }
  | { readonly kind: 'failed'; readonly detail: string }
  | {
      readonly kind: 'ready';
      readonly title: string;
      readonly graph: FlowGraph;
      readonly layout: FlowLayout;
    };

/** How many issues an invalid definition lists before "…". */
const SHOWN_ISSUES = 5;
/** The smallest scale (CSS px per drawing unit) before the diagram scrolls sideways instead of shrinking. */
const MIN_SCALE = 0.8;
/** The same for the large theme, whose readers need bigger text. */
const MIN_SCALE_LARGE = 1.1;
/** The largest scale, so a small flow does not fill a wide page with huge boxes. */
const MAX_SCALE = 1.4;

/** Parses a space-separated `active` attribute into step ids. */
const activeFromAttribute = (value: string | null): string[] =>
  (value ?? '').split(/\s+/).filter((id) => id !== '');

/** A rough, generous width of text in drawing units: CJK characters are square, others about 0.55 em. */
function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? size : size * 0.55;
  return width;
}

/** Cuts `text` to fit `room` drawing units, with "…" when it was cut (the full text is in the list). */
function fitText(text: string, size: number, room: number): string {
  if (textWidth(text, size) <= room) return text;
  let kept = '';
  for (const char of text) {
    if (textWidth(`${kept}${char}…`, size) > room) break;
    kept += char;
  }
  return `${kept}…`;
}

/**
 * A diagram of a flow (流程图): its steps as boxes with their title and step type, and
 * every transition as an arrow labelled with the action or branch that leads along it,
 * loops drawn as dashed arrows in lanes on the right. The steps in `active` (an
 * instance's current steps) are highlighted by colour, a thicker border and a
 * "当前"/"current" badge. The drawing is an SVG that scales to the element's width and
 * scrolls sideways rather than shrink below a readable size.
 *
 * For screen readers the picture is one image (`role="img"`) with a summary, followed by
 * a visually hidden ordered list of the steps, each with where its transitions lead: a
 * list reads the same in every screen reader, where focusable boxes would add a tab stop
 * per step to a picture nobody operates. Definition text is always rendered as text.
 * A missing or invalid definition shows a notice, never an exception. No requests.
 *
 * @tag yz-flow-diagram
 * @csspart scroll - The frame that scrolls sideways on narrow screens.
 * @csspart diagram - The SVG.
 * @csspart notice - The message shown instead of a diagram.
 * @cssprop --yz-color-primary - The highlight of the current step and its badge.
 * @cssprop --yz-color-surface - The fill of the current step.
 * @cssprop --yz-color-border - Step borders.
 * @cssprop --yz-color-muted - Arrows, labels and step types.
 * @cssprop --yz-color-background - Box fill and the halo behind labels.
 */
export class YzFlowDiagram extends LitElement {
  static override styles = [themeTokens(':host'), hostStyles, yzFlowDiagramStyles];

  /** The flow definition: the JSON document (object or text) or a `parseFlow` result's value. */
  @property({ attribute: false }) definition: unknown;
  /** Forms the definition names with `{ "ref": … }`, by id, as for `parseFlow`. */
  @property({ attribute: false }) forms: Readonly<Record<string, FormDefinition>> | undefined;
  /** The step types, when the flow uses custom ones (`createStepRegistry([...])`). */
  @property({ attribute: false }) registry: StepRegistry | undefined;
  /** Step ids to highlight (an instance's `state`); the attribute is space-separated. */
  @property({ converter: { fromAttribute: activeFromAttribute } }) active: readonly string[] = [];
  /** The interface language: `zh-CN` (default) or `en`. */
  @property({ reflect: true }) locale: Locale = DEFAULT_LOCALE;
  /** `large` for large text and high contrast. Dark mode follows the system. */
  @property({ reflect: true }) theme: string | undefined;

  private view: View = { kind: 'missing' };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && !isLocale(this.locale)) this.locale = DEFAULT_LOCALE;
    if (
      changed.has('definition') ||
      changed.has('forms') ||
      changed.has('registry') ||
      changed.has('locale')
    )
      this.view = this.read();
  }

  /** Parses the definition and lays it out; every failure becomes a view, never a throw. */
  private read(): View {
    if (this.definition === undefined || this.definition === null || this.definition === '')
      return { kind: 'missing' };
    try {
      const parsed = parseFlow(this.definition, {
        locale: this.locale,
        ...(this.forms === undefined ? {} : { forms: this.forms }),
        ...(this.registry === undefined ? {} : { steps: this.registry }),
      });
      if (!parsed.ok) return { kind: 'invalid', issues: parsed.issues };
      const graph = flowGraph(parsed.value, this.registry);
      return {
        kind: 'ready',
        title: localize(parsed.value.title, this.locale),
        graph,
        layout: layoutFlowGraph(graph),
      };
    } catch (error) {
      return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  protected override updated(): void {
    // Sizes go through the CSSOM: a style attribute would break a strict style-src policy.
    const drawing = this.renderRoot.querySelector<SVGSVGElement>('svg[part="diagram"]');
    if (drawing === null || this.view.kind !== 'ready') return;
    const width = this.view.layout.width;
    const large = (this.theme ?? '').split(/\s+/).includes('large');
    drawing.style.minWidth = `${Math.round(width * (large ? MIN_SCALE_LARGE : MIN_SCALE))}px`;
    drawing.style.maxWidth = `${Math.round(width * MAX_SCALE)}px`;
  }

  private get text(): DiagramStrings {
    return diagramStrings(isLocale(this.locale) ? this.locale : DEFAULT_LOCALE);
  }

  /** The highlighted step ids; `evaluate.volunteer` (a task key) highlights `evaluate`. */
  private activeSteps(): Set<string> {
    // A host may set a string by property (`diagram.active = 'review'`): read it like the attribute.
    const given: unknown = this.active;
    const list = Array.isArray(given)
      ? given
      : typeof given === 'string'
        ? activeFromAttribute(given)
        : [];
    return new Set(list.map((id) => String(id).split('.')[0] as string));
  }

  protected override render(): TemplateResult {
    const view = this.view;
    const t = this.text;
    switch (view.kind) {
      case 'missing':
        return html`<p class="notice" part="notice" role="status">${t.noDefinition}</p>`;
      case 'failed':
        return html`<p class="notice" part="notice" role="alert">${t.failed(view.detail)}</p>`;
      case 'invalid':
        return html`<div class="notice" part="notice" role="alert">
          <p>${t.invalidDefinition}</p>
          <ul>
            ${view.issues
              .slice(0, SHOWN_ISSUES)
              .map(
                (issue) =>
                  html`<li>${issue.path === '' ? nothing : html`<code>${issue.path}</code> `}${issue.message}</li>`,
              )}
            ${view.issues.length > SHOWN_ISSUES ? html`<li>…</li>` : nothing}
          </ul>
        </div>`;
      case 'ready':
        return this.renderDiagram(view, t);
    }
  }

  private renderDiagram(view: View & { kind: 'ready' }, t: DiagramStrings): TemplateResult {
    const { graph, layout } = view;
    const active = this.activeSteps();
    const titles = new Map(graph.nodes.map((node) => [node.id, localize(node.title, this.locale)]));
    const current = graph.nodes
      .filter((node) => active.has(node.id))
      .map((node) => titles.get(node.id) ?? node.id);
    const nodes = new Map(layout.nodes.map((node) => [node.id, node]));
    return html`<div
        class="scroll"
        part="scroll"
        tabindex="0"
        role="group"
        aria-label=${t.region(view.title)}
      >
        <svg
          part="diagram"
          role="img"
          aria-label=${t.summary(view.title, graph.nodes.length, graph.edges.length, current)}
          viewBox="0 0 ${layout.width} ${layout.height}"
        >
          ${layout.edges.map((edge) => this.renderEdge(edge, t))}
          ${graph.nodes.map((node) => {
            const placed = nodes.get(node.id) as PlacedNode;
            return this.renderNode(
              placed,
              titles.get(node.id) ?? node.id,
              t.stepType(node.type),
              node.final,
              active.has(node.id),
              t,
            );
          })}
        </svg>
      </div>
      <ol class="visually-hidden" aria-label=${t.listLabel}>
        ${graph.nodes.map((node, index) => {
          const leaving = graph.edges.filter((edge) => edge.from === node.id);
          return html`<li>
            ${t.stepItem(index + 1, titles.get(node.id) ?? node.id, t.stepType(node.type), {
              start: node.start,
              final: node.final,
              current: active.has(node.id),
            })}
            ${
              leaving.length === 0
                ? nothing
                : html`<ul>
                  ${leaving.map(
                    (edge) =>
                      html`<li>${t.transitionItem(t.transition(edge.label), titles.get(edge.to) ?? edge.to)}</li>`,
                  )}
                </ul>`
            }
          </li>`;
        })}
      </ol>`;
  }

  private renderEdge(edge: RoutedEdge, t: DiagramStrings): SVGTemplateResult {
    const points = edge.points.map((point) => `${point.x},${point.y}`).join(' ');
    const end = edge.points.at(-1) ?? { x: 0, y: 0 };
    const before = edge.points.at(-2) ?? { x: end.x, y: end.y - 1 };
    // The arrowhead points along the last segment: down onto a box's top, or left onto its side.
    const length = Math.hypot(end.x - before.x, end.y - before.y) || 1;
    const [dx, dy] = [(end.x - before.x) / length, (end.y - before.y) / length];
    const head = [
      [end.x - 9 * dx - 5 * dy, end.y - 9 * dy + 5 * dx],
      [end.x - 9 * dx + 5 * dy, end.y - 9 * dy - 5 * dx],
      [end.x, end.y],
    ]
      .map(([x, y]) => `${x},${y}`)
      .join(' ');
    const label = t.joinLabels(edge.labels.map((name) => t.transition(name)));
    return svg`<g class="edge ${edge.kind}" data-from=${edge.from} data-to=${edge.to}>
      <polyline points=${points}></polyline>
      <polygon points=${head}></polygon>
      <text x=${edge.label.x} y=${edge.label.y} text-anchor=${edge.label.anchor}
        dominant-baseline="middle">${label}</text>
    </g>`;
  }

  private renderNode(
    node: PlacedNode,
    title: string,
    type: string,
    final: boolean,
    active: boolean,
    t: DiagramStrings,
  ): SVGTemplateResult {
    const badgeWidth = textWidth(t.current, 12) + 14;
    const typeRoom = node.width - 24 - (active ? badgeWidth + 6 : 0);
    return svg`<g class="node${active ? ' active' : ''}${final ? ' final' : ''}"
      data-step=${node.id} transform="translate(${node.x} ${node.y})">
      <rect class="box" width=${node.width} height=${node.height}
        rx=${final ? node.height / 2 : 8}></rect>
      <text class="title" x=${node.width / 2} y="26" text-anchor="middle">${fitText(title, 15, node.width - 24)}</text>
      <text class="type" x=${active ? 12 : node.width / 2} y="48"
        text-anchor=${active ? 'start' : 'middle'}>${fitText(type, 12, typeRoom)}</text>
      ${
        active
          ? svg`<g class="badge">
            <rect x=${node.width - 10 - badgeWidth} y="36" width=${badgeWidth} height="18" rx="9"></rect>
            <text x=${node.width - 10 - badgeWidth / 2} y="49" text-anchor="middle">${t.current}</text>
          </g>`
          : nothing
      }
    </g>`;
  }
}

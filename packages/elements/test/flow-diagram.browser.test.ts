import '../src/flow-diagram/yz-flow-diagram';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import holidayCare from '../../volunteer/templates/holiday-care-signup.flow.json';
import microWish from '../../volunteer/templates/micro-wish.flow.json';
import type { YzFlowDiagram } from '../src/flow-diagram/yz-flow-diagram';
import { shadow } from './helpers';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(): Promise<string[]> {
  const results = await axe.run(document, { runOnly: { type: 'tag', values: WCAG_21_AA } });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`),
  );
}

async function mountDiagram(
  setup: (diagram: YzFlowDiagram) => void = (diagram) => {
    diagram.definition = microWish;
  },
  parent: HTMLElement = document.body,
): Promise<YzFlowDiagram> {
  const diagram = document.createElement('yz-flow-diagram');
  setup(diagram);
  parent.append(diagram);
  await diagram.updateComplete;
  return diagram;
}

const nodeOf = (diagram: YzFlowDiagram, step: string) =>
  shadow(diagram).querySelector(`g.node[data-step="${step}"]`) as SVGGElement;

/** Each step box in drawing units: the rect's box moved by its group's translation. */
function boxes(diagram: YzFlowDiagram) {
  return [...shadow(diagram).querySelectorAll<SVGGElement>('g.node')].map((group) => {
    const rect = (group.querySelector('rect.box') as SVGRectElement).getBBox();
    const move = group.transform.baseVal.consolidate()?.matrix;
    return {
      id: group.dataset.step ?? '',
      x: rect.x + (move?.e ?? 0),
      y: rect.y + (move?.f ?? 0),
      width: rect.width,
      height: rect.height,
    };
  });
}

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('<yz-flow-diagram>', () => {
  it('draws the micro-wish template: every step, every transition, an image with a summary', async () => {
    const diagram = await mountDiagram();
    const root = shadow(diagram);
    expect([...root.querySelectorAll('g.node text.title')].map((text) => text.textContent)).toEqual(
      [
        '提交心愿',
        '站长审核',
        '对接志愿者',
        '上门服务',
        '居民评价',
        'thanks',
        'praise',
        'done',
        'unrated',
        'rejected',
      ],
    );
    expect(
      [...root.querySelectorAll('g.edge')].map(
        (edge) =>
          `${edge.getAttribute('data-from')}>${edge.getAttribute('data-to')}:${edge.querySelector('text')?.textContent}`,
      ),
    ).toEqual([
      'request>review:提交',
      'review>match:同意',
      'review>rejected:驳回',
      'review>request:退回修改',
      'match>serve:对接完成',
      'serve>evaluate:签退',
      'serve>match:婉拒',
      'evaluate>thanks:提交',
      'evaluate>unrated:超时',
      'thanks>praise:条件 1',
      'thanks>done:否则',
      'praise>done:继续',
    ]);
    expect(root.querySelectorAll('g.edge.back')).toHaveLength(2);
    await expect
      .element(page.getByRole('img'))
      .toHaveAccessibleName('流程图：微心愿，共 10 个步骤、12 条流转。各步骤及流转见下方列表。');
    const items = [...root.querySelectorAll('ol.visually-hidden > li')];
    expect(items).toHaveLength(10);
    expect([...(items[1]?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
      '同意 → 对接志愿者',
      '驳回 → rejected',
      '退回修改 → 提交心愿',
    ]);
    const own = (item: Element | undefined) =>
      item?.textContent?.replace(item.querySelector('ul')?.textContent ?? '', '').trim();
    expect(own(items[1])).toBe('第 2 步：站长审核（审批）');
    expect(items[0]?.textContent).toContain('第 1 步：提交心愿（填写表单），起点');
    expect(items[7]?.textContent?.trim()).toBe('第 8 步：done（结束），流程在此结束');
  });

  it('highlights the active steps by colour, border and a badge, from the property or the attribute', async () => {
    const diagram = await mountDiagram((element) => {
      element.definition = microWish;
      element.setAttribute('active', 'review');
    });
    const review = nodeOf(diagram, 'review');
    expect(review.classList.contains('active')).toBe(true);
    expect(review.querySelector('.badge text')?.textContent).toBe('当前');
    const border = (step: string) =>
      getComputedStyle(nodeOf(diagram, step).querySelector('rect.box') as Element);
    expect(border('review').strokeWidth).toBe('4px');
    expect(border('match').strokeWidth).toBe('1.5px');
    expect(border('review').stroke).not.toBe(border('match').stroke);
    expect(shadow(diagram).querySelectorAll('.badge')).toHaveLength(1);
    await expect
      .element(page.getByRole('img'))
      .toHaveAccessibleName(
        '流程图：微心愿，共 10 个步骤、12 条流转。当前步骤：站长审核。各步骤及流转见下方列表。',
      );
    expect(shadow(diagram).querySelector('ol > li:nth-child(2)')?.textContent).toContain(
      '，当前步骤',
    );

    // A task key highlights its step; two active steps get two badges.
    diagram.active = ['serve', 'evaluate.volunteer'];
    await diagram.updateComplete;
    expect(
      [...shadow(diagram).querySelectorAll('g.node.active')].map((node) =>
        node.getAttribute('data-step'),
      ),
    ).toEqual(['serve', 'evaluate']);
    expect(nodeOf(diagram, 'review').classList.contains('active')).toBe(false);

    // A string set by property reads like the attribute.
    (diagram as unknown as { active: string }).active = 'match praise';
    await diagram.updateComplete;
    expect(shadow(diagram).querySelectorAll('g.node.active')).toHaveLength(2);
  });

  it('re-renders when the locale or the definition changes', async () => {
    const diagram = await mountDiagram((element) => {
      element.definition = microWish;
      element.active = ['match'];
    });
    diagram.locale = 'en';
    await diagram.updateComplete;
    const match = nodeOf(diagram, 'match');
    expect(match.querySelector('text.title')?.textContent).toBe('Match a volunteer');
    expect(match.querySelector('text.type')?.textContent).toBe('matching');
    expect(match.querySelector('.badge text')?.textContent).toBe('current');
    expect(
      shadow(diagram).querySelector('g.edge[data-from="review"][data-to="request"] text')
        ?.textContent,
    ).toBe('return for changes');

    diagram.definition = holidayCare;
    await diagram.updateComplete;
    const steps = (holidayCare.steps as { id: string }[]).map((step) => step.id);
    expect(
      [...shadow(diagram).querySelectorAll('g.node')].map((node) => node.getAttribute('data-step')),
    ).toEqual(steps);
    expect(shadow(diagram).querySelectorAll('g.node.active')).toHaveLength(0);
  });

  it('never overlaps two step boxes, and titles fit their boxes', async () => {
    for (const definition of [microWish, holidayCare]) {
      const diagram = await mountDiagram((element) => {
        element.definition = definition;
      });
      const placed = boxes(diagram);
      expect(placed.length).toBeGreaterThan(5);
      const overlapping = placed.flatMap((a, i) =>
        placed
          .slice(i + 1)
          .filter(
            (b) =>
              a.x < b.x + b.width &&
              b.x < a.x + a.width &&
              a.y < b.y + b.height &&
              b.y < a.y + a.height,
          )
          .map((b) => `${a.id}/${b.id}`),
      );
      expect(overlapping).toEqual([]);
      for (const group of shadow(diagram).querySelectorAll<SVGGElement>('g.node')) {
        const box = (group.querySelector('rect.box') as SVGRectElement).getBBox();
        for (const text of group.querySelectorAll<SVGTextElement>('text'))
          expect(text.getBBox().width).toBeLessThanOrEqual(box.width);
      }
      diagram.remove();
    }
  });

  it('scales to its container and scrolls sideways at 360 px instead of shrinking the text', async () => {
    const wide = document.createElement('div');
    wide.style.width = '700px';
    document.body.append(wide);
    const large = await mountDiagram((element) => {
      element.definition = microWish;
    }, wide);
    const svgWide = shadow(large).querySelector('svg') as SVGSVGElement;
    const units = svgWide.viewBox.baseVal.width;
    expect(svgWide.getBoundingClientRect().width).toBe(700);

    const narrow = document.createElement('div');
    narrow.style.width = '360px';
    document.body.append(narrow);
    const small = await mountDiagram((element) => {
      element.definition = microWish;
    }, narrow);
    const scroll = shadow(small).querySelector('.scroll') as HTMLElement;
    const svgNarrow = shadow(small).querySelector('svg') as SVGSVGElement;
    expect(svgNarrow.getBoundingClientRect().width / units).toBeCloseTo(0.8, 2);
    expect(scroll.scrollWidth).toBeGreaterThan(scroll.clientWidth);
    // Step titles are drawn at 15 units: at least 12 px on screen.
    const title = svgNarrow.querySelector('text.title') as SVGTextElement;
    expect(title.getBoundingClientRect().height).toBeGreaterThanOrEqual(12);
    expect(await violations()).toEqual([]);
  });

  it('shows a localized notice for a missing or invalid definition, never throws', async () => {
    const diagram = await mountDiagram(() => undefined);
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('尚未提供流程定义，无法显示流程图。');
    diagram.definition = { ...microWish, steps: [{ id: 'a', type: 'teleport' }] };
    await diagram.updateComplete;
    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveTextContent(/^流程定义有误，无法显示流程图。/);
    await expect.element(alert).toHaveTextContent(/\/steps\/0\/type/);
    diagram.locale = 'en';
    await diagram.updateComplete;
    await expect.element(alert).toHaveTextContent(/^The flow definition has problems/);
    diagram.definition = '{ not json';
    await diagram.updateComplete;
    await expect.element(page.getByRole('alert')).toBeVisible();
    expect(shadow(diagram).querySelector('svg')).toBeNull();
    expect(await violations()).toEqual([]);
  });

  it('renders definition text as text, and makes no requests', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const steps = (microWish.steps as Record<string, unknown>[]).map((step) =>
      step.id === 'request' ? { ...step, title: '<img src=x onerror=alert(1)>提交' } : step,
    );
    const diagram = await mountDiagram((element) => {
      element.definition = { ...microWish, steps };
    });
    const title = nodeOf(diagram, 'request').querySelector('text.title');
    expect(title?.textContent?.startsWith('<img src=x')).toBe(true);
    expect(shadow(diagram).querySelector('img')).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  for (const locale of ['zh-CN', 'en'] as const)
    for (const theme of [undefined, 'large'] as const)
      it(`has no axe violations (${locale}, ${theme ?? 'default'} theme, a current step)`, async () => {
        document.documentElement.lang = locale;
        await mountDiagram((element) => {
          element.definition = microWish;
          element.locale = locale;
          element.theme = theme;
          element.active = ['evaluate'];
        });
        expect(await violations()).toEqual([]);
      });
});

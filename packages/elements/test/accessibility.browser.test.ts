import '../src/define';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import everyField from './fixtures/every-field.json';
import relay from './fixtures/relay.json';
import wizard from './fixtures/wizard.json';
import { mountForm } from './helpers';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const streets = [{ value: 'hedong', label: { 'zh-CN': '河东街道', en: 'Hedong Street' } }];

/** The axe violations (WCAG 2.1 A and AA) on the page, as `rule: targets` lines. */
async function violations(): Promise<string[]> {
  const results = await axe.run(document, { runOnly: { type: 'tag', values: WCAG_21_AA } });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`),
  );
}

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  document.body.replaceChildren();
});

const forms = { 'every field type': everyField, 'repeat group': relay, wizard };
const locales = ['zh-CN', 'en'] as const;
const themes = [undefined, 'large'] as const;

describe('axe-core: no WCAG 2.1 A/AA violations', () => {
  for (const [name, definition] of Object.entries(forms)) {
    for (const locale of locales) {
      for (const theme of themes) {
        it(`${name}, ${locale}, ${theme ?? 'default'} theme, before and after a refused submission`, async () => {
          document.documentElement.lang = locale;
          const form = await mountForm(definition, (element) => {
            element.locale = locale;
            element.theme = theme;
            element.optionSources = { streets };
            if (name === 'every field type')
              element.value = {
                skills: ['child-care'],
                photo: [{ name: 'a.jpg', size: 1, type: 'image/jpeg', ref: 'r' }],
              };
          });
          expect(await violations()).toEqual([]);
          form.requestSubmit();
          await form.updateComplete;
          expect(await violations()).toEqual([]);
        });
      }
    }
  }

  it('every field element on its own in a plain form, in both themes', async () => {
    const fields = (everyField.fields as { type: string }[]).filter(
      (field) => field.type !== 'static',
    );
    for (const theme of themes) {
      const form = document.createElement('form');
      for (const field of fields) {
        const element = document.createElement(`yz-${field.type}`) as HTMLElement & {
          field: unknown;
          theme: string | undefined;
          options?: unknown;
          reportValidity(): boolean;
        };
        element.field = field;
        element.theme = theme;
        if (field.type === 'select') element.options = streets;
        form.append(element);
      }
      document.body.replaceChildren(form);
      await new Promise(requestAnimationFrame);
      expect(await violations()).toEqual([]);
      for (const element of form.children)
        (element as HTMLElement & { reportValidity(): boolean }).reportValidity();
      await new Promise(requestAnimationFrame);
      expect(await violations()).toEqual([]);
    }
  });
});

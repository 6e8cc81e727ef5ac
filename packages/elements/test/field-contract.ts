// The contract every field element passes (Shoelace's form-control-base-tests, for
// Yizhan): value in and out through a plain <form>, required and rule messages from the
// core, label / help / error wired through ARIA, keyboard entry, focus on the first
// invalid field when a plain form is submitted, locale switch, disabled and read-only.
import '../src/define-fields';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { YzField } from '../src/fields/field-element';
import { deepActiveElement, nextEvent } from './helpers';

/** How one field element is exercised by the contract. */
export interface FieldCase {
  readonly tag: string;
  /** The field definition; key `answer`, labels in both locales, help, `required: true`. */
  readonly field: Record<string, unknown>;
  /** The ARIA role of the element that carries the label and description. */
  readonly role:
    | 'textbox'
    | 'combobox'
    | 'checkbox'
    | 'radiogroup'
    | 'group'
    | 'listbox'
    | 'button';
  /** A group role cannot carry aria-required, so its name says "required" (必填). */
  readonly requiredInName?: boolean;
  /** A valid answer, and what it puts in FormData. */
  readonly valid: unknown;
  readonly formData: readonly (readonly [string, string])[];
  /** An answer that breaks a rule, and the message it gets in zh-CN and en. */
  readonly invalid?: { readonly value: unknown; readonly zh: string; readonly en: string };
  /** Enters `entered` with the keyboard only, focus starting on the field. */
  readonly type?: () => Promise<void>;
  readonly entered?: unknown;
  /** The message for a missing answer (default: the core's "required"). */
  readonly requiredMessage?: string;
}

const LABEL = { 'zh-CN': '回答', en: 'Answer' };
const HELP = { 'zh-CN': '请认真填写。', en: 'Please answer carefully.' };

/** The label and help every contract case uses. */
export const contractText = { label: LABEL, help: HELP };

async function mountField(
  fieldCase: FieldCase,
  setup: (field: YzField) => void = () => undefined,
): Promise<{ form: HTMLFormElement; field: YzField }> {
  const form = document.createElement('form');
  const field = document.createElement(fieldCase.tag) as YzField;
  field.name = 'answer';
  field.field = fieldCase.field;
  setup(field);
  const submit = document.createElement('button');
  submit.textContent = 'Send';
  form.append(field, submit);
  document.body.append(form);
  await field.updateComplete;
  return { form, field };
}

function locate(fieldCase: FieldCase, name: '回答' | 'Answer') {
  // The hidden suffix is positioned absolutely, so name computation puts a space before it.
  const suffix = name === '回答' ? /^回答\s*（必填）$/ : /^Answer\s+\(required\)$/;
  return page.getByRole(fieldCase.role, {
    name: fieldCase.requiredInName ? suffix : name,
    exact: true,
  });
}

function control(field: YzField): HTMLElement {
  const element = field.shadowRoot?.querySelector<HTMLElement>('#control');
  if (!element) throw new Error(`${field.tagName} renders no #control`);
  return element;
}

/** Runs the field contract for one element. */
export function fieldContract(fieldCase: FieldCase): void {
  describe(`<${fieldCase.tag}> field contract`, () => {
    it('is form-associated: its value goes into FormData, and a form reset restores it', async () => {
      const { form, field } = await mountField(fieldCase, (element) => {
        element.value = fieldCase.valid;
      });
      expect([...new FormData(form).entries()]).toEqual(fieldCase.formData);
      expect(field.form).toBe(form);
      field.value = undefined;
      await field.updateComplete;
      expect([...new FormData(form).entries()]).toEqual([]);
      form.reset();
      await field.updateComplete;
      expect(field.value).toEqual(fieldCase.valid);
    });

    it('has its label as accessible name and its help as description', async () => {
      await mountField(fieldCase);
      await expect.element(locate(fieldCase, '回答')).toBeVisible();
      await expect.element(locate(fieldCase, '回答')).toHaveAccessibleDescription('请认真填写。');
    });

    it('refuses a missing answer in a plain form: no submit, the message, focus on the field', async () => {
      const { form, field } = await mountField(fieldCase);
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      const invalid = nextEvent(field, 'invalid');
      form.requestSubmit();
      await invalid;
      expect(submitted).toBe(false);
      const message = fieldCase.requiredMessage ?? '此项为必填项，请填写。';
      expect(field.validationMessage).toBe(message);
      await expect
        .element(locate(fieldCase, '回答'))
        .toHaveAccessibleDescription(`请认真填写。 ${message}`);
      await expect.poll(() => field.shadowRoot?.contains(deepActiveElement())).toBe(true);
    });

    if (fieldCase.invalid) {
      const invalid = fieldCase.invalid;
      it('shows the rule message in the current locale and switches locale at run time', async () => {
        const { field } = await mountField(fieldCase, (element) => {
          element.value = invalid.value;
        });
        expect(field.reportValidity()).toBe(false);
        await field.updateComplete;
        await expect
          .element(locate(fieldCase, '回答'))
          .toHaveAccessibleDescription(`请认真填写。 ${invalid.zh}`);
        field.locale = 'en';
        await field.updateComplete;
        await expect
          .element(locate(fieldCase, 'Answer'))
          .toHaveAccessibleDescription(`Please answer carefully. ${invalid.en}`);
      });
    }

    it('submits a valid answer in a plain form', async () => {
      const { form } = await mountField(fieldCase, (element) => {
        element.value = fieldCase.valid;
      });
      const submitted = nextEvent<never>(form, 'submit');
      form.addEventListener('submit', (event) => event.preventDefault());
      form.requestSubmit();
      const event = (await submitted) as unknown as SubmitEvent;
      expect([...new FormData(form, event.submitter).entries()]).toEqual(fieldCase.formData);
    });

    if (fieldCase.type) {
      const type = fieldCase.type;
      it('takes its answer from the keyboard alone and fires yz-input and change', async () => {
        const { field } = await mountField(fieldCase);
        const inputs: unknown[] = [];
        let changes = 0;
        field.addEventListener('yz-input', (event) =>
          inputs.push((event as CustomEvent<{ value: unknown }>).detail.value),
        );
        field.addEventListener('change', () => changes++);
        field.focus();
        await type();
        await userEvent.tab();
        expect(field.value).toEqual(fieldCase.entered ?? fieldCase.valid);
        expect(inputs.at(-1)).toEqual(field.value);
        expect(changes).toBeGreaterThan(0);
      });

      it('read-only: keeps its answer against the keyboard and still submits it', async () => {
        const { form, field } = await mountField(fieldCase, (element) => {
          element.value = fieldCase.valid;
          element.readonly = true;
        });
        field.focus();
        await type();
        expect(field.value).toEqual(fieldCase.valid);
        expect([...new FormData(form).entries()]).toEqual(fieldCase.formData);
      });
    }

    it('disabled (itself or by a fieldset): not focusable, not submitted', async () => {
      const { form, field } = await mountField(fieldCase, (element) => {
        element.value = fieldCase.valid;
        element.disabled = true;
      });
      expect(control(field).matches(':disabled')).toBe(true);
      expect([...new FormData(form).entries()]).toEqual([]);
      field.disabled = false;
      const fieldset = document.createElement('fieldset');
      fieldset.disabled = true;
      form.prepend(fieldset);
      fieldset.append(field);
      await field.updateComplete;
      expect(control(field).matches(':disabled')).toBe(true);
      fieldset.disabled = false;
      await field.updateComplete;
      expect(control(field).matches(':disabled')).toBe(false);
      expect([...new FormData(form).entries()]).toEqual(fieldCase.formData);
    });
  });
}

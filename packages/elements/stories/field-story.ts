import '../src/define-fields';
import type { Meta } from '@storybook/web-components-vite';
import type { YzField } from '../src/fields/field-element';

/** The controls every field story has. */
export interface FieldArgs {
  locale: 'zh-CN' | 'en';
  theme: '' | 'large';
  required: boolean;
  readonly: boolean;
  disabled: boolean;
  /** A message as a host would set it; empty for none (the element then checks itself). */
  error: string;
  value: unknown;
  field: Record<string, unknown>;
}

/**
 * The meta of a field element's stories: the element inside a plain `<form>` (so its
 * form association shows), configured by a field definition, with controls for the
 * common properties. Docs come from custom-elements.json.
 */
export function fieldMeta(
  tag: string,
  field: Record<string, unknown>,
  value: unknown = undefined,
): Meta<FieldArgs> {
  // Each stories file repeats title and component literally: Storybook indexes them statically.
  return {
    args: {
      locale: 'zh-CN',
      theme: '',
      required: false,
      readonly: false,
      disabled: false,
      error: '',
      value,
      field,
    },
    argTypes: {
      locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
      theme: { control: 'inline-radio', options: ['', 'large'] },
      error: { control: 'text' },
      value: { control: 'object' },
      field: { control: 'object' },
    },
    render: (args) => {
      const form = document.createElement('form');
      const element = document.createElement(tag) as YzField;
      element.field = args.field;
      element.name = String(args.field.key ?? 'answer');
      element.value = args.value;
      element.locale = args.locale;
      element.theme = args.theme || undefined;
      element.required = args.required;
      element.readonly = args.readonly;
      element.disabled = args.disabled;
      element.error = args.error || undefined;
      form.append(element);
      return form;
    },
  };
}

/** Options used by the choice stories: service categories from the article. */
export const categories = [
  { value: 'elderly-children', label: { 'zh-CN': '敬老爱幼', en: 'Elderly and children' } },
  { value: 'convenience', label: { 'zh-CN': '便民服务', en: 'Convenience services' } },
  { value: 'environment', label: { 'zh-CN': '环境整治', en: 'Environment' } },
  { value: 'legal-advice', label: { 'zh-CN': '法律咨询', en: 'Legal advice' } },
];

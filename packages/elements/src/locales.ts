import type { Locale } from '@yizhan/core/i18n';

/** The interface strings of the elements, apart from validation messages (those come from the core). */
export interface UiStrings {
  readonly submit: string;
  readonly required: string;
  readonly choose: string;
  readonly loading: string;
  readonly invalidDefinition: string;
  readonly loadFailed: (detail: string) => string;
  readonly errorSummary: (count: number) => string;
}

const strings: Readonly<Record<Locale, UiStrings>> = {
  'zh-CN': {
    submit: '提交',
    required: '必填',
    choose: '请选择',
    loading: '正在加载表单…',
    invalidDefinition: '表单定义有误，请联系管理员：',
    loadFailed: (detail) => `表单加载失败（${detail}），请刷新页面重试。`,
    errorSummary: (count) => `有 ${count} 处需要修改，请查看标红的项目。`,
  },
  en: {
    submit: 'Submit',
    required: 'required',
    choose: 'Please choose',
    loading: 'Loading the form…',
    invalidDefinition: 'This form is misconfigured. Please tell the organiser:',
    loadFailed: (detail) =>
      `The form could not be loaded (${detail}). Reload the page to try again.`,
    errorSummary: (count) =>
      count === 1
        ? '1 answer needs attention. See the field marked in red.'
        : `${count} answers need attention. See the fields marked in red.`,
  },
};

/** The interface strings for a locale. */
export function uiStrings(locale: Locale): UiStrings {
  return strings[locale];
}

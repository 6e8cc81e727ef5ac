import type { Locale } from '@yizhan/core/i18n';

/** The interface strings of the elements, apart from validation messages (those come from the core). */
export interface UiStrings {
  readonly submit: string;
  readonly required: string;
  /** Added to the name of a required group, where ARIA has no required state. */
  readonly requiredSuffix: string;
  readonly choose: string;
  readonly loading: string;
  readonly invalidDefinition: string;
  readonly loadFailed: (detail: string) => string;
  readonly errorSummary: (count: number) => string;
  readonly next: string;
  readonly back: string;
  readonly progress: string;
  readonly step: (current: number, total: number, title: string) => string;
  readonly addRow: string;
  readonly row: (label: string, index: number) => string;
  readonly removeRow: string;
  readonly moveUp: string;
  readonly moveDown: string;
  readonly rowRef: (index: number) => string;
  readonly rowCount: (count: number) => string;
  readonly draftFound: string;
  readonly draftRestore: string;
  readonly draftDiscard: string;
  readonly stars: (count: number, max: number) => string;
  readonly addressPart: Readonly<Record<string, string>>;
  readonly chooseFiles: string;
  readonly removeFile: (name: string) => string;
  readonly uploading: (name: string) => string;
  readonly uploadFailed: (name: string) => string;
  readonly uploadMissing: string;
  readonly noFiles: string;
  readonly unsupportedField: (type: string) => string;
}

const strings: Readonly<Record<Locale, UiStrings>> = {
  'zh-CN': {
    submit: '提交',
    required: '必填',
    requiredSuffix: '（必填）',
    choose: '请选择',
    loading: '正在加载表单…',
    invalidDefinition: '表单定义有误，请联系管理员：',
    loadFailed: (detail) => `表单加载失败（${detail}），请刷新页面重试。`,
    errorSummary: (count) => `有 ${count} 处需要修改，请查看标红的项目。`,
    next: '下一步',
    back: '上一步',
    progress: '填写进度',
    step: (current, total, title) => `第 ${current} 步，共 ${total} 步：${title}`,
    addRow: '添加一条',
    row: (label, index) => `${label} 第 ${index} 条`,
    removeRow: '删除',
    moveUp: '上移',
    moveDown: '下移',
    rowRef: (index) => ` 第 ${index} 条`,
    rowCount: (count) => `共 ${count} 条`,
    draftFound: '您上次填写的内容已自动保存，要继续填写吗？',
    draftRestore: '继续填写',
    draftDiscard: '重新开始',
    stars: (count, max) => `${count} 星（共 ${max} 星）`,
    addressPart: {
      region: '所在区域',
      building: '楼栋',
      unit: '单元',
      room: '房号',
      detail: '详细地址',
    },
    chooseFiles: '选择文件',
    removeFile: (name) => `删除文件 ${name}`,
    uploading: (name) => `正在上传 ${name}…`,
    uploadFailed: (name) => `文件 ${name} 上传失败，请检查网络后重新选择。`,
    uploadMissing: '此页面未配置文件上传，请联系网站管理员。',
    noFiles: '尚未选择文件',
    unsupportedField: (type) => `此表单使用了本页面不支持的字段类型 “${type}”，请联系管理员。`,
  },
  en: {
    submit: 'Submit',
    required: 'required',
    requiredSuffix: ' (required)',
    choose: 'Please choose',
    loading: 'Loading the form…',
    invalidDefinition: 'This form is misconfigured. Please tell the organiser:',
    loadFailed: (detail) =>
      `The form could not be loaded (${detail}). Reload the page to try again.`,
    errorSummary: (count) =>
      count === 1
        ? '1 answer needs attention. See the field marked in red.'
        : `${count} answers need attention. See the fields marked in red.`,
    next: 'Next',
    back: 'Back',
    progress: 'Progress',
    step: (current, total, title) => `Step ${current} of ${total}: ${title}`,
    addRow: 'Add a row',
    row: (label, index) => `${label}, row ${index}`,
    removeRow: 'Remove',
    moveUp: 'Move up',
    moveDown: 'Move down',
    rowRef: (index) => ` row ${index}`,
    rowCount: (count) => (count === 1 ? '1 row' : `${count} rows`),
    draftFound: 'Your earlier answers were saved. Do you want to continue where you left off?',
    draftRestore: 'Continue',
    draftDiscard: 'Start again',
    stars: (count, max) => (count === 1 ? `1 star of ${max}` : `${count} stars of ${max}`),
    addressPart: {
      region: 'Area',
      building: 'Building',
      unit: 'Unit',
      room: 'Room',
      detail: 'Address details',
    },
    chooseFiles: 'Choose files',
    removeFile: (name) => `Remove the file ${name}`,
    uploading: (name) => `Uploading ${name}…`,
    uploadFailed: (name) =>
      `The file ${name} could not be uploaded. Check the connection and choose it again.`,
    uploadMissing: 'File upload is not set up on this page. Please tell the site administrator.',
    noFiles: 'No file chosen yet',
    unsupportedField: (type) =>
      `This form uses a field type this page cannot show ("${type}"). Please tell the organiser.`,
  },
};

/** The interface strings for a locale. */
export function uiStrings(locale: Locale): UiStrings {
  return strings[locale];
}

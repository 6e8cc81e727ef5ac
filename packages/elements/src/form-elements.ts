/**
 * The form part of @yizhan/elements: `<yz-form>`, the field elements and their helpers,
 * without registration. The one-file bundle `yizhan.js` exports exactly this; the portal
 * widgets come with `yizhan-widgets.js` (see `lazy-widgets.ts`).
 */
export { type FieldConfig, YzField, type YzInputDetail } from './fields/field-element';
export { formValue } from './fields/form-value';
export { YzAddress } from './fields/yz-address.component';
export { YzCheckbox } from './fields/yz-checkbox.component';
export { YzCheckboxGroup } from './fields/yz-checkbox-group.component';
export { YzComputed } from './fields/yz-computed.component';
export { YzDate } from './fields/yz-date.component';
export { YzDatetime } from './fields/yz-datetime.component';
export { YzEmail } from './fields/yz-email.component';
export { type UploadedFile, type UploadHook, YzFile } from './fields/yz-file.component';
export { YzIdNumber } from './fields/yz-id-number.component';
export { YzInteger } from './fields/yz-integer.component';
export { YzMultiselect } from './fields/yz-multiselect.component';
export { YzNumber } from './fields/yz-number.component';
export { YzPhone } from './fields/yz-phone.component';
export { YzRadio } from './fields/yz-radio.component';
export { YzRating } from './fields/yz-rating.component';
export { YzSelect } from './fields/yz-select.component';
export { YzStatic } from './fields/yz-static.component';
export { YzText } from './fields/yz-text.component';
export { YzTextarea } from './fields/yz-textarea.component';
export { YzTime } from './fields/yz-time.component';
export {
  FieldElementError,
  registeredFieldTypes,
  registerFieldElement,
} from './form/custom-fields';
export {
  type DraftData,
  type DraftStore,
  draftKey,
  type LocalDraftOptions,
  localDraftStore,
} from './form/drafts';
export type { OptionSources } from './form/option-sources';
export { type UiStrings, uiStrings } from './locales';
export { hostStyles, themeTokens } from './theme';
export {
  type ServerIssue,
  type YzChangeDetail,
  YzForm,
  type YzInvalidDetail,
  type YzSubmitDetail,
} from './yz-form.component';
export { yzFormStyles } from './yz-form.styles';

/** @yizhan/elements: element classes without registration; import `@yizhan/elements/define` to register them. */
export { type UiStrings, uiStrings } from './locales';
export {
  type YzChangeDetail,
  YzForm,
  type YzInvalidDetail,
  type YzSubmitDetail,
} from './yz-form.component';
export { yzFormStyles } from './yz-form.styles';

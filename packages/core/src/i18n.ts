/** Locales and localized text shared by forms, flows and elements. */
export {
  DEFAULT_LOCALE,
  isLocale,
  LOCALES,
  type Locale,
  type LocalizedText,
  localize,
} from './i18n/locale';

/** @yizhan/core: forms (and later flows) as data, with validators shared by browser and server. */
export * from './form';
export * from './i18n';

/**
 * @yizhan/core: forms and expressions as data, with validators shared by browser and
 * server. Flows, matching, importers and the store test suite have their own subpaths:
 * `@yizhan/core/flow`, `/match`, `/import`, `/testing`.
 */
export * from './expr';
export * from './form';
export * from './i18n';

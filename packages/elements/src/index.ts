/** @yizhan/elements: element classes without registration; import `@yizhan/elements/define` to register them. */
export * from './form-elements';
export * from './widgets/index';

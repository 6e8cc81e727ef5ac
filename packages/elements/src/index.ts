/** @yizhan/elements: element classes without registration; import `@yizhan/elements/define` to register them. */
export { YzFlowDiagram } from './flow-diagram/yz-flow-diagram.component';
export * from './form-elements';
export * from './widgets/index';

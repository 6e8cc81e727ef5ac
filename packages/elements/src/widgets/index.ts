/**
 * The portal widgets, without registration: `<yz-signup>`, `<yz-task>`, `<yz-timeline>`,
 * `<yz-my-tasks>`. Import `@yizhan/elements/widgets/define` (or the one-file bundle) to
 * register them.
 */
export { outcomeOfPlace, outcomeOfProblem, type SignupOutcome } from './signup-outcome';
export { YzWidget } from './widget-base';
export { formatWhen, type WidgetStrings, widgetStrings } from './widget-strings';
export { widgetStyles } from './widget-styles';
export { dueFirst, YzMyTasks } from './yz-my-tasks.component';
export { YzSignup } from './yz-signup.component';
export { YzTask } from './yz-task.component';
export { actionOfEvent, YzTimeline } from './yz-timeline.component';

// Setup of the hours-ledger sample (docs/volunteer.md): a micro-wish instance whose
// `serve` step was checked in and out, and what the serve step does not know.
import type { FlowContext } from '@yizhan/core/flow';
import type { ServeRecordDetails } from '@yizhan/volunteer';

const context: FlowContext = {
  instanceId: 'wish-2103',
  flowId: 'micro-wish',
  startedBy: 'resident-li',
  startedAt: '2026-12-01T01:00:00.000Z',
  data: {},
  steps: {
    serve: {
      since: '2026-12-02T01:00:00.000Z',
      checkedInAt: '2026-12-02T01:00:00.000Z',
      checkedOutAt: '2026-12-02T03:30:00.000Z',
      hours: 2.5,
    },
  },
  volunteers: ['v-zhang'],
  hours: 2.5,
};

/** The instance as `runtime.instance(id)` gives it (only its context is used). */
export const instance = { context };
/** The service's details the flow does not hold. */
export const details: ServeRecordDetails = {
  project: '解放桥社区“志在心中 愿在行动”',
  place: '解放桥社区 5栋1单元2103',
  content: '帮独居老人卖菜、送菜',
  personInCharge: '王站长',
  recorder: 'wang-zhan',
};
/** When the coordinator records and approves. */
export const now = '2026-12-02T08:00:00.000Z';

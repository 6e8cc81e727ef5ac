import type { Actor } from '../flow/context';
import type { FlowRuntime } from '../flow/runtime';

/**
 * The flow of the runtime benchmarks (`packages/core/bench/flow.bench.ts` and the store
 * benchmarks): a micro-wish (微心愿) going request → match → serve → evaluate, four
 * events per instance, each with a validated form. The serve step is a `form` step (a
 * service record with hours) so that every engine compared handles exactly four events.
 * Parse it with `parseFlow` before use.
 */
export const benchFlowDefinition = {
  schemaVersion: 1,
  id: 'micro-wish-bench',
  version: 1,
  title: '微心愿',
  roles: [
    { id: 'resident', title: '居民' },
    { id: 'coordinator', title: '站长' },
    { id: 'volunteer', title: '志愿者' },
  ],
  forms: [
    {
      schemaVersion: 1,
      id: 'wish-request',
      version: 1,
      title: '提交微心愿',
      fields: [
        { type: 'text', key: 'wish', label: '心愿', required: true },
        { type: 'text', key: 'room', label: '房号', required: true },
        { type: 'text', key: 'phone', label: '电话', required: true },
        {
          type: 'select',
          key: 'category',
          label: '类别',
          options: [
            { value: 'elderly', label: '敬老爱幼' },
            { value: 'convenience', label: '便民服务' },
          ],
        },
      ],
    },
    {
      schemaVersion: 1,
      id: 'service-record',
      version: 1,
      title: '服务记录',
      fields: [{ type: 'number', key: 'served', label: '服务时长', required: true }],
    },
    {
      schemaVersion: 1,
      id: 'wish-rating',
      version: 1,
      title: '评价',
      fields: [{ type: 'rating', key: 'stars', label: '满意度', required: true }],
    },
  ],
  steps: [
    {
      id: 'request',
      type: 'form',
      form: 'wish-request',
      assign: { assignee: 'startedBy' },
      next: 'match',
    },
    {
      id: 'match',
      type: 'match',
      assign: { roles: ['coordinator'] },
      due: 'P3D',
      overdue: { action: 'goto', step: 'done' },
      next: 'serve',
    },
    {
      id: 'serve',
      type: 'form',
      form: 'service-record',
      assign: { assignee: 'volunteers' },
      next: 'evaluate',
    },
    {
      id: 'evaluate',
      type: 'form',
      form: 'wish-rating',
      assign: { assignee: 'startedBy' },
      due: 'P7D',
      overdue: { action: 'goto', step: 'done' },
      next: 'done',
    },
    { id: 'done', type: 'end' },
  ],
};

/** Who acts in {@link benchFlowDefinition}: the resident 李梅, the station head 王站长, the volunteer 张伟. */
export const benchActors = {
  resident: { id: 'li-mei', roles: ['resident'] },
  coordinator: { id: 'wang-zhan', roles: ['coordinator'] },
  volunteer: { id: 'zhang-wei', roles: ['volunteer'] },
} as const satisfies Record<string, Actor>;

const wish = { wish: '帮忙卖菜', room: '5栋1单元2103', phone: '13800138000', category: 'elderly' };

/**
 * Runs one instance of {@link benchFlowDefinition} from start to end (four sends, each a
 * store commit) and answers the number of events sent. Throws when the runtime refuses one.
 *
 * @example
 * const runtime = createRuntime({ store, definitions: [parseFlow(benchFlowDefinition).value] });
 * for (let i = 0; i < 500; i += 1) events += await runBenchInstance(runtime);
 */
export async function runBenchInstance(runtime: FlowRuntime): Promise<number> {
  const { resident, coordinator, volunteer } = benchActors;
  const { instance } = await runtime.start(String(benchFlowDefinition.id), { actor: resident });
  const id = instance.id;
  const results = [
    await runtime.send(id, { task: 'request', action: 'submit', data: wish }, resident),
    await runtime.send(
      id,
      { task: 'match', action: 'match', data: { volunteerIds: [volunteer.id] } },
      coordinator,
    ),
    await runtime.send(id, { task: 'serve', action: 'submit', data: { served: 2 } }, volunteer),
    await runtime.send(id, { task: 'evaluate', action: 'submit', data: { stars: 5 } }, resident),
  ];
  const refused = results.find((result) => !result.ok);
  if (refused !== undefined)
    throw new Error(`A bench event was refused: ${JSON.stringify(refused)}`);
  return results.length;
}

import type { FlowContext, FlowEvent } from './context';

/** What an assignment reads: the context before it and the event being handled. */
export interface AssignArgs {
  readonly context: FlowContext;
  readonly event: FlowEvent;
}

/** The snapshot fields a context assignment touches; the rest are copied as they are. */
export interface SnapshotLike {
  readonly context: FlowContext;
}

/**
 * XState's `assign` for flow machines, which only ever change the context: the next
 * snapshot is the previous one with a new context. XState's own `assign` rebuilds the
 * snapshot (`cloneMachineSnapshot`), working out its state value and tags again from its
 * state nodes, which have not changed; a step transition has two or three assignments,
 * and that rebuilding was a sixth of the runtime's time. The state value and tag set are
 * shared with the previous snapshot; neither XState nor Yizhan ever changes them.
 *
 * XState treats an action with a `resolve` function as a built-in action and calls it
 * with `(actorScope, snapshot, actionArgs, params)`; `resolve` answers `[snapshot]`, as
 * `assign` does. Flow machines spawn no actors, so the spawner `assign` passes is not
 * needed.
 *
 * @example
 * setup({ actions: { 'yz.merge': contextAssign(({ context, event }) => ({ data: { ...context.data, ...event.data } })) } })
 */
export function contextAssign<P = undefined>(
  assignment: (args: AssignArgs, params: P) => Partial<FlowContext>,
) {
  // The shape of XState's built-in `assign` action: a function with type and resolve.
  function assign(_args: unknown, _params: P): void {}
  assign.type = 'xstate.assign';
  assign.assignment = assignment;
  assign.resolve = <S extends SnapshotLike>(
    _scope: unknown,
    snapshot: S,
    args: AssignArgs,
    params: P,
  ): [S, undefined, undefined] => [
    { ...snapshot, context: { ...snapshot.context, ...assignment(args, params) } },
    undefined,
    undefined,
  ];
  return assign;
}

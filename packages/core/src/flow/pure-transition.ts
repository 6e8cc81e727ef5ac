import { type AnyActorScope, createActor, type ExecutableActionObject } from 'xstate';
import type { FlowMachine } from './compile-flow';
import type { FlowInput } from './context';

/**
 * XState's pure `transition` and `initialTransition`, with one inert actor scope per
 * machine instead of a new actor (and actor system) per call, which costs most of a
 * transition's time. Flow machines have no child actors and the scope executes nothing:
 * it only collects the actions, like XState's own inert scope. Returns the same
 * `[snapshot, actions]` pair.
 */
export function createPureTransitions(machine: FlowMachine) {
  let collected: ExecutableActionObject[] = [];
  const self = createActor(machine, {
    input: {
      instanceId: '',
      flowId: '',
      actor: { id: '', roles: [] },
      at: new Date(0).toISOString(),
      data: {},
    },
  });
  const scope = {
    self,
    defer: () => {},
    id: '',
    logger: () => {},
    sessionId: '',
    stopChild: () => {},
    system: self.system,
    emit: () => {},
    actionExecutor: (action: ExecutableActionObject) => {
      collected.push(action);
    },
  } as unknown as AnyActorScope;
  const run = <T>(step: () => T): [T, ExecutableActionObject[]] => {
    collected = [];
    const result = step();
    const actions = collected;
    collected = [];
    return [result, actions];
  };
  return {
    transition: (
      snapshot: ReturnType<FlowMachine['resolveState']>,
      event: Parameters<FlowMachine['transition']>[1],
    ) => run(() => machine.transition(snapshot, event, scope)),
    initialTransition: (input: FlowInput) => run(() => machine.getInitialSnapshot(scope, input)),
  };
}

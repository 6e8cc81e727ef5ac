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
  // Made on first use: compiling a flow (a restart, a test) should not pay for an actor.
  let scope: AnyActorScope | undefined;
  const scopeOf = (): AnyActorScope => {
    if (scope !== undefined) return scope;
    const self = createActor(machine, {
      input: {
        instanceId: '',
        flowId: '',
        actor: { id: '', roles: [] },
        at: new Date(0).toISOString(),
        data: {},
      },
    });
    scope = {
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
    return scope;
  };
  const run = <T>(step: (scope: AnyActorScope) => T): [T, ExecutableActionObject[]] => {
    const inert = scopeOf();
    collected = [];
    const result = step(inert);
    const actions = collected;
    collected = [];
    return [result, actions];
  };
  return {
    transition: (
      snapshot: ReturnType<FlowMachine['resolveState']>,
      event: Parameters<FlowMachine['transition']>[1],
    ) => run((inert) => machine.transition(snapshot, event, inert)),
    initialTransition: (input: FlowInput) =>
      run((inert) => machine.getInitialSnapshot(inert, input)),
  };
}

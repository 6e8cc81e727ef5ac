/** Test suites for extensions of Yizhan: every `Store` must pass `describeStoreConformance`. */

export { benchActors, benchFlowDefinition, runBenchInstance } from './testing/bench-flow';
export { describeInstancePurgeConformance } from './testing/instance-purge-conformance';
export { describeStoreConformance } from './testing/store-conformance';
export { storeFixtures } from './testing/store-fixtures';
export { describeTimerClaimConformance } from './testing/timer-claim-conformance';
export { describeTimerFailureConformance } from './testing/timer-failure-conformance';

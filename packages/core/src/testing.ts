/** Test suites for extensions of Yizhan: every `Store` must pass `describeStoreConformance`. */
export { describeStoreConformance } from './testing/store-conformance';

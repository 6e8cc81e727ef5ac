import {
  describeStoreConformance,
  describeTimerClaimConformance,
  describeTimerFailureConformance,
} from '@yizhan/core/testing';
import { testDatabase } from './database';

const database = testDatabase();

describeStoreConformance('postgres', () => database.openStore());
describeTimerClaimConformance('postgres', () => database.openStore());
describeTimerFailureConformance('postgres', () => database.openStore());

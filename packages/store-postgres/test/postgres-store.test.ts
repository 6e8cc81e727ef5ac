import { describeStoreConformance, describeTimerClaimConformance } from '@yizhan/core/testing';
import { testDatabase } from './database';

const database = testDatabase();

describeStoreConformance('postgres', () => database.openStore());
describeTimerClaimConformance('postgres', () => database.openStore());

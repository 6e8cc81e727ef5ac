import { describeInstancePurgeConformance } from '@yizhan/core/testing';
import { testDatabase } from './database';

const database = testDatabase();

describeInstancePurgeConformance('postgres', () => database.openStore());

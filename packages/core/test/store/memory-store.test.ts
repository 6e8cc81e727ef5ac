import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store';
import {
  describeStoreConformance,
  describeTimerClaimConformance,
  describeTimerFailureConformance,
} from '../../src/testing';

describeStoreConformance('memory', async () => createMemoryStore());

describe('createMemoryStore', () => {
  it('reports the size of each committed instance row', async () => {
    const sizes: number[] = [];
    const store = createMemoryStore({ onCommit: (bytes) => sizes.push(bytes) });
    const instance = {
      id: 'w1',
      flowId: 'micro-wish',
      flowVersion: 1,
      version: 1,
      status: 'active' as const,
      snapshot: { value: 'request' },
      createdAt: '2026-12-01T08:00:00.000Z',
      updatedAt: '2026-12-01T08:00:00.000Z',
    };
    await store.commit({
      expectedVersion: 0,
      instance,
      history: [],
      tasks: [],
      timers: [],
      outbox: [],
    });
    expect(sizes).toEqual([JSON.stringify(instance).length]);
  });
});

describeTimerClaimConformance('memory', async () => createMemoryStore());
describeTimerFailureConformance('memory', async () => createMemoryStore());

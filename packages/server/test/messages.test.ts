import { describe, expect, it } from 'vitest';
import { SERVER_MESSAGE_CODES } from '../src/index';
import { SERVER_MESSAGE_CODES_EN } from '../src/messages';

describe('server messages', () => {
  it('has every code in zh-CN and en', () => {
    expect([...SERVER_MESSAGE_CODES_EN].sort()).toEqual([...SERVER_MESSAGE_CODES].sort());
  });
});

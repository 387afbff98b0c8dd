import { describe, expect, it } from 'vitest';
import { relayKeyOf, reporterRecipient } from '../../../src/domain/notices/reporter-address.js';

describe('a reporter’s address on a notice', () => {
  it('names a named Telegram reporter’s chat, an anonymous one only by the relay, a web one by device', () => {
    expect(reporterRecipient({ channel: 'telegram', address: '100001' })).toEqual({
      channel: 'telegram',
      recipient: '100001',
    });
    expect(reporterRecipient({ channel: 'telegram', relayKey: 'k3y_-' })).toEqual({
      channel: 'telegram',
      recipient: 'relay:k3y_-',
    });
    expect(reporterRecipient({ channel: 'web', deviceId: 'dev-1' })).toEqual({
      channel: 'web',
      recipient: 'dev-1',
    });
  });

  it('tells the channel whether to resolve a relay first', () => {
    expect(relayKeyOf('relay:k3y_-')).toBe('k3y_-');
    expect(relayKeyOf('-100100')).toBeNull();
  });
});

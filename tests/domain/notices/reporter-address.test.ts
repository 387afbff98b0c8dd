import { describe, expect, it } from 'vitest';
import { reporterRecipient, telegramTarget } from '../../../src/domain/notices/reporter-address.js';

describe('a reporter’s address on a notice', () => {
  it('names a named Telegram reporter’s chat, an anonymous one only by the relay, a web one by device', () => {
    expect(reporterRecipient({ channel: 'telegram', chatId: 100001 })).toEqual({
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

  it('tells the Telegram channel whether to resolve a relay first', () => {
    expect(telegramTarget('relay:k3y_-')).toEqual({ relayKey: 'k3y_-' });
    expect(telegramTarget('-100100')).toEqual({ chatId: -100100 });
  });
});

/**
 * Per-channel figures: Telegram's own, and the notices grouped by whatever channel they name, so
 * a channel added later (SMS) is counted with no code for it.
 */
import { describe, expect, it } from 'vitest';
import { channelFigures, totalOf } from '../../../src/domain/broadcasts/channel-figures.js';

describe('channelFigures', () => {
  it('puts Telegram first and counts every other channel by name, unknown ones too', () => {
    const channels = channelFigures({ sent: 3, blocked: 1, failed: 0, pending: 0 }, [
      { channel: 'wechat', status: 'sent', count: 2 },
      { channel: 'sms', status: 'failed', count: 1 },
      { channel: 'sms', status: 'pending', count: 4 },
      { channel: 'web', status: 'blocked', count: 1 },
      { channel: 'web', status: 'sent', count: 5 },
    ]);
    expect(channels).toEqual([
      { channel: 'telegram', sent: 3, blocked: 1, failed: 0, pending: 0 },
      { channel: 'sms', sent: 0, blocked: 0, failed: 1, pending: 4 },
      { channel: 'web', sent: 5, blocked: 1, failed: 0, pending: 0 },
      { channel: 'wechat', sent: 2, blocked: 0, failed: 0, pending: 0 },
    ]);
    expect(totalOf(channels)).toEqual({ sent: 10, blocked: 2, failed: 1, pending: 4 });
  });

  it('leaves Telegram out when nobody there was sent anything', () => {
    const none = { sent: 0, blocked: 0, failed: 0, pending: 0 };
    expect(channelFigures(none, [{ channel: 'web', status: 'sent', count: 1 }])).toEqual([
      { channel: 'web', sent: 1, blocked: 0, failed: 0, pending: 0 },
    ]);
  });
});

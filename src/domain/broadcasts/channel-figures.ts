/**
 * A broadcast's delivery figures per channel, for the author's report and /broadcast_status:
 * Telegram's from its outbox (`broadcast_recipients`), every other channel's from the notices
 * outbox, grouped by the channel name the rows carry. A channel added later (e.g. 'sms') is
 * counted without code here; its name in the report comes from the locale, or is shown as is.
 *
 * @example
 * channelFigures({ sent: 3, blocked: 0, failed: 0, pending: 0 }, [
 *   { channel: 'wechat', status: 'sent', count: 2 },
 *   { channel: 'web', status: 'pending', count: 1 },
 * ]);
 * // → [{ channel: 'telegram', sent: 3, … }, { channel: 'web', pending: 1, … }, { channel: 'wechat', sent: 2, … }]
 */

export interface ChannelFigures {
  channel: string;
  sent: number;
  blocked: number;
  failed: number;
  /** Not final yet: waiting to be due (quiet hours, a retry) or being delivered. */
  pending: number;
}

const empty = (channel: string): ChannelFigures => ({
  channel,
  sent: 0,
  blocked: 0,
  failed: 0,
  pending: 0,
});

/** Telegram first, then the other channels by name; a channel with no rows is left out. */
export function channelFigures(
  telegram: Omit<ChannelFigures, 'channel'>,
  notices: ReadonlyArray<{ channel: string; status: string; count: number }>,
): ChannelFigures[] {
  const byChannel = new Map<string, ChannelFigures>([
    ['telegram', { channel: 'telegram', ...telegram }],
  ]);
  for (const row of notices) {
    const figures = byChannel.get(row.channel) ?? empty(row.channel);
    byChannel.set(row.channel, figures);
    if (row.status === 'sent' || row.status === 'blocked' || row.status === 'failed')
      figures[row.status] += row.count;
    else figures.pending += row.count;
  }
  const [first, ...rest] = [...byChannel.values()];
  return [
    ...(first && first.sent + first.blocked + first.failed + first.pending > 0 ? [first] : []),
    ...rest.sort((a, b) => a.channel.localeCompare(b.channel)),
  ];
}

/** The figures summed over channels. */
export function totalOf(channels: readonly ChannelFigures[]): Omit<ChannelFigures, 'channel'> {
  const sum = { sent: 0, blocked: 0, failed: 0, pending: 0 };
  for (const c of channels) {
    sum.sent += c.sent;
    sum.blocked += c.blocked;
    sum.failed += c.failed;
    sum.pending += c.pending;
  }
  return sum;
}

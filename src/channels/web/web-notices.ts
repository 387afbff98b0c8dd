/**
 * Notices to web residents: the message goes into the device's inbox in the transaction that
 * marks the notice sent, and is pushed to the open pages after the commit. A device that no
 * longer exists has nowhere to keep it; the notice counts as sent.
 */
import type { MessagePayload } from '../../domain/notices/notice.js';
import type { Deliverer } from '../../notices/deliverer.js';
import type { Described } from '../../workflows/described.js';
import type { WebChannel } from './web-channel.js';

export function webDeliverer(channel: Pick<WebChannel, 'storeMessage'>): Deliverer {
  return async (notice) => {
    if (notice.kind === 'report-card')
      return { ok: false, kind: 'permanent', description: 'report cards go to officers' };
    const { key, vars } = notice.payload as MessagePayload;
    const message: Described = {
      tone: 'info',
      blocks: [{ type: 'paragraph', text: vars ? { key, vars } : { key } }],
      choices: [],
    };
    return {
      ok: true,
      record: async (trx) =>
        (await channel.storeMessage(trx, notice.recipient, message)) ?? undefined,
    };
  };
}

/**
 * 问驻村民警 on the web: the resident's question is stored for their village officer, then handed
 * to `deliverQuestion` (the composition root sends it to the officer's Telegram and records the
 * message the officer replies to). The officer's answer comes back to this device's inbox.
 * A web resident has no name to share: the officer sees "no name left" and answers in the chat.
 */

import type { Locale } from '../../domain/locale.js';
import { localize } from '../../domain/locale.js';
import { webAddress } from '../../domain/people/addresses.js';
import type { Db } from '../../store/database.js';
import { ensurePerson } from '../../store/people.repository.js';
import type { Described } from '../../workflows/described.js';
import { askOfficer } from '../../workflows/questions/ask-officer.js';
import { field, WebError } from './http-kit.js';

/** Sends a stored question to the officer; true when it reached them. */
export type DeliverQuestion = (questionId: number) => Promise<boolean>;

export interface AskOfficerCall {
  deviceId: string;
  villageCode: string | null;
  locale: Locale;
  reply: (message: Described) => void;
}

export function createAskOfficerApi(db: Db, deliverQuestion?: DeliverQuestion) {
  return async function ask(call: AskOfficerCall, body: Record<string, unknown>) {
    const asked = await askOfficer(db, {
      asker: {
        personId: await ensurePerson(db, webAddress(call.deviceId)),
        webDevice: call.deviceId,
      },
      villageCode: call.villageCode,
      question: field(body, 'text'),
      topicId: null,
      shareContact: false,
    });
    if (asked.outcome === 'no-village')
      throw new WebError(400, 'no_village', 'web-choose-village-first');
    if (asked.outcome === 'empty') throw new WebError(400, 'empty', 'web-no-text');
    const delivered = deliverQuestion ? await deliverQuestion(asked.question.id) : false;
    const { officer } = asked.place.village;
    call.reply({
      tone: 'info',
      blocks: [
        {
          type: 'paragraph',
          text: {
            key: delivered ? 'ask-sent' : 'ask-not-delivered',
            vars: {
              id: String(asked.question.id),
              officer: localize(officer.name, call.locale),
              phone: officer.phone,
            },
          },
        },
      ],
      choices: [
        {
          label: { key: 'web-call', vars: { phone: officer.phone } },
          action: `call:${officer.phone}`,
        },
      ],
    });
  };
}

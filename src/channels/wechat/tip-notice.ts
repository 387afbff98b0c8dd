/**
 * A campaign's scheduled tip (反诈/普法 reminder) to a WeChat follower, from the outbox (`tip`
 * notices, queued by `src/workflows/awareness/channel-tips.ts` after the person's quiet hours):
 * the library item in the follower's language as of delivery, drawn as plain text. Inside the
 * 48-hour window it goes as a customer-service message; past it, it waits for the follower's next
 * message. Never as a template message (nor by SMS): a tip is not urgent, and templates are for a
 * resident's own business, such as their report's news.
 */
import type { AwarenessLibrary } from '../../domain/awareness/library.js';
import { DEFAULT_LOCALE, isLocale } from '../../domain/locale.js';
import type { Notice, TipNoticePayload } from '../../domain/notices/notice.js';
import type { DeliveryResult } from '../../notices/deliverer.js';
import { getWechatResident } from '../../store/wechat.repository.js';
import { describeTip } from '../../workflows/awareness/describe-tip.js';
import { describedMessages } from './described-text.js';
import { type NoticeDeps, notifyResident, THROTTLED_WAIT } from './resident-notice.js';
import type { PlainTranslate } from './texts.js';

export async function deliverWechatTip(
  deps: NoticeDeps & { t: PlainTranslate; library?: AwarenessLibrary | undefined },
  notice: Notice,
): Promise<DeliveryResult> {
  if (!deps.library) return { ok: false, kind: 'permanent', description: 'no awareness library' };
  const resident = await getWechatResident(deps.db, notice.recipient);
  if (!resident) return { ok: false, kind: 'inactive' };
  const locale = isLocale(resident.language) ? resident.language : DEFAULT_LOCALE;
  const { topic, itemId } = notice.payload as TipNoticePayload;
  // Item by item in Chinese where not translated, with the card's note saying so.
  const item = deps.library.items(topic, locale).find((i) => i.id === itemId);
  if (!item) return { ok: false, kind: 'permanent', description: 'tip not in library' };
  // Words only, no menu: a held menu's ids would outlive the offer. The last line says how to
  // reach the settings in WeChat (typing 提醒设置), not the web chat's "👤 我的".
  const [words] = describedMessages(describeTip(topic, item, locale), locale, deps.t, {
    skipNotes: ['awareness-footer'],
  });
  if (words?.type !== 'text') return { ok: false, kind: 'permanent', description: 'empty tip' };
  const text = `${words.text}\n\n${deps.t(locale, 'wechat-tip-footer')}`;
  switch (await notifyResident(deps, notice.recipient, { text })) {
    case 'sent':
    case 'held':
      return { ok: true };
    case 'inactive':
      return { ok: false, kind: 'inactive' };
    case 'throttled':
      return THROTTLED_WAIT;
    case 'failed':
      return { ok: false, kind: 'transient', description: 'customer-service message failed' };
  }
}

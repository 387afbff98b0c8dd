/**
 * Screenshots in WeChat: villagers often cannot copy an SMS, so they send a picture of it. The
 * picture is fetched through the temporary media API and read with the same OCR reader as
 * Telegram's screenshot check (`src/ocr`), then checked like pasted text, with what was read
 * shown above the verdict (links dead) so the follower can see it was read right. This runs after
 * the push was answered "success", and the reply goes as a customer-service message. No OCR here,
 * nothing read, or a picture we cannot take: a kind reply saying how to paste the text instead.
 * What was read is never logged; only the reason and the size.
 *
 * That is in 防骗查询. A picture sent anywhere else is handled as Telegram handles a photo at the
 * menu (src/bot/features/screenshot-check.ts), with the same channel-neutral test
 * (`looksLikeMessage`): only a picture that plainly holds a message is offered the check (a menu
 * message whose item `shot:<media id>` reads it again and checks it, while the offer is fresh);
 * a photo of a cow, or one we cannot read, gets a kind reply and the main choices.
 */
import type { BlocklistLookup } from '../../domain/fraud/index.js';
import type { Locale } from '../../domain/locale.js';
import type { Logger } from '../../logger.js';
import { looksLikeMessage, OcrError, type ScreenshotReader } from '../../ocr/index.js';
import { defangLinks } from './defang.js';
import { type MediaDownloader, MediaTooLargeError } from './media-download.js';
import type { OutgoingMessage } from './outgoing.js';
import { scamReply } from './scam-reply.js';
import type { PlainTranslate } from './texts.js';
import { mainChoices } from './welcome.js';

/** The offered check of a picture sent outside 防骗查询: `shot:<media id>`. */
export const SHOT_CHOICE = 'shot:';

/** How much of the read text is shown back above the verdict, as on Telegram. */
const SHOWN_CHARS = 300;

export interface ScreenshotDeps {
  reader?: ScreenshotReader | undefined;
  download?: MediaDownloader | undefined;
  logger?: Logger | undefined;
  t: PlainTranslate;
  blocklist?: BlocklistLookup | undefined;
}

const REPLY_OF = {
  'too-large': 'scam-shot-too-large',
  unsupported: 'scam-shot-unsupported',
  unavailable: 'wechat-shot-no-ocr',
  busy: 'scam-shot-busy',
  timeout: 'wechat-shot-no-text',
  failed: 'wechat-shot-no-text',
} as const;

type Reason = keyof typeof REPLY_OF;

async function readText(
  deps: ScreenshotDeps,
  mediaId: string,
): Promise<{ text: string } | { reason: Reason }> {
  const { reader, download } = deps;
  if (!reader || !download || (await reader.missing())) return { reason: 'unavailable' };
  let size: number | undefined;
  try {
    const bytes = await download(mediaId, reader.maxBytes);
    size = bytes.length;
    return { text: await reader.read(bytes) };
  } catch (error) {
    const reason: Reason =
      error instanceof MediaTooLargeError
        ? 'too-large'
        : error instanceof OcrError
          ? error.reason
          : 'failed';
    // The reason and the size only: never the picture or what was read from it.
    deps.logger?.warn('wechat: screenshot not read', {
      reason,
      size,
      ...(reason === 'failed' && error instanceof Error ? { error: error.name } : {}),
    });
    return { reason };
  }
}

export async function screenshotReply(
  deps: ScreenshotDeps,
  locale: Locale,
  mediaId: string,
): Promise<OutgoingMessage[]> {
  const say = (key: string): OutgoingMessage[] => [{ type: 'text', text: deps.t(locale, key) }];
  if (!mediaId) return say('wechat-shot-no-text');
  const outcome = await readText(deps, mediaId);
  if ('reason' in outcome) return say(REPLY_OF[outcome.reason]);
  const text = outcome.text.trim();
  if (!text) return say('wechat-shot-no-text');
  const shown = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
  const preface = deps.t(locale, 'scam-shot-read', { text: defangLinks(shown) });
  const verdict = scamReply(text, locale, deps.t, deps.blocklist);
  return verdict.map((message, i) =>
    i === 0 && message.type === 'text'
      ? { type: 'text', text: `${preface}\n\n${message.text}` }
      : message,
  );
}

/**
 * A picture sent outside 防骗查询: the check is offered only when the picture plainly holds a
 * message; anything else (a cow, a landscape, no OCR here, a failure) gets a kind reply and the
 * main choices, as Telegram's menu does.
 */
export async function screenshotAtMenu(
  deps: ScreenshotDeps,
  locale: Locale,
  mediaId: string,
): Promise<OutgoingMessage[]> {
  const outcome = mediaId ? await readText(deps, mediaId) : { reason: 'failed' as const };
  if (!('text' in outcome) || !looksLikeMessage(outcome.text))
    return [
      { type: 'text', text: deps.t(locale, 'wechat-shot-menu') },
      ...mainChoices(deps.t, locale),
    ];
  return [
    {
      type: 'menu',
      head: deps.t(locale, 'scam-shot-offer'),
      items: [
        { id: `${SHOT_CHOICE}${mediaId}`, content: deps.t(locale, 'scam-shot-offer-button') },
      ],
      tail: '',
    },
  ];
}

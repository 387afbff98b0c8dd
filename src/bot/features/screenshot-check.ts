/**
 * Screenshots in the scam check: villagers often cannot copy an SMS, so they send a picture of
 * it. In 防骗查询 (or forwarded) a photo is read with OCR and checked like text, with what was
 * read shown above the verdict so the villager can see it was read right. A photo sent at the
 * menu is offered the check only when it plainly holds a message. Bad pictures get a kind reply:
 * no text, too big (refused before download), animations and stickers, no OCR on this server.
 * What OCR read is never logged.
 */
import { Composer, InlineKeyboard } from 'grammy';
import type { Message } from 'grammy/types';
import { defang } from '../../domain/text/defang.js';
import { escapeHtml } from '../../i18n/html.js';
import { looksLikeMessage, OcrError } from '../../ocr/index.js';
import { callbackAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { type FileDownloader, FileTooLargeError } from '../download-file.js';
import { checkAndReply } from '../screens/scam-verdict.js';

export const checkScreenshot = callbackAction('sso');

/** How long an offered check of a menu photo stays open. */
const OFFER_TTL_MS = 10 * 60_000;
/** How much of the read text is shown back above the verdict. */
const SHOWN_CHARS = 300;

type Picture =
  | { kind: 'image'; fileId: string; size: number | undefined }
  | { kind: 'animation' }
  | { kind: 'unsupported' };

/** The picture in a message: the largest photo size that fits, an image file, or an animation. */
export function pictureIn(msg: Message, maxBytes: number): Picture | null {
  if (msg.photo?.length) {
    const fitting = msg.photo.filter((p) => (p.file_size ?? 0) <= maxBytes);
    const best = (fitting.length ? fitting : msg.photo).at(-1);
    return best ? { kind: 'image', fileId: best.file_id, size: best.file_size } : null;
  }
  if (msg.animation || msg.sticker) return { kind: 'animation' };
  const doc = msg.document;
  if (doc?.mime_type?.startsWith('image/')) {
    if (/gif|webp/.test(doc.mime_type)) return { kind: 'animation' };
    if (/png|jpe?g/.test(doc.mime_type))
      return { kind: 'image', fileId: doc.file_id, size: doc.file_size };
    return { kind: 'unsupported' };
  }
  return null;
}

type ReadOutcome = { text: string } | { reply: string };

async function readPicture(
  ctx: BotContext,
  picture: Picture,
  files: FileDownloader,
): Promise<ReadOutcome> {
  const reader = ctx.app.screenshots;
  if (picture.kind === 'animation') return { reply: 'scam-shot-animation' };
  if (picture.kind === 'unsupported') return { reply: 'scam-shot-unsupported' };
  if (!reader || (await reader.missing())) return { reply: 'scam-shot-no-ocr' };
  if ((picture.size ?? 0) > reader.maxBytes) return { reply: 'scam-shot-too-large' };
  try {
    await ctx.replyWithChatAction('typing').catch(() => {});
    const bytes = await files.download(ctx.api, picture.fileId, reader.maxBytes);
    return { text: await reader.read(bytes) };
  } catch (error) {
    const reason =
      error instanceof FileTooLargeError
        ? 'too-large'
        : error instanceof OcrError
          ? error.reason
          : 'failed';
    // The reason and the size only: never the picture or what was read from it.
    ctx.app.logger.warn('screenshot not read', { reason, size: picture.size });
    const key = {
      'too-large': 'scam-shot-too-large',
      unsupported: 'scam-shot-unsupported',
      unavailable: 'scam-shot-no-ocr',
      busy: 'scam-shot-busy',
      timeout: 'scam-shot-failed',
      failed: 'scam-shot-failed',
    } as const;
    return { reply: key[reason] };
  }
}

function preface(ctx: BotContext, text: string): string {
  const shown = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
  // Read text may hold the phishing link itself: quoted back dead, like the verdict's quotes.
  return ctx.t('scam-shot-read', { text: escapeHtml(defang(shown)) });
}

export function createScreenshotCheck(files: FileDownloader): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const chats = feature.chatType('private');

  chats.on('message', async (ctx, next) => {
    const inFlow = ctx.session.flow?.name === 'scam-check';
    const forwarded = ctx.msg.forward_origin !== undefined && !ctx.session.flow;
    const atMenu = !ctx.session.flow && !forwarded;
    if (!inFlow && !forwarded && !atMenu) return next();
    const picture = pictureIn(ctx.msg, ctx.app.screenshots?.maxBytes ?? 0);
    // A forwarded sticker or GIF keeps the scam check's own "no text" reply.
    if (!picture || (forwarded && picture.kind !== 'image')) return next();
    const caption = (ctx.msg.caption ?? '').trim();

    if (atMenu) return offerCheck(ctx, picture, files, next);
    const outcome = await readPicture(ctx, picture, files);
    const text = 'text' in outcome ? outcome.text : '';
    if (!text && caption) {
      // Nothing read, but the villager wrote something: check that, as before screenshots.
      ctx.session.flow = undefined;
      return checkAndReply(ctx, caption);
    }
    if ('reply' in outcome) return void (await ctx.reply(ctx.t(outcome.reply)));
    if (!text) return void (await ctx.reply(ctx.t('scam-shot-no-text')));
    ctx.session.flow = undefined;
    await checkAndReply(ctx, caption ? `${caption}\n${text}` : text, preface(ctx, text));
  });

  chats.callbackQuery(checkScreenshot.pattern, async (ctx) => {
    const text = await ctx.app.cache.get(offerKey(ctx.chat.id));
    await ctx.answerCallbackQuery();
    if (typeof text !== 'string') return void (await ctx.reply(ctx.t('scam-shot-expired')));
    await ctx.app.cache.delete(offerKey(ctx.chat.id));
    await checkAndReply(ctx, text, preface(ctx, text));
  });

  return feature;
}

const offerKey = (chatId: number) => `screenshot-offer:${chatId}`;

/**
 * A photo at the menu: read it, and offer the check only if it plainly holds a message. Anything
 * else (a cow, a landscape, no OCR here, a failure) goes on to the next feature as before.
 */
async function offerCheck(
  ctx: BotContext & { chat: { id: number } },
  picture: Picture,
  files: FileDownloader,
  next: () => Promise<void>,
): Promise<void> {
  if (picture.kind !== 'image') return next();
  const outcome = await readPicture(ctx, picture, files);
  if (!('text' in outcome) || !looksLikeMessage(outcome.text)) return next();
  await ctx.app.cache.set(offerKey(ctx.chat.id), outcome.text, OFFER_TTL_MS);
  await ctx.reply(ctx.t('scam-shot-offer'), {
    reply_markup: new InlineKeyboard().text(
      ctx.t('scam-shot-offer-button'),
      checkScreenshot.data(),
    ),
  });
}

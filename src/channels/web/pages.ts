/**
 * The two HTML pages: the village landing page the poster's QR code opens (`/v/<code>`), and the
 * chat page's shell (`/web/`), whose texts and messages the script fills in. Both are built here
 * with every interpolated value escaped; neither has inline script or style.
 */
import { LOCALES, type Locale, localize } from '../../domain/locale.js';
import type { VillageContext } from '../../store/places.repository.js';
import { escapeHtml as e } from './http-kit.js';
import type { WebTranslate } from './web-translate.js';

/** The language switch shows each language in itself. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  'zh-CN': '中文',
  mn: 'ᠮᠣᠩᠭᠣᠯ Монгол',
  en: 'English',
};

/**
 * The landing page always shows Mongolian, so it fetches the Mongolian font before laying out:
 * a font that arrives after layout left some text (the big button) drawn as boxes in Chromium.
 */
const MONGOLIAN_FONT = `<link rel="preload" href="/web/static/mongolian.ttf" as="font" type="font/ttf" crossorigin>`;

const head = (title: string, preloadMongolian = false) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title>${preloadMongolian ? MONGOLIAN_FONT : ''}<link rel="stylesheet" href="/web/static/chat.css"></head>`;

export interface LandingOptions {
  place: VillageContext;
  t: WebTranslate;
  /** The bot's username, for "open in Telegram"; absent when unknown. */
  botUsername?: string;
}

/** The landing page in the village's three languages, Chinese first. */
export function landingPage({ place, t, botUsername }: LandingOptions): string {
  const code = place.village.code;
  const sections = LOCALES.map((locale) => {
    const village = localize(place.village.name, locale);
    const officer = localize(place.village.officer.name, locale);
    const phone = place.village.officer.phone;
    return `<section class="landing-lang" lang="${locale}">
<h2>${e(t(locale, 'web-landing-heading', { village }))}</h2>
<p>${e(t(locale, 'web-landing-intro'))}</p>
<a class="big-button" href="/web/?v=${encodeURIComponent(code)}&amp;lang=${locale}">${e(t(locale, 'web-landing-open'))}</a>
<p class="officer-line">${e(t(locale, 'web-landing-officer', { officer, phone }))}</p>
<a class="choice call" href="tel:${e(phone)}">${e(t(locale, 'web-call', { phone }))}</a>
</section>`;
  }).join('\n');
  const telegram = botUsername
    ? `<p class="telegram"><a href="https://t.me/${encodeURIComponent(botUsername)}?start=v_${encodeURIComponent(code)}">${e(t('zh-CN', 'web-landing-telegram'))} · ${e(t('en', 'web-landing-telegram'))}</a></p>`
    : '';
  return `${head(t('zh-CN', 'web-title'), true)}<body class="landing"><main>
<h1>${e(t('zh-CN', 'web-title'))}</h1>
${sections}
${telegram}
</main></body></html>`;
}

/** A code that names no village: say so, and let the resident choose the village in the chat. */
export function unknownVillagePage(code: string, t: WebTranslate): string {
  const parts = LOCALES.map(
    (locale) => `<section class="landing-lang" lang="${locale}">
<h2>${e(t(locale, 'web-unknown-village-title'))}</h2>
<p>${e(t(locale, 'web-unknown-village', { code }))}</p>
<a class="big-button" href="/web/?lang=${locale}">${e(t(locale, 'web-unknown-village-choose'))}</a></section>`,
  ).join('\n');
  return `${head(t('zh-CN', 'web-unknown-village-title'), true)}<body class="landing"><main>${parts}</main></body></html>`;
}

/** The chat page: an empty frame; `chat.js` asks the API for texts, the village and the inbox. */
export function chatPage(): string {
  const languages = LOCALES.map(
    (l) =>
      `<button type="button" class="lang" data-lang="${l}" lang="${l}">${e(LANGUAGE_NAMES[l])}</button>`,
  ).join('');
  return `${head('村警通')}<body>
<header class="top"><div class="languages">${languages}</div><button type="button" id="larger" class="toggle" aria-pressed="false">🔍</button></header>
<div id="push-offer" class="push-offer" hidden></div>
<main id="log" aria-live="polite"></main>
<div id="dock" class="dock"><nav id="menu" class="menu"></nav>
<form id="ask" class="composer"><button type="button" id="cancel" class="cancel" hidden></button><textarea id="text" rows="2" maxlength="4000"></textarea><button type="submit" id="send" class="send">➤</button></form></div>
<script src="/web/static/chat.js" defer></script>
<script src="/web/static/push.js" defer></script>
</body></html>`;
}

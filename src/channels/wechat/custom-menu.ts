/**
 * The account's custom menu. WeChat allows at most three top-level buttons (up to five
 * sub-buttons each; names up to 16 and 60 bytes), so the four main entries are laid out as
 * 办事咨询 · 防骗查询 · 我的 ▸ (我要反映, 我的反映, 找驻村民警, 设置/语言).
 * https://developers.weixin.qq.com/doc/service/api/custommenu/api_createcustommenu
 *
 * With PUBLIC_URL set, the report form and "my reports" open the web chat inside WeChat through
 * OAuth (`snsapi_base`, no consent screen), so the web chat learns the resident's openid. The
 * button opens our own `/wechat/oauth?page=…`, which sends the browser on to WeChat's authorize
 * page with a fresh signed state (see web-link.ts): a fixed state in a menu could not be checked.
 * https://developers.weixin.qq.com/doc/service/guide/h5/auth.html
 */
import { MAIN_CHOICES } from './conversation.js';

/** Web chat pages the menu opens, through the OAuth link (web-link.ts). */
export const WEB_PAGES = {
  report: '/wechat/oauth?page=report',
  mine: '/wechat/oauth?page=mine',
} as const;

type Button =
  | { type: 'click'; name: string; key: string }
  | { type: 'view'; name: string; url: string }
  | { name: string; sub_button: Button[] };

/** The OAuth link that opens `target` inside WeChat with the resident's openid carried over. */
export function oauthLink(
  appId: string,
  target: string,
  state: string,
  root = 'https://open.weixin.qq.com',
): string {
  const query = new URLSearchParams({
    appid: appId,
    redirect_uri: target,
    response_type: 'code',
    scope: 'snsapi_base',
    state,
  });
  return `${root}/connect/oauth2/authorize?${query}#wechat_redirect`;
}

export function customMenu(publicUrl: string | undefined): { button: Button[] } {
  const web = (name: string, path: string, fallbackKey: string): Button =>
    publicUrl
      ? { type: 'view', name, url: `${publicUrl.replace(/\/$/, '')}${path}` }
      : { type: 'click', name, key: fallbackKey };
  const mine: Button[] = [
    web('我要反映', WEB_PAGES.report, MAIN_CHOICES.report),
    ...(publicUrl ? [web('我的反映', WEB_PAGES.mine, MAIN_CHOICES.report)] : []),
    { type: 'click', name: '找驻村民警', key: MAIN_CHOICES.officer },
    { type: 'click', name: '设置 · 语言 Language', key: MAIN_CHOICES.language },
  ];
  return {
    button: [
      { type: 'click', name: '办事咨询', key: MAIN_CHOICES.services },
      { type: 'click', name: '防骗查询', key: MAIN_CHOICES.scam },
      { name: '我的', sub_button: mine },
    ],
  };
}

/**
 * A permanent parametric QR code's request: scanning it follows the account (or, for a follower,
 * sends a SCAN event) with the village code as scene, `qrscene_<code>` in the follow event.
 * https://developers.weixin.qq.com/doc/service/api/qrcode/qrcodes/api_createqrcode
 */
export function villageQrRequest(villageCode: string) {
  return { action_name: 'QR_LIMIT_STR_SCENE', action_info: { scene: { scene_str: villageCode } } };
}

/** Where WeChat serves the QR image of a ticket. */
export function qrImageUrl(ticket: string): string {
  return `https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=${encodeURIComponent(ticket)}`;
}

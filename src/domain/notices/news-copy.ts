/**
 * Which one extra copy of a report's news a web reporter gets, besides the web inbox (the record
 * the page shows), by the rule "everything but urgent warnings goes to the one address the
 * person uses". A device is linked to WeChat only when opened from the account's menu, inside
 * WeChat's own browser (which has no Web Push), so a linked reporter uses WeChat:
 *
 * - WeChat, when the message can go now: inside the 48-hour customer-service window since they
 *   last wrote to the account, or as a template message.
 * - Otherwise SMS, when they turned report news by SMS on (it reaches them at once, where the
 *   WeChat copy would wait for their next message).
 * - Otherwise WeChat still, held for their next message.
 * - Not linked (or no longer following): SMS when turned on, else nothing more (the web inbox
 *   and its Web Push nudge are the copy).
 *
 * @example
 * newsCopy({ wechat: { lastMessageAt: threeDaysAgo }, sms: true, wechatTemplate: false, now });
 * // → 'sms'
 */

/** WeChat's customer-service window after a resident's last message or event. */
export const WECHAT_SERVICE_WINDOW_MS = 48 * 3600_000;

export interface NewsReach {
  /** The WeChat follower the reporter's device is linked to, while they follow the account. */
  wechat: { lastMessageAt: Date | null } | null;
  /** The device has a verified, active SMS address with report news on. */
  sms: boolean;
  /** The account sends template messages past the window (`WECHAT_NOTICE_TEMPLATE_ID`). */
  wechatTemplate: boolean;
  now: Date;
}

export function newsCopy(reach: NewsReach): 'wechat' | 'sms' | null {
  if (reach.wechat) {
    const wrote = reach.wechat.lastMessageAt?.getTime();
    const inWindow = wrote !== undefined && reach.now.getTime() - wrote <= WECHAT_SERVICE_WINDOW_MS;
    if (inWindow || reach.wechatTemplate || !reach.sms) return 'wechat';
  }
  return reach.sms ? 'sms' : null;
}

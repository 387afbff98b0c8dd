/**
 * Which one extra copy of a report's news a web reporter gets, besides the web inbox (the record
 * the page shows): the rule "everything but urgent warnings goes to the one address the person
 * used last" applied to a device linked to WeChat and a verified SMS number.
 *
 * - WeChat, when they wrote to the account after their last visit to the web chat, and the
 *   message can go now: inside the 48-hour customer-service window, or as a template message.
 * - Otherwise SMS, when they turned report news by SMS on (it reaches them at once, where the
 *   WeChat copy would wait for their next message).
 * - Otherwise WeChat still, when they used it last: held for their next message.
 * - Otherwise nothing: the web inbox (and its Web Push nudge) is the copy.
 *
 * @example
 * newsCopy({ wechat: { lastMessageAt: twoDaysAgo }, webSeenAt: threeDaysAgo,
 *   sms: true, wechatTemplate: false, now }); // → 'sms'
 */

/** WeChat's customer-service window after a resident's last message or event. */
export const WECHAT_SERVICE_WINDOW_MS = 48 * 3600_000;

export interface NewsReach {
  /** The WeChat follower the reporter's device is linked to, while they follow the account. */
  wechat: { lastMessageAt: Date | null } | null;
  /** The device's last visit to the web chat. */
  webSeenAt: Date | null;
  /** The device has a verified, active SMS address with report news on. */
  sms: boolean;
  /** The account sends template messages past the window (`WECHAT_NOTICE_TEMPLATE_ID`). */
  wechatTemplate: boolean;
  now: Date;
}

export function newsCopy(reach: NewsReach): 'wechat' | 'sms' | null {
  const wrote = reach.wechat?.lastMessageAt?.getTime() ?? null;
  // A tie goes to the web chat, as for broadcasts: its inbox copy is there already.
  const wechatLast = wrote !== null && wrote > (reach.webSeenAt?.getTime() ?? 0);
  if (wechatLast) {
    const inWindow = reach.now.getTime() - wrote <= WECHAT_SERVICE_WINDOW_MS;
    if (inWindow || reach.wechatTemplate || !reach.sms) return 'wechat';
  }
  return reach.sms ? 'sms' : null;
}

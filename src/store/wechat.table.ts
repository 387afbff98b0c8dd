/**
 * Row types of the WeChat channel's tables (migration 2026-12-03-wechat). Kept beside, not inside,
 * `schema.ts` so the channel's tables read as one unit; `Database` includes them.
 */
import type { Generated } from 'kysely';

export interface WechatResidentTable {
  openid: string;
  language: string;
  village_code: string | null;
  /** 1 while the resident follows the account, 0 after unsubscribing or a 43004. */
  subscribed: number;
  /** The resident's last message: customer-service messages are allowed for 48 hours after it. */
  last_message_at: string | null;
  /** What the resident's next text is for: `scam` after 防骗查询, null for a question. */
  flow: string | null;
  created_at: string;
}

export interface WechatProcessedMessageTable {
  /** `m:<MsgId>`, or `e:<FromUserName>:<CreateTime>:<Event>:<EventKey>` for events (no MsgId). */
  message_key: string;
  received_at: string;
}

export interface WechatPendingMessageTable {
  id: Generated<number>;
  openid: string;
  /** The customer-service message body as JSON, sent as is on the resident's next message. */
  body: string;
  created_at: string;
}

export interface WechatAccessTokenTable {
  app_id: string;
  token: string;
  expires_at: string;
}

/** A web chat device linked to a WeChat openid through OAuth (migration 2026-12-05). */
export interface WechatWebLinkTable {
  device_id: string;
  openid: string;
  linked_at: string;
}

/** The choices of the last menu message a follower was sent (migration 2026-12-06). */
export interface WechatOfferedChoicesTable {
  openid: string;
  /** The items' ids as a JSON array, in the order shown (item 1 first). */
  choices: string;
  offered_at: string;
}

/** A picture uploaded as temporary media, reused until it expires (migration 2026-12-07). */
export interface WechatMediaTable {
  /** Where the picture comes from (e.g. a Telegram file id), as the photo source knows it. */
  photo_key: string;
  media_id: string;
  /** When WeChat forgets it (three days after the upload), less a margin. */
  expires_at: string;
}

export interface WechatTables {
  wechat_residents: WechatResidentTable;
  wechat_processed_messages: WechatProcessedMessageTable;
  wechat_pending_messages: WechatPendingMessageTable;
  wechat_access_tokens: WechatAccessTokenTable;
  wechat_web_links: WechatWebLinkTable;
  wechat_offered_choices: WechatOfferedChoicesTable;
  wechat_media: WechatMediaTable;
}

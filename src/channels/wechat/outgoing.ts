/**
 * What the channel sends a resident, as data: plain text, or a menu message (`msgmenu`) whose
 * items come back as a text push carrying the item's id (`bizmsgmenuid`). Rendered to bodies of
 * `message/custom/send`, with text cut to WeChat's 2048 bytes per message:
 * https://developers.weixin.qq.com/doc/service/api/customer/message/api_sendcustommessage
 */

export interface MenuItem {
  id: string;
  content: string;
}

/**
 * A picture goes by its photo key (see media-upload.ts): the media id is found or uploaded as it
 * is sent, so a message held past the media's three days still goes with a valid one.
 */
export type OutgoingMessage =
  | { type: 'text'; text: string }
  | { type: 'menu'; head: string; items: MenuItem[]; tail: string }
  | { type: 'image'; photoKey: string };

/** WeChat's limit on a customer-service text (`text.content`), in UTF-8 bytes. */
export const TEXT_LIMIT_BYTES = 2048;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Cuts text into pieces of at most `limit` UTF-8 bytes, at line ends where it can. */
export function splitText(text: string, limit = TEXT_LIMIT_BYTES): string[] {
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) pieces.push(current.replace(/\n+$/, ''));
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (bytes(candidate) <= limit) {
      current = candidate;
      continue;
    }
    flush();
    // A single line longer than the limit is cut by characters.
    let rest = line;
    while (bytes(rest) > limit) {
      let cut = '';
      for (const ch of rest) {
        if (bytes(cut + ch) > limit) break;
        cut += ch;
      }
      pieces.push(cut);
      rest = rest.slice(cut.length);
    }
    current = rest;
  }
  flush();
  return pieces;
}

export type CustomSendBody =
  | { touser: string; msgtype: 'text'; text: { content: string } }
  | {
      touser: string;
      msgtype: 'msgmenu';
      msgmenu: { head_content: string; list: MenuItem[]; tail_content: string };
    }
  | { touser: string; msgtype: 'image'; image: { media_id: string } }
  /** A picture still to be uploaded (or found in the cache) when it is sent; never posted as is. */
  | { touser: string; msgtype: 'image'; photo_key: string };

/**
 * A menu message as numbered text, for where menu messages cannot go (WeChat refused one for
 * this account): the same head, items and tail, with "1. …" before each item; `hint` says
 * what to type. The numbers are the ones the follower's typed reply is read against.
 */
export function menuAsText(
  menu: { head_content: string; list: MenuItem[]; tail_content: string },
  hint: string,
): string {
  return [
    menu.head_content,
    ...menu.list.map((item, i) => `${i + 1}. ${item.content}`),
    menu.tail_content,
    hint,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The `message/custom/send` bodies for one message (long text becomes several). */
export function customSendBodies(openid: string, message: OutgoingMessage): CustomSendBody[] {
  if (message.type === 'text')
    return splitText(message.text).map((content) => ({
      touser: openid,
      msgtype: 'text',
      text: { content },
    }));
  if (message.type === 'image')
    return [{ touser: openid, msgtype: 'image', photo_key: message.photoKey }];
  return [
    {
      touser: openid,
      msgtype: 'msgmenu',
      msgmenu: { head_content: message.head, list: message.items, tail_content: message.tail },
    },
  ];
}

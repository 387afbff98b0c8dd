/**
 * The sandbox's WeChat persona: one follower of the emulated account, played from the sandbox
 * web page (`/wechat`). The page scans a village poster (follows with the village as scene),
 * writes, taps menu-message items and the account's menu; the menu's web entries open the web
 * chat through the emulated OAuth page, so the follower's web device is linked as in WeChat.
 * What the follower received comes from the emulator's record: customer-service messages
 * (text, menu messages, pictures, whose bytes the page fetches from `/api/wechat/media/<id>`)
 * and template messages. The follower can send a picture too (base64 in the JSON body).
 */
import type { WechatEmulator } from './wechat-emulator.js';

export interface SandboxWechat {
  emulator: WechatEmulator;
  openid: string;
  name: string;
  villages: Array<{ code: string; name: string }>;
  /** The account's custom menu, its web entries on the villagers' web chat once it runs. */
  menu(): unknown;
}

export class WechatPersonaError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Pictures the follower may send from the page: what WeChat's image messages carry. */
const PICTURE_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/gif']);
const PICTURE_MAX_BYTES = 5 * 1024 * 1024;

/** A message as the page shows it: a picture gets the address of its bytes. */
function shownOf(body: object): object {
  const b = body as { msgtype?: string; image?: { media_id?: string } };
  if (b.msgtype === 'image' && b.image?.media_id)
    return { ...b, src: `/api/wechat/media/${encodeURIComponent(b.image.media_id)}` };
  return body;
}

/** `GET /api/wechat`: the follower, what they received, and the account's menu. */
export function wechatView(w: SandboxWechat) {
  const resident = w.emulator.state.resident(w.openid);
  return {
    openid: w.openid,
    name: w.name,
    following: resident.following,
    villages: w.villages,
    received: resident.shown.map(shownOf),
    menu: w.menu(),
  };
}

/** `GET /api/wechat/media/<id>`: a picture the follower received, or null. */
export function wechatMedia(
  w: SandboxWechat,
  mediaId: string,
): { data: Buffer; contentType: string } | null {
  const media = w.emulator.state.media.get(mediaId);
  if (!media?.data || media.type !== 'image') return null;
  return { data: media.data, contentType: media.contentType ?? 'image/jpeg' };
}

/** `POST /api/wechat`: one action of the follower, pushed to the adapter like WeChat does. */
export async function wechatAct(w: SandboxWechat, input: Record<string, unknown>) {
  const text = (name: string) => String(input[name] ?? '').trim();
  const { emulator, openid } = w;
  switch (input.action) {
    case 'follow': {
      const scene = text('scene');
      return emulator.follow(openid, scene ? { scene } : {});
    }
    case 'unfollow':
      return emulator.unfollow(openid);
    case 'text': {
      if (!text('text')) throw new WechatPersonaError(400, 'Type a message first.');
      return emulator.text(openid, text('text'));
    }
    case 'choose':
      return emulator.choose(openid, text('id'), text('content'));
    case 'click':
      return emulator.click(openid, text('key'));
    case 'image': {
      const type = text('contentType');
      const data = Buffer.from(text('data'), 'base64');
      if (!PICTURE_TYPES.has(type)) throw new WechatPersonaError(400, 'Send a JPEG, PNG or GIF.');
      if (data.length === 0 || data.length > PICTURE_MAX_BYTES)
        throw new WechatPersonaError(400, 'Pictures up to 5 MB only.');
      const { mediaId: _, ...pushed } = await emulator.image(openid, data, { contentType: type });
      return pushed;
    }
    default:
      throw new WechatPersonaError(400, 'Unknown action.');
  }
}

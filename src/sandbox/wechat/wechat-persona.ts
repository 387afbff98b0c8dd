/**
 * The sandbox's WeChat persona: one follower of the emulated account, played from the sandbox
 * web page (`/wechat`). The page scans a village poster (follows with the village as scene),
 * writes, taps menu-message items and the account's menu; the menu's web entries open the web
 * chat through the emulated OAuth page, so the follower's web device is linked as in WeChat.
 * What the follower received comes from the emulator's record.
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

/** `GET /api/wechat`: the follower, what they received, and the account's menu. */
export function wechatView(w: SandboxWechat) {
  const resident = w.emulator.state.resident(w.openid);
  return {
    openid: w.openid,
    name: w.name,
    following: resident.following,
    villages: w.villages,
    received: resident.received,
    menu: w.menu(),
  };
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
    default:
      throw new WechatPersonaError(400, 'Unknown action.');
  }
}

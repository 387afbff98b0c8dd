/**
 * WeChat's routes on the shared HTTP server (the web chat's, which PUBLIC_URL points at):
 * `PUBLIC_URL/wechat` is the server URL WeChat pushes to. One process and one address serve the
 * bot's webhook, the web chat and WeChat, in polling and webhook modes alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebMount } from '../web/web-channel.js';
import type { WechatWebhook } from './webhook.js';

export const WECHAT_PATH = '/wechat';

export function wechatMount(webhook: WechatWebhook): WebMount {
  return {
    path: WECHAT_PATH,
    async handle(req: IncomingMessage, res: ServerResponse, url: URL) {
      if (url.pathname === WECHAT_PATH || url.pathname === `${WECHAT_PATH}/`)
        return webhook.handle(req, res);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    },
  };
}

/**
 * WeChat's routes on the shared HTTP server (the web chat's, which PUBLIC_URL points at):
 * `PUBLIC_URL/wechat` is the server URL WeChat pushes to, and `/wechat/oauth` with
 * `/wechat/oauth/back` carry the resident's WeChat identity over to the web chat (web-link.ts).
 * One process and one address serve the bot's webhook, the web chat and WeChat, in polling and
 * webhook modes alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebMount } from '../web/web-channel.js';
import { OAUTH_BACK_PATH, OAUTH_START_PATH, type WebLink } from './web-link.js';
import type { WechatWebhook } from './webhook.js';

export const WECHAT_PATH = '/wechat';

export function wechatMount(webhook: WechatWebhook, webLink?: WebLink): WebMount {
  return {
    path: WECHAT_PATH,
    async handle(req: IncomingMessage, res: ServerResponse, url: URL) {
      const path = url.pathname;
      if (path === WECHAT_PATH || path === `${WECHAT_PATH}/`) return webhook.handle(req, res);
      if (webLink && req.method === 'GET') {
        if (path === OAUTH_START_PATH) return webLink.start(req, res, url);
        if (path === OAUTH_BACK_PATH) return webLink.back(req, res, url);
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    },
  };
}

/**
 * A small HTTP server for the WeChat handler at `/wechat`, until the shared HTTP server (the web
 * chat's) takes the route. Loopback by default: put the TLS proxy that serves PUBLIC_URL in front.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WechatWebhook } from './webhook.js';

export const WECHAT_PATH = '/wechat';

export interface WechatServer {
  port: number;
  close(): Promise<void>;
}

export async function startWechatServer(
  webhook: WechatWebhook,
  port: number,
  host: string,
): Promise<WechatServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== WECHAT_PATH && path !== `${WECHAT_PATH}/`) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    void webhook.handle(req, res);
  });
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await webhook.settled();
    },
  };
}

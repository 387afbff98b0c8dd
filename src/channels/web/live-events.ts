/**
 * Live delivery to open pages with Server-Sent Events: each open page holds one event stream,
 * and a message stored in a device's inbox is written to that device's streams at once. A
 * page that was closed fetches what it missed from the inbox on load (and the stream's first
 * answer sends everything after the page's last id).
 *
 * One process's streams only: with several replicas a message stored on another replica reaches
 * the page on its next load or reconnect; fan-out over PostgreSQL LISTEN/NOTIFY or Redis pub/sub
 * is left for later.
 */
import type { ServerResponse } from 'node:http';
import type { InboxMessage } from '../../store/web-residents.repository.js';
import { SECURITY_HEADERS } from './http-kit.js';

/** Comment lines keep proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;
/** A device rarely has more pages open; more streams are refused to bound memory. */
export const MAX_STREAMS_PER_DEVICE = 4;

export interface LiveEvents {
  open(deviceId: string, res: ServerResponse, missed: InboxMessage[]): boolean;
  push(deviceId: string, message: InboxMessage): void;
  streams(deviceId: string): number;
  close(): void;
}

const frame = (m: InboxMessage) => `id: ${m.id}\nevent: message\ndata: ${JSON.stringify(m)}\n\n`;

export function createLiveEvents(): LiveEvents {
  const byDevice = new Map<string, Set<ServerResponse>>();
  const heartbeat = setInterval(() => {
    for (const set of byDevice.values()) for (const res of set) res.write(': ping\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    open(deviceId, res, missed) {
      const set = byDevice.get(deviceId) ?? new Set<ServerResponse>();
      if (set.size >= MAX_STREAMS_PER_DEVICE) return false;
      set.add(res);
      byDevice.set(deviceId, set);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // nginx would otherwise buffer the stream.
        'x-accel-buffering': 'no',
      });
      res.write('retry: 3000\n\n');
      for (const m of missed) res.write(frame(m));
      res.write('event: ready\ndata: {}\n\n');
      res.on('close', () => {
        set.delete(res);
        if (!set.size) byDevice.delete(deviceId);
      });
      return true;
    },
    push(deviceId, message) {
      for (const res of byDevice.get(deviceId) ?? []) res.write(frame(message));
    },
    streams: (deviceId) => byDevice.get(deviceId)?.size ?? 0,
    close() {
      clearInterval(heartbeat);
      for (const set of byDevice.values()) for (const res of set) res.end();
      byDevice.clear();
    },
  };
}

/**
 * Live delivery to open pages with Server-Sent Events: each open page holds one event stream,
 * and a message stored in a device's inbox is written to that device's streams at once. A
 * page that was closed fetches what it missed from the inbox on load (and the stream's first
 * answer sends everything after the page's last id).
 *
 * Each stream remembers the last message id it was sent, so a message that arrives twice (pushed
 * here after the commit, and again by the fan-out from another replica) is written once. With
 * several replicas, `live-fanout.ts` tells this process of messages stored elsewhere.
 */
import type { ServerResponse } from 'node:http';
import type { InboxMessage } from '../../store/web-residents.repository.js';
import { SECURITY_HEADERS } from './http-kit.js';

/** Comment lines keep proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;
/** A device rarely has more pages open; more streams are refused to bound memory. */
export const MAX_STREAMS_PER_DEVICE = 4;

export interface LiveEvents {
  /** `after`: the last id the page has, so nothing up to it is sent again. */
  open(deviceId: string, res: ServerResponse, missed: InboxMessage[], after?: number): boolean;
  push(deviceId: string, message: InboxMessage): void;
  streams(deviceId: string): number;
  /** The oldest last-sent id over the device's open streams; null when none is open. */
  lastSent(deviceId: string): number | null;
  /** Devices with an open stream here. */
  devices(): string[];
  close(): void;
}

const frame = (m: InboxMessage) => `id: ${m.id}\nevent: message\ndata: ${JSON.stringify(m)}\n\n`;

export function createLiveEvents(): LiveEvents {
  const byDevice = new Map<string, Set<ServerResponse>>();
  const sentUpTo = new WeakMap<ServerResponse, number>();
  const write = (res: ServerResponse, m: InboxMessage) => {
    if (m.id <= (sentUpTo.get(res) ?? 0)) return;
    sentUpTo.set(res, m.id);
    res.write(frame(m));
  };
  const heartbeat = setInterval(() => {
    for (const set of byDevice.values()) for (const res of set) res.write(': ping\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    open(deviceId, res, missed, after = 0) {
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
      sentUpTo.set(res, after);
      for (const m of missed) write(res, m);
      res.write('event: ready\ndata: {}\n\n');
      res.on('close', () => {
        set.delete(res);
        if (!set.size) byDevice.delete(deviceId);
      });
      return true;
    },
    push(deviceId, message) {
      for (const res of byDevice.get(deviceId) ?? []) write(res, message);
    },
    streams: (deviceId) => byDevice.get(deviceId)?.size ?? 0,
    lastSent(deviceId) {
      const set = byDevice.get(deviceId);
      if (!set?.size) return null;
      return Math.min(...[...set].map((res) => sentUpTo.get(res) ?? 0));
    },
    devices: () => [...byDevice.keys()],
    close() {
      clearInterval(heartbeat);
      for (const set of byDevice.values()) for (const res of set) res.end();
      byDevice.clear();
    },
  };
}

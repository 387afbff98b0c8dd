/**
 * Fake Telegram at the HTTP level with nock: grammY sends real requests (through node-fetch),
 * nock answers them like the Bot API would, and every call is recorded so a test can assert
 * exactly what the person was sent. Failures can be injected per method.
 */

import type { ApiClientOptions } from 'grammy';
import nock from 'nock';
import nodeFetch from 'node-fetch';

export const TEST_TOKEN = '123456789:TEST-token-for-nock-000000000';
export const API_ROOT = 'https://api.telegram.org';

export interface ApiCall {
  method: string;
  // biome-ignore lint/suspicious/noExplicitAny: Bot API payloads are open-ended JSON.
  payload: Record<string, any>;
  // biome-ignore lint/suspicious/noExplicitAny: see payload.
  result?: any;
}

export interface FakeTelegram {
  calls: ApiCall[];
  /** The next call to `method` fails with this Bot API error. */
  failNext(
    method: string,
    error: { error_code: number; description: string; parameters?: object },
  ): void;
  reset(): void;
  done(): void;
}

export function fakeTelegram(token = TEST_TOKEN): FakeTelegram {
  const calls: ApiCall[] = [];
  const failures = new Map<string, object[]>();
  let messageId = 1000;
  nock.disableNetConnect();
  const scope = nock(API_ROOT)
    .persist()
    .post(new RegExp(`^/bot${token.replace(/[:-]/g, (c) => `\\${c}`)}/(\\w+)$`))
    .reply((uri, body) => {
      const method = uri.split('/').pop() ?? '';
      const payload = (typeof body === 'string' ? safeJson(body) : body) as ApiCall['payload'];
      const call: ApiCall = { method, payload };
      calls.push(call);
      const failure = failures.get(method)?.shift();
      if (failure) return [200, { ok: false, ...failure }];
      call.result = resultFor(method, payload, () => ++messageId);
      return [200, { ok: true, result: call.result }];
    });
  return {
    calls,
    failNext(method, error) {
      failures.set(method, [...(failures.get(method) ?? []), error]);
    },
    reset() {
      calls.length = 0;
    },
    done() {
      scope.persist(false);
      nock.cleanAll();
      nock.enableNetConnect();
    },
  };
}

function safeJson(text: string): object {
  try {
    return JSON.parse(text) as object;
  } catch {
    return { raw: text };
  }
}

function resultFor(method: string, payload: ApiCall['payload'], nextId: () => number): unknown {
  const chat = { id: payload.chat_id, type: Number(payload.chat_id) < 0 ? 'group' : 'private' };
  const date = Math.floor(Date.now() / 1000);
  if (method.startsWith('send') || method === 'copyMessage') {
    return {
      message_id: nextId(),
      date,
      chat,
      text: payload.text,
      reply_markup: payload.reply_markup,
    };
  }
  if (method === 'editMessageText') {
    return {
      message_id: payload.message_id,
      date,
      chat,
      text: payload.text,
      reply_markup: payload.reply_markup,
    };
  }
  if (method === 'getMyCommands') return [];
  if (method === 'getFile')
    return {
      file_id: payload.file_id,
      file_unique_id: payload.file_id,
      file_path: `files/${payload.file_id}`,
    };
  return true;
}

/**
 * grammY's fetch, minus the `connection: keep-alive` request header: with that header nock 14
 * never completes the response. Requests still go through Node's http stack, where nock sees them.
 */
export const fetchForNock = ((url: string, init: { headers?: Record<string, string> } = {}) => {
  const headers = { ...(init.headers ?? {}) };
  delete headers.connection;
  return nodeFetch(url, { ...init, headers } as Parameters<typeof nodeFetch>[1]);
}) as unknown as NonNullable<ApiClientOptions['fetch']>;

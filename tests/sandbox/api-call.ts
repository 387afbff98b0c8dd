import type { BotApiEmulator } from '../../src/sandbox/emulator.js';

/** A raw Bot API response, for asserting on error codes and descriptions exactly. */
export interface RawResponse {
  status: number;
  body: {
    ok: boolean;
    result?: unknown;
    error_code?: number;
    description?: string;
    parameters?: { retry_after?: number };
  };
}

/** Calls a Bot API method over HTTP with a JSON body, as grammY does. */
export async function call(
  emulator: BotApiEmulator,
  method: string,
  params: Record<string, unknown> = {},
  token = emulator.token,
): Promise<RawResponse> {
  const response = await fetch(`${emulator.apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: response.status, body: (await response.json()) as RawResponse['body'] };
}

/** Result of a call that must succeed; fails the test with Telegram's description otherwise. */
export async function ok<T = Record<string, unknown>>(
  emulator: BotApiEmulator,
  method: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  const { body } = await call(emulator, method, params);
  if (!body.ok) throw new Error(`${method} failed: ${body.error_code} ${body.description}`);
  return body.result as T;
}

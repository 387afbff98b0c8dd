/**
 * Inline-button payloads. A modified client can send any bytes as callback data, so every action
 * declares the exact shape of its arguments and a press is handled only when it matches; the
 * "unhandled" feature refuses and logs everything else. Payloads stay within Telegram's 64 bytes.
 */
export const CODE = '[A-Za-z0-9_-]{1,32}';

export interface CallbackAction {
  readonly prefix: string;
  /** Matches the whole payload; capture groups are the arguments, for `bot.callbackQuery`. */
  readonly pattern: RegExp;
  data(...args: Array<string | number>): string;
}

export function callbackAction(prefix: string, argPatterns: string[] = []): CallbackAction {
  if (!/^[a-z][a-z0-9-]{0,11}$/.test(prefix)) throw new Error(`bad callback prefix "${prefix}"`);
  const source = [prefix, ...argPatterns.map((p) => `(${p})`)].join(':');
  const pattern = new RegExp(`^${source}$`);
  return {
    prefix,
    pattern,
    data(...args) {
      const data = [prefix, ...args.map(String)].join(':');
      if (!pattern.test(data)) throw new Error(`callback data "${data}" does not match ${pattern}`);
      if (Buffer.byteLength(data, 'utf8') > 64)
        throw new Error(`callback data "${data}" exceeds 64 bytes`);
      return data;
    },
  };
}

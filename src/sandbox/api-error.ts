/**
 * The one error type the emulator's Bot API methods throw. The dispatcher turns it into the
 * JSON body Telegram sends (`{ ok: false, error_code, description, parameters? }`), so a method
 * only has to say what went wrong, in Telegram's own words, for clients to react as they
 * would against the real server.
 *
 * @example
 * throw badRequest('message text is empty'); // → 400 "Bad Request: message text is empty"
 */
export class ApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {
    super(description);
    this.name = 'ApiError';
  }

  /** The body Telegram would send for this error. */
  toJSON(): {
    ok: false;
    error_code: number;
    description: string;
    parameters?: { retry_after?: number; migrate_to_chat_id?: number };
  } {
    return {
      ok: false,
      error_code: this.errorCode,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

/** A 400 whose description starts with Telegram's "Bad Request: " prefix. */
export function badRequest(reason: string): ApiError {
  return new ApiError(400, `Bad Request: ${reason}`);
}

/** A 403, used for blocked users and chats the bot may not write to. */
export function forbidden(reason: string): ApiError {
  return new ApiError(403, `Forbidden: ${reason}`);
}

/** A 429 with `retry_after` in whole seconds, as Telegram's flood control sends it. */
export function tooManyRequests(retryAfter: number): ApiError {
  return new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, {
    retry_after: retryAfter,
  });
}

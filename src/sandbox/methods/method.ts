import type { Params } from '../request-params.js';
import type { SandboxState } from '../sandbox-state.js';

/**
 * One Bot API method: takes the call's parameters and returns its `result`, or throws an
 * `ApiError`. `signal` aborts when the client goes away (only long polling cares).
 */
export type MethodHandler = (
  params: Params,
  state: SandboxState,
  signal: AbortSignal,
) => unknown | Promise<unknown>;

export type MethodTable = Record<string, MethodHandler>;

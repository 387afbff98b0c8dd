import { ApiError, badRequest } from '../api-error.js';
import type { MethodTable } from './method.js';

/**
 * getMe, long polling and webhook bookkeeping. Webhooks are recorded, not delivered: the
 * point is that getUpdates fails with 409 while one is set, exactly as when a bot deployed with
 * a webhook is also started locally with polling.
 */
export const updateMethods: MethodTable = {
  getMe: (_params, state) => state.bot,

  getUpdates: (params, state, signal) => {
    if (state.webhook) {
      throw new ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    const allowed = params.json('allowed_updates', "can't parse allowed_updates JSON array");
    if (allowed !== undefined && !Array.isArray(allowed)) {
      throw badRequest("can't parse allowed_updates JSON array");
    }
    return state.updates.take({
      offset: params.integer('offset'),
      limit: params.integer('limit') ?? 100,
      timeoutSeconds: params.number('timeout') ?? 0,
      allowedUpdates: allowed as string[] | undefined,
      signal,
    });
  },

  setWebhook: (params, state) => {
    const url = params.string('url') ?? '';
    if (params.boolean('drop_pending_updates')) state.updates.clear();
    if (url === '') {
      state.webhook = undefined;
      return true;
    }
    if (!/^https:\/\/\S+$/i.test(url)) {
      throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
    }
    const secretToken = params.string('secret_token');
    if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
      throw badRequest('secret token contains unallowed characters');
    }
    const allowed = params.json('allowed_updates', "can't parse allowed_updates JSON array");
    state.webhook = {
      url,
      secretToken,
      maxConnections: params.integer('max_connections') ?? 40,
      allowedUpdates: Array.isArray(allowed) ? (allowed as string[]) : undefined,
    };
    return true;
  },

  deleteWebhook: (params, state) => {
    if (params.boolean('drop_pending_updates')) state.updates.clear();
    state.webhook = undefined;
    return true;
  },

  getWebhookInfo: (_params, state) => ({
    url: state.webhook?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: state.updates.pendingCount,
    ...(state.webhook
      ? {
          max_connections: state.webhook.maxConnections,
          ...(state.webhook.allowedUpdates
            ? { allowed_updates: state.webhook.allowedUpdates }
            : {}),
        }
      : {}),
  }),

  logOut: () => true,
  close: () => true,
};

/**
 * The WeChat channel's settings, read from configuration. Kept apart from the channel so the
 * start path can ask "is WeChat on?" without loading the XML parser and the rest of the channel.
 */
export interface WechatSettings {
  appId: string;
  secret: string;
  token: string;
  /** The EncodingAESKey (43 characters), for safe mode. */
  aesKey?: string | undefined;
  apiRoot: string;
  /** WeChat's web-page OAuth host; the sandbox points it at its emulator. */
  oauthRoot?: string;
}

/** The channel's settings, or null when WeChat is not set up (app id, secret and token). */
export function wechatSettingsOf(config: {
  WECHAT_APP_ID?: string | undefined;
  WECHAT_APP_SECRET?: string | undefined;
  WECHAT_TOKEN?: string | undefined;
  WECHAT_AES_KEY?: string | undefined;
  WECHAT_API_ROOT: string;
}): WechatSettings | null {
  if (!config.WECHAT_APP_ID || !config.WECHAT_APP_SECRET || !config.WECHAT_TOKEN) return null;
  return {
    appId: config.WECHAT_APP_ID,
    secret: config.WECHAT_APP_SECRET,
    token: config.WECHAT_TOKEN,
    aesKey: config.WECHAT_AES_KEY,
    apiRoot: config.WECHAT_API_ROOT,
  };
}

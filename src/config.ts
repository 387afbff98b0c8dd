/**
 * The one configuration schema. Everything the process needs from its environment is read and
 * checked here, once, at start-up; nothing else in the code reads `process.env`.
 *
 * Invalid configuration stops the process with one line that names the variable and what to fix,
 * because the person installing this is often the county's only IT officer, reading a terminal.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';

const telegramIdList = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    const ids = raw
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be a comma-separated list of Telegram user ids',
      });
      return z.NEVER;
    }
    return ids;
  });

const timeZone = z
  .string()
  .default('Asia/Shanghai')
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Asia/Shanghai');

const common = {
  BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, 'must look like 123456789:AA… (the token from @BotFather)')
    .optional(),
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  BOT_USERNAME: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{4,31}$/, 'must be the bot username without @')
    .optional(),
  ADMIN_IDS: telegramIdList,
  DATABASE_URL: z
    .string()
    .default('sqlite:data/cunjing.db')
    .refine(
      (url) => /^(sqlite:|postgres(ql)?:\/\/)/.test(url),
      'must be sqlite:<path> or postgres://user@host:port/db',
    ),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  TZ: timeZone,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  // Sandbox only: also run a WeChat emulator and a WeChat follower persona on the sandbox page.
  SANDBOX_WECHAT: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  VILLAGES_FILE: z.string().default('data/county.example.yaml'),
  // Files the application keeps beside its database: photos of web reports, by content hash.
  DATA_DIR: z.string().default('data'),
  REPORT_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(365),
  CAMPAIGNS_FILE: z.string().default('data/campaigns.yaml'),
  STORE_TIMEOUT_MS: z.coerce.number().int().min(200).max(60_000).default(3_000),
  BROADCAST_RATE: z.coerce.number().min(1).max(30).default(30),
  BROADCAST_PAID: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  BROADCAST_PAID_RATE: z.coerce.number().min(1).max(1000).default(1000),
  // The sandbox's own database: never DATABASE_URL, so a missing token cannot touch real data.
  SANDBOX_DATABASE_URL: z
    .string()
    .default('sqlite:data/sandbox.db')
    .refine(
      (url) => /^(sqlite:|postgres(ql)?:\/\/)/.test(url),
      'must be sqlite:<path> or postgres://user@host:port/db',
    ),
  // Outgoing proxy for the Bot API (station networks often need one); HTTPS_PROXY is the fallback.
  TELEGRAM_PROXY: z
    .url()
    .refine((u) => /^https?:\/\//.test(u), 'must be an http:// or https:// proxy URL')
    .optional(),
  HTTPS_PROXY: z.url().optional(),
  // Health and metrics server; off unless a port is given. Loopback by default.
  HEALTH_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HEALTH_HOST: z.string().default('127.0.0.1'),
  // Daily SQLite backups by the scheduler into this folder, kept this many days.
  BACKUP_DIR: z.string().optional(),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(3650).default(14),
  // The villagers' web chat (second channel): served on this port in both bot modes, reached by
  // residents at PUBLIC_URL (the village QR posters point to PUBLIC_URL/v/<villageCode>).
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HTTP_HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z
    .url()
    .refine((u) => /^https?:\/\//.test(u), 'must be an http:// or https:// address')
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  // Web Push: with the resident's permission, a closed web chat page is nudged through the
  // browser's push service (FCM, Mozilla, Apple, Microsoft). The contact goes to those services
  // with every push (mailto: or https:); extra hosts allow another push service's endpoints.
  WEB_PUSH: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  WEB_PUSH_CONTACT: z
    .string()
    .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, 'must be a mailto: or https:// address')
    .optional(),
  WEB_PUSH_HOSTS: z
    .string()
    .default('')
    .transform((raw, ctx) => {
      const hosts = raw.split(/[\s,]+/).filter(Boolean);
      if (hosts.some((h) => !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(h))) {
        ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of host names' });
        return z.NEVER;
      }
      return hosts;
    }),
  OCR_CONCURRENCY: z.coerce.number().int().min(0).max(4).default(1),
  OCR_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(120).default(15),
  // WeChat Official Account (服务号): off unless app id, secret and token are all set.
  WECHAT_APP_ID: z
    .string()
    .regex(/^wx[0-9a-f]{16}$/, 'must be the AppID from the WeChat admin console (wx + 16 hex)')
    .optional(),
  WECHAT_APP_SECRET: z
    .string()
    .regex(/^[0-9a-f]{32}$/i, 'must be the 32-character AppSecret from the WeChat admin console')
    .optional(),
  // The admin console accepts 3–32 letters and digits as the server token.
  WECHAT_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9]{3,32}$/, 'must be 3–32 letters or digits, as entered in the admin console')
    .optional(),
  // EncodingAESKey: 43 characters of base64 (a-z, A-Z, 0-9), base64 of a 32-byte AES key.
  WECHAT_AES_KEY: z
    .string()
    .regex(/^[A-Za-z0-9]{43}$/, 'must be the 43-character EncodingAESKey (letters and digits)')
    .optional(),
  WECHAT_API_ROOT: z.url().default('https://api.weixin.qq.com'),
  // The template message for notices beyond the 48-hour customer-service window (a template
  // from the admin console's 模板消息 with one text field); without it, such notices wait for
  // the resident's next message.
  WECHAT_NOTICE_TEMPLATE_ID: z
    .string()
    .regex(/^[\w-]{10,64}$/, 'must be a template id from the admin console (模板消息)')
    .optional(),
  WECHAT_NOTICE_TEMPLATE_FIELD: z
    .string()
    .regex(/^[a-z_]+\d*$/, 'must be a field name of the template, e.g. thing1')
    .default('thing1'),
  // SMS (issue 13): none (off), log (the sandbox's: logs a masked number, sends nothing),
  // aliyun (阿里云短信) or tencent (腾讯云短信). Real providers need the key pair, the approved
  // signature and one approved template id per use; see the README's SMS section.
  SMS_PROVIDER: z.enum(['none', 'log', 'aliyun', 'tencent']).optional(),
  // Aliyun: the AccessKey ID and secret (a RAM user allowed dysms:SendSms). Tencent Cloud: the
  // SecretId and SecretKey.
  SMS_KEY_ID: z
    .string()
    .regex(/^[\w-]{8,128}$/, 'must be the AccessKey ID (Aliyun) or SecretId (Tencent Cloud)')
    .optional(),
  SMS_KEY_SECRET: z
    .string()
    .regex(
      /^[\w+/=-]{8,128}$/,
      'must be the AccessKey secret (Aliyun) or SecretKey (Tencent Cloud)',
    )
    .optional(),
  // The approved signature (签名) without the brackets, e.g. 某某县公安局.
  SMS_SIGN_NAME: z
    .string()
    .regex(/^[^\s【】[\]]{2,20}$/, 'must be the approved signature without 【】, 2–20 characters')
    .optional(),
  // Approved template ids (模板 CODE / 模板 ID): the verification code (${code} / {1}), an urgent
  // warning (${text} ${link} / {1} {2}) and report news (${reference} ${status} ${link} / {1} {2} {3}).
  SMS_TEMPLATE_CODE: z
    .string()
    .regex(/^[\w-]{1,40}$/, 'must be a template id')
    .optional(),
  SMS_TEMPLATE_URGENT: z
    .string()
    .regex(/^[\w-]{1,40}$/, 'must be a template id')
    .optional(),
  SMS_TEMPLATE_REPORT: z
    .string()
    .regex(/^[\w-]{1,40}$/, 'must be a template id')
    .optional(),
  // Tencent Cloud only: the SMS application's SdkAppId and the API region.
  SMS_TENCENT_APP_ID: z
    .string()
    .regex(/^14\d{8}$/, 'must be the SdkAppId of the SMS application (1400…)')
    .optional(),
  SMS_TENCENT_REGION: z
    .string()
    .regex(/^[a-z]+-[a-z]+(-\d+)?$/, 'must be a region such as ap-guangzhou')
    .default('ap-guangzhou'),
  // Rate limits: SMS to one number per hour, and SMS in all per minute. Over them, SMS wait.
  SMS_PER_NUMBER_PER_HOUR: z.coerce.number().int().min(1).max(100).default(5),
  SMS_PER_MINUTE: z.coerce.number().int().min(1).max(6000).default(60),
  // Delivery receipts pushed by the provider to PUBLIC_URL/sms/receipts/<token>; off unless set.
  SMS_RECEIPT_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16–64 letters, digits, _ or -')
    .optional(),
};

const polling = z.object({ ...common, BOT_MODE: z.literal('polling').default('polling') });

const webhook = z.object({
  ...common,
  BOT_MODE: z.literal('webhook'),
  WEBHOOK_URL: z.url().refine((u) => u.startsWith('https://'), 'must be an https:// URL'),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A-Z, a-z, 0-9, _ or -'),
  WEBHOOK_HOST: z.string().default('0.0.0.0'),
  WEBHOOK_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

const schema = z.discriminatedUnion('BOT_MODE', [polling, webhook]);

export type Config = z.infer<typeof schema>;

/** Raised for invalid configuration; its message is the one line shown to the installer. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses configuration from an environment object (normally `process.env`) merged over an
 * optional `.env` file. Real environment variables win over the file, as in most tools.
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  dotenvPath: string | undefined = '.env',
): Config {
  const fromFile =
    dotenvPath && existsSync(dotenvPath) ? parseEnv(readFileSync(dotenvPath, 'utf8')) : {};
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) merged[key] = value;
  // An empty value in .env means "not set", so optional settings can be left blank there.
  for (const [key, value] of Object.entries(merged)) if (value === '') delete merged[key];
  if (merged.BOT_MODE === undefined) merged.BOT_MODE = 'polling';

  const result = schema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join('.') || 'configuration';
    const value = merged[name];
    const hint = value === undefined ? 'is missing' : 'is invalid';
    throw new ConfigError(
      `Config error: ${name} ${hint}: ${issue?.message ?? 'invalid'} (see .env.example)`,
    );
  }
  const config = result.data;
  if (config.HTTP_PORT !== undefined && config.BOT_TOKEN && !config.PUBLIC_URL)
    throw new ConfigError(
      'Config error: PUBLIC_URL is missing: the web chat (HTTP_PORT) needs the address residents reach it at, e.g. https://cunjing.example.cn (see .env.example)',
    );
  const wechat = [
    result.data.WECHAT_APP_ID,
    result.data.WECHAT_APP_SECRET,
    result.data.WECHAT_TOKEN,
  ].filter(Boolean).length;
  if (wechat > 0 && wechat < 3)
    throw new ConfigError(
      'Config error: WECHAT_APP_ID, WECHAT_APP_SECRET and WECHAT_TOKEN must be set together to turn the WeChat channel on, or all left empty (see .env.example)',
    );
  // WeChat is served on the web chat's server, at PUBLIC_URL/wechat (the sandbox always has it).
  if (wechat === 3 && config.BOT_TOKEN && config.HTTP_PORT === undefined)
    throw new ConfigError(
      'Config error: HTTP_PORT is missing: the WeChat channel is served by the web chat at PUBLIC_URL/wechat, so set HTTP_PORT and PUBLIC_URL too (see .env.example)',
    );
  const smsProblem = smsConfigProblem(config);
  if (smsProblem) throw new ConfigError(`Config error: ${smsProblem} (see .env.example)`);
  return config;
}

/** What a real SMS provider is missing, as the one line to show; null when nothing is. */
function smsConfigProblem(config: Config): string | null {
  const provider = config.SMS_PROVIDER;
  if (provider !== 'aliyun' && provider !== 'tencent') return null;
  const needed: (keyof Config)[] = [
    'SMS_KEY_ID',
    'SMS_KEY_SECRET',
    'SMS_SIGN_NAME',
    'SMS_TEMPLATE_CODE',
    'SMS_TEMPLATE_URGENT',
    'SMS_TEMPLATE_REPORT',
    ...(provider === 'tencent' ? (['SMS_TENCENT_APP_ID'] as const) : []),
  ];
  const missing = needed.filter((name) => (config as Record<string, unknown>)[name] === undefined);
  if (missing.length)
    return `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing: SMS_PROVIDER=${provider} needs the key pair, the approved signature and a template id per use`;
  if (!config.PUBLIC_URL)
    return 'PUBLIC_URL is missing: SMS texts link to the web chat for details';
  return null;
}

/** The proxy the Bot API is reached through, if any: TELEGRAM_PROXY, else HTTPS_PROXY. */
export function telegramProxy(config: Config): string | undefined {
  return config.TELEGRAM_PROXY ?? config.HTTPS_PROXY;
}

/**
 * The channels besides Telegram that this deployment delivers residents' notices on: approvals
 * enqueue warnings only for these, so no notice waits for a channel that nothing delivers (and
 * holds back its author's report). The web chat runs with HTTP_PORT and in the sandbox; WeChat
 * when the account is set up, or SANDBOX_WECHAT in the sandbox; SMS with a provider (the
 * sandbox's logs them).
 */
export function residentChannels(config: Config): ReadonlySet<string> {
  const channels = new Set<string>();
  if (config.HTTP_PORT !== undefined || isSandbox(config)) channels.add('web');
  const wechat = config.WECHAT_APP_ID && config.WECHAT_APP_SECRET && config.WECHAT_TOKEN;
  if (wechat || (isSandbox(config) && config.SANDBOX_WECHAT)) channels.add('wechat');
  // The same choice as smsSettingsOf: a provider, or the logging one in the sandbox.
  const sms = config.SMS_PROVIDER ?? (isSandbox(config) ? 'log' : 'none');
  if (sms !== 'none') channels.add('sms');
  return channels;
}

/** True when the bot runs against the built-in emulator instead of real Telegram. */
export function isSandbox(config: Config): boolean {
  return config.BOT_TOKEN === undefined;
}

/**
 * The shape of the files in `data/fraud/`, as zod schemas.
 *
 * The rule base is data so that a police officer or analyst can read why a message was flagged
 * and add a new trick without touching code. The schema is the first reader: it rejects unknown
 * fraud types, missing translations and Mongolian written in the wrong script, and the loader
 * turns its complaint into an error that names the rule.
 */
import { z } from 'zod';
import { FRAUD_TYPE_IDS } from './fraud-types.js';

const text = z.string().trim().min(1, 'must not be empty');

/** Mongolian texts must be in the traditional script (U+1800–U+18AF), as used in Inner Mongolia. */
const mongolian = text.refine((s) => /[\u1820-\u18aa]/.test(s), {
  message: 'must be written in traditional Mongolian script (U+1800–U+18AF)',
});

export const localizedSchema = z.strictObject({ 'zh-CN': text, en: text, mn: mongolian });

const kebabId = z.string().regex(/^[a-z0-9]+(?:[-+][a-z0-9]+)*$/, 'must be kebab-case');
const textKind = z.enum(['claim', 'lure', 'pressure', 'ask']);

export const signalRuleSchema = z.strictObject({
  id: kebabId,
  kind: textKind,
  weight: z.number().min(0).max(10),
  types: z.array(z.enum(FRAUD_TYPE_IDS)).default([]),
  patterns: z.array(text).min(1),
  /** False for rules whose wording itself contains a negation ("不要告诉家人"). */
  negatable: z.boolean().default(true),
  /**
   * For asks: what the victim is asked to hand over. An ask for money, a code, a card or an ID
   * number made by someone impersonating an authority, a relative or a company is high risk.
   */
  asksFor: z.enum(['money', 'code', 'card', 'id']).optional(),
  explain: localizedSchema,
});

export const rulesFileSchema = z.strictObject({
  version: z.literal(1),
  thresholds: z.strictObject({ suspicious: z.number().positive(), high: z.number().positive() }),
  comboMinWeight: z.number().min(0),
  combos: z.array(
    z.strictObject({ id: kebabId, kinds: z.array(textKind).min(2), bonus: z.number() }),
  ),
  /**
   * The rule that needs no arithmetic: a claim of at least this weight (or a look-alike link)
   * together with an ask that has `asksFor` makes the message high.
   */
  decisive: z
    .strictObject({
      claimMinWeight: z.number().min(0),
      /**
       * Signals that claim an identity without naming one: "this is my new number", "I can't
       * talk on the phone". With an ask for money, a code, a card or an ID they decide like a
       * claim: the sender cannot be checked the usual way, which is the point of the trick.
       */
      identity: z.array(z.string().min(1)).default([]),
      /**
       * An official or a company (`claims`) that frightens (a pressure of at least
       * `pressureMinWeight`) and sends the villager to a private chat, an app, a screen share or a
       * link (`asks`): the opening of the safe-account and fake-customer-service tricks, `high`
       * even before money is named.
       */
      /**
       * A bait of at least this weight (a subsidy to claim, a prize, a refund, sure profit …)
       * together with an ask that has `asksFor`: the bait exists only to make the hand-over look
       * worth it, so the pair is `high` without a named sender. Unset: no such rule.
       */
      lureMinWeight: z.number().min(0).optional(),
      offChannel: z
        .strictObject({
          claims: z.array(z.string().min(1)).min(1),
          asks: z.array(z.string().min(1)).min(1),
          pressureMinWeight: z.number().min(0),
        })
        .optional(),
    })
    .default({ claimMinWeight: 1.5, identity: [] }),
  /** How much each kind's weight counts towards choosing the fraud type. */
  typing: z.record(textKind, z.number().min(0)),
  negation: z.strictObject({
    window: z.number().int().min(1).max(20),
    afterWindow: z.number().int().min(1).max(60),
    before: z.array(text).min(1),
    after: z.array(text).min(1),
  }),
  warnings: z.strictObject({ penalty: z.number().min(0), patterns: z.array(text).min(1) }),
  signals: z.array(signalRuleSchema).min(1),
});

const channelSignal = z.strictObject({
  weight: z.number().min(0).max(10),
  explain: localizedSchema,
});

/** Signals the code itself emits for numbers and links; their ids are fixed. */
export const CHANNEL_SIGNAL_IDS = [
  'phone-overseas',
  'phone-service-lookalike',
  'phone-virtual',
  'link-lookalike-gov',
  'link-lookalike-brand',
  'link-shortener',
  'link-ip',
  'link-odd-tld',
  'reported-phone',
  'reported-url',
  'reported-account',
] as const;
export type ChannelSignalId = (typeof CHANNEL_SIGNAL_IDS)[number];

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/, 'must be a bare domain like icbc.com.cn');

export const channelsFileSchema = z.strictObject({
  signals: z.strictObject(
    Object.fromEntries(CHANNEL_SIGNAL_IDS.map((id) => [id, channelSignal])) as Record<
      ChannelSignalId,
      typeof channelSignal
    >,
  ),
  phones: z.strictObject({ virtualPrefixes: z.array(z.string().regex(/^1\d{2}$/)).min(1) }),
  links: z.strictObject({
    shorteners: z.array(domain).min(1),
    commonTlds: z.array(z.string().regex(/^[a-z]{2,12}$/)).min(1),
    oddTlds: z.array(z.string().regex(/^[a-z]{2,12}$/)).min(1),
    lookalikes: z.array(
      z.strictObject({
        name: text,
        signal: z.enum(['link-lookalike-gov', 'link-lookalike-brand']),
        /** Numbers are read as text, so `12123` and `'12123'` both work. */
        tokens: z.array(z.coerce.string().regex(/^[a-z0-9]{2,20}$/)).min(1),
        official: z.array(domain).min(1),
      }),
    ),
  }),
});

export const adviceFileSchema = z.strictObject({
  high: localizedSchema,
  suspicious: localizedSchema,
  none: localizedSchema,
});

/** Each string is pairs of characters: traditional, then simplified. */
export const variantsFileSchema = z.strictObject({
  traditional: z.array(
    z.string().refine((s) => [...s].length % 2 === 0, 'must be pairs: traditional then simplified'),
  ),
});

export type RulesFile = z.infer<typeof rulesFileSchema>;
export type SignalRule = z.infer<typeof signalRuleSchema>;
export type ChannelsFile = z.infer<typeof channelsFileSchema>;
export type AdviceFile = z.infer<typeof adviceFileSchema>;
export type Localized = z.infer<typeof localizedSchema>;

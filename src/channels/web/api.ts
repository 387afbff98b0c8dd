/**
 * The web chat's JSON API under `/web/api/`. Each handler parses its input, calls the same
 * channel-neutral workflows as the bot and the CLI, and answers a described message rendered
 * for the web. Reading calls are GETs; every state-changing call is a POST that must carry the
 * device cookie and its CSRF token, and counts against the device's and the address's limits.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type BlocklistLookup, checkMessage, MAX_CHECK_CHARS } from '../../domain/fraud/index.js';
import { DEFAULT_LOCALE, isLocale, type Locale, localize } from '../../domain/locale.js';
import type { ServiceCatalog } from '../../domain/services/catalog.js';
import type { Logger } from '../../logger.js';
import { appendAudit } from '../../store/audit.repository.js';
import type { Db } from '../../store/database.js';
import { getVillage, getVillageContext } from '../../store/places.repository.js';
import {
  listInbox,
  seeWebResident,
  updateWebResident,
  type WebResident,
} from '../../store/web-residents.repository.js';
import type { Described } from '../../workflows/described.js';
import { describeOfficerCard } from '../../workflows/people/describe-officer-card.js';
import { describeTownships, describeVillages } from '../../workflows/people/describe-places.js';
import type { CodeStore } from '../../workflows/points/redeem.js';
import { describeVerdict } from '../../workflows/scam/describe-verdict.js';
import { answerQuestion, describeTopic } from '../../workflows/services/answer-question.js';
import { describeCategories, describeCategory } from '../../workflows/services/describe-menu.js';
import { createAskOfficerApi, type DeliverQuestion } from './ask-officer-api.js';
import type { DeviceKeys } from './device-cookie.js';
import { field, readJson, sendJson, WebError } from './http-kit.js';
import type { LiveEvents } from './live-events.js';
import { createMyReportsApi, MAX_ADDITION_BYTES } from './my-reports-api.js';
import { createPointsApi } from './points-api.js';
import { createPushApi } from './push-api.js';
import type { RateLimit } from './rate-limit.js';
import { createRemindersApi } from './reminders-api.js';
import { renderForWeb } from './render.js';
import { MAX_REPORT_BYTES, parseReport, reportForm } from './report-form.js';
import type { SubmitReport } from './reports-seam.js';
import { createSmsApi } from './sms-api.js';
import type { WebPush } from './web-push.js';
import type { WebTranslate } from './web-translate.js';

/** Texts the page itself shows (buttons, placeholders, notices), sent with the session. */
const PAGE_TEXTS = [
  'web-title',
  'web-ask-placeholder',
  'web-send',
  'web-scam-prompt',
  'web-scam-placeholder',
  'web-scam-check',
  'web-larger-text',
  'web-cookie-warning',
  'web-error',
  'web-rate-limited',
  'web-choose-village-first',
  'web-no-text',
  'web-report-soon',
  'menu-services',
  'menu-scam',
  'menu-report',
  'mine-officer',
  'menu-mine',
  'mine-title',
  'mine-reports',
  'mine-reminders',
  'web-points',
  'web-askofficer',
  'web-askofficer-placeholder',
  'web-askofficer-send',
  'web-askofficer-prompt',
  'web-mine-add-title',
  'web-mine-add-text',
  'web-mine-add-photo',
  'web-mine-add-submit',
  'web-push-offer',
  'web-push-enable',
  'web-push-later',
  'web-push-on',
  'web-push-failed',
  'web-sms-title',
  'web-sms-phone-prompt',
  'web-sms-phone-placeholder',
  'web-sms-code-placeholder',
  'web-cancel',
  'web-cancelled',
  'web-photo-pick',
] as const;

/** A question longer than this is cut before matching: nobody asks a service question in 1,000 words. */
const MAX_QUESTION_CHARS = 1000;

export interface ApiDeps {
  db: Db;
  catalog: ServiceCatalog;
  blocklist?: BlocklistLookup;
  t: WebTranslate;
  keys: DeviceKeys;
  live: LiveEvents;
  perDevice: RateLimit;
  perAddress: RateLimit;
  logger: Logger;
  /** Where web reports go (see reports-seam.ts); absent: the page is told it is not available. */
  submitReport?: SubmitReport;
  /** The county's zone, for times in a report's history. */
  timeZone: string;
  /** Where photos added to reports are written; absent: photo additions are refused. */
  evidenceDir?: string;
  /** Wakes the notice loop after an addition's cards are committed. */
  wakeNotices?: () => void;
  /** Sends a stored question to the village officer; absent: the resident is given the phone. */
  deliverQuestion?: DeliverQuestion;
  /** Web Push, when offered (WEB_PUSH); absent: the page offers no notifications. */
  webPush?: WebPush;
  /** Whether an SMS provider is configured (phone verification and SMS settings). */
  sms?: boolean;
  /** Where points redemption codes are kept (the app's shared cache); absent: none offered. */
  codes?: CodeStore;
}

interface Call {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  resident: WebResident;
  locale: Locale;
}

const localeOf = (r: WebResident): Locale => (isLocale(r.language) ? r.language : DEFAULT_LOCALE);

/** The client's address: the proxy's X-Forwarded-For only when the proxy runs on this host. */
export function clientAddress(req: IncomingMessage): string {
  const remote = req.socket.remoteAddress ?? '';
  const forwarded = req.headers['x-forwarded-for'];
  const loopback = remote === '127.0.0.1' || remote === '::1' || remote === '::ffff:127.0.0.1';
  if (loopback && typeof forwarded === 'string' && forwarded.trim())
    return forwarded.split(',').at(-1)?.trim() ?? remote;
  return remote;
}

export function createApi(deps: ApiDeps) {
  const { db, t } = deps;
  const reply = (call: Call, message: Described, extra: Record<string, unknown> = {}) =>
    sendJson(call.res, 200, { ...extra, message: renderForWeb(t, call.locale, message) });
  const answerInput = (call: Call) => ({
    locale: call.locale,
    villageCode: call.resident.villageCode,
    unknownFact: t(call.locale, 'services-fact-unknown'),
  });

  const mine = createMyReportsApi({
    db,
    logger: deps.logger,
    timeZone: deps.timeZone,
    ...(deps.evidenceDir ? { evidenceDir: deps.evidenceDir } : {}),
    ...(deps.wakeNotices ? { wakeNotices: deps.wakeNotices } : {}),
  });
  const reminders = createRemindersApi(db);
  const points = createPointsApi({
    db,
    t,
    timeZone: deps.timeZone,
    ...(deps.codes ? { codes: deps.codes } : {}),
  });
  const askOfficer = createAskOfficerApi(db, deps.deliverQuestion);
  const push = createPushApi(db, deps.webPush);
  const pushCall = (call: Call) => ({ res: call.res, deviceId: call.resident.deviceId });
  const sms = createSmsApi({
    db,
    enabled: deps.sms === true,
    ...(deps.wakeNotices ? { wakeNotices: deps.wakeNotices } : {}),
  });
  const smsCall = (call: Call) => ({
    deviceId: call.resident.deviceId,
    reply: (message: Described, extra?: Record<string, unknown>) => reply(call, message, extra),
  });
  const mineCall = (call: Call) => ({
    url: call.url,
    deviceId: call.resident.deviceId,
    reply: (message: Described) => reply(call, message),
  });

  async function villageView(code: string | null, locale: Locale) {
    const village = code ? await getVillage(db, code) : null;
    return village ? { code: village.code, name: localize(village.name, locale) } : null;
  }

  async function session(call: Call, setCookie?: string) {
    const wanted = call.url.searchParams.get('lang');
    if (isLocale(wanted) && wanted !== call.locale) {
      await updateWebResident(db, call.resident.deviceId, { language: wanted });
      call.locale = wanted;
    }
    const texts = Object.fromEntries(PAGE_TEXTS.map((k) => [k, t(call.locale, k)]));
    const inbox = await listInbox(db, call.resident.deviceId);
    sendJson(
      call.res,
      200,
      {
        csrf: deps.keys.csrfToken(call.resident.deviceId),
        locale: call.locale,
        village: await villageView(call.resident.villageCode, call.locale),
        texts,
        inbox,
        sms: deps.sms === true,
      },
      setCookie ? { 'set-cookie': setCookie } : {},
    );
  }

  const gets: Record<string, (call: Call) => Promise<void>> = {
    async places(call) {
      const township = call.url.searchParams.get('township');
      reply(
        call,
        township
          ? await describeVillages(db, call.locale, township)
          : await describeTownships(db, call.locale),
      );
    },
    async menu(call) {
      const category = call.url.searchParams.get('category');
      const { kb } = deps.catalog;
      const message = category
        ? describeCategory(kb, call.locale, category)
        : describeCategories(kb, call.locale);
      if (!message) throw new WebError(404, 'not_found', 'web-error');
      reply(call, message);
    },
    async topic(call) {
      const id = call.url.searchParams.get('id') ?? '';
      const part = call.url.searchParams.get('part') === 'full' ? 'full' : 'short';
      const message = await describeTopic(deps, answerInput(call), id, part);
      if (!message) throw new WebError(404, 'not_found', 'web-error');
      reply(call, message);
    },
    async officer(call) {
      const place = call.resident.villageCode
        ? await getVillageContext(db, call.resident.villageCode)
        : null;
      reply(call, describeOfficerCard(place, call.locale));
    },
    async reportform(call) {
      sendJson(call.res, 200, { ...reportForm(t, call.locale), available: !!deps.submitReport });
    },
    myreports: (call) => mine.gets.myreports(mineCall(call)),
    myreport: (call) => mine.gets.myreport(mineCall(call)),
    reminders: (call) => reminders.show(mineCall(call)),
    points: (call) => points.show(mineCall(call)),
    pushkey: (call) => push.key(pushCall(call)),
    sms: (call) => sms.show(smsCall(call)),
    async inbox(call) {
      const after = Number(call.url.searchParams.get('after') ?? 0);
      const messages = await listInbox(
        db,
        call.resident.deviceId,
        Number.isFinite(after) ? after : 0,
      );
      sendJson(call.res, 200, { inbox: messages });
    },
    async events(call) {
      const header = call.req.headers['last-event-id'];
      const after = Number(header ?? call.url.searchParams.get('after') ?? 0) || 0;
      const missed = await listInbox(db, call.resident.deviceId, after);
      if (!deps.live.open(call.resident.deviceId, call.res, missed, after))
        throw new WebError(429, 'too_many_streams', 'web-rate-limited');
    },
  };

  const posts: Record<string, (call: Call, body: Record<string, unknown>) => Promise<void>> = {
    async language(call, body) {
      const locale = field(body, 'locale');
      if (!isLocale(locale)) throw new WebError(400, 'bad_request', 'web-error');
      await updateWebResident(db, call.resident.deviceId, { language: locale });
      call.locale = locale;
      await session(call);
    },
    async village(call, body) {
      const village = await getVillage(db, field(body, 'code'));
      if (!village) throw new WebError(404, 'unknown_village', 'web-error');
      await updateWebResident(db, call.resident.deviceId, { villageCode: village.code });
      const name = localize(village.name, call.locale);
      reply(
        call,
        {
          tone: 'info',
          blocks: [
            { type: 'paragraph', text: { key: 'web-village-set', vars: { village: name } } },
          ],
          choices: [],
        },
        { village: { code: village.code, name } },
      );
    },
    async ask(call, body) {
      const question = [...field(body, 'text')].slice(0, MAX_QUESTION_CHARS).join('');
      if (!question) throw new WebError(400, 'empty', 'web-no-text');
      const { reply: message } = await answerQuestion(deps, answerInput(call), question);
      reply(call, message);
    },
    async report(call, body) {
      const input = parseReport(body, call.resident.deviceId, call.resident.villageCode);
      if (!deps.submitReport) throw new WebError(503, 'reports_unavailable', 'web-report-soon');
      const { reference } = await deps.submitReport(input);
      reply(call, {
        tone: 'info',
        blocks: [{ type: 'paragraph', text: { key: 'web-report-received', vars: { reference } } }],
        // The way to its progress, right where the number is given.
        choices: [{ label: { key: 'mine-reports' }, action: 'myreports' }],
      });
    },
    addinfo: (call, body) => mine.posts.addinfo(mineCall(call), body),
    feedback: (call, body) => mine.posts.feedback(mineCall(call), body),
    reminders: (call, body) => reminders.change(mineCall(call), body),
    push: (call, body) => push.subscribe(pushCall(call), body),
    unpush: (call, body) => push.unsubscribe(pushCall(call), body),
    pointscode: (call) => points.code(mineCall(call)),
    sms: (call, body) => sms.change(smsCall(call), body),
    smsphone: (call, body) => sms.phone(smsCall(call), body),
    smscode: (call, body) => sms.code(smsCall(call), body),
    askofficer: (call, body) =>
      askOfficer(
        { ...mineCall(call), villageCode: call.resident.villageCode, locale: call.locale },
        body,
      ),
    async check(call, body) {
      const text = field(body, 'text');
      if (!text) throw new WebError(400, 'empty', 'web-no-text');
      if (text.length > MAX_CHECK_CHARS * 4) throw new WebError(413, 'too_large', 'web-too-large');
      const result = checkMessage(text, {
        lang: call.locale,
        ...(deps.blocklist ? { blocklist: deps.blocklist } : {}),
      });
      reply(call, describeVerdict(result));
    },
  };

  /** Answers one `/web/api/<name>` request; the caller has checked the method and path. */
  return async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    name: string,
  ): Promise<void> {
    const known = req.method === 'POST' ? posts[name] : gets[name];
    if (!known && name !== 'session') throw new WebError(404, 'not_found', 'web-error');
    let deviceId = deps.keys.read(req.headers.cookie);
    let setCookie: string | undefined;
    if (!deviceId) {
      // Only opening the page makes a new resident; any other call without a cookie is stale.
      if (name !== 'session' || req.method !== 'GET')
        throw new WebError(403, 'no_device', 'web-csrf');
      if (!deps.perAddress.take(`new:${clientAddress(req)}`))
        throw new WebError(429, 'rate_limited', 'web-rate-limited');
      ({ deviceId, setCookie } = deps.keys.issue());
    }
    const wanted = url.searchParams.get('lang');
    const resident = await seeWebResident(db, deviceId, isLocale(wanted) ? wanted : DEFAULT_LOCALE);
    const call: Call = { req, res, url, resident, locale: localeOf(resident) };
    try {
      await answer(call, name, known, setCookie);
    } catch (error) {
      if (error instanceof WebError) error.locale = call.locale;
      throw error;
    }
  };

  async function answer(
    call: Call,
    name: string,
    known: ((typeof gets)[string] | (typeof posts)[string]) | undefined,
    setCookie: string | undefined,
  ): Promise<void> {
    const { req, url } = call;
    const deviceId = call.resident.deviceId;
    if (name === 'session' && req.method === 'GET') return session(call, setCookie);
    if (req.method === 'POST') {
      // The address limit comes first, so a flood of forged requests cannot flood the audit log.
      if (!deps.perAddress.take(clientAddress(req)))
        throw new WebError(429, 'rate_limited', 'web-rate-limited');
      const token = req.headers['x-csrf-token'];
      if (!deps.keys.checkCsrf(deviceId, typeof token === 'string' ? token : undefined)) {
        // Audited without the device: a device id could tie an anonymous reporter to a report.
        await appendAudit(db, {
          actorId: null,
          action: 'web.refused',
          subject: url.pathname,
          detail: { reason: 'csrf' },
        });
        deps.logger.warn('web: refused a request without a valid CSRF token', {
          path: url.pathname,
        });
        throw new WebError(403, 'csrf', 'web-csrf');
      }
      if (!deps.perDevice.take(deviceId))
        throw new WebError(429, 'rate_limited', 'web-rate-limited');
      const limit =
        name === 'report' ? MAX_REPORT_BYTES : name === 'addinfo' ? MAX_ADDITION_BYTES : undefined;
      const body = await readJson(req, limit);
      return (known as (typeof posts)[string])(call, body);
    }
    // Reading one report may be refused and audited (another device's id): counted like a
    // change, so guessing ids cannot flood the audit log.
    if (
      name === 'myreport' &&
      !(deps.perAddress.take(clientAddress(req)) && deps.perDevice.take(deviceId))
    )
      throw new WebError(429, 'rate_limited', 'web-rate-limited');
    return (known as (typeof gets)[string])(call);
  }
}

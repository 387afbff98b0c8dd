/**
 * The villagers' web chat through its HTTP API, on a real database: a resident opens the page,
 * chooses a village, asks questions and checks scams; forged, flooding and oversized requests
 * are refused with a message the resident can read, and nothing they type is taken as markup.
 */

import jpeg from 'jpeg-js';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import type { WebReportInput } from '../../../src/channels/web/reports-seam.js';
import { createWebChannel, type WebChannel } from '../../../src/channels/web/web-channel.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import { loadServiceCatalog, type ServiceCatalog } from '../../../src/domain/services/catalog.js';
import { createMemoryLogger } from '../../../src/logger.js';
import { getWebResident, listInbox } from '../../../src/store/web-residents.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';
import { jpegWithGps } from './photo.test-data.js';
import { textsOf, WebClient } from './web-client.js';

const t = createWebTranslate(LOCALES_DIR);
let catalog: ServiceCatalog;
beforeAll(() => {
  catalog = loadServiceCatalog(LOCALES_DIR);
});

describe.each(ENGINES)('web chat API on %s', (engine) => {
  let store: TestStore;
  let web: WebChannel;
  let base: string;
  const logger = createMemoryLogger();

  beforeEach(async () => {
    store = await createTestStore(engine);
    web = await createWebChannel({
      db: store.db,
      catalog,
      localesDir: LOCALES_DIR,
      logger,
      publicUrl: 'http://127.0.0.1',
      botUsername: 'cunjing_test_bot',
      limits: { perDevice: 20, perAddress: 1000, windowMs: 60_000 },
    });
    base = `http://127.0.0.1:${await web.listen(0, '127.0.0.1')}`;
  });
  afterEach(async () => {
    await web.close();
    await store.cleanup();
  });

  it('the QR code opens a landing page in three languages with the chat and Telegram links', async () => {
    const page = await new WebClient(base).get('/v/wl-hongqi');
    expect(page.status).toBe(200);
    expect(page.body).toContain(t('zh-CN', 'web-landing-heading', { village: '红旗村' }));
    expect(page.body).toContain(t('en', 'web-landing-heading', { village: 'Hongqi Village' }));
    expect(page.body).toContain('ᠬᠥᠩ ᠴᠢ ᠲᠠᠰᠤᠭ');
    expect(page.body).toContain('href="/web/?v=wl-hongqi&amp;lang=zh-CN"');
    expect(page.body).toContain('https://t.me/cunjing_test_bot?start=v_wl-hongqi');
    expect(page.body).toContain('href="tel:13804790101"');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.body).not.toMatch(/<script>|style=/);
  });

  it('an unknown village code gets a clear page and 404', async () => {
    const page = await new WebClient(base).get('/v/no-such-village');
    expect(page.status).toBe(404);
    expect(page.body).toContain(t('zh-CN', 'web-unknown-village', { code: 'no-such-village' }));
    // Not a dead end: the chat lets the resident choose the township and village.
    expect(page.body).toContain(
      `<a class="big-button" href="/web/?lang=zh-CN">${t('zh-CN', 'web-unknown-village-choose')}</a>`,
    );
  });

  it('a new resident gets a signed device cookie, picks township and village, and is stored', async () => {
    const resident = new WebClient(base);
    const session = await resident.open();
    expect(session.status).toBe(200);
    const cookie = session.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(session.body.village).toBeNull();
    expect(session.body.texts['web-cookie-warning']).toBe(t('zh-CN', 'web-cookie-warning'));

    const townships = await resident.get('/web/api/places');
    const wulan = townships.body.message.choices.find(
      (c: { action: string }) => c.action === 'township:T-WULAN',
    );
    expect(wulan).toBeDefined();
    const villages = await resident.get('/web/api/places?township=T-WULAN');
    expect(villages.body.message.choices.map((c: { label: string }) => c.label)).toContain(
      '红旗村',
    );
    const chosen = await resident.post('/web/api/village', { code: 'wl-hongqi' });
    expect(chosen.status).toBe(200);
    expect(textsOf(chosen.body.message)[0]).toContain('红旗村');

    const deviceId = resident.cookie.split('=')[1]?.split('.')[0] ?? '';
    expect(await getWebResident(store.db, deviceId)).toEqual({
      deviceId,
      language: 'zh-CN',
      villageCode: 'wl-hongqi',
    });
    // The same cookie is the same resident on the next visit.
    expect((await resident.open()).body.village).toEqual({ code: 'wl-hongqi', name: '红旗村' });
  });

  it('a forged cookie is not a resident: the page gets a new, unrelated device', async () => {
    const resident = new WebClient(base);
    await resident.open();
    await resident.post('/web/api/village', { code: 'wl-hongqi' });
    const forger = new WebClient(base);
    const [id] = resident.cookie.split('=')[1]?.split('.') ?? [];
    forger.cookie = `cj_device=${id}.AAAA`;
    const session = await forger.open();
    expect(session.body.village).toBeNull();
    expect(forger.cookie).not.toContain(id);
  });

  it('switching language is stored and the page texts follow', async () => {
    const resident = new WebClient(base);
    await resident.open();
    const switched = await resident.post('/web/api/language', { locale: 'mn' });
    expect(switched.body.locale).toBe('mn');
    expect(switched.body.texts['menu-scam']).toBe(t('mn', 'menu-scam'));
    expect((await resident.open()).body.locale).toBe('mn');
  });

  it('a clear question gets the direct answer in Chinese with the village facts', async () => {
    const resident = new WebClient(base);
    await resident.open();
    await resident.post('/web/api/village', { code: 'wl-hongqi' });
    const reply = await resident.post('/web/api/ask', { text: '身份证丢了咋补办' });
    expect(reply.status).toBe(200);
    const title = catalog.kb.topic('idcard.lost', 'zh-CN')?.topic.title;
    expect(reply.body.message.blocks[0]).toEqual({ type: 'title', text: title });
    const labels = reply.body.message.blocks
      .map((b: { label?: string }) => b.label)
      .filter(Boolean);
    expect(labels).toEqual(
      [
        'services-short-bring',
        'services-short-where',
        'services-short-fee',
        'services-short-time',
      ].map((k) => t('zh-CN', k)),
    );
    expect(reply.body.message.choices[0]).toEqual({
      label: t('zh-CN', 'services-button-full'),
      action: 'full:idcard.lost',
    });
    const full = await resident.get('/web/api/topic?id=idcard.lost&part=full');
    expect(textsOf(full.body.message).join('\n')).toContain(
      t('zh-CN', 'services-section-pitfalls'),
    );
  });

  it('an unclear question says so, offers the officer and is kept for the weekly review', async () => {
    const resident = new WebClient(base);
    await resident.open();
    await resident.post('/web/api/village', { code: 'wl-hongqi' });
    const reply = await resident.post('/web/api/ask', { text: '拖拉机年检补贴申请流程' });
    expect(reply.status).toBe(200);
    expect(textsOf(reply.body.message)[0]).toBe(t('zh-CN', 'web-not-sure', { officer: '张建军' }));
    expect(reply.body.message.choices).toContainEqual({
      label: t('zh-CN', 'web-call', { phone: '13804790101' }),
      action: 'call:13804790101',
    });
    const kept = await store.db
      .selectFrom('unanswered_questions')
      .select(['question', 'village_code'])
      .execute();
    expect(kept).toEqual([{ question: '拖拉机年检补贴申请流程', village_code: 'wl-hongqi' }]);
  });

  it('a pasted scam gets a high-risk verdict with quoted flags and defanged links', async () => {
    const resident = new WebClient(base);
    await resident.open();
    const text =
      '【医保局】您的医保卡已被冻结，请立即登录 https://ybj-gov.cn/verify 输入银行卡号和验证码解冻，否则将被注销。';
    const reply = await resident.post('/web/api/check', { text });
    expect(reply.status).toBe(200);
    const message = reply.body.message;
    expect(message.tone).toBe('high');
    expect(message.blocks[0]).toEqual({ type: 'title', text: t('zh-CN', 'scam-risk-high') });
    const quotes = message.blocks.filter((b: { type: string }) => b.type === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    const all = JSON.stringify(message);
    expect(all).not.toContain('ybj-gov.cn');
    expect(quotes.map((q: { quote: string }) => q.quote)).toContain('hxxps://ybj-gov[.]cn/verify');
    // Every other flag is quoted word for word from the message.
    for (const q of quotes.filter((q: { quote: string }) => !q.quote.startsWith('hxxp')))
      expect(text).toContain(q.quote);
  });

  it('the officer card gives the name, a call link and the station', async () => {
    const resident = new WebClient(base);
    await resident.open();
    await resident.post('/web/api/village', { code: 'wl-hongqi' });
    const card = await resident.get('/web/api/officer');
    const text = textsOf(card.body.message).join('\n');
    expect(text).toContain('张建军');
    expect(text).not.toMatch(/<b>/);
    expect(card.body.message.choices[0].action).toBe('call:13804790101');
  });

  it('a state change without the CSRF token, or with another device’s, is refused and changes nothing', async () => {
    const resident = new WebClient(base);
    await resident.open();
    const other = new WebClient(base);
    await other.open();
    const deviceId = resident.cookie.split('=')[1]?.split('.')[0] ?? '';
    for (const token of [false, other.csrf, 'x'] as const) {
      const refused = await resident.post('/web/api/language', { locale: 'en' }, token);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toEqual({ code: 'csrf', message: t('zh-CN', 'web-csrf') });
    }
    expect((await getWebResident(store.db, deviceId))?.language).toBe('zh-CN');
    const audited = await store.db
      .selectFrom('audit_log')
      .select(['action', 'subject', 'detail'])
      .execute();
    expect(audited).toEqual(
      Array(3).fill({
        action: 'web.refused',
        subject: '/web/api/language',
        detail: '{"reason":"csrf"}',
      }),
    );
    expect(JSON.stringify(audited)).not.toContain(deviceId);
    // Without any cookie, nothing is created either.
    const stranger = new WebClient(base);
    expect((await stranger.post('/web/api/ask', { text: '身份证丢了' }, 'x')).status).toBe(403);
  });

  it('30 messages at once from one device: the first 20 are answered, the rest refused kindly', async () => {
    const resident = new WebClient(base);
    await resident.open();
    const replies = [];
    for (let i = 0; i < 30; i++)
      replies.push(await resident.post('/web/api/check', { text: `第${i}条 13800001111` }));
    expect(replies.slice(0, 20).map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(replies.slice(20).map((r) => r.status)).toEqual(Array(10).fill(429));
    expect(replies[29]?.body.error.message).toBe(t('zh-CN', 'web-rate-limited'));
    // Another device is not held up by the first one's flood.
    const neighbour = new WebClient(base);
    await neighbour.open();
    expect((await neighbour.post('/web/api/check', { text: '13800001111' })).status).toBe(200);
  });

  it('an oversized body is refused with 413 and a message, declared or streamed', async () => {
    const resident = new WebClient(base);
    await resident.open();
    const big = JSON.stringify({ text: '诈'.repeat(300_000) });
    const declared = await resident.post('/web/api/check', big);
    expect(declared.status).toBe(413);
    expect(declared.body.error.message).toBe(t('zh-CN', 'web-too-large'));
    const streamed = await fetch(`${base}/web/api/check`, {
      method: 'POST',
      headers: {
        cookie: resident.cookie,
        'x-csrf-token': resident.csrf,
        'content-type': 'application/json',
      },
      body: new ReadableStream({
        start(c) {
          c.enqueue(new TextEncoder().encode(big));
          c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('markup a resident types comes back as text, and landing pages escape place names', async () => {
    const resident = new WebClient(base);
    await resident.open();
    const typed = '<script>alert(1)</script><img src=x onerror=alert(2)> 转账到安全账户';
    const reply = await resident.post('/web/api/check', { text: typed });
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    await store.db
      .updateTable('villages')
      .set({ name: JSON.stringify({ 'zh-CN': '<img src=x onerror=alert(1)>村' }) })
      .where('code', '=', 'wl-hongqi')
      .execute();
    const page = await resident.get('/v/wl-hongqi');
    expect(page.body).toContain('&lt;img src=x onerror=alert(1)&gt;村');
    expect(page.body).not.toContain('<img src=x');
  });

  it('a message for the resident waits in the inbox and arrives live on an open page', async () => {
    const resident = new WebClient(base);
    await resident.open();
    const deviceId = resident.cookie.split('=')[1]?.split('.')[0] ?? '';
    const message = (text: string) => ({
      tone: 'info' as const,
      blocks: [{ type: 'paragraph' as const, text: { text } }],
      choices: [],
    });
    await web.deliver(deviceId, message('民警回复：<b>请带户口簿</b>'));
    expect(
      (await resident.open()).body.inbox.map((m: { body: unknown }) => textsOf(m.body)),
    ).toEqual([['民警回复：<b>请带户口簿</b>']]);

    const [first] = await listInbox(store.db, deviceId);
    const stream = await fetch(`${base}/web/api/events?after=${first?.id}`, {
      headers: { cookie: resident.cookie },
    });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = stream.body?.getReader();
    if (!reader) throw new Error('the event stream has no body');
    let seen = '';
    const until = async (text: string) => {
      while (!seen.includes(text)) seen += new TextDecoder().decode((await reader.read()).value);
    };
    await until('event: ready');
    expect(seen).not.toContain('请带户口簿');
    await web.deliver(deviceId, message('报告状态：已受理'));
    await until('已受理');
    await reader.cancel();
  });

  describe('reports from the web, up to the reports seam', () => {
    const report = {
      category: 'theft',
      description: '<b>昨晚</b>羊圈里丢了三只羊',
      place: { text: '红旗村东头羊圈' },
      submissionKey: 'k-0123456789abcdef',
    };

    it('without a reports workflow wired in, the form says plainly it is not available', async () => {
      const resident = new WebClient(base);
      await resident.open();
      await resident.post('/web/api/village', { code: 'wl-hongqi' });
      const form = await resident.get('/web/api/reportform');
      expect(form.body.available).toBe(false);
      const refused = await resident.post('/web/api/report', report);
      expect(refused.status).toBe(503);
      expect(refused.body.error.message).toBe(t('zh-CN', 'web-report-soon'));
    });

    it('hands a checked report to submitReport: anonymous by default, device and village attached', async () => {
      const received: WebReportInput[] = [];
      const withReports = await createWebChannel({
        db: store.db,
        catalog,
        localesDir: LOCALES_DIR,
        logger,
        publicUrl: 'http://127.0.0.1',
        submitReport: async (input) => {
          received.push(input);
          return { reference: '2026-000042' };
        },
      });
      const port = await withReports.listen(0, '127.0.0.1');
      try {
        const resident = new WebClient(`http://127.0.0.1:${port}`);
        await resident.open();
        const form = await resident.get('/web/api/reportform');
        expect(form.body.available).toBe(true);
        expect(form.body.kinds[1].categories).toContainEqual({
          id: 'theft',
          label: t('zh-CN', 'report-cat-theft'),
        });
        // No village yet, no CSRF token, a bad place, an unknown category: each refused, none handed on.
        expect((await resident.post('/web/api/report', report)).body.error.code).toBe('no_village');
        await resident.post('/web/api/village', { code: 'wl-hongqi' });
        expect((await resident.post('/web/api/report', report, false)).status).toBe(403);
        expect((await resident.post('/web/api/report', { ...report, place: {} })).status).toBe(400);
        expect((await resident.post('/web/api/report', { ...report, category: 'x' })).status).toBe(
          400,
        );
        expect(received).toEqual([]);

        const ok = await resident.post('/web/api/report', report);
        expect(textsOf(ok.body.message)).toEqual([
          t('zh-CN', 'web-report-received', { reference: '2026-000042' }),
        ]);
        // The number comes with the way to its progress.
        expect(ok.body.message.choices).toEqual([
          { label: t('zh-CN', 'mine-reports'), action: 'myreports' },
        ]);
        const deviceId = resident.cookie.split('=')[1]?.split('.')[0] ?? '';
        expect(received).toEqual([
          {
            deviceId,
            villageCode: 'wl-hongqi',
            kind: 'clue',
            category: 'theft',
            description: '<b>昨晚</b>羊圈里丢了三只羊',
            place: { text: '红旗村东头羊圈' },
            anonymous: true,
            submissionKey: 'k-0123456789abcdef',
            photos: [],
          },
        ]);
        await resident.post('/web/api/report', {
          ...report,
          anonymous: false,
          place: { latitude: 43.95, longitude: 116.07 },
        });
        // Photos: a 20 MB upload and a text file named .jpg are refused with a message, nothing handed on.
        const huge = await resident.post('/web/api/report', {
          ...report,
          photos: [Buffer.alloc(20 * 1024 * 1024, 0xff).toString('base64')],
        });
        expect(huge.status).toBe(413);
        expect(huge.body.error.message).toBe(t('zh-CN', 'web-too-large'));
        const fake = await resident.post('/web/api/report', {
          ...report,
          photos: [
            Buffer.from('not a photo at all, just text saved as photo.jpg').toString('base64'),
          ],
        });
        expect(fake.status).toBe(415);
        expect(fake.body.error.message).toBe(t('zh-CN', 'web-photo-not-image'));
        const photo = jpegWithGps();
        await resident.post('/web/api/report', { ...report, photos: [photo.toString('base64')] });
        expect(received).toHaveLength(3);
        const stored = received[2]?.photos[0];
        expect(stored?.type).toBe('image/jpeg');
        expect(stored?.bytes.includes('Exif')).toBe(false);
        expect(stored?.bytes.includes('GPSLatitude')).toBe(false);
        expect(jpeg.decode(stored?.bytes ?? Buffer.alloc(0)).width).toBe(8);
        received.pop();
        expect(received[1]).toMatchObject({
          anonymous: false,
          place: { latitude: 43.95, longitude: 116.07 },
        });
      } finally {
        await withReports.close();
      }
    });
  });
});

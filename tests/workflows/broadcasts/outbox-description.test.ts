/**
 * What the workflows put in the Telegram outbox (issue 10): a description, never Telegram HTML.
 * An officer's broadcast and a campaign's tip are stored as message keys and the data as typed
 * (an officer's `<` and `&` stay as they are), with the recipients' language; the Telegram
 * sender's rendering of that row is what villagers read, escaped and emphasised as before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramBroadcastRenderer } from '../../../src/bot/broadcasts/outbox-html.js';
import { loadAwarenessLibrary } from '../../../src/domain/awareness/library.js';
import { effectivePerson } from '../../../src/domain/people/roles.js';
import { createTranslate } from '../../../src/i18n/translate.js';
import { createRequest } from '../../../src/store/broadcast-requests.repository.js';
import { getBroadcast } from '../../../src/store/broadcasts.repository.js';
import {
  ensureUser,
  getUser,
  setLanguage,
  setVillage,
} from '../../../src/store/users.repository.js';
import { runCampaign } from '../../../src/workflows/awareness/run-campaign.js';
import { publishRequest } from '../../../src/workflows/broadcasts/publish-request.js';
import { LOCALES_DIR } from '../../helpers/bot-driver.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';

const ADMIN = 900001;
const TAG = /<\/?(b|i|a|code)\b|&(lt|gt|amp);/;
const translate = createTranslate(LOCALES_DIR);
const render = telegramBroadcastRenderer(translate);

describe.each(ENGINES)('the Telegram outbox holds descriptions, on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
    for (const [id, language] of [
      [100001, 'zh-CN'],
      [100002, 'en'],
    ] as const) {
      await ensureUser(store.db, id, `村民${id}`);
      await setLanguage(store.db, id, language);
      await setVillage(store.db, id, 'wl-hongqi');
    }
  });
  afterEach(() => store.cleanup());

  const rows = async () => {
    const all = await store.db.selectFrom('broadcasts').selectAll().orderBy('id').execute();
    return all.map((r) => ({ ...r, id: Number(r.id) }));
  };

  it('an officer’s broadcast: keys and the words as typed, rendered for Telegram at send time', async () => {
    const admin = await ensureUser(store.db, ADMIN, '赵所长');
    const request = await createRequest(store.db, {
      kind: 'urgent',
      texts: { 'zh-CN': '有人冒充<医保局> & 公安打电话', en: 'Callers posing as <police> & co' },
      photoFileId: null,
      target: { all: true },
      notBefore: null,
      authorId: admin.personId,
    });
    const author = effectivePerson(admin.personId, await getUser(store.db, ADMIN), true);
    const published = await publishRequest(
      { db: store.db, translate, timeZone: 'Asia/Shanghai' },
      request,
      author,
      new Date('2026-12-04T04:00:00Z'),
    );
    expect(published.total).toBe(2);

    const stored = await rows();
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      expect(row.text).toBe('');
      expect(row.parse_mode).toBeNull();
      expect(row.description).not.toMatch(TAG);
    }
    const byLocale = new Map(
      await Promise.all(
        stored.map(async (r) => {
          const b = await getBroadcast(store.db, r.id);
          return [b?.description?.locale, b?.description] as const;
        }),
      ),
    );
    const zh = byLocale.get('zh-CN');
    expect(JSON.stringify(zh)).toContain('有人冒充<医保局> & 公安打电话');
    expect(zh && render(zh)).toEqual({
      text: '🚨 <b>紧急预警</b>\n\n有人冒充&lt;医保局&gt; &amp; 公安打电话',
      parseMode: 'HTML',
    });
    const en = byLocale.get('en');
    expect(en && render(en).text).toBe(
      '🚨 <b>Urgent warning</b>\n\nCallers posing as &lt;police&gt; &amp; co',
    );
  });

  it('a campaign’s tip: the item described in the reader’s language, drawn as the Telegram card', async () => {
    const library = loadAwarenessLibrary(LOCALES_DIR);
    const campaign = { id: 'antifraud-daily', topic: 'antifraud' as const, cron: '0 9 * * *' };
    const noon = new Date('2026-12-04T04:00:00Z');
    expect(
      await runCampaign(
        { db: store.db, translate, library, timeZone: 'Asia/Shanghai' },
        campaign,
        noon,
        noon,
      ),
    ).toBe(2);

    const stored = await rows();
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      expect(row.text).toBe('');
      expect(row.parse_mode).toBeNull();
      expect(row.description).not.toMatch(TAG);
    }
    const zh = stored
      .map((r) => JSON.parse(r.description ?? 'null'))
      .find((d) => d.locale === 'zh-CN');
    const item = library.at('antifraud', 0, 'zh-CN');
    const [pattern, flag, todo] = item?.parts.map((p) => p.text) ?? [];
    expect(render(zh).text).toBe(
      [
        `🛡️ <b>今日反诈提醒：${item?.title}</b>`,
        `<b>骗子怎么说：</b>${pattern}`,
        `<b>识别要点：</b>${flag}`,
        `<b>怎么办：</b>${todo}`,
        '',
        '<i>不想收这类提醒？点“👤 我的” → “提醒设置”。</i>',
      ].join('\n'),
    );
  });
});

/**
 * Scripted report flows against the real bot process (`bin/cunjing.js start`) and the Bot API
 * emulator, with `kill -9` at random moments and a restart each time. At the end it counts what
 * issue 10's reliability targets name: submissions lost or answered with another report's
 * number, stored reports whose card is missing at the station or the county, duplicate reports
 * and duplicate cards. Shared by `bench/reliability.bench.ts` and `tests/app/reliability.test.ts`.
 */
import { createBotApiEmulator } from '../src/sandbox/emulator.js';
import { openStore } from '../src/store/database.js';
import { botProcess, freshDatabaseUrl, TOKEN, waitUntil } from './bot-process.js';

const STATION = -100100;
const COUNTY = -100200;

export interface ReliabilityOptions {
  flows: number;
  engine: 'sqlite' | 'postgres';
  /** PostgreSQL server for `engine: 'postgres'`; a fresh schema is made in it. */
  postgresUrl?: string;
  villagers?: number;
  /** Mean time between kills, in milliseconds of driving. */
  killEveryMs?: number;
  /** Stop killing after this many (tests keep it small). */
  maxKills?: number;
  /** Keep running flows (up to 3 × `flows`) until at least this many kills happened. */
  minKills?: number;
}

export interface ReliabilityFigures {
  flows: number;
  kills: number;
  reports_stored: number;
  submissions_lost: number;
  answered_with_other_number: number;
  cards_missing_station: number;
  cards_missing_county: number;
  /** Notices not yet delivered when counting began: cards missing for this reason are late, not lost. */
  notices_pending_at_end: number;
  duplicate_reports: number;
  duplicate_cards: number;
  /** ✅ presses answered "too many this minute", waited out and pressed again. */
  rate_limit_waits: number;
  seconds: number;
}

export async function runReliability(o: ReliabilityOptions): Promise<ReliabilityFigures> {
  const started = performance.now();
  // Every card is counted at the end, so the chats keep every message (the sandbox keeps 200).
  const emulator = createBotApiEmulator({
    token: TOKEN,
    port: 0,
    limits: false,
    historyPerChat: 1_000_000,
  });
  await emulator.start();
  // Enough villagers that the per-person limit (5 reports a minute) is seldom reached.
  const villagers = Array.from({ length: o.villagers ?? 12 }, (_, i) => 100001 + i);
  for (const id of villagers)
    emulator.addUser({ id, first_name: `村民${id}`, language_code: 'zh-hans' });
  emulator.addGroup({ id: STATION, title: '乌兰派出所', memberIds: [] });
  emulator.addGroup({ id: COUNTY, title: '旗指挥中心', memberIds: [] });
  const url = await freshDatabaseUrl(o.engine, o.postgresUrl);
  const botRun = botProcess(emulator, url);

  let driving = false;
  let killing: Promise<void> = Promise.resolve();
  const bot = (chat: number) => emulator.messages(chat).filter((m) => m.from === 'bot');

  const waitFor = (check: () => boolean, ms: number) => waitUntil(emulator, check, ms);

  /** One action and the screen it should lead to; the action is repeated if a crash ate it. */
  async function step(act: () => void, done: () => boolean): Promise<boolean> {
    for (let attempt = 0; attempt < 6; attempt++) {
      await killing;
      act();
      if (await waitFor(done, 8_000)) return true;
    }
    return false;
  }
  const newest = (chat: number) => bot(chat).at(-1);
  const buttonOn = (chat: number, prefix: string) =>
    bot(chat)
      .flatMap((m) =>
        m.reply_markup && 'inline_keyboard' in m.reply_markup
          ? m.reply_markup.inline_keyboard.flat().map((b) => ({ m, b }))
          : [],
      )
      .filter(({ b }) => 'callback_data' in b && b.callback_data?.startsWith(prefix))
      .at(-1);
  const tap = (chat: number, prefix: string) => () => {
    const found = buttonOn(chat, prefix);
    if (found && 'callback_data' in found.b)
      emulator.pressButton(chat, chat, found.m.message_id, found.b.callback_data ?? '');
  };
  const lastIs = (chat: number, needle: string | RegExp) => () => {
    const text = newest(chat)?.text ?? '';
    return typeof needle === 'string' ? text.includes(needle) : needle.test(text);
  };

  await botRun.start();
  const store = openStore(url);
  await store.db
    .updateTable('stations')
    .set({ chat_id: STATION })
    .where('code', '=', 'ST-WULAN')
    .execute();
  await store.db.updateTable('county').set({ command_chat_id: COUNTY }).execute();
  for (const v of villagers) {
    await step(
      () => emulator.sendText(v, '/start v_wl-hongqi'),
      () => !!buttonOn(v, 'lang:zh-CN'),
    );
    await step(tap(v, 'lang:zh-CN'), () => bot(v).length > 1 && !lastIs(v, '请选择')());
  }

  // Kills at random moments while the flows run, one at a time.
  driving = true;
  const killer = (async () => {
    while (driving && botRun.kills < (o.maxKills ?? Number.POSITIVE_INFINITY)) {
      await new Promise((r) => setTimeout(r, Math.random() * 2 * (o.killEveryMs ?? 3_000)));
      if (!driving) break;
      killing = botRun.killAndRestart();
      await killing;
    }
  })();

  /** Per pressed ✅: the key it carried and the number the bot answered (null: none). */
  let rateLimitWaits = 0;
  const answers: Array<{ key: string; reference: string | null; chat: number; trail: string[] }> =
    [];
  for (
    let flow = 0;
    flow < o.flows || (botRun.kills < (o.minKills ?? 0) && flow < 3 * o.flows);
    flow++
  ) {
    const v = villagers[flow % villagers.length] as number;
    const ok =
      (await step(() => emulator.sendText(v, '📣 我要反映'), lastIs(v, '您要反映什么'))) &&
      (await step(tap(v, 'rpk:dispute'), lastIs(v, '请选择类别'))) &&
      (await step(tap(v, 'rpc:land'), lastIs(v, '发生了什么'))) &&
      (await step(
        () => emulator.sendText(v, `第${flow}号：地界石被挪了两米`),
        lastIs(v, '照片'),
      )) &&
      (await step(tap(v, 'rpn:done'), lastIs(v, '也可以'))) &&
      (await step(tap(v, 'rpn:village'), lastIs(v, '什么时候'))) &&
      (await step(tap(v, 'rpn:yesterday'), lastIs(v, '实名还是匿名'))) &&
      (await step(tap(v, flow % 2 ? 'rpn:anon' : 'rpn:named'), lastIs(v, '请核对')));
    if (!ok) continue;
    const confirm = buttonOn(v, 'rpy:');
    const key =
      (confirm && 'callback_data' in confirm.b ? confirm.b.callback_data : '')?.slice(4) ?? '';
    let reference: string | null = null;
    let waits = 0;
    for (let attempt = 0; attempt < 6 && reference === null; attempt++) {
      const before = bot(v).length;
      await killing;
      tap(v, `rpy:${key}`)();
      await waitFor(
        () =>
          bot(v).length > before &&
          /JF-\d{8}-\d{4}|请再回答|找不到|提交得太多/.test(newest(v)?.text ?? ''),
        8_000,
      );
      const text = newest(v)?.text ?? '';
      // Over the per-person limit (5 a minute): the draft is kept, as the bot says; a person
      // waits and presses ✅ again. Not a retry of a crash, so it does not use up an attempt.
      if (text.includes('提交得太多') && waits++ < 12) {
        rateLimitWaits++;
        attempt--;
        await new Promise((r) => setTimeout(r, 10_000));
        continue;
      }
      if (text.includes('请再回答')) {
        await step(tap(v, flow % 2 ? 'rpn:anon' : 'rpn:named'), lastIs(v, '请核对'));
        continue;
      }
      reference = /JF-\d{8}-\d{4}/.exec(text)?.[0] ?? null;
      if (text.includes('找不到')) break;
    }
    answers.push({
      key,
      reference,
      chat: v,
      trail: emulator
        .messages(v)
        .slice(-14)
        .map((m) => `${m.from}: ${(m.text ?? '').slice(0, 40)}`),
    });
  }
  driving = false;
  await killer;

  // Let every notice be delivered before counting.
  const pending = async () =>
    Number(
      (
        await store.db
          .selectFrom('notices')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'pending')
          .executeTakeFirstOrThrow()
      ).n,
    );
  // A card claimed by a process that was then killed waits for its 60 s lease to end, and
  // on a loaded machine the last restart takes a while: allow four minutes.
  for (let i = 0; i < 2_400 && (await pending()) > 0; i++)
    await new Promise((r) => setTimeout(r, 100));
  const stillPending = await pending();

  const reports = await store.db
    .selectFrom('reports')
    .select(['reference', 'submission_key'])
    .execute();
  const byKey = new Map(reports.map((r) => [r.submission_key, r.reference]));
  const cards = (chat: number) =>
    emulator
      .messages(chat)
      .filter((m) => m.from === 'bot')
      .map((m) => /JF-\d{8}-\d{4}/.exec(m.text ?? '')?.[0] ?? '');
  const count = (list: string[]) =>
    list.reduce((m, r) => m.set(r, (m.get(r) ?? 0) + 1), new Map<string, number>());
  const station = count(cards(STATION));
  const county = count(cards(COUNTY));
  const figures: ReliabilityFigures = {
    flows: answers.length,
    kills: botRun.kills,
    reports_stored: reports.length,
    submissions_lost: answers.filter((a) => a.reference === null || !byKey.has(a.key)).length,
    answered_with_other_number: answers.filter(
      (a) => a.reference !== null && byKey.has(a.key) && byKey.get(a.key) !== a.reference,
    ).length,
    cards_missing_station: reports.filter((r) => !station.has(r.reference)).length,
    cards_missing_county: reports.filter((r) => !county.has(r.reference)).length,
    duplicate_reports: reports.length - new Set(reports.map((r) => r.submission_key)).size,
    duplicate_cards: [...station.values(), ...county.values()].filter((n) => n > 1).length,
    notices_pending_at_end: stillPending,
    rate_limit_waits: rateLimitWaits,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  if (process.env.RELIABILITY_TRACE === '1')
    for (const chat of [STATION, COUNTY])
      for (const [reference, n] of count(cards(chat)))
        if (n > 1)
          console.error(
            'DUPLICATE',
            chat,
            reference,
            emulator
              .messages(chat)
              .filter((m) => m.from === 'bot' && m.text?.includes(reference))
              .map(
                (m) =>
                  `#${m.message_id} ${new Date(m.date * 1000).toISOString()} ${(m.text ?? '').slice(0, 60)}`,
              ),
          );
  if (process.env.RELIABILITY_TRACE === '1')
    for (const a of answers.filter((x) => x.reference === null || !byKey.has(x.key)))
      console.error('LOST', a.key, a.reference, byKey.get(a.key), '\n ', a.trail.join('\n  '));
  botRun.stop();
  await store.close();
  await emulator.stop();
  return figures;
}

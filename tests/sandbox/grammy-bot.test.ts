import { run } from '@grammyjs/runner';
import { Bot, InlineKeyboard } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BotApiEmulator, createBotApiEmulator } from '../../src/sandbox/emulator.js';

const VILLAGER = 100001;
const OFFICER = 200001;
const STATION_GROUP = -100100;
let emulator: BotApiEmulator;

beforeEach(async () => {
  emulator = createBotApiEmulator({ token: '42:TEST', limits: false });
  await emulator.start();
  emulator.addUser({ id: VILLAGER, first_name: '王大妈', language_code: 'zh-CN' });
  emulator.addUser({ id: OFFICER, first_name: '李警官', language_code: 'zh-CN' });
  emulator.addGroup({ id: STATION_GROUP, title: '派出所群', memberIds: [OFFICER] });
});
afterEach(() => emulator.stop());

/** A tiny bot: /start offers two buttons; pressing one answers and edits the message. */
function createTestBot(): { bot: Bot; pressed: string[] } {
  const bot = new Bot('42:TEST', {
    botInfo: emulator.botInfo,
    client: { apiRoot: emulator.apiRoot },
  });
  const pressed: string[] = [];
  bot.command('start', (ctx) =>
    ctx.reply('请选择 <b>语言</b>', {
      parse_mode: 'HTML',
      reply_markup: new InlineKeyboard().text('中文', 'lang:zh').text('ᠮᠣᠩᠭᠣᠯ', 'lang:mn'),
    }),
  );
  bot.callbackQuery(/^lang:(\w+)$/, async (ctx) => {
    pressed.push(ctx.match[1] ?? '');
    await ctx.answerCallbackQuery({ text: '已选择' });
    await ctx.editMessageText(`语言：${ctx.match[1]}`);
  });
  return { bot, pressed };
}

/** Feeds every pending update to the bot, confirming them like a poller would. */
async function drain(bot: Bot): Promise<void> {
  let offset = 0;
  for (;;) {
    const updates = await bot.api.getUpdates({ offset, timeout: 0 });
    if (updates.length === 0) return;
    for (const update of updates) {
      await bot.handleUpdate(update);
      offset = update.update_id + 1;
    }
  }
}

describe('a grammY bot against the emulator', () => {
  it('sends an inline keyboard; pressing a button runs the callback handler', async () => {
    const { bot, pressed } = createTestBot();
    emulator.sendText(VILLAGER, '/start');
    await drain(bot);
    const menu = emulator.lastBotMessage(VILLAGER);
    expect(menu).toMatchObject({
      text: '请选择 语言',
      entities: [{ type: 'bold', offset: 4, length: 2 }],
    });

    const press = emulator.pressButton(VILLAGER, VILLAGER, menu?.message_id ?? 0, 'lang:mn');
    await drain(bot);
    expect(pressed).toEqual(['mn']);
    expect(emulator.messages(VILLAGER).at(-1)).toMatchObject({
      text: '语言：mn',
      edit_date: expect.any(Number),
    });
    expect(emulator.callbackAnswers({ userId: VILLAGER })).toEqual([
      expect.objectContaining({
        queryId: press.callback_query?.id,
        data: 'lang:mn',
        text: '已选择',
      }),
    ]);
    // The edit removed the keyboard, so the button cannot be pressed again.
    expect(() =>
      emulator.pressButton(VILLAGER, VILLAGER, menu?.message_id ?? 0, 'lang:zh'),
    ).toThrow(/has no button with callback_data "lang:zh"/);
  });

  it('runs with bot.start() long polling and stops cleanly', async () => {
    const { bot, pressed } = createTestBot();
    let started: () => void = () => {};
    const polling = new Promise<void>((resolve) => {
      started = resolve;
    });
    const running = bot.start({ drop_pending_updates: true, onStart: () => started() });
    await polling;
    const menu = emulator.waitForBotMessage(VILLAGER, (m) => m.text === '请选择 语言');
    emulator.sendText(VILLAGER, '/start');
    const shown = await menu;
    const edited = emulator.waitForBotMessage(VILLAGER, (m) => m.text === '语言：zh');
    emulator.pressButton(VILLAGER, VILLAGER, shown.message_id, 'lang:zh');
    await edited;
    expect(pressed).toEqual(['zh']);
    await bot.stop();
    await running;
    expect(emulator.stats().byMethod).toMatchObject({
      deleteWebhook: 1,
      sendMessage: 1,
      editMessageText: 1,
    });
  });

  it('works with @grammyjs/runner, as npm start runs the bot', async () => {
    const { bot } = createTestBot();
    const runner = run(bot);
    const menu = emulator.waitForBotMessage(VILLAGER);
    emulator.sendText(VILLAGER, '/start');
    expect((await menu).text).toBe('请选择 语言');
    await runner.stop();
    expect(runner.isRunning()).toBe(false);
  });

  it("passes a tampered callback to the bot; the bot meets Telegram's errors", async () => {
    const { bot, pressed } = createTestBot();
    emulator.sendRawCallback(VILLAGER, VILLAGER, 999, 'lang:xx');
    await expect(drain(bot)).rejects.toThrow('message to edit not found');
    expect(pressed).toEqual(['xx']);
  });

  it('refuses a second answer to the same callback query', async () => {
    const bot = new Bot('42:TEST', {
      botInfo: emulator.botInfo,
      client: { apiRoot: emulator.apiRoot },
    });
    const update = emulator.sendRawCallback(VILLAGER, VILLAGER, 1, 'x');
    const id = update.callback_query?.id ?? '';
    await bot.api.answerCallbackQuery(id);
    await expect(bot.api.answerCallbackQuery(id)).rejects.toThrow(
      'query is too old and response timeout expired or query ID is invalid',
    );
  });

  it('resolves command menus per scope and language, as an officer sees them', async () => {
    const bot = new Bot('42:TEST', {
      botInfo: emulator.botInfo,
      client: { apiRoot: emulator.apiRoot },
    });
    await bot.api.setMyCommands([{ command: 'start', description: '开始' }]);
    await bot.api.setMyCommands([{ command: 'report', description: '报警' }], {
      language_code: 'zh',
    });
    await bot.api.setMyCommands([{ command: 'duty', description: '值班' }], {
      scope: { type: 'chat', chat_id: OFFICER },
    });
    await bot.api.setMyCommands([{ command: 'alerts', description: '警情' }], {
      scope: { type: 'chat_member', chat_id: STATION_GROUP, user_id: OFFICER },
    });
    expect(emulator.commands()).toEqual([{ command: 'start', description: '开始' }]);
    expect(emulator.commandsFor(VILLAGER).map((c) => c.command)).toEqual(['report']);
    expect(emulator.commandsFor(OFFICER).map((c) => c.command)).toEqual(['duty']);
    expect(emulator.commandsFor(OFFICER, STATION_GROUP).map((c) => c.command)).toEqual(['alerts']);
    expect(await bot.api.getMyCommands({ language_code: 'zh' })).toEqual([
      { command: 'report', description: '报警' },
    ]);
    await expect(
      bot.api.setMyCommands([{ command: 'Bad-Name', description: 'x' }]),
    ).rejects.toThrow('BOT_COMMAND_INVALID');
  });
});

import { Bot, InputFile } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BotApiEmulator, createBotApiEmulator } from '../../src/sandbox/emulator.js';
import { PLACEHOLDER_PNG } from '../../src/sandbox/image-size.js';
import { call } from './api-call.js';

const VILLAGER = 100001;
let emulator: BotApiEmulator;
let bot: Bot;

beforeEach(async () => {
  emulator = createBotApiEmulator({ token: '42:TEST', limits: false });
  await emulator.start();
  emulator.addUser({ id: VILLAGER, first_name: '王大妈' });
  bot = new Bot('42:TEST', { botInfo: emulator.botInfo, client: { apiRoot: emulator.apiRoot } });
});
afterEach(() => emulator.stop());

async function download(filePath: string): Promise<Uint8Array> {
  const response = await fetch(`${emulator.apiRoot}/file/bot42:TEST/${filePath}`);
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe('files', () => {
  it('accepts a multipart photo upload from grammY, then getFile and download return it', async () => {
    const sent = await bot.api.sendPhoto(VILLAGER, new InputFile(PLACEHOLDER_PNG, 'dot.png'), {
      caption: '<b>现场</b>照片',
      parse_mode: 'HTML',
      reply_markup: { inline_keyboard: [[{ text: '收到', callback_data: 'seen' }]] },
    });
    const photo = sent.photo.at(-1);
    expect(photo).toMatchObject({ width: 1, height: 1, file_size: PLACEHOLDER_PNG.length });
    expect(sent.caption).toBe('现场照片');
    expect(sent.caption_entities).toEqual([{ type: 'bold', offset: 0, length: 2 }]);
    const file = await bot.api.getFile(photo?.file_id ?? '');
    expect(file.file_path).toMatch(/^photos\/file_\d+\.png$/);
    expect(await download(file.file_path ?? '')).toEqual(PLACEHOLDER_PNG);
    expect(emulator.lastBotMessage(VILLAGER)).toMatchObject({
      caption: '现场照片',
      photo: { file_id: photo?.file_id, width: 1, height: 1 },
    });
  });

  it('re-sends a file by the file_id it issued, and refuses unknown ids', async () => {
    const sent = await bot.api.sendDocument(
      VILLAGER,
      new InputFile(Buffer.from('报案回执'), '回执.txt'),
    );
    const again = await bot.api.sendDocument(VILLAGER, sent.document.file_id);
    expect(again.document.file_unique_id).toBe(sent.document.file_unique_id);
    expect(again.document.file_name).toBe('回执.txt');
    const unknown = await call(emulator, 'sendDocument', { chat_id: VILLAGER, document: 'nope' });
    expect(unknown.body.description).toBe('Bad Request: wrong file identifier/HTTP URL specified');
  });

  it('lets the bot download a photo a villager sent', async () => {
    const bytes = Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]);
    const update = emulator.sendPhoto(VILLAGER, { bytes, caption: '可疑车辆' });
    const fileId = update.message?.photo?.[0]?.file_id ?? '';
    const file = await bot.api.getFile(fileId);
    expect(await download(file.file_path ?? '')).toEqual(bytes);
    expect(update.message?.caption).toBe('可疑车辆');
  });

  it('answers 404 for unknown paths and 413 for oversized bodies', async () => {
    expect((await fetch(`${emulator.apiRoot}/file/bot42:TEST/photos/none.jpg`)).status).toBe(404);
    const small = createBotApiEmulator({ token: '1:T', maxBodyBytes: 1000, limits: false });
    await small.start();
    try {
      const response = await fetch(`${small.apiRoot}/bot1:T/sendMessage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'x'.repeat(5000) }),
      });
      expect(response.status).toBe(413);
    } finally {
      await small.stop();
    }
  });
});

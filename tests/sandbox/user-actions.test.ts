import type { Message, Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BotApiEmulator, createBotApiEmulator } from '../../src/sandbox/emulator.js';
import { call, ok } from './api-call.js';

const WANG = 100001;
const BATAAR = 100002;
const LI = 200001;
const STATION_GROUP = -100100;
let emulator: BotApiEmulator;

beforeEach(async () => {
  emulator = createBotApiEmulator({ token: '42:TEST', limits: false });
  await emulator.start();
  emulator.addUser({ id: WANG, first_name: '王大妈', language_code: 'zh-CN' });
  emulator.addUser({ id: BATAAR, first_name: 'Bataar', language_code: 'mn' });
  emulator.addUser({ id: LI, first_name: '李警官' });
  emulator.addGroup({ id: STATION_GROUP, title: '派出所群', memberIds: [LI] });
});
afterEach(() => emulator.stop());

describe('what people do in the app', () => {
  it('forwards a suspicious message, with forward_origin', () => {
    const update = emulator.sendText(WANG, '您的账户异常，请点击链接', {
      forwardFrom: { id: 555, first_name: '客服' },
    });
    expect(update.message?.forward_origin).toMatchObject({
      type: 'user',
      sender_user: { id: 555, first_name: '客服', is_bot: false },
    });
    const hidden = emulator.sendText(WANG, '中奖了', { forwardSenderName: '陌生人' });
    expect(hidden.message?.forward_origin).toMatchObject({
      type: 'hidden_user',
      sender_user_name: '陌生人',
    });
    expect(emulator.messages(WANG).map((m) => m.forwarded)).toEqual([true, true]);
  });

  it('sends documents, voice, video, stickers and contacts', () => {
    const doc = emulator.sendDocument(WANG, {
      fileName: '身份证.pdf',
      mimeType: 'application/pdf',
    });
    expect(doc.message?.document).toMatchObject({
      file_name: '身份证.pdf',
      mime_type: 'application/pdf',
    });
    expect(emulator.sendVoice(BATAAR, { duration: 7 }).message?.voice?.duration).toBe(7);
    expect(emulator.sendVideo(WANG, { caption: '监控' }).message).toMatchObject({
      caption: '监控',
    });
    expect(emulator.sendSticker(WANG, { emoji: '👍' }).message?.sticker?.emoji).toBe('👍');
    expect(emulator.sendContact(BATAAR).message?.contact).toMatchObject({
      first_name: 'Bataar',
      user_id: BATAAR,
    });
    const album = [1, 2].map(() => emulator.sendPhoto(WANG, { mediaGroupId: 'album-1' }));
    expect(album.map((u) => u.message?.media_group_id)).toEqual(['album-1', 'album-1']);
  });

  it('edits a sent text, producing edited_message', () => {
    const sent = emulator.sendText(WANG, '/report 丢了一头羊');
    const edited = emulator.editText(
      WANG,
      WANG,
      sent.message?.message_id ?? 0,
      '/report 丢了两头羊',
    );
    expect(edited.edited_message).toMatchObject({
      text: '/report 丢了两头羊',
      entities: [{ type: 'bot_command', offset: 0, length: 7 }],
      edit_date: expect.any(Number),
    });
    expect(emulator.messages(WANG).map((m) => m.text)).toEqual(['/report 丢了两头羊']);
    expect(() => emulator.editText(BATAAR, BATAAR, 1, 'x')).toThrow(/no text message #1/);
  });

  it('reports blocking with my_chat_member and unblocks when the user writes again', async () => {
    emulator.blockBot(WANG);
    expect((await call(emulator, 'sendMessage', { chat_id: WANG, text: 'hi' })).status).toBe(403);
    emulator.sendText(WANG, '/start');
    expect((await call(emulator, 'sendMessage', { chat_id: WANG, text: 'hi' })).status).toBe(200);
    const updates = await ok<Update[]>(emulator, 'getUpdates');
    expect(updates.map((u) => u.my_chat_member?.new_chat_member.status ?? u.message?.text)).toEqual(
      ['kicked', 'member', '/start'],
    );
  });

  it('passes any other update through sendUpdate', async () => {
    emulator.sendUpdate({
      my_chat_member: {
        chat: { id: STATION_GROUP, type: 'supergroup', title: '派出所群' },
        from: { id: LI, is_bot: false, first_name: '李警官' },
        date: 1,
        old_chat_member: { status: 'left', user: { id: 1, is_bot: true, first_name: 'b' } },
        new_chat_member: { status: 'member', user: { id: 1, is_bot: true, first_name: 'b' } },
      },
    });
    expect((await ok<Update[]>(emulator, 'getUpdates'))[0]?.my_chat_member?.chat.id).toBe(
      STATION_GROUP,
    );
  });
});

describe('copying, forwarding and captions', () => {
  it('forwards a villager photo to the station group and copies it with a new caption', async () => {
    const photo = emulator.sendPhoto(WANG, { caption: '可疑人员' }).message as Message;
    const forwarded = await ok<Message>(emulator, 'forwardMessage', {
      chat_id: STATION_GROUP,
      from_chat_id: WANG,
      message_id: photo.message_id,
    });
    expect(forwarded).toMatchObject({
      caption: '可疑人员',
      forward_origin: { type: 'user', sender_user: { id: WANG } },
    });
    const copy = await ok<{ message_id: number }>(emulator, 'copyMessage', {
      chat_id: STATION_GROUP,
      from_chat_id: WANG,
      message_id: photo.message_id,
      caption: '<i>线索</i>',
      parse_mode: 'HTML',
    });
    const copied = emulator.messages(STATION_GROUP).find((m) => m.message_id === copy.message_id);
    expect(copied).toMatchObject({
      caption: '线索',
      forwarded: false,
      photo: { file_id: photo.photo?.[0]?.file_id },
    });

    const edited = await ok<Message>(emulator, 'editMessageCaption', {
      chat_id: STATION_GROUP,
      message_id: copy.message_id,
      caption: '已核实',
      reply_markup: { inline_keyboard: [[{ text: '详情', url: 'https://example.org' }]] },
    });
    expect(edited).toMatchObject({
      caption: '已核实',
      reply_markup: { inline_keyboard: [[{ text: '详情' }]] },
    });
    const unchanged = await call(emulator, 'editMessageReplyMarkup', {
      chat_id: STATION_GROUP,
      message_id: copy.message_id,
      reply_markup: { inline_keyboard: [[{ text: '详情', url: 'https://example.org' }]] },
    });
    expect(unchanged.body.description).toContain('message is not modified');
    const text = await call(emulator, 'editMessageText', {
      chat_id: STATION_GROUP,
      message_id: copy.message_id,
      text: 'x',
    });
    expect(text.body.description).toBe('Bad Request: there is no text in the message to edit');
  });

  it('parses MarkdownV2 and reports unescaped characters over HTTP', async () => {
    const sent = await ok<Message>(emulator, 'sendMessage', {
      chat_id: WANG,
      text: '*报警* 请拨 110\\.',
      parse_mode: 'MarkdownV2',
    });
    expect(sent).toMatchObject({
      text: '报警 请拨 110.',
      entities: [{ type: 'bold', offset: 0, length: 2 }],
    });
    const bad = await call(emulator, 'sendMessage', {
      chat_id: WANG,
      text: '请拨 110.',
      parse_mode: 'MarkdownV2',
    });
    expect(bad.body.description).toBe(
      "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'",
    );
  });
});

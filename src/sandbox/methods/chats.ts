import { badRequest } from '../api-error.js';
import type { MethodTable } from './method.js';

/** getChat, getChatMember and getFile. */
export const chatMethods: MethodTable = {
  getChat: (params, state) => {
    const { chat } = state.chats.resolve(params.chatId());
    return { ...chat, accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: {} };
  },

  getChatMember: (params, state) => {
    const chat = state.chats.resolve(params.chatId());
    const userId = params.integer('user_id');
    if (userId === undefined) throw badRequest('user_id is empty');
    const user = state.chats.users.get(userId) ?? (userId === state.bot.id ? state.bot : undefined);
    if (!user) throw badRequest('user not found');
    const member = chat.members.has(userId) || userId === state.bot.id;
    const status = chat.admins.has(userId) ? 'administrator' : member ? 'member' : 'left';
    return { status, user };
  },

  getFile: (params, state) => {
    const file = state.files.get(params.string('file_id') ?? '');
    if (!file) throw badRequest('invalid file_id');
    return {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
      file_size: file.bytes.length,
      file_path: file.file_path,
    };
  },
};

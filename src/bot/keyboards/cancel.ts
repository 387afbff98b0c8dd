/**
 * The "取消" button under a prompt that waits for typing (a question, a message to check, a
 * broadcast text, a village to choose): tapping it ends that flow, like /cancel, without the
 * person having to know the command. The button names its flow, so an old one tapped during a
 * later, different flow is refused as expired instead of cancelling the wrong thing. Handled in
 * `features/basics.ts`.
 */
import { InlineKeyboard } from 'grammy';
import { callbackAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import type { Flow } from '../flows.js';

/** Closes a confirmation question that started no flow (/grant, /revoke). */
export const dismiss = callbackAction('dismiss');

/** Flows whose prompts carry the button (the report flows can use it as they are). */
export const CANCELLABLE = [
  'ask',
  'scam-check',
  'broadcast',
  'village',
  'report',
  'officer-input',
  'reporter-info',
] as const;
export type CancellableFlow = (typeof CANCELLABLE)[number] & Flow['name'];
export const cancelFlow = callbackAction('cflow', [CANCELLABLE.join('|')]);

export function cancelKeyboard(ctx: BotContext, flow: CancellableFlow): InlineKeyboard {
  return new InlineKeyboard().text(ctx.t('button-cancel'), cancelFlow.data(flow));
}

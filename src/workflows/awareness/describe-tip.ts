/**
 * An awareness item (anti-fraud tip, legal item) as a described message, for every channel: the
 * web chat, WeChat and SMS draw its blocks, and the Telegram outbox stores it and renders it at
 * send time (src/bot/broadcasts/outbox-html.ts). A titled card with its labelled parts, a note
 * when the item is not yet translated, and a way to the reminder settings.
 */
import type { AwarenessItem, AwarenessTopic } from '../../domain/awareness/library.js';
import { type Block, type Described, data, key } from '../described.js';

export function describeTip(topic: AwarenessTopic, item: AwarenessItem, locale: string): Described {
  const blocks: Block[] = [
    { type: 'title', text: key(`awareness-${topic}-header`, { title: item.title }) },
  ];
  for (const part of item.parts)
    blocks.push(
      part.label === 'text'
        ? { type: 'paragraph', text: data(part.text) }
        : { type: 'field', label: key(`awareness-part-${part.label}`), value: data(part.text) },
    );
  // A translation may cover only some items; the rest arrive in Chinese, and the message says so.
  if (item.locale !== locale) blocks.push({ type: 'note', text: key('awareness-in-chinese') });
  blocks.push({ type: 'note', text: key('awareness-footer') });
  return {
    tone: 'info',
    blocks,
    choices: [{ label: key('mine-reminders'), action: 'reminders' }],
  };
}

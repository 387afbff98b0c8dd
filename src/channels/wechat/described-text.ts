/**
 * A channel-neutral description (`src/workflows/described.ts`) as WeChat messages: the blocks as
 * plain text (WeChat shows no markup; locale emphasis gives the plain words, data is inserted as
 * is), a title led by the tone's mark, quotes as 「…」 with their note, and the choices as a menu
 * message whose ids the conversation understands. Actions WeChat has no id for are left out.
 */
import type { Locale } from '../../domain/locale.js';
import type { Described, DescribedText } from '../../workflows/described.js';
import type { MenuItem, OutgoingMessage } from './outgoing.js';
import type { PlainTranslate } from './texts.js';
import { MAIN_CHOICES } from './welcome.js';

const TONE_MARK = { high: '🔴', suspicious: '🟠', none: '🟢', info: '' } as const;

/** The WeChat choice id of a described action, or null when WeChat has none. */
function choiceId(action: string): string | null {
  if (action === 'officer') return MAIN_CHOICES.officer;
  if (action === 'menu') return 'main:menu';
  if (/^(topic|full):/.test(action)) return action;
  if (action.startsWith('category:')) return `cat:${action.slice('category:'.length)}`;
  // 提醒设置 (reminders.ts): the settings' own actions are their choice ids.
  if (/^(remind|quiet):/.test(action) || action === 'urgentoff' || action === 'reminders')
    return action;
  return null;
}

export function describedMessages(
  described: Described,
  locale: Locale,
  t: PlainTranslate,
  options: { skipNotes?: readonly string[] } = {},
): OutgoingMessage[] {
  const say = (text: DescribedText): string => {
    if ('text' in text) return text.text;
    const vars = Object.fromEntries(
      Object.entries(text.vars ?? {}).map(([name, value]) => [
        name,
        typeof value === 'object' ? t(locale, value.key) : value,
      ]),
    );
    return t(locale, text.key, vars);
  };
  const lines: string[] = [];
  for (const block of described.blocks) {
    // A locale paragraph without variables is a section's heading (red flags, what to do now):
    // a blank line before it. One with variables (the scam type) belongs to the line above.
    if (block.type === 'paragraph' && 'key' in block.text && !block.text.vars && lines.length)
      lines.push('');
    switch (block.type) {
      case 'title': {
        const mark = TONE_MARK[described.tone];
        lines.push(mark ? `${mark} ${say(block.text)}` : say(block.text));
        break;
      }
      case 'paragraph':
        lines.push(say(block.text));
        break;
      case 'field':
        lines.push(`${say(block.label)}${say(block.value)}`);
        break;
      case 'list':
        if (block.label) lines.push(say(block.label));
        for (const item of block.items) lines.push(`• ${say(item)}`);
        break;
      case 'quote':
        lines.push(`• 「${say(block.quote)}」${say(block.note)}`);
        break;
      case 'note':
        if ('key' in block.text && options.skipNotes?.includes(block.text.key)) break;
        lines.push('', say(block.text));
        break;
    }
  }
  const items: MenuItem[] = described.choices.flatMap((choice) => {
    const id = choiceId(choice.action);
    return id ? [{ id, content: say(choice.label) }] : [];
  });
  const messages: OutgoingMessage[] = [{ type: 'text', text: lines.join('\n') }];
  if (items.length) messages.push({ type: 'menu', head: '', items, tail: '' });
  return messages;
}

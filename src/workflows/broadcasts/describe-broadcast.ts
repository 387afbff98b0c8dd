/**
 * An officer's broadcast as the outbox stores it: described, not rendered, so each channel draws
 * it its own way and no Telegram HTML is stored (issue 10). The header for its kind is a
 * paragraph of its own and the officer's words another, shown literally, so every channel sets
 * the words apart from the header with a blank line.
 */
import type { BroadcastRequest } from '../../domain/broadcasts/request.js';
import type { Locale } from '../../domain/locale.js';
import { type Described, data, key } from '../described.js';

export function describeBroadcast(
  request: Pick<BroadcastRequest, 'kind' | 'texts'>,
  locale: Locale,
): Described {
  return {
    tone: request.kind === 'urgent' ? 'high' : 'info',
    blocks: [
      { type: 'paragraph', text: key(`broadcast-header-${request.kind}`) },
      { type: 'paragraph', text: data(request.texts[locale] ?? request.texts['zh-CN']) },
    ],
    choices: [],
  };
}

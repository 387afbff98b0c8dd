/**
 * The phone numbers, links and accounts in a message, as blocklist keys. Used when an officer
 * confirms a telecom-fraud report: its channels go into the county's blocklist. The checker
 * already finds and normalises every channel to look it up, so this asks it, through the lookup
 * hook, instead of scanning the text a second way that could disagree.
 */
import { checkMessage } from './check-message.js';
import type { BlocklistKind } from './types.js';

export interface Channel {
  kind: BlocklistKind;
  key: string;
}

export function extractChannels(text: string): Channel[] {
  const seen = new Set<string>();
  const out: Channel[] = [];
  let lastUrl = false;
  checkMessage(text, {
    blocklist: (kind, key) => {
      // For a link the checker asks for the full address, then for its host: keep the address.
      if (kind === 'url' && lastUrl) {
        lastUrl = false;
        return undefined;
      }
      lastUrl = kind === 'url';
      const id = `${kind}:${key}`;
      if (!seen.has(id)) {
        seen.add(id);
        out.push({ kind, key });
      }
      return undefined;
    },
  });
  return out;
}

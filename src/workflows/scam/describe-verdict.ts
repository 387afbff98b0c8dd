/**
 * A scam check's verdict as a channel-neutral description, in the order the bot's reply uses:
 * risk, type, the red flags quoted from the message, what to do now, and for "nothing found"
 * the three rules (never "safe": a new trick can pass every rule). Quoted links are defanged.
 */
import type { ScamCheck } from '../../domain/fraud/index.js';
import { type Block, type Described, data, key } from '../described.js';
import { defangLinks } from './defang.js';

/** At most this many red flags are listed, as in the bot. */
const MAX_SIGNALS = 8;

export function describeVerdict(result: ScamCheck): Described {
  const blocks: Block[] = [{ type: 'title', text: key(`scam-risk-${result.risk}`) }];
  if (result.type && result.risk !== 'none')
    blocks.push({
      type: 'paragraph',
      text: key('scam-type', { type: { key: `fraud-type-${result.type}` } }),
    });
  const signals = result.signals.slice(0, MAX_SIGNALS);
  const defanged = signals.some((s) => defangLinks(s.quote) !== s.quote);
  if (signals.length) {
    blocks.push({ type: 'paragraph', text: key('scam-signals') });
    for (const s of signals)
      blocks.push({ type: 'quote', quote: data(defangLinks(s.quote)), note: data(s.explanation) });
    if (defanged) blocks.push({ type: 'note', text: key('web-links-defanged') });
  }
  blocks.push(
    { type: 'paragraph', text: key('scam-what-now') },
    { type: 'paragraph', text: data(defangLinks(result.advice)) },
  );
  if (result.risk === 'none') blocks.push({ type: 'note', text: key('scam-three-rules') });
  return {
    tone: result.risk,
    blocks,
    choices: [
      { label: key('scam-button-scammed'), action: 'topic:fraud.victim' },
      { label: key('services-button-ask'), action: 'officer' },
    ],
  };
}

/**
 * Turns a described message into what the page draws: the same blocks and choices with every
 * text in the reader's language. Everything is still plain text; the page inserts it with
 * `textContent`, so a resident's `<script>` shows as typed.
 */
import type { Locale } from '../../domain/locale.js';
import type { Block, Described } from '../../workflows/described.js';
import { textOf, type WebTranslate } from './web-translate.js';

export type WebBlock =
  | { type: 'title' | 'paragraph' | 'note'; text: string }
  | { type: 'field'; label: string; value: string }
  | { type: 'list'; label: string; items: string[] }
  | { type: 'quote'; quote: string; note: string };

export interface WebMessage {
  tone: Described['tone'];
  blocks: WebBlock[];
  choices: { label: string; action: string }[];
}

export function renderForWeb(t: WebTranslate, locale: Locale, message: Described): WebMessage {
  const s = (text: Parameters<typeof textOf>[2]) => textOf(t, locale, text);
  const block = (b: Block): WebBlock => {
    switch (b.type) {
      case 'title':
      case 'paragraph':
      case 'note':
        return { type: b.type, text: s(b.text) };
      case 'field':
        return { type: 'field', label: s(b.label), value: s(b.value) };
      case 'list':
        return { type: 'list', label: b.label ? s(b.label) : '', items: b.items.map(s) };
      case 'quote':
        return { type: 'quote', quote: s(b.quote), note: s(b.note) };
    }
  };
  return {
    tone: message.tone,
    blocks: message.blocks.map(block),
    choices: message.choices.map((c) => ({ label: s(c.label), action: c.action })),
  };
}

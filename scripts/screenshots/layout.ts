/**
 * Phone-like pages for the OCR fixtures: an SMS thread (bubbles on the left, the sender's number
 * on top) and a chat app (avatars, square-ish bubbles), each light or dark. The chrome (status
 * bar, input box) is there on purpose: OCR reads it too, and the checker must cope.
 */
import type { SampleMessage } from './samples.js';

export type Layout = 'sms' | 'chat';
export type Theme = 'light' | 'dark';

const escapeText = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

const COLOURS = {
  sms: {
    light: { page: '#ffffff', bar: '#f6f6f6', bubble: '#e9e9eb', text: '#111111', dim: '#8a8a8e' },
    dark: { page: '#000000', bar: '#1c1c1e', bubble: '#2c2c2e', text: '#f2f2f2', dim: '#8d8d93' },
  },
  chat: {
    light: { page: '#ededed', bar: '#ededed', bubble: '#ffffff', text: '#191919', dim: '#9a9a9a' },
    dark: { page: '#111111', bar: '#1e1e1e', bubble: '#2c2c2c', text: '#d5d5d5', dim: '#6f6f6f' },
  },
} as const;

/** The page for one message; the viewport is 360 CSS pixels wide, like most Android phones. */
export function pageHtml(message: SampleMessage, layout: Layout, theme: Theme): string {
  const c = COLOURS[layout][theme];
  const bubbles = message.bubbles
    .map((b) =>
      layout === 'sms'
        ? `<div class="row"><div class="bubble">${escapeText(b)}</div></div>`
        : `<div class="row"><div class="avatar">${escapeText(message.sender.slice(0, 1))}</div><div class="bubble">${escapeText(b)}</div></div>`,
    )
    .join('');
  const radius = layout === 'sms' ? '18px' : '4px';
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  html, body { width: 360px; height: 800px; background: ${c.page}; color: ${c.text};
    font-family: 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif; overflow: hidden; }
  .status { height: 24px; padding: 4px 16px; font-size: 12px; display: flex; justify-content: space-between; color: ${c.text}; }
  .bar { height: 52px; background: ${c.bar}; display: flex; align-items: center; padding: 0 12px; font-size: 17px; font-weight: 600; }
  .bar .back { width: 28px; font-size: 22px; color: ${layout === 'sms' ? '#0a84ff' : c.text}; }
  .time { text-align: center; color: ${c.dim}; font-size: 12px; margin: 16px 0 10px; }
  .row { display: flex; align-items: flex-start; margin: 8px 12px; }
  .avatar { width: 40px; height: 40px; border-radius: 4px; background: #5b8fd6; color: #fff; font-size: 18px;
    display: flex; align-items: center; justify-content: center; margin-right: 10px; flex: none; }
  .bubble { background: ${c.bubble}; border-radius: ${radius}; padding: 9px 13px; max-width: 272px;
    font-size: 16px; line-height: 1.45; word-break: break-all; }
  .input { position: absolute; left: 0; right: 0; bottom: 0; height: 56px; background: ${c.bar};
    display: flex; align-items: center; padding: 0 12px; }
  .input div { flex: 1; height: 36px; border-radius: 18px; background: ${c.page}; color: ${c.dim}; font-size: 15px; padding: 8px 14px; }
  </style></head><body>
  <div class="status"><span>10:21</span><span>87%</span></div>
  <div class="bar"><span class="back">‹</span><span>${escapeText(message.sender)}</span></div>
  <div class="time">12月2日 上午10:21</div>
  ${bubbles}
  <div class="input"><div>${layout === 'sms' ? '短信' : ''}</div></div>
  </body></html>`;
}

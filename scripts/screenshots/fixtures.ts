/** The few screenshots committed under tests/ocr/fixtures/ for the tests (small JPEGs and PNGs). */
import type { Variant } from './render.js';

export const FIXTURES: Array<{ file: string; message: string; variant: Variant }> = [
  {
    file: 'scam-sms-light.jpg',
    message: 'police-safe-account',
    variant: { layout: 'sms', theme: 'light', size: '576x1280-jpeg' },
  },
  {
    file: 'scam-chat-dark.jpg',
    message: 'grandson-cash',
    variant: { layout: 'chat', theme: 'dark', size: '576x1280-jpeg' },
  },
  {
    file: 'benign-sms-dark.png',
    message: 'benign-mother',
    variant: { layout: 'sms', theme: 'dark', size: '720x1600' },
  },
];

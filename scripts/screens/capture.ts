/**
 * Captures people's screens in the sandbox web chat with headless Chromium (Debian's, through
 * playwright-core; nothing is downloaded) at phone size, 390×844, and reads back what is on
 * them: the text of the messages in view and whether their pictures (the /stats chart) loaded.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ScreenSpec } from './scenario.js';

export const PHONE = { width: 390, height: 844 };

/**
 * The little of the DOM these page functions use (the project compiles without the DOM's types;
 * the functions run in the page, where these are the real objects).
 */
interface Node {
  textContent: string;
  scrollTop: number;
  scrollHeight: number;
  complete?: boolean;
  naturalWidth?: number;
  getBoundingClientRect(): { top: number; bottom: number };
  querySelector(selector: string): Node | null;
  querySelectorAll(selector: string): Iterable<Node>;
}
interface Page {
  document: Node;
}

export interface CapturedScreen {
  name: string;
  file: string;
  /** The text of every message at least partly in view, top to bottom. */
  visibleText: string[];
  /** The persona and chat switcher above the chat. */
  chromeText: string;
  /** Each picture in view: loaded, and how wide it is drawn from. */
  images: Array<{ loaded: boolean; naturalWidth: number }>;
}

/** Why screens cannot be captured here, or null when they can. */

export async function captureScreens(
  browser: Browser,
  webChatUrl: string,
  outDir: string,
  screens: ScreenSpec[],
): Promise<CapturedScreen[]> {
  mkdirSync(outDir, { recursive: true });
  const out: CapturedScreen[] = [];
  for (const spec of screens) {
    // Message times in the county's zone, as on a phone there.
    const page = await browser.newPage({
      viewport: PHONE,
      deviceScaleFactor: 2,
      timezoneId: 'Asia/Shanghai',
    });
    await page.goto(`${webChatUrl}/#${spec.viewer}/${spec.chat}`);
    await page.waitForFunction(
      (text) =>
        [...(globalThis as unknown as Page).document.querySelectorAll('#log .msg')].some((m) =>
          m.textContent.includes(text),
        ),
      spec.expect,
    );
    // Pictures finish loading, and the log sits at its newest message, as on opening a chat.
    await page.waitForFunction(() =>
      [...(globalThis as unknown as Page).document.querySelectorAll('#log img')].every(
        (i) => i.complete,
      ),
    );
    await page.evaluate(() => {
      const log = (globalThis as unknown as Page).document.querySelector('#log');
      if (log) log.scrollTop = log.scrollHeight;
    });
    const file = join(outDir, `${spec.name}.png`);
    await page.screenshot({ path: file });
    const seen = await page.evaluate(() => {
      const log = (globalThis as unknown as Page).document.querySelector('#log');
      const doc = (globalThis as unknown as Page).document;
      const chromeText = ['#personas', '#chats']
        .map((selector) => doc.querySelector(selector)?.textContent ?? '')
        .join(' ');
      if (!log) return { visibleText: [], images: [], chromeText };
      const box = log.getBoundingClientRect();
      const inView = [...log.querySelectorAll('.msg')].filter((m) => {
        const r = m.getBoundingClientRect();
        return r.bottom > box.top && r.top < box.bottom;
      });
      return {
        chromeText,
        visibleText: inView.map((m) => m.textContent),
        images: inView.flatMap((m) =>
          [...m.querySelectorAll('img')].map((i) => ({
            loaded: Boolean(i.complete) && (i.naturalWidth ?? 0) > 0,
            naturalWidth: i.naturalWidth ?? 0,
          })),
        ),
      };
    });
    out.push({ name: spec.name, file, ...seen });
    await page.close();
  }
  return out;
}

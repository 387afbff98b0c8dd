/**
 * Debian's Chromium, driven by playwright-core: the one place that says where it is and how it is
 * launched, for the browser tests, the screens capture and the screenshot renderer. Nothing is
 * downloaded (no `npx playwright install`); `.ci/run` installs the Debian package.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { realClockEnv } from './real-clock-env.js';

export const CHROMIUM = '/usr/bin/chromium';

/** Why no browser can be started here, or null when it can. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `${CHROMIUM} is missing (apt-get install -y chromium fonts-noto-cjk)`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    env: realClockEnv(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

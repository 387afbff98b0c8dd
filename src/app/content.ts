/**
 * The files an admin edits or reviews, loaded eagerly at start: campaigns, the knowledge base,
 * the awareness library and the fraud rules. A mistake in any of them stops start-up with one
 * line naming the file, instead of failing the first villager who asks.
 */
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { type Campaign, loadCampaigns } from '../domain/awareness/campaigns.js';
import { type AwarenessLibrary, loadAwarenessLibrary } from '../domain/awareness/library.js';
import { defaultScamChecker } from '../domain/fraud/index.js';
import { loadServiceCatalog, type ServiceCatalog } from '../domain/services/catalog.js';
import { serviceAnswers } from '../metrics/index.js';
import { fixableMessage, StartupError } from './startup-error.js';

export const LOCALES_DIR = fileURLToPath(new URL('../../locales', import.meta.url));

export interface Content {
  campaigns: Campaign[];
  services: ServiceCatalog;
  library: AwarenessLibrary;
}

function load<T>(what: string, fix: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (fixableMessage(error)) throw error;
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'file not found' : (error as Error).message.split('\n')[0];
    throw new StartupError(`Cannot load ${what}: ${why}. ${fix}`);
  }
}

export function loadContent(config: Config): Content {
  const campaigns = load(
    `the campaigns file ${config.CAMPAIGNS_FILE}`,
    'Check CAMPAIGNS_FILE.',
    () => loadCampaigns(config.CAMPAIGNS_FILE),
  );
  // The files are checked now; the matcher's index is built by the first question.
  const services = load('the knowledge base (locales/*/services)', 'Fix the file named.', () =>
    loadServiceCatalog(LOCALES_DIR, { deferIndex: true }),
  );
  const library = load('the awareness library (locales/*/awareness)', 'Fix the file named.', () =>
    loadAwarenessLibrary(LOCALES_DIR),
  );
  load('the fraud rules (data/fraud)', 'Fix the file named.', () => defaultScamChecker());
  // Count answers by confidence band for /metrics, without touching the bot's features.
  const match = services.matcher.match.bind(services.matcher);
  services.matcher = {
    ...services.matcher,
    match: (...args: Parameters<typeof match>) => {
      const result = match(...args);
      serviceAnswers.inc({ band: result.band });
      return result;
    },
  };
  return { campaigns, services, library };
}

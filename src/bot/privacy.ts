/** What is stored and why (/privacy), including reports and how long personal data is kept. */
import type { BotContext } from './context.js';

export function privacyText(ctx: BotContext): string {
  return `${ctx.t('privacy')}\n\n${ctx.t('privacy-reports', { days: ctx.app.config.REPORT_RETENTION_DAYS })}`;
}

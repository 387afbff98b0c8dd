/**
 * "My village officer": the names and numbers a villager needs, and the emergency lines. Shown
 * by /officer and by 我的; without a village yet it asks for one first.
 */
import { localize } from '../../domain/locale.js';
import { getVillageContext } from '../../store/places.repository.js';
import type { BotContext } from '../context.js';
import { askTownship } from './place-picker.js';

/** The "my village officer" card, or a prompt to choose a village first. */
export async function sendOfficerCard(ctx: BotContext): Promise<void> {
  const code = ctx.person?.villageCode;
  const place = code ? await getVillageContext(ctx.app.db, code) : null;
  if (!place) {
    await ctx.reply(ctx.t('officer-card-no-village'));
    await askTownship(ctx, false);
    return;
  }
  const l = (text: Parameters<typeof localize>[0]) => localize(text, ctx.locale);
  await ctx.reply(
    ctx.t('officer-card', {
      village: l(place.village.name),
      township: l(place.township.name),
      officer: l(place.village.officer.name),
      officerPhone: place.village.officer.phone,
      station: l(place.station.name),
      stationAddress: l(place.station.address),
      stationPhone: place.station.phone,
      stationHours: l(place.station.hours),
    }),
  );
}

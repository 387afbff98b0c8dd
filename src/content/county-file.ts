/**
 * Reads the county file (villages, townships, stations and their officers) that a county admin
 * edits. Everything in it is checked, and an error names the entry to fix, because the file is
 * hand-edited and a typo must not reach villagers as a wrong phone number or a broken button.
 *
 * The file names Telegram groups and officers by their ids (`chat_id`, `command_chat_id`,
 * `telegram_id`), because that is what the county's IT person configures; the places read from it
 * hold them as channel addresses (`Address`), which only the Telegram channel looks into.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { type Address, telegramAddress } from '../domain/people/addresses.js';
import type { CountyData } from '../domain/people/places.js';

const code = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, 'codes use only A-Z, a-z, 0-9, _ and - (≤ 32)');
const text = z.string().trim().min(1).max(200);
const localized = z.object({ 'zh-CN': text, en: text.optional(), mn: text.optional() }).strict();
const phone = z
  .string()
  .regex(/^[0-9+\-() ]{3,24}$/, 'phone numbers use digits, spaces, +, - and ()');
const chatId = z.number().int().nullable().default(null);

const office = z.object({ name: localized, address: localized, phone, hours: localized });

const fileSchema = z
  .object({
    county: z.object({
      name: localized,
      service_hall: office,
      dmv: office,
      command_chat_id: chatId,
    }),
    stations: z.array(office.extend({ code, chat_id: chatId })).min(1),
    townships: z
      .array(z.object({ code, station: code, name: localized, command_chat_id: chatId }))
      .min(1),
    villages: z
      .array(
        z.object({
          code,
          township: code,
          name: localized,
          officer: z.object({
            name: localized,
            phone,
            telegram_id: z.number().int().positive().nullable().default(null),
          }),
          location: z
            .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
            .nullable()
            .default(null),
        }),
      )
      .min(1),
  })
  .superRefine((file, ctx) => {
    const unique = (list: { code: string }[], what: string) => {
      const seen = new Set<string>();
      for (const item of list) {
        if (seen.has(item.code))
          ctx.addIssue({ code: 'custom', message: `duplicate ${what} code "${item.code}"` });
        seen.add(item.code);
      }
      return seen;
    };
    const stations = unique(file.stations, 'station');
    const townships = unique(file.townships, 'township');
    unique(file.villages, 'village');
    for (const t of file.townships) {
      if (!stations.has(t.station))
        ctx.addIssue({
          code: 'custom',
          message: `township "${t.code}" names unknown station "${t.station}"`,
        });
    }
    for (const v of file.villages) {
      if (!townships.has(v.township))
        ctx.addIssue({
          code: 'custom',
          message: `village "${v.code}" names unknown township "${v.township}"`,
        });
    }
  });

export class CountyFileError extends Error {
  override name = 'CountyFileError';
}

export function parseCountyFile(source: string): CountyData {
  let raw: unknown;
  try {
    raw = parse(source);
  } catch (error) {
    throw new CountyFileError(
      `County file is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const result = fileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new CountyFileError(`County file${where}: ${issue?.message ?? 'invalid'}`);
  }
  const f = result.data;
  const onTelegram = (id: number | null): Address | null =>
    id === null ? null : telegramAddress(id);
  const toOffice = (o: z.infer<typeof office>) => ({
    name: o.name,
    address: o.address,
    phone: o.phone,
    hours: o.hours,
  });
  return {
    county: {
      name: f.county.name,
      serviceHall: toOffice(f.county.service_hall),
      dmv: toOffice(f.county.dmv),
      commandInbox: onTelegram(f.county.command_chat_id),
    },
    stations: f.stations.map((s) => ({
      ...toOffice(s),
      code: s.code,
      inbox: onTelegram(s.chat_id),
    })),
    townships: f.townships.map((t) => ({
      code: t.code,
      stationCode: t.station,
      name: t.name,
      commandInbox: onTelegram(t.command_chat_id),
    })),
    villages: f.villages.map((v) => ({
      code: v.code,
      townshipCode: v.township,
      name: v.name,
      officer: {
        name: v.officer.name,
        phone: v.officer.phone,
        address: onTelegram(v.officer.telegram_id),
      },
      location: v.location ? { latitude: v.location.lat, longitude: v.location.lon } : null,
    })),
  };
}

/** Someone the web chat lets you act as. */
export interface Persona {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  /** What their Telegram app reports, which drives the bot's language choice. */
  language_code?: string;
  role: 'villager' | 'officer' | 'admin';
  /** Role shown in the switcher, in Chinese, with an English subtitle. */
  roleLabel: string;
  roleLabelEn: string;
}

/** A group chat in the web chat; the bot is always in it. */
export interface SandboxGroup {
  id: number;
  title: string;
  titleEn: string;
  memberIds: number[];
  adminIds?: number[];
}

/**
 * The default cast: two villagers (one writing Chinese, one Mongolian), an officer and the
 * station chief as admin, plus the station's group and the county (banner) command group.
 * Ids match the sandbox seed data in `src/app/sandbox.ts`, which renames the officer after the
 * village officer in the county data (`withOfficerName`).
 */
export const DEFAULT_PERSONAS: Persona[] = [
  {
    id: 100001,
    first_name: '王大妈',
    language_code: 'zh-CN',
    role: 'villager',
    roleLabel: '村民',
    roleLabelEn: 'Villager',
  },
  {
    id: 100002,
    first_name: 'Bataar',
    last_name: 'ᠪᠠᠭᠠᠲᠤᠷ',
    language_code: 'mn',
    role: 'villager',
    roleLabel: '村民',
    roleLabelEn: 'Villager',
  },
  {
    id: 200001,
    first_name: '李警官',
    language_code: 'zh-CN',
    role: 'officer',
    roleLabel: '民警',
    roleLabelEn: 'Officer',
  },
  {
    id: 900001,
    first_name: '赵所长',
    language_code: 'zh-CN',
    role: 'admin',
    roleLabel: '管理员',
    roleLabelEn: 'Admin',
  },
];

export const DEFAULT_GROUPS: SandboxGroup[] = [
  {
    id: -100100,
    title: '派出所群',
    titleEn: 'Station group',
    memberIds: [200001, 900001],
    adminIds: [900001],
  },
  {
    id: -100200,
    title: '旗指挥中心',
    titleEn: 'County command group',
    memberIds: [200001, 900001],
    adminIds: [900001],
  },
];

/**
 * The cast with the officer persona named as the county data names the village officer, so the
 * officer card a villager sees and the persona who answers their question agree.
 *
 * @example
 * withOfficerName(DEFAULT_PERSONAS, { 'zh-CN': '张建军', en: 'Zhang Jianjun' });
 * // the officer persona is "张建军", subtitle "Zhang Jianjun"
 */
export function withOfficerName(
  personas: Persona[],
  name: { 'zh-CN': string; en?: string; mn?: string },
): Persona[] {
  return personas.map((p) =>
    p.role === 'officer'
      ? {
          ...p,
          first_name: name['zh-CN'],
          ...(name.en && name.en !== name['zh-CN'] ? { last_name: name.en } : {}),
        }
      : p,
  );
}

/**
 * The local sandbox: with no BOT_TOKEN, the bot talks to the built-in Bot API emulator on
 * loopback, and a web chat lets one person play two villagers, an officer and an admin.
 * The example officer and the station and county groups are set up so every flow can be tried.
 * Loaded only by a dynamic import in sandbox mode, so production never loads the emulator; the
 * database is the sandbox's own (SANDBOX_DATABASE_URL), checked by `sandbox-guard.ts` first.
 */
import { type WechatSettings, wechatSettingsOf } from '../channels/wechat/settings.js';
import type { Config } from '../config.js';
import { localize } from '../domain/locale.js';
import type { Logger } from '../logger.js';
import { createBotApiEmulator } from '../sandbox/emulator.js';
import { DEFAULT_PERSONAS, withOfficerName } from '../sandbox/personas.js';
import { createWebChat } from '../sandbox/webchat.js';
import type { SandboxWechat } from '../sandbox/wechat/wechat-persona.js';
import type { Db } from '../store/database.js';
import { listStations, listVillages } from '../store/places.repository.js';
import { getUser, grantOfficer } from '../store/users.repository.js';
import { alignSandboxOfficer } from './sandbox-officer.js';
import { SANDBOX_PEOPLE, SANDBOX_TOKEN } from './sandbox-people.js';

/** Where the web chat keeps its chats, so a restart shows the same conversations. */
export const SANDBOX_CHATS_FILE = 'data/sandbox-chats.json';

export { SANDBOX_PEOPLE, SANDBOX_TOKEN } from './sandbox-people.js';

export interface Sandbox {
  apiRoot: string;
  webChatUrl: string;
  adminIds: number[];
  /** With SANDBOX_WECHAT (and no real WeChat settings): the emulated account. */
  wechat: {
    settings: WechatSettings;
    /** Points the emulator's pushes and the persona's menu at the villagers' web chat. */
    connect(webChatUrl: string): void;
  } | null;
  stop(): Promise<void>;
}

/** The emulated account of the sandbox (SANDBOX_WECHAT); never a real one. */
export const SANDBOX_WECHAT_ACCOUNT = {
  appId: 'wx00000000000000aa',
  secret: '00000000000000000000000000000000',
  token: 'cunjingSandbox',
  aesKey: 'cunjingSandboxEncodingAesKey'.padEnd(43, '0'),
};

async function startSandboxWechat(db: Db): Promise<SandboxWechat & { webChat: string | null }> {
  // Loaded only with SANDBOX_WECHAT, like the channel itself.
  const { startWechatEmulator } = await import('../sandbox/wechat/wechat-emulator.js');
  const { customMenu } = await import('../channels/wechat/custom-menu.js');
  const { DEFAULT_SEND_LIMIT } = await import('../sandbox/wechat/wechat-state.js');
  // Real time here: WeChat's account-wide limit at the adapter's pace (45009 past it).
  const emulator = await startWechatEmulator({
    ...SANDBOX_WECHAT_ACCOUNT,
    sendLimit: DEFAULT_SEND_LIMIT,
  });
  const villages = (await listVillages(db)).map((v) => ({
    code: v.code,
    name: localize(v.name, 'zh-CN'),
  }));
  const persona = {
    emulator,
    openid: 'o_sandbox_wang',
    name: '王大妈',
    villages,
    webChat: null as string | null,
    menu: () => customMenu(persona.webChat ?? undefined),
  };
  emulator.setBrowserOpenid(persona.openid);
  return persona;
}

export async function startSandbox(db: Db, config: Config, logger: Logger): Promise<Sandbox> {
  const emulator = createBotApiEmulator({ token: SANDBOX_TOKEN, port: 0 });
  await emulator.start();

  // The first station gets the sandbox station group, the county the command group.
  const [station] = await listStations(db);
  let officerName: Awaited<ReturnType<typeof alignSandboxOfficer>>;
  if (station) {
    await db
      .updateTable('stations')
      .set({ chat_id: SANDBOX_PEOPLE.stationGroup })
      .where('code', '=', station.code)
      .execute();
    await db.updateTable('county').set({ command_chat_id: SANDBOX_PEOPLE.countyGroup }).execute();
    // The sandbox officer answers for every village of that station, so 问驻村民警 can be tried,
    // under the village officer's name from the county file.
    officerName = await alignSandboxOfficer(db, station.code, SANDBOX_PEOPLE.officer);
    const officer = await getUser(db, SANDBOX_PEOPLE.officer);
    if (officer?.role !== 'officer') {
      await grantOfficer(
        db,
        SANDBOX_PEOPLE.officer,
        { kind: 'station', code: station.code },
        officerName?.['zh-CN'] ?? '李警官',
      );
    }
  }
  const wechat =
    config.SANDBOX_WECHAT && !wechatSettingsOf(config) ? await startSandboxWechat(db) : null;
  const webChat = createWebChat({
    emulator,
    ...(wechat ? { wechat } : {}),
    port: config.SANDBOX_PORT,
    personas: officerName ? withOfficerName(DEFAULT_PERSONAS, officerName) : DEFAULT_PERSONAS,
    historyFile: SANDBOX_CHATS_FILE,
    onProblem: (message) => logger.warn(message),
  });
  await webChat.start();
  logger.info(`sandbox: open ${webChat.url} in a browser to chat with the bot`);
  return {
    apiRoot: emulator.apiRoot,
    webChatUrl: webChat.url,
    adminIds: [SANDBOX_PEOPLE.admin],
    wechat: wechat
      ? {
          settings: {
            ...SANDBOX_WECHAT_ACCOUNT,
            apiRoot: wechat.emulator.apiRoot,
            oauthRoot: wechat.emulator.apiRoot,
          },
          connect(url) {
            wechat.webChat = url;
            wechat.emulator.setServerUrl(`${url}/wechat`);
          },
        }
      : null,
    async stop() {
      await webChat.stop();
      await wechat?.emulator.close();
      await emulator.stop();
    },
  };
}

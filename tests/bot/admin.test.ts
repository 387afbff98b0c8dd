import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandsFor, registerResidentCommands } from '../../src/bot/commands.js';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { listAudit } from '../../src/store/audit.repository.js';
import { personOf } from '../../src/store/people.repository.js';
import { getUser } from '../../src/store/users.repository.js';
import { ADMIN_ID, createTestApp, type TestApp } from '../helpers/bot-driver.js';

describe('admin grants and revokes officers', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.stop());

  it('grants an officer after confirmation, gives them officer commands, and audits it', async () => {
    const admin = app.person({ id: ADMIN_ID, first_name: '赵所长' });
    await admin.send('/grant 200001 station:ST-WULAN');
    expect(admin.lastText()).toContain('确认把用户 200001 授权为民警');
    expect(await getUser(app.store.db, 200001)).toBeNull();

    await admin.tap('grant:200001:station:ST-WULAN');
    expect(admin.lastText()).toContain('已授权');
    expect(await getUser(app.store.db, 200001)).toMatchObject({
      role: 'officer',
      scope: { kind: 'station', code: 'ST-WULAN' },
    });

    const commands = app.telegram.calls.find(
      (c) => c.method === 'setMyCommands' && c.payload.scope?.chat_id === 200001,
    );
    const names = commands?.payload.commands.map((c: { command: string }) => c.command);
    expect(names).toContain('reports');
    expect(names).toContain('broadcast');
    expect(names).not.toContain('grant');

    const [entry] = await listAudit(app.store.db, { action: 'officer.grant' });
    expect(entry).toMatchObject({
      actorId: await personOf(app.store.db, telegramAddress(ADMIN_ID)),
      subject: 'user:200001',
      detail: { scope: 'station:ST-WULAN' },
    });

    await admin.send('/officers');
    expect(admin.lastText()).toContain('200001');
    await admin.tap('rvka:200001');
    await admin.tap('rvk:200001');
    expect(admin.lastText()).toContain('已撤销');
    expect((await getUser(app.store.db, 200001))?.role).toBe('resident');
    expect(
      app.telegram.calls.some(
        (c) => c.method === 'deleteMyCommands' && c.payload.scope?.chat_id === 200001,
      ),
    ).toBe(true);
    expect((await listAudit(app.store.db, { action: 'officer.revoke' }))[0]?.actorId).toBe(
      await personOf(app.store.db, telegramAddress(ADMIN_ID)),
    );
  });

  it('says what is wrong with an unknown scope or id', async () => {
    const admin = app.person({ id: ADMIN_ID });
    await admin.send('/grant 200001 station:NOPE');
    expect(admin.lastText()).toContain('没有代码为 NOPE 的派出所');
    await admin.send('/grant abc station:ST-WULAN');
    expect(admin.lastText()).toContain('不是有效的用户 ID');
    await admin.send('/grant');
    expect(admin.lastText()).toContain('用法');
    await admin.send('/revoke 123');
    expect(admin.lastText()).toContain('用户 123 不是民警');
    await admin.send('/revoke abc');
    expect(admin.lastText()).toContain('用法');
  });

  it('shows officers their commands in /help, and residents only theirs', async () => {
    const admin = app.person({ id: ADMIN_ID });
    await admin.send('/help');
    expect(admin.texts().join('\n')).toContain('/grant');
    const resident = app.person({ id: 3 });
    await resident.send('/help');
    expect(resident.texts().join('\n')).not.toContain('/broadcast');
  });
});

describe('command menus', () => {
  it('gives residents, officers and admins different menus', () => {
    expect(commandsFor('resident')).not.toContain('reports');
    expect(commandsFor('officer')).toContain('reports');
    expect(commandsFor('officer')).not.toContain('grant');
    expect(commandsFor('admin')).toContain('grant');
  });

  it('registers the resident menu in every language', async () => {
    const app = await createTestApp();
    try {
      const { createTranslate } = await import('../../src/i18n/translate.js');
      const { LOCALES_DIR } = await import('../helpers/bot-driver.js');
      const { Api } = await import('grammy');
      const { TEST_TOKEN, fetchForNock } = await import('../helpers/fake-telegram.js');
      const api = new Api(TEST_TOKEN, { fetch: fetchForNock });
      await registerResidentCommands(api, createTranslate(LOCALES_DIR));
      const calls = app.telegram.calls.filter((c) => c.method === 'setMyCommands');
      expect(calls.map((c) => c.payload.language_code ?? 'default')).toEqual([
        'default',
        'zh',
        'mn',
        'en',
      ]);
      expect(
        calls[1]?.payload.commands.find((c: { command: string }) => c.command === 'officer')
          ?.description,
      ).toBe('我的驻村民警');
      expect(
        calls[3]?.payload.commands.find((c: { command: string }) => c.command === 'officer')
          ?.description,
      ).toBe('My village officer');
      for (const call of calls)
        expect(call.payload.commands.map((c: { command: string }) => c.command)).not.toContain(
          'reports',
        );
    } finally {
      await app.stop();
    }
  });
});

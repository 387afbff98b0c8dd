/**
 * Fills a SQLite file with 50 varied reports from November 2026 (the example county, long and
 * multi-line descriptions, anonymous and named reporters, Mongolian "when", every status), for
 * `scripts/check-export-print.sh`.
 *
 *   node bin/run-ts.js scripts/seed-export-sample.ts <file.db>
 */
import { readFileSync } from 'node:fs';
import { parseCountyFile } from '../src/content/county-file.js';
import { telegramAddress } from '../src/domain/people/addresses.js';
import { openStore } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { ensurePerson } from '../src/store/people.repository.js';
import { importCountyData } from '../src/store/places.repository.js';
import { createReport } from '../src/store/reports.repository.js';
import { ensureUser } from '../src/store/users.repository.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: seed-export-sample.ts <file.db>');
  process.exit(2);
}
const store = openStore(`sqlite:${file}`);
await migrateToLatest(store.db);
const county = parseCountyFile(
  readFileSync(new URL('../data/county.example.yaml', import.meta.url), 'utf8'),
);
await importCountyData(store.db, county);
await ensureUser(store.db, 1, '王桂兰');
await ensureUser(store.db, 2, 'Bataar');
await ensureUser(store.db, 9, '李警官');

const TEXTS = [
  '邻居家的羊群连续几天进了我家草场，吃了刚补种的牧草，找他理论不认账，希望民警来调解。',
  '接到自称公安局的电话，说我的身份证涉嫌洗钱，要我把存款转到“安全账户”。\n我没有转账，对方号码是 +86 170 0000 1234，想反映一下。',
  '村东头的土地边界去年重新测量过，但隔壁又把界桩往我家这边挪了两米。',
  '包工头拖欠我们八个人去年秋收的工钱，一共三万多元，多次讨要都说没钱，现在电话也不接了，大家都很着急，过年前想拿到钱。',
  '=HYPERLINK("http://example.invalid","点我领补贴")',
  '晚上有人在河边用电网捕鱼。',
];
const CATEGORIES: [string, 'dispute' | 'clue', 'red' | 'yellow' | 'green'][] = [
  ['neighbour', 'dispute', 'green'],
  ['fraud', 'clue', 'yellow'],
  ['land', 'dispute', 'yellow'],
  ['wages', 'dispute', 'yellow'],
  ['fraud', 'clue', 'red'],
  ['ecology', 'clue', 'green'],
];
const VILLAGES = county.villages.slice(0, 5);
const STATUSES = ['new', 'accepted', 'in_progress', 'resolved', 'mediated', 'closed', 'rejected'];
for (let i = 0; i < 50; i++) {
  const [category, kind, colour] = CATEGORIES[i % CATEGORIES.length] ?? [
    'land',
    'dispute',
    'yellow',
  ];
  const village = VILLAGES[i % VILLAGES.length];
  if (!village) throw new Error('the example county has no villages');
  const township = county.townships.find((t) => t.code === village.townshipCode);
  const { report } = await createReport(
    store.db,
    {
      submissionKey: `sample-${i}`,
      kind,
      category,
      colour,
      description: TEXTS[i % TEXTS.length] ?? '',
      voiceFileId: null,
      evidence: [],
      villageCode: village.code,
      townshipCode: village.townshipCode,
      stationCode: township?.stationCode ?? '',
      latitude: i % 3 === 0 ? 43.9 : null,
      longitude: i % 3 === 0 ? 116.1 : null,
      placeText: i % 4 === 1 ? '村委会东边第三户' : null,
      outsideCounty: false,
      occurredText: i % 5 === 0 ? 'ᠥᠴᠦᠭᠡᠳᠦᠷ' : i % 5 === 1 ? '昨天晚上八点左右' : null,
      anonymous: i % 3 === 2,
      reporterPersonId: await ensurePerson(store.db, telegramAddress((i % 2) + 1)),
      reporterLanguage: i % 5 === 0 ? 'mn' : 'zh-CN',
    },
    'Asia/Shanghai',
    new Date(Date.UTC(2026, 10, 1 + (i % 28), (i * 7) % 24, (i * 13) % 60)),
  );
  const status = STATUSES[i % STATUSES.length] ?? 'new';
  await store.db
    .updateTable('reports')
    .set({
      status,
      assigned_officer_id: status === 'new' ? null : 9,
      reject_reason: status === 'rejected' ? '不属于公安机关管辖，已告知向乡镇司法所反映' : null,
      satisfaction: status === 'resolved' ? 'yes' : status === 'mediated' ? 'no' : null,
    })
    .where('id', '=', report.id)
    .execute();
}
await store.close();
console.log(`50 reports in ${file}`);

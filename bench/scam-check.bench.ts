/**
 * Scam-check latency on realistic 1,000-character messages: `npm run bench -- scam-check`.
 *
 * The messages are generated here (a seeded mix of scam phrasing, ordinary chat, notices, links,
 * phone numbers, spaced-out and traditional writing, emoji), never read from the evaluation set.
 * The target is a p99 under 5 ms per check, so the bot can check every forwarded message inline.
 * Options: `--messages=N` (default 2000), `--seed=N`.
 */
import { checkMessage } from '../src/domain/fraud/index.js';

const TARGET_P99_MS = 5;
const LENGTH = 1_000;

const FRAGMENTS = [
  '您好，我是县公安局的民警，您名下的银行卡涉嫌一起洗钱案件，',
  '请您配合调查，把资金转入安全账户，此事不要告诉家人。',
  '这里是社保中心，您的养老金资格认证即将过期，请点击链接完成认证。',
  '您的种粮补贴尚未领取，请提供银行卡号和短信验证码。',
  '我是你表哥，换了新号，现在不方便接电话，急需两万周转一下。',
  '您好，我是快递客服，您的包裹丢失了，我们给您双倍赔偿。',
  '请下载会议软件，开启屏幕共享，我一步一步教您操作退款。',
  '无抵押低息贷款，当天放款，需要先交一千元保证金。',
  '跟着老师做，内部消息稳赚不赔，收益翻倍，先入金一万。',
  '合作社入股一万元，每月分红三百，保本保息，介绍亲戚还有提成。',
  '你家里最近有血光之灾，大师可以作法化解，要准备功德钱。',
  '专家健康讲座，到场免费领鸡蛋，特效药包治百病。',
  '明天上午村里开会，讨论修路和浇地的事，每户来一个人。',
  '妈，我下周末回家，给您带点药，天冷了多穿点衣服。',
  '今年的羊价格还行，过几天拉到旗里去卖。',
  '【某某银行】您尾号1234的账户收入人民币1860.00元，余额8721.50元。',
  '【中通快递】您的包裹已到村口驿站，取件码6-2-1043。',
  '县公安局提醒：公安机关没有安全账户，遇到可疑电话请拨打96110。',
  '王老师：各位家长好，本周五下午开家长会，请准时参加。',
  '详情请访问 http://t.cn/A6x9Zk 或 www.lingqu-butie.xyz ，',
  '客服电话 +95 588 ，备用号码 170 1234 5678 ，',
  '联系电话 138-0013-8000 ，',
  '请把钱转到安 全 帳 戶，驗-證-碼发给我。',
  'ＡＰＰ下载后注册登录。',
  '😀👍 ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ OK ',
];

/** Small seeded PRNG (mulberry32), so every run measures the same messages. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(count: number, seed: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    while (text.length < LENGTH) text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
    out.push(text.slice(0, LENGTH));
  }
  return out;
}

function option(args: string[], name: string, fallback: number): number {
  const value = Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const messages = generate(option(args, 'messages', 2000), option(args, 'seed', 20_261_123));
  for (const text of messages.slice(0, 50)) checkMessage(text); // load rules, warm the JIT
  const times = messages.map((text) => {
    const start = performance.now();
    checkMessage(text);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const p99 = at(0.99);
  return {
    messages: messages.length,
    message_chars: LENGTH,
    p50_ms: round(at(0.5)),
    p99_ms: round(p99),
    max_ms: round(times[times.length - 1] ?? 0),
    target_p99_ms: TARGET_P99_MS,
    p99_ratio_to_target: Math.round((p99 / TARGET_P99_MS) * 1000) / 1000,
  };
}

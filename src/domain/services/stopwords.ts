/**
 * Words that say nothing about *which* service is meant.
 *
 * Most generic words need no list: BM25's IDF gives a word that every topic contains (怎么, 办)
 * almost no weight. This list is for words IDF cannot judge because the knowledge base rarely
 * contains them but questions often do: particles, pronouns, and the petition phrasing of
 * letters to officials (咨询, 反映, 关于…的问题). Left in, they would count as "words we could not
 * match" and wrongly lower confidence.
 */
export const CHINESE_STOPWORDS: ReadonlySet<string> = new Set(
  (
    '的 地 得 了 吗 嘛 么 呢 啊 吧 呀 哦 哈 啦 嗯 哎 喂 诶 哟 呗 哇 滴 ' +
    '我 我们 我想 我家 我的 你 你们 您 他 她 它 他们 她们 自己 本人 俺们 咱 咱们 ' +
    '这 那 这个 那个 这些 那些 这样 那样 这种 那种 一个 个 ' +
    '请问 请 问 问下 问一下 问问 咨询 一下 下 关于 有关 相关 事宜 事情 问题 情况 事 ' +
    '反映 请求 希望 建议 恳请 急 谢谢 你好 您好 麻烦 老师 警官 同志 ' +
    '是 有 在 和 与 及 或 或者 等 还 也 就 都 又 很 太 才 再 已经 还是 但是 因为 所以 如果 ' +
    '能 会 想 要 该 应该 应当 可能 是否 是不是 能否 能不能 可以 可不可以 可否 中不中 行不行 ' +
    '去哪里 在哪里 到哪里 去哪儿 在哪儿 到哪儿 ' +
    '如何 怎样 怎么样 怎么 为何 为什么 什么 多少 多久 哪里 哪儿 哪个 哪些 有没有 需要 必须 一定 ' +
    '到底 究竟 一般 具体 现在 目前 真的 这么 那么 其他 别人 一直 还有 为了 不 没 吧 呗 ' +
    // Words about *any* public service: they say a question is about paperwork, not which. The
    // knowledge base is written colloquially, so formal ones (办理, 申请) would otherwise look rare.
    '政策 手续 流程 程序 步骤 规定 办法 方法 地址 地点 时间 事项 业务 部门 单位 有关部门 请教 ' +
    '办理 申请 申办 提供 提交 进行 满足 达到 负责 相应 要求 需 费用 收费 普通 一般性 ' +
    // voice-typed fillers: how people talk while thinking, not what they ask
    '就是 好像 反正 我跟你说 跟你说 然后 那啥 东西 还是咋的 怎么的 的时候 一下子 结果 完了 ' +
    // complaint and petition wording: how a letter to officials argues, not what it is about
    '一事 解决 帮助 求助 呼吁 质疑 合理性 不合理 合理 投诉 纠正 懒政 不作为 便民 不便民 ' +
    '望 尽快 及时 严重 造成 导致 上班时间 办公时间 答复 回复 给予 予以 ' +
    // formal connectives and time words
    '后 之后 以后 之前 以前 之内 以内 期间 时候 将 把 由 应 其 此 并 且 及其 以及 对于 按照 ' +
    '根据 如果 的话 能够 他人 遭遇 哪些 怎么回事 怎么办 怎么弄'
  ).split(' '),
);

/**
 * Characters that are never part of a service word, so they may be cut out of a run of Chinese
 * before segmenting. The segmenter otherwise glues some to their neighbours (我被|骗).
 */
const CUTTABLE_CHARS = '吗呢啊吧呀哦嘛哈啦嗯哎喂诶哟呗哇我你您咱';

/**
 * Splits a run of Chinese at stopwords of two or more characters and at {@link CUTTABLE_CHARS},
 * longest first, so 怎么样 goes as a whole instead of leaving a stray 样 behind.
 */
export const STOP_SPLITTER = new RegExp(
  [
    ...[...CHINESE_STOPWORDS].filter((w) => w.length > 1).sort((a, b) => b.length - a.length),
    `[${CUTTABLE_CHARS}]`,
  ].join('|'),
  'g',
);

/** English function words; "ID", "card" and the like are kept. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the i me my we our you your he she it its they them their this that these those ' +
    'is am are was were be been being do does did have has had can could will would shall should ' +
    'may might must to of in on at for from by with about as into and or but if so not no ' +
    'how what where when which who whom why please hello hi thanks thank get got need want ' +
    'there here today tomorrow yesterday now just also very much many any some do done ' +
    'him his her hers she he mine yours ours theirs us myself someone somebody anyone one'
  ).split(' '),
);

/**
 * Single characters that only ever appear as part of a place name or an address in a question
 * (赤峰市, 巴林右旗, 大板镇): on their own they match nothing useful.
 */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  '市',
  '县',
  '区',
  '旗',
  '盟',
  '镇',
  '乡',
  '省',
]);

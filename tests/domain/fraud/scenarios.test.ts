/**
 * A villager forwards a message and asks "is this a scam?": one made-up example per fraud type
 * (rural ones included), and ordinary messages that must not be called risky.
 *
 * All texts here are written for these tests. None comes from the evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../src/domain/fraud/index.js';

const scams: Array<[type: string, text: string]> = [
  [
    'subsidy-benefit',
    '【县农业农村局】您的种粮补贴1860元尚未领取，请于3日内点击 http://nync-gov.top/bt 登记银行卡并输入短信验证码领取，逾期作废。',
  ],
  [
    'subsidy-benefit',
    '大爷您好，我是社保局的，您的养老金资格认证没做，下个月要停发了。您把手机收到的验证码念给我，我在系统里帮您认证。',
  ],
  [
    'subsidy-benefit',
    '高龄补贴发放通知：您家老人符合条件可领取3600元补贴，需先交手续费300元，请转到下面账户。',
  ],
  [
    'subsidy-benefit',
    '医保卡异常通知：您的医保卡因信息不全已被冻结，需缴纳200元激活费后方可继续使用，请联系专员办理。',
  ],
  [
    'superstition',
    '大姐，我看你印堂发黑，家里最近要有血光之灾，我师父是得道高人，能帮你化解，要准备6600元功德钱。',
  ],
  [
    'superstition',
    '你儿子命里有一劫，把家里的存款和金首饰用红布包好，拿来让大师作法开光，三天后才能打开。',
  ],
  [
    'elderly-health',
    '老人家，这款量子理疗仪包治百病，今天会员价只要9800，名额有限，先交2000定金就给您留一台。',
  ],
  [
    'elderly-health',
    '免费旅游一日游，下午听养生专家讲课，每人送一桶油，高血压吃我们的产品就能根治，报名先交200元押金。',
  ],
  [
    'illegal-fundraising',
    '我们合作社搞养殖项目，入股1万每月分红300，保本保息，年底还本，介绍亲戚加入还有推荐奖励。',
  ],
  [
    'illegal-fundraising',
    '公司做生态养殖，投5万一年返2万，到期还本，你再拉两个亲戚进来每人给你提成5%。',
  ],
  [
    'impersonate-authority',
    '这里是市公安局刑侦支队，你名下的银行卡涉嫌一起洗钱案，现对你进行线上审讯，此事严格保密，不要告诉家人，把资金转入安全账户接受审查。',
  ],
  [
    'impersonate-authority',
    '喂，我是交警大队的，你的车涉及一起肇事逃逸，需要交8000元保证金，不然明天就吊销你的驾驶证。',
  ],
  [
    'loan',
    '【某某金融】无抵押低息贷款，最高20万，当天放款。您的贷款已审批，因银行卡号填写错误资金被冻结，需缴纳解冻金3000元后放款。',
  ],
  ['loan', '您申请的5万元贷款已通过，但您的流水不足，需要先往指定账户转入2万元刷流水，才能放款。'],
  [
    'fake-customer-service',
    '您好，我是淘宝客服，您购买的羽绒服检测出甲醛超标，我们给您三倍赔偿，请下载会议APP开启屏幕共享，我教您操作退款。',
  ],
  [
    'fake-customer-service',
    '您好我是抖音客服，您之前误开通了百万保障会员，每月自动扣费800，请按指引在借呗借出备用金转到指定账户完成验证。',
  ],
  [
    'impersonate-acquaintance',
    '爷爷，是我，你孙子，我跟人打架把人打伤了，要赔对方2万才能出来，千万别告诉我爸妈，钱转到这个卡上：6222021234567890',
  ],
  [
    'impersonate-acquaintance',
    '老王，我是你表哥，换号了，这是我新微信。我在外地开会不方便接电话，急需5万周转，你先帮我转到这个账户，明天还你。',
  ],
  [
    'credit-record',
    '您好，您在大学期间开通过校园贷账户，现在需要注销，否则影响征信，请下载会议软件按我们指导操作。',
  ],
  [
    'rebate-tasks',
    '招聘兼职，在家动动手指点赞就能赚钱，一单5元日结，做连单任务需先垫付，完成后本金加佣金一起返还。',
  ],
  [
    'investment',
    '跟着老师操作，内部消息，这只股票必涨，投入10万一个月翻倍，平台稳赚不赔，先入金5万。',
  ],
  [
    'romance',
    '亲爱的，我在国外维和部队，下个月就回国娶你。我有一个包裹寄给你，需要你先交清关费18000。',
  ],
  [
    'game-trade',
    '小朋友，免费领王者荣耀皮肤，因为你是未成年要用家长微信扫码认证才能领取，领完给你退款。',
  ],
  [
    'fake-military-purchase',
    '您好，我是驻地部队的司务长，我们要订购300斤牛肉，还需要你先帮我们从指定供应商那里采购一批罐头，货款先垫付。',
  ],
  ['fake-shopping', '海关罚没手机清仓，原价5999现价599，付款后发货，先付定金200。'],
  ['other', '恭喜您被抽中二等奖，奖品苹果手机一部，需先交个人所得税800元才能领取。'],
  [
    'subsidy-benefit',
    '叔，医保局的，你们村新农合今年要重新登记，不然明年看病不给报，你把身份证号和卡号发我，我帮你弄。',
  ],
  ['subsidy-benefit', '农机购置补贴申请通道今日关闭，没领到的农户抓紧扫描下方二维码填写信息领取。'],
  ['superstition', '施主，你家老人身上有阴气缠身，需要做一场法事超度，随缘捐3000元香火钱。'],
  [
    'elderly-health',
    '大爷，我们这个磁疗床垫能治高血压糖尿病，睡三个月就能停药，今天活动价12800，先交一千订金。',
  ],
  [
    'illegal-fundraising',
    '养老服务中心推出养老床位预售，一次性交10万，每年返息8%，五年后全额退还本金，比存银行强多了。',
  ],
  [
    'illegal-fundraising',
    '合作社社员股金，存一万元年息百分之十五，比银行高多了，保本保息，随时可取。',
  ],
  [
    'impersonate-authority',
    '你好，这里是国家安全局，你的手机号被用于非法活动，我们需要视频做笔录，你找个没人的房间，别跟家里人说。',
  ],
  [
    'impersonate-acquaintance',
    '在吗？我是你初中同学小刚啊，还记得我吗？我在外地出差钱包被偷了，能不能先借我2000，回去就还你。',
  ],
  [
    'impersonate-acquaintance',
    '小张，我是李局长，我现在在开会不方便接电话，有个领导要给他转2万，你先帮我垫上，回头我给你。',
  ],
  [
    'credit-record',
    '您好，您的征信有逾期记录，我们可以帮您修复征信，消除不良记录，只需支付2000元服务费。',
  ],
  [
    'investment',
    '宝贝，我在这个平台上发现一个漏洞，投进去稳赚，我已经赚了不少，你也充一点，我带你一起赚。',
  ],
  ['game-trade', '你的游戏账号涉嫌违规被冻结，需要缴纳500元解冻保证金才能解封，联系客服QQ处理。'],
  ['other', '您的ETC已失效，为避免影响高速通行，请点击 etc-renzheng.top 进行认证。'],
];

const benign: string[] = [
  '【中国农业银行】您尾号1234账户12月05日收入人民币1860.00元，摘要：种粮补贴。',
  '【邮储银行】您尾号6688的账户于03月02日入账养老金2130.00元，余额8721.50元。',
  '【某某银行】验证码 482913，您正在进行转账操作，请勿泄露给他人。工作人员不会向您索要验证码。',
  '【某某银行】您的动态验证码为 736251，5分钟内有效。银行工作人员不会向您索取此验证码，切勿告知他人。',
  '【中通快递】您的包裹已到村口驿站，取件码 6-2-1043，请凭码取件。',
  '快递员：您好，您的快递放在村口超市了，记得去拿。',
  '县公安局提醒：公安机关没有安全账户，不会电话办案，凡是要求转账到安全账户的都是诈骗！接到可疑电话请拨打96110。',
  '反诈提醒：不要向任何人透露验证码，不要点击陌生链接，不要下载陌生App，如有疑问拨打96110。',
  '警惕冒充客服诈骗：凡是自称客服说要退款、让你共享屏幕、在借呗借钱的都是骗子。',
  '乡派出所温馨提示：近期冒充医保局诈骗多发，医保局不会电话要求您提供验证码或转账，遇到请立即挂断并拨打96110。',
  '村委会通知：本周五上午9点在村委会办理养老金资格认证，请带身份证和社保卡，本人到场，不收任何费用。',
  '乡卫生院通知：65岁以上老人免费体检，时间为本月10日至20日，请携带身份证。',
  '今年的惠农补贴已经打到一卡通里了，你去信用社查一下。',
  '妈，我下周末回家，给您带点药，钱我已经转给爸了。',
  '哥，借我500块钱交电费，下个月发工资还你。',
  '哥，上次借你的3000块我今天转你微信了，你查收一下。',
  '明天上午村里开会，讨论修路的事，每户来一个人。',
  '王老师：各位家长好，本周五下午开家长会，请准时参加。',
  '老李，今年的羊卖了吗？价格怎么样？',
  '防范养老诈骗宣传：凡是声称包治百病、免费体检后推销高价保健品的，都是骗局。',
  '打击非法集资：承诺保本保息、高额回报、拉人头发展下线的都是非法集资，请村民远离。',
  '揭秘迷信诈骗套路：骗子谎称家人有血光之灾，要做法事消灾骗钱，大家千万别信。',
  '近期冒充社保局工作人员以养老金认证为名骗取验证码的案件多发，请广大群众提高警惕。',
  '【旗医保局】城乡居民医保集中缴费期为9月1日至12月31日，可通过蒙速办、村卫生室缴费，请勿相信陌生人代缴。',
  '你好，我是新来的村医小赵，明天给大家上门量血压，不收钱。',
  '二叔，拖拉机修好了，你啥时候来拿？修理费300块，微信转我就行。',
  '本周六早上8点在村委会门口发放种子，每户两袋，带上户口本。',
  '家长们注意：学校从未委托任何人收取资料费，不要相信陌生人发的收费链接。',
];

describe('a forwarded scam is rated risky, with its type', () => {
  it.each(scams)('%s: %s', (type, text) => {
    const result = checkMessage(text);
    expect(result.risk).not.toBe('none');
    expect(result.type).toBe(type);
    expect(result.signals.length).toBeGreaterThan(0);
  });

  it('rates the classic fake-police script with a safe account as high', () => {
    const text = scams.find(([, t]) => t.includes('安全账户'))?.[1] ?? '';
    const result = checkMessage(text);
    expect(result.risk).toBe('high');
    expect(result.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(['claim-police', 'safe-account', 'secrecy']),
    );
  });
});

describe('an ordinary message is not called risky', () => {
  it.each(benign)('%s', (text) => {
    const result = checkMessage(text);
    expect(result.risk).toBe('none');
    expect(result.type).toBeNull();
  });
});

describe('asking for a transfer in someone else’s name is rated high', () => {
  it('rates a company accountant asking an employee to transfer first as high', () => {
    const result = checkMessage(
      '我是你们公司的会计，老板交代今天下午要给供货商转账，你先用你的卡转一下，回头公司给你报。',
    );
    expect(result.risk).toBe('high');
    expect(result.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(['claim-title', 'transfer-money']),
    );
  });

  it('rates an office that freezes an account and sends a link as high', () => {
    const result = checkMessage(
      '您好，我是医保中心的工作人员，您的医保账户异常已被冻结，请点击链接办理解冻。',
    );
    expect(result.risk).toBe('high');
  });

  it('rates a relative on a new number who asks for money as high', () => {
    const result = checkMessage('叔，我换了个号，这两天手头紧，你方便的话转我两千，下个月还你。');
    expect(result.risk).toBe('high');
    expect(result.signals.map((s) => s.id)).toContain('new-number');
  });

  it('rates a relative who cannot be phoned and asks for a transfer as high', () => {
    const result = checkMessage(
      '妈，我手机摔坏了，借同事的手机发的，不方便打电话，你先给我转1500交房租。',
    );
    expect(result.risk).toBe('high');
  });

  it('does not flag a relative whose phone is nearly flat and who asks for nothing', () => {
    expect(checkMessage('妈，我到家了，手机快没电了，明天再给你打电话。').risk).toBe('none');
  });

  it('does not flag a new number plate', () => {
    expect(checkMessage('我换了号牌以后要去车管所吗').risk).toBe('none');
  });
});

describe('a villager retelling a call in their own words', () => {
  it.each([
    ['有个人打电话说他是银行的，说我的卡要升级，让我把卡号和验证码报给他'],
    ['刚才有个女的打电话，说是电信公司的，要我点短信里的链接填银行卡'],
    ['他说他是我孙子的老师，孩子在学校摔伤了，让我先转五千块钱医药费到他卡上'],
  ])('rates "%s" high', (text) => {
    expect(checkMessage(text).risk).toBe('high');
  });

  it('does not flag a teacher in the family', () => {
    expect(checkMessage('我闺女是学校的老师，今年带毕业班，忙得很。').risk).toBe('none');
  });

  it('does not flag a child hurt at school when nobody asks for anything', () => {
    expect(checkMessage('孩子在学校摔伤了，我带他去医院拍了片子，没骨折，放心吧。').risk).toBe(
      'none',
    );
  });
});

describe('a prize that costs postage, and a tax office in English', () => {
  it('rates a prize that is sent once postage is paid as high', () => {
    expect(
      checkMessage('恭喜您被抽中为幸运用户，获得iPhone一部，只需支付99元邮费即可领取').risk,
    ).toBe('high');
  });

  it('does not flag a shop’s postage rule', () => {
    expect(checkMessage('淘宝下单满99包邮，不满要付8元邮费。').risk).toBe('none');
  });

  it('types a caller from the tax office as impersonating an authority', () => {
    const result = checkMessage(
      "Hello, I'm calling from the tax office. You owe a penalty of 3,000 yuan, pay it in gift cards today or you will be arrested.",
    );
    expect(result.risk).toBe('high');
    expect(result.type).toBe('impersonate-authority');
  });
});

describe('more of the common scripts, in Chinese and English', () => {
  it.each([
    ['姐，我是你们村的王磊，在外地打工，老板扣了身份证，急需三千块钱，你先帮我垫上，回来就还'],
    [
      "Grandpa, it's Tom. I'm in trouble, I hit someone with the car and I need 5000 dollars for bail. Please don't tell Mom and Dad.",
    ],
    [
      'Your Medicare card will be cancelled. Press 1 to speak to an agent and confirm your bank account number.',
    ],
    ['快递员说我的包裹需要补交关税才能清关，让我扫他发的二维码付款'],
  ])('rates "%s" high', (text) => {
    expect(checkMessage(text).risk).toBe('high');
  });

  it.each([
    ['I need 2000 words for the essay by Friday.'],
    ['我是你们村的会计，明天上午开会。'],
    ['扫一下这个码，加入村民群。'],
  ])('does not flag "%s"', (text) => {
    expect(checkMessage(text).risk).toBe('none');
  });
});

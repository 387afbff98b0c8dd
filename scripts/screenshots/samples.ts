/**
 * Sample messages for the OCR measurements and tests, written for this project (never taken
 * from the evaluation set): the kinds of SMS and chat messages villagers screenshot, scams and
 * ordinary ones, in Chinese, English and both. `sender` is what the phone shows at the top.
 */
export interface SampleMessage {
  id: string;
  sender: string;
  /** One or more bubbles from the other side, in order. */
  bubbles: string[];
}

export const SAMPLE_MESSAGES: SampleMessage[] = [
  {
    id: 'subsidy-card',
    sender: '106 9012 3456',
    bubbles: [
      '【农业农村局】您户今年的耕地地力保护补贴1860元尚未发放，请于3日内登录 nync-butie.cn 填写银行卡号、身份证号和收到的验证码领取，逾期作废。',
    ],
  },
  {
    id: 'police-safe-account',
    sender: '+852 6123 4567',
    bubbles: [
      '我是市公安局刑侦支队王警官，你的身份证被人冒用开户，涉嫌一起洗钱案。',
      '为证明清白，请把存款转到我们指定的安全账户核查，这是机密案件，不要告诉任何人。',
    ],
  },
  {
    id: 'grandson-cash',
    sender: '小军',
    bubbles: [
      '奶奶，我是小军，手机摔坏了用同学的号。我在外面跟人打架把人打伤了，对方要三万块私了，不然就要坐牢。',
      '千万别告诉我爸妈，一会儿我朋友去村口拿钱，你准备好现金。',
    ],
  },
  {
    id: 'medical-insurance-qr',
    sender: '医保服务中心',
    bubbles: [
      '【医保局】您的医保卡已被冻结，需重新认证，请扫描下方二维码添加客服，按提示提供银行卡号和验证码即可解冻。',
    ],
  },
  {
    id: 'pension-cert',
    sender: '1069 5566 7788',
    bubbles: [
      '尊敬的参保人：您的养老金资格认证即将到期，未认证将停发养老金。请点击 http://rlsb-rz.top/a8 下载认证APP并开启屏幕共享，工作人员远程指导。',
    ],
  },
  {
    id: 'livestock-overpaid',
    sender: '收羊的老张',
    bubbles: [
      '大哥，羊钱我给你转过去了，你看截图。',
      '不好意思多转了5000，我是要转4000的，你把多的1000退给我吧，我急着用，就转这个卡号 6222 0211 0012 3456。',
    ],
  },
  {
    id: 'refund-customer-service',
    sender: '淘宝客服',
    bubbles: [
      '您好，我是淘宝客服，您买的羽绒服有质量问题，我们给您三倍赔偿。请下载“云会议”APP，输入会议号，开启屏幕共享，我教您操作退款。',
    ],
  },
  {
    id: 'loan-deposit',
    sender: '+86 170 2345 6789',
    bubbles: [
      '无抵押无担保，凭身份证就能贷款5万，当天放款。您的账户填错了被冻结，需要先交2000元解冻金，解冻后连同贷款一起退给您。',
    ],
  },
  {
    id: 'investment-teacher',
    sender: '财富交流群',
    bubbles: [
      '今天老师带单稳赚不赔，内部消息，明天涨停。',
      '名额有限，先入金一万元开户，收益翻倍，错过等一年。',
    ],
  },
  {
    id: 'flight-rebook',
    sender: '95 583 0000',
    bubbles: [
      '【航空公司】您预订的航班因机械故障取消，请致电400-820-6677办理改签，每人可获赔偿300元，需提供银行卡信息。',
    ],
  },
  {
    id: 'points-redeem',
    sender: '1065 8800 1000',
    bubbles: [
      '【中国移动】您的话费积分8600即将清零，可兑换现金386元，请登录 10086-jf.vip 输入银行卡号及密码兑换，今日有效。',
    ],
  },
  {
    id: 'boss-transfer',
    sender: '李书记',
    bubbles: [
      '我是李书记，这是我的新微信。我现在在开会不方便接电话，有个领导急需用钱，你先帮我转2万到这个账户，回头还你。',
    ],
  },
  {
    id: 'fundraising-club',
    sender: '村里的刘姐',
    bubbles: [
      '我们爱心互助会入会交一万，每个月返300块分红，保本保息，政府都支持的。你再拉两个亲戚来，还有提成。',
    ],
  },
  {
    id: 'health-check-products',
    sender: '健康讲座',
    bubbles: [
      '明天上午在村委会有免费体检，专家现场讲课，到场送鸡蛋。专家说您血管堵了，这个特效保健品能根治，一个疗程只要3980元。',
    ],
  },
  {
    id: 'en-parcel',
    sender: '+44 7700 900123',
    bubbles: [
      'Royal Mail: your parcel is on hold due to an unpaid shipping fee of 1.99 GBP. Pay within 24 hours at royalmail-redelivery.top or it will be returned.',
    ],
  },
  {
    id: 'en-bank-code',
    sender: 'Bank Security',
    bubbles: [
      'Your account has been locked due to suspicious activity. To unlock it, reply with your card number and the verification code we just sent. Do not tell anyone.',
    ],
  },
  {
    id: 'en-grandchild',
    sender: 'Unknown',
    bubbles: [
      'Hi grandma, it is me. I lost my phone and I am in trouble with the police. Please send 2000 dollars by gift cards today and do not tell mom and dad.',
    ],
  },
  {
    id: 'mixed-refund',
    sender: 'Amazon Support',
    bubbles: [
      'Dear customer，您的订单 refund 失败，请添加客服QQ 3345 6789 并下载 AnyDesk 开启屏幕共享，我们为您办理退款。',
    ],
  },
  {
    id: 'romance-bride',
    sender: '小芳',
    bubbles: [
      '哥，我们在抖音认识这么久了，我想嫁给你。我妈说彩礼要先转8万到她卡上，不然不让我来见你，你快点转吧。',
    ],
  },
  {
    id: 'superstition',
    sender: '+86 171 8899 0011',
    bubbles: [
      '大师算出你家今年有血光之灾，你儿子会出事。只要交3600元功德钱，大师作法就能消灾，这事不能跟外人说，说了就不灵了。',
    ],
  },
  {
    id: 'credit-record',
    sender: '金融客服',
    bubbles: [
      '您好，您大学时开通的校园贷未注销，会影响个人征信，请按我们的指引把贷款额度转到银行监管账户进行注销。',
    ],
  },
  {
    id: 'game-account',
    sender: '游戏交易',
    bubbles: [
      '您的孩子卖的游戏账号，对方已经付款，但是钱被冻结了，需要您先交保证金5000元才能解冻提现。',
    ],
  },
  {
    id: 'military-purchase',
    sender: '武警采购部',
    bubbles: [
      '我们部队要采购50只羊，价格好说，先加个微信。采购需要先垫付一笔保证金到我们指定的供应商账户，货到一起结算。',
    ],
  },
  {
    id: 'ai-face-swap',
    sender: '表哥',
    bubbles: [
      '刚才视频你也看到了是我，我在外地出了车祸，急需手术费5万，医院催得紧，你马上转到这个账户，别打电话，我这边信号不好。',
    ],
  },
  {
    id: 'benign-mother',
    sender: '妈妈',
    bubbles: [
      '儿子，今天家里把玉米都收完了，卖了六千多块钱。',
      '你下周回来的时候给你爸带两盒降压药，天冷了多穿点衣服。',
    ],
  },
  {
    id: 'benign-bank-income',
    sender: '95588',
    bubbles: ['【工商银行】您尾号3456卡12月2日10:21收入(转账)2,600.00元，余额8,721.50元。'],
  },
  {
    id: 'benign-parcel',
    sender: '中通快递',
    bubbles: [
      '【中通快递】您的包裹已到红旗村驿站，请凭取件码6-2-1043于今天18点前取件，驿站电话 0476-8823456。',
    ],
  },
  {
    id: 'benign-police-warning',
    sender: '县公安局',
    bubbles: [
      '【县公安局】温馨提示：公安机关不会通过电话办案，更没有安全账户。凡是让您转账、索要验证码的都是诈骗，请拨打96110咨询。',
    ],
  },
  {
    id: 'benign-village-meeting',
    sender: '红旗村村委会',
    bubbles: [
      '各位村民：明天上午九点在村委会召开会议，讨论修路和浇地用水的事，每户来一个人，请互相转告。',
    ],
  },
  {
    id: 'benign-school',
    sender: '王老师',
    bubbles: ['各位家长好，本周五下午三点召开家长会，请准时参加。放学后孩子们统一坐校车回村。'],
  },
  {
    id: 'benign-sheep-price',
    sender: '三叔',
    bubbles: ['今年的羊价格还行，一只能卖到一千二。过几天我拉一车到旗里去卖，你要一起去就早点说。'],
  },
  {
    id: 'benign-doctor',
    sender: '乡卫生院',
    bubbles: [
      '【乡卫生院】您预约的老年人健康体检时间为12月5日上午8点，请空腹前来，带好身份证和医保卡。',
    ],
  },
  {
    id: 'benign-en-friend',
    sender: 'Anna',
    bubbles: [
      'Hi! The bus to town leaves at 8:30 tomorrow morning. I will wait for you at the village shop. Bring a warm coat, it will be cold.',
    ],
  },
  {
    id: 'benign-en-bank',
    sender: 'City Bank',
    bubbles: [
      'City Bank: a payment of 45.20 USD was made with your card ending 1234 at Fresh Market on 02 Dec. No action is needed if this was you.',
    ],
  },
  {
    id: 'benign-power',
    sender: '供电所',
    bubbles: [
      '【供电所】因线路检修，12月6日8:00至17:00红旗村、东风村停电，请提前做好准备，给您带来不便敬请谅解。',
    ],
  },
  {
    id: 'benign-family-hospital',
    sender: '大姐',
    bubbles: ['妈住院了，医院要先交三千押金，我已经交了。你明天过来替我一下，我得回家喂牛。'],
  },
  {
    id: 'benign-shop-promo',
    sender: '村口超市',
    bubbles: [
      '村口超市周末大促销：食用油、面粉、鸡蛋全部八折，满100元送一袋盐，欢迎乡亲们来选购。',
    ],
  },
  {
    id: 'benign-mixed-work',
    sender: 'Team Lead',
    bubbles: [
      '明天的 meeting 改到下午两点，地点还是 Room 302，请大家带上 laptop 和上周的 report。',
    ],
  },
  {
    id: 'benign-weather',
    sender: '气象台',
    bubbles: ['【旗气象台】今天夜间到明天有大风降温，最低气温零下18度，请做好牲畜防寒和出行安全。'],
  },
  {
    id: 'benign-neighbour',
    sender: '邻居老赵',
    bubbles: ['你家的牛跑到我家地里了，我先给你拴在院子里，你有空过来牵回去。'],
  },
];

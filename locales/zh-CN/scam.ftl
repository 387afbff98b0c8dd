## 防骗查询
scam-prompt =
    🛡️ { B("防骗查询") }
    请把可疑的短信、聊天内容、电话号码或网址{ B("转发") }或{ B("粘贴") }给我，我马上帮您看。
    { I("别人问您要验证码、让您转账的，先别动，发给我看看。") }
scam-no-text = 这条消息里没有文字。请把可疑的文字、号码或网址复制过来发给我。
scam-risk-high = 高风险：很可能是诈骗
scam-risk-suspicious = 可疑：要当心
scam-risk-none = 未发现明显风险
scam-type = 类型：{ $type }
scam-signals = { B("发现的危险信号：") }
scam-what-now = { B("现在怎么办：") }
scam-three-rules =
    “没发现”不等于“安全”，新骗局随时会有。记住“三不一多”：
    { B("不轻信") }陌生来电短信，{ B("不透露") }验证码和密码，{ B("不转账") }给陌生账户，{ B("多核实") }——打 96110 或问驻村民警。
scam-button-report = 🚨 报告给警察
scam-button-scammed = 😟 我已经被骗了
scam-victim-now = { B("如果钱已经转出去了：马上拨打 110 报警，同时打电话给您的银行要求止付。") } 下面是详细办法：
fraud-type-rebate-tasks = 刷单返利类
fraud-type-investment = 虚假网络投资理财类
fraud-type-loan = 虚假网络贷款、代办信用卡类
fraud-type-fake-customer-service = 冒充电商物流客服类
fraud-type-impersonate-authority = 冒充公检法及政府机关类
fraud-type-credit-record = 虚假征信类
fraud-type-impersonate-acquaintance = 冒充领导、熟人类
fraud-type-game-trade = 网络游戏产品虚假交易类
fraud-type-romance = 网络婚恋、交友类
fraud-type-fake-military-purchase = 冒充军警购物类
fraud-type-fake-shopping = 虚假购物、服务类
fraud-type-subsidy-benefit = 冒充社保、医保、惠农补贴等
fraud-type-superstition = 迷信诈骗（消灾、驱邪）
fraud-type-elderly-health = 保健品、养老诈骗
fraud-type-illegal-fundraising = 非法集资
fraud-type-other = 其他诈骗
privacy-reports =
    { B("反映与举报") }
    • 实名反映：只有负责您村的民警能看到您的名字。
    • 匿名反映：我们不保存您是谁，只保存一个随机代号，用来把民警的回复转给您。
    • 精确位置只给受理的民警和县指挥中心。
    • 办结 { $days } 天后，反映人信息、精确位置和语音会被删除。
block-usage = 用法：/block 电话号码、网址或账号（可以一次写几个）。
block-added = 🚫 { $value } 已加入本县诈骗号码库（共被举报 { $count } 次）。

## 截图查询
scam-shot-read = 🔍 我从图片里读到的文字（机器识别，可能有个别错字）：
    { I($text) }
scam-shot-no-text = 没看到文字，请把短信文字复制发来，或者把短信直接“转发”给我。也可以拍清楚一点再发一次。
scam-shot-no-ocr =
    我这里暂时认不出图片里的字。请这样把文字发给我：
    长按那条短信 → 点“复制” → 回到这里长按输入框 → “粘贴” → 发送。
    也可以把电话号码或网址直接打字发给我。
scam-shot-too-large = 这张图片太大了，我收不了。请直接截一张屏幕截图发来，或者把短信文字复制发给我。
scam-shot-animation = 动图和表情里的字我认不出来。请发一张截图，或者把短信文字复制发给我。
scam-shot-unsupported = 这种图片格式我打不开。请发一张普通截图（照片），或者把文字复制发给我。
scam-shot-busy = 现在查询的人多，请过一分钟再发一次，或者把文字复制发给我。
scam-shot-failed = 这张图片没认出来。请把短信文字复制发给我，或者再截一张清楚的图。
scam-shot-offer = 图片里好像是一条短信或聊天记录。要帮您查一查是不是诈骗吗？
scam-shot-offer-button = 🛡️ 查一查
scam-shot-expired = 时间过了，请再发一次图片。

## Number check
scam-number-title = ☎️ { B("号码查询") }：{ $number }
scam-number-not-listed = 本县民警确认的诈骗号码库里没有这个号码。没有记录不等于安全：陌生电话要钱、要验证码，一律挂断。

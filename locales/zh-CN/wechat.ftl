# cunjing — WeChat Official Account (plain text: WeChat shows no HTML)

## WeChat
wechat-welcome = 欢迎关注！您好，{ $village }的乡亲。您的驻村民警是{ $officer }（电话 { $phone }），{ $station }为您服务。
wechat-welcome-no-village = 欢迎关注村警通！扫描您村公告栏上的二维码，我们就知道您是哪个村的，您的驻村民警也会为您服务。
wechat-main-head = 您可以直接打字提问，比如“身份证丢了咋补办”，或者点选：
wechat-main-tail = 也可以用下方的菜单。紧急情况请直接拨打110。
wechat-choice-services = 办事咨询
wechat-choice-scam = 防骗查询
wechat-choice-officer = 找驻村民警
wechat-choice-report = 我要反映
wechat-services-head = 请选择要办的事：
wechat-category-head = { $category }：请选择具体事项：
wechat-did-you-mean = 您是想问下面哪一项？请点选：
wechat-not-sure = 没太明白您的问题。请换个说法，或者从下面选：
wechat-answer-in-chinese = （以下详细内容暂时只有中文。）
wechat-answer-bring = 带什么：
wechat-answer-where = 去哪办：
wechat-answer-fee = 费用：
wechat-answer-time = 时间：
wechat-answer-details = 查看详细说明
wechat-scam-prompt = 请把可疑的短信、聊天内容、电话号码或链接粘贴发给我，我马上帮您看。
wechat-scam-signals = 发现的危险信号：
wechat-scam-what-now = 现在怎么办：
wechat-scam-three-rules = “没发现”不等于“安全”。记住“三不一多”：不轻信，不透露验证码和密码，不转账，多核实——打96110或问驻村民警。
wechat-scam-links = 消息里的链接已改写成不能点开的样子（hxxp、[.]），请不要打开。
wechat-officer =
    您的驻村民警：{ $officer }，电话 { $phone }
    { $station }：{ $address }
    办公时间：{ $hours }，电话 { $stationPhone }
wechat-officer-no-village = 还不知道您是哪个村的。请扫描村里公告栏上的二维码，再点“找驻村民警”。
wechat-report = 反映矛盾纠纷或违法线索，请点下方菜单“我要反映”填写（可以匿名）。正在发生的危险请立即拨打110。
wechat-image = 收到图片。要查是不是诈骗，请把文字复制粘贴发给我；紧急情况请拨打110。
wechat-voice-unheard = 没听清这条语音，请打字发给我。
wechat-location = 收到您的位置（{ $label }）。反映问题时可以附上位置；紧急情况请拨打110。
wechat-unsupported = 这种消息暂时看不了，请发文字或语音。
wechat-language-head = 请选择语言 / Language：
wechat-language-set = 好的，以后用中文和您说话。

## WeChat → web chat link (OAuth)
wechat-link-expired = 这个链接已过期或已经用过，没有做任何更改。请从公众号菜单重新打开。
wechat-link-failed = 暂时无法确认您的微信身份，没有做任何更改。请过几分钟从公众号菜单重新打开。紧急情况请直接拨打 110。
wechat-link-open-web = 直接打开网页版

## WeChat template message (beyond the 48-hour window; one short field, cut at 20 characters)
wechat-template-status = { $status }：{ $reference }

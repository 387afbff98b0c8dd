# cunjing — WeChat Official Account (plain text: WeChat shows no HTML)

## WeChat
wechat-welcome = 欢迎关注！您好，{ $village }的乡亲。您的驻村民警是{ $officer }（电话 { $phone }），{ $station }为您服务。
wechat-welcome-no-village = 欢迎关注村警通！请直接打出您村的名字（比如“红旗村”，也可以写上乡镇，比如“乌兰镇红旗村”），或者扫描村公告栏上的二维码，我们就知道您是哪个村的，您的驻村民警也会为您服务。
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
wechat-scam-links = 消息里的链接已改写成不能点开的样子（hxxp、[.]），请不要打开。
wechat-officer =
    您的驻村民警：{ $officer }，电话 { $phone }
    { $station }：{ $address }
    办公时间：{ $hours }，电话 { $stationPhone }
wechat-officer-no-village = 还不知道您是哪个村的。请打出您村的名字（比如“红旗村”），或者扫描村里公告栏上的二维码，再点“找驻村民警”。
wechat-report = 反映矛盾纠纷或违法线索，请点下方菜单“我要反映”填写（可以匿名）。正在发生的危险请立即拨打110。
wechat-voice-unheard = 没听清这条语音，请打字发给我。
wechat-location = 收到您的位置（{ $label }）。反映问题时可以附上位置；紧急情况请拨打110。
wechat-unsupported = 这种消息暂时看不了，请发文字或语音。
wechat-language-head = 请选择语言 / Language：
wechat-language-set = 好的，以后用中文和您说话。

## WeChat: choices by typed number, village by name, screenshots
wechat-type-number = 请回复数字 1–{ $count } 选择。
wechat-choice-stale = 这个选项已经过期了。请重新点选，或者回复下面新的数字：
wechat-choice-out-of-range = 没有这个选项。请回复 1 到 { $count } 之间的数字，或者直接打字提问。
wechat-village-several = 找到几个名字相近的村，请点选您的村：
wechat-village-several-tail = 也可以回复数字，或者把乡镇也写上，比如“乌兰镇红旗村”。
wechat-village-not-found = 没有找到这个村。请检查村名（比如“红旗村”，也可以写上乡镇），或者扫描村公告栏上的二维码；也可以问您的驻村民警或打派出所电话。
wechat-village-expired = 这个村的名单已经过期了，没有做任何更改。请重新打出您村的名字。
wechat-shot-no-ocr =
    我这里暂时认不出图片里的字。请这样把文字发给我：
    长按那条短信或聊天消息 → 点“复制” → 回到公众号，长按输入框 → “粘贴” → 发送。
    也可以把电话号码或网址直接打字发给我。紧急情况请拨打110。
wechat-shot-no-text =
    图片里没认出文字。请把文字发给我：长按那条短信或聊天消息 → 点“复制” → 回到公众号，长按输入框 → “粘贴” → 发送。
    也可以截一张清楚的图再发一次。紧急情况请拨打110。

## WeChat → web chat link (OAuth)
wechat-link-expired = 这个链接已过期或已经用过，没有做任何更改。请从公众号菜单重新打开。
wechat-link-failed = 暂时无法确认您的微信身份，没有做任何更改。请过几分钟从公众号菜单重新打开。紧急情况请直接拨打 110。
wechat-link-open-web = 直接打开网页版

## WeChat template message (beyond the 48-hour window; one short field, cut at 20 characters)
wechat-template-status = { $status }：{ $reference }

## WeChat: a picture outside 防骗查询, changing one's village
wechat-shot-menu = 收到您的图片，谢谢。我只看得懂图片里的短信和聊天记录。想查一条消息是不是诈骗，请点“防骗查询”再发截图，或者把文字复制发给我。
wechat-choice-village = 🏘️ 更换村庄
wechat-choice-reminders = 🔔 提醒设置
wechat-village-change-prompt = 您现在登记的村是 { $village }。请打出新的村名（比如“红旗村”，也可以写上乡镇，比如“乌兰镇红旗村”）。
wechat-village-ask = 请打出您所在村的名字（比如“红旗村”，也可以写上乡镇，比如“乌兰镇红旗村”）。

## WeChat: 短信通知 (a phone number for report news and urgent warnings)
wechat-choice-sms = 📱 短信通知
wechat-sms-ask = 请回复您的11位手机号，我们会发一条验证码短信给您。验证以后，您反映的事有了进展而微信暂时发不到时，会用短信告诉您；紧急预警也会发短信。
wechat-sms-code-sent = 验证码已发到 { $phone }，10分钟内有效。请回复短信里的6位数字。
wechat-sms-verified = ✅ 手机号 { $phone } 已验证。以后您反映的事有了进展、微信又暂时发不到时，会发短信告诉您；紧急预警也会发短信。不想再收，可以在网页版“我的 → 短信通知”里关掉。
wechat-sms-bad-code = 验证码不对，还可以再试 { $left } 次。
wechat-sms-code-failed = 验证码连续输错 { $tries } 次，这次验证已停止。需要的话，请过一分钟再回复“短信通知”重新开始。
wechat-sms-code-expired = 验证码已过期或已用过。请回复“短信通知”重新获取。
wechat-sms-verified-follower = ✅ 手机号 { $phone } 已验证。紧急预警会同时发短信给您；您反映的事有了进展、微信又暂时发不到时，也会发短信。不想再收，回复“取消短信”。
wechat-sms-stopped = 已取消短信通知，不再保存手机号 { $phone }。
wechat-sms-none = 您没有留手机号，不会收到短信。想收紧急预警短信，请回复“短信通知”。

## WeChat: a scheduled tip's last line (in place of the web chat's “我的” footer)
wechat-tip-footer = 不想收这类提醒？回复“提醒设置”就能更改。

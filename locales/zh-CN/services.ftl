## 办事咨询
services-choose-category = 📋 { B("办事咨询") }：请选择要办的事。
    { I("也可以直接打字问，比如“身份证丢了咋补办”。") }
services-choose-topic = { B($category) }：请选择具体事项：
services-section-who = { B("👤 谁可以办") }
services-section-materials = { B("📄 要带的材料") }
services-section-where = { B("📍 去哪办") }
services-section-online = { B("🌐 网上办、预约办") }
services-section-fee = { B("💰 费用：") }
services-section-time = { B("⏱ 办理时间：") }
services-section-remote = { B("🏠 异地办、上门办") }
services-section-pitfalls = { B("⚠️ 注意，别白跑") }
services-basis = 📚 依据：{ $basis }（内容核对日期：{ $reviewed }）。具体以当地派出所为准。
services-in-chinese = { I("（以下详细内容暂时只有中文。）") }
services-fact-unknown = 当地派出所（请先打电话问清楚）
services-button-materials = 📄 材料清单
services-button-where = 📍 去哪办
services-button-ask = 🙋 没解决？问驻村民警
services-button-back = « 返回
services-button-home = 🏠 主菜单
services-button-browse = 📋 浏览办事菜单
services-materials-title = 📄 { B($title, "：材料清单") }
services-where-title = 📍 { B($title, "：去哪办") }
services-maybe = 您是不是想问下面这些？请点选：
services-not-sure =
    这个问题我还答不准，不想让您白跑。您可以：
    • 点“问驻村民警”，把问题直接发给 { $officer }；
    • 点“浏览办事菜单”自己找；
    • 紧急情况请直接拨打 110。
services-direct-hint = { I("不是您要问的？点“📋 办事咨询”浏览全部事项，或点“问驻村民警”。") }

## 问驻村民警
ask-prompt =
    请把您的问题写下来发给我，我会转给驻村民警 { B($officer) }。
    不想问了可以点下面的“取消”。
ask-text-only = 请用文字写下您的问题（不想问了点“取消”）。
ask-contact =
    您的问题：
    「{ $question }」

    要不要让民警看到您的名字，方便他直接联系您？
ask-contact-yes = ✅ 可以，留下我的名字
ask-contact-no = 🙈 不留名字
ask-sent = ✅ 已转给驻村民警 { B($officer) }（问题编号 #{ $id }）。民警回复后会在这里通知您。着急的话可以直接打电话：{ $phone }。
ask-not-delivered = 您的问题已经记下（编号 #{ $id }），但驻村民警 { $officer } 暂时收不到村警通的消息。请直接打电话：{ $phone }。
ask-to-officer =
    📨 { B("村民提问 #", $id) } —— { $village }（{ $township }）
    主题：{ $topic }
    「{ $question }」
    提问人：{ $shared ->
        [yes] { MENTION($askerId, $askerName) }
       *[no] 未留名字（您的回复会由村警通转达）
    }
    { I("请直接“回复”这条消息作答，回答会转给村民。") }
ask-topic-none = 其他问题
ask-answer-relayed =
    👮 驻村民警 { B($officer) } 回复了您的问题 #{ $id }：
    「{ $question }」

    { $answer }
ask-answer-confirm = ✅ 已把您的回答转给村民（问题 #{ $id }）。
ask-answer-undeliverable = 回答已保存（问题 #{ $id }），但村民暂时收不到消息（可能停用了机器人）。如有需要请电话联系。
ask-already-answered = 这个问题（#{ $id }）已经回答过了。
ask-not-yours = 这个问题不归您回答。
ask-answer-empty = 请用文字回复这条消息。
ask-reminder =
    ⏰ 提醒：村民问题 #{ $id } 已超过 24 小时还没有回复。
    「{ $question }」
    请找到原消息，点“回复”作答。

## 办事咨询：简要回答、反馈和每周回顾
services-short-bring = 📄 带：
services-short-where = 📍 去：
services-short-fee = 💰 费用：
services-short-time = ⏱ 时间：
services-short-more = { I("📚 依据、注意事项、网上办和异地办，点“📖 全部说明”。（内容核对：", $reviewed, "，以当地派出所为准）") }
services-button-full = 📖 全部说明
services-button-helpful = 👍 有用
services-button-not-solved = 😕 没解决
services-feedback-thanks = 谢谢您的反馈！
services-feedback-sorry =
    抱歉，没帮上忙。您可以：
    • 点“问驻村民警”，把问题直接发给 { $officer }；
    • 点“浏览办事菜单”自己找；
    • 紧急情况请直接拨打 110。
services-small-talk = 您好！我是村警通，可以帮您问办事（户口、身份证、驾驶证、车辆）、查诈骗、找驻村民警。请点下面的按钮，或者直接打字问，比如“身份证丢了咋补办”。
scam-feedback-question = 👮 民警：这个判断对吗？
scam-feedback-right = ✅ 判断对
scam-feedback-wrong = ❌ 判断错
scam-feedback-thanks = 已记下，谢谢。判断错的检查会列在每周回顾里。
questions-report-title = 📊 { B($station, "：村民问题回顾") }（{ $from } 至 { $to }）
questions-report-questions = { B("答不准或没解决的问题") }（{ $count } 条，按可能的事项分组）：
questions-report-topic = { B($topic) }（{ $count } 条）
questions-report-line = • 「{ $question }」（{ $outcome ->
        [not-solved] 没解决
       *[not-sure] 答不准
    }，{ $date }）
questions-report-scams = { B("民警标记为判断错的防骗检查") }（{ $count } 条）：
questions-report-scam-line = • 判为 { $risk }（{ $type }）：「{ $excerpt }」
questions-report-none = 这段时间没有答不准或没解决的问题，也没有判断错的防骗检查。
questions-report-footer = { I("不显示提问人。请据此改进答案或防骗规则。") }
questions-topic-unknown = 没有可能的事项

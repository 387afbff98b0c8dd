## 提醒设置
reminders-title =
    🔔 { B("提醒设置") }：点一下就能开或关。
    夜间免打扰：{ $quiet }（紧急预警除外）
reminders-topic-antifraud = 每日反诈提醒
reminders-topic-legal = 每周普法
reminders-topic-traffic = 交通安全提醒
reminders-topic-urgent = 紧急预警
reminders-quiet-none = 不设免打扰
reminders-saved = 已保存
reminders-urgent-confirm = 紧急预警是派出所发现骗子正在冒充、或有危险时发给本村的，关掉可能错过。确定要关吗？
reminders-urgent-off = 确定关闭
reminders-urgent-keep = 保留，不关
reminders-urgent-now-off = 已关闭紧急预警。随时可以在这里再打开。
reminders-urgent-kept = 好的，紧急预警继续保留。

## 推送内容
awareness-antifraud-header = 🛡️ { B("今日反诈提醒：", $title) }
awareness-legal-header = ⚖️ { B("普法小课堂：", $title) }
awareness-part-pattern = 骗子怎么说：
awareness-part-red_flag = 识别要点：
awareness-part-what_to_do = 怎么办：
awareness-part-text = { "" }
awareness-part-basis = 依据：
awareness-footer = { I("不想收这类提醒？点“👤 我的” → “提醒设置”。") }
awareness-in-chinese = { I("（详细内容暂时只有中文。）") }

## 定时推送管理
campaigns-title = 🗓 { B("定时推送") }（时间按 TZ 设置）：
campaigns-active = 运行中
campaigns-paused = 已暂停

## 民警发布提醒
broadcast-ask-kind = 📢 { B("发布提醒") }：要发哪一类？（发出前需要审核）
broadcast-kind-urgent = 🚨 紧急预警
broadcast-kind-antifraud = 🛡️ 反诈提醒
broadcast-kind-legal = ⚖️ 普法
broadcast-kind-traffic = 🚗 交通安全
broadcast-kind-notice = 📌 通知
broadcast-ask-text = 请输入提醒内容（{ $language }），村民会原样看到：
broadcast-text-empty = 内容是空的，请重新输入。
broadcast-text-too-long = 内容太长了（最多 3500 字），请精简后重新输入。
broadcast-ask-languages = 已记下。要不要再加蒙古文或英文版本？没有的话点“不用了”。
broadcast-add-mn = ➕ 蒙古文版本
broadcast-add-en = ➕ 英文版本
broadcast-languages-done = 不用了，下一步
broadcast-ask-photo = 可以发一张图片，没有就点“跳过”。
broadcast-ask-target = 发给谁？
broadcast-target-all = 我辖区的全部村民
broadcast-target-townships = 选乡镇
broadcast-target-villages = 选村
broadcast-target-done = ✅ 选好了
broadcast-pick = 点选要发送的范围（可以多选），选好点“选好了”：
broadcast-no-recipients = ⚠️ 这个范围里没有能收到这类提醒的村民，请换个范围。
broadcast-ask-time = 共 { $count } 位村民会收到。什么时候发？
broadcast-when-now = 现在
broadcast-when-1h = 1 小时后
broadcast-when-evening = 今晚 19:00
broadcast-when-morning = 明早 8:00
broadcast-preview-label = 👁 预览（{ $language }），村民看到的就是这样：
broadcast-preview-summary = 类型：{ $kind } · 接收人数：{ $count } · 时间：{ $when }。确认无误后提交审核。
broadcast-submit = 📨 提交审核
broadcast-direct = 🚨 管理员直接发送（紧急）
broadcast-submitted = ✅ 已提交审核（编号 #{ $id }）。管理员或本所另一位民警批准后发出，结果会通知您。
broadcast-sending = 🚨 紧急预警 #{ $id } 已直接发出，正在发送给 { $count } 位村民。此操作已记录。
broadcast-review-title = 📨 { B("待审核提醒 #", $id) }（{ $author } 提交，接收 { $count } 人）：
broadcast-approve = ✅ 批准发送
broadcast-reject = ⛔ 驳回
broadcast-own = 不能审核自己提交的提醒，请另一位民警或管理员审核。
broadcast-already-decided = 这条提醒已经审核过了。
broadcast-approved-by-you = ✅ 已批准 #{ $id }，正在发送给 { $count } 人。
broadcast-rejected-by-you = 已驳回 #{ $id }。
broadcast-approved = ✅ 您的提醒 #{ $id } 已由 { $approver } 批准，正在发送给 { $count } 人。
broadcast-rejected = 您的提醒 #{ $id } 被 { $approver } 驳回，没有发出。
broadcast-status-usage = 用法：/broadcast_status 提醒编号
broadcast-status = 📊 提醒 #{ $id }（{ $status }）：共 { $total } 人，已送达 { $sent }，已停用 { $blocked }，失败 { $failed }，待发 { $pending }，用时 { $seconds } 秒。
broadcast-finished = 📊 提醒 #{ $id } 发送完成：送达 { $sent }，已停用 { $blocked }，失败 { $failed }，用时 { $seconds } 秒。
broadcast-channel-line = · { broadcast-channel-name }：送达 { $sent }，已停用 { $blocked }，失败 { $failed }{ $pending ->
    [0] {""}
   *[other] ，待发 { $pending }
}
broadcast-channel-name = { $channel ->
    [telegram] Telegram
    [web] 网页版
    [wechat] 微信
    [sms] 短信
   *[other] { $channel }
}
broadcast-state-pending_review = 待审核
broadcast-state-approved = 已批准
broadcast-state-rejected = 已驳回
broadcast-state-cancelled = 已取消
broadcast-header-urgent = 🚨 { B("紧急预警") }
broadcast-header-antifraud = 🛡️ { B("反诈提醒") }
broadcast-header-legal = ⚖️ { B("普法") }
broadcast-header-traffic = 🚗 { B("交通安全提醒") }
broadcast-header-notice = 📌 { B("派出所通知") }
broadcast-photo-too-long = 带图片时文字最多 950 字，这条内容太长，图片没有加上，将只发文字。

## Broadcast review and delivery states
broadcast-review-where = 发送范围：{ $where }
broadcast-where-all = 辖区内全部村民
broadcast-state-delivered = 已送达
broadcast-state-sending = 正在发送
broadcast-state-scheduled = 定时发送，{ $time } 发出
broadcast-state-quiet = 等待免打扰时段结束，{ $time } 发出
broadcast-approved-by-you-quiet = ✅ 已批准 #{ $id }。现在是村民的免打扰时段，{ $held } 人会在 { $time } 免打扰结束后收到{ $now ->
    [0] 。
   *[other] ；其余 { $now } 人现在就发。
}
broadcast-approved-quiet = ✅ 您的提醒 #{ $id } 已由 { $approver } 批准。现在是村民的免打扰时段，{ $held } 人会在 { $time } 免打扰结束后收到{ $now ->
    [0] 。
   *[other] ；其余 { $now } 人现在就发。
}
broadcast-status-unknown = 没有编号为 #{ $id } 的提醒。请核对编号（提交时回复里写的那个）。

## Campaign schedules in words
campaigns-entry = • { B($topic) }：{ $schedule } · { $state } · 下次：{ $next } · 上次：{ $last }
campaigns-daily = 每天 { $time }
campaigns-weekly = 每{ $day } { $time }
campaigns-pause-button = ⏸ 暂停{ $topic }
campaigns-resume-button = ▶️ 恢复{ $topic }
weekday-0 = 周日
weekday-1 = 周一
weekday-2 = 周二
weekday-3 = 周三
weekday-4 = 周四
weekday-5 = 周五
weekday-6 = 周六

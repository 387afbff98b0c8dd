## 我要反映
report-choose-kind =
    📣 { B("我要反映") }：您要反映什么？
    { I("发送 /cancel 随时取消。") }
report-kind-dispute = ⚖️ 矛盾纠纷
report-kind-clue = 🔎 违法线索
report-choose-category = 请选择类别：
report-cat-neighbour = 邻里纠纷
report-cat-family = 家庭婚姻
report-cat-land = 土地、宅基地边界
report-cat-wages = 拖欠工资
report-cat-debt = 借款、合同
report-cat-dispute-other = 其他纠纷
report-cat-fraud = 电信诈骗
report-cat-theft = 盗窃（含偷牲畜）
report-cat-vice = 黄赌毒
report-cat-gang = 村霸、涉黑涉恶
report-cat-ecology = 破坏生态（滥伐、草原、偷猎）
report-cat-fundraising = 非法集资
report-cat-cult = 邪教、迷信诈骗
report-cat-road = 道路交通隐患
report-cat-clue-other = 其他线索
report-ask-description = 请用文字说一说发生了什么，也可以发一段语音。
report-description-again = 没看到文字或语音。请用文字写几句，或者发一段语音说明情况。
report-danger = ⚠️ { B("如果现在有人正处在危险中，请立即拨打 110！") } 打完电话再继续填写也可以。
report-ask-evidence = 有照片、视频或文件可以发过来（最多 { $max } 个），发完点“完成”。没有就直接点“完成”。
report-evidence-received = 📎 收到了。还有就继续发，发完点“完成”。
report-evidence-capped = 最多只能附 { $max } 个文件，后面的没有保存。请点“完成”继续。
report-evidence-only = 这一步请发照片、视频或文件；没有的话点“完成”。
report-button-done = ✅ 完成
report-button-skip = 跳过
report-ask-place = 事情发生在哪里？可以点下面的按钮发送位置，或者直接打字写地点。
report-ask-place-more = 也可以：
report-button-my-village = 就在 { $village }
report-button-send-location = 📍 发送我的位置
report-place-noted = 📍 地点记下了。
report-place-outside = 📍 地点记下了。这个位置不在本县范围内，已标注给民警核实。
report-ask-when = 什么时候发生的？点选或直接写（比如“上周三晚上”）。
report-when-now = 就在刚才
report-when-today = 今天
report-when-yesterday = 昨天
report-when-earlier = 更早 / 记不清
report-ask-anonymity =
    要实名还是匿名反映？
    • { B("实名") }：辖区民警能看到您的名字，方便联系您。
    • { B("匿名") }：民警看不到您是谁。系统只保存一个代号，用来把民警的回复和处理进展转给您。
report-button-named = 👤 实名反映
report-button-anon = 🙈 匿名反映
report-summary =
    📋 { B("请核对您的反映") }
    类型：{ $kind } · { $category }
    情况：{ $description }
    附件：{ $evidence } 个
    地点：{ $place }
    时间：{ $when }
    身份：{ $who }
report-voice-note = （语音）
report-place-none = 未填写
report-place-location = 已发送位置
report-place-location-outside = 已发送位置（不在本县范围内）
report-named-explained = 实名
report-anonymous-explained = 匿名（民警看不到您是谁）
report-button-confirm = ✅ 确认提交
report-button-edit = ✏️ 修改
report-edit-which = 要修改哪一项？
report-field-category = 类别
report-field-description = 情况
report-field-evidence = 附件
report-field-place = 地点
report-field-when = 时间
report-field-anonymity = 实名/匿名
report-cancelled = 已取消，没有提交。
report-incomplete = 还缺少类别或情况说明，请点“修改”补上。
report-rate-limited = 您一分钟内提交得太多了，请稍等一会儿再提交。之前提交的都已保存。
report-submitted = ✅ 已提交，编号 { B($reference) }。已同时报送派出所和县指挥中心，处理的每一步都会在这里通知您。
report-submitted-anonymous = ✅ 已匿名提交，编号 { B($reference) }。民警看不到您是谁；处理进展仍会在这里通知您。
report-already-submitted = 这份反映已经提交过了，编号 { B($reference) }。
report-draft-lost = 这个确认按钮对应的草稿已经找不到了，所以什么也没有提交。请点“📣 我要反映”重新填写；以前提交的反映都还在“👤 我的”里。
report-draft-unsaved = 上一步没有保存好，请再回答一次这个问题。

## 反映卡片（民警看到的）
card-status = 状态：{ $status } · 负责：{ $officer }
card-unassigned = 待受理
card-where = 地点：{ $where }
card-when = 时间：{ $when }
card-reporter = 反映人：{ $who }
card-anonymous = 匿名
card-named = 实名（点“反映人”私下查看）
card-voice-only = （语音反映，见附件）
card-evidence = 📎 附件 { $count } 个（点“证据”私下查看）
card-location-shared = 已附位置（受理后私下发送）
card-outside-county = ⚠️ 位置不在本县
card-rejected = 驳回原因：{ $reason }
card-new-info = 🆕 { B("反映人补充了情况") }
card-reopened = 🔁 { B("回访不满意，请重新处理") }
card-escalated = ⏰ { B("超时未受理，请尽快处理") }
colour-red = 🔴
colour-yellow = 🟡
colour-green = 🟢
status-new = 新反映
status-accepted = 已受理
status-in_progress = 处理中
status-resolved = 已解决
status-mediated = 已调解
status-closed = 已办结
status-rejected = 不予受理
triage-accept = ✅ 受理
triage-note = 📝 备注
triage-reply = 💬 回复反映人
triage-ask = ❓ 请补充
triage-reject = ⛔ 不予受理
triage-evidence = 📎 证据（{ $count }）
triage-reporter = 👤 反映人
triage-points-clue = 🎁 有用线索 +10
triage-points-mediation = 🎁 协助调解 +10
triage-blocklist = 🚫 确认诈骗，号码入库
triage-blocklisted = 已把 { $count } 个号码/链接加入本县诈骗号码库。
triage-already-taken = 这条反映已经有人受理了。
triage-accepted-you = 已由您受理。
triage-not-now = 现在不能这样改状态。
triage-start-private = 请先私聊村警通机器人发送 /start，再点这个按钮。
triage-check-private = 请在与机器人的私聊里输入内容。
triage-input-note = 📝 请输入 { $reference } 的内部备注（只有民警能看到）：
triage-input-reply = 💬 请输入给 { $reference } 反映人的回复（会转给对方，不会透露对方身份）：
triage-input-ask = ❓ 请写明需要 { $reference } 反映人补充什么：
triage-input-reject = ⛔ 请写明 { $reference } 不予受理的原因（会告诉反映人）：
triage-input-text-only = 请用文字输入（发送 /cancel 取消）。
triage-note-saved = ✅ 备注已保存。
triage-relayed = ✅ 已转给反映人。
triage-not-relayed = 已保存，但暂时联系不上反映人。
triage-done = ✅ 已处理。
triage-reporter-anonymous = 这是匿名反映，看不到反映人身份。可以用“回复反映人”与对方联系。
triage-reporter-card = 👤 { $reference } 反映人：{ $name }（Telegram ID { $id }）。仅供办案使用，请勿外传。

## 给反映人的通知
reporter-status = 📣 您的反映 { $reference } 状态更新：{ B($status) }。
reporter-accepted = 📣 您的反映 { $reference } 已受理，由民警 { $officer } 负责。
reporter-rejected = 📣 您的反映 { $reference } 不予受理。原因：{ $reason }。如有疑问请联系驻村民警。
reporter-reply = 💬 民警回复了您的反映 { $reference }：
    { $text }
reporter-info-request = ❓ 民警请您补充反映 { $reference } 的情况：
    { $text }
    直接在这里发文字或照片回复即可，会补充到这条反映。
reporter-points = 🎁 您的反映 { $reference } 获得 { $points } 积分（{ $reason }），现在共有 { $balance } 分。
feedback-yes = 😊 满意
feedback-no = 😞 不满意
feedback-thanks = 谢谢您的评价，这条反映已办结。
feedback-reopened = 已收到。派出所会重新处理，并继续通知您。
feedback-question = 您对反映 { $reference } 的处理结果满意吗？请点下面的按钮告诉我们。
feedback-recorded = 您对 { $reference } 的评价已经记下了，不用再点。谢谢！
feedback-not-due = 这条反映现在不需要评价。

## 我的反映
my-reports-none = 您还没有提交过反映。
my-reports-title = 📄 您的反映（点开看详情）：
my-report-detail =
    { B($reference) } · { $category }
    状态：{ $status }
    { $description }
my-reports-add = ➕ 补充情况
my-reports-add-prompt = 请发送要补充的文字或照片（{ $reference }）：
my-reports-added = ✅ 已补充到 { $reference }，并通知了民警。
mine-points = 🎁 积分

## 积分
points-balance = 🎁 您现在有 { B($balance) } 积分。可以到村里的爱心超市兑换。
points-history-line = { $date }  { $delta }  { $reason }
points-title = 🎁 我的积分
points-history-title = 最近的积分记录：
points-history-award = { $date }  { $delta }  { $reason } { $reference }
points-history-none = 还没有积分记录。
points-how = 怎么得积分：您反映的线索有用，或者帮助调解了纠纷，民警会给您奖励积分。怎么用：在村里的爱心超市点“🧾 生成兑换码”，把兑换码告诉民警，就能换东西。
points-code-button = 🧾 生成兑换码
points-code = 🧾 兑换码：{ B($code) }（15 分钟内有效）。在爱心超市把这个数字告诉民警。
points-reason-clue = 有用线索
points-reason-mediation = 协助调解
points-awarded = 已奖励 { $points } 积分。
points-no-recipient = 找不到反映人，无法发放积分。
redeem-usage = 用法：/redeem 兑换码 积分 物品，例如 /redeem 123456 20 食用油一桶
redeem-bad-code = 兑换码不对或已过期，请村民重新生成。
redeem-done = ✅ 已兑换 { $points } 积分，对方还剩 { $balance } 分。
redeem-done-resident = 🎁 您在爱心超市用 { $points } 积分兑换了：{ $item }。还剩 { $balance } 分。
redeem-insufficient = 积分不够：对方只有 { $balance } 分。

## 每日滚动排查
digest-title = 📋 { B($station, " 未办结反映") }：🔴 { $red } · 🟡 { $yellow } · 🟢 { $green }
digest-line = { $colour } { $reference } · { $status } · { $days } 天
digest-empty = 没有未办结的反映。

## 民警查询与统计
list-title = 📂 { B("反映列表") }（{ $filter }，第 { $page } 页）：点一条查看和处理。
list-empty = 📂 没有符合条件的反映（{ $filter }）。
list-filter-open = 未办结
list-filter-red = 🔴 红
list-filter-yellow = 🟡 黄
list-filter-green = 🟢 绿
list-filter-mine = 我负责的
list-filter-new = 待受理
list-filter-in_progress = 处理中
list-filter-closed = 已办结
list-filter-all = 全部
stats-title = 📊 { B("近 ", $days, " 天反映统计") }：共 { $total } 条
stats-colours = 🔴 { $red } · 🟡 { $yellow } · 🟢 { $green }
stats-by-category = { B("按类别") }
stats-by-village = { B("按村") }
stats-caption = 近 { $days } 天反映统计图，明细见下方文字

## Charts and export
chart-title = 近 { $days } 天反映统计（共 { $total } 条）
chart-by-colour = 按预警颜色
chart-by-category = 按类别
chart-by-village = 按村
chart-trend = 每日新反映（近 { $days } 天）
chart-no-data = 暂无反映
chart-other = 其他
colour-name-red = 红色
colour-name-yellow = 黄色
colour-name-green = 绿色
kind-name-dispute = 矛盾纠纷
kind-name-clue = 违法线索
export-yes = 是
export-no = 否
export-anonymous = 匿名
export-location-shared = 已共享位置（坐标不导出）

## Report history and triage refusals
triage-stale = ⌛ 这个按钮已过期：{ $reference } 现在是“{ $status }”，没有做任何更改。卡片已更新，请按新卡片操作。
points-already = 这条反映已经因为这个原因奖励过积分，不会重复发放。
triage-blocklisted-already = 这条反映的号码/链接已经入库，不会重复计数。
triage-location-of = 📍 { $reference } 的位置：
card-history = 处理记录：
history-note = { $at } 📝 { $officer }（内部备注）：{ $text }
history-reply = { $at } 💬 { $officer } 回复反映人：{ $text }
history-ask = { $at } ❓ { $officer } 请反映人补充：{ $text }
history-addition = { $at } ➕ 反映人补充：{ $text }
history-evidence = { $at } 📎 反映人补充了附件（{ $kind }）
history-more = ……另有 { $count } 条较早的记录，点“📂 /reports”查看全部
evidence-kind-photo = 照片
evidence-kind-video = 视频
evidence-kind-document = 文件
reporter-evidence-added = ✅ 附件已补充到 { $reference }，并通知了民警。还有照片可以继续发送。
list-unknown-village = 没有找到“{ $query }”这个村。请输入村名（如 红旗村）或村代码，不输入则列出全部。
history-kind-note = 内部备注
history-kind-reply = 回复反映人
history-kind-ask = 请反映人补充
history-kind-addition = 反映人补充
history-kind-evidence = 反映人补充附件

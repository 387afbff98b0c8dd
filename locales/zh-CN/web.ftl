# cunjing — web chat for villagers (Chinese)
# Plain text: the web page inserts every text as text, never as markup.

## Web chat
web-title = 村警通 · 村民网上服务
web-landing-heading = { $village } · 村民服务
web-landing-intro = 不用安装，不用注册：问办事、查诈骗、找驻村民警，手机浏览器和微信里都能用。
web-landing-open = 👉 打开网上服务
web-landing-telegram = 在 Telegram 中打开
web-landing-officer = 驻村民警：{ $officer }
web-unknown-village-title = 没有找到这个村
web-unknown-village = 没有找到村代码“{ $code }”。请检查二维码，或打电话问派出所。紧急情况请拨打 110。
web-unknown-village-choose = 👉 自己选择乡镇和村
web-ask-placeholder = 打字提问，比如“身份证丢了咋补办”
web-send = 发送
web-cancel = ✖ 取消
web-cancelled = 好的，已取消。可以直接打字提问，或点下面的按钮。
web-scam-prompt = 把可疑的短信、号码或网址粘贴在下面，点“查一查”。
web-scam-placeholder = 粘贴可疑的文字、号码或网址
web-scam-check = 🛡️ 查一查
web-larger-text = 🔍 大字
web-choose-language = 请选择语言：
web-choose-township = 请选择您所在的乡镇：
web-choose-village = 请选择您所在的村：
web-village-set = 好的，您的村是：{ $village }。点下面的按钮问办事、查诈骗、反映问题；找驻村民警、看反映的进度，点“我的”。也可以直接打字提问。
web-cookie-warning = 提醒：网上服务靠这台手机的浏览器记住您。清除浏览器数据（Cookie）后，匿名反映的进度就再也看不到了，别人也看不到。
web-answer-more = 📚 依据、注意事项、网上办和异地办，点“📖 全部说明”。（内容核对：{ $reviewed }，以当地派出所为准）
web-maybe = 您是不是想问下面这些？请点选：
web-not-sure = 这个问题我还答不准，不想让您白跑。请打电话问驻村民警 { $officer }，或点“浏览办事菜单”自己找。紧急情况请直接拨打 110。
web-call = 📞 拨打 { $phone }
web-report-soon = 网上反映问题正在建设中。紧急情况请拨打 110，其他事情请打电话给驻村民警。
web-rate-limited = 您发得太快了，请等几秒再发。前面发的已经收到了。
web-too-large = 内容太长了，请分几次发送。
web-csrf = 页面已过期，请刷新页面后再试。
web-error = 出了点问题，请稍后再试。紧急情况请直接拨打 110。
web-choose-village-first = 请先选择您所在的村。
web-no-text = 请先输入要查的文字、号码或网址。
web-links-defanged = 网址里的点写成了 [.]，防止误点。
web-report-title = 📣 反映问题
web-report-category = 类别
web-report-description = 发生了什么？
web-report-place = 地点（可以打字，也可以用手机定位）
web-report-use-location = 📍 用我现在的位置
web-report-location-set = 已取得位置。
web-report-locating = 📍 正在找您的位置……
web-report-location-failed = 没能取得位置。请在上面的“地点”里打字写一下，比如“村东头羊圈”。
web-report-anonymous = 匿名反映（民警看不到您是谁）
web-report-submit = ✅ 提交
web-report-received =
    ✅ 已收到您的反映。
    编号：{ $reference }
    民警处理后会在这里告诉您；也可以点“📄 我的反映”看进度。
web-report-invalid = 请选好类别，写清发生了什么和地点。
web-report-photos = 照片（最多 3 张，可以不加）
web-photo-pick = 📷 拍照或选照片
web-photo-too-large = 照片太大了（每张最多 3 MB，最多 3 张）。请换小一点的照片或少选几张。
web-photo-not-image = 这个文件不是照片（只收 JPG 或 PNG）。请重新选择照片。

## My reports on the web
web-mine-title = 📄 我的反映（点一条看进度）：
web-mine-device-only = 这里只有在这台手机的这个浏览器上提交的反映。清除浏览器数据（Cookie）后就看不到了。
web-mine-choice = { $reference } · { $status }
web-mine-report-title = 反映 { $reference }
web-mine-status = 进度：
web-mine-category = 类别：
web-mine-description = 您反映的：
web-mine-reason = 原因：
web-mine-history = 处理经过：
web-mine-h-filed = { $at } 您提交了反映
web-mine-h-status = { $at } 进度：{ $status }
web-mine-h-reply = { $at } 民警回复：{ $text }
web-mine-h-ask = { $at } 民警请您补充：{ $text }
web-mine-h-addition = { $at } 您补充：{ $text }
web-mine-h-evidence = { $at } 您补充了{ $kind }
web-mine-officer-asks = ❓ 民警在等您补充，请点“补充情况”回答。
web-mine-closed = 这件反映已经办结，不能再补充。有新情况请重新反映。
web-mine-add = ➕ 补充情况 / 回答民警
web-mine-back = 📄 我的反映
web-mine-add-title = ➕ 补充情况
web-mine-add-text = 要补充的话（可以不写，只加照片）
web-mine-add-photo = 照片（1 张，可以不加）
web-mine-add-submit = ✅ 发送补充
web-mine-added = ✅ 已补充到 { $reference }，民警会看到。
web-mine-not-found = 没有找到这件反映。这里只能看在这台手机上提交的反映。

## Reminders on the web
web-reminders-title = 🔔 提醒设置：点一下就能开或关
web-reminders-quiet = 夜间免打扰：{ $quiet }（紧急预警除外）
web-reminders-topic = { $mark } { $topic }
web-reminders-chosen = 🔘 { $preset }

## Points on the web
web-points = 🎁 我的积分

## Ask my officer on the web
web-askofficer = 👮 问驻村民警
web-askofficer-prompt = 请把您的问题写下来发送，我会转给驻村民警。民警回复后会在这里告诉您。网上提问不会留下您的名字。
web-askofficer-placeholder = 写下您想问民警的问题
web-askofficer-send = 📨 发给民警

## 消息提醒 (Web Push)
web-push-title = 村警通
web-push-urgent = 紧急预警：请打开村警通查看。
web-push-message = 您有一条新消息，请打开村警通查看。
web-push-offer = 🔔 开启消息提醒：有紧急预警、或您的反映有进展时，即使没打开这个页面，手机也会提醒您。
web-push-enable = 开启提醒
web-push-later = 以后再说
web-push-on = ✅ 已开启消息提醒。
web-push-failed = 没能开启提醒。可以在浏览器设置里允许本网站的通知后再试；不开启也没关系，消息会留在这里，下次打开就能看到。

# 村警通 — 界面文字（简体中文，主语言）
# 文字是纯文本，不写 HTML；强调用 { B("…") } 加粗、{ I("…") } 斜体、{ CODE($id) } 代码（见 README “Adding a language”）。

## 命令菜单
cmd-start = 开始 / 重新设置
cmd-menu = 主菜单
cmd-officer = 我的驻村民警
cmd-help = 使用帮助
cmd-language = 切换语言
cmd-village = 更换所在村
cmd-privacy = 隐私说明
cmd-cancel = 取消当前操作
cmd-reports = （民警）查看群众反映
cmd-stats = （民警）反映统计
cmd-redeem = （民警）登记积分兑换
cmd-block = （民警）加入诈骗号码库
cmd-broadcast = （民警）发布提醒
cmd-broadcast_status = （民警）查看提醒发送结果
cmd-grant = （管理员）授权民警
cmd-revoke = （管理员）撤销民警
cmd-officers = （管理员）民警名单
cmd-campaigns = （管理员）定时推送

## 开始与语言
start-choose-language =
    请选择语言
    ᠬᠡᠯᠡ ᠪᠡᠨ ᠰᠣᠩᠭᠣᠨ᠎ᠠ ᠤᠤ
    Please choose a language
start-welcome-back = 欢迎回来，{ $name }！请点下面的按钮。
start-unknown-village = 这个二维码里的村子没有找到，请在下面自己选择。
start-switch-ask = 您现在登记的村是“{ $current }”。要改成“{ $village }”吗？
start-switch-yes = 改成 { $village }
start-switch-no = 不改，保持原来的村
language-set = ✅ 已切换为中文。

## 选择村庄
place-ask-township = 请选择您所在的乡镇（苏木）：
    { I("也可以直接打字输入村名。") }
place-ask-village = 请选择您所在的村（嘎查）—— { $township }：
place-back-townships = « 返回乡镇列表
place-done-welcome =
    ✅ 设置好了！您所在的村：{ B($village) }（{ $township }）
    您的驻村民警是 { B($officer) }。

    下面有四个大按钮：
    📋 { B("办事咨询") } —— 户口、身份证、驾驶证、车辆怎么办
    🛡️ { B("防骗查询") } —— 收到可疑短信、电话可以来查
    📣 { B("我要反映") } —— 矛盾纠纷、违法线索
    👤 { B("我的") } —— 我的民警、我的反映、设置
place-done = ✅ 已更改：您所在的村是 { B($village) }（{ $township }），驻村民警 { B($officer) }。
place-several-found = 找到几个名字相近的村，请点选：
place-not-found = 没有找到这个村名。请点击按钮选择乡镇：

## 主菜单
menu-services = 📋 办事咨询
menu-scam = 🛡️ 防骗查询
menu-report = 📣 我要反映
menu-mine = 👤 我的
menu-shown = 请点下面的按钮选择您要办的事。
coming-soon =
    “{ $feature }”功能正在建设中，很快就能用。
    现在可以：点“👤 我的”查看驻村民警电话。紧急情况请直接拨打 110。

## 我的
mine-title = 👤 我的 —— 请选择：
mine-officer = 👮 我的驻村民警
mine-reports = 📄 我的反映
mine-reminders = 🔔 提醒设置
mine-language = 🌐 语言
mine-village = 🏠 所在村
mine-privacy = 🔒 隐私说明
officer-card =
    👮 { B("我的驻村民警") }
    { $village }（{ $township }）

    驻村民警：{ B($officer) }
    电话：{ $officerPhone }

    🏢 { B($station) }
    地址：{ $stationAddress }
    电话：{ $stationPhone }
    办公时间：{ $stationHours }

    🚨 紧急报警：{ B("110") }
    🛡️ 反诈预警劝阻：{ B("96110") }
    🚗 交通事故：{ B("122") }
officer-card-no-village = 您还没有选择所在的村，选好后就能看到驻村民警的电话。

## 帮助、隐私、取消
help =
    { B("村警通使用帮助") }
    点下面的大按钮就能用，不用记命令。

    /menu —— 回到主菜单
    /officer —— 我的驻村民警和电话
    /village —— 更换所在村
    /language —— 切换语言（中文 / ᠮᠣᠩᠭᠣᠯ / English）
    /privacy —— 我们保存哪些信息
    /cancel —— 取消正在进行的操作

    紧急情况请直接拨打 { B("110") }。
help-officer =
    { B("民警命令") }
    /reports —— 查看群众反映
    /stats —— 反映统计（7 天或 30 天）
    /redeem 兑换码 积分 物品 —— 登记爱心超市积分兑换，例如 /redeem 123456 20 食用油一桶
    /block —— 把诈骗号码、链接加入号码库
    /broadcast —— 发布提醒（需审核）
    /broadcast_status 编号 —— 查看提醒的发送结果，例如 /broadcast_status 12
help-admin =
    { B("管理员命令") }
    /grant 用户ID station:派出所代码 —— 授权民警
    /revoke 用户ID —— 撤销民警
    /officers —— 民警名单
    /campaigns —— 定时推送：查看、暂停、恢复
privacy =
    🔒 { B("隐私说明") }
    我们只保存提供服务所必需的信息：
    • 您的 Telegram 数字 ID 和显示名字 —— 用来给您回复消息；
    • 您选择的语言和所在村 —— 用来找到您的驻村民警和派出所；
    • 正在进行的操作步骤 —— 中途断开后可以接着办。

    我们不保存您的手机号，除非您自己同意提供。
    匿名反映时，民警看不到您的身份。
    民警和管理员的每一步操作都记录在审计日志里。
    系统日志不记录您发送的文字内容。

    如需查看或删除您的信息，请联系您的驻村民警或派出所。
cancel-done = 已取消。
cancel-nothing = 现在没有正在进行的操作。
button-cancel = 取消

## 权限与管理
admin-only = 这个操作只有管理员可以使用。
staff-only = 这个功能只供民警使用。如需帮助，请点“👤 我的”联系驻村民警。
callback-refused = 这个按钮已失效，请重新打开菜单。
grant-usage =
    用法：/grant 用户ID 范围
    范围写 station:派出所代码 或 township:乡镇代码，例如：{ $examples }
grant-confirm = 确认把用户 { $id } 授权为民警，范围 { $scope }？
grant-confirm-button = ✅ 确认授权
grant-done = ✅ 已授权：用户 { $id } 成为民警，范围 { $scope }。
revoke-usage = 用法：/revoke 用户ID（这个用户必须是民警）。
revoke-confirm = 确认撤销 { $name }（{ $id }）的民警权限？
revoke-confirm-button = ⛔ 确认撤销
revoke-done = 已撤销用户 { $id } 的民警权限。
officers-title = { B("民警名单") }
officers-line = • { $name }（{ $id }）—— { $scope }
officers-none = 还没有授权任何民警。用 /grant 添加。
officers-revoke-button = 撤销 { $id }

## 群聊
group-hello = 大家好，我是村警通。群众办事请私聊我；派出所群会在这里收到群众反映和待审核的提醒。
group-private-only = 请私聊我使用村警通：点我的头像，再点“发消息”。
edited-ignored = 修改过的消息我不会重新处理。如需更正，请重新发送一条。

## 兜底
unknown-command = 没有这个命令。请点下面的按钮，或发送 /help 查看帮助。
unhandled-text = 请点下面的按钮选择您要办的事。紧急情况请直接拨打 110。
unhandled-media = 这类消息我暂时看不懂。请点下面的按钮，或用文字告诉我。
onboarding-hint = 您还没有设置所在的村，发送 /start 一分钟就能设置好。
error-generic = 抱歉，刚才出了点问题，没有办成。请再试一次；如果还不行，请打派出所电话。紧急情况请拨打 110。
error-unavailable = 抱歉，系统暂时连不上，您的操作没有保存。请过几分钟再试。紧急情况请直接拨打 110。

## 安装：查 ID
whoami = 你的 Telegram 数字 ID：{ CODE($id) }
    把它发给管理员：管理员的 ID 写进 ADMIN_IDS，民警由管理员用 /grant { $id } station:派出所代码 授权。授权后请先给我发一次 /start，我才能私信你。
group-added-admin = 我已被加入群「{ $title }」，群 ID：{ CODE($id) }
    把它写进县文件（派出所群填 chat_id，乡镇或县指挥群填 command_chat_id），再运行 npx cunjing villages import 县文件.yaml。
group-chat-id = 本群「{ $title }」的 ID：{ CODE($id) }

## Stale buttons, scope and admin errors
button-stale = ⌛ 这个按钮已过期，没有做任何更改。请重新打开菜单，或发送 /start。
start-switch-kept = 好的，不改。您的村仍是“{ $village }”。
out-of-scope = 这不在您的辖区，您不能处理。需要时请联系管辖的派出所或管理员。
report-out-of-scope = 这条反映不在您的辖区，您不能处理。需要时请联系管辖的派出所。
group-out-of-scope = 这个群不属于您的辖区，这里不能使用这个命令。
grant-bad-id = “{ $id }”不是有效的用户 ID。用户 ID 是一串数字：请对方给机器人发 /whoami 查看。
grant-unknown-station = 没有代码为 { $code } 的派出所。现有的派出所：{ $examples }
grant-unknown-township = 没有代码为 { $code } 的乡镇。现有的乡镇：{ $examples }
revoke-not-officer = 用户 { $id } 不是民警，没有可撤销的权限。/officers 可以查看现有民警。
group-officers-station = 🏢 { B($station) } · 电话 { $phone }
group-officers-village = • { $village }（{ $township }）：{ $officer } { $phone }

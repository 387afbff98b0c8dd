# cunjing — SMS (短信) texts. These are the wording of the templates the county gets approved
# at its SMS provider (see the README's SMS section); the variables are filled in by cunjing.

## SMS templates
sms-code = 您的验证码是{ $code }，10分钟内有效，请勿告诉他人。
sms-urgent = 紧急预警：{ $text } 详情：{ $link }
sms-report = 您的反映{ $reference }：{ $status }。详情：{ $link }

## SMS settings in the web chat
web-sms-title = 📱 短信通知
web-sms-intro = 没有网络时也能收到紧急预警。填写手机号，我们发一个6位验证码给您。
web-sms-add = ➕ 填写手机号
web-sms-phone-prompt = 请输入您的手机号（11位）。
web-sms-phone-placeholder = 手机号，例如 138 0013 8000
web-sms-code-sent = 验证码已发到 { $phone }，10分钟内有效。请把6位数字输入下面的框。
web-sms-code-placeholder = 6位验证码
web-sms-verified = ✅ 手机号 { $phone } 已验证。
web-sms-number = 手机号：{ $phone }
web-sms-urgent = { $mark } 紧急预警也发短信
web-sms-reports = { $mark } 我的反映有进展时发短信
web-sms-off = 🚫 不再发短信
web-sms-now-off = 已停止发短信到 { $phone }。
web-sms-unavailable = 本站暂未开通短信通知。
web-sms-bad-phone = 这不像是一个手机号。请输入11位手机号，例如 13800138000。
web-sms-bad-code = 验证码不对或已过期。请再输一次，或重新获取验证码。
web-sms-too-often = 获取验证码太频繁了，请过一会儿再试。

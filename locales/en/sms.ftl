# cunjing — SMS texts. These are the wording of the templates the county gets approved at its
# SMS provider (see the README's SMS section); the variables are filled in by cunjing.

## SMS templates
sms-code = Your code is { $code }, valid for 10 minutes. Do not tell it to anyone.
sms-urgent = Urgent warning: { $text } More: { $link }
sms-report = Your report { $reference }: { $status }. More: { $link }

## SMS settings in the web chat
web-sms-title = 📱 SMS notices
web-sms-intro = Get urgent warnings even without internet. Enter your mobile number and we will text you a 6-digit code.
web-sms-add = ➕ Add my mobile number
web-sms-phone-prompt = Please type your mobile number (11 digits).
web-sms-phone-placeholder = Mobile number, e.g. 138 0013 8000
web-sms-code-sent = A code was sent to { $phone }, valid for 10 minutes. Type the 6 digits below.
web-sms-code-placeholder = 6-digit code
web-sms-verified = ✅ Mobile number { $phone } verified.
web-sms-number = Mobile number: { $phone }
web-sms-urgent = { $mark } Urgent warnings by SMS too
web-sms-reports = { $mark } SMS when my reports change
web-sms-off = 🚫 Stop SMS
web-sms-now-off = No more SMS to { $phone }.
web-sms-unavailable = SMS notices are not available at this station yet.
web-sms-bad-phone = That does not look like a mobile number. Please type 11 digits, e.g. 13800138000.
web-sms-bad-code = The code is wrong or has expired. Try again, or ask for a new code.
web-sms-too-often = Too many codes asked for. Please try again a little later.

# cunjing — SMS texts (Mongolian, traditional script; plain text)
# machine-drafted: pending review by a native speaker — 机器草拟，待母语审校
# The approved templates are in Chinese; these are the variables' language and the web settings.

## SMS templates
sms-code = ᠲᠠᠨ ᠤ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ { $code }᠂ 10 ᠮᠢᠨᠦ᠋ᠲ ᠬᠦᠴᠦᠨ ᠲᠡᠶ᠃ ᠬᠡᠨ ᠳᠦ ᠴᠤ ᠪᠦᠦ ᠬᠡᠯᠡ᠃
sms-urgent = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠭ᠎ᠠ: { $text } ᠳᠡᠯᠭᠡᠷᠡᠩᠭᠦᠢ: { $link }
sms-report = ᠲᠠᠨ ᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ { $reference }: { $status }᠃ ᠳᠡᠯᠭᠡᠷᠡᠩᠭᠦᠢ: { $link }

## SMS settings in the web chat
web-sms-title = 📱 SMS ᠮᠡᠳᠡᠭᠳᠡᠯ
web-sms-intro = ᠢᠨᠲᠧᠷᠨᠧᠲ ᠦᠭᠡᠢ ᠴᠦ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠭ᠎ᠠ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠠᠪᠤᠨ᠎ᠠ᠃ ᠤᠲᠠᠰᠤᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ ᠢᠶᠠᠨ ᠪᠢᠴᠢᠪᠡᠯ 6 ᠣᠷᠣᠨ ᠲᠠᠢ ᠺᠣᠳ ᠢᠯᠡᠭᠡᠨ᠎ᠡ᠃
web-sms-add = ➕ ᠤᠲᠠᠰᠤᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ ᠪᠢᠴᠢᠬᠦ
web-sms-phone-prompt = ᠤᠲᠠᠰᠤᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ ᠢᠶᠠᠨ (11 ᠣᠷᠣᠨ) ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
web-sms-phone-placeholder = ᠤᠲᠠᠰᠤᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 138 0013 8000
web-sms-code-sent = { $phone } ᠳᠤ ᠺᠣᠳ ᠢᠯᠡᠭᠡᠪᠡ᠂ 10 ᠮᠢᠨᠦ᠋ᠲ ᠬᠦᠴᠦᠨ ᠲᠡᠶ᠃ 6 ᠣᠷᠣᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠨ ᠳᠣᠣᠷ᠎ᠠ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
web-sms-code-placeholder = 6 ᠣᠷᠣᠨ ᠲᠠᠢ ᠺᠣᠳ
web-sms-verified = ✅ { $phone } ᠳ᠋ᠤᠭᠠᠷ ᠢ ᠪᠠᠲᠤᠯᠠᠪᠠ᠃
web-sms-number = ᠤᠲᠠᠰᠤᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ: { $phone }
web-sms-urgent = { $mark } ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠭ᠎ᠠ ᠶᠢ SMS ᠪᠠᠷ ᠴᠤ
web-sms-reports = { $mark } ᠮᠢᠨᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠪᠡᠯ SMS
web-sms-off = 🚫 SMS ᠢᠯᠡᠭᠡᠬᠦ ᠶᠢ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ
web-sms-now-off = { $phone } ᠳᠤ SMS ᠢᠯᠡᠭᠡᠬᠦ ᠶᠢ ᠵᠣᠭᠰᠣᠭᠠᠪᠠ᠃
web-sms-unavailable = ᠡᠨᠡ ᠭᠠᠵᠠᠷ SMS ᠮᠡᠳᠡᠭᠳᠡᠯ ᠬᠠᠷᠠᠬᠠᠨ ᠨᠡᠭᠡᠭᠡᠭᠳᠡᠭᠡ ᠦᠭᠡᠢ᠃
web-sms-bad-phone = ᠡᠨᠡ ᠤᠲᠠᠰᠤᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ ᠪᠢᠰᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ 11 ᠣᠷᠣᠨ ᠲᠣᠭ᠎ᠠ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 13800138000᠃
web-sms-bad-code = ᠺᠣᠳ ᠪᠤᠷᠤᠭᠤ ᠪᠤᠶᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠨᠢ ᠳᠠᠭᠤᠰᠪᠠ᠃ ᠳᠠᠬᠢᠨ ᠪᠢᠴᠢᠬᠦ ᠪᠤᠶᠤ ᠰᠢᠨ᠎ᠡ ᠺᠣᠳ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃
web-sms-too-often = ᠺᠣᠳ ᠬᠡᠲᠦᠷᠬᠡᠢ ᠣᠯᠠᠨ ᠬᠦᠰᠡᠪᠡ᠃ ᠬᠡᠰᠡᠭ ᠬᠦᠯᠢᠶᠡᠭᠡᠳ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃

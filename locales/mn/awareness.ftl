# cunjing — reminders, scheduled pushes and broadcasts (Mongolian, traditional script)
# machine-drafted: pending review by a native speaker — 机器草拟，待母语审校

## Reminder settings
reminders-title =
    🔔 { B("ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ᠎ᠠ") }: ᠨᠢᠭᠡ ᠳᠠᠷᠤᠪᠠᠯ ᠨᠡᠭᠡᠭᠡᠬᠦ ᠪᠤᠶᠤ ᠬᠠᠭᠠᠬᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
    ᠰᠥᠨᠢ ᠶᠢᠨ ᠠᠮᠠᠷᠠᠬᠤ ᠴᠠᠭ: { $quiet } (ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠭ᠎ᠠ ᠬᠠᠮᠢᠶ᠎ᠠ ᠦᠭᠡᠢ ᠢᠷᠡᠨ᠎ᠡ)
reminders-topic-antifraud = ᠡᠳᠦᠷ ᠪᠦᠷᠢ ᠶᠢᠨ ᠵᠠᠯᠢᠯᠠᠭ᠎ᠠ ᠠᠴᠠ ᠰᠡᠷᠭᠡᠶᠢᠯᠡᠬᠦ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ
reminders-topic-legal = ᠳᠣᠯᠣᠭ᠎ᠠ ᠬᠣᠨᠣᠭ ᠪᠦᠷᠢ ᠶᠢᠨ ᠬᠠᠤᠯᠢ ᠶᠢᠨ ᠮᠡᠳᠡᠯᠭᠡ
reminders-topic-traffic = ᠵᠠᠮ ᠤᠨ ᠠᠶᠤᠯᠭᠦᠢ ᠶᠢᠨ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ
reminders-topic-urgent = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠭ᠎ᠠ
reminders-quiet-none = ᠠᠮᠠᠷᠠᠬᠤ ᠴᠠᠭ ᠦᠭᠡᠢ
reminders-saved = ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ
reminders-urgent-confirm = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠭ᠎ᠠ ᠪᠣᠯ ᠵᠠᠯᠢᠭᠴᠢ ᠪᠤᠰᠤᠳ ᠤᠨ ᠨᠡᠷ᠎ᠡ ᠪᠡᠷ ᠵᠠᠯᠢᠯᠠᠵᠤ ᠪᠠᠶᠢᠬᠤ ᠶᠢ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠮᠡᠳᠡᠭᠰᠡᠨ᠂ ᠪᠤᠶᠤ ᠠᠶᠤᠯ ᠭᠠᠷᠤᠭᠰᠠᠨ ᠦᠶ᠎ᠡ ᠳᠦ ᠲᠠᠨ ᠤ ᠭᠠᠴᠠᠭ᠎ᠠ ᠳᠤ ᠢᠯᠡᠭᠡᠳᠡᠭ ᠮᠡᠳᠡᠭᠡ ᠮᠥᠨ᠃ ᠬᠠᠭᠠᠪᠠᠯ ᠴᠢᠬᠤᠯᠠ ᠮᠡᠳᠡᠭᠡ ᠠᠯᠳᠠᠵᠤ ᠮᠡᠳᠡᠨ᠎ᠡ᠃ ᠦᠨᠡᠬᠡᠷ ᠬᠠᠭᠠᠬᠤ ᠤᠤ?
reminders-urgent-off = ᠪᠠᠲᠤᠯᠠᠵᠤ ᠬᠠᠭᠠᠬᠤ
reminders-urgent-keep = ᠦᠯᠳᠡᠭᠡᠬᠦ᠂ ᠬᠠᠭᠠᠬᠤ ᠦᠭᠡᠢ
reminders-urgent-now-off = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠭ᠎ᠠ ᠶᠢ ᠬᠠᠭᠠᠪᠠ᠃ ᠬᠡᠵᠢᠶ᠎ᠡ ᠴᠤ ᠡᠨᠳᠡ ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
reminders-urgent-kept = ᠰᠠᠶᠢᠨ᠂ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠭ᠎ᠠ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠢᠷᠡᠨ᠎ᠡ᠃

## Pushed content
awareness-antifraud-header = 🛡️ { B("ᠥᠨᠥᠳᠥᠷ ᠦᠨ ᠵᠠᠯᠢᠯᠠᠭ᠎ᠠ ᠠᠴᠠ ᠰᠡᠷᠭᠡᠶᠢᠯᠡᠬᠦ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ: ", $title) }
awareness-legal-header = ⚖️ { B("ᠬᠠᠤᠯᠢ ᠶᠢᠨ ᠮᠡᠳᠡᠯᠭᠡ ᠶᠢᠨ ᠪᠠᠭ᠎ᠠ ᠬᠢᠴᠢᠶᠡᠯ: ", $title) }
awareness-part-pattern = ᠵᠠᠯᠢᠭᠴᠢ ᠶᠠᠭᠤ ᠭᠡᠳᠡᠭ ᠪᠤᠢ:
awareness-part-red_flag = ᠢᠯᠭᠠᠨ ᠲᠠᠨᠢᠬᠤ ᠭᠣᠣᠯ ᠴᠡᠭ:
awareness-part-what_to_do = ᠶᠠᠭᠠᠬᠤ ᠪᠤᠢ:
awareness-part-text = { "" }
awareness-part-basis = ᠦᠨᠳᠦᠰᠦ:
awareness-footer = { I("ᠡᠶᠢᠮᠦ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ ᠠᠪᠬᠤ ᠦᠭᠡᠢ ᠭᠡᠪᠡᠯ “👤 ᠮᠢᠨᠤ” → “ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ᠎ᠠ” ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃") }
awareness-in-chinese = { I("(ᠨᠠᠷᠢᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠣᠳᠣᠬᠠᠨ ᠳᠤ ᠵᠥᠪᠬᠡᠨ ᠬᠢᠳᠠᠳ ᠬᠡᠯᠡ ᠪᠡᠷ ᠪᠠᠶᠢᠨ᠎ᠠ᠃)") }

## Scheduled pushes
campaigns-title = 🗓 { B("ᠲᠣᠭᠲᠠᠭᠰᠠᠨ ᠴᠠᠭ ᠤᠨ ᠮᠡᠳᠡᠭᠡ") } (ᠴᠠᠭ ᠢ TZ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ᠎ᠠ ᠪᠡᠷ ᠲᠣᠭᠠᠴᠠᠨ᠎ᠠ):
campaigns-active = ᠠᠵᠢᠯᠯᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ
campaigns-paused = ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ

## Officer broadcasts
broadcast-ask-kind = 📢 { B("ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ ᠨᠡᠶᠢᠲᠡᠯᠡᠬᠦ") }: ᠶᠠᠮᠠᠷ ᠲᠥᠷᠥᠯ ᠢᠶᠡᠷ ᠢᠯᠡᠭᠡᠬᠦ ᠪᠤᠢ? (ᠢᠯᠡᠭᠡᠬᠦ ᠡᠴᠡ ᠡᠮᠦᠨ᠎ᠡ ᠬᠢᠨᠠᠨ ᠬᠠᠷᠭᠤᠭᠤᠯᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ)
broadcast-kind-urgent = 🚨 ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠭ᠎ᠠ
broadcast-kind-antifraud = 🛡️ ᠵᠠᠯᠢᠯᠠᠭ᠎ᠠ ᠠᠴᠠ ᠰᠡᠷᠭᠡᠶᠢᠯᠡᠬᠦ
broadcast-kind-legal = ⚖️ ᠬᠠᠤᠯᠢ ᠶᠢᠨ ᠮᠡᠳᠡᠯᠭᠡ
broadcast-kind-traffic = 🚗 ᠵᠠᠮ ᠤᠨ ᠠᠶᠤᠯᠭᠦᠢ
broadcast-kind-notice = 📌 ᠵᠠᠷ
broadcast-ask-text = ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠪᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ ({ $language })᠂ ᠠᠷᠠᠳ ᠶᠠᠭ ᠲᠠᠨ ᠤ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠢᠶᠡᠷ ᠦᠵᠡᠨ᠎ᠡ:
broadcast-text-empty = ᠠᠭᠤᠯᠭ᠎ᠠ ᠬᠣᠭᠣᠰᠣᠨ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠳᠠᠬᠢᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
broadcast-text-too-long = ᠠᠭᠤᠯᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠬᠡᠢ ᠤᠷᠲᠤ ᠪᠠᠶᠢᠨ᠎ᠠ (ᠬᠠᠮᠤᠭ ᠤᠯᠠᠨ ᠳᠠᠭᠠᠨ 3500 ᠦᠰᠦᠭ)᠂ ᠲᠣᠪᠴᠢᠯᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
broadcast-ask-languages = ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ᠃ ᠮᠣᠩᠭᠣᠯ ᠪᠤᠶᠤ ᠠᠩᠭᠯᠢ ᠬᠡᠯᠡᠨ ᠦ ᠬᠡᠪ ᠨᠡᠮᠡᠬᠦ ᠤᠤ? ᠦᠭᠡᠢ ᠪᠣᠯ “ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠂ ᠳᠠᠷᠠᠭᠠᠬᠢ ᠠᠯᠬᠤᠮ” ᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
broadcast-add-mn = ➕ ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡᠨ ᠦ ᠬᠡᠪ
broadcast-add-en = ➕ ᠠᠩᠭᠯᠢ ᠬᠡᠯᠡᠨ ᠦ ᠬᠡᠪ
broadcast-languages-done = ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠂ ᠳᠠᠷᠠᠭᠠᠬᠢ ᠠᠯᠬᠤᠮ
broadcast-ask-photo = ᠨᠢᠭᠡ ᠵᠢᠷᠤᠭ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠂ ᠦᠭᠡᠢ ᠪᠣᠯ “ᠠᠯᠭᠠᠰᠠᠬᠤ” ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
broadcast-ask-target = ᠬᠡᠨ ᠳᠦ ᠢᠯᠡᠭᠡᠬᠦ ᠪᠤᠢ?
broadcast-target-all = ᠮᠢᠨᠤ ᠬᠠᠷᠢᠶᠠᠯᠠᠩ ᠳᠠᠬᠢ ᠪᠦᠬᠦ ᠠᠷᠠᠳ
broadcast-target-townships = ᠰᠤᠮᠤ ᠰᠣᠩᠭᠣᠬᠤ
broadcast-target-villages = ᠭᠠᠴᠠᠭ᠎ᠠ ᠰᠣᠩᠭᠣᠬᠤ
broadcast-target-done = ✅ ᠰᠣᠩᠭᠣᠵᠤ ᠳᠠᠭᠤᠰᠪᠠ
broadcast-pick = ᠢᠯᠡᠭᠡᠬᠦ ᠬᠦᠷᠢᠶ᠎ᠡ ᠪᠡᠨ ᠳᠠᠷᠤᠵᠤ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ (ᠬᠡᠳᠦ ᠬᠡᠳᠦᠨ ᠢ ᠰᠣᠩᠭᠣᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ)᠂ ᠳᠠᠭᠤᠰᠪᠠᠯ “ᠰᠣᠩᠭᠣᠵᠤ ᠳᠠᠭᠤᠰᠪᠠ” ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ:
broadcast-no-recipients = ⚠️ ᠡᠨᠡ ᠬᠦᠷᠢᠶ᠎ᠡ ᠳᠦ ᠡᠶᠢᠮᠦ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ ᠠᠪᠬᠤ ᠠᠷᠠᠳ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠥᠭᠡᠷ᠎ᠡ ᠬᠦᠷᠢᠶ᠎ᠡ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
broadcast-ask-time = ᠪᠦᠭᠦᠳᠡ { $count } ᠬᠦᠮᠦᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠨ᠎ᠠ᠃ ᠬᠡᠵᠢᠶ᠎ᠡ ᠢᠯᠡᠭᠡᠬᠦ ᠪᠤᠢ?
broadcast-when-now = ᠣᠳᠣ
broadcast-when-1h = 1 ᠴᠠᠭ ᠤᠨ ᠳᠠᠷᠠᠭ᠎ᠠ
broadcast-when-evening = ᠥᠨᠥ ᠣᠷᠣᠢ 19:00
broadcast-when-morning = ᠮᠠᠷᠭᠠᠰᠢ ᠡᠷᠲᠡ 8:00
broadcast-preview-label = 👁 ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠦᠵᠡᠬᠦ ({ $language })᠂ ᠠᠷᠠᠳ ᠶᠠᠭ ᠢᠩᠭᠢᠵᠦ ᠦᠵᠡᠨ᠎ᠡ:
broadcast-preview-summary = ᠲᠥᠷᠥᠯ: { $kind } · ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠬᠦᠮᠦᠨ: { $count } · ᠴᠠᠭ: { $when }᠃ ᠠᠯᠳᠠᠭ᠎ᠠ ᠦᠭᠡᠢ ᠪᠣᠯ ᠬᠢᠨᠠᠨ ᠬᠠᠷᠭᠤᠭᠤᠯᠬᠤ ᠪᠠᠷ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠃
broadcast-submit = 📨 ᠬᠢᠨᠠᠨ ᠬᠠᠷᠭᠤᠭᠤᠯᠬᠤ ᠪᠠᠷ ᠢᠯᠡᠭᠡᠬᠦ
broadcast-direct = 🚨 ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠱᠤᠳ ᠢᠯᠡᠭᠡᠬᠦ (ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ)
broadcast-submitted = ✅ ᠬᠢᠨᠠᠨ ᠬᠠᠷᠭᠤᠭᠤᠯᠬᠤ ᠪᠠᠷ ᠢᠯᠡᠭᠡᠪᠡ (ᠳᠤᠭᠠᠷ #{ $id })᠃ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠪᠤᠶᠤ ᠲᠤᠰ ᠭᠠᠵᠠᠷ ᠤᠨ ᠥᠭᠡᠷ᠎ᠡ ᠨᠢᠭᠡ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠰᠡᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠢᠯᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ᠂ ᠦᠷ᠎ᠡ ᠳᠦᠩ ᠢ ᠲᠠᠨ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃
broadcast-sending = 🚨 ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠭ᠎ᠠ #{ $id } ᠱᠤᠳ ᠢᠯᠡᠭᠡᠭᠳᠡᠪᠡ᠂ { $count } ᠬᠦᠮᠦᠨ ᠳᠦ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠡᠨᠡ ᠠᠯᠬᠤᠮ ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ᠃
broadcast-review-title = 📨 { B("ᠬᠢᠨᠠᠨ ᠬᠠᠷᠭᠤᠭᠤᠯᠬᠤ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ #", $id) } ({ $author } ᠢᠯᠡᠭᠡᠭᠰᠡᠨ᠂ { $count } ᠬᠦᠮᠦᠨ ᠳᠦ):
broadcast-approve = ✅ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠵᠦ ᠢᠯᠡᠭᠡᠬᠦ
broadcast-reject = ⛔ ᠪᠤᠴᠠᠭᠠᠬᠤ
broadcast-own = ᠥᠪᠡᠷ ᠢᠶᠡᠨ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ ᠪᠠᠨ ᠬᠢᠨᠠᠨ ᠬᠠᠷᠭᠤᠭᠤᠯᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠂ ᠥᠭᠡᠷ᠎ᠡ ᠨᠢᠭᠡ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠪᠤᠶᠤ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠬᠢᠨᠠᠨ ᠬᠠᠷᠭᠤᠭᠤᠯᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃
broadcast-already-decided = ᠡᠨᠡ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠨᠢᠭᠡᠨᠲᠡ ᠬᠢᠨᠠᠨ ᠬᠠᠷᠭᠤᠭᠤᠯᠵᠤ ᠳᠠᠭᠤᠰᠪᠠ᠃
broadcast-approved-by-you = ✅ #{ $id } ᠶᠢ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠪᠡ᠂ { $count } ᠬᠦᠮᠦᠨ ᠳᠦ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠃
broadcast-rejected-by-you = #{ $id } ᠶᠢ ᠪᠤᠴᠠᠭᠠᠪᠠ᠃
broadcast-approved = ✅ ᠲᠠᠨ ᠤ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ #{ $id } ᠶᠢ { $approver } ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠪᠡ᠂ { $count } ᠬᠦᠮᠦᠨ ᠳᠦ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠃
broadcast-rejected = ᠲᠠᠨ ᠤ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ #{ $id } ᠶᠢ { $approver } ᠪᠤᠴᠠᠭᠠᠪᠠ᠂ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
broadcast-status-usage = ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠠᠷᠭ᠎ᠠ: /broadcast_status ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠳᠤᠭᠠᠷ
broadcast-status = 📊 ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ #{ $id } ({ $status }): ᠪᠦᠭᠦᠳᠡ { $total } ᠬᠦᠮᠦᠨ᠂ ᠬᠦᠷᠭᠡᠭᠰᠡᠨ { $sent }᠂ ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ { $blocked }᠂ ᠪᠦᠲᠦᠭᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ { $failed }᠂ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ { $pending }᠂ { $seconds } ᠰᠧᠺᠦᠨ᠋ᠲ ᠵᠠᠷᠴᠠᠭᠤᠯᠪᠠ᠃
broadcast-finished = 📊 ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ #{ $id } ᠢᠯᠡᠭᠡᠵᠦ ᠳᠠᠭᠤᠰᠪᠠ: ᠬᠦᠷᠭᠡᠭᠰᠡᠨ { $sent }᠂ ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ { $blocked }᠂ ᠪᠦᠲᠦᠭᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ { $failed }᠂ { $seconds } ᠰᠧᠺᠦᠨ᠋ᠲ ᠵᠠᠷᠴᠠᠭᠤᠯᠪᠠ᠃
broadcast-channel-line = · { broadcast-channel-name }: ᠬᠦᠷᠭᠡᠭᠰᠡᠨ { $sent }᠂ ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ { $blocked }᠂ ᠪᠦᠲᠦᠭᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ { $failed }{ $pending ->
    [0] {""}
   *[other] ᠂ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ { $pending }
}
broadcast-channel-name = { $channel ->
    [telegram] Telegram
    [web] ᠸᠧᠪ
    [wechat] ᠸᠢᠴᠠᠲ
    [sms] ᠣᠬᠣᠷ ᠮᠡᠳᠡᠭᠡ
   *[other] { $channel }
}
broadcast-state-pending_review = ᠬᠢᠨᠠᠨ ᠬᠠᠷᠭᠤᠭᠤᠯᠬᠤ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ
broadcast-state-approved = ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠰᠡᠨ
broadcast-state-rejected = ᠪᠤᠴᠠᠭᠠᠭᠰᠠᠨ
broadcast-state-cancelled = ᠪᠣᠯᠢᠭᠰᠠᠨ
broadcast-header-urgent = 🚨 { B("ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠭ᠎ᠠ") }
broadcast-header-antifraud = 🛡️ { B("ᠵᠠᠯᠢᠯᠠᠭ᠎ᠠ ᠠᠴᠠ ᠰᠡᠷᠭᠡᠶᠢᠯᠡᠬᠦ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ") }
broadcast-header-legal = ⚖️ { B("ᠬᠠᠤᠯᠢ ᠶᠢᠨ ᠮᠡᠳᠡᠯᠭᠡ") }
broadcast-header-traffic = 🚗 { B("ᠵᠠᠮ ᠤᠨ ᠠᠶᠤᠯᠭᠦᠢ ᠶᠢᠨ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ") }
broadcast-header-notice = 📌 { B("ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠵᠠᠷ") }
broadcast-photo-too-long = ᠵᠢᠷᠤᠭ ᠲᠠᠢ ᠪᠣᠯ ᠦᠰᠦᠭ 950 ᠡᠴᠡ ᠢᠯᠡᠭᠦᠦ ᠪᠠᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃ ᠡᠨᠡ ᠦᠰᠦᠭ ᠤᠷᠲᠤ ᠲᠤᠯᠠ ᠵᠢᠷᠤᠭ ᠢ ᠣᠷᠤᠭᠤᠯᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠵᠥᠪᠬᠡᠨ ᠦᠰᠦᠭ ᠢ ᠢᠯᠡᠭᠡᠨ᠎ᠡ᠃

## Broadcast review and delivery states
broadcast-review-where = ᠢᠯᠡᠭᠡᠬᠦ ᠬᠦᠷᠢᠶ᠎ᠡ᠄ { $where }
broadcast-where-all = ᠬᠠᠷᠢᠶᠠᠯᠠᠬᠤ ᠬᠦᠷᠢᠶ᠎ᠡ ᠶᠢᠨ ᠪᠦᠬᠦ ᠠᠷᠠᠳ
broadcast-state-delivered = ᠬᠦᠷᠭᠡᠭᠳᠡᠪᠡ
broadcast-state-sending = ᠢᠯᠡᠭᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ
broadcast-state-scheduled = { $time } ᠳᠤ ᠢᠯᠡᠭᠡᠨ᠎ᠡ
broadcast-state-quiet = ᠠᠮᠤᠷ ᠴᠠᠭ ᠳᠠᠭᠤᠰᠬᠤ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ { $time } ᠳᠤ ᠢᠯᠡᠭᠡᠨ᠎ᠡ
broadcast-approved-by-you-quiet = ✅ #{ $id } ᠶᠢ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠪᠡ᠃ ᠣᠳᠣ ᠠᠮᠤᠷ ᠴᠠᠭ᠂ { $held } ᠬᠦᠮᠦᠨ { $time } ᠳᠤ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠠᠪᠤᠨ᠎ᠠ{ $now ->
    [0] ᠃
   *[other] ᠂ ᠪᠤᠰᠤᠳ { $now } ᠬᠦᠮᠦᠨ ᠣᠳᠣ ᠠᠪᠤᠨ᠎ᠠ᠃
}
broadcast-approved-quiet = ✅ ᠲᠠᠨ ᠤ #{ $id } ᠰᠠᠨᠠᠭᠤᠯᠤᠮᠵᠢ ᠶᠢ { $approver } ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠪᠡ᠃ ᠣᠳᠣ ᠠᠮᠤᠷ ᠴᠠᠭ᠂ { $held } ᠬᠦᠮᠦᠨ { $time } ᠳᠤ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠠᠪᠤᠨ᠎ᠠ{ $now ->
    [0] ᠃
   *[other] ᠂ ᠪᠤᠰᠤᠳ { $now } ᠬᠦᠮᠦᠨ ᠣᠳᠣ ᠠᠪᠤᠨ᠎ᠠ᠃
}
broadcast-status-unknown = #{ $id } ᠳ᠋ᠤᠭᠠᠷ ᠲᠠᠢ ᠰᠠᠨᠠᠭᠤᠯᠤᠮᠵᠢ ᠪᠠᠶᠢᠬᠤ ᠦᠭᠡᠢ᠃ ᠳ᠋ᠤᠭᠠᠷ ᠢᠶᠡᠨ ᠰᠢᠯᠭᠠᠭᠠᠷᠠᠢ᠃

## Campaign schedules in words
campaigns-entry = • { B($topic) }᠄ { $schedule } · { $state } · ᠳᠠᠷᠠᠭ᠎ᠠ᠄ { $next } · ᠰᠦᠭᠦᠯ ᠦᠨ᠄ { $last }
campaigns-daily = ᠡᠳᠦᠷ ᠪᠦᠷᠢ { $time }
campaigns-weekly = { $day } ᠪᠦᠷᠢ { $time }
campaigns-pause-button = ⏸ { $topic } ᠢ ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ
campaigns-resume-button = ▶️ { $topic } ᠢ ᠰᠡᠷᠭᠦᠭᠡᠬᠦ
weekday-0 = ᠨᠢᠮ᠎ᠠ
weekday-1 = ᠳᠠᠸᠠ
weekday-2 = ᠮᠢᠭᠮᠠᠷ
weekday-3 = ᠯᠠᠬᠠᠪᠠ
weekday-4 = ᠫᠦᠷᠪᠦ
weekday-5 = ᠪᠠᠰᠠᠩ
weekday-6 = ᠪᠢᠮᠪᠠ

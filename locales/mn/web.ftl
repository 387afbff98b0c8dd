# cunjing — web chat for villagers (Mongolian, traditional script)
# machine-drafted: pending review by a native speaker — 机器草拟，待母语审校
# Plain text: the web page inserts every text as text, never as markup.

## Web chat
web-title = ᠲᠣᠰᠣᠭᠠᠨ ᠤ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ
web-landing-heading = { $village } · ᠠᠷᠠᠳ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ
web-landing-intro = ᠰᠠᠭᠤᠯᠭᠠᠬᠤ᠂ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ: ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ᠂ ᠵᠠᠯᠢᠯᠠᠭ᠎ᠠ ᠰᠢᠯᠭᠠᠬᠤ᠂ ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠬᠤ᠃
web-landing-open = 👉 ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠨᠡᠭᠡᠭᠡᠬᠦ
web-landing-telegram = Telegram ᠳᠤ ᠨᠡᠭᠡᠭᠡᠬᠦ
web-landing-officer = ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ: { $officer }
web-unknown-village-title = ᠲᠣᠰᠣᠭᠠᠨ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
web-unknown-village = "{ $code }" ᠺᠣᠳ ᠲᠠᠢ ᠭᠠᠴᠠᠭ᠎ᠠ ᠦᠭᠡᠢ᠃ QR ᠺᠣᠳ ᠢᠶᠠᠨ ᠰᠢᠯᠭᠠᠭᠠᠷᠠᠢ᠃ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠦᠶᠡᠰ 110᠃
web-unknown-village-choose = 👉 ᠰᠤᠮᠤ ᠪᠠ ᠭᠠᠴᠠᠭ᠎ᠠ ᠪᠠᠨ ᠰᠣᠩᠭᠣᠬᠤ
web-ask-placeholder = ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ
web-send = ᠢᠯᠡᠭᠡᠬᠦ
web-cancel = ✖ ᠪᠣᠯᠢᠬᠤ
web-cancelled = ᠪᠣᠯᠢᠯᠠᠪᠠ᠃ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠠᠨ ᠪᠢᠴᠢᠭᠡᠳ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠳᠣᠣᠷᠠᠬᠢ ᠲᠣᠪᠴᠢ ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
web-scam-prompt = ᠰᠡᠵᠢᠭᠲᠡᠢ ᠮᠡᠳᠡᠭᠡ᠂ ᠳᠤᠭᠠᠷ ᠪᠤᠶᠤ ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠶᠢ ᠳᠣᠣᠷ᠎ᠠ ᠨᠠᠭᠠᠭᠠᠷᠠᠢ᠃
web-scam-placeholder = ᠰᠡᠵᠢᠭᠲᠡᠢ ᠦᠰᠦᠭ᠂ ᠳᠤᠭᠠᠷ ᠪᠤᠶᠤ ᠬᠣᠯᠪᠣᠭ᠎ᠠ
web-scam-check = 🛡️ ᠰᠢᠯᠭᠠᠬᠤ
web-larger-text = 🔍 ᠲᠣᠮᠣ ᠦᠰᠦᠭ
web-choose-language = ᠬᠡᠯᠡ ᠪᠡᠨ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ:
web-choose-township = ᠰᠤᠮᠤ ᠪᠠᠨ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ:
web-choose-village = ᠭᠠᠴᠠᠭ᠎ᠠ ᠪᠠᠨ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ:
web-village-set = ᠲᠠᠨ ᠤ ᠭᠠᠴᠠᠭ᠎ᠠ: { $village }᠃
web-cookie-warning = ᠰᠠᠨᠠᠭᠤᠯᠤᠮᠵᠢ: ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠲᠠᠨ ᠢ ᠤᠲᠠᠰᠤᠨ ᠤ ᠬᠦᠲᠦᠴᠢ ᠪᠡᠷ ᠰᠠᠨᠠᠳᠠᠭ᠃ Cookie ᠶᠢ ᠠᠷᠢᠯᠭᠠᠪᠠᠯ ᠨᠡᠷ᠎ᠡ ᠦᠭᠡᠢ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢᠶᠡᠨ ᠳᠠᠬᠢᠨ ᠦᠵᠡᠬᠦ ᠦᠭᠡᠢ᠃
web-answer-more = 📚 ᠪᠦᠬᠦ ᠲᠠᠢᠯᠪᠤᠷᠢ ᠶᠢ “📖” ᠢ ᠳᠠᠷᠤᠵᠤ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃ ({ $reviewed })
web-maybe = ᠡᠳᠡᠭᠡᠷ ᠦᠨ ᠨᠢᠭᠡ ᠦᠦ? ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ:
web-not-sure = ᠡᠨᠡ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠳᠤ ᠪᠢ ᠵᠥᠪ ᠬᠠᠷᠢᠭᠤᠯᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ { $officer } ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠦᠶᠡᠰ 110᠃
web-call = 📞 { $phone }
web-report-soon = ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠪᠡᠷ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠥᠭᠬᠦ ᠨᠢ ᠪᠡᠯᠡᠳᠬᠡᠭᠳᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠦᠶᠡᠰ 110᠃
web-rate-limited = ᠳᠡᠩᠳᠡᠬᠦᠦ ᠬᠤᠷᠳᠤᠨ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠬᠡᠳᠦᠨ ᠰᠧᠺᠦ᠋ᠨ᠋ᠳ᠋ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠃
web-too-large = ᠳᠡᠩᠳᠡᠬᠦᠦ ᠤᠷᠲᠤ᠂ ᠬᠡᠳᠦᠨ ᠬᠤᠪᠢ ᠬᠤᠪᠢᠶᠠᠵᠤ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠃
web-csrf = ᠬᠠᠭᠤᠳᠠᠰᠤᠨ ᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠪᠠ᠂ ᠳᠠᠬᠢᠨ ᠠᠴᠢᠶᠠᠯᠠᠭᠠᠷᠠᠢ᠃
web-error = ᠠᠯᠳᠠᠭ᠎ᠠ ᠭᠠᠷᠪᠠ᠂ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠦᠶᠡᠰ 110᠃
web-choose-village-first = ᠤᠷᠢᠳᠠ ᠭᠠᠴᠠᠭ᠎ᠠ ᠪᠠᠨ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
web-no-text = ᠰᠢᠯᠭᠠᠬᠤ ᠦᠰᠦᠭ᠂ ᠳᠤᠭᠠᠷ ᠪᠤᠶᠤ ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠨ ᠤᠷᠢᠳᠠ ᠣᠷᠣᠭᠤᠯᠭᠠᠷᠠᠢ᠃
web-links-defanged = ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠶᠢᠨ ᠴᠡᠭ ᠢ [.] ᠭᠡᠵᠦ ᠪᠢᠴᠢᠪᠡ᠃
web-report-title = 📣 ᠮᠡᠳᠡᠭᠳᠡᠯ ᠥᠭᠬᠦ
web-report-category = ᠲᠥᠷᠥᠯ
web-report-description = ᠶᠠᠭᠤ ᠪᠣᠯᠪᠠ?
web-report-place = ᠭᠠᠵᠠᠷ (ᠪᠢᠴᠢᠬᠦ ᠪᠤᠶᠤ ᠤᠲᠠᠰᠤᠨ ᠤ ᠪᠠᠢᠷᠢ)
web-report-use-location = 📍 ᠮᠢᠨᠤ ᠪᠠᠢᠷᠢ
web-report-location-set = ᠪᠠᠢᠷᠢ ᠶᠢ ᠠᠪᠤᠪᠠ᠃
web-report-locating = 📍 ᠪᠠᠢᠷᠢ ᠶᠢ ᠬᠠᠢᠵᠤ ᠪᠠᠢᠨ᠎ᠠ…
web-report-location-failed = ᠪᠠᠢᠷᠢ ᠶᠢ ᠣᠯᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠨᠦᠬᠦᠴᠡ ᠳᠦ ᠭᠠᠵᠠᠷ ᠢᠶᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
web-report-anonymous = ᠨᠡᠷ᠎ᠡ ᠦᠭᠡᠢ ᠮᠡᠳᠡᠭᠳᠡᠯ
web-report-submit = ✅ ᠢᠯᠡᠭᠡᠬᠦ
web-report-received =
    ✅ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢ ᠲᠠᠨ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠪᠠ᠃
    ᠳ᠋ᠤᠭᠠᠷ: { $reference }
web-report-invalid = ᠲᠥᠷᠥᠯ᠂ ᠶᠠᠭᠤ ᠪᠣᠯᠤᠭᠰᠠᠨ ᠪᠠ ᠭᠠᠵᠠᠷ ᠢᠶᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
web-report-photos = ᠵᠢᠷᠤᠭ (3 ᠬᠦᠷᠲᠡᠯ᠎ᠡ)
web-photo-pick = 📷 ᠵᠢᠷᠤᠭ ᠠᠪᠬᠤ ᠪᠤᠶᠤ ᠰᠣᠩᠭᠣᠬᠤ
web-photo-too-large = ᠵᠢᠷᠤᠭ ᠳᠡᠩᠳᠡᠬᠦᠦ ᠶᠡᠬᠡ (3 MB)᠃
web-photo-not-image = ᠡᠨᠡ ᠹᠠᠢᠯ ᠵᠢᠷᠤᠭ ᠪᠢᠰᠢ (JPG ᠪᠤᠶᠤ PNG)᠃

## My reports on the web
web-mine-title = 📄 ᠲᠠᠨ ᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ (ᠳᠠᠷᠤᠵᠤ ᠶᠠᠪᠤᠴᠠ ᠶᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ):
web-mine-device-only = ᠡᠨᠡ ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ ᠤ ᠡᠨᠡ ᠬᠦᠲᠦᠴᠢ ᠡᠴᠡ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠯᠡ ᠡᠨᠳᠡ ᠬᠠᠷᠠᠭᠳᠠᠨ᠎ᠠ᠃ ᠬᠦᠲᠦᠴᠢ ᠶᠢᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ (Cookie) ᠶᠢ ᠠᠷᠢᠯᠭᠠᠪᠠᠯ ᠡᠨᠳᠡ ᠡᠴᠡ ᠠᠯᠭ᠎ᠠ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
web-mine-choice = { $reference } · { $status }
web-mine-report-title = ᠮᠡᠳᠡᠭᠳᠡᠯ { $reference }
web-mine-status = ᠲᠥᠯᠥᠪ:
web-mine-category = ᠠᠩᠭᠢᠯᠠᠯ:
web-mine-description = ᠲᠠᠨ ᠤ ᠮᠡᠳᠡᠭᠳᠡᠭᠰᠡᠨ:
web-mine-reason = ᠰᠢᠯᠲᠠᠭᠠᠨ:
web-mine-history = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠶᠠᠪᠤᠴᠠ:
web-mine-h-filed = { $at } ᠲᠠ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢᠯᠡᠭᠡᠪᠡ
web-mine-h-status = { $at } ᠲᠥᠯᠥᠪ: { $status }
web-mine-h-reply = { $at } ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠬᠠᠷᠢᠭᠤᠯᠪᠠ: { $text }
web-mine-h-ask = { $at } ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠲᠠᠨ ᠠᠴᠠ ᠨᠡᠮᠡᠬᠦ ᠶᠢ ᠭᠤᠶᠤᠪᠠ: { $text }
web-mine-h-addition = { $at } ᠲᠠ ᠨᠡᠮᠡᠪᠡ: { $text }
web-mine-h-evidence = { $at } ᠲᠠ { $kind } ᠨᠡᠮᠡᠪᠡ
web-mine-officer-asks = ❓ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ: “ᠪᠠᠶᠢᠳᠠᠯ ᠨᠡᠮᠡᠬᠦ” ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
web-mine-closed = ᠡᠨᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢ ᠪᠠᠷᠢᠵᠤ ᠳᠠᠭᠤᠰᠬᠠᠭᠰᠠᠨ᠂ ᠨᠡᠮᠡᠵᠦ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃ ᠰᠢᠨ᠎ᠡ ᠪᠠᠶᠢᠳᠠᠯ ᠭᠠᠷᠪᠠᠯ ᠳᠠᠬᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠭᠡᠷᠡᠢ᠃
web-mine-add = ➕ ᠪᠠᠶᠢᠳᠠᠯ ᠨᠡᠮᠡᠬᠦ / ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠳᠤ ᠬᠠᠷᠢᠭᠤᠯᠬᠤ
web-mine-back = 📄 ᠮᠢᠨᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ
web-mine-add-title = ➕ ᠪᠠᠶᠢᠳᠠᠯ ᠨᠡᠮᠡᠬᠦ
web-mine-add-text = ᠨᠡᠮᠡᠬᠦ ᠦᠭᠡ (ᠪᠢᠴᠢᠬᠦ ᠦᠭᠡᠢ᠂ ᠵᠢᠷᠤᠭ ᠯᠡ ᠨᠡᠮᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ)
web-mine-add-photo = ᠵᠢᠷᠤᠭ (ᠨᠢᠭᠡ᠂ ᠨᠡᠮᠡᠬᠦ ᠦᠭᠡᠢ ᠴᠤ ᠪᠣᠯᠤᠨ᠎ᠠ)
web-mine-add-submit = ✅ ᠢᠯᠡᠭᠡᠬᠦ
web-mine-added = ✅ { $reference } ᠳᠤ ᠨᠡᠮᠡᠪᠡ᠂ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠦᠵᠡᠬᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
web-mine-not-found = ᠡᠨᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠡᠨᠡ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢ ᠯᠡ ᠡᠨᠳᠡ ᠦᠵᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃

## Reminders on the web
web-reminders-title = 🔔 ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ᠎ᠠ: ᠨᠢᠭᠡ ᠳᠠᠷᠤᠵᠤ ᠨᠡᠭᠡᠭᠡᠬᠦ ᠪᠤᠶᠤ ᠬᠠᠭᠠᠬᠤ
web-reminders-quiet = ᠰᠦᠨᠢ ᠶᠢᠨ ᠠᠮᠠᠷᠠᠬᠤ ᠴᠠᠭ: { $quiet } (ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠭ᠎ᠠ ᠡᠴᠡ ᠪᠤᠰᠤ)
web-reminders-topic = { $mark } { $topic }
web-reminders-chosen = 🔘 { $preset }

## Points on the web
web-points = 🎁 ᠮᠢᠨᠤ ᠣᠨᠣᠭ᠎ᠠ

## Ask my officer on the web
web-askofficer = 👮 ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠠᠴᠠ ᠠᠰᠠᠭᠤᠬᠤ
web-askofficer-prompt = ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠠᠨ ᠪᠢᠴᠢᠵᠦ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠂ ᠪᠢ ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠳᠤ ᠳᠠᠮᠵᠢᠭᠤᠯᠤᠨ᠎ᠠ᠃ ᠬᠠᠷᠢᠭᠤ ᠨᠢ ᠡᠨᠳᠡ ᠢᠷᠡᠨ᠎ᠡ᠃ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠪᠡᠷ ᠠᠰᠠᠭᠤᠬᠤ ᠳᠤ ᠲᠠᠨ ᠤ ᠨᠡᠷ᠎ᠡ ᠦᠯᠡᠳᠡᠬᠦ ᠦᠭᠡᠢ᠃
web-askofficer-placeholder = ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠠᠴᠠ ᠠᠰᠠᠭᠤᠬᠤ ᠠᠰᠠᠭᠤᠯᠲᠠ
web-askofficer-send = 📨 ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠳᠤ ᠢᠯᠡᠭᠡᠬᠦ

## ᠮᠡᠳᠡᠭᠳᠡᠯ ᠰᠠᠨᠠᠭᠤᠯᠬᠤ (Web Push)
web-push-title = ᠲᠣᠰᠣᠭᠠᠨ ᠤ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ
web-push-urgent = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠬᠦ ᠮᠡᠳᠡᠭᠡ: ᠨᠡᠭᠡᠭᠡᠵᠦ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃
web-push-message = ᠰᠢᠨ᠎ᠡ ᠮᠡᠳᠡᠭᠡ ᠢᠷᠡᠪᠡ: ᠨᠡᠭᠡᠭᠡᠵᠦ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃
web-push-offer = 🔔 ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢ ᠨᠡᠭᠡᠭᠡᠬᠦ: ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠬᠦ ᠮᠡᠳᠡᠭᠡ ᠪᠤᠶᠤ ᠲᠠᠨ ᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠦᠨ ᠰᠢᠨ᠎ᠡ ᠮᠡᠳᠡᠭᠡ ᠢᠷᠡᠬᠦ ᠳᠦ ᠤᠲᠠᠰᠤ ᠰᠠᠨᠠᠭᠤᠯᠤᠨ᠎ᠠ᠃
web-push-enable = ᠨᠡᠭᠡᠭᠡᠬᠦ
web-push-later = ᠳᠠᠷᠠᠭ᠎ᠠ
web-push-on = ✅ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠨᠡᠭᠡᠭᠡᠭᠳᠡᠪᠡ᠃
web-push-failed = ᠨᠡᠭᠡᠭᠡᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠬᠦᠲᠦᠴᠢ ᠶᠢᠨ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ᠎ᠠ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠡᠳ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃ ᠮᠡᠳᠡᠭᠡ ᠡᠨᠳᠡ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠃

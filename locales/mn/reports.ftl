# cunjing — reports, triage, follow-up and points (Mongolian, traditional script)
# machine-drafted: pending review by a native speaker — 机器草拟，待母语审校

## Report
report-choose-kind =
    📣 { B("ᠮᠡᠳᠡᠭᠳᠡᠯ ᠥᠭᠬᠦ") }: ᠲᠠ ᠶᠠᠮᠠᠷ ᠬᠡᠷᠡᠭ ᠢ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠪᠤᠢ?
    { I("ᠠᠯᠢ ᠴᠤ ᠴᠠᠭ ᠲᠤ /cancel ᠢᠯᠡᠭᠡᠵᠦ ᠪᠣᠯᠢᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃") }
report-kind-dispute = ⚖️ ᠵᠥᠷᠢᠴᠡᠯ ᠮᠠᠷᠭᠠᠭᠠᠨ
report-kind-clue = 🔎 ᠬᠠᠤᠯᠢ ᠵᠥᠷᠢᠴᠡᠭᠰᠡᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠰᠤᠷᠠᠭ
report-choose-category = ᠲᠥᠷᠥᠯ ᠢᠶᠡᠨ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ:
report-cat-neighbour = ᠬᠥᠷᠰᠢ ᠶᠢᠨ ᠵᠥᠷᠢᠴᠡᠯ
report-cat-family = ᠭᠡᠷ ᠪᠦᠯ᠂ ᠭᠡᠷᠯᠡᠯᠲᠡ
report-cat-land = ᠭᠠᠵᠠᠷ᠂ ᠭᠡᠷ ᠦᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠬᠢᠵᠠᠭᠠᠷ
report-cat-wages = ᠴᠠᠯᠢᠩ ᠥᠭᠬᠦ ᠦᠭᠡᠢ
report-cat-debt = ᠵᠡᠭᠡᠯᠢ ᠥᠷ᠎ᠡ᠂ ᠭᠡᠷ᠎ᠡ ᠪᠢᠴᠢᠭ
report-cat-dispute-other = ᠪᠤᠰᠤᠳ ᠵᠥᠷᠢᠴᠡᠯ
report-cat-fraud = ᠤᠲᠠᠰᠤ᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠶᠢᠨ ᠵᠠᠯᠢᠯᠠᠭ᠎ᠠ
report-cat-theft = ᠬᠤᠯᠠᠭᠠᠢ (ᠮᠠᠯ ᠬᠤᠯᠠᠭᠠᠢᠯᠠᠬᠤ ᠵᠡᠷᠭᠡ)
report-cat-vice = ᠮᠦᠷᠢᠶ᠎ᠡ ᠲᠡᠢ ᠨᠠᠭᠠᠳᠤᠮ᠂ ᠬᠣᠣᠷᠲᠤ ᠡᠮ᠂ ᠪᠡᠶ᠎ᠡ ᠬᠤᠳᠠᠯᠳᠠᠬᠤ
report-cat-gang = ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠳᠡᠭᠡᠷᠡᠯᠬᠡᠭᠴᠢ᠂ ᠬᠠᠷ᠎ᠠ ᠮᠠᠭᠤ ᠬᠦᠴᠦᠨ
report-cat-ecology = ᠪᠠᠶᠢᠭᠠᠯᠢ ᠶᠢ ᠰᠦᠢᠳᠬᠡᠬᠦ (ᠮᠣᠳᠤ ᠬᠣᠭᠤᠯᠬᠤ᠂ ᠪᠡᠯᠴᠢᠭᠡᠷ ᠡᠪᠳᠡᠬᠦ᠂ ᠬᠤᠯᠠᠭᠠᠢ ᠠᠩ ᠠᠪᠯᠠᠬᠤ)
report-cat-fundraising = ᠬᠠᠤᠯᠢ ᠪᠤᠰᠤ ᠬᠥᠷᠦᠩᠭᠡ ᠴᠤᠭᠯᠠᠭᠤᠯᠬᠤ
report-cat-cult = ᠮᠣᠷᠤᠢ ᠰᠢᠲᠦᠯᠭᠡ᠂ ᠪᠤᠷᠤᠭᠤ ᠰᠦᠰᠦᠭ ᠢᠶᠡᠷ ᠵᠠᠯᠢᠯᠠᠬᠤ
report-cat-road = ᠵᠠᠮ ᠤᠨ ᠠᠶᠤᠯ
report-cat-clue-other = ᠪᠤᠰᠤᠳ ᠰᠤᠷᠠᠭ
report-ask-description = ᠶᠠᠭᠤ ᠪᠣᠯᠤᠭᠰᠠᠨ ᠢ ᠦᠰᠦᠭ ᠢᠶᠡᠷ ᠪᠢᠴᠢᠵᠦ ᠬᠡᠯᠡᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠳᠠᠭᠤᠨ ᠮᠡᠳᠡᠭᠡ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
report-description-again = ᠦᠰᠦᠭ ᠴᠤ᠂ ᠳᠠᠭᠤᠨ ᠮᠡᠳᠡᠭᠡ ᠴᠤ ᠠᠪᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠬᠣᠶᠠᠷ ᠭᠤᠷᠪᠠᠨ ᠦᠭᠡ ᠪᠡᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠳᠠᠭᠤᠨ ᠮᠡᠳᠡᠭᠡ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠠᠶᠢᠳᠠᠯ ᠢᠶᠠᠨ ᠬᠡᠯᠡᠭᠡᠷᠡᠢ᠃
report-danger = ⚠️ { B("ᠣᠳᠣ ᠠᠶᠤᠯ ᠳᠤ ᠣᠷᠤᠭᠰᠠᠨ ᠬᠦᠮᠦᠨ ᠪᠠᠶᠢᠪᠠᠯ᠂ ᠰᠢᠭᠤᠳ 110 ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ!") } ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠳ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠪᠢᠴᠢᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
report-ask-evidence = ᠵᠢᠷᠤᠭ᠂ ᠳᠦᠷᠰᠦ ᠪᠢᠴᠢᠯᠭᠡ ᠡᠰᠡᠪᠡᠯ ᠹᠠᠶᠢᠯ ᠪᠠᠶᠢᠪᠠᠯ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ ({ $max } ᠬᠦᠷᠲᠡᠯ)᠃ ᠢᠯᠡᠭᠡᠵᠦ ᠳᠠᠭᠤᠰᠤᠭᠠᠳ “ᠳᠠᠭᠤᠰᠪᠠ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃ ᠦᠭᠡᠢ ᠪᠣᠯ ᠰᠢᠭᠤᠳ “ᠳᠠᠭᠤᠰᠪᠠ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
report-evidence-received = 📎 ᠠᠪᠤᠪᠠ᠃ ᠪᠠᠰᠠ ᠪᠠᠶᠢᠪᠠᠯ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠂ ᠳᠠᠭᠤᠰᠤᠭᠠᠳ “ᠳᠠᠭᠤᠰᠪᠠ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
report-evidence-capped = { $max } ᠠᠴᠠ ᠢᠯᠡᠭᠦᠦ ᠹᠠᠶᠢᠯ ᠬᠠᠪᠰᠤᠷᠭᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠂ ᠳᠠᠷᠠᠭᠠᠬᠢ ᠨᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ “ᠳᠠᠭᠤᠰᠪᠠ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠵᠤ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠭᠡᠷᠡᠢ᠃
report-evidence-only = ᠡᠨᠡ ᠠᠯᠬᠤᠮ ᠳᠤ ᠵᠢᠷᠤᠭ᠂ ᠳᠦᠷᠰᠦ ᠪᠢᠴᠢᠯᠭᠡ ᠡᠰᠡᠪᠡᠯ ᠹᠠᠶᠢᠯ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ; ᠦᠭᠡᠢ ᠪᠣᠯ “ᠳᠠᠭᠤᠰᠪᠠ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
report-button-done = ✅ ᠳᠠᠭᠤᠰᠪᠠ
report-button-skip = ᠠᠯᠭᠠᠰᠠᠬᠤ
report-ask-place = ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠬᠠᠮᠢᠭ᠎ᠠ ᠪᠣᠯᠪᠠ? ᠳᠣᠣᠷᠠᠬᠢ ᠲᠣᠪᠴᠢ ᠶᠢ ᠳᠠᠷᠤᠵᠤ ᠪᠠᠶᠢᠷᠢ ᠪᠠᠨ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠂ ᠡᠰᠡᠪᠡᠯ ᠭᠠᠵᠠᠷ ᠤᠨ ᠨᠡᠷ᠎ᠡ ᠶᠢ ᠪᠢᠴᠢᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
report-ask-place-more = ᠡᠰᠡᠪᠡᠯ:
report-button-my-village = { $village } ᠳᠤ
report-button-send-location = 📍 ᠪᠠᠶᠢᠷᠢ ᠪᠠᠨ ᠢᠯᠡᠭᠡᠬᠦ
report-place-noted = 📍 ᠭᠠᠵᠠᠷ ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ᠃
report-place-outside = 📍 ᠭᠠᠵᠠᠷ ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ᠃ ᠡᠨᠡ ᠪᠠᠶᠢᠷᠢ ᠲᠤᠰ ᠰᠢᠶᠠᠨ ᠠᠴᠠ ᠭᠠᠳᠠᠨ᠎ᠠ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠰᠢᠯᠭᠠᠵᠤ ᠦᠵᠡᠨ᠎ᠡ᠃
report-ask-when = ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠬᠡᠵᠢᠶ᠎ᠡ ᠪᠣᠯᠪᠠ? ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ “ᠥᠩᠭᠡᠷᠡᠭᠰᠡᠨ ᠭᠠᠷᠠᠭ ᠤᠨ ᠭᠤᠷᠪᠠᠨ ᠤ ᠣᠷᠣᠢ”)᠃
report-when-now = ᠰᠠᠶᠢᠬᠠᠨ
report-when-today = ᠥᠨᠥᠳᠦᠷ
report-when-yesterday = ᠥᠴᠦᠭᠡᠳᠦᠷ
report-when-earlier = ᠤᠷᠢᠳᠠ / ᠰᠠᠶᠢᠨ ᠰᠠᠨᠠᠬᠤ ᠦᠭᠡᠢ
report-ask-anonymity =
    ᠨᠡᠷ᠎ᠡ ᠲᠡᠢ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠦᠦ᠂ ᠡᠰᠡᠪᠡᠯ ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠨᠢᠭᠤᠴᠠᠯᠠᠬᠤ ᠤᠤ?
    • { B("ᠨᠡᠷ᠎ᠡ ᠲᠡᠢ") }: ᠲᠠᠨ ᠤ ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠲᠠᠨ ᠤ ᠨᠡᠷ᠎ᠡ ᠶᠢ ᠦᠵᠡᠵᠦ᠂ ᠲᠠᠨ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠳᠤ ᠠᠮᠠᠷ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
    • { B("ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠨᠢᠭᠤᠴᠠᠯᠠᠬᠤ") }: ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠲᠠ ᠬᠡᠨ ᠪᠣᠯᠬᠤ ᠶᠢ ᠮᠡᠳᠡᠬᠦ ᠦᠭᠡᠢ᠃ ᠰᠢᠰᠲᠧᠮ ᠵᠥᠪᠬᠡᠨ ᠨᠢᠭᠡᠨ ᠺᠣᠳ ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ᠂ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠬᠠᠷᠢᠭᠤ ᠪᠠ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠶᠠᠪᠤᠴᠠ ᠶᠢ ᠲᠠᠨ ᠳᠤ ᠳᠠᠮᠵᠢᠭᠤᠯᠤᠨ᠎ᠠ᠃
report-button-named = 👤 ᠨᠡᠷ᠎ᠡ ᠲᠡᠢ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ
report-button-anon = 🙈 ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠨᠢᠭᠤᠴᠠᠯᠠᠬᠤ
report-summary =
    📋 { B("ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢᠶᠡᠨ ᠰᠢᠯᠭᠠᠵᠤ ᠦᠵᠡᠭᠡᠷᠡᠢ") }
    ᠲᠥᠷᠥᠯ: { $kind } · { $category }
    ᠪᠠᠶᠢᠳᠠᠯ: { $description }
    ᠬᠠᠪᠰᠤᠷᠤᠯᠲᠠ: { $evidence }
    ᠭᠠᠵᠠᠷ: { $place }
    ᠴᠠᠭ: { $when }
    ᠨᠡᠷ᠎ᠡ: { $who }
report-voice-note = (ᠳᠠᠭᠤᠨ ᠮᠡᠳᠡᠭᠡ)
report-place-none = ᠪᠢᠴᠢᠭᠰᠡᠨ ᠦᠭᠡᠢ
report-place-location = ᠪᠠᠶᠢᠷᠢ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ
report-place-location-outside = ᠪᠠᠶᠢᠷᠢ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ (ᠲᠤᠰ ᠰᠢᠶᠠᠨ ᠠᠴᠠ ᠭᠠᠳᠠᠨ᠎ᠠ)
report-named-explained = ᠨᠡᠷ᠎ᠡ ᠲᠡᠢ
report-anonymous-explained = ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠰᠠᠨ (ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠲᠠ ᠬᠡᠨ ᠪᠣᠯᠬᠤ ᠶᠢ ᠮᠡᠳᠡᠬᠦ ᠦᠭᠡᠢ)
report-button-confirm = ✅ ᠪᠠᠲᠤᠯᠠᠵᠤ ᠢᠯᠡᠭᠡᠬᠦ
report-button-edit = ✏️ ᠵᠠᠰᠠᠬᠤ
report-edit-which = ᠠᠯᠢ ᠨᠢ ᠶᠢ ᠵᠠᠰᠠᠬᠤ ᠪᠤᠢ?
report-field-category = ᠲᠥᠷᠥᠯ
report-field-description = ᠪᠠᠶᠢᠳᠠᠯ
report-field-evidence = ᠬᠠᠪᠰᠤᠷᠤᠯᠲᠠ
report-field-place = ᠭᠠᠵᠠᠷ
report-field-when = ᠴᠠᠭ
report-field-anonymity = ᠨᠡᠷ᠎ᠡ ᠲᠡᠢ / ᠨᠢᠭᠤᠴᠠ
report-cancelled = ᠪᠣᠯᠢᠪᠠ᠂ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
report-incomplete = ᠲᠥᠷᠥᠯ ᠡᠰᠡᠪᠡᠯ ᠪᠠᠶᠢᠳᠠᠯ ᠤᠨ ᠲᠠᠶᠢᠯᠪᠤᠷᠢ ᠳᠤᠲᠠᠭᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ “ᠵᠠᠰᠠᠬᠤ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠵᠤ ᠨᠡᠮᠡᠭᠡᠷᠡᠢ᠃
report-rate-limited = ᠲᠠ ᠨᠢᠭᠡᠨ ᠮᠢᠨᠦᠲ ᠳᠣᠲᠣᠷ᠎ᠠ ᠳᠡᠨᠳᠡᠭᠦᠦ ᠣᠯᠠᠨ ᠢᠯᠡᠭᠡᠪᠡ᠂ ᠪᠠᠭᠠ ᠬᠦᠯᠢᠶᠡᠭᠡᠳ ᠳᠠᠬᠢᠨ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠃ ᠤᠷᠢᠳᠠ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠪᠦᠭᠦᠳᠡ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ᠃
report-submitted = ✅ ᠢᠯᠡᠭᠡᠪᠡ᠂ ᠳᠤᠭᠠᠷ { B($reference) }᠃ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠪᠠ ᠰᠢᠶᠠᠨ ᠤ ᠵᠠᠬᠢᠷᠤᠯᠲᠠ ᠶᠢᠨ ᠲᠥᠪ ᠲᠦ ᠨᠢᠭᠡᠨ ᠵᠡᠷᠭᠡ ᠢᠯᠡᠭᠡᠪᠡ᠃ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠠᠯᠬᠤᠮ ᠪᠦᠷᠢ ᠶᠢ ᠡᠨᠳᠡ ᠲᠠᠨ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
report-submitted-anonymous = ✅ ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠨᠢᠭᠤᠴᠠᠯᠠᠵᠤ ᠢᠯᠡᠭᠡᠪᠡ᠂ ᠳᠤᠭᠠᠷ { B($reference) }᠃ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠲᠠ ᠬᠡᠨ ᠪᠣᠯᠬᠤ ᠶᠢ ᠮᠡᠳᠡᠬᠦ ᠦᠭᠡᠢ; ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠶᠠᠪᠤᠴᠠ ᠶᠢ ᠪᠠᠰᠠ ᠡᠨᠳᠡ ᠲᠠᠨ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
report-already-submitted = ᠡᠨᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠨᠢᠭᠡᠨᠲᠡ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ᠂ ᠳᠤᠭᠠᠷ { B($reference) }᠃
report-draft-lost = ᠡᠨᠡ ᠪᠠᠲᠤᠯᠠᠬᠤ ᠳᠠᠷᠤᠭᠤᠯ ᠤᠨ ᠨᠤᠶᠤᠭ ᠣᠯᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠶᠠᠮᠠᠷ ᠴᠤ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃ “📣 ᠮᠡᠳᠡᠭᠳᠡᠯ ᠥᠭᠬᠦ” ᠶᠢ ᠳᠠᠷᠤᠵᠤ ᠳᠠᠬᠢᠨ ᠡᠬᠢᠯᠡᠭᠡᠷᠡᠢ᠃ ᠤᠷᠢᠳᠠ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ “👤 ᠮᠢᠨᠤ” ᠳᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠃
report-draft-unsaved = ᠰᠡᠭᠦᠯ ᠤᠨ ᠬᠠᠷᠢᠭᠤᠯᠲᠠ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠡᠨᠡ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠳᠤ ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠬᠠᠷᠢᠭᠤᠯᠠᠭᠠᠷᠠᠢ᠃

## Report card (what officers see)
card-status = ᠲᠥᠯᠥᠪ: { $status } · ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ: { $officer }
card-unassigned = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭ᠎ᠠ ᠦᠭᠡᠢ
card-where = ᠭᠠᠵᠠᠷ: { $where }
card-when = ᠴᠠᠭ: { $when }
card-reporter = ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ: { $who }
card-anonymous = ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠰᠠᠨ
card-named = ᠨᠡᠷ᠎ᠡ ᠲᠡᠢ (“ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠵᠤ ᠭᠠᠭᠴᠠᠭᠠᠷ ᠦᠵᠡᠨ᠎ᠡ)
card-voice-only = (ᠳᠠᠭᠤᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ᠂ ᠬᠠᠪᠰᠤᠷᠤᠯᠲᠠ ᠶᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ)
card-evidence = 📎 ᠬᠠᠪᠰᠤᠷᠤᠯᠲᠠ { $count } (“ᠨᠣᠲᠠᠯᠭᠠ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠵᠤ ᠭᠠᠭᠴᠠᠭᠠᠷ ᠦᠵᠡᠨ᠎ᠡ)
card-location-shared = ᠪᠠᠶᠢᠷᠢ ᠬᠠᠪᠰᠤᠷᠭᠠᠭᠰᠠᠨ (ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠭᠠᠭᠴᠠᠭᠠᠷ ᠢᠯᠡᠭᠡᠨ᠎ᠡ)
card-outside-county = ⚠️ ᠪᠠᠶᠢᠷᠢ ᠲᠤᠰ ᠰᠢᠶᠠᠨ ᠠᠴᠠ ᠭᠠᠳᠠᠨ᠎ᠠ
card-rejected = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ ᠰᠢᠯᠲᠠᠭᠠᠨ: { $reason }
card-new-info = 🆕 { B("ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠪᠠᠶᠢᠳᠠᠯ ᠨᠡᠮᠡᠪᠡ") }
card-reopened = 🔁 { B("ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠳᠠᠬᠢᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠡᠷᠡᠢ") }
card-escalated = ⏰ { B("ᠴᠠᠭ ᠥᠩᠭᠡᠷᠡᠪᠡ᠂ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭ᠎ᠠ ᠦᠭᠡᠢ᠃ ᠲᠦᠷᠭᠡᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠡᠷᠡᠢ") }
colour-red = 🔴
colour-yellow = 🟡
colour-green = 🟢
status-new = ᠰᠢᠨ᠎ᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ
status-accepted = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ
status-in_progress = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ
status-resolved = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ
status-mediated = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠰᠡᠨ
status-closed = ᠪᠠᠷᠢᠵᠤ ᠳᠠᠭᠤᠰᠬᠠᠭᠰᠠᠨ
status-rejected = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ
triage-accept = ✅ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ
triage-note = 📝 ᠲᠠᠶᠢᠯᠪᠤᠷᠢ
triage-reply = 💬 ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠳᠦ ᠬᠠᠷᠢᠭᠤᠯᠬᠤ
triage-ask = ❓ ᠨᠡᠮᠡᠨ ᠠᠰᠠᠭᠤᠬᠤ
triage-reject = ⛔ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ
triage-evidence = 📎 ᠨᠣᠲᠠᠯᠭᠠ ({ $count })
triage-reporter = 👤 ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ
triage-points-clue = 🎁 ᠲᠤᠰᠠᠲᠠᠢ ᠰᠤᠷᠠᠭ +10
triage-points-mediation = 🎁 ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠳᠦ ᠲᠤᠰᠠᠯᠠᠭᠰᠠᠨ +10
triage-blocklist = 🚫 ᠵᠠᠯᠢᠯᠠᠭ᠎ᠠ ᠮᠥᠨ᠂ ᠳ᠋ᠤᠭᠠᠷ ᠢ ᠬᠣᠷᠢᠭᠯᠠᠬᠤ
triage-blocklisted = { $count } ᠳ᠋ᠤᠭᠠᠷ/ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠶᠢ ᠵᠠᠯᠢᠯᠠᠭ᠎ᠠ ᠶᠢᠨ ᠬᠣᠷᠢᠭᠯᠠᠯ ᠳᠤ ᠣᠷᠣᠭᠤᠯᠪᠠ᠃
triage-already-taken = ᠡᠨᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢ ᠥᠪᠡᠷ᠎ᠡ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠨᠢᠭᠡᠨᠲᠡ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ᠃
triage-accepted-you = ᠲᠠ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠪᠠ᠃
triage-not-now = ᠣᠳᠣ ᠲᠥᠯᠥᠪ ᠢ ᠢᠩᠭᠢᠵᠦ ᠰᠣᠯᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃
triage-start-private = ᠤᠷᠢᠳᠠ ᠴᠦᠨᠵᠢᠩ ᠲᠡᠢ ᠭᠠᠭᠴᠠᠭᠠᠷ ᠶᠠᠷᠢᠯᠴᠠᠵᠤ /start ᠢᠯᠡᠭᠡᠭᠡᠳ᠂ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢ ᠡᠨᠡ ᠲᠣᠪᠴᠢ ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
triage-check-private = ᠴᠦᠨᠵᠢᠩ ᠲᠡᠢ ᠭᠠᠭᠴᠠᠭᠠᠷ ᠶᠠᠷᠢᠯᠴᠠᠵᠤ᠂ ᠲᠡᠨᠳᠡ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
triage-input-note = 📝 { $reference }: ᠳᠣᠲᠣᠭᠠᠳᠤ ᠲᠠᠶᠢᠯᠪᠤᠷᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠵᠥᠪᠬᠡᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠦᠵᠡᠨ᠎ᠡ):
triage-input-reply = 💬 { $reference }: ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠳᠦ ᠥᠭᠬᠦ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠳᠦ ᠳᠠᠮᠵᠢᠭᠤᠯᠤᠨ᠎ᠠ᠂ ᠲᠡᠭᠦᠨ ᠦ ᠨᠡᠷ᠎ᠡ ᠶᠢ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ ᠦᠭᠡᠢ):
triage-input-ask = ❓ { $reference }: ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠶᠠᠭᠤ ᠨᠡᠮᠡᠬᠦ ᠬᠡᠷᠡᠭᠲᠡᠢ ᠶᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ:
triage-input-reject = ⛔ { $reference }: ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠳᠦ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ):
triage-input-text-only = ᠦᠰᠦᠭ ᠢᠶᠡᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠪᠣᠯᠢᠬᠤ ᠪᠣᠯ /cancel ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ)᠃
triage-note-saved = ✅ ᠲᠠᠶᠢᠯᠪᠤᠷᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ᠃
triage-relayed = ✅ ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠳᠦ ᠳᠠᠮᠵᠢᠭᠤᠯᠪᠠ᠃
triage-not-relayed = ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ᠂ ᠭᠡᠪᠡᠴᠦ ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠲᠡᠢ ᠣᠳᠣ ᠬᠠᠷᠢᠯᠴᠠᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃
triage-done = ✅ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠪᠡ᠃
triage-reporter-anonymous = ᠡᠨᠡ ᠪᠣᠯ ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠰᠠᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ᠂ ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠬᠡᠨ ᠪᠣᠯᠬᠤ ᠶᠢ ᠦᠵᠡᠬᠦ ᠦᠭᠡᠢ᠃ “ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠳᠦ ᠬᠠᠷᠢᠭᠤᠯᠬᠤ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠵᠤ ᠲᠡᠭᠦᠨ ᠲᠡᠢ ᠬᠠᠷᠢᠯᠴᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
triage-reporter-card = 👤 { $reference }: ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ { $name } (Telegram ID { $id })᠃ ᠵᠥᠪᠬᠡᠨ ᠬᠡᠷᠡᠭ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠳᠦ ᠬᠡᠷᠡᠭᠯᠡᠭᠡᠷᠡᠢ᠂ ᠭᠠᠳᠠᠭᠰᠢ ᠲᠠᠷᠬᠠᠭᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃

## Notices to the reporter
reporter-status = 📣 ᠲᠠᠨ ᠤ { $reference } ᠮᠡᠳᠡᠭᠳᠡᠯ ᠦᠨ ᠲᠥᠯᠥᠪ ᠰᠢᠨᠡᠴᠢᠯᠡᠭᠳᠡᠪᠡ: { B($status) }᠃
reporter-accepted = 📣 ᠲᠠᠨ ᠤ { $reference } ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠪᠠ᠂ ᠴᠠᠭᠳᠠᠭ᠎ᠠ { $officer } ᠬᠠᠷᠢᠭᠤᠴᠠᠨ᠎ᠠ᠃
reporter-rejected = 📣 ᠲᠠᠨ ᠤ { $reference } ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ: { $reason }᠃ ᠠᠰᠠᠭᠤᠬᠤ ᠶᠠᠭᠤᠮ᠎ᠠ ᠪᠠᠶᠢᠪᠠᠯ ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃
reporter-reply = 💬 ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠲᠠᠨ ᠤ { $reference } ᠮᠡᠳᠡᠭᠳᠡᠯ ᠳᠦ ᠬᠠᠷᠢᠭᠤᠯᠪᠠ:
    { $text }
reporter-info-request = ❓ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠲᠠᠨ ᠠᠴᠠ { $reference } ᠮᠡᠳᠡᠭᠳᠡᠯ ᠦᠨ ᠪᠠᠶᠢᠳᠠᠯ ᠢ ᠨᠡᠮᠡᠵᠦ ᠥᠭᠬᠦ ᠶᠢ ᠭᠤᠶᠤᠨ᠎ᠠ:
    { $text }
    ᠡᠨᠳᠡ ᠰᠢᠭᠤᠳ ᠦᠰᠦᠭ ᠡᠰᠡᠪᠡᠯ ᠵᠢᠷᠤᠭ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠂ ᠡᠨᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠳᠦ ᠨᠡᠮᠡᠭᠳᠡᠨ᠎ᠡ᠃
reporter-points = 🎁 ᠲᠠᠨ ᠤ { $reference } ᠮᠡᠳᠡᠭᠳᠡᠯ { $points } ᠣᠨᠣᠭ᠎ᠠ ᠠᠪᠤᠪᠠ ({ $reason })᠃ ᠣᠳᠣ ᠲᠠᠨ ᠳᠤ ᠪᠦᠭᠦᠳᠡ { $balance } ᠣᠨᠣᠭ᠎ᠠ ᠪᠠᠶᠢᠨ᠎ᠠ᠃
feedback-yes = 😊 ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ
feedback-no = 😞 ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ
feedback-thanks = ᠲᠠᠨ ᠤ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠳᠦ ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠃ ᠡᠨᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢ ᠪᠠᠷᠢᠵᠤ ᠳᠠᠭᠤᠰᠬᠠᠪᠠ᠃
feedback-reopened = ᠠᠪᠤᠪᠠ᠃ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠳᠠᠬᠢᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ᠂ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠲᠠᠨ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
feedback-question = { $reference } ᠮᠡᠳᠡᠭᠳᠡᠯ ᠦᠨ ᠰᠢᠢᠳᠪᠦᠷᠢ ᠳᠦ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ ᠤᠤ? ᠳᠣᠣᠷᠠᠬᠢ ᠲᠣᠪᠴᠢ ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
feedback-recorded = { $reference } ᠲᠤ ᠥᠭᠭᠦᠭᠰᠡᠨ ᠲᠠᠨ ᠤ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠶᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠴᠢᠬᠡᠭᠰᠡᠨ᠂ ᠳᠠᠬᠢᠨ ᠳᠠᠷᠤᠬᠤ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠃ ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ!
feedback-not-due = ᠡᠨᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠳᠦ ᠣᠳᠣ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠬᠡᠷᠡᠭᠰᠡᠬᠦ ᠦᠭᠡᠢ᠃

## My reports
my-reports-none = ᠲᠠ ᠣᠳᠣ ᠪᠣᠯᠲᠠᠯ᠎ᠠ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
my-reports-title = 📄 ᠲᠠᠨ ᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ (ᠳᠠᠷᠤᠵᠤ ᠳᠡᠯᠭᠡᠷᠡᠩᠭᠦᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ):
my-report-detail =
    { B($reference) } · { $category }
    ᠲᠥᠯᠥᠪ: { $status }
    { $description }
my-reports-add = ➕ ᠪᠠᠶᠢᠳᠠᠯ ᠨᠡᠮᠡᠬᠦ
my-reports-add-prompt = ᠨᠡᠮᠡᠬᠦ ᠦᠰᠦᠭ ᠡᠰᠡᠪᠡᠯ ᠵᠢᠷᠤᠭ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ ({ $reference }):
my-reports-added = ✅ { $reference }: ᠨᠡᠮᠡᠪᠡ᠂ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠳᠤ ᠮᠡᠳᠡᠭᠦᠯᠪᠡ᠃
mine-points = 🎁 ᠣᠨᠣᠭ᠎ᠠ

## Points
points-balance = 🎁 ᠲᠠᠨ ᠳᠤ ᠣᠳᠣ { B($balance) } ᠣᠨᠣᠭ᠎ᠠ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠬᠠᠶᠢᠷ᠎ᠠ ᠶᠢᠨ ᠳᠡᠯᠭᠡᠭᠦᠷ (爱心超市) ᠲᠦ ᠰᠣᠯᠢᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
points-history-line = { $date }  { $delta }  { $reason }
points-title = 🎁 ᠮᠢᠨᠤ ᠣᠨᠣᠭ᠎ᠠ
points-history-title = ᠰᠠᠶᠢᠬᠠᠨ ᠤ ᠣᠨᠣᠭ᠎ᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ:
points-history-award = { $date }  { $delta }  { $reason } { $reference }
points-history-none = ᠣᠨᠣᠭ᠎ᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠠᠯᠢ ᠦᠭᠡᠢ᠃
points-how = ᠣᠨᠣᠭ᠎ᠠ ᠣᠯᠬᠤ: ᠲᠠᠨ ᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠲᠤᠰᠠᠲᠠᠢ ᠰᠤᠷᠠᠭ ᠥᠭᠬᠦ᠂ ᠡᠰᠡᠪᠡᠯ ᠲᠠ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠳᠦ ᠲᠤᠰᠠᠯᠠᠪᠠᠯ᠂ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠣᠨᠣᠭ᠎ᠠ ᠱᠠᠩᠨᠠᠨ᠎ᠠ᠃ ᠰᠣᠯᠢᠬᠤ: ᠬᠠᠶᠢᠷ᠎ᠠ ᠶᠢᠨ ᠳᠡᠯᠭᠡᠭᠦᠷ (爱心超市) ᠲᠦ “🧾 ᠰᠣᠯᠢᠬᠤ ᠺᠣᠳ ᠭᠠᠷᠭᠠᠬᠤ” ᠶᠢ ᠳᠠᠷᠤᠵᠤ᠂ ᠺᠣᠳ ᠢ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠳᠤ ᠬᠡᠯᠡᠭᠡᠷᠡᠢ᠃
points-code-button = 🧾 ᠰᠣᠯᠢᠬᠤ ᠺᠣᠳ ᠭᠠᠷᠭᠠᠬᠤ
points-code = 🧾 ᠰᠣᠯᠢᠬᠤ ᠺᠣᠳ: { B($code) } (15 ᠮᠢᠨᠦᠲ ᠳᠣᠲᠣᠷ᠎ᠠ ᠬᠦᠴᠦᠨ ᠲᠡᠢ)᠃ ᠬᠠᠶᠢᠷ᠎ᠠ ᠶᠢᠨ ᠳᠡᠯᠭᠡᠭᠦᠷ ᠲᠦ ᠡᠨᠡ ᠲᠣᠭ᠎ᠠ ᠶᠢ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠳᠤ ᠬᠡᠯᠡᠭᠡᠷᠡᠢ᠃
points-reason-clue = ᠲᠤᠰᠠᠲᠠᠢ ᠰᠤᠷᠠᠭ
points-reason-mediation = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠳᠦ ᠲᠤᠰᠠᠯᠠᠭᠰᠠᠨ
points-awarded = { $points } ᠣᠨᠣᠭ᠎ᠠ ᠱᠠᠩᠨᠠᠪᠠ᠃
points-no-recipient = ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠣᠨᠣᠭ᠎ᠠ ᠥᠭᠴᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃
redeem-usage = ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠠᠷᠭ᠎ᠠ: /redeem ᠺᠣᠳ ᠣᠨᠣᠭ᠎ᠠ ᠶᠠᠭᠤᠮ᠎ᠠ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ /redeem 123456 20 ᠨᠢᠭᠡᠨ ᠯᠣᠩᠬᠤ ᠲᠣᠰᠤ
redeem-bad-code = ᠡᠨᠡ ᠺᠣᠳ ᠪᠤᠷᠤᠭᠤ ᠡᠰᠡᠪᠡᠯ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠃ ᠲᠡᠷᠡ ᠬᠦᠮᠦᠨ ᠳᠠᠬᠢᠨ ᠺᠣᠳ ᠭᠠᠷᠭᠠᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃
redeem-done = ✅ { $points } ᠣᠨᠣᠭ᠎ᠠ ᠰᠣᠯᠢᠪᠠ᠂ ᠲᠡᠭᠦᠨ ᠳᠦ { $balance } ᠣᠨᠣᠭ᠎ᠠ ᠦᠯᠡᠪᠡ᠃
redeem-done-resident = 🎁 ᠲᠠ ᠬᠠᠶᠢᠷ᠎ᠠ ᠶᠢᠨ ᠳᠡᠯᠭᠡᠭᠦᠷ ᠲᠦ { $points } ᠣᠨᠣᠭ᠎ᠠ ᠪᠠᠷ ᠰᠣᠯᠢᠪᠠ: { $item }᠃ ᠲᠠᠨ ᠳᠤ { $balance } ᠣᠨᠣᠭ᠎ᠠ ᠦᠯᠡᠪᠡ᠃
redeem-insufficient = ᠣᠨᠣᠭ᠎ᠠ ᠬᠦᠷᠦᠯᠴᠡᠬᠦ ᠦᠭᠡᠢ: ᠲᠡᠷᠡ ᠬᠦᠮᠦᠨ ᠳᠦ ᠵᠥᠪᠬᠡᠨ { $balance } ᠣᠨᠣᠭ᠎ᠠ ᠪᠠᠶᠢᠨ᠎ᠠ᠃

## Daily review
digest-title = 📋 { B($station, ": ᠪᠠᠷᠢᠵᠤ ᠳᠠᠭᠤᠰᠬᠠᠭ᠎ᠠ ᠦᠭᠡᠢ ᠮᠡᠳᠡᠭᠳᠡᠯ") }: 🔴 { $red } · 🟡 { $yellow } · 🟢 { $green }
digest-line = { $colour } { $reference } · { $status } · { $days } ᠡᠳᠦᠷ
digest-empty = ᠪᠠᠷᠢᠵᠤ ᠳᠠᠭᠤᠰᠬᠠᠭ᠎ᠠ ᠦᠭᠡᠢ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠠᠯᠭ᠎ᠠ᠃

## Officer lists and statistics
list-title = 📂 { B("ᠮᠡᠳᠡᠭᠳᠡᠯ ᠦᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ") } ({ $filter }᠂ ᠬᠠᠭᠤᠳᠠᠰᠤ { $page }): ᠨᠢᠭᠡᠨ ᠢ ᠨᠢ ᠳᠠᠷᠤᠵᠤ ᠦᠵᠡᠵᠦ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠡᠷᠡᠢ᠃
list-empty = 📂 ᠨᠥᠬᠥᠴᠡᠯ ᠳᠦ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠠᠯᠭ᠎ᠠ ({ $filter })᠃
list-filter-open = ᠪᠠᠷᠢᠵᠤ ᠳᠠᠭᠤᠰᠬᠠᠭ᠎ᠠ ᠦᠭᠡᠢ
list-filter-red = 🔴 ᠤᠯᠠᠭᠠᠨ
list-filter-yellow = 🟡 ᠰᠢᠷ᠎ᠠ
list-filter-green = 🟢 ᠨᠣᠭᠤᠭᠠᠨ
list-filter-mine = ᠮᠢᠨᠤ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠰᠠᠨ
list-filter-new = ᠰᠢᠨ᠎ᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ
list-filter-in_progress = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ
list-filter-closed = ᠪᠠᠷᠢᠵᠤ ᠳᠠᠭᠤᠰᠬᠠᠭᠰᠠᠨ
list-filter-all = ᠪᠦᠭᠦᠳᠡ
stats-title = 📊 { B("ᠣᠶᠢᠷᠠᠬᠢ ", $days, " ᠡᠳᠦᠷ ᠦᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠦᠨ ᠲᠣᠭ᠎ᠠ ᠪᠦᠷᠢᠳᠬᠡᠯ") }: ᠪᠦᠭᠦᠳᠡ { $total }
stats-colours = 🔴 { $red } · 🟡 { $yellow } · 🟢 { $green }
stats-by-category = { B("ᠲᠥᠷᠥᠯ ᠢᠶᠡᠷ") }
stats-by-village = { B("ᠭᠠᠴᠠᠭ᠎ᠠ ᠪᠠᠷ") }
stats-caption = ᠣᠶᠢᠷᠠᠬᠢ { $days } ᠡᠳᠦᠷ ᠦᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠦᠨ ᠲᠣᠭ᠎ᠠ ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠵᠢᠷᠤᠭ

## Charts and export
# machine-drafted: pending review by a native speaker — 机器草拟，待母语审校
chart-title = ᠣᠶᠢᠷᠠᠬᠢ { $days } ᠡᠳᠦᠷ ᠦᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ (ᠪᠦᠭᠦᠳᠡ { $total })
chart-by-colour = ᠥᠩᠭᠡ ᠪᠡᠷ
chart-by-category = ᠲᠥᠷᠥᠯ ᠢᠶᠡᠷ
chart-by-village = ᠭᠠᠴᠠᠭ᠎ᠠ ᠪᠠᠷ
chart-trend = ᠡᠳᠦᠷ ᠪᠦᠷᠢ ᠶᠢᠨ ᠰᠢᠨ᠎ᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ (ᠣᠶᠢᠷᠠᠬᠢ { $days } ᠡᠳᠦᠷ)
chart-no-data = ᠮᠡᠳᠡᠭᠳᠡᠯ ᠦᠭᠡᠢ
chart-other = ᠪᠤᠰᠤᠳ
colour-name-red = ᠤᠯᠠᠭᠠᠨ
colour-name-yellow = ᠰᠢᠷ᠎ᠠ
colour-name-green = ᠨᠣᠭᠣᠭᠠᠨ
kind-name-dispute = ᠵᠥᠷᠢᠴᠡᠯ ᠮᠠᠷᠭᠠᠭᠠᠨ
kind-name-clue = ᠬᠠᠤᠯᠢ ᠵᠥᠷᠢᠴᠡᠭᠰᠡᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠰᠤᠷᠠᠭ
export-yes = ᠲᠡᠢᠮᠦ
export-no = ᠦᠭᠡᠢ
export-anonymous = ᠨᠡᠷ᠎ᠡ ᠥᠭᠡᠭᠦᠯᠦᠭᠰᠡᠨ ᠦᠭᠡᠢ
export-location-shared = ᠪᠠᠢᠷᠢ ᠶᠢ ᠬᠤᠪᠢᠶᠠᠯᠴᠠᠭᠰᠠᠨ

## Report history and triage refusals
# machine-drafted: pending review by a native speaker — 机器草拟，待母语审校
triage-stale = ⌛ ᠡᠨᠡ ᠲᠣᠪᠴᠢ ᠶᠢᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠪᠠ: { $reference } ᠣᠳᠣ “{ $status }” ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠶᠠᠮᠠᠷ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠬᠢᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃ ᠺᠠᠷᠲ ᠰᠢᠨᠡᠳᠭᠡᠭᠳᠡᠪᠡ᠃
points-already = ᠡᠨᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠳᠦ ᠡᠨᠡ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢᠶᠠᠷ ᠣᠨᠣᠭ᠎ᠠ ᠥᠭᠴᠦ ᠪᠠᠶᠢᠯ᠎ᠠ᠂ ᠳᠠᠪᠬᠤᠷ ᠥᠭᠬᠦ ᠦᠭᠡᠢ᠃
triage-blocklisted-already = ᠡᠨᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠦᠨ ᠳ᠋ᠤᠭᠠᠷ/ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠥᠪᠡᠷ᠎ᠡ ᠣᠷᠣᠭᠤᠯᠤᠭᠰᠠᠨ᠂ ᠳᠠᠪᠬᠤᠷ ᠲᠣᠭᠠᠯᠠᠬᠤ ᠦᠭᠡᠢ᠃
triage-location-of = 📍 { $reference } ᠶᠢᠨ ᠪᠠᠶᠢᠷᠢ:
card-history = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ:
history-note = { $at } 📝 { $officer } (ᠳᠣᠲᠣᠭᠠᠳᠤ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ): { $text }
history-reply = { $at } 💬 { $officer } ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠳᠦ ᠬᠠᠷᠢᠭᠤᠯᠪᠠ: { $text }
history-ask = { $at } ❓ { $officer } ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠡᠴᠡ ᠨᠡᠮᠡᠬᠦ ᠶᠢ ᠭᠤᠶᠤᠪᠠ: { $text }
history-addition = { $at } ➕ ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠨᠡᠮᠡᠪᠡ: { $text }
history-evidence = { $at } 📎 ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠬᠠᠪᠰᠤᠷᠭ᠎ᠠ ᠨᠡᠮᠡᠪᠡ ({ $kind })
history-more = …ᠡᠮᠦᠨ᠎ᠡ { $count } ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ /reports ᠡᠴᠡ ᠪᠦᠬᠦᠨ ᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ
evidence-kind-photo = ᠵᠢᠷᠤᠭ
evidence-kind-video = ᠸᠢᠳᠢᠶᠣ
evidence-kind-document = ᠹᠠᠶᠢᠯ
reporter-evidence-added = ✅ { $reference }: ᠬᠠᠪᠰᠤᠷᠭ᠎ᠠ ᠨᠡᠮᠡᠪᠡ᠂ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠳᠤ ᠮᠡᠳᠡᠭᠦᠯᠪᠡ᠃ ᠵᠢᠷᠤᠭ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
list-unknown-village = “{ $query }” ᠭᠡᠳᠡᠭ ᠲᠠᠰᠢᠶ᠎ᠠ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠲᠠᠰᠢᠶ᠎ᠠ ᠶᠢᠨ ᠨᠡᠷ᠎ᠡ (ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 红旗村) ᠡᠰᠡᠪᠡᠯ ᠺᠣᠳ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
history-kind-note = ᠳᠣᠲᠣᠭᠠᠳᠤ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ
history-kind-reply = ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠳᠦ ᠬᠠᠷᠢᠭᠤ
history-kind-ask = ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠡᠴᠡ ᠨᠡᠮᠡᠬᠦ ᠶᠢ ᠭᠤᠶᠤᠪᠠ
history-kind-addition = ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠨᠡᠮᠡᠪᠡ
history-kind-evidence = ᠮᠡᠳᠡᠭᠳᠡᠭᠴᠢ ᠬᠠᠪᠰᠤᠷᠭ᠎ᠠ ᠨᠡᠮᠡᠪᠡ

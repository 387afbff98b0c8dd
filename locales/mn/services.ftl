# cunjing — service answers and questions to the village officer (Mongolian, traditional script)
# machine-drafted: pending review by a native speaker — 机器草拟，待母语审校

## ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ
services-choose-category = 📋 { B("ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ") }: ᠪᠠᠷᠢᠬᠤ ᠬᠡᠷᠡᠭ ᠢᠶᠡᠨ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
    { I("ᠪᠠᠰᠠ ᠰᠢᠭᠤᠳ ᠪᠢᠴᠢᠵᠦ ᠠᠰᠠᠭᠤᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ “ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠢᠶᠡᠨ ᠭᠡᠭᠡᠭᠰᠡᠨ᠂ ᠶᠠᠭᠠᠵᠤ ᠨᠥᠬᠥᠵᠦ ᠪᠠᠷᠢᠬᠤ ᠪᠤᠢ?”") }
services-choose-topic = { B($category) }: ᠲᠣᠳᠣᠷᠬᠠᠢ ᠬᠡᠷᠡᠭ ᠢᠶᠡᠨ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ:
services-section-who = { B("👤 ᠬᠡᠨ ᠪᠠᠷᠢᠵᠤ ᠪᠣᠯᠬᠤ") }
services-section-materials = { B("📄 ᠠᠪᠴᠤ ᠣᠴᠢᠬᠤ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ") }
services-section-where = { B("📍 ᠬᠠᠮᠢᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ") }
services-section-online = { B("🌐 ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠪᠡᠷ ᠪᠠᠷᠢᠬᠤ᠂ ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠵᠦ ᠪᠠᠷᠢᠬᠤ") }
services-section-fee = { B("💰 ᠵᠠᠷᠤᠳᠠᠯ:") }
services-section-time = { B("⏱ ᠪᠠᠷᠢᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ:") }
services-section-remote = { B("🏠 ᠥᠭᠡᠷ᠎ᠡ ᠭᠠᠵᠠᠷ ᠲᠤ ᠪᠠᠷᠢᠬᠤ᠂ ᠭᠡᠷ ᠲᠦ ᠢᠷᠡᠵᠦ ᠪᠠᠷᠢᠬᠤ") }
services-section-pitfalls = { B("⚠️ ᠠᠨᠬᠠᠷᠤᠭᠠᠷᠠᠢ᠂ ᠬᠣᠭᠤᠰᠤᠨ ᠶᠠᠪᠤᠬᠤ ᠠᠴᠠ ᠰᠡᠷᠭᠡᠶᠢᠯᠡᠭᠡᠷᠡᠢ") }
services-basis = 📚 ᠦᠨᠳᠦᠰᠦᠯᠡᠯ: { $basis } (ᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠰᠢᠯᠭᠠᠭᠰᠠᠨ ᠡᠳᠦᠷ: { $reviewed })᠃ ᠲᠣᠳᠣᠷᠬᠠᠢ ᠪᠠᠶᠢᠳᠠᠯ ᠢ ᠲᠤᠰ ᠭᠠᠵᠠᠷ ᠤᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠠᠴᠠ ᠯᠠᠪᠯᠠᠭᠠᠷᠠᠢ᠃
services-in-chinese = { I("(ᠳᠣᠣᠷᠠᠬᠢ ᠨᠠᠷᠢᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠲᠦᠷ ᠵᠥᠪᠬᠡᠨ ᠬᠢᠲᠠᠳ ᠬᠡᠯᠡ ᠪᠡᠷ ᠪᠠᠶᠢᠨ᠎ᠠ᠃)") }
services-fact-unknown = ᠲᠤᠰ ᠭᠠᠵᠠᠷ ᠤᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠭᠠᠵᠠᠷ (ᠤᠷᠢᠳᠠ ᠤᠲᠠᠰᠤᠳᠠᠵᠤ ᠲᠣᠳᠣᠷᠬᠠᠢ ᠠᠰᠠᠭᠤᠭᠠᠷᠠᠢ)
services-button-materials = 📄 ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ
services-button-where = 📍 ᠬᠠᠮᠢᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ
services-button-ask = 🙋 ᠬᠠᠷᠢᠭᠤ ᠣᠯᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ? ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠠᠴᠠ ᠠᠰᠠᠭᠤᠬᠤ
services-button-back = « ᠪᠤᠴᠠᠬᠤ
services-button-home = 🏠 ᠭᠣᠣᠯ ᠴᠡᠰ
services-button-browse = 📋 ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ ᠴᠡᠰ ᠢ ᠦᠵᠡᠬᠦ
services-materials-title = 📄 { B($title, ": ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ") }
services-where-title = 📍 { B($title, ": ᠬᠠᠮᠢᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ") }
services-maybe = ᠲᠠ ᠳᠣᠣᠷᠠᠬᠢ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠨᠤᠭᠤᠳ ᠠᠴᠠ ᠨᠢᠭᠡ ᠶᠢ ᠠᠰᠠᠭᠤᠬᠤ ᠭᠡᠭᠰᠡᠨ ᠤᠤ? ᠳᠠᠷᠤᠵᠤ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ:
services-not-sure =
    ᠡᠨᠡ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠳᠤ ᠪᠢ ᠣᠳᠣᠬᠠᠨ ᠣᠨᠣᠪᠴᠢᠲᠠᠢ ᠬᠠᠷᠢᠭᠤᠯᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠲᠠᠨ ᠢ ᠬᠣᠭᠤᠰᠤᠨ ᠶᠠᠪᠤᠭᠤᠯᠬᠤ ᠶᠢ ᠬᠦᠰᠡᠬᠦ ᠦᠭᠡᠢ᠃ ᠲᠠ ᠢᠩᠭᠢᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ:
    • “ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠠᠴᠠ ᠠᠰᠠᠭᠤᠬᠤ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠵᠤ᠂ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠠᠨ ᠰᠢᠭᠤᠳ { $officer } ᠳᠤ ᠢᠯᠡᠭᠡᠬᠦ;
    • “ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ ᠴᠡᠰ ᠢ ᠦᠵᠡᠬᠦ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠵᠤ᠂ ᠥᠪᠡᠷ ᠢᠶᠡᠨ ᠬᠠᠶᠢᠬᠤ;
    • ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠦᠶ᠎ᠡ ᠳᠦ ᠰᠢᠭᠤᠳ 110 ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ᠃
services-direct-hint = { I("ᠲᠠᠨ ᠤ ᠠᠰᠠᠭᠤᠬᠤ ᠭᠡᠭᠰᠡᠨ ᠡᠨᠡ ᠪᠢᠰᠢ ᠤᠤ? “📋 ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠵᠤ ᠪᠦᠬᠦ ᠬᠡᠷᠡᠭ ᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ “ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠠᠴᠠ ᠠᠰᠠᠭᠤᠬᠤ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃") }

## ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠠᠴᠠ ᠠᠰᠠᠭᠤᠬᠤ
ask-prompt =
    ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠠᠨ ᠪᠢᠴᠢᠵᠦ ᠨᠠᠳᠤᠷ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠂ ᠪᠢ ᠡᠭᠦᠨ ᠢ ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ { B($officer) } ᠳᠤ ᠳᠠᠮᠵᠢᠭᠤᠯᠤᠨ᠎ᠠ᠃
    ᠪᠣᠯᠢᠬᠤ ᠪᠣᠯ /cancel ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠃
ask-text-only = ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠠᠨ ᠦᠰᠦᠭ ᠢᠶᠡᠷ ᠪᠢᠴᠢᠵᠦ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ (ᠪᠣᠯᠢᠬᠤ ᠪᠣᠯ /cancel ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ)᠃
ask-contact =
    ᠲᠠᠨ ᠤ ᠠᠰᠠᠭᠤᠯᠲᠠ:
    “{ $question }”

    ᠲᠠᠨ ᠲᠠᠢ ᠰᠢᠭᠤᠳ ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠶᠢᠨ ᠲᠤᠯᠠ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠲᠠᠨ ᠤ ᠨᠡᠷ᠎ᠡ ᠶᠢ ᠦᠵᠡᠵᠦ ᠪᠣᠯᠬᠤ ᠤᠤ?
ask-contact-yes = ✅ ᠪᠣᠯᠤᠨ᠎ᠠ᠂ ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠦᠯᠳᠡᠭᠡᠬᠦ
ask-contact-no = 🙈 ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠦᠯᠳᠡᠭᠡᠬᠦ ᠦᠭᠡᠢ
ask-sent = ✅ ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ { B($officer) } ᠳᠤ ᠳᠠᠮᠵᠢᠭᠤᠯᠪᠠ (ᠠᠰᠠᠭᠤᠯᠲᠠ ᠶᠢᠨ ᠳᠤᠭᠠᠷ #{ $id })᠃ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠬᠠᠷᠢᠭᠤᠯᠪᠠᠯ ᠪᠢ ᠡᠨᠳᠡ ᠲᠠᠨ ᠳᠤ ᠬᠡᠯᠡᠨ᠎ᠡ᠃ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠪᠣᠯ ᠰᠢᠭᠤᠳ ᠤᠲᠠᠰᠤᠳᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ: { $phone }᠃
ask-not-delivered = ᠲᠠᠨ ᠤ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠶᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠵᠦ ᠠᠪᠤᠪᠠ (ᠳᠤᠭᠠᠷ #{ $id })᠂ ᠭᠡᠪᠡᠴᠦ ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ { $officer } ᠲᠦᠷ ᠴᠦᠨᠵᠢᠩ ᠦᠨ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠠᠪᠴᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠰᠢᠭᠤᠳ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ: { $phone }᠃
ask-to-officer =
    📨 { B("ᠠᠷᠠᠳ ᠤᠨ ᠠᠰᠠᠭᠤᠯᠲᠠ #", $id) } — { $village } ({ $township })
    ᠰᠡᠳᠦᠪ: { $topic }
    “{ $question }”
    ᠠᠰᠠᠭᠤᠭᠴᠢ: { $shared ->
        [yes] { MENTION($askerId, $askerName) }
       *[no] ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠦᠯᠳᠡᠭᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ (ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠴᠦᠨᠵᠢᠩ ᠳᠠᠮᠵᠢᠭᠤᠯᠤᠨ᠎ᠠ)
    }
    { I("ᠡᠨᠡ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠰᠣᠩᠭᠣᠵᠤ “ᠬᠠᠷᠢᠭᠤᠯᠬᠤ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠭᠠᠳ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ; ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠠᠷᠠᠳ ᠳᠤ ᠳᠠᠮᠵᠢᠭᠤᠯᠤᠨ᠎ᠠ᠃") }
ask-topic-none = ᠪᠤᠰᠤᠳ ᠠᠰᠠᠭᠤᠯᠲᠠ
ask-answer-relayed =
    👮 ᠭᠠᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ { B($officer) } ᠲᠠᠨ ᠤ #{ $id } ᠳᠤᠭᠠᠷ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠳᠤ ᠬᠠᠷᠢᠭᠤᠯᠪᠠ:
    “{ $question }”

    { $answer }
ask-answer-confirm = ✅ ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠠᠷᠠᠳ ᠳᠤ ᠳᠠᠮᠵᠢᠭᠤᠯᠪᠠ (ᠠᠰᠠᠭᠤᠯᠲᠠ #{ $id })᠃
ask-answer-undeliverable = ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ (ᠠᠰᠠᠭᠤᠯᠲᠠ #{ $id })᠂ ᠭᠡᠪᠡᠴᠦ ᠠᠷᠠᠳ ᠲᠦᠷ ᠮᠡᠳᠡᠭᠡ ᠠᠪᠴᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ (ᠴᠦᠨᠵᠢᠩ ᠢ ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ ᠪᠠᠶᠢᠵᠤ ᠮᠠᠭᠠᠳ)᠃ ᠬᠡᠷᠡᠭᠲᠡᠢ ᠪᠣᠯ ᠤᠲᠠᠰᠤᠳᠠᠵᠤ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃
ask-already-answered = ᠡᠨᠡ ᠠᠰᠠᠭᠤᠯᠲᠠ (#{ $id }) ᠨᠢᠭᠡᠨᠲᠡ ᠬᠠᠷᠢᠭᠤᠯᠤᠭᠳᠠᠭᠰᠠᠨ ᠪᠠᠶᠢᠨ᠎ᠠ᠃
ask-not-yours = ᠡᠨᠡ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤᠯᠬᠤ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠢᠰᠢ᠃
ask-answer-empty = ᠡᠨᠡ ᠮᠡᠳᠡᠭᠡ ᠳᠤ ᠦᠰᠦᠭ ᠢᠶᠡᠷ ᠬᠠᠷᠢᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃
ask-reminder =
    ⏰ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ: ᠠᠷᠠᠳ ᠤᠨ ᠠᠰᠠᠭᠤᠯᠲᠠ #{ $id } 24 ᠴᠠᠭ ᠠᠴᠠ ᠢᠯᠡᠭᠦ ᠪᠣᠯᠪᠠᠴᠤ ᠬᠠᠷᠢᠭᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃
    “{ $question }”
    ᠡᠬᠡ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠣᠯᠵᠤ᠂ “ᠬᠠᠷᠢᠭᠤᠯᠬᠤ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠭᠠᠳ ᠬᠠᠷᠢᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃

## Service answers: short form, feedback and the weekly review (machine-drafted)
services-short-bring = 📄 ᠠᠪᠴᠢᠷᠠᠬᠤ:
services-short-where = 📍 ᠬᠠᠮᠢᠭ᠎ᠠ:
services-short-fee = 💰 ᠵᠠᠷᠤᠳᠠᠯ:
services-short-time = ⏱ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ:
services-short-more = { I("📚 ᠳᠡᠯᠭᠡᠷᠡᠩᠭᠦᠢ ᠶᠢ “📖 ᠪᠦᠬᠦ ᠲᠠᠢᠯᠪᠤᠷᠢ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠵᠤ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃ (", $reviewed, ")") }
services-button-full = 📖 ᠪᠦᠬᠦ ᠲᠠᠢᠯᠪᠤᠷᠢ
services-button-helpful = 👍 ᠬᠡᠷᠡᠭᠲᠡᠢ
services-button-not-solved = 😕 ᠱᠡᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ
services-feedback-thanks = ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ!
services-feedback-sorry =
    ᠤᠴᠢᠯᠠᠭᠠᠷᠠᠢ᠂ ᠲᠤᠰᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠲᠠ:
    • “ᠲᠠᠰᠤᠭ ᠤᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠠᠴᠠ ᠠᠰᠠᠭᠤᠬᠤ” ᠭᠡᠳᠡᠭ ᠢ ᠳᠠᠷᠤᠵᠤ { $officer } ᠳᠤ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ;
    • ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠦᠶ᠎ᠡ ᠳᠦ 110 ᠳᠤ ᠵᠠᠯᠭᠠᠭᠠᠷᠠᠢ᠃
services-small-talk = ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ! ᠪᠢ ᠴᠤᠨ ᠵᠢᠩ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠳᠣᠣᠷᠠᠬᠢ ᠲᠣᠪᠴᠢ ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
scam-feedback-question = 👮 ᠴᠠᠭᠳᠠᠭ᠎ᠠ: ᠡᠨᠡ ᠳᠦᠭᠨᠡᠯᠲᠡ ᠵᠥᠪ ᠦᠦ?
scam-feedback-right = ✅ ᠵᠥᠪ
scam-feedback-wrong = ❌ ᠪᠤᠷᠤᠭᠤ
scam-feedback-thanks = ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ᠂ ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠃
questions-report-title = 📊 { B($station, ": ᠠᠷᠠᠳ ᠤᠨ ᠠᠰᠠᠭᠤᠯᠲᠠ") } ({ $from } – { $to })
questions-report-questions = { B("ᠬᠠᠷᠢᠭᠤᠯᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠠᠰᠠᠭᠤᠯᠲᠠ") } ({ $count }):
questions-report-topic = { B($topic) } ({ $count })
questions-report-line = • “{ $question }” ({ $outcome ->
        [not-solved] ᠱᠡᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ
       *[not-sure] ᠲᠣᠳᠤᠷᠬᠠᠢ ᠦᠭᠡᠢ
    }, { $date })
questions-report-scams = { B("ᠪᠤᠷᠤᠭᠤ ᠭᠡᠵᠦ ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠰᠡᠨ ᠰᠢᠯᠭᠠᠯᠲᠠ") } ({ $count }):
questions-report-scam-line = • { $risk } ({ $type }): “{ $excerpt }”
questions-report-none = ᠡᠨᠡ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠤ ᠶᠠᠮᠠᠷ ᠴᠤ ᠠᠰᠠᠭᠤᠳᠠᠯ ᠦᠭᠡᠢ᠃
questions-report-footer = { I("ᠠᠰᠠᠭᠤᠭᠴᠢ ᠶᠢ ᠬᠠᠷᠠᠭᠤᠯᠬᠤ ᠦᠭᠡᠢ᠃") }
questions-topic-unknown = ᠲᠣᠳᠤᠷᠬᠠᠢ ᠦᠭᠡᠢ

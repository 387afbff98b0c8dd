# cunjing — WeChat Official Account (Mongolian, traditional script; plain text)
# machine-drafted: pending review by a native speaker — 机器草拟，待母语审校

## WeChat
wechat-welcome = ᠲᠠᠪᠲᠠᠢ ᠮᠣᠷᠢᠯᠠᠨ᠎ᠠ ᠤᠤ! { $village } ᠤᠨ ᠨᠤᠲᠤᠭ ᠨᠡᠬᠡᠳ ᠡ᠂ ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ᠃ ᠲᠠᠨ ᠤ ᠲᠠᠰᠤᠭ ᠤᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ { $officer } (ᠤᠲᠠᠰᠤ { $phone })᠂ { $station } ᠲᠠᠨ ᠳᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠨ᠎ᠡ᠃
wechat-welcome-no-village = ᠴᠦᠨ ᠵᠢᠩ ᠲᠦᠩ ᠳᠤ ᠲᠠᠪᠲᠠᠢ ᠮᠣᠷᠢᠯᠠᠨ᠎ᠠ ᠤᠤ! ᠲᠠᠰᠤᠭ ᠤᠨ ᠵᠠᠷᠯᠠᠯ ᠤᠨ ᠰᠠᠮᠪᠠᠷ᠎ᠠ ᠳᠠᠭᠠᠬᠢ QR ᠺᠣᠳ ᠢ ᠰᠢᠷᠪᠢᠭᠡᠷᠡᠢ᠃
wechat-main-head = ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠡᠨ ᠰᠢᠭᠤᠳ ᠪᠢᠴᠢᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠂ ᠡᠰᠡᠪᠡᠯ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ:
wechat-main-tail = ᠳᠣᠣᠷᠠᠬᠢ ᠹᠤᠨᠺᠼ ᠢ ᠴᠦ ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠃ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠦᠶᠡᠰ 110 ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃
wechat-choice-services = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠯᠠᠪᠯᠠᠭᠠ
wechat-choice-scam = ᠵᠠᠯᠢᠯᠠᠭ᠎ᠠ ᠰᠢᠯᠭᠠᠬᠤ
wechat-choice-officer = ᠲᠠᠰᠤᠭ ᠤᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ
wechat-choice-report = ᠮᠡᠳᠡᠭᠦᠯᠬᠦ
wechat-services-head = ᠶᠠᠮᠠᠷ ᠬᠡᠷᠡᠭ ᠪᠡᠳᠡᠯᠬᠡᠬᠦ ᠪᠤᠢ:
wechat-category-head = { $category }: ᠲᠣᠳᠣᠷᠬᠠᠢ ᠬᠡᠷᠡᠭ ᠢ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ:
wechat-did-you-mean = ᠡᠳᠡᠭᠡᠷ ᠦᠨ ᠨᠢᠭᠡ ᠢ ᠠᠰᠠᠭᠤᠭᠰᠠᠨ ᠤᠤ? ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ:
wechat-not-sure = ᠰᠠᠢᠨ ᠣᠢᠯᠠᠭᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠦᠭᠡᠷ᠎ᠡ ᠪᠡᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠳᠣᠣᠷ᠎ᠠ ᠡᠴᠡ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ:
wechat-answer-in-chinese = (ᠳᠡᠯᠭᠡᠷᠡᠩᠭᠦᠢ ᠠᠭᠤᠯᠭ᠎ᠠ ᠣᠳᠣ ᠬᠢᠲᠠᠳ ᠬᠡᠯᠡ ᠪᠡᠷ ᠪᠠᠶᠢᠨ᠎ᠠ᠃)
wechat-answer-bring = ᠠᠪᠴᠢᠷᠠᠬᠤ ᠵᠦᠢᠯ:
wechat-answer-where = ᠬᠠᠮᠢᠭ᠎ᠠ:
wechat-answer-fee = ᠲᠥᠯᠥᠪᠦᠷᠢ:
wechat-answer-time = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ:
wechat-answer-details = ᠳᠡᠯᠭᠡᠷᠡᠩᠭᠦᠢ ᠶᠢ ᠦᠵᠡᠬᠦ
wechat-scam-prompt = ᠰᠡᠵᠢᠭᠲᠡᠢ ᠮᠡᠳᠡᠭᠡ᠂ ᠤᠲᠠᠰᠤᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ ᠪᠤᠶᠤ ᠯᠢᠨᠺ ᠢ ᠨᠠᠳᠠ ᠳᠤ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠂ ᠪᠢ ᠳᠠᠷᠤᠢ ᠰᠢᠯᠭᠠᠨ᠎ᠠ᠃
wechat-scam-signals = ᠢᠯᠡᠷᠡᠭᠰᠡᠨ ᠠᠶᠤᠯ ᠤᠨ ᠲᠡᠮᠳᠡᠭ:
wechat-scam-what-now = ᠣᠳᠣ ᠶᠠᠭᠠᠬᠢᠬᠤ ᠪᠤᠢ:
wechat-scam-three-rules = "ᠢᠯᠡᠷᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ" ᠭᠡᠳᠡᠭ ᠨᠢ "ᠠᠮᠤᠷ ᠲᠦᠪᠰᠢᠨ" ᠭᠡᠰᠡᠨ ᠦᠭᠡ ᠪᠢᠰᠢ᠃ ᠪᠠᠲᠤᠯᠠᠭᠠᠵᠢᠭᠤᠯᠬᠤ ᠺᠣᠳ ᠢ ᠬᠡᠯᠡᠬᠦ ᠦᠭᠡᠢ᠂ ᠮᠥᠩᠭᠥ ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ ᠦᠭᠡᠢ᠂ 96110 ᠪᠤᠶᠤ ᠲᠠᠰᠤᠭ ᠤᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠳᠤ ᠠᠰᠠᠭᠤᠭᠠᠷᠠᠢ᠃
wechat-scam-links = ᠮᠡᠳᠡᠭᠡᠨ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠯᠢᠨᠺ ᠢ ᠨᠡᠭᠡᠭᠡᠵᠦ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯᠭᠠᠭᠰᠠᠨ (hxxp, [.])᠃ ᠪᠢᠳᠡᠷᠡᠢ ᠨᠡᠭᠡᠭᠡᠷᠡᠢ᠃
wechat-officer =
    ᠲᠠᠰᠤᠭ ᠤᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ: { $officer }᠂ ᠤᠲᠠᠰᠤ { $phone }
    { $station }: { $address }
    ᠠᠵᠢᠯᠯᠠᠬᠤ ᠴᠠᠭ: { $hours }᠂ ᠤᠲᠠᠰᠤ { $stationPhone }
wechat-officer-no-village = ᠲᠠᠨ ᠤ ᠲᠠᠰᠤᠭ ᠢ ᠮᠡᠳᠡᠬᠦ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠲᠠᠰᠤᠭ ᠤᠨ QR ᠺᠣᠳ ᠢ ᠰᠢᠷᠪᠢᠭᠡᠳ "ᠲᠠᠰᠤᠭ ᠤᠨ ᠴᠠᠭᠳᠠᠭ᠎ᠠ" ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
wechat-report = ᠮᠠᠷᠭᠠᠯᠳᠤᠭᠠᠨ ᠪᠤᠶᠤ ᠭᠡᠮᠲᠦ ᠬᠡᠷᠡᠭ ᠢ ᠮᠡᠳᠡᠭᠦᠯᠬᠦ ᠳᠤ ᠳᠣᠣᠷᠠᠬᠢ "ᠮᠡᠳᠡᠭᠦᠯᠬᠦ" ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ (ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠨᠢᠭᠤᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ)᠃ ᠠᠶᠤᠯ ᠲᠠᠢ ᠪᠣᠯ 110 ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃
wechat-image = ᠵᠢᠷᠤᠭ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠠ᠃ ᠵᠠᠯᠢᠯᠠᠭ᠎ᠠ ᠰᠢᠯᠭᠠᠬᠤ ᠳᠤ ᠦᠰᠦᠭ ᠢ ᠨᠢ ᠬᠠᠭᠤᠯᠵᠤ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠂ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠦᠶᠡᠰ 110᠃
wechat-voice-unheard = ᠡᠨᠡ ᠳᠠᠭᠤᠨ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠰᠣᠨᠣᠰᠴᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠪᠢᠴᠢᠵᠦ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠃
wechat-location = ᠲᠠᠨ ᠤ ᠪᠠᠶᠢᠷᠢ ({ $label }) ᠢᠷᠡᠯᠡ᠃ ᠮᠡᠳᠡᠭᠦᠯᠬᠦ ᠳᠤ ᠬᠠᠪᠰᠤᠷᠭᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠂ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠦᠶᠡᠰ 110᠃
wechat-unsupported = ᠡᠨᠡ ᠲᠥᠷᠥᠯ ᠦᠨ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠣᠳᠣ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠦᠰᠦᠭ ᠪᠤᠶᠤ ᠳᠠᠭᠤᠨ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠃
wechat-language-head = 请选择语言 / Language:
wechat-language-set = ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ ᠪᠡᠷ ᠪᠢᠴᠢᠬᠦ ᠪᠣᠯᠤᠯ᠎ᠠ᠃

## WeChat → web chat link (OAuth)
wechat-link-expired = ᠡᠨᠡ ᠯᠢᠨᠺ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠥᠩᠭᠡᠷᠡᠪᠡ ᠪᠤᠶᠤ ᠬᠡᠷᠡᠭᠯᠡᠭᠳᠡᠪᠡ᠂ ᠶᠠᠮᠠᠷ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠬᠢᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃ ᠴᠡᠰ ᠢ ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠭᠡᠷᠡᠢ᠃
wechat-link-failed = ᠠᠭᠤᠴᠢᠯᠠᠭᠠᠷᠠᠢ᠂ ᠰᠢᠰᠲᠧᠮ ᠲᠦᠷ ᠵᠠᠯᠭᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠶᠠᠮᠠᠷ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠬᠢᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃ ᠬᠡᠳᠦᠨ ᠮᠢᠨᠦᠲ ᠦᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠴᠡᠰ ᠢ ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠭᠡᠷᠡᠢ᠃ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠦᠶ᠎ᠡ ᠳᠦ ᠱᠤᠳ 110 ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃
wechat-link-open-web = ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠶᠢᠨ ᠬᠠᠭᠤᠳᠠᠰᠤ ᠶᠢ ᠨᠡᠭᠡᠭᠡᠬᠦ

## WeChat template message (beyond the 48-hour window; one short field, cut at 20 characters)
wechat-template-status = { $status }: { $reference }

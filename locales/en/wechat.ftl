# cunjing — WeChat Official Account (plain text: WeChat shows no HTML)

## WeChat
wechat-welcome = Welcome! Hello, neighbour from { $village }. Your village officer is { $officer } (phone { $phone }), and { $station } is here for you.
wechat-welcome-no-village = Welcome to cunjing! Type the name of your village (for example "Hongqi", or with the township, "Ulaan Town Hongqi"), or scan the QR code on your village notice board, so we know your village and your village officer can help you.
wechat-main-head = You can type a question, for example "I lost my ID card, what do I do", or choose:
wechat-main-tail = You can also use the menu below. In an emergency call 110.
wechat-choice-services = Services
wechat-choice-scam = Scam check
wechat-choice-officer = My village officer
wechat-choice-report = Report a problem
wechat-services-head = What do you need to do?
wechat-category-head = { $category }: choose the matter:
wechat-did-you-mean = Did you mean one of these? Tap one:
wechat-not-sure = I did not quite understand. Please put it another way, or choose below:
wechat-answer-in-chinese = (The details below are in Chinese for now.)
wechat-answer-bring = Bring:
wechat-answer-where = Where:
wechat-answer-fee = Fee:
wechat-answer-time = Time:
wechat-answer-details = Show the details
wechat-scam-prompt = Paste the suspicious message, chat, phone number or link here and I will look at it at once.
wechat-scam-links = Links in the message were rewritten so they cannot be opened (hxxp, [.]). Do not open them.
wechat-officer =
    Your village officer: { $officer }, phone { $phone }
    { $station }: { $address }
    Opening hours: { $hours }, phone { $stationPhone }
wechat-officer-no-village = We don't know your village yet. Type its name (for example "Hongqi"), or scan the QR code on your village notice board, then tap "My village officer".
wechat-report = To report a dispute or a crime clue, tap "Report a problem" in the menu below (you can stay anonymous). If there is danger now, call 110.
wechat-voice-unheard = I could not make out this voice message; please type it.
wechat-location = Your location arrived ({ $label }). You can add it to a report; in an emergency call 110.
wechat-unsupported = I cannot read this kind of message yet; please send text or voice.
wechat-language-head = 请选择语言 / Language:
wechat-language-set = OK, I will write to you in English.

## WeChat: choices by typed number, village by name, screenshots
wechat-type-number = Reply with a number from 1 to { $count } to choose.
wechat-choice-stale = That choice has expired. Please tap again, or reply with a number from the new list below:
wechat-choice-out-of-range = There is no such choice. Reply with a number from 1 to { $count }, or just type your question.
wechat-village-several = Several villages have a similar name. Please choose yours:
wechat-village-several-tail = You can also reply with its number, or add the township, for example "Ulaan Town Hongqi".
wechat-village-not-found = We could not find that village. Check the name (for example "Hongqi", with the township if you like), or scan the QR code on your village notice board; you can also ask your village officer or call the police station.
wechat-village-expired = That list of villages has expired; nothing was changed. Please type your village's name again.
wechat-shot-no-ocr =
    I can't read the text in pictures here yet. Please send me the text like this:
    press and hold the SMS or chat message → "Copy" → come back to this account, press and hold the input box → "Paste" → send.
    You can also type a phone number or web address. In an emergency call 110.
wechat-shot-no-text =
    I found no text in the picture. Please send me the text: press and hold the SMS or chat message → "Copy" → come back to this account, press and hold the input box → "Paste" → send.
    Or send a clearer screenshot. In an emergency call 110.

## WeChat → web chat link (OAuth)
wechat-link-expired = This link has expired or was already used; nothing was changed. Please open it again from the account's menu.
wechat-link-failed = Your WeChat identity could not be confirmed just now; nothing was changed. Please open it again from the account's menu in a few minutes. In an emergency, call 110.
wechat-link-open-web = Open the web chat directly

## WeChat template message (beyond the 48-hour window; one short field, cut at 20 characters)
wechat-template-status = { $status }: { $reference }

## WeChat: a picture outside 防骗查询, changing one's village
wechat-shot-menu = Thank you for the picture. I can only read text messages and chats in pictures. To check whether a message is a scam, tap "Scam check" first and then send the screenshot, or copy the text and send it to me.
wechat-choice-village = 🏘️ Change village
wechat-choice-reminders = 🔔 Reminders
wechat-village-change-prompt = Your village is { $village }. Please type the name of your new village (for example "Hongqi", or with the township, "Wulan Hongqi").
wechat-village-ask = Please type the name of your village (for example "Hongqi", or with the township, "Wulan Hongqi").

## WeChat: 短信通知 (a phone number for report news and urgent warnings)
wechat-choice-sms = 📱 SMS notices
wechat-sms-ask = Please reply with your 11-digit mobile number; we will send you a code by SMS. Once it is verified, news of your reports comes by SMS when WeChat cannot carry it for now, and urgent warnings come by SMS too.
wechat-sms-code-sent = The code was sent to { $phone } and is valid for 10 minutes. Please reply with the 6 digits from the SMS.
wechat-sms-verified = ✅ Mobile number { $phone } verified. News of your reports will come by SMS when WeChat cannot carry it for now, and urgent warnings by SMS too. To stop them, use "Me → SMS notices" in the web chat.
wechat-sms-bad-code = { $left ->
    [one] That code is wrong. You can try once more.
   *[other] That code is wrong. You can try { $left } more times.
}
wechat-sms-code-failed = The code was wrong { $tries } times, so this attempt has stopped. If you still want SMS, wait a minute and reply "短信通知" to start again.
wechat-sms-code-expired = That code has expired or was already used. Reply "短信通知" to get a new one.
wechat-sms-verified-follower = ✅ Mobile number { $phone } verified. Urgent warnings will come by SMS too, and news of your reports when WeChat cannot carry it for now. To stop them, reply "取消短信".
wechat-sms-stopped = SMS notices stopped; the number { $phone } is no longer kept.
wechat-sms-none = You have not given a mobile number, so no SMS comes to you. To get urgent warnings by SMS, reply "短信通知".

## WeChat: a scheduled tip's last line (in place of the web chat's “Mine” footer)
wechat-tip-footer = Don't want these? Reply "reminders" to change them.

## Scam check
scam-prompt =
    🛡️ { B("Scam check") }
    { B("Forward") } or { B("paste") } the suspicious message, chat, phone number or link to me, and I will look at it at once.
    { I("If someone asks you for a code or to transfer money, stop and send it to me first.") }
scam-no-text = There is no text in this message. Please copy the suspicious text, number or link and send it to me.
scam-risk-high = High risk: very likely a scam
scam-risk-suspicious = Suspicious: be careful
scam-risk-none = No known red flags found
scam-type = Type: { $type }
scam-signals = { B("Red flags found:") }
scam-what-now = { B("What to do now:") }
scam-three-rules =
    “Nothing found” does not mean “safe”: new tricks appear all the time. Remember:
    { B("don't trust") } unknown calls and messages, { B("don't share") } codes and passwords, { B("don't transfer") } money to strangers, and { B("check") }: call 96110 or ask your village officer.
scam-button-report = 🚨 Report to the police
scam-button-scammed = 😟 I have already been scammed
scam-victim-now = { B("If money has already gone: call 110 now, and call your bank to stop the payment.") } Details below:
fraud-type-rebate-tasks = order-brushing / task rebate
fraud-type-investment = fake investment
fraud-type-loan = fake loans and credit cards
fraud-type-fake-customer-service = fake e-commerce or courier customer service
fraud-type-impersonate-authority = impersonating police, prosecutors, courts or officials
fraud-type-credit-record = fake credit-record repair
fraud-type-impersonate-acquaintance = impersonating a boss, relative or acquaintance
fraud-type-game-trade = fake game item trading
fraud-type-romance = online dating / romance
fraud-type-fake-military-purchase = impersonating soldiers or police to buy goods
fraud-type-fake-shopping = fake shopping and services
fraud-type-subsidy-benefit = fake social security, medical insurance or farm subsidy
fraud-type-superstition = superstition scam
fraud-type-elderly-health = health products and elderly-care scams
fraud-type-illegal-fundraising = illegal fundraising
fraud-type-other = other fraud
privacy-reports =
    { B("Reports") }
    • Named reports: only the officers responsible for your village can see your name.
    • Anonymous reports: we do not store who you are, only a random code used to pass officers' replies on to you.
    • Exact locations go only to the officer who accepts the report and the county command centre.
    • { $days } days after a report is closed, who reported it, exact locations and voice notes are deleted.
block-usage = Usage: /block followed by phone numbers, links or accounts (several at once is fine).
block-added = 🚫 { $value } is in the county's fraud blocklist (reported { $count } time(s)).

## Screenshot check
scam-shot-read = 🔍 Text I read from the picture (machine-read, a few characters may be wrong):
    { I($text) }
scam-shot-no-text = I saw no text. Please copy the message text and send it to me, or forward the message. You can also send a clearer screenshot.
scam-shot-no-ocr =
    I cannot read text in pictures here yet. Please send the text like this:
    press and hold the message → Copy → come back here, press and hold the input box → Paste → Send.
    You can also type the phone number or link.
scam-shot-too-large = This picture is too large for me. Please send a plain screenshot, or copy the message text.
scam-shot-animation = I cannot read text in animations or stickers. Please send a screenshot, or copy the message text.
scam-shot-unsupported = I cannot open this kind of picture. Please send an ordinary screenshot (as a photo), or copy the text.
scam-shot-busy = Many people are checking right now. Please send it again in a minute, or copy the text.
scam-shot-failed = I could not read this picture. Please copy the message text, or send a clearer screenshot.
scam-shot-offer = This picture looks like a text message or chat. Shall I check whether it is a scam?
scam-shot-offer-button = 🛡️ Check it
scam-shot-expired = That has expired. Please send the picture again.

## Number check
scam-number-title = ☎️ { B("Number check") }: { $number }
scam-number-not-listed = This number is not in the county's list of numbers officers confirmed as fraud. Not being listed does not make it safe: hang up on any stranger who asks for money or a code.

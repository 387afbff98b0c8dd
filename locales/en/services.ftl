## Services
services-choose-category = 📋 { B("Services") }: what do you need to do?
    { I("You can also just type your question, e.g. “I lost my ID card, how do I get a new one?”") }
services-choose-topic = { B($category) }: please choose:
services-section-who = { B("👤 Who can apply") }
services-section-materials = { B("📄 What to bring") }
services-section-where = { B("📍 Where to go") }
services-section-online = { B("🌐 Online and by appointment") }
services-section-fee = { B("💰 Fee:") }
services-section-time = { B("⏱ Processing time:") }
services-section-remote = { B("🏠 Elsewhere in China, or at home") }
services-section-pitfalls = { B("⚠️ Avoid a wasted trip") }
services-basis = 📚 Basis: { $basis } (content checked: { $reviewed }). Your local police station has the final word.
services-in-chinese = { I("(The details below are in Chinese for now.)") }
services-fact-unknown = your local police station (please phone first)
services-button-materials = 📄 What to bring
services-button-where = 📍 Where to go
services-button-ask = 🙋 Not solved? Ask my village officer
services-button-back = « Back
services-button-home = 🏠 Main menu
services-button-browse = 📋 Browse services
services-materials-title = 📄 { B($title, ": what to bring") }
services-where-title = 📍 { B($title, ": where to go") }
services-maybe = Did you mean one of these? Please choose:
services-not-sure =
    I am not sure about this one, and I do not want to send you on a wasted trip. You can:
    • tap “Ask my village officer” to send your question to { $officer };
    • tap “Browse services” to look yourself;
    • in an emergency, call 110.
services-direct-hint = { I("Not what you asked? Tap “📋 Services” to browse everything, or ask your village officer.") }

## Ask my village officer
ask-prompt =
    Please write your question and send it to me; I will pass it to your village officer { B($officer) }.
    Tap “Cancel” below to stop.
ask-text-only = Please write your question as text (tap “Cancel” to stop).
ask-contact =
    Your question:
    “{ $question }”

    May the officer see your name, so they can contact you directly?
ask-contact-yes = ✅ Yes, show my name
ask-contact-no = 🙈 No, keep my name private
ask-sent = ✅ Sent to your village officer { B($officer) } (question #{ $id }). You will be told here when they answer. If it is urgent, call { $phone }.
ask-not-delivered = Your question is saved (#{ $id }), but your village officer { $officer } cannot receive cunjing messages yet. Please call { $phone }.
ask-to-officer =
    📨 { B("Resident's question #", $id) } — { $village } ({ $township })
    Topic: { $topic }
    “{ $question }”
    From: { $shared ->
        [yes] { MENTION($askerId, $askerName) }
       *[no] name not shared (cunjing relays your reply)
    }
    { I("Reply to this message to answer; the answer goes to the resident.") }
ask-topic-none = Other question
ask-answer-relayed =
    👮 Your village officer { B($officer) } answered your question #{ $id }:
    “{ $question }”

    { $answer }
ask-answer-confirm = ✅ Your answer was passed to the resident (question #{ $id }).
ask-answer-undeliverable = The answer is saved (question #{ $id }), but the resident cannot receive messages right now (they may have stopped the bot). Please phone them if needed.
ask-already-answered = This question (#{ $id }) has already been answered.
ask-not-yours = This question is not yours to answer.
ask-answer-empty = Please reply to the message with text.
ask-reminder =
    ⏰ Reminder: resident's question #{ $id } has waited more than 24 hours for an answer.
    “{ $question }”
    Find the original message and tap “Reply” to answer.

## Service answers: short form, feedback and the weekly review
services-short-bring = 📄 Bring:
services-short-where = 📍 Go to:
services-short-fee = 💰 Cost:
services-short-time = ⏱ Time:
services-short-more = { I("📚 Legal basis, pitfalls, online and away-from-home options: tap “📖 Full details”. (Checked ", $reviewed, "; your local station has the last word.)") }
services-button-full = 📖 Full details
services-button-helpful = 👍 Helpful
services-button-not-solved = 😕 Not solved
services-feedback-thanks = Thank you for telling us!
services-feedback-sorry =
    Sorry this did not help. You can:
    • tap “Ask the village officer” to send your question to { $officer };
    • tap “Browse the services menu” to look yourself;
    • in an emergency, call 110.
services-small-talk = Hello! I am cunjing. I can answer questions about paperwork (hukou, ID card, driving licence, vehicles), check messages for scams, and put you in touch with your village officer. Tap a button below, or just type your question, such as “I lost my ID card”.
scam-feedback-question = 👮 Officers: is this verdict right?
scam-feedback-right = ✅ Right
scam-feedback-wrong = ❌ Wrong
scam-feedback-thanks = Noted, thank you. Checks marked wrong are listed in the weekly review.
questions-report-title = 📊 { B($station, ": residents' questions") } ({ $from } to { $to })
questions-report-questions = { B("Questions answered “not sure” or “not solved”") } ({ $count }, by likely topic):
questions-report-topic = { B($topic) } ({ $count })
questions-report-line = • “{ $question }” ({ $outcome ->
        [not-solved] not solved
       *[not-sure] not sure
    }, { $date })
questions-report-scams = { B("Scam checks officers marked wrong") } ({ $count }):
questions-report-scam-line = • Rated { $risk } ({ $type }): “{ $excerpt }”
questions-report-none = No questions ended “not sure” or “not solved” in this period, and no scam check was marked wrong.
questions-report-footer = { I("Askers are not shown. Use this to improve the answers and the scam rules.") }
questions-topic-unknown = No likely topic

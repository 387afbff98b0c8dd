# cunjing — web chat for villagers (English)
# Plain text: the web page inserts every text as text, never as markup.

## Web chat
web-title = Village police service online
web-landing-heading = { $village } · resident services
web-landing-intro = No app, no account: ask about services, check a possible scam, reach your village officer, in any phone browser or inside WeChat.
web-landing-open = 👉 Open the service
web-landing-telegram = Open in Telegram
web-landing-officer = Village officer: { $officer }
web-unknown-village-title = Village not found
web-unknown-village = There is no village with the code "{ $code }". Check the QR code or call the police station. In an emergency call 110.
web-unknown-village-choose = 👉 Choose your township and village
web-ask-placeholder = Type a question, e.g. "I lost my ID card"
web-send = Send
web-cancel = ✖ Cancel
web-cancelled = Cancelled. Type a question, or tap a button below.
web-scam-prompt = Paste the suspicious message, number or link below and press "Check".
web-scam-placeholder = Paste the suspicious text, number or link
web-scam-check = 🛡️ Check
web-larger-text = 🔍 Larger text
web-choose-language = Choose your language:
web-choose-township = Choose your township:
web-choose-village = Choose your village:
web-village-set = Your village is { $village }. Use the buttons below to ask about services, check a scam or report a problem; your village officer and your reports are under “Mine”. You can also type a question.
web-cookie-warning = Note: this service remembers you through this phone's browser. If you clear the browser's data (cookies), you can no longer follow your anonymous reports, and nobody else can either.
web-answer-more = 📚 Legal basis, pitfalls, online and remote options: press "📖 Full answer". (Checked { $reviewed }; your local station has the final word.)
web-maybe = Did you mean one of these? Please choose:
web-not-sure = I can't answer this one reliably and don't want you to make a wasted trip. Call your village officer { $officer }, or browse the services menu. In an emergency call 110.
web-call = 📞 Call { $phone }
web-report-soon = Reporting from the web is being built. In an emergency call 110; for anything else, call your village officer.
web-rate-limited = You are sending too fast; please wait a few seconds. What you sent before has arrived.
web-too-large = That is too long; please send it in several parts.
web-csrf = This page has expired; please reload it and try again.
web-error = Something went wrong; please try again later. In an emergency call 110.
web-choose-village-first = Please choose your village first.
web-no-text = Please type or paste the text, number or link to check first.
web-links-defanged = Dots in links are shown as [.] so they cannot be tapped by mistake.
web-report-title = 📣 Report a problem
web-report-category = Category
web-report-description = What happened?
web-report-place = Place (type it, or use your phone's location)
web-report-use-location = 📍 Use my location
web-report-location-set = Location taken.
web-report-locating = 📍 Finding your location…
web-report-location-failed = Could not get your location. Please type the place in the box above.
web-report-anonymous = Report anonymously (officers will not see who you are)
web-report-submit = ✅ Submit
web-report-received =
    ✅ Your report has arrived.
    Number: { $reference }
    Officers will tell you here what happens next; “📄 My reports” shows its progress.
web-report-invalid = Please choose a category and say what happened and where.
web-report-photos = Photos (up to 3, optional)
web-photo-pick = 📷 Take or choose a photo
web-photo-too-large = A photo is too large (3 MB each, 3 at most). Please choose smaller or fewer photos.
web-photo-not-image = That file is not a photo (JPG or PNG only). Please choose a photo.

## My reports on the web
web-mine-title = 📄 Your reports (tap one to see how it is going):
web-mine-device-only = Only reports sent from this browser on this phone are listed. Clearing the browser's data (cookies) removes them from here.
web-mine-choice = { $reference } · { $status }
web-mine-report-title = Report { $reference }
web-mine-status = Status:
web-mine-category = Category:
web-mine-description = What you reported:
web-mine-reason = Reason:
web-mine-history = What has happened:
web-mine-h-filed = { $at } You sent the report
web-mine-h-status = { $at } Status: { $status }
web-mine-h-reply = { $at } The officer replied: { $text }
web-mine-h-ask = { $at } The officer asks you to add: { $text }
web-mine-h-addition = { $at } You added: { $text }
web-mine-h-evidence = { $at } You added a { $kind }
web-mine-officer-asks = ❓ The officer is waiting for your answer: tap "Add information".
web-mine-closed = This report is closed and cannot be added to. If something new happens, please send a new report.
web-mine-add = ➕ Add information / answer the officer
web-mine-back = 📄 My reports
web-mine-add-title = ➕ Add information
web-mine-add-text = What you want to add (you may leave it empty and add a photo only)
web-mine-add-photo = Photo (one, optional)
web-mine-add-submit = ✅ Send
web-mine-added = ✅ Added to { $reference }; the officers will see it.
web-mine-not-found = This report was not found. Only reports sent from this phone can be seen here.

## Reminders on the web
web-reminders-title = 🔔 Reminders: tap one to turn it on or off
web-reminders-quiet = Quiet hours at night: { $quiet } (except urgent warnings)
web-reminders-topic = { $mark } { $topic }
web-reminders-chosen = 🔘 { $preset }

## Points on the web
web-points = 🎁 My points

## Ask my officer on the web
web-askofficer = 👮 Ask my village officer
web-askofficer-prompt = Write your question and send it; I will pass it to your village officer, and the answer will appear here. Questions from the web carry no name.
web-askofficer-placeholder = Your question for the officer
web-askofficer-send = 📨 Send to the officer

## Notifications (Web Push)
web-push-title = Cunjing
web-push-urgent = Urgent warning: please open Cunjing to read it.
web-push-message = You have a new message: please open Cunjing to read it.
web-push-offer = 🔔 Turn on notifications: your phone tells you about urgent warnings and news about your reports, even when this page is closed.
web-push-enable = Turn on
web-push-later = Not now
web-push-on = ✅ Notifications are on.
web-push-failed = Notifications could not be turned on. Allow notifications for this site in the browser's settings and try again; without them, messages wait here for your next visit.

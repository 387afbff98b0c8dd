## Report
report-choose-kind =
    📣 { B("Report") }: what would you like to report?
    { I("Send /cancel at any time to stop.") }
report-kind-dispute = ⚖️ A dispute
report-kind-clue = 🔎 A crime clue
report-choose-category = Please choose a category:
report-cat-neighbour = Neighbours
report-cat-family = Family or marriage
report-cat-land = Land or homestead boundary
report-cat-wages = Unpaid wages
report-cat-debt = Debts or contracts
report-cat-dispute-other = Other dispute
report-cat-fraud = Telecom fraud
report-cat-theft = Theft (incl. livestock)
report-cat-vice = Gambling, drugs, prostitution
report-cat-gang = Village bullies, organised crime
report-cat-ecology = Ecological damage (logging, grassland, hunting)
report-cat-fundraising = Illegal fundraising
report-cat-cult = Cults, superstition scams
report-cat-road = Road-safety hazard
report-cat-clue-other = Other clue
report-ask-description = Please tell us what happened, in writing or as a voice message.
report-description-again = I did not get any text or voice. Please write a few words, or send a voice message.
report-danger = ⚠️ { B("If anyone is in danger right now, call 110 immediately!") } You can finish this report afterwards.
report-ask-evidence = Send photos, videos or documents if you have any (up to { $max }), then tap “Done”. If you have none, just tap “Done”.
report-evidence-received = 📎 Received. Send more, or tap “Done”.
report-evidence-capped = At most { $max } files can be attached; the rest were not saved. Tap “Done” to go on.
report-evidence-only = At this step please send photos, videos or documents; if you have none, tap “Done”.
report-button-done = ✅ Done
report-button-skip = Skip
report-ask-place = Where did it happen? Tap the button below to send your location, or type the place.
report-ask-place-more = Or:
report-button-my-village = In { $village }
report-button-send-location = 📍 Send my location
report-place-noted = 📍 Place noted.
report-place-outside = 📍 Place noted. This location is outside the county; it is marked for the officers to check.
report-ask-when = When did it happen? Choose, or type it (e.g. “last Wednesday evening”).
report-when-now = Just now
report-when-today = Today
report-when-yesterday = Yesterday
report-when-earlier = Earlier / not sure
report-ask-anonymity =
    Report with your name, or anonymously?
    • { B("Named") }: officers responsible for your village can see your name and contact you.
    • { B("Anonymous") }: officers cannot see who you are. We keep only a code to pass their replies and progress on to you.
report-button-named = 👤 With my name
report-button-anon = 🙈 Anonymously
report-summary =
    📋 { B("Please check your report") }
    Type: { $kind } · { $category }
    What happened: { $description }
    Attachments: { $evidence }
    Place: { $place }
    Time: { $when }
    Identity: { $who }
report-voice-note = (voice message)
report-place-none = not given
report-place-location = location sent
report-place-location-outside = location sent (outside the county)
report-named-explained = named
report-anonymous-explained = anonymous (officers cannot see who you are)
report-button-confirm = ✅ Submit
report-button-edit = ✏️ Change
report-edit-which = What would you like to change?
report-field-category = Category
report-field-description = What happened
report-field-evidence = Attachments
report-field-place = Place
report-field-when = Time
report-field-anonymity = Named/anonymous
report-cancelled = Cancelled; nothing was submitted.
report-incomplete = The category or the description is missing; tap “Change” to add it.
report-rate-limited = You have submitted a lot in the last minute; please wait a little before the next one. Everything you submitted before is saved.
report-submitted = ✅ Submitted, reference { B($reference) }. It went to the police station and the county command centre at the same time; you will be told here of every step.
report-submitted-anonymous = ✅ Submitted anonymously, reference { B($reference) }. Officers cannot see who you are; you will still be told here of every step.
report-already-submitted = This report was already submitted, reference { B($reference) }.
report-draft-lost = The draft this confirm button belonged to is gone, so nothing was submitted. Tap “📣 Report” to start again; reports you submitted before are still under “👤 Mine”.
report-draft-unsaved = Your last answer was not saved; please answer this question once more.

## Report card (what officers see)
card-status = Status: { $status } · Officer: { $officer }
card-unassigned = not yet accepted
card-where = Place: { $where }
card-when = Time: { $when }
card-reporter = Reporter: { $who }
card-anonymous = anonymous
card-named = named (tap “Reporter” to see privately)
card-voice-only = (voice report, see attachments)
card-evidence = 📎 { $count } attachment(s) (tap “Evidence” to see privately)
card-location-shared = location attached (sent privately on acceptance)
card-outside-county = ⚠️ location outside the county
card-rejected = Reason for rejection: { $reason }
card-new-info = 🆕 { B("The reporter added information") }
card-reopened = 🔁 { B("The reporter is not satisfied; please review again") }
card-escalated = ⏰ { B("Not accepted in time; please act now") }
colour-red = 🔴
colour-yellow = 🟡
colour-green = 🟢
status-new = new
status-accepted = accepted
status-in_progress = in progress
status-resolved = resolved
status-mediated = mediated
status-closed = closed
status-rejected = rejected
triage-accept = ✅ Accept
triage-note = 📝 Note
triage-reply = 💬 Reply to reporter
triage-ask = ❓ Ask for more
triage-reject = ⛔ Reject
triage-evidence = 📎 Evidence ({ $count })
triage-reporter = 👤 Reporter
triage-points-clue = 🎁 Useful clue +10
triage-points-mediation = 🎁 Helped mediate +10
triage-blocklist = 🚫 Confirm fraud: blocklist its numbers
triage-blocklisted = { $count } number(s)/link(s) added to the county fraud blocklist.
triage-already-taken = Someone has already accepted this report.
triage-accepted-you = Accepted by you.
triage-not-now = The status cannot change that way now.
triage-start-private = Please open a private chat with the bot and send /start first, then press this button again.
triage-check-private = Please type your text in your private chat with the bot.
triage-input-note = 📝 Type the internal note for { $reference } (only officers see it):
triage-input-reply = 💬 Type your reply to the reporter of { $reference } (it is passed on without revealing who they are):
triage-input-ask = ❓ Write what the reporter of { $reference } should add:
triage-input-reject = ⛔ Write why { $reference } is rejected (the reporter is told):
triage-input-text-only = Please type text (send /cancel to stop).
triage-note-saved = ✅ Note saved.
triage-relayed = ✅ Passed on to the reporter.
triage-not-relayed = Saved, but the reporter cannot be reached right now.
triage-done = ✅ Done.
triage-reporter-anonymous = This report is anonymous; the reporter's identity is not available. Use “Reply to reporter” to reach them.
triage-reporter-card = 👤 Reporter of { $reference }: { $name } (Telegram id { $id }). For the case only; do not pass it on.

## Notices to the reporter
reporter-status = 📣 Your report { $reference } is now: { B($status) }.
reporter-accepted = 📣 Your report { $reference } was accepted; officer { $officer } is in charge.
reporter-rejected = 📣 Your report { $reference } was not accepted. Reason: { $reason }. If you have questions, contact your village officer.
reporter-reply = 💬 An officer replied about your report { $reference }:
    { $text }
reporter-info-request = ❓ An officer asks you to add to your report { $reference }:
    { $text }
    Just reply here with text or a photo; it will be added to this report.
reporter-points = 🎁 Your report { $reference } earned { $points } points ({ $reason }); you now have { $balance }.
feedback-yes = 😊 Satisfied
feedback-no = 😞 Not satisfied
feedback-thanks = Thank you for your feedback; this report is closed.
feedback-reopened = Noted. The station will look at it again and keep you informed.
feedback-question = Are you satisfied with how report { $reference } was handled? Tap a button below.
feedback-recorded = Your answer about { $reference } is already recorded; there is no need to tap again. Thank you!
feedback-not-due = This report is not waiting for your answer now.

## My reports
my-reports-none = You have not submitted any reports yet.
my-reports-title = 📄 Your reports (tap one for details):
my-report-detail =
    { B($reference) } · { $category }
    Status: { $status }
    { $description }
my-reports-add = ➕ Add information
my-reports-add-prompt = Send the text or photo to add to { $reference }:
my-reports-added = ✅ Added to { $reference }; the officers were told.
mine-points = 🎁 Points

## Points
points-balance = 🎁 You have { B($balance) } points. You can exchange them at the village shop (爱心超市).
points-history-line = { $date }  { $delta }  { $reason }
points-title = 🎁 My points
points-history-title = Recent points:
points-history-award = { $date }  { $delta }  { $reason } { $reference }
points-history-none = No points yet.
points-how = How to earn points: when your report gives a useful clue, or you help settle a dispute, the officer awards you points. How to use them: at the village shop (爱心超市), tap “🧾 Get a redemption code” and tell the code to the officer to exchange them.
points-code-button = 🧾 Get a redemption code
points-code = 🧾 Redemption code: { B($code) } (valid for 15 minutes). Tell this number to the officer at the village shop.
points-reason-clue = useful clue
points-reason-mediation = help with mediation
points-awarded = { $points } points awarded.
points-no-recipient = The reporter cannot be found; no points were given.
redeem-usage = Usage: /redeem code points item, e.g. /redeem 123456 20 a bottle of cooking oil
redeem-bad-code = That code is wrong or expired; ask the resident to get a new one.
redeem-done = ✅ { $points } points redeemed; { $balance } left.
redeem-done-resident = 🎁 You exchanged { $points } points at the village shop for: { $item }. { $balance } points left.
redeem-insufficient = Not enough points: the resident has only { $balance }.

## Daily review
digest-title = 📋 { B("Open reports, ", $station) }: 🔴 { $red } · 🟡 { $yellow } · 🟢 { $green }
digest-line = { $colour } { $reference } · { $status } · { $days } day(s)
digest-empty = No open reports.

## Officer queries and statistics
list-title = 📂 { B("Reports") } ({ $filter }, page { $page }): tap one to view and act.
list-empty = 📂 No reports match ({ $filter }).
list-filter-open = Open
list-filter-red = 🔴 Red
list-filter-yellow = 🟡 Yellow
list-filter-green = 🟢 Green
list-filter-mine = Mine
list-filter-new = New
list-filter-in_progress = In progress
list-filter-closed = Closed
list-filter-all = All
stats-title = 📊 { B("Reports in the last ", $days, " days") }: { $total } in all
stats-colours = 🔴 { $red } · 🟡 { $yellow } · 🟢 { $green }
stats-by-category = { B("By category") }
stats-by-village = { B("By village") }
stats-caption = Reports in the last { $days } days; details in the text below

## Charts and export
chart-title = Reports in the last { $days } days ({ $total } in all)
chart-by-colour = By alert colour
chart-by-category = By category
chart-by-village = By village
chart-trend = New reports per day (last { $days } days)
chart-no-data = No reports
chart-other = Other
colour-name-red = Red
colour-name-yellow = Yellow
colour-name-green = Green
kind-name-dispute = Dispute
kind-name-clue = Crime clue
export-yes = Yes
export-no = No
export-anonymous = Anonymous
export-location-shared = Location shared (coordinates not exported)

## Report history and triage refusals
triage-stale = ⌛ This button has expired: { $reference } is now “{ $status }”. Nothing was changed. The card has been updated; please use the new one.
points-already = Points have already been given for this report for this reason; they are not given twice.
triage-blocklisted-already = The numbers and links of this report are already in the blocklist; they are not counted twice.
triage-location-of = 📍 Location of { $reference }:
card-history = History:
history-note = { $at } 📝 { $officer } (internal note): { $text }
history-reply = { $at } 💬 { $officer } replied to the reporter: { $text }
history-ask = { $at } ❓ { $officer } asked the reporter to add: { $text }
history-addition = { $at } ➕ The reporter added: { $text }
history-evidence = { $at } 📎 The reporter added a file ({ $kind })
history-more = …and { $count } earlier entries; open the report from /reports to see them all
evidence-kind-photo = photo
evidence-kind-video = video
evidence-kind-document = file
reporter-evidence-added = ✅ File added to { $reference }; the officers were told. You can send more photos.
list-unknown-village = No village called “{ $query }” was found. Type a village name (such as 红旗村) or its code, or nothing to list them all.
history-kind-note = Internal note
history-kind-reply = Reply to the reporter
history-kind-ask = Asked the reporter to add
history-kind-addition = The reporter added
history-kind-evidence = The reporter added a file

## Reminder settings
reminders-title =
    🔔 { B("Reminders") }: tap to turn on or off.
    Quiet hours: { $quiet } (urgent warnings still come through)
reminders-topic-antifraud = Daily anti-fraud tip
reminders-topic-legal = Weekly legal tip
reminders-topic-traffic = Road-safety notices
reminders-topic-urgent = Urgent warnings
reminders-quiet-none = No quiet hours
reminders-saved = Saved
reminders-urgent-confirm = Urgent warnings are sent when the station sees scammers targeting the village right now, or another danger. If you turn them off you may miss one. Turn them off?
reminders-urgent-off = Turn off
reminders-urgent-keep = Keep them
reminders-urgent-now-off = Urgent warnings are off. You can turn them on here at any time.
reminders-urgent-kept = Good: urgent warnings stay on.

## Pushed content
awareness-antifraud-header = 🛡️ { B("Today's anti-fraud tip: ", $title) }
awareness-legal-header = ⚖️ { B("Know the law: ", $title) }
awareness-part-pattern = What scammers say:
awareness-part-red_flag = The red flag:
awareness-part-what_to_do = What to do:
awareness-part-text = { "" }
awareness-part-basis = Basis:
awareness-footer = { I("Don't want these? Tap “👤 Mine” → “Reminders”.") }
awareness-in-chinese = { I("(The details are in Chinese for now.)") }

## Scheduled pushes
campaigns-title = 🗓 { B("Scheduled pushes") } (times in TZ):
campaigns-active = running
campaigns-paused = paused

## Officer broadcasts
broadcast-ask-kind = 📢 { B("Send a warning") }: what kind? (It is reviewed before it goes out.)
broadcast-kind-urgent = 🚨 Urgent warning
broadcast-kind-antifraud = 🛡️ Anti-fraud
broadcast-kind-legal = ⚖️ Legal awareness
broadcast-kind-traffic = 🚗 Road safety
broadcast-kind-notice = 📌 Notice
broadcast-ask-text = Type the text ({ $language }); residents will see it exactly as written:
broadcast-text-empty = The text is empty; please type it again.
broadcast-text-too-long = The text is too long (at most 3,500 characters); please shorten it.
broadcast-ask-languages = Noted. Add a Mongolian or English version? If not, tap “No, next”.
broadcast-add-mn = ➕ Mongolian version
broadcast-add-en = ➕ English version
broadcast-languages-done = No, next
broadcast-ask-photo = You can send one photo; otherwise tap “Skip”.
broadcast-ask-target = Who should receive it?
broadcast-target-all = Everyone in my area
broadcast-target-townships = Choose townships
broadcast-target-villages = Choose villages
broadcast-target-done = ✅ Done
broadcast-pick = Tap to choose (several allowed), then “Done”:
broadcast-no-recipients = ⚠️ Nobody in this target can receive this kind of message. Please choose another target.
broadcast-ask-time = { $count } residents will receive it. When should it go out?
broadcast-when-now = Now
broadcast-when-1h = In 1 hour
broadcast-when-evening = Tonight 19:00
broadcast-when-morning = Tomorrow 8:00
broadcast-preview-label = 👁 Preview ({ $language }), exactly as residents will see it:
broadcast-preview-summary = Kind: { $kind } · Recipients: { $count } · Time: { $when }. Submit for review when it is right.
broadcast-submit = 📨 Submit for review
broadcast-direct = 🚨 Send directly (admin, urgent)
broadcast-submitted = ✅ Submitted for review (#{ $id }). It goes out once an admin or another officer of your station approves; you will be told.
broadcast-sending = 🚨 Urgent warning #{ $id } sent directly, now going to { $count } residents. This is recorded.
broadcast-review-title = 📨 { B("Warning #", $id, " awaiting review") } (by { $author }, { $count } recipients):
broadcast-approve = ✅ Approve
broadcast-reject = ⛔ Reject
broadcast-own = You cannot review your own warning; another officer or an admin must.
broadcast-already-decided = This warning has already been reviewed.
broadcast-approved-by-you = ✅ Approved #{ $id }; sending to { $count }.
broadcast-rejected-by-you = Rejected #{ $id }.
broadcast-approved = ✅ Your warning #{ $id } was approved by { $approver } and is going to { $count } residents.
broadcast-rejected = Your warning #{ $id } was rejected by { $approver } and was not sent.
broadcast-status-usage = Usage: /broadcast_status warning-number
broadcast-status = 📊 Warning #{ $id } ({ $status }): { $total } in all, delivered { $sent }, blocked { $blocked }, failed { $failed }, waiting { $pending }, { $seconds } s.
broadcast-finished = 📊 Warning #{ $id } done: delivered { $sent }, blocked { $blocked }, failed { $failed }, in { $seconds } s.
broadcast-channel-line = · { broadcast-channel-name }: delivered { $sent }, blocked { $blocked }, failed { $failed }{ $pending ->
    [0] {""}
   *[other] , waiting { $pending }
}
broadcast-channel-name = { $channel ->
    [telegram] Telegram
    [web] web chat
    [wechat] WeChat
    [sms] SMS
   *[other] { $channel }
}
broadcast-state-pending_review = awaiting review
broadcast-state-approved = approved
broadcast-state-rejected = rejected
broadcast-state-cancelled = cancelled
broadcast-header-urgent = 🚨 { B("Urgent warning") }
broadcast-header-antifraud = 🛡️ { B("Anti-fraud warning") }
broadcast-header-legal = ⚖️ { B("Legal awareness") }
broadcast-header-traffic = 🚗 { B("Road safety") }
broadcast-header-notice = 📌 { B("Police station notice") }
broadcast-photo-too-long = With a photo the text may be at most 950 characters; this text is longer, so the photo was left out and only the text will be sent.

## Broadcast review and delivery states
broadcast-review-where = Sent to: { $where }
broadcast-where-all = all residents in the area
broadcast-state-delivered = delivered
broadcast-state-sending = sending
broadcast-state-scheduled = scheduled for { $time }
broadcast-state-quiet = waiting for the end of quiet hours, goes at { $time }
broadcast-approved-by-you-quiet = ✅ Approved #{ $id }. It is quiet hours for residents: { $held } will receive it at { $time }, when quiet hours end{ $now ->
    [0] .
   *[other] ; the other { $now } get it now.
}
broadcast-approved-quiet = ✅ Your message #{ $id } was approved by { $approver }. It is quiet hours for residents: { $held } will receive it at { $time }, when quiet hours end{ $now ->
    [0] .
   *[other] ; the other { $now } get it now.
}
broadcast-status-unknown = There is no message #{ $id }. Please check the number (the one in the reply when it was submitted).

## Campaign schedules in words
campaigns-entry = • { B($topic) }: { $schedule } · { $state } · next: { $next } · last: { $last }
campaigns-daily = every day at { $time }
campaigns-weekly = every { $day } at { $time }
campaigns-pause-button = ⏸ Pause { $topic }
campaigns-resume-button = ▶️ Resume { $topic }
weekday-0 = Sunday
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday

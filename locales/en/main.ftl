# cunjing — interface texts (English)
# Plain text, no HTML: emphasis is { B("…") } bold, { I("…") } italic, { CODE($id) } code (see README, "Adding a language").

## Command menu
cmd-start = Start / set up again
cmd-menu = Main menu
cmd-officer = My village officer
cmd-help = Help
cmd-language = Change language
cmd-village = Change my village
cmd-privacy = Privacy
cmd-cancel = Cancel what I am doing
cmd-reports = (Officers) Residents' reports
cmd-stats = (Officers) Report statistics
cmd-redeem = (Officers) Record a points exchange
cmd-block = (Officers) Add to the fraud blocklist
cmd-broadcast = (Officers) Send a warning
cmd-broadcast_status = (Officers) Delivery report of a warning
cmd-grant = (Admins) Make someone an officer
cmd-revoke = (Admins) Remove an officer
cmd-officers = (Admins) List officers
cmd-campaigns = (Admins) Scheduled pushes

## Start and language
start-choose-language =
    请选择语言
    ᠬᠡᠯᠡ ᠪᠡᠨ ᠰᠣᠩᠭᠣᠨ᠎ᠠ ᠤᠤ
    Please choose a language
start-welcome-back = Welcome back, { $name }! Tap a button below.
start-unknown-village = The village in this QR code was not found. Please choose yours below.
start-switch-ask = Your village is now “{ $current }”. Change it to “{ $village }”?
start-switch-yes = Change to { $village }
start-switch-no = Keep my village
language-set = ✅ Language set to English.

## Choosing a village
place-ask-township = Please choose your township (sum):
    { I("You can also type the village name.") }
place-ask-village = Please choose your village (gachaa) in { $township }:
place-back-townships = « Back to townships
place-done-welcome =
    ✅ All set! Your village: { B($village) } ({ $township })
    Your village officer is { B($officer) }.

    The four big buttons below:
    📋 { B("Services") } — household registration, ID cards, licences and vehicles
    🛡️ { B("Scam check") } — check a suspicious message or call
    📣 { B("Report") } — disputes and crime clues
    👤 { B("Mine") } — my officer, my reports, settings
place-done = ✅ Changed: your village is { B($village) } ({ $township }), village officer { B($officer) }.
place-several-found = Several villages have a similar name. Please choose:
place-not-found = No village by that name. Please choose a township:

## Main menu
menu-services = 📋 Services
menu-scam = 🛡️ Scam check
menu-report = 📣 Report
menu-mine = 👤 Mine
menu-shown = Tap a button below to choose what you need.
coming-soon =
    “{ $feature }” is being built and will be ready soon.
    For now: tap “👤 Mine” to see your village officer's phone number. In an emergency, call 110.

## Mine
mine-title = 👤 Mine — please choose:
mine-officer = 👮 My village officer
mine-reports = 📄 My reports
mine-reminders = 🔔 Reminders
mine-language = 🌐 Language
mine-village = 🏠 My village
mine-privacy = 🔒 Privacy
officer-card =
    👮 { B("My village officer") }
    { $village } ({ $township })

    Village officer: { B($officer) }
    Phone: { $officerPhone }

    🏢 { B($station) }
    Address: { $stationAddress }
    Phone: { $stationPhone }
    Opening hours: { $stationHours }

    🚨 Emergency police: { B("110") }
    🛡️ Anti-fraud hotline: { B("96110") }
    🚗 Traffic accidents: { B("122") }
officer-card-no-village = You have not chosen your village yet. Once you do, you will see your village officer's phone number.

## Help, privacy, cancel
help =
    { B("How to use cunjing") }
    Just tap the big buttons below; no commands to remember.

    /menu — back to the main menu
    /officer — my village officer and phone numbers
    /village — change my village
    /language — change language (中文 / ᠮᠣᠩᠭᠣᠯ / English)
    /privacy — what we store
    /cancel — stop what you are doing

    In an emergency, call { B("110") }.
help-officer =
    { B("Officer commands") }
    /reports — residents' reports
    /stats — report statistics (7 or 30 days)
    /redeem code points item — record a points exchange at the village shop, e.g. /redeem 123456 20 a bottle of oil
    /block — add a fraud number or link to the blocklist
    /broadcast — send a warning (reviewed before it goes out)
    /broadcast_status number — how a warning was delivered, e.g. /broadcast_status 12
help-admin =
    { B("Admin commands") }
    /grant user-id station:CODE — make someone an officer
    /revoke user-id — remove an officer
    /officers — list officers
    /campaigns — scheduled pushes: list, pause, resume
privacy =
    🔒 { B("Privacy") }
    We keep only what the service needs:
    • your Telegram id and display name — to reply to you;
    • your language and village — to find your village officer and station;
    • the step you are at — so you can continue after an interruption.

    We do not store your phone number unless you choose to give it.
    When you report anonymously, officers cannot see who you are.
    Every action by officers and admins is recorded in an audit log.
    The system log never contains the text you send.

    To see or delete your data, contact your village officer or station.
cancel-done = Cancelled.
cancel-nothing = There is nothing to cancel.
button-cancel = Cancel

## Permissions and administration
admin-only = Only an admin can do this.
staff-only = This is for police officers only. For help, tap “👤 Mine” to reach your village officer.
callback-refused = This button no longer works. Please open the menu again.
grant-usage =
    Usage: /grant user-id scope
    The scope is station:CODE or township:CODE, for example: { $examples }
grant-confirm = Make user { $id } an officer with scope { $scope }?
grant-confirm-button = ✅ Confirm
grant-done = ✅ Done: user { $id } is now an officer, scope { $scope }.
revoke-usage = Usage: /revoke user-id (the user must be an officer).
revoke-confirm = Remove officer rights from { $name } ({ $id })?
revoke-confirm-button = ⛔ Remove
revoke-done = User { $id } is no longer an officer.
officers-title = { B("Officers") }
officers-line = • { $name } ({ $id }) — { $scope }
officers-none = No officers yet. Add one with /grant.
officers-revoke-button = Remove { $id }

## Groups
group-hello = Hello, I am cunjing. Residents: please talk to me in a private chat. Station groups receive residents' reports and warnings to review here.
group-private-only = Please use cunjing in a private chat: tap my picture, then “Send message”.
edited-ignored = I do not process edited messages again. To correct something, please send a new message.

## Fallbacks
unknown-command = There is no such command. Tap a button below, or send /help.
unhandled-text = Tap a button below to choose what you need. In an emergency, call 110.
unhandled-media = I cannot read this kind of message yet. Tap a button below, or tell me in words.
onboarding-hint = You have not set your village yet. Send /start; it takes a minute.
error-generic = Sorry, something went wrong and it was not done. Please try again; if it still fails, call your police station. In an emergency, call 110.
error-unavailable = Sorry, the system is temporarily unreachable and your action was not saved. Please try again in a few minutes. In an emergency, call 110.

## Installation: learning ids
whoami = Your numeric Telegram id: { CODE($id) }
    Send it to your admin: admins' ids go in ADMIN_IDS; an admin makes an officer with /grant { $id } station:STATION-CODE. Then send me /start once, so I can write to you.
group-added-admin = I was added to the group “{ $title }”, chat id: { CODE($id) }
    Put it in the county file (a station group as chat_id, a township or county command group as command_chat_id), then run npx cunjing villages import county.yaml.
group-chat-id = The id of this group “{ $title }”: { CODE($id) }

## Stale buttons, scope and admin errors
button-stale = ⌛ This button has expired; nothing was changed. Open the menu again or send /start.
start-switch-kept = All right, no change. Your village is still “{ $village }”.
out-of-scope = This is outside your area, so you cannot handle it. Contact the responsible station or an admin if needed.
report-out-of-scope = This report is outside your area, so you cannot handle it. Contact the responsible station if needed.
group-out-of-scope = This group is not in your area; this command cannot be used here.
grant-bad-id = “{ $id }” is not a valid user id. A user id is a number: ask the person to send /whoami to the bot.
grant-unknown-station = There is no station with the code { $code }. Stations: { $examples }
grant-unknown-township = There is no township with the code { $code }. Townships: { $examples }
revoke-not-officer = User { $id } is not an officer, so there is nothing to revoke. /officers lists the officers.
group-officers-station = 🏢 { B($station) } · phone { $phone }
group-officers-village = • { $village } ({ $township }): { $officer } { $phone }

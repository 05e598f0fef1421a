# Conclave: English, the source of every other locale (the web app's strings).
# Translator: the Conclave team. Every other file holds the same ids and placeables.
# Placeables ({ $name }) are filled in by the page; some become a name, a command or a link.

## Start, join, link, unlock

boot-loading = Loading…
boot-failed = Conclave could not start: { $error }
boot-other-tab = Conclave is already open in another tab or window of this browser. Close it, then reload this page.
working = Working…
wrong-passphrase = Wrong passphrase. { $detail }. Try again.
tagline = Invite-only, end-to-end encrypted messaging. Your keys are made and kept in this browser.
passphrase = Passphrase
passphrase-hint = At least 8 characters. It encrypts this device's keys and history in this browser and never leaves it; forgotten, this browser's copy cannot be opened.
passphrase-again = Repeat the passphrase
passphrase-differ = The two passphrases differ.
join-title = Join with an invitation
join-link = Invitation link
join-link-hint = https://…/join#code=… or conclave://…/join#code=…
username = Username
username-hint = 3 to 32 characters: a–z, 0–9, “.”, “_”, “-”.
device-name = Name of this device
join-button = Join
joining = Joining…
link-title = Link this browser to your account
link-intro = On a device that has your account, run “conclave device link” and paste the link it prints. That device then adds this browser to your conversations.
link-link = Device link
link-link-hint = https://…/device#code=… or conclave://…/device#code=…
link-button = Link this browser
linking = Linking…
unlock-title = Unlock Conclave
unlock-holds = This browser holds the device “{ $device }” of { $username }.
unlock-button = Unlock
unlocking = Unlocking…
unlock-link-ignored = This browser already holds a Conclave device; the link you opened is not used. To use it, remove this device from this browser first.
unlock-forgot = Forgot the passphrase? This browser's copy cannot be opened without it. Remove it here and link this browser again from another of your devices.
forget-button = Remove this device from this browser
forget-confirm = Remove { $username }'s device from this browser? Its keys and history here are deleted; your account and other devices stay.

## The shell

conversations = Conversations
new-button = New
new-conversation = New conversation
private-button = Private
private-browsing = Private browsing
account-button = Account
account = Account
details = Details
call-button = Call
call-start = Start a call
call-voice = Voice call
video-button = Video
video-start = Start a video call
video-call = Video call
ledger = Ledger
ledger-button-title = Shared expenses and balances
messages = Messages
composer-placeholder = Message
send = Send
sending = Sending…
attach = Attach a file
take-photo = Take a photo
voice-hold = Hold to record a voice note
back-chats = ‹ Chats
back-to-conversations = Back to conversations
back = ‹ Back
close-panel = Close the panel
conversation-panels = Conversation panels
members = Members
choose-conversation = Choose a conversation, or start one with “New”.
call = Call

## Status and banners

status-online = { $username } · online
status-offline = { $username } · offline
status-expired = { $username } · expired
status-replaced = { $username } · replaced
status-refused = { $username } · refused
status-connecting = { $username } · connecting
banner-expired = Your account has expired. Redeem a renewal code under Account to continue.
banner-replaced = Conclave was opened for this device elsewhere; this page stopped. Reload to use it here.
banner-refused = The server refused this device: { $reason }
banner-offline = Offline: showing what this browser has. { $reason }
banner-expires-soon = Your account expires on { $date }. Ask an admin for a renewal code.
conn-expired = Your account has expired: renew it under Account.
conn-offline = Offline: you can read; sending works again once reconnected.
expiry-unknown = unknown (offline)
expiry-expired = { $date } (expired)
expiry-days = { $days ->
    [one] { $date } ({ $days } day)
   *[other] { $date } ({ $days } days)
}

## The conversation list and the messages

you = You
last-message = { $who }: { $text }
ledger-line = Ledger: { $text }
group-created = Group created
no-messages-yet = No messages yet
no-conversations = No conversations yet.
not-on-device = This conversation is not on this device.
conversation = Conversation
removed-banner = You were removed from this conversation. You no longer receive its messages.
membership-added = { $who } added { $names }
membership-removed = { $who } removed { $names }
membership-added-removed = { $who } added { $added } and removed { $removed }
membership-keys = { $who } updated the keys
unreadable-message = Unreadable message ({ $reason })
handover-mine = Your device handed the ledger’s earlier entries to the devices that joined.
handover-theirs = { $sender }’s device handed the ledger’s earlier entries to the devices that joined.
open-ledger-link = Ledger ›
open-ledger = Open the ledger
joined-here = You joined this conversation on this device.
empty-conversation = No messages yet. Messages are end-to-end encrypted.
upload-sending = Sending { $name }…
upload-failed = { $name }: { $error }
dismiss = Dismiss
record-failed = Cannot record: { $error }
record-hold = Hold the microphone button to record a voice note.
toast-added-to-conversation = You were added to a conversation.
toast-fell-behind = This device fell behind in a conversation and waits to be added back.
invites-admin = no quota (admin)
invites-left = { $count } left

## Members

no-longer-member = You are no longer a member of this conversation.
safety-number = Safety number
safety-number-with = Safety number with { $username }
remove = Remove
remove-member = Remove { $username }
remove-confirm = Remove { $username } from { $conversation }? They will not read later messages.
removing = Removing…
removed-toast = Removed { $username }.
devices-line = { $count ->
    [one] device { $ids }
   *[other] devices { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = device ({ $id })
member-you = { $username } (you)
members-summary = { $count ->
    [one] { $count } member · epoch { $epoch }
   *[other] { $count } members · epoch { $epoch }
}
add = Add
adding = Adding…
added-toast = Added { $names }.
add-members = Add members
add-members-hint = Usernames, separated by commas. All their devices join.
leave = Leave this conversation
leave-confirm = Leave { $conversation } on all your devices?
leaving = Leaving…
epoch-authenticator = Epoch authenticator (the same on every member's device): { $code }
loading = Loading…
safety-verified = verified
safety-changed = KEYS CHANGED since you verified
safety-unverified = not verified
mark-verified = Mark as verified
saving = Saving…
verified-toast = { $username } marked as verified.
safety-with = Safety number with { $username } { $badge }
safety-hint = Compare it with theirs in person or over another channel. If it matches, mark them verified: a later change of their keys is then shown loudly.

## The ledger

ledger-paid-by = Paid by
ledger-paid-to = Paid to / for
ledger-owed-to = Owed to
ledger-owed-by = Owed by
split-to = All to one member
split-equal = Split equally
split-exact = Split by amounts
split-weights = Split by weights
badge-reversed = reversed
badge-reversal = reversal
badge-refused = refused
badge-unreadable = unreadable
device-id = device { $id }
device-id-named = device { $id } ({ $name })
entries = Entries
entries-count = Entries ({ $count })
export-csv = Download CSV
export-json = Download JSON
balances = Balances
export = Export
export-hint = CSV: one row per member per entry (summed by member and currency: the balances). JSON: every record, the balances and the settle-up.
discrepancy-title = Warning: a ledger handed to a new device differs from yours.
discrepancy = { $by }’s device { $device } (message { $seq }) handed newcomers a ledger that is not what this device holds: { $detail }. Their balances may differ from yours; compare with { $by }.
ledger-unreadable = { $count ->
    [one] { $count } entry was written by a newer Conclave and cannot be read here; the balances leave it out until you update.
   *[other] { $count } entries were written by a newer Conclave and cannot be read here; the balances leave them out until you update.
}
handed-over-mine = This device joined at message { $seq }: the entries before it are as your device { $device } handed them over.
handed-over-theirs = This device joined at message { $seq }: the entries before it are as { $by }’s device { $device } handed them over.
ledger-empty = No entries yet. Record a shared expense, a payment or a debt below; every member sees the same balances.
balances-in = Balances in { $currency }
balance-owed = is owed
balance-owes = owes
balance-settled = settled
settle-title = To settle up
settle-you-pay = You pay { $to } { $amount } { $currency }
settle-pays-you = { $from } pays you { $amount } { $currency }
settle-pays = { $from } pays { $to } { $amount } { $currency }
all-settled = All settled.
records-empty = Entries appear here in the order the server placed them, the same on every device.
recorded-by-you = { $day } · recorded by you from { $device } at { $time }
recorded-by = { $day } · recorded by { $member } from { $device } at { $time }
reference-line = Reference: { $reference }
reversed-by-you = Reversed by you (entry { $entry }); no longer counted.
reversed-by = Reversed by { $member } (entry { $entry }); no longer counted.
reversed-by-someone = Reversed by someone (entry { $entry }); no longer counted.
undoes = Undoes: { $description }
refused-everywhere = Refused by every device where it landed; it changes no balance.
handed-by-mine = Handed over by your device { $device } when this device joined
handed-by-theirs = Handed over by { $username }’s device { $device } when this device joined
reverse-toggle = Reverse…
reverse-entry-label = Reverse entry { $entry }
reverse-entry = Reverse entry
cancel = Cancel
reverse-why = Why (optional)
reverse-hint = The entry stays in the history, marked reversed; its effect on the balances is undone on every device.
reversing = Reversing…
reversed-toast = Reversed: { $description }
kind-payment = Payment: someone paid
kind-debt = Debt: someone owes
record-entry = Record entry
member = Member
split-equal-among = Split equally among
split-equal-hint = Include who paid to give them a share too. A remainder of a cent goes to the first members listed.
weights-legend = Weights (e.g. 2 and 1: two thirds and one third)
amounts-legend = Amounts (adding up to the total)
share-empty-hint = Leave a member empty to give them no share.
will-record = Will record: { $description }
will-record-shares = Will record: { $description } — { $shares } { $currency }
amount = Amount
currency = Currency
add-entry-form = Add a ledger entry
what-happened = What happened
date = Date
memo-optional = Memo (optional)
reference-optional = Reference (optional)
reference-hint = An invoice number, a transfer id…
add-entry = Add an entry
ledger-intro = Entries are end-to-end encrypted messages; nobody can edit or delete one, a mistake is reversed.
recording = Recording…
recorded-toast = Recorded: { $description }
preparing = Preparing…
exported-toast = { $count ->
    [one] Exported { $count } ledger record to { $file }.
   *[other] Exported { $count } ledger records to { $file }.
}

## New conversation, account

start = Start
starting = Starting…
create-group = Create group
creating = Creating…
message-person = Message a person
new-group = New group
group-name = Group name
members-hint = Usernames, separated by commas.
your-account = Your account
this-device = This device
this-device-value = { $name } (device { $id })
valid-until = Valid until
invitations = Invitations
connection = Connection
online = online
offline = offline
offline-reason = offline: { $reason }
renew = Renew
renewing = Renewing…
renewed-toast = Renewed until { $date }.
renew-title = Renew your account
renewal-code = Renewal code
renewal-hint = An admin gives you one; it extends your account, also after it expired.
expires-1-day = 1 day
expires-7-days = 7 days
expires-30-days = 30 days
create-invitation = Create invitation
your-invitations = Your invitations
copy = Copy
copied = Copied.
copy-failed = Select the link and copy it.
invitation-created = Invitation created.
invitation-for = { $count ->
    [one] For { $count } person, valid until { $date }.
   *[other] For { $count } people, valid until { $date }.
}
link-for-browser = Link for a browser:
link-for-cli = For the command line (conclave join):
invite-row = #{ $id } · { $state } · { $left }/{ $total } left · until { $date }
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } left · until { $date } · joined: { $names }
no-invitations = No invitations yet.
invite-someone = Invite someone
number-of-people = Number of people
valid-for = Valid for
your-devices = Your devices
add-device-hint = To add a device, run “conclave device link” on one that has your account.
lock = Lock
this-browser = This browser
lock-hint = Locking closes the session; the passphrase opens it again.
device-row = { $name } (device { $id }), added { $date }
device-row-this = { $name } (device { $id }), added { $date } — this browser
offline-short = Offline.
language = Language
language-hint = The language of this page on this device. “Automatic” follows the browser’s languages.
language-auto = Automatic

## Private browsing

pb-what-title = What private browsing is
pb-what-1 = Private browsing carries a device's web traffic through two relays instead of straight to the site. The entry relay learns who you are (your address) but not where you go; the exit relay learns where you go (the site) but not who you are. Neither learns both.
pb-what-2 = Between your device and the exit, the traffic is encrypted, so the entry sees only sealed, fixed-size cells. Each relay lets a connection in only with an unlinkable token, which this server signs blind: it cannot tell which connection or site a token was spent on.
pb-what-3 = This page does not route anything itself: a web page cannot carry other traffic. The conclave program on a device does (see “Use it on this device”).
pb-limits-title = What it does not protect against
pb-limits-1 = Two hops defeat one curious relay operator. They do not help if both relays of a path work together, nor against an observer who watches traffic at both ends and matches its timing (a global observer).
pb-limits-2 = Relays run by the same operator are marked in the list below, and a path never uses two of them when a relay of another operator exists. When only one operator runs relays, both hops are theirs and the split is nominal; conclave proxy then warns.
pb-limits-3 = Sites still see what you send them: logging in, cookies and the browser's fingerprint identify you as usual.
pb-limits-4 = Only programs pointed at the proxy are covered. Let the proxy resolve names too (socks5h, curl's --socks5-hostname, Firefox's “Proxy DNS”), or your DNS lookups leave outside it.
pb-allowance-note = Each circuit takes two tokens, one for each relay; a circuit carries many connections and is renewed after 10 minutes. The allowance renews at 00:00 UTC.
pb-allowance-title = This device's allowance
pb-per-day = Tokens per day
pb-left-today = Left today
pb-fetching = Fetching the relay directory…
relays = Relays
pb-setup = { $first }: on a device where conclave has your account, run { $link }, then here { $join } (or { $joininvite } with an invitation).
pb-use-title = Use it on this device
pb-desktop = Computer (Linux, macOS, Windows)
pb-desktop-install = Install the conclave command line and give it your account
pb-desktop-run = Run { $cmd }. It serves SOCKS5 and HTTP CONNECT on { $addr }, for this computer only, and prints each circuit's entry and exit.
pb-desktop-chromium = Chromium, Chrome or Edge: start it with { $cmd } (names are then resolved by the proxy). A separate profile ({ $profile }) keeps private browsing apart from your usual one.
pb-desktop-firefox = Firefox: Settings → General → Network Settings → Settings…: Manual proxy configuration, SOCKS Host 127.0.0.1, Port 1080, SOCKS v5, and tick “Proxy DNS when using SOCKS v5”.
pb-desktop-curl = Command-line tools: { $cmd }.
pb-desktop-options = Options: { $country } leaves through an exit in that country; { $circuit } gives every site its own circuit.
pb-android = Android phone or tablet
pb-android-intro = A browser cannot run a SOCKS proxy, so a program on the phone has to:
pb-android-termux = Install Termux (from F-Droid), and in it the conclave command line.
pb-android-account = Give it your account
pb-android-run = In Termux run { $cmd } and leave it running (let Termux run in the background in the battery settings).
pb-android-wifi = Settings → Wi-Fi → your network → Edit → Advanced → Proxy: Manual, host { $host }, port { $port }. Android's proxy setting speaks HTTP CONNECT, which the proxy understands on the same port. Browsers that follow it go through the relays on that Wi-Fi network (not on mobile data).
pb-android-browser = Or use a browser with its own proxy settings: SOCKS5 { $socks } with remote DNS, or HTTP proxy { $http } (CONNECT).
pb-ios = iPhone and iPad
pb-ios-text = Not available today. iOS has no way to keep a command-line program running in the background to serve as the local proxy (there is no Termux, and apps are suspended), and carrying a phone's traffic needs a VPN-style app (a Network Extension), which Conclave does not have yet. Nor can a phone borrow a computer's proxy: conclave proxy has no password, so it only listens on its own machine.
pb-no-tokens = This server issues no relay tokens, so its relays cannot be used from this account.
pb-zero-tokens = The server gives members no relay tokens (its allowance is 0 a day).
pb-same-operator = same operator
pb-country-unknown = country unknown
pb-relay-meta = { $country } · operator { $operator } · { $addr }
pb-relay-meta-ours = { $country } · operator { $operator } (this server's) · { $addr }
pb-same-operator-note = Run by the same operator as { $others } ({ $count } relays): never used together while another operator's relay exists.
pb-no-relays = This server lists no relays.
pb-two-operators = A path can use two relays of different operators.
pb-one-operator = Only one operator runs these relays, so both hops of a path are theirs: the split is nominal.
pb-no-path = No path can be built yet: { $reason }.
pb-signed-new = Signed by { $operator } with key { $key }; the signature checks out. This device now remembers that key, and refuses a directory signed by another. Valid until { $date }.
pb-signed-known = Signed by { $operator } with key { $key }; the signature checks out. It is the key this device remembered, and refuses a directory signed by another. Valid until { $date }.

## Calls

declined = { $names } declined.
join-call = Join call
accept = Accept
accept-call = Accept the call
accept-video-call = Accept the video call
decline = Decline
is-calling = { $caller } is calling
ringing-voice = Voice call · { $conversation }
ringing-video = Video call · { $conversation }
already-in-call = You are already in a call.
calling = Calling…
call-failed = The call could not start: { $error }
connecting = Connecting…
your-camera = Your camera
mute = Mute
unmute = Unmute
camera-off = Camera off
camera-on = Camera on
switch-camera = Switch camera
one-camera = This device has one camera.
hang-up = Hang up
call-controls = Call controls
tile-name = { $username } · device { $device }
tile-leaf = leaf { $leaf }
reconnecting = Reconnecting…
connection-failed = Connection failed
ended = Ended
in-call = { $count ->
    [one] { $state } · { $count } in the call
   *[other] { $state } · { $count } in the call
}

## Files and voice notes

file-too-large = The file is larger than the server accepts.
file-too-large-max = The file is larger than the server accepts (at most { $max }).
file-over-quota = Your storage at the server is full. Files expire after a while; try again later.
file-too-many = Too many uploads at once. Try again in a moment.
file-grant = The permission to upload expired. Try again.
file-not-found = The file is no longer at the server (files expire after a while).
file-hash-mismatch = The upload was damaged on the way. Try again.
file-unavailable = The server’s file store is unavailable right now. Try again later.
file-busy = The server is busy with this file. Try again in a moment.
file-cut = The connection dropped during the upload. Try again.
file-no-resume = The upload could not be resumed.
file-kept-other = The server kept a different part of the file.
upload-refused = The upload failed: { $reason }
download-refused = The download failed: { $reason }
file-corrupted = This file was altered or corrupted on the way; it is not shown.
open-image = Open the image { $name }
open = Open
preview-of = Preview of { $name }
image-unreadable = This image cannot be shown here; it is not a picture this browser reads.
play-voice-note = Play the voice note { $name }
recording-unplayable = This recording cannot be played in this browser.
download = Download
download-name = Download { $name }
save-again = Save again
close = Close
play-name = Play { $name }
pause-name = Pause { $name }
position = Position

## Notifications

notifications = Notifications
hide-contents = Hide contents in notifications
push-blocked = Notifications are blocked for this site: allow them in the browser's site settings.
push-not-allowed = Notifications were not allowed.
push-no-server = This server sends no push notifications.
push-no-service = This browser's push service did not answer (no network, or a browser without one).
push-unsupported = This browser cannot show push notifications (on iPhone and iPad: add Conclave to the home screen first).
push-on-hidden = On: notifications say "New message" and nothing else.
push-on = On: notifications show who wrote and what, read on this device.
push-off = Off. The server's pushes only ever say "something new"; this device decrypts the rest.
new-message = New message

## Calls in the history, call tiles, invitation states

call-held-audio = Call, { $duration }, { $people ->
    [one] { $people } person
   *[other] { $people } people
}
call-held-video = Video call, { $duration }, { $people ->
    [one] { $people } person
   *[other] { $people } people
}
call-missed-audio = Missed call from { $from }
call-missed-video = Missed video call from { $from }
call-missed-declined-audio = Missed call from { $from } (declined)
call-missed-declined-video = Missed video call from { $from } (declined)
call-not-answered-audio = Call not answered
call-not-answered-video = Video call not answered
call-declined-by-audio = Call declined by { $names }
call-declined-by-video = Video call declined by { $names }
call-ringing-audio = { $caller } is calling (call)
call-ringing-video = { $caller } is calling (video call)
call-in-progress-audio = Call in progress, { $count ->
    [one] { $count } person
   *[other] { $count } people
} in it ({ $names })
call-in-progress-video = Video call in progress, { $count ->
    [one] { $count } person
   *[other] { $count } people
} in it ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } h { $min } min
tile-waiting-keys = waiting for keys
tile-cant-decrypt = can't decrypt ({ $reason })
tile-key-mismatch = their key does not match this device’s: different MLS epoch or not a member
invite-open = open
invite-used = used
invite-expired = expired
invite-revoked = revoked

## Typing indicators
typing-one = { $name } is typing…
typing-two = { $first } and { $second } are typing…
typing-several = Several people are typing…
typing-title = Typing indicators
typing-setting = Show when others are typing, and let them see when I am
typing-hint = When off, this device neither sends nor shows them. They reach only members online now; the server keeps none.

## History from another device
toast-history-imported = History from your device { $device } arrived (entries: { $count }; conversations: { $conversations }).
history-note = The history above came from your device { $device } (sent { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Incoming call
push-ring-body = Open Conclave to answer
push-title-group = { $sender } in { $conversation }

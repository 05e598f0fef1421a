# Conclave: English, the source of every other locale.
# Translator: the Conclave team. Every other file holds the same ids and placeables.

## The terminal UI (conclave tui)

status-connected = connected
status-reconnecting = reconnecting… ({ $reason })
status-paused = paused: another conclave command is using this device
pane-conversations = Conversations
pane-unread = { $count ->
    [one] { $count } unread
   *[other] { $count } unread
}
pane-message = Message
pane-none = No conversation
compose-hint = Tab or Enter to write
empty-conversations = No conversations yet. Start one from the command line: conclave send USER TEXT
empty-messages = No messages yet. Type below and press Enter.
keys-short = Tab focus · Enter send · ^L ledger · ^E entry · ^U members · ? help · q quit
keys-long = Tab focus · Enter send · Alt+Enter new line · ^L ledger · ^E add entry · ^U members · ? help · q quit
help-title = Help (Esc)
help-focus = move between conversations, messages and the message line
help-choose = choose a conversation; scroll messages
help-scroll = scroll messages
help-enter = send (in the message line); write (elsewhere)
help-newline = new line in a message
help-ledger = the conversation's ledger: balances, settle up
help-add-entry = add a ledger entry
help-members = members, their devices and safety numbers
help-esc = close a panel; leave the message line
help-vim = vim-style keys (with --vim)
help-help = this help
help-quit = quit
ledger-title = Ledger (Esc)
ledger-balances = Balances
ledger-none = no entries yet (Ctrl+E adds one)
ledger-settle = Settle up
ledger-even = everyone is even
ledger-entries = Entries
members-title = Members (Esc)
members-device = device { $id }
members-you = you
form-title = Add a ledger entry
form-kind = kind
form-amount = amount
form-currency = currency
form-from = from
form-split = split
form-to = to
form-memo = memo
form-hint = kind: payment|debt · split: to|equal (to: one member, or a,b,c)
form-keys = Tab next field · Enter add · Esc cancel
notice-sent = sent as message { $seq }
notice-entry-added = entry added as message { $seq }
notice-reconnected = reconnected

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } is typing…
typing-two = { $first } and { $second } are typing…
typing-several = Several people are typing…

## Calls in the history
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

## The command line (conclave …)
# What the command line says to a person. Output for scripts stays as it is in every
# language: `--json`, links and tokens on stdout, the history lines of `read` and `listen`.
cli-cannot-start = cannot start: { $error }
cli-unexpected-response = unexpected response { $response }
cli-invalid-option = invalid { $option }
cli-invalid-option-value = invalid { $option } { $value }
cli-invalid-duration = invalid duration { $value } (e.g. 24h, 7d)

# join, device join, renew, display-name, whoami
cli-not-invite-link = this is not an invitation link (a device link goes to `conclave device join`)
cli-not-device-link = this is not a device link (make one with `conclave device link` on your existing device)
cli-joined = joined { $server } as { $user } (device { $device }); account valid until { $expires }
cli-linked = linked { $server } as { $user } (device { $device }); account valid until { $expires }
cli-malformed-renewal-code = malformed renewal code
cli-renewed = renewed: account { $user } is valid until { $expires }
cli-display-name-none = no display name: others see { $user }
cli-whoami-account = account
cli-whoami-device = device
cli-whoami-server = server
cli-whoami-expires = expires
cli-whoami-invites = invites
cli-whoami-admin = (admin)
cli-whoami-invites-left = { $count } left
cli-whoami-no-quota = no quota

# invite
cli-invite-in-browser = in a browser: { $link }
cli-invite-created = invitation { $id } for { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}, valid until { $expires }
cli-no-invitations = no invitations
cli-invite-open = open
cli-invite-used = used
cli-invite-expired = expired
cli-invite-revoked = revoked
cli-invite-row = { $left }/{ $total } left  expires { $expires }
cli-invite-give = give an invitation id (from `conclave invite list`), code or link
cli-revoked = revoked

# send, read, listen
cli-no-group = no group { $name }; `conclave group list` shows yours
cli-no-conversation-with = no conversation with { $name }; `conclave send { $name } TEXT` starts one
cli-sent = sent to { $conversation } as message { $seq }
cli-warn-call-ignored = warning: call signal { $seq } from { $sender } in { $conversation } ignored: { $reason }
cli-history-note = (the history above came from your device { $device }, sent { $at })
cli-warn-receipt-not-sent = warning: read receipt not sent: { $error }
cli-warn-delivery-unusable = warning: delivery { $seq } could not be used: { $reason }
cli-history-imported = history from your device { $device } (sent { $at }): { $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
} in { $count ->
    [one] { $count } conversation
   *[other] { $count } conversations
}
cli-warn-history-later = warning: the history from your device { $device } did not come yet ({ $reason }); the next command tries again
cli-warn-history-unusable = warning: the history from your device { $device } cannot be used: { $reason }
cli-warn-history-fetch = warning: could not fetch the history your other device sent: { $error }
cli-listen-handover = another conclave command is using this device; waiting for it…
cli-listening-again = listening again
cli-connection-lost = connection lost ({ $error }); reconnecting…

# group
cli-group-created = created #{ $name } ({ $devices ->
    [one] { $devices } device
   *[other] { $devices } devices
}, epoch { $epoch })
cli-group-added = added { $users } to #{ $name }
cli-already-members = already members
cli-group-removed = removed { $users } from #{ $name }
cli-group-left = left #{ $name }
cli-no-conversations = no conversations
cli-kind-group = group
cli-kind-direct = direct
cli-kind-unnamed = unnamed
cli-devices = { $devices ->
    [one] { $devices } device
   *[other] { $devices } devices
}
cli-group-info = { $name }  epoch { $epoch }
cli-device = device { $id }

# device
cli-device-link-waiting = waiting for the new device to join (run `conclave --home NEWDIR device join LINK`)…
cli-link-expired = the link expired before a device joined
cli-device-joined = device { $id } joined; added to { $added } of { $total ->
    [one] { $total } conversation
   *[other] { $total } conversations
}
cli-history-sent = sent it the history of { $count ->
    [one] { $count } conversation
   *[other] { $count } conversations
} ({ $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
}, { $kib } KiB, end-to-end encrypted)
cli-history-none = no earlier history to send it
cli-warn-history-not-sent = warning: the history was not sent to the new device: { $error }
cli-device-added = added { $at }
cli-device-added-this = added { $at } (this device)
cli-device-removed = device { $id } removed

# safety-number, verify
cli-safety-changed = !!! WARNING: { $user }'s keys CHANGED since you verified them !!!
cli-safety-changed-compare = !!! A new device was added or a key was replaced. Compare the safety number again. !!!
cli-verified = { $user } is verified
cli-not-verified = { $user } is not verified yet
cli-safety-number = safety number with { $user }:
cli-marked-verified = { $user } marked as verified; you will be warned if their keys change

# reply, react, edit, delete, forward, conversation set-timer, receipts
cli-replied = replied in { $conversation } as message { $seq }
cli-reacted = reacted in { $conversation } as message { $seq }
cli-reaction-taken-back = reaction taken back in { $conversation } as message { $seq }
cli-edited = edited in { $conversation } as message { $seq }
cli-deleted = deleted for everyone in { $conversation } as message { $seq }
cli-forwarded = forwarded in { $conversation } as message { $seq }
cli-timer-set = timer set in { $conversation } as message { $seq }
cli-timer-invalid = `{ $value }`: { $error }; say off, 30s, 5m, 1h, 1d or 1w
cli-receipts-say-on-or-off = `{ $value }`: say `on` or `off`
cli-receipts-on = read receipts on: this device tells others what you read, and shows what they read
cli-receipts-off = read receipts off: this device sends none and shows nobody's

# send-file, download
cli-not-a-file = { $path } is not a file
cli-uploading = uploading
cli-downloading = downloading
cli-file-sent = sent { $file } ({ $size }) to { $conversation } as message { $seq }
cli-message-not-available = message { $message } is not available
cli-message-deleted = message { $message } was deleted
cli-message-not-a-file = message { $message } in { $conversation } is not a file
cli-no-conversations-yet = no conversations yet
cli-files-in-several = { $message } names files in several conversations: say `conclave download CONVERSATION { $message }`
cli-too-many-files = too many files of that name here; say where with --output
cli-file-gone = the server no longer has this file: it keeps a file until every device in the conversation fetched it, or { $days ->
    [one] { $days } day
   *[other] { $days } days
} at most
cli-file-saved = saved { $file } ({ $size }) from { $conversation } [{ $seq }] as { $path }

# The device's home, its passphrase and its lock
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE is not valid UTF-8
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE is empty
cli-prompt-passphrase = Passphrase
cli-prompt-again = Again
cli-reading-passphrase = reading the passphrase
cli-passphrase-empty = an empty passphrase protects nothing
cli-passphrases-differ = the passphrases differ
cli-home-taken = { $dir } already holds a Conclave device; use another --home (or CONCLAVE_HOME) for a new one
cli-cannot-create = cannot create { $path }
cli-cannot-remove = cannot remove { $path }
cli-cannot-write = cannot write { $path }
cli-cannot-open = cannot open { $path }
cli-cannot-listen = cannot listen on { $address }
cli-no-device = no Conclave device in { $dir } — run `conclave join LINK --name NAME` first
cli-malformed-file = malformed { $path }
cli-device-key-missing = the device key is missing from the state
cli-device-key-malformed = malformed device key
cli-fingerprint-malformed = device.json has a malformed fingerprint
cli-lock-waiter-stopped = the lock waiter stopped
cli-lock-wait-cancelled = the wait for the device's lock was cancelled
cli-lock-waiting = waiting for another conclave process (pid { $pid }) that is using this device…
cli-lock-busy = another conclave process (pid { $pid }) is using this device's state in { $dir } and did not hand it over within { $seconds } s; stop it or wait until it is done

# ledger
cli-ledger-no-conversation = no conversation "{ $name }": give '#group' or the username of a 1:1 conversation
cli-ledger-unreadable = warning: { $count ->
    [one] { $count } ledger entry was written by a newer Conclave and cannot be read here; balances leave it out until you update
   *[other] { $count } ledger entries were written by a newer Conclave and cannot be read here; balances leave them out until you update
}
cli-ledger-handed-over = note: this device joined at message { $seq }; the entries before it are as { $user }'s device { $device } handed them over
cli-ledger-discrepancy = WARNING: { $user }'s device { $device } handed newcomers a ledger that differs from this device's (message { $seq }): { $detail }
cli-ledger-to-or-split = give either --to or --split
cli-ledger-stored-without-content = the message was stored without its content
cli-ledger-missing-after-send = the entry is missing from the ledger after sending
cli-ledger-refused = the entry reached the conversation as message { $seq } but every device refuses it there: { $error }
cli-ledger-recorded = recorded { $id } in { $conversation }: { $description }
cli-ledger-empty = { $conversation }: no ledger entries yet
cli-ledger-title = { $conversation } ledger
cli-ledger-reversed-tag = [reversed]
cli-ledger-recorded-by = recorded by { $user } (device { $device }) at { $at }, message { $seq }
cli-ledger-ref = ref { $reference }
cli-ledger-reversed-by = reversed by { $user } ({ $id })
cli-ledger-reversed = reversed ({ $id })
cli-ledger-balances-title = { $conversation } balances
cli-ledger-is-owed = is owed
cli-ledger-owes = owes
cli-ledger-settled = settled
cli-ledger-all-settled = all settled
cli-ledger-to-settle-up = to settle up:
cli-ledger-pays = { $from } pays { $to } { $amount }
cli-writing = writing { $path }
cli-writing-export = writing the export
cli-ledger-exported = exported { $count ->
    [one] { $count } ledger record
   *[other] { $count } ledger records
} to { $path }

# call
cli-not-a-call-id = { $value } is not a call id (32 hexadecimal characters)
cli-no-call-running = no call is running in { $conversation }
cli-call-started = started call { $call } in { $conversation }
cli-call-joined = joined call { $call } in { $conversation }
cli-call-left = left call { $call } in { $conversation }
cli-call-declined = declined call { $call } in { $conversation }
cli-call-ended = ended call { $call } in { $conversation }
cli-call-not-in = this device is not in call { $call }
cli-call-not-ringing = call { $call } is not ringing for you (it rings for 45 s, until you answer or decline)
cli-call-token = call token for call { $call }, valid until { $expires }

# proxy
cli-proxy-loopback-only = the proxy serves without authentication, so it listens on loopback only (got { $address })
cli-proxy-no-directory = cannot fetch the relay directory: { $error }
cli-proxy-no-server = this device knows no server
cli-proxy-circuit = circuit { $circuit }: entry { $entry } → exit { $exit } in { $ms } ms
cli-proxy-same-operator = warning: one operator runs both relays, so the two-hop split is nominal here
cli-proxy-circuit-failed = circuit failed: { $error }
cli-proxy-stream-refused = connection refused: { $reason }
cli-proxy-listening = Private browsing on socks5://{ $address } and http://{ $address } (CONNECT). Point a browser at it, e.g.
cli-proxy-two-relays = Two relays carry each connection: the entry sees your address, the exit the site; neither both. Not protected: both relays colluding, or an observer of both ends' timing.
cli-proxy-first-circuit-failed = first circuit failed (retried on the first connection): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } circuit
   *[other] { $circuits } circuits
}, { $streams ->
    [one] { $streams } stream
   *[other] { $streams } streams
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = stopped: { $circuits ->
    [one] { $circuits } circuit
   *[other] { $circuits } circuits
} built, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), chosen by their error code; the server's English
## text only as a detail where it adds facts (conclave_client::Refusal)
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = the server could not read what this program sent; update Conclave
server-error-unsupported-version = the server speaks another version of Conclave's protocol; update Conclave
server-error-frame-too-large = what this program sent is too large for the server
server-error-not-authenticated = the server ended the session before this device signed in; try again
server-error-already-authenticated = this device signed in twice in one session; try again
server-error-auth-failed = the server does not accept this device: it was removed from its account, or its key does not match
server-error-invite-unknown = this invitation does not exist; check the link
server-error-invite-used = this invitation has already been used; ask for a new one
server-error-invite-expired = this invitation has expired; ask for a new one
server-error-invite-revoked = this invitation was revoked; ask for a new one
server-error-username-taken = this username is taken; choose another
server-error-username-invalid = the server does not accept this username
server-error-device-key-taken = this device's key is already registered
server-error-account-disabled = your account is disabled by the server's operator
server-error-account-expired = account { $user } expired on { $date }; ask an admin for a renewal code
server-error-account-expired-plain = your account has expired; ask an admin for a renewal code
server-error-renewal-unknown = this renewal code does not exist
server-error-renewal-used = this renewal code has already been used
server-error-renewal-expired = this renewal code has expired; ask an admin for a new one
server-error-forbidden = the server does not allow this
server-error-not-found = the server does not know what was asked for
server-error-no-account = no account named { $name }
server-error-invalid-argument = the server refused the request as invalid
server-error-quota-exceeded = invitation quota reached: you have granted { $used } of your { $quota } invitation { $quota ->
    [one] use
   *[other] uses
}, { $left } left
server-error-quota-exceeded-plain = your invitation quota is used up
server-error-queue-full = a recipient device's queue is full; it must come online and catch up
server-error-rate-limited = too many requests; try again in { $seconds } s
server-error-rate-limited-plain = too many requests; try again shortly
server-error-too-many-connections = the server is at its connection limit; try again later
server-error-limit-exceeded = this goes beyond a limit of the server
server-error-stale-epoch = the conversation changed at the same moment; try again
server-error-not-member = this device is not a member of that conversation
server-error-no-key-package = a device to be added has no key packages at the server; it must come online first
server-error-device-link-invalid = this device link is unknown, used or expired; make a new one on a device of the account
server-error-shutting-down = the server is shutting down; try again shortly
server-error-internal = the server had an internal error; try again later
server-error-unavailable = the server does not offer this
server-error-fell-behind = a device fell behind in this conversation and waits for a member to add it back
server-error-relay-tokens-used-up = today's allowance for private browsing is used up; it renews at 00:00 UTC
server-error-relay-tokens-unavailable = this server does not offer private browsing
server-error-call-tokens-unavailable = this server does not offer calls
server-error-unknown-code = the server refused (error { $code })
server-error-unsupported = the server does not know this request: it runs an older version of Conclave
# The command line's own words for an expired account, and for the client's own failures
cli-server-account-expired = account { $user } expired on { $date }; ask an admin for a renewal code and run `conclave renew CODE`
cli-server-account-expired-plain = your account has expired; ask an admin for a renewal code and run `conclave renew CODE`
cli-client-connect = cannot connect to { $address }: { $reason }
cli-client-pin-mismatch = the server's TLS certificate does not match the pinned fingerprint (expected { $expected }, got { $got }); this may be an attack, or the server's certificate changed
cli-client-timeout = timed out waiting for the server
cli-client-closed = the connection closed
cli-client-closed-because = the connection closed: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# The amounts stay as the core writes them (12.50 EUR), exact to the minor unit.
preview-text = { $text }
preview-reply = (reply) { $text }
preview-reaction = (reaction) { $emoji }
preview-edit = (edit) { $text }
preview-deleted = (deleted a message)
preview-receipt = (read up to { $seq })
preview-conversation-started = (conversation started)
preview-group = (group #{ $name })
preview-file = (file) { $name } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (forwarded) { $text }
preview-timer-off = (disappearing messages off)
preview-timer = (disappearing messages: { $time })
preview-display-name-cleared = (display name cleared)
preview-display-name = (display name: { $name })
preview-call-started-audio = (call) started an audio call { $call }
preview-call-started-video = (call) started a video call { $call }
preview-call-ringing = (call) ringing for { $call }
preview-call-answered = (call) answered { $call }
preview-call-declined = (call) declined { $call }
preview-call-joined = (call) joined { $call }
preview-call-left = (call) left { $call }
preview-call-ended = (call) ended { $call }
preview-call-unreadable = (unreadable call signal: { $reason })
preview-ledger = (ledger) { $entry }
preview-ledger-handover = (ledger) { $count ->
    [one] { $count } earlier record handed
   *[other] { $count } earlier records handed
} to the devices that joined (part { $part } of { $parts })
preview-ledger-unreadable = (unreadable ledger entry: { $reason })
ledger-payment-to = { $from } paid { $names } { $money }
ledger-payment-equal = { $from } paid { $money } for { $names } (split equally)
ledger-payment-exact = { $from } paid { $money } for { $names } (split { $shares })
ledger-payment-weights = { $from } paid { $money } for { $names } (split by weight { $weights })
ledger-debt-to = { $names } owes { $from } { $money }
ledger-debt-equal = { $names } owe { $from } { $money } (split equally)
ledger-debt-exact = { $names } owe { $from } { $money } (split { $shares })
ledger-debt-weights = { $names } owe { $from } { $money } (split by weight { $weights })
ledger-reversed-entry = reversed entry { $id }
ledger-with-memo = { $entry }: { $memo }
ledger-refused = refused: { $entry } ({ $error })
ledger-refused-plain = refused: { $error }
ledger-unreadable = unreadable: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
history-joined = joined
history-unreadable = unreadable message ({ $reason })
history-fell-behind = this device fell behind here and missed messages; it is added back when a member next sends
history-fell-behind-long = This device fell behind here (its queue at the server was full) and missed messages from this point; it is added back when a member next sends.
history-added = added { $names }
history-removed = removed { $names }
history-added-removed = added { $added }; removed { $removed }
history-keys-updated = updated keys
history-deleted = (deleted)
preview-photo = Photo: { $name }
preview-voice-note = Voice note: { $name }
preview-file-named = File: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
refused-timer-range = a disappearing-message timer is off or from { $min } s to 4 weeks ({ $max } s); { $secs } s is not
refused-one-to-one-self = a 1:1 conversation needs another account
refused-group-exists = you already have a group named #{ $name }
refused-remove-self = to leave a conversation use leave
refused-not-members = none of them is a member
refused-no-key-packages = none of the devices to add has published key packages yet
refused-busy = the group is too busy; try again
refused-not-in-conversation = you are not in this conversation
refused-fell-behind = this device fell behind in this conversation (its queue at the server was full); it is added back when another member next sends
refused-server-too-old-for-timer = this conversation's messages disappear, and the server is too old to let them expire in its queue (protocol revision 1): upgrade the server, or turn the timer off
refused-call-running = a call ({ $call }, started by { $caller }) is running in this conversation: join it
refused-display-name-too-long = a display name has at most { $max } characters ({ $given } given)
refused-display-name-invisible = a display name cannot hold control, direction-override or invisible characters ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text);
## names and values arrive in clap's quotes ('--json', 'sned')
cli-usage-error = error: { $message }
cli-usage-invalid-value = invalid value { $value } for { $arg }
cli-usage-value-required = a value is required for { $arg } but none was supplied
cli-usage-invalid-value-because = invalid value { $value } for { $arg }: { $reason }
cli-usage-possible-values = possible values: { $values }
cli-usage-unknown-argument = unexpected argument { $arg } found
cli-usage-unknown-subcommand = unrecognized subcommand { $command }
cli-usage-missing-arguments = the following required arguments were not provided: { $args }
cli-usage-missing-subcommand = { $command } requires a subcommand but one was not provided
cli-usage-subcommands = subcommands: { $values }
cli-usage-too-many-values = unexpected value { $value } for { $arg } found; no more were expected
cli-usage-conflict = the argument { $arg } cannot be used with { $other }
cli-usage-used-twice = the argument { $arg } cannot be used multiple times
cli-usage-similar-subcommand = tip: a similar subcommand exists: { $names }
cli-usage-similar-argument = tip: a similar argument exists: { $names }
cli-usage-similar-value = tip: a similar value exists: { $names }
cli-usage-more = For more information, try { $help }.

## The terminal UI's members panel and notices
members-safety-number = safety number { $number }
members-safety-number-verified = safety number { $number } (verified)
members-no-safety-number = no safety number: { $error }
notice-not-sent = not sent: { $error }
notice-ledger-failed = ledger: { $error }
notice-members-failed = members: { $error }
notice-error = error: { $error }

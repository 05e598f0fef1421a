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

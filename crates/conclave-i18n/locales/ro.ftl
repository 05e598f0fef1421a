# Conclave: Romanian (Română).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = conectat
status-reconnecting = reconectare… ({ $reason })
status-paused = în pauză: altă comandă conclave folosește acest dispozitiv
pane-conversations = Conversații
pane-unread = { $count ->
    [one] { $count } necitit
    [few] { $count } necitite
   *[other] { $count } necitite
}
pane-message = Mesaj
pane-none = Nicio conversație
compose-hint = Tab sau Enter pentru a scrie
empty-conversations = Încă nu există conversații. Începe una din linia de comandă: conclave send USER TEXT
empty-messages = Încă nu există mesaje. Scrie mai jos și apasă Enter.
keys-short = Tab focus · Enter trimite · ^L cont · ^E înregistrare · ^U membri · ? ajutor · q ieșire
keys-long = Tab focus · Enter trimite · Alt+Enter rând nou · ^L cont · ^E adaugă înregistrare · ^U membri · ? ajutor · q ieșire
help-title = Ajutor (Esc)
help-focus = mută între conversații, mesaje și rândul de scriere
help-choose = alege o conversație; derulează mesajele
help-scroll = derulează mesajele
help-enter = trimite (în rândul de scriere); scrie (în rest)
help-newline = rând nou în mesaj
help-ledger = contul comun al conversației: solduri, decontare
help-add-entry = adaugă o înregistrare
help-members = membri, dispozitivele lor și numerele de siguranță
help-esc = închide un panou; părăsește rândul de scriere
help-vim = taste în stil vim (cu --vim)
help-help = acest ajutor
help-quit = ieșire
ledger-title = Cont (Esc)
ledger-balances = Solduri
ledger-none = încă nicio înregistrare (Ctrl+E adaugă)
ledger-settle = Decontare
ledger-even = toți sunt chit
ledger-entries = Înregistrări
members-title = Membri (Esc)
members-device = dispozitivul { $id }
members-you = tu
form-title = Adaugă o înregistrare
form-kind = tip
form-amount = sumă
form-currency = monedă
form-from = de la
form-split = împărțire
form-to = către
form-memo = notă
form-hint = tip: payment|debt · împărțire: to|equal (către: un membru sau a,b,c)
form-keys = Tab câmpul următor · Enter adaugă · Esc anulează
notice-sent = trimis ca mesajul { $seq }
notice-entry-added = înregistrare adăugată ca mesajul { $seq }
notice-reconnected = reconectat

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } scrie…
typing-two = { $first } și { $second } scriu…
typing-several = Mai multe persoane scriu…

## Calls in the history
call-held-audio = Apel, { $duration }, { $people ->
    [one] { $people } persoană
    [few] { $people } persoane
   *[other] { $people } de persoane
}
call-held-video = Apel video, { $duration }, { $people ->
    [one] { $people } persoană
    [few] { $people } persoane
   *[other] { $people } de persoane
}
call-missed-audio = Apel pierdut de la { $from }
call-missed-video = Apel video pierdut de la { $from }
call-missed-declined-audio = Apel pierdut de la { $from } (respins)
call-missed-declined-video = Apel video pierdut de la { $from } (respins)
call-not-answered-audio = Apel fără răspuns
call-not-answered-video = Apel video fără răspuns
call-declined-by-audio = Apel respins de { $names }
call-declined-by-video = Apel video respins de { $names }
call-ringing-audio = { $caller } te sună (apel)
call-ringing-video = { $caller } te sună (apel video)
call-in-progress-audio = Apel în desfășurare, { $count ->
    [one] { $count } persoană
    [few] { $count } persoane
   *[other] { $count } de persoane
} în apel ({ $names })
call-in-progress-video = Apel video în desfășurare, { $count ->
    [one] { $count } persoană
    [few] { $count } persoane
   *[other] { $count } de persoane
} în apel ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } h { $min } min

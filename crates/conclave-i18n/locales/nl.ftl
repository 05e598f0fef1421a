# Conclave: Dutch (Nederlands).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = verbonden
status-reconnecting = opnieuw verbinden… ({ $reason })
status-paused = gepauzeerd: een ander conclave-commando gebruikt dit apparaat
pane-conversations = Gesprekken
pane-unread = { $count ->
    [one] { $count } ongelezen
   *[other] { $count } ongelezen
}
pane-message = Bericht
pane-none = Geen gesprek
compose-hint = Tab of Enter om te schrijven
empty-conversations = Nog geen gesprekken. Begin er een vanaf de opdrachtregel: conclave send USER TEXT
empty-messages = Nog geen berichten. Typ hieronder en druk op Enter.
keys-short = Tab focus · Enter versturen · ^L kas · ^E post · ^U leden · ? hulp · q stoppen
keys-long = Tab focus · Enter versturen · Alt+Enter nieuwe regel · ^L kas · ^E post toevoegen · ^U leden · ? hulp · q stoppen
help-title = Hulp (Esc)
help-focus = wisselen tussen gesprekken, berichten en de invoerregel
help-choose = een gesprek kiezen; berichten scrollen
help-scroll = berichten scrollen
help-enter = versturen (in de invoerregel); schrijven (elders)
help-newline = nieuwe regel in een bericht
help-ledger = de kas van het gesprek: saldi, verrekenen
help-add-entry = een post toevoegen
help-members = leden, hun apparaten en veiligheidsnummers
help-esc = een paneel sluiten; de invoerregel verlaten
help-vim = vim-toetsen (met --vim)
help-help = deze hulp
help-quit = stoppen
ledger-title = Kas (Esc)
ledger-balances = Saldi
ledger-none = nog geen posten (Ctrl+E voegt er een toe)
ledger-settle = Verrekenen
ledger-even = iedereen staat quitte
ledger-entries = Posten
members-title = Leden (Esc)
members-device = apparaat { $id }
members-you = jij
form-title = Een post toevoegen
form-kind = soort
form-amount = bedrag
form-currency = valuta
form-from = van
form-split = verdeling
form-to = aan
form-memo = notitie
form-hint = soort: payment|debt · verdeling: to|equal (aan: één lid, of a,b,c)
form-keys = Tab volgend veld · Enter toevoegen · Esc annuleren
notice-sent = verstuurd als bericht { $seq }
notice-entry-added = post toegevoegd als bericht { $seq }
notice-reconnected = weer verbonden

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } typt…
typing-two = { $first } en { $second } typen…
typing-several = Meerdere mensen typen…

## Calls in the history
call-held-audio = Oproep, { $duration }, { $people ->
    [one] { $people } persoon
   *[other] { $people } personen
}
call-held-video = Video-oproep, { $duration }, { $people ->
    [one] { $people } persoon
   *[other] { $people } personen
}
call-missed-audio = Gemiste oproep van { $from }
call-missed-video = Gemiste video-oproep van { $from }
call-missed-declined-audio = Gemiste oproep van { $from } (geweigerd)
call-missed-declined-video = Gemiste video-oproep van { $from } (geweigerd)
call-not-answered-audio = Oproep niet beantwoord
call-not-answered-video = Video-oproep niet beantwoord
call-declined-by-audio = Oproep geweigerd door { $names }
call-declined-by-video = Video-oproep geweigerd door { $names }
call-ringing-audio = { $caller } belt (spraakoproep)
call-ringing-video = { $caller } belt (video-oproep)
call-in-progress-audio = Oproep bezig, { $count ->
    [one] { $count } persoon
   *[other] { $count } personen
} in de oproep ({ $names })
call-in-progress-video = Video-oproep bezig, { $count ->
    [one] { $count } persoon
   *[other] { $count } personen
} in de oproep ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } u { $min } min

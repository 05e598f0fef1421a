# Conclave: German (Deutsch).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = verbunden
status-reconnecting = verbinde neu… ({ $reason })
status-paused = pausiert: ein anderer conclave-Befehl nutzt dieses Gerät
pane-conversations = Unterhaltungen
pane-unread = { $count ->
    [one] { $count } ungelesen
   *[other] { $count } ungelesen
}
pane-message = Nachricht
pane-none = Keine Unterhaltung
compose-hint = Tab oder Enter zum Schreiben
empty-conversations = Noch keine Unterhaltungen. Starte eine über die Kommandozeile: conclave send USER TEXT
empty-messages = Noch keine Nachrichten. Unten tippen und Enter drücken.
keys-short = Tab Fokus · Enter senden · ^L Kasse · ^E Eintrag · ^U Mitglieder · ? Hilfe · q beenden
keys-long = Tab Fokus · Enter senden · Alt+Enter neue Zeile · ^L Kasse · ^E Eintrag hinzufügen · ^U Mitglieder · ? Hilfe · q beenden
help-title = Hilfe (Esc)
help-focus = zwischen Unterhaltungen, Nachrichten und Eingabezeile wechseln
help-choose = Unterhaltung wählen; Nachrichten blättern
help-scroll = Nachrichten blättern
help-enter = senden (in der Eingabezeile); schreiben (sonst)
help-newline = neue Zeile in einer Nachricht
help-ledger = die Kasse der Unterhaltung: Salden, ausgleichen
help-add-entry = einen Kasseneintrag hinzufügen
help-members = Mitglieder, ihre Geräte und Sicherheitsnummern
help-esc = Feld schließen; Eingabezeile verlassen
help-vim = vim-Tasten (mit --vim)
help-help = diese Hilfe
help-quit = beenden
ledger-title = Kasse (Esc)
ledger-balances = Salden
ledger-none = noch keine Einträge (Ctrl+E fügt einen hinzu)
ledger-settle = Ausgleichen
ledger-even = alle sind quitt
ledger-entries = Einträge
members-title = Mitglieder (Esc)
members-device = Gerät { $id }
members-you = du
form-title = Kasseneintrag hinzufügen
form-kind = Art
form-amount = Betrag
form-currency = Währung
form-from = von
form-split = Aufteilung
form-to = an
form-memo = Notiz
form-hint = Art: payment|debt · Aufteilung: to|equal (an: ein Mitglied oder a,b,c)
form-keys = Tab nächstes Feld · Enter hinzufügen · Esc abbrechen
notice-sent = gesendet als Nachricht { $seq }
notice-entry-added = Eintrag hinzugefügt als Nachricht { $seq }
notice-reconnected = wieder verbunden

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } schreibt…
typing-two = { $first } und { $second } schreiben…
typing-several = Mehrere Personen schreiben…

## Calls in the history
call-held-audio = Anruf, { $duration }, { $people ->
    [one] { $people } Person
   *[other] { $people } Personen
}
call-held-video = Videoanruf, { $duration }, { $people ->
    [one] { $people } Person
   *[other] { $people } Personen
}
call-missed-audio = Verpasster Anruf von { $from }
call-missed-video = Verpasster Videoanruf von { $from }
call-missed-declined-audio = Verpasster Anruf von { $from } (abgelehnt)
call-missed-declined-video = Verpasster Videoanruf von { $from } (abgelehnt)
call-not-answered-audio = Anruf nicht angenommen
call-not-answered-video = Videoanruf nicht angenommen
call-declined-by-audio = Anruf abgelehnt von { $names }
call-declined-by-video = Videoanruf abgelehnt von { $names }
call-ringing-audio = { $caller } ruft an (Sprachanruf)
call-ringing-video = { $caller } ruft an (Videoanruf)
call-in-progress-audio = Anruf läuft, { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
} im Anruf ({ $names })
call-in-progress-video = Videoanruf läuft, { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
} im Anruf ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } Min.
duration-hours = { $h } Std. { $min } Min.

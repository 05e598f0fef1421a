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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = kann nicht starten: { $error }
cli-unexpected-response = unerwartete Antwort { $response }
cli-invalid-option = ungültiges { $option }
cli-invalid-option-value = ungültiges { $option } { $value }
cli-invalid-duration = ungültige Dauer { $value } (z. B. 24h, 7d)
cli-not-invite-link = das ist kein Einladungslink (ein Geräte-Link gehört zu `conclave device join`)
cli-not-device-link = das ist kein Geräte-Link (erstelle einen mit `conclave device link` auf deinem bisherigen Gerät)
cli-joined = beigetreten bei { $server } als { $user } (Gerät { $device }); Konto gültig bis { $expires }
cli-linked = verknüpft mit { $server } als { $user } (Gerät { $device }); Konto gültig bis { $expires }
cli-malformed-renewal-code = fehlerhafter Verlängerungscode
cli-renewed = verlängert: Konto { $user } ist gültig bis { $expires }
cli-display-name-none = kein Anzeigename: andere sehen { $user }
cli-whoami-account = Konto
cli-whoami-device = Gerät
cli-whoami-server = Server
cli-whoami-expires = läuft ab
cli-whoami-invites = Einladungen
cli-whoami-admin = (Admin)
cli-whoami-invites-left = { $count } übrig
cli-whoami-no-quota = kein Kontingent
cli-invite-in-browser = im Browser: { $link }
cli-invite-created = Einladung { $id } für { $count ->
    [one] { $count } Konto
   *[other] { $count } Konten
}, gültig bis { $expires }
cli-no-invitations = keine Einladungen
cli-invite-open = offen
cli-invite-used = benutzt
cli-invite-expired = abgelaufen
cli-invite-revoked = widerrufen
cli-invite-row = { $left }/{ $total } übrig  läuft ab { $expires }
cli-invite-give = gib eine Einladungs-ID (aus `conclave invite list`), einen Code oder einen Link an
cli-revoked = widerrufen
cli-no-group = keine Gruppe { $name }; `conclave group list` zeigt deine
cli-no-conversation-with = keine Unterhaltung mit { $name }; `conclave send { $name } TEXT` beginnt eine
cli-sent = an { $conversation } gesendet als Nachricht { $seq }
cli-warn-call-ignored = Warnung: Anrufsignal { $seq } von { $sender } in { $conversation } ignoriert: { $reason }
cli-history-note = (der Verlauf oben kam von deinem Gerät { $device }, gesendet { $at })
cli-warn-receipt-not-sent = Warnung: Lesebestätigung nicht gesendet: { $error }
cli-warn-delivery-unusable = Warnung: Zustellung { $seq } konnte nicht verwendet werden: { $reason }
cli-history-imported = Verlauf von deinem Gerät { $device } (gesendet { $at }): { $entries ->
    [one] { $entries } Eintrag
   *[other] { $entries } Einträge
} in { $count ->
    [one] { $count } Unterhaltung
   *[other] { $count } Unterhaltungen
}
cli-warn-history-later = Warnung: der Verlauf von deinem Gerät { $device } ist noch nicht da ({ $reason }); der nächste Befehl versucht es erneut
cli-warn-history-unusable = Warnung: der Verlauf von deinem Gerät { $device } ist nicht verwendbar: { $reason }
cli-warn-history-fetch = Warnung: der Verlauf, den dein anderes Gerät gesendet hat, konnte nicht abgerufen werden: { $error }
cli-listen-handover = ein anderer conclave-Befehl nutzt dieses Gerät; warte darauf…
cli-listening-again = lausche wieder
cli-connection-lost = Verbindung verloren ({ $error }); verbinde neu…
cli-group-created = #{ $name } erstellt ({ $devices ->
    [one] { $devices } Gerät
   *[other] { $devices } Geräte
}, Epoche { $epoch })
cli-group-added = { $users } zu #{ $name } hinzugefügt
cli-already-members = bereits Mitglieder
cli-group-removed = { $users } aus #{ $name } entfernt
cli-group-left = #{ $name } verlassen
cli-no-conversations = keine Unterhaltungen
cli-kind-group = Gruppe
cli-kind-direct = direkt
cli-kind-unnamed = unbenannt
cli-devices = { $devices ->
    [one] { $devices } Gerät
   *[other] { $devices } Geräte
}
cli-group-info = { $name }  Epoche { $epoch }
cli-device = Gerät { $id }
cli-device-link-waiting = warte, bis das neue Gerät beitritt (führe `conclave --home NEWDIR device join LINK` aus)…
cli-link-expired = der Link ist abgelaufen, bevor ein Gerät beigetreten ist
cli-device-joined = Gerät { $id } beigetreten; zu { $added } von { $total ->
    [one] { $total } Unterhaltung
   *[other] { $total } Unterhaltungen
} hinzugefügt
cli-history-sent = ihm den Verlauf von { $count ->
    [one] { $count } Unterhaltung
   *[other] { $count } Unterhaltungen
} gesendet ({ $entries ->
    [one] { $entries } Eintrag
   *[other] { $entries } Einträge
}, { $kib } KiB, Ende-zu-Ende-verschlüsselt)
cli-history-none = kein früherer Verlauf zum Senden
cli-warn-history-not-sent = Warnung: der Verlauf wurde nicht an das neue Gerät gesendet: { $error }
cli-device-added = hinzugefügt { $at }
cli-device-added-this = hinzugefügt { $at } (dieses Gerät)
cli-device-removed = Gerät { $id } entfernt
cli-safety-changed = !!! WARNUNG: die Schlüssel von { $user } haben sich GEÄNDERT, seit du sie verifiziert hast !!!
cli-safety-changed-compare = !!! Ein neues Gerät kam hinzu oder ein Schlüssel wurde ersetzt. Vergleiche die Sicherheitsnummer erneut. !!!
cli-verified = { $user } ist verifiziert
cli-not-verified = { $user } ist noch nicht verifiziert
cli-safety-number = Sicherheitsnummer mit { $user }:
cli-marked-verified = { $user } als verifiziert markiert; du wirst gewarnt, wenn sich die Schlüssel ändern
cli-replied = in { $conversation } geantwortet als Nachricht { $seq }
cli-reacted = in { $conversation } reagiert als Nachricht { $seq }
cli-reaction-taken-back = Reaktion in { $conversation } zurückgenommen als Nachricht { $seq }
cli-edited = in { $conversation } bearbeitet als Nachricht { $seq }
cli-deleted = in { $conversation } für alle gelöscht als Nachricht { $seq }
cli-forwarded = in { $conversation } weitergeleitet als Nachricht { $seq }
cli-timer-set = Timer in { $conversation } gesetzt als Nachricht { $seq }
cli-timer-invalid = `{ $value }`: { $error }; sag off, 30s, 5m, 1h, 1d oder 1w
cli-receipts-say-on-or-off = `{ $value }`: sag `on` oder `off`
cli-receipts-on = Lesebestätigungen an: dieses Gerät sagt anderen, was du gelesen hast, und zeigt, was sie gelesen haben
cli-receipts-off = Lesebestätigungen aus: dieses Gerät sendet keine und zeigt keine
cli-not-a-file = { $path } ist keine Datei
cli-uploading = lade hoch
cli-downloading = lade herunter
cli-file-sent = { $file } ({ $size }) an { $conversation } gesendet als Nachricht { $seq }
cli-message-not-available = Nachricht { $message } ist nicht verfügbar
cli-message-deleted = Nachricht { $message } wurde gelöscht
cli-message-not-a-file = Nachricht { $message } in { $conversation } ist keine Datei
cli-no-conversations-yet = noch keine Unterhaltungen
cli-files-in-several = { $message } bezeichnet Dateien in mehreren Unterhaltungen: sag `conclave download CONVERSATION { $message }`
cli-too-many-files = zu viele Dateien dieses Namens hier; gib mit --output an, wohin
cli-file-gone = der Server hat diese Datei nicht mehr: er behält eine Datei, bis jedes Gerät der Unterhaltung sie abgerufen hat, höchstens { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
cli-file-saved = { $file } ({ $size }) aus { $conversation } [{ $seq }] gespeichert als { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE ist kein gültiges UTF-8
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE ist leer
cli-prompt-passphrase = Passphrase
cli-prompt-again = Noch einmal
cli-reading-passphrase = beim Lesen der Passphrase
cli-passphrase-empty = eine leere Passphrase schützt nichts
cli-passphrases-differ = die Passphrasen unterscheiden sich
cli-home-taken = { $dir } enthält bereits ein Conclave-Gerät; nimm ein anderes --home (oder CONCLAVE_HOME) für ein neues
cli-cannot-create = kann { $path } nicht anlegen
cli-cannot-remove = kann { $path } nicht entfernen
cli-cannot-write = kann { $path } nicht schreiben
cli-cannot-open = kann { $path } nicht öffnen
cli-cannot-listen = kann nicht auf { $address } lauschen
cli-no-device = kein Conclave-Gerät in { $dir } — führe zuerst `conclave join LINK --name NAME` aus
cli-malformed-file = fehlerhaftes { $path }
cli-device-key-missing = der Geräteschlüssel fehlt im Zustand
cli-device-key-malformed = fehlerhafter Geräteschlüssel
cli-fingerprint-malformed = device.json hat einen fehlerhaften Fingerabdruck
cli-lock-waiter-stopped = das Warten auf die Sperre wurde beendet
cli-lock-wait-cancelled = das Warten auf die Sperre des Geräts wurde abgebrochen
cli-lock-waiting = warte auf einen anderen conclave-Prozess (PID { $pid }), der dieses Gerät nutzt…
cli-lock-busy = ein anderer conclave-Prozess (PID { $pid }) nutzt den Zustand dieses Geräts in { $dir } und hat ihn nicht innerhalb von { $seconds } s übergeben; beende ihn oder warte, bis er fertig ist
cli-ledger-no-conversation = keine Unterhaltung „{ $name }“: gib '#gruppe' oder den Benutzernamen einer 1:1-Unterhaltung an
cli-ledger-unreadable = Warnung: { $count ->
    [one] { $count } Kasseneintrag wurde von einem neueren Conclave geschrieben und kann hier nicht gelesen werden; die Salden lassen ihn aus, bis du aktualisierst
   *[other] { $count } Kasseneinträge wurden von einem neueren Conclave geschrieben und können hier nicht gelesen werden; die Salden lassen sie aus, bis du aktualisierst
}
cli-ledger-handed-over = Hinweis: dieses Gerät ist bei Nachricht { $seq } beigetreten; die Einträge davor sind so, wie das Gerät { $device } von { $user } sie übergeben hat
cli-ledger-discrepancy = WARNUNG: das Gerät { $device } von { $user } hat Neuen eine Kasse übergeben, die von der dieses Geräts abweicht (Nachricht { $seq }): { $detail }
cli-ledger-to-or-split = gib entweder --to oder --split an
cli-ledger-stored-without-content = die Nachricht wurde ohne ihren Inhalt gespeichert
cli-ledger-missing-after-send = der Eintrag fehlt nach dem Senden in der Kasse
cli-ledger-refused = der Eintrag kam als Nachricht { $seq } in der Unterhaltung an, aber jedes Gerät lehnt ihn dort ab: { $error }
cli-ledger-recorded = { $id } in { $conversation } eingetragen: { $description }
cli-ledger-empty = { $conversation }: noch keine Kasseneinträge
cli-ledger-title = Kasse von { $conversation }
cli-ledger-reversed-tag = [storniert]
cli-ledger-recorded-by = eingetragen von { $user } (Gerät { $device }) am { $at }, Nachricht { $seq }
cli-ledger-ref = Ref. { $reference }
cli-ledger-reversed-by = storniert von { $user } ({ $id })
cli-ledger-reversed = storniert ({ $id })
cli-ledger-balances-title = Salden von { $conversation }
cli-ledger-is-owed = bekommt
cli-ledger-owes = schuldet
cli-ledger-settled = ausgeglichen
cli-ledger-all-settled = alles ausgeglichen
cli-ledger-to-settle-up = zum Ausgleichen:
cli-ledger-pays = { $from } zahlt { $to } { $amount }
cli-writing = beim Schreiben von { $path }
cli-writing-export = beim Schreiben des Exports
cli-ledger-exported = { $count ->
    [one] { $count } Kasseneintrag
   *[other] { $count } Kasseneinträge
} nach { $path } exportiert
cli-not-a-call-id = { $value } ist keine Anruf-ID (32 Hexadezimalzeichen)
cli-no-call-running = in { $conversation } läuft kein Anruf
cli-call-started = Anruf { $call } in { $conversation } gestartet
cli-call-joined = Anruf { $call } in { $conversation } beigetreten
cli-call-left = Anruf { $call } in { $conversation } verlassen
cli-call-declined = Anruf { $call } in { $conversation } abgelehnt
cli-call-ended = Anruf { $call } in { $conversation } beendet
cli-call-not-in = dieses Gerät ist nicht im Anruf { $call }
cli-call-not-ringing = Anruf { $call } klingelt nicht für dich (er klingelt 45 s lang, bis du annimmst oder ablehnst)
cli-call-token = Anruf-Token für Anruf { $call }, gültig bis { $expires }
cli-proxy-loopback-only = der Proxy dient ohne Authentifizierung und lauscht daher nur auf Loopback (erhalten: { $address })
cli-proxy-no-directory = kann das Relay-Verzeichnis nicht abrufen: { $error }
cli-proxy-no-server = dieses Gerät kennt keinen Server
cli-proxy-circuit = Circuit { $circuit }: Eingang { $entry } → Ausgang { $exit } in { $ms } ms
cli-proxy-same-operator = Warnung: ein Betreiber betreibt beide Relays, die Zwei-Hop-Trennung ist hier nur nominell
cli-proxy-circuit-failed = Circuit fehlgeschlagen: { $error }
cli-proxy-stream-refused = Verbindung abgelehnt: { $reason }
cli-proxy-listening = Privates Surfen über socks5://{ $address } und http://{ $address } (CONNECT). Richte einen Browser darauf, z. B.
cli-proxy-two-relays = Zwei Relays tragen jede Verbindung: der Eingang sieht deine Adresse, der Ausgang die Website; keiner beides. Nicht geschützt: beide Relays im Verbund oder ein Beobachter der Zeitabläufe an beiden Enden.
cli-proxy-first-circuit-failed = erster Circuit fehlgeschlagen (bei der ersten Verbindung neu versucht): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } Circuit
   *[other] { $circuits } Circuits
}, { $streams ->
    [one] { $streams } Stream
   *[other] { $streams } Streams
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = gestoppt: { $circuits ->
    [one] { $circuits } Circuit
   *[other] { $circuits } Circuits
} aufgebaut, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = der Server konnte nicht lesen, was dieses Programm gesendet hat; aktualisieren Sie Conclave
server-error-unsupported-version = der Server spricht eine andere Version des Conclave-Protokolls; aktualisieren Sie Conclave
server-error-frame-too-large = was dieses Programm gesendet hat, ist für den Server zu groß
server-error-not-authenticated = der Server hat die Sitzung beendet, bevor sich dieses Gerät angemeldet hat; versuchen Sie es erneut
server-error-already-authenticated = dieses Gerät hat sich in einer Sitzung zweimal angemeldet; versuchen Sie es erneut
server-error-auth-failed = der Server nimmt dieses Gerät nicht an: es wurde aus seinem Konto entfernt, oder sein Schlüssel passt nicht
server-error-invite-unknown = diese Einladung gibt es nicht; prüfen Sie den Link
server-error-invite-used = diese Einladung wurde bereits verwendet; bitten Sie um eine neue
server-error-invite-expired = diese Einladung ist abgelaufen; bitten Sie um eine neue
server-error-invite-revoked = diese Einladung wurde widerrufen; bitten Sie um eine neue
server-error-username-taken = dieser Benutzername ist vergeben; wählen Sie einen anderen
server-error-username-invalid = der Server nimmt diesen Benutzernamen nicht an
server-error-device-key-taken = der Schlüssel dieses Geräts ist bereits registriert
server-error-account-disabled = Ihr Konto wurde vom Betreiber des Servers gesperrt
server-error-account-expired = das Konto { $user } ist am { $date } abgelaufen; bitten Sie einen Admin um einen Verlängerungscode
server-error-account-expired-plain = Ihr Konto ist abgelaufen; bitten Sie einen Admin um einen Verlängerungscode
server-error-renewal-unknown = diesen Verlängerungscode gibt es nicht
server-error-renewal-used = dieser Verlängerungscode wurde bereits verwendet
server-error-renewal-expired = dieser Verlängerungscode ist abgelaufen; bitten Sie einen Admin um einen neuen
server-error-forbidden = der Server erlaubt das nicht
server-error-not-found = der Server kennt das Angefragte nicht
server-error-no-account = kein Konto namens { $name }
server-error-invalid-argument = der Server hat die Anfrage als ungültig abgelehnt
server-error-quota-exceeded = Einladungskontingent erreicht: Sie haben { $used } von { $quota } Einladungen vergeben, { $left } übrig
server-error-quota-exceeded-plain = Ihr Einladungskontingent ist aufgebraucht
server-error-queue-full = die Warteschlange eines empfangenden Geräts ist voll; es muss online kommen und aufholen
server-error-rate-limited = zu viele Anfragen; versuchen Sie es in { $seconds } s erneut
server-error-rate-limited-plain = zu viele Anfragen; versuchen Sie es gleich erneut
server-error-too-many-connections = der Server hat seine Verbindungsgrenze erreicht; versuchen Sie es später erneut
server-error-limit-exceeded = das überschreitet eine Grenze des Servers
server-error-stale-epoch = die Unterhaltung hat sich im selben Moment geändert; versuchen Sie es erneut
server-error-not-member = dieses Gerät ist kein Mitglied dieser Unterhaltung
server-error-no-key-package = ein hinzuzufügendes Gerät hat keine Schlüsselpakete beim Server; es muss zuerst online kommen
server-error-device-link-invalid = dieser Geräte-Link ist unbekannt, verwendet oder abgelaufen; erstellen Sie einen neuen auf einem Gerät des Kontos
server-error-shutting-down = der Server fährt herunter; versuchen Sie es gleich erneut
server-error-internal = der Server hatte einen internen Fehler; versuchen Sie es später erneut
server-error-unavailable = der Server bietet das nicht an
server-error-fell-behind = ein Gerät ist in dieser Unterhaltung zurückgefallen und wartet darauf, dass ein Mitglied es wieder hinzufügt
server-error-relay-tokens-used-up = das heutige Kontingent für privates Surfen ist aufgebraucht; es erneuert sich um 00:00 UTC
server-error-relay-tokens-unavailable = dieser Server bietet kein privates Surfen an
server-error-call-tokens-unavailable = dieser Server bietet keine Anrufe an
server-error-unknown-code = der Server hat abgelehnt (Fehler { $code })
server-error-unsupported = der Server kennt diese Anfrage nicht: er läuft mit einer älteren Version von Conclave
cli-server-account-expired = das Konto { $user } ist am { $date } abgelaufen; bitten Sie einen Admin um einen Verlängerungscode und führen Sie `conclave renew CODE` aus
cli-server-account-expired-plain = Ihr Konto ist abgelaufen; bitten Sie einen Admin um einen Verlängerungscode und führen Sie `conclave renew CODE` aus
cli-client-connect = keine Verbindung zu { $address }: { $reason }
cli-client-pin-mismatch = das TLS-Zertifikat des Servers passt nicht zum gespeicherten Fingerabdruck (erwartet { $expected }, erhalten { $got }); das kann ein Angriff sein, oder das Zertifikat des Servers hat sich geändert
cli-client-timeout = Zeitüberschreitung beim Warten auf den Server
cli-client-closed = die Verbindung wurde geschlossen
cli-client-closed-because = die Verbindung wurde geschlossen: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (Antwort) { $text }
preview-reaction = (Reaktion) { $emoji }
preview-edit = (bearbeitet) { $text }
preview-deleted = (hat eine Nachricht gelöscht)
preview-receipt = (gelesen bis { $seq })
preview-conversation-started = (Unterhaltung begonnen)
preview-group = (Gruppe #{ $name })
preview-file = (Datei) { $name } ({ $size ->
    [one] { $size } Byte
   *[other] { $size } Byte
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (weitergeleitet) { $text }
preview-timer-off = (verschwindende Nachrichten aus)
preview-timer = (verschwindende Nachrichten: { $time })
preview-display-name-cleared = (Anzeigename entfernt)
preview-display-name = (Anzeigename: { $name })
preview-call-started-audio = (Anruf) hat einen Sprachanruf gestartet { $call }
preview-call-started-video = (Anruf) hat einen Videoanruf gestartet { $call }
preview-call-ringing = (Anruf) klingelt für { $call }
preview-call-answered = (Anruf) hat { $call } angenommen
preview-call-declined = (Anruf) hat { $call } abgelehnt
preview-call-joined = (Anruf) ist { $call } beigetreten
preview-call-left = (Anruf) hat { $call } verlassen
preview-call-ended = (Anruf) hat { $call } beendet
preview-call-unreadable = (unlesbares Anrufsignal: { $reason })
preview-ledger = (Kasse) { $entry }
preview-ledger-handover = (Kasse) { $count ->
    [one] { $count } früherer Eintrag
   *[other] { $count } frühere Einträge
} an die beigetretenen Geräte übergeben (Teil { $part } von { $parts })
preview-ledger-unreadable = (unlesbarer Kasseneintrag: { $reason })
ledger-payment-to = { $from } hat { $names } { $money } gezahlt
ledger-payment-equal = { $from } hat { $money } für { $names } gezahlt (gleichmäßig aufgeteilt)
ledger-payment-exact = { $from } hat { $money } für { $names } gezahlt (aufgeteilt: { $shares })
ledger-payment-weights = { $from } hat { $money } für { $names } gezahlt (nach Gewicht aufgeteilt: { $weights })
ledger-debt-to = { $names } schuldet { $from } { $money }
ledger-debt-equal = { $names } schulden { $from } { $money } (gleichmäßig aufgeteilt)
ledger-debt-exact = { $names } schulden { $from } { $money } (aufgeteilt: { $shares })
ledger-debt-weights = { $names } schulden { $from } { $money } (nach Gewicht aufgeteilt: { $weights })
ledger-reversed-entry = Eintrag { $id } storniert
ledger-with-memo = { $entry }: { $memo }
ledger-refused = abgelehnt: { $entry } ({ $error })
ledger-refused-plain = abgelehnt: { $error }
ledger-unreadable = unlesbar: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = ist beigetreten
history-unreadable = nicht lesbare Nachricht ({ $reason })
history-fell-behind = dieses Gerät ist hier zurückgefallen und hat Nachrichten verpasst; es wird wieder hinzugefügt, wenn ein Mitglied das nächste Mal sendet
history-fell-behind-long = Dieses Gerät ist hier zurückgefallen (seine Warteschlange auf dem Server war voll) und hat ab dieser Stelle Nachrichten verpasst; es wird wieder hinzugefügt, wenn ein Mitglied das nächste Mal sendet.
history-added = hat { $names } hinzugefügt
history-removed = hat { $names } entfernt
history-added-removed = hat { $added } hinzugefügt; hat { $removed } entfernt
history-keys-updated = hat die Schlüssel aktualisiert
history-deleted = (gelöscht)
preview-photo = Foto: { $name }
preview-voice-note = Sprachnachricht: { $name }
preview-file-named = Datei: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = ein Timer für verschwindende Nachrichten ist aus oder liegt zwischen { $min } s und 4 Wochen ({ $max } s); { $secs } s geht nicht
refused-one-to-one-self = eine 1:1-Unterhaltung braucht ein anderes Konto
refused-group-exists = du hast schon eine Gruppe namens #{ $name }
refused-remove-self = um eine Unterhaltung zu verlassen, nutze `leave`
refused-not-members = keiner von ihnen ist Mitglied
refused-no-key-packages = keines der hinzuzufügenden Geräte hat bisher Schlüsselpakete veröffentlicht
refused-busy = die Gruppe ist gerade zu ausgelastet; versuch es noch einmal
refused-not-in-conversation = du bist nicht in dieser Unterhaltung
refused-fell-behind = dieses Gerät ist in dieser Unterhaltung zurückgefallen (seine Warteschlange auf dem Server war voll); es wird wieder hinzugefügt, wenn ein anderes Mitglied das nächste Mal sendet
refused-server-too-old-for-timer = die Nachrichten dieser Unterhaltung verschwinden, und der Server ist zu alt, um sie in seiner Warteschlange ablaufen zu lassen (Protokollrevision 1): aktualisiere den Server oder schalte den Timer aus
refused-call-running = in dieser Unterhaltung läuft ein Anruf ({ $call }, gestartet von { $caller }): tritt ihm bei
refused-display-name-too-long = ein Anzeigename hat höchstens { $max } Zeichen ({ $given } angegeben)
refused-display-name-invisible = ein Anzeigename darf keine Steuerzeichen, Richtungsüberschreibungen oder unsichtbaren Zeichen enthalten ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = Fehler: { $message }
cli-usage-invalid-value = ungültiger Wert { $value } für { $arg }
cli-usage-value-required = für { $arg } ist ein Wert erforderlich, aber keiner wurde angegeben
cli-usage-invalid-value-because = ungültiger Wert { $value } für { $arg }: { $reason }
cli-usage-possible-values = mögliche Werte: { $values }
cli-usage-unknown-argument = unerwartetes Argument { $arg } gefunden
cli-usage-unknown-subcommand = unbekannter Unterbefehl { $command }
cli-usage-missing-arguments = die folgenden erforderlichen Argumente wurden nicht angegeben: { $args }
cli-usage-missing-subcommand = { $command } erfordert einen Unterbefehl, aber keiner wurde angegeben
cli-usage-subcommands = Unterbefehle: { $values }
cli-usage-too-many-values = unerwarteter Wert { $value } für { $arg } gefunden; es wurden keine weiteren erwartet
cli-usage-conflict = das Argument { $arg } kann nicht zusammen mit { $other } verwendet werden
cli-usage-used-twice = das Argument { $arg } kann nicht mehrfach verwendet werden
cli-usage-similar-subcommand = Tipp: es gibt einen ähnlichen Unterbefehl: { $names }
cli-usage-similar-argument = Tipp: es gibt ein ähnliches Argument: { $names }
cli-usage-similar-value = Tipp: es gibt einen ähnlichen Wert: { $names }
cli-usage-more = Weitere Informationen erhältst du mit { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = Sicherheitsnummer { $number }
members-safety-number-verified = Sicherheitsnummer { $number } (verifiziert)
members-no-safety-number = keine Sicherheitsnummer: { $error }
notice-not-sent = nicht gesendet: { $error }
notice-ledger-failed = Kasse: { $error }
notice-members-failed = Mitglieder: { $error }
notice-error = Fehler: { $error }

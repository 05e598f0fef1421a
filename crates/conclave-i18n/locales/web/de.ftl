# Conclave: German (Deutsch), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Start, Beitreten, Verknüpfen, Entsperren

boot-loading = Wird geladen…
boot-failed = Conclave konnte nicht starten: { $error }
boot-other-tab = Conclave ist bereits in einem anderen Tab oder Fenster dieses Browsers geöffnet. Schließe es und lade diese Seite dann neu.
working = Bitte warten…
wrong-passphrase = Falsche Passphrase. { $detail }. Versuche es noch einmal.
tagline = Ende-zu-Ende-verschlüsselte Nachrichten, nur mit Einladung. Deine Schlüssel werden in diesem Browser erzeugt und bleiben hier.
passphrase = Passphrase
passphrase-hint = Mindestens 8 Zeichen. Sie verschlüsselt die Schlüssel und den Verlauf dieses Geräts in diesem Browser und verlässt ihn nie; vergisst du sie, lässt sich die Kopie in diesem Browser nicht mehr öffnen.
passphrase-again = Passphrase wiederholen
passphrase-differ = Die beiden Passphrasen stimmen nicht überein.
join-title = Mit einer Einladung beitreten
join-link = Einladungslink
join-link-hint = https://…/join#code=… oder conclave://…/join#code=…
username = Benutzername
username-hint = 3 bis 32 Zeichen: a–z, 0–9, „.“, „_“, „-“.
device-name = Name dieses Geräts
join-button = Beitreten
joining = Beitritt läuft…
link-title = Diesen Browser mit deinem Konto verknüpfen
link-intro = Führe auf einem Gerät mit deinem Konto „conclave device link“ aus und füge den ausgegebenen Link hier ein. Dieses Gerät fügt den Browser dann zu deinen Unterhaltungen hinzu.
link-link = Gerätelink
link-link-hint = https://…/device#code=… oder conclave://…/device#code=…
link-button = Diesen Browser verknüpfen
linking = Wird verknüpft…
unlock-title = Conclave entsperren
unlock-holds = Dieser Browser enthält das Gerät „{ $device }“ von { $username }.
unlock-button = Entsperren
unlocking = Wird entsperrt…
unlock-link-ignored = Dieser Browser enthält bereits ein Conclave-Gerät; der geöffnete Link wird nicht verwendet. Um ihn zu nutzen, entferne zuerst dieses Gerät aus diesem Browser.
unlock-forgot = Passphrase vergessen? Ohne sie lässt sich die Kopie in diesem Browser nicht öffnen. Entferne sie hier und verknüpfe diesen Browser erneut von einem deiner anderen Geräte aus.
forget-button = Dieses Gerät aus diesem Browser entfernen
forget-confirm = Das Gerät von { $username } aus diesem Browser entfernen? Seine Schlüssel und sein Verlauf hier werden gelöscht; dein Konto und deine anderen Geräte bleiben erhalten.

## Die Oberfläche

conversations = Unterhaltungen
new-button = Neu
new-conversation = Neue Unterhaltung
private-button = Privat
private-browsing = Privates Surfen
account-button = Konto
account = Konto
details = Details
call-button = Anrufen
call-start = Anruf starten
call-voice = Sprachanruf
video-button = Video
video-start = Videoanruf starten
video-call = Videoanruf
ledger = Kasse
ledger-button-title = Gemeinsame Ausgaben und Salden
messages = Nachrichten
composer-placeholder = Nachricht
send = Senden
sending = Wird gesendet…
attach = Datei anhängen
take-photo = Foto aufnehmen
voice-hold = Gedrückt halten für eine Sprachnachricht
back-chats = ‹ Chats
back-to-conversations = Zurück zu den Unterhaltungen
back = ‹ Zurück
close-panel = Bereich schließen
conversation-panels = Bereiche der Unterhaltung
members = Mitglieder
choose-conversation = Wähle eine Unterhaltung oder starte eine mit „Neu“.
call = Anruf

## Status und Hinweise

status-online = { $username } · online
status-offline = { $username } · offline
status-expired = { $username } · abgelaufen
status-replaced = { $username } · ersetzt
status-refused = { $username } · abgelehnt
status-connecting = { $username } · verbindet
banner-expired = Dein Konto ist abgelaufen. Löse unter „Konto“ einen Verlängerungscode ein, um weiterzumachen.
banner-replaced = Conclave wurde für dieses Gerät an anderer Stelle geöffnet; diese Seite wurde angehalten. Lade neu, um es hier zu nutzen.
banner-refused = Der Server hat dieses Gerät abgelehnt: { $reason }
banner-offline = Offline: Angezeigt wird, was dieser Browser gespeichert hat. { $reason }
banner-expires-soon = Dein Konto läuft am { $date } ab. Bitte einen Admin um einen Verlängerungscode.
conn-expired = Dein Konto ist abgelaufen: Verlängere es unter „Konto“.
conn-offline = Offline: Du kannst lesen; Senden geht wieder, sobald die Verbindung steht.
expiry-unknown = unbekannt (offline)
expiry-expired = { $date } (abgelaufen)
expiry-days = { $days ->
    [one] { $date } ({ $days } Tag)
   *[other] { $date } ({ $days } Tage)
}

## Unterhaltungsliste und Nachrichten

you = Du
last-message = { $who }: { $text }
ledger-line = Kasse: { $text }
group-created = Gruppe erstellt
no-messages-yet = Noch keine Nachrichten
no-conversations = Noch keine Unterhaltungen.
not-on-device = Diese Unterhaltung ist nicht auf diesem Gerät.
conversation = Unterhaltung
removed-banner = Du wurdest aus dieser Unterhaltung entfernt. Du erhältst ihre Nachrichten nicht mehr.
membership-added = { $who } hat { $names } hinzugefügt
membership-removed = { $who } hat { $names } entfernt
membership-added-removed = { $who } hat { $added } hinzugefügt und { $removed } entfernt
membership-keys = { $who } hat die Schlüssel erneuert
unreadable-message = Nicht lesbare Nachricht ({ $reason })
handover-mine = Dein Gerät hat die früheren Einträge der Kasse an die neu beigetretenen Geräte übergeben.
handover-theirs = Das Gerät von { $sender } hat die früheren Einträge der Kasse an die neu beigetretenen Geräte übergeben.
open-ledger-link = Kasse ›
open-ledger = Kasse öffnen
joined-here = Du bist dieser Unterhaltung auf diesem Gerät beigetreten.
empty-conversation = Noch keine Nachrichten. Nachrichten sind Ende-zu-Ende-verschlüsselt.
upload-sending = { $name } wird gesendet…
upload-failed = { $name }: { $error }
dismiss = Ausblenden
record-failed = Aufnahme nicht möglich: { $error }
record-hold = Halte die Mikrofontaste gedrückt, um eine Sprachnachricht aufzunehmen.
toast-added-to-conversation = Du wurdest zu einer Unterhaltung hinzugefügt.
toast-fell-behind = Dieses Gerät ist in einer Unterhaltung zurückgefallen und wartet darauf, wieder hinzugefügt zu werden.
invites-admin = kein Kontingent (Admin)
invites-left = noch { $count }

## Mitglieder

no-longer-member = Du bist kein Mitglied dieser Unterhaltung mehr.
safety-number = Sicherheitsnummer
safety-number-with = Sicherheitsnummer mit { $username }
remove = Entfernen
remove-member = { $username } entfernen
remove-confirm = { $username } aus { $conversation } entfernen? Spätere Nachrichten kann diese Person nicht mehr lesen.
removing = Wird entfernt…
removed-toast = { $username } entfernt.
devices-line = { $count ->
    [one] Gerät { $ids }
   *[other] Geräte { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = Gerät ({ $id })
member-you = { $username } (du)
members-summary = { $count ->
    [one] { $count } Mitglied · Epoche { $epoch }
   *[other] { $count } Mitglieder · Epoche { $epoch }
}
add = Hinzufügen
adding = Wird hinzugefügt…
added-toast = { $names } hinzugefügt.
add-members = Mitglieder hinzufügen
add-members-hint = Benutzernamen, durch Kommas getrennt. Alle ihre Geräte treten bei.
leave = Diese Unterhaltung verlassen
leave-confirm = { $conversation } auf allen deinen Geräten verlassen?
leaving = Wird verlassen…
epoch-authenticator = Epochen-Authentifikator (auf den Geräten aller Mitglieder gleich): { $code }
loading = Wird geladen…
safety-verified = verifiziert
safety-changed = SCHLÜSSEL GEÄNDERT seit deiner Verifizierung
safety-unverified = nicht verifiziert
mark-verified = Als verifiziert markieren
saving = Wird gespeichert…
verified-toast = { $username } als verifiziert markiert.
safety-with = Sicherheitsnummer mit { $username } { $badge }
safety-hint = Vergleiche sie persönlich oder über einen anderen Kanal mit der deines Gegenübers. Stimmt sie überein, markiere die Person als verifiziert: Eine spätere Änderung ihrer Schlüssel wird dann deutlich angezeigt.

## Die Kasse

ledger-paid-by = Bezahlt von
ledger-paid-to = Bezahlt an / für
ledger-owed-to = Geschuldet an
ledger-owed-by = Geschuldet von
split-to = Alles an ein Mitglied
split-equal = Gleichmäßig aufteilen
split-exact = Nach Beträgen aufteilen
split-weights = Nach Gewichten aufteilen
badge-reversed = storniert
badge-reversal = Storno
badge-refused = abgelehnt
badge-unreadable = nicht lesbar
device-id = Gerät { $id }
device-id-named = Gerät { $id } ({ $name })
entries = Einträge
entries-count = Einträge ({ $count })
export-csv = CSV herunterladen
export-json = JSON herunterladen
balances = Salden
export = Exportieren
export-hint = CSV: eine Zeile pro Mitglied und Eintrag (nach Mitglied und Währung summiert ergibt das die Salden). JSON: alle Datensätze, die Salden und der Ausgleich.
discrepancy-title = Warnung: Eine an ein neues Gerät übergebene Kasse weicht von deiner ab.
discrepancy = Das Gerät { $device } von { $by } (Nachricht { $seq }) hat Neuen eine Kasse übergeben, die nicht dem Stand dieses Geräts entspricht: { $detail }. Ihre Salden können von deinen abweichen; vergleiche sie mit { $by }.
ledger-unreadable = { $count ->
    [one] { $count } Eintrag wurde von einer neueren Conclave-Version geschrieben und kann hier nicht gelesen werden; die Salden lassen ihn weg, bis du aktualisierst.
   *[other] { $count } Einträge wurden von einer neueren Conclave-Version geschrieben und können hier nicht gelesen werden; die Salden lassen sie weg, bis du aktualisierst.
}
handed-over-mine = Dieses Gerät ist bei Nachricht { $seq } beigetreten: Die Einträge davor sind so, wie dein Gerät { $device } sie übergeben hat.
handed-over-theirs = Dieses Gerät ist bei Nachricht { $seq } beigetreten: Die Einträge davor sind so, wie das Gerät { $device } von { $by } sie übergeben hat.
ledger-empty = Noch keine Einträge. Erfasse unten eine gemeinsame Ausgabe, eine Zahlung oder eine Schuld; alle Mitglieder sehen dieselben Salden.
balances-in = Salden in { $currency }
balance-owed = bekommt
balance-owes = schuldet
balance-settled = ausgeglichen
settle-title = Zum Ausgleichen
settle-you-pay = Du zahlst { $to } { $amount } { $currency }
settle-pays-you = { $from } zahlt dir { $amount } { $currency }
settle-pays = { $from } zahlt { $to } { $amount } { $currency }
all-settled = Alles ausgeglichen.
records-empty = Einträge erscheinen hier in der Reihenfolge, die der Server festgelegt hat, auf jedem Gerät gleich.
recorded-by-you = { $day } · von dir erfasst auf { $device } um { $time }
recorded-by = { $day } · von { $member } erfasst auf { $device } um { $time }
reference-line = Referenz: { $reference }
reversed-by-you = Von dir storniert (Eintrag { $entry }); zählt nicht mehr.
reversed-by = Von { $member } storniert (Eintrag { $entry }); zählt nicht mehr.
reversed-by-someone = Von jemandem storniert (Eintrag { $entry }); zählt nicht mehr.
undoes = Storniert: { $description }
refused-everywhere = Von jedem Gerät abgelehnt, bei dem er ankam; er ändert keinen Saldo.
handed-by-mine = Von deinem Gerät { $device } übergeben, als dieses Gerät beitrat
handed-by-theirs = Vom Gerät { $device } von { $username } übergeben, als dieses Gerät beitrat
reverse-toggle = Stornieren…
reverse-entry-label = Eintrag { $entry } stornieren
reverse-entry = Eintrag stornieren
cancel = Abbrechen
reverse-why = Grund (optional)
reverse-hint = Der Eintrag bleibt im Verlauf, als storniert markiert; seine Wirkung auf die Salden wird auf jedem Gerät rückgängig gemacht.
reversing = Wird storniert…
reversed-toast = Storniert: { $description }
kind-payment = Zahlung: jemand hat bezahlt
kind-debt = Schuld: jemand schuldet etwas
record-entry = Eintrag erfassen
member = Mitglied
split-equal-among = Gleichmäßig aufteilen unter
split-equal-hint = Nimm die zahlende Person mit auf, damit sie auch einen Anteil trägt. Ein Rest von einem Cent geht an die zuerst genannten Mitglieder.
weights-legend = Gewichte (z. B. 2 und 1: zwei Drittel und ein Drittel)
amounts-legend = Beträge (ergeben zusammen die Gesamtsumme)
share-empty-hint = Lass ein Mitglied leer, damit es keinen Anteil bekommt.
will-record = Wird erfasst: { $description }
will-record-shares = Wird erfasst: { $description } — { $shares } { $currency }
amount = Betrag
currency = Währung
add-entry-form = Kasseneintrag hinzufügen
what-happened = Was ist passiert
date = Datum
memo-optional = Notiz (optional)
reference-optional = Referenz (optional)
reference-hint = Eine Rechnungsnummer, eine Überweisungs-ID…
add-entry = Eintrag hinzufügen
ledger-intro = Einträge sind Ende-zu-Ende-verschlüsselte Nachrichten; niemand kann sie bearbeiten oder löschen, ein Fehler wird storniert.
recording = Wird erfasst…
recorded-toast = Erfasst: { $description }
preparing = Wird vorbereitet…
exported-toast = { $count ->
    [one] { $count } Kassendatensatz nach { $file } exportiert.
   *[other] { $count } Kassendatensätze nach { $file } exportiert.
}

## Neue Unterhaltung, Konto

start = Starten
starting = Wird gestartet…
create-group = Gruppe erstellen
creating = Wird erstellt…
message-person = Einer Person schreiben
new-group = Neue Gruppe
group-name = Gruppenname
members-hint = Benutzernamen, durch Kommas getrennt.
your-account = Dein Konto
this-device = Dieses Gerät
this-device-value = { $name } (Gerät { $id })
valid-until = Gültig bis
invitations = Einladungen
connection = Verbindung
online = online
offline = offline
offline-reason = offline: { $reason }
renew = Verlängern
renewing = Wird verlängert…
renewed-toast = Verlängert bis { $date }.
renew-title = Konto verlängern
renewal-code = Verlängerungscode
renewal-hint = Du bekommst ihn von einem Admin; er verlängert dein Konto, auch wenn es schon abgelaufen ist.
expires-1-day = 1 Tag
expires-7-days = 7 Tage
expires-30-days = 30 Tage
create-invitation = Einladung erstellen
your-invitations = Deine Einladungen
copy = Kopieren
copied = Kopiert.
copy-failed = Markiere den Link und kopiere ihn.
invitation-created = Einladung erstellt.
invitation-for = { $count ->
    [one] Für { $count } Person, gültig bis { $date }.
   *[other] Für { $count } Personen, gültig bis { $date }.
}
link-for-browser = Link für einen Browser:
link-for-cli = Für die Kommandozeile (conclave join):
invite-row = #{ $id } · { $state } · noch { $left }/{ $total } · bis { $date }
invite-row-joined = #{ $id } · { $state } · noch { $left }/{ $total } · bis { $date } · beigetreten: { $names }
no-invitations = Noch keine Einladungen.
invite-someone = Jemanden einladen
number-of-people = Anzahl der Personen
valid-for = Gültig für
your-devices = Deine Geräte
add-device-hint = Um ein Gerät hinzuzufügen, führe „conclave device link“ auf einem Gerät mit deinem Konto aus.
lock = Sperren
this-browser = Dieser Browser
lock-hint = Sperren beendet die Sitzung; die Passphrase öffnet sie wieder.
device-row = { $name } (Gerät { $id }), hinzugefügt am { $date }
device-row-this = { $name } (Gerät { $id }), hinzugefügt am { $date } — dieser Browser
offline-short = Offline.
language = Sprache
language-hint = Die Sprache dieser Seite auf diesem Gerät. „Automatisch“ folgt den Sprachen des Browsers.
language-auto = Automatisch

## Privates Surfen

pb-what-title = Was privates Surfen ist
pb-what-1 = Privates Surfen leitet den Webverkehr eines Geräts über zwei Relays statt direkt zur Website. Das Eingangs-Relay erfährt, wer du bist (deine Adresse), aber nicht, wohin du gehst; das Ausgangs-Relay erfährt, wohin du gehst (die Website), aber nicht, wer du bist. Keines erfährt beides.
pb-what-2 = Zwischen deinem Gerät und dem Ausgang ist der Verkehr verschlüsselt, sodass der Eingang nur versiegelte Zellen fester Größe sieht. Jedes Relay lässt eine Verbindung nur mit einem nicht verknüpfbaren Token herein, das dieser Server blind signiert: Er kann nicht erkennen, für welche Verbindung oder Website ein Token verwendet wurde.
pb-what-3 = Diese Seite leitet selbst nichts weiter: Eine Webseite kann keinen anderen Verkehr transportieren. Das erledigt das conclave-Programm auf einem Gerät (siehe „Auf diesem Gerät nutzen“).
pb-limits-title = Wovor es nicht schützt
pb-limits-1 = Zwei Stationen überlisten einen neugierigen Relay-Betreiber. Sie helfen nicht, wenn beide Relays eines Pfads zusammenarbeiten, und auch nicht gegen jemanden, der den Verkehr an beiden Enden beobachtet und dessen Timing abgleicht (ein globaler Beobachter).
pb-limits-2 = Relays desselben Betreibers sind in der Liste unten gekennzeichnet, und ein Pfad nutzt nie zwei davon, solange es ein Relay eines anderen Betreibers gibt. Betreibt nur ein einziger Betreiber Relays, gehören ihm beide Stationen und die Trennung besteht nur dem Namen nach; conclave proxy warnt dann.
pb-limits-3 = Websites sehen weiterhin, was du ihnen sendest: Anmeldung, Cookies und der Fingerabdruck des Browsers identifizieren dich wie gewohnt.
pb-limits-4 = Geschützt sind nur Programme, die auf den Proxy eingestellt sind. Lass auch die Namensauflösung über den Proxy laufen (socks5h, bei curl --socks5-hostname, in Firefox „Bei Verwendung von SOCKS v5 den Proxy für DNS-Anfragen verwenden“), sonst gehen deine DNS-Anfragen an ihm vorbei.
pb-allowance-note = Jeder Kanal braucht zwei Tokens, eines pro Relay; ein Kanal trägt viele Verbindungen und wird nach 10 Minuten erneuert. Das Kontingent erneuert sich um 00:00 UTC.
pb-allowance-title = Kontingent dieses Geräts
pb-per-day = Tokens pro Tag
pb-left-today = Heute übrig
pb-fetching = Relay-Verzeichnis wird abgerufen…
relays = Relays
pb-setup = { $first }: Führe auf einem Gerät, auf dem conclave dein Konto hat, { $link } aus, dann hier { $join } (oder { $joininvite } mit einer Einladung).
pb-use-title = Auf diesem Gerät nutzen
pb-desktop = Computer (Linux, macOS, Windows)
pb-desktop-install = Installiere die conclave-Kommandozeile und gib ihr dein Konto
pb-desktop-run = Führe { $cmd } aus. Es bietet SOCKS5 und HTTP CONNECT auf { $addr } an, nur für diesen Computer, und zeigt für jeden Kanal Eingang und Ausgang an.
pb-desktop-chromium = Chromium, Chrome oder Edge: Starte den Browser mit { $cmd } (Namen löst dann der Proxy auf). Ein eigenes Profil ({ $profile }) hält privates Surfen von deinem üblichen Profil getrennt.
pb-desktop-firefox = Firefox: Einstellungen → Allgemein → Verbindungs-Einstellungen → Einstellungen…: Manuelle Proxy-Konfiguration, SOCKS-Host 127.0.0.1, Port 1080, SOCKS v5, und setze das Häkchen bei „Bei Verwendung von SOCKS v5 den Proxy für DNS-Anfragen verwenden“.
pb-desktop-curl = Kommandozeilen-Tools: { $cmd }.
pb-desktop-options = Optionen: Mit { $country } geht der Verkehr über einen Ausgang in diesem Land hinaus; mit { $circuit } bekommt jede Website ihren eigenen Kanal.
pb-android = Android-Smartphone oder -Tablet
pb-android-intro = Ein Browser kann keinen SOCKS-Proxy betreiben, also muss das ein Programm auf dem Telefon übernehmen:
pb-android-termux = Installiere Termux (aus F-Droid) und darin die conclave-Kommandozeile.
pb-android-account = Gib ihr dein Konto
pb-android-run = Führe in Termux { $cmd } aus und lass es laufen (erlaube Termux in den Akku-Einstellungen, im Hintergrund zu laufen).
pb-android-wifi = Einstellungen → WLAN → dein Netzwerk → Bearbeiten → Erweitert → Proxy: Manuell, Host { $host }, Port { $port }. Die Proxy-Einstellung von Android spricht HTTP CONNECT, das der Proxy auf demselben Port versteht. Browser, die ihr folgen, laufen in diesem WLAN über die Relays (nicht über mobile Daten).
pb-android-browser = Oder nutze einen Browser mit eigenen Proxy-Einstellungen: SOCKS5 { $socks } mit Remote-DNS oder HTTP-Proxy { $http } (CONNECT).
pb-ios = iPhone und iPad
pb-ios-text = Derzeit nicht verfügbar. iOS bietet keine Möglichkeit, ein Kommandozeilenprogramm als lokalen Proxy im Hintergrund laufen zu lassen (es gibt kein Termux, und Apps werden angehalten), und um den Verkehr eines Telefons umzuleiten, braucht es eine VPN-artige App (eine Network Extension), die Conclave noch nicht hat. Ein Telefon kann auch nicht den Proxy eines Computers mitbenutzen: conclave proxy hat kein Passwort und lauscht deshalb nur auf dem eigenen Rechner.
pb-no-tokens = Dieser Server gibt keine Relay-Tokens aus, daher können seine Relays von diesem Konto aus nicht genutzt werden.
pb-zero-tokens = Der Server gibt Mitgliedern keine Relay-Tokens (sein Kontingent ist 0 pro Tag).
pb-same-operator = gleicher Betreiber
pb-country-unknown = Land unbekannt
pb-relay-meta = { $country } · Betreiber { $operator } · { $addr }
pb-relay-meta-ours = { $country } · Betreiber { $operator } (der dieses Servers) · { $addr }
pb-same-operator-note = Vom selben Betreiber wie { $others } ({ $count } Relays): nie zusammen genutzt, solange es ein Relay eines anderen Betreibers gibt.
pb-no-relays = Dieser Server führt keine Relays auf.
pb-two-operators = Ein Pfad kann zwei Relays verschiedener Betreiber nutzen.
pb-one-operator = Nur ein Betreiber betreibt diese Relays, daher gehören ihm beide Stationen eines Pfads: Die Trennung besteht nur dem Namen nach.
pb-no-path = Noch kann kein Pfad aufgebaut werden: { $reason }.
pb-signed-new = Signiert von { $operator } mit Schlüssel { $key }; die Signatur ist gültig. Dieses Gerät merkt sich diesen Schlüssel jetzt und lehnt ein Verzeichnis ab, das mit einem anderen signiert ist. Gültig bis { $date }.
pb-signed-known = Signiert von { $operator } mit Schlüssel { $key }; die Signatur ist gültig. Es ist der Schlüssel, den sich dieses Gerät gemerkt hat; ein mit einem anderen signiertes Verzeichnis lehnt es ab. Gültig bis { $date }.

## Anrufe

declined = Abgelehnt von { $names }.
join-call = Anruf beitreten
accept = Annehmen
accept-call = Anruf annehmen
accept-video-call = Videoanruf annehmen
decline = Ablehnen
is-calling = { $caller } ruft an
ringing-voice = Sprachanruf · { $conversation }
ringing-video = Videoanruf · { $conversation }
already-in-call = Du bist bereits in einem Anruf.
calling = Ruft an…
call-failed = Der Anruf konnte nicht starten: { $error }
connecting = Verbindung wird hergestellt…
your-camera = Deine Kamera
mute = Stummschalten
unmute = Stummschaltung aufheben
camera-off = Kamera aus
camera-on = Kamera an
switch-camera = Kamera wechseln
one-camera = Dieses Gerät hat nur eine Kamera.
hang-up = Auflegen
call-controls = Anrufsteuerung
tile-name = { $username } · Gerät { $device }
tile-leaf = Blatt { $leaf }
reconnecting = Verbindung wird wiederhergestellt…
connection-failed = Verbindung fehlgeschlagen
ended = Beendet
in-call = { $count ->
    [one] { $state } · { $count } im Anruf
   *[other] { $state } · { $count } im Anruf
}

## Dateien und Sprachnachrichten

file-too-large = Die Datei ist größer, als der Server annimmt.
file-too-large-max = Die Datei ist größer, als der Server annimmt (höchstens { $max }).
file-over-quota = Dein Speicher auf dem Server ist voll. Dateien laufen nach einer Weile ab; versuche es später noch einmal.
file-too-many = Zu viele Uploads gleichzeitig. Versuche es gleich noch einmal.
file-grant = Die Berechtigung zum Hochladen ist abgelaufen. Versuche es noch einmal.
file-not-found = Die Datei ist nicht mehr auf dem Server (Dateien laufen nach einer Weile ab).
file-hash-mismatch = Der Upload wurde unterwegs beschädigt. Versuche es noch einmal.
file-unavailable = Der Dateispeicher des Servers ist gerade nicht verfügbar. Versuche es später noch einmal.
file-busy = Der Server ist mit dieser Datei beschäftigt. Versuche es gleich noch einmal.
file-cut = Die Verbindung ist während des Uploads abgebrochen. Versuche es noch einmal.
file-no-resume = Der Upload konnte nicht fortgesetzt werden.
file-kept-other = Der Server hat einen anderen Teil der Datei behalten.
upload-refused = Der Upload ist fehlgeschlagen: { $reason }
download-refused = Der Download ist fehlgeschlagen: { $reason }
file-corrupted = Diese Datei wurde unterwegs verändert oder beschädigt; sie wird nicht angezeigt.
open-image = Bild { $name } öffnen
open = Öffnen
preview-of = Vorschau von { $name }
image-unreadable = Dieses Bild kann hier nicht angezeigt werden; dieser Browser kann das Format nicht lesen.
play-voice-note = Sprachnachricht { $name } abspielen
recording-unplayable = Diese Aufnahme kann in diesem Browser nicht abgespielt werden.
download = Herunterladen
download-name = { $name } herunterladen
save-again = Erneut speichern
close = Schließen
play-name = { $name } abspielen
pause-name = { $name } pausieren
position = Position

## Benachrichtigungen

notifications = Benachrichtigungen
hide-contents = Inhalte in Benachrichtigungen ausblenden
push-blocked = Benachrichtigungen sind für diese Website blockiert: Erlaube sie in den Website-Einstellungen des Browsers.
push-not-allowed = Benachrichtigungen wurden nicht erlaubt.
push-no-server = Dieser Server sendet keine Push-Benachrichtigungen.
push-no-service = Der Push-Dienst dieses Browsers hat nicht geantwortet (kein Netz, oder ein Browser ohne Push-Dienst).
push-unsupported = Dieser Browser kann keine Push-Benachrichtigungen anzeigen (auf iPhone und iPad: füge Conclave zuerst zum Home-Bildschirm hinzu).
push-on-hidden = An: Benachrichtigungen zeigen nur „Neue Nachricht“ und sonst nichts.
push-on = An: Benachrichtigungen zeigen, wer was geschrieben hat, entschlüsselt auf diesem Gerät.
push-off = Aus. Die Pushes des Servers sagen immer nur „etwas Neues“; den Rest entschlüsselt dieses Gerät.
new-message = Neue Nachricht

## Anrufe im Verlauf, Anrufkacheln, Einladungsstatus

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
tile-waiting-keys = wartet auf Schlüssel
tile-cant-decrypt = nicht entschlüsselbar ({ $reason })
tile-key-mismatch = der Schlüssel passt nicht zu dem dieses Geräts: andere MLS-Epoche oder kein Mitglied
invite-open = offen
invite-used = aufgebraucht
invite-expired = abgelaufen
invite-revoked = widerrufen

## Typing indicators
typing-one = { $name } schreibt…
typing-two = { $first } und { $second } schreiben…
typing-several = Mehrere Personen schreiben…
typing-title = Tippanzeige
typing-setting = Anzeigen, wenn andere schreiben, und sie sehen lassen, wenn ich schreibe
typing-hint = Ausgeschaltet sendet und zeigt dieses Gerät keine. Sie erreichen nur Mitglieder, die gerade online sind; der Server speichert keine.

## History from another device
toast-history-imported = Der Verlauf von deinem Gerät { $device } ist angekommen (Einträge: { $count }; Unterhaltungen: { $conversations }).
history-note = Der Verlauf oben kam von deinem Gerät { $device } (gesendet { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Eingehender Anruf
push-ring-body = Conclave öffnen, um anzunehmen
push-title-group = { $sender } in { $conversation }

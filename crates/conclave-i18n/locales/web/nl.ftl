# Conclave: Dutch (Nederlands), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Starten, deelnemen, koppelen, ontgrendelen

boot-loading = Laden…
boot-failed = Conclave kon niet starten: { $error }
boot-other-tab = Conclave is al geopend in een ander tabblad of venster van deze browser. Sluit dat en laad deze pagina opnieuw.
working = Bezig…
wrong-passphrase = Verkeerde wachtwoordzin. { $detail }. Probeer het opnieuw.
tagline = Berichten alleen op uitnodiging, end-to-end versleuteld. Je sleutels worden in deze browser gemaakt en bewaard.
passphrase = Wachtwoordzin
passphrase-hint = Minstens 8 tekens. Hij versleutelt de sleutels en geschiedenis van dit apparaat in deze browser en verlaat die nooit; ben je hem vergeten, dan kan de kopie in deze browser niet meer worden geopend.
passphrase-again = Herhaal de wachtwoordzin
passphrase-differ = De twee wachtwoordzinnen komen niet overeen.
join-title = Deelnemen met een uitnodiging
join-link = Uitnodigingslink
join-link-hint = https://…/join#code=… of conclave://…/join#code=…
username = Gebruikersnaam
username-hint = 3 tot 32 tekens: a–z, 0–9, “.”, “_”, “-”.
device-name = Naam van dit apparaat
join-button = Deelnemen
joining = Deelnemen…
link-title = Deze browser aan je account koppelen
link-intro = Voer op een apparaat met je account “conclave device link” uit en plak de link die het toont. Dat apparaat voegt deze browser dan toe aan je gesprekken.
link-link = Apparaatlink
link-link-hint = https://…/device#code=… of conclave://…/device#code=…
link-button = Deze browser koppelen
linking = Koppelen…
unlock-title = Conclave ontgrendelen
unlock-holds = Deze browser bevat het apparaat “{ $device }” van { $username }.
unlock-button = Ontgrendelen
unlocking = Ontgrendelen…
unlock-link-ignored = Deze browser bevat al een Conclave-apparaat; de link die je opende wordt niet gebruikt. Wil je hem gebruiken, verwijder dan eerst dit apparaat uit deze browser.
unlock-forgot = Wachtwoordzin vergeten? Zonder kan de kopie in deze browser niet worden geopend. Verwijder hem hier en koppel deze browser opnieuw vanaf een van je andere apparaten.
forget-button = Dit apparaat uit deze browser verwijderen
forget-confirm = Het apparaat van { $username } uit deze browser verwijderen? De sleutels en geschiedenis hier worden gewist; je account en je andere apparaten blijven.

## De hoofdweergave

conversations = Gesprekken
new-button = Nieuw
new-conversation = Nieuw gesprek
private-button = Privé
private-browsing = Privé browsen
account-button = Account
account = Account
details = Details
call-button = Bellen
call-start = Oproep starten
call-voice = Spraakoproep
video-button = Video
video-start = Video-oproep starten
video-call = Video-oproep
ledger = Kas
ledger-button-title = Gedeelde uitgaven en saldi
messages = Berichten
composer-placeholder = Bericht
send = Versturen
sending = Versturen…
attach = Bestand bijvoegen
take-photo = Foto maken
voice-hold = Ingedrukt houden om een spraakbericht op te nemen
back-chats = ‹ Chats
back-to-conversations = Terug naar gesprekken
back = ‹ Terug
close-panel = Paneel sluiten
conversation-panels = Gesprekspanelen
members = Leden
choose-conversation = Kies een gesprek, of begin er een met “Nieuw”.
call = Oproep

## Status en meldingsbalken

status-online = { $username } · online
status-offline = { $username } · offline
status-expired = { $username } · verlopen
status-replaced = { $username } · vervangen
status-refused = { $username } · geweigerd
status-connecting = { $username } · verbinden
banner-expired = Je account is verlopen. Wissel onder Account een verlengingscode in om verder te gaan.
banner-replaced = Conclave is voor dit apparaat ergens anders geopend; deze pagina is gestopt. Laad opnieuw om het hier te gebruiken.
banner-refused = De server heeft dit apparaat geweigerd: { $reason }
banner-offline = Offline: je ziet wat deze browser heeft. { $reason }
banner-expires-soon = Je account verloopt op { $date }. Vraag een beheerder om een verlengingscode.
conn-expired = Je account is verlopen: verleng het onder Account.
conn-offline = Offline: je kunt lezen; versturen werkt weer zodra de verbinding terug is.
expiry-unknown = onbekend (offline)
expiry-expired = { $date } (verlopen)
expiry-days = { $days ->
    [one] { $date } ({ $days } dag)
   *[other] { $date } ({ $days } dagen)
}

## De gesprekkenlijst en de berichten

you = Jij
last-message = { $who }: { $text }
ledger-line = Kas: { $text }
group-created = Groep aangemaakt
no-messages-yet = Nog geen berichten
no-conversations = Nog geen gesprekken.
not-on-device = Dit gesprek staat niet op dit apparaat.
conversation = Gesprek
removed-banner = Je bent uit dit gesprek verwijderd. Je ontvangt de berichten niet meer.
membership-added = { $who } heeft { $names } toegevoegd
membership-removed = { $who } heeft { $names } verwijderd
membership-added-removed = { $who } heeft { $added } toegevoegd en { $removed } verwijderd
membership-keys = { $who } heeft de sleutels vernieuwd
unreadable-message = Onleesbaar bericht ({ $reason })
handover-mine = Je apparaat heeft de eerdere posten van de kas overgedragen aan de apparaten die erbij kwamen.
handover-theirs = Het apparaat van { $sender } heeft de eerdere posten van de kas overgedragen aan de apparaten die erbij kwamen.
open-ledger-link = Kas ›
open-ledger = De kas openen
joined-here = Je bent op dit apparaat lid geworden van dit gesprek.
empty-conversation = Nog geen berichten. Berichten zijn end-to-end versleuteld.
upload-sending = { $name } versturen…
upload-failed = { $name }: { $error }
dismiss = Sluiten
record-failed = Kan niet opnemen: { $error }
record-hold = Houd de microfoonknop ingedrukt om een spraakbericht op te nemen.
toast-added-to-conversation = Je bent aan een gesprek toegevoegd.
toast-fell-behind = Dit apparaat is in een gesprek achtergeraakt en wacht om opnieuw te worden toegevoegd.
invites-admin = geen limiet (beheerder)
invites-left = nog { $count }

## Leden

no-longer-member = Je bent geen lid meer van dit gesprek.
safety-number = Veiligheidsnummer
safety-number-with = Veiligheidsnummer met { $username }
remove = Verwijderen
remove-member = { $username } verwijderen
remove-confirm = { $username } uit { $conversation } verwijderen? Diegene kan latere berichten niet meer lezen.
removing = Verwijderen…
removed-toast = { $username } verwijderd.
devices-line = { $count ->
    [one] apparaat { $ids }
   *[other] apparaten { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = apparaat ({ $id })
member-you = { $username } (jij)
members-summary = { $count ->
    [one] { $count } lid · epoch { $epoch }
   *[other] { $count } leden · epoch { $epoch }
}
add = Toevoegen
adding = Toevoegen…
added-toast = { $names } toegevoegd.
add-members = Leden toevoegen
add-members-hint = Gebruikersnamen, gescheiden door komma's. Al hun apparaten doen mee.
leave = Dit gesprek verlaten
leave-confirm = { $conversation } verlaten op al je apparaten?
leaving = Verlaten…
epoch-authenticator = Epoch-authenticator (gelijk op het apparaat van elk lid): { $code }
loading = Laden…
safety-verified = geverifieerd
safety-changed = SLEUTELS GEWIJZIGD sinds je verificatie
safety-unverified = niet geverifieerd
mark-verified = Als geverifieerd markeren
saving = Opslaan…
verified-toast = { $username } gemarkeerd als geverifieerd.
safety-with = Veiligheidsnummer met { $username } { $badge }
safety-hint = Vergelijk het met dat van de ander, persoonlijk of via een ander kanaal. Komt het overeen, markeer diegene dan als geverifieerd: een latere wijziging van diens sleutels wordt dan duidelijk getoond.

## De kas

ledger-paid-by = Betaald door
ledger-paid-to = Betaald aan / voor
ledger-owed-to = Verschuldigd aan
ledger-owed-by = Verschuldigd door
split-to = Alles aan één lid
split-equal = Gelijk verdelen
split-exact = Verdelen naar bedragen
split-weights = Verdelen naar gewichten
badge-reversed = teruggedraaid
badge-reversal = tegenboeking
badge-refused = geweigerd
badge-unreadable = onleesbaar
device-id = apparaat { $id }
device-id-named = apparaat { $id } ({ $name })
entries = Posten
entries-count = Posten ({ $count })
export-csv = CSV downloaden
export-json = JSON downloaden
balances = Saldi
export = Exporteren
export-hint = CSV: één rij per lid per post (opgeteld per lid en valuta: de saldi). JSON: elk record, de saldi en de verrekening.
discrepancy-title = Waarschuwing: een kas die aan een nieuw apparaat is overgedragen, wijkt af van de jouwe.
discrepancy = Het apparaat { $device } van { $by } (bericht { $seq }) heeft nieuwkomers een kas gegeven die niet overeenkomt met wat dit apparaat heeft: { $detail }. Hun saldi kunnen afwijken van de jouwe; vergelijk met { $by }.
ledger-unreadable = { $count ->
    [one] { $count } post is geschreven door een nieuwere Conclave en kan hier niet worden gelezen; de saldi laten hem weg tot je bijwerkt.
   *[other] { $count } posten zijn geschreven door een nieuwere Conclave en kunnen hier niet worden gelezen; de saldi laten ze weg tot je bijwerkt.
}
handed-over-mine = Dit apparaat kwam erbij bij bericht { $seq }: de posten daarvoor zijn zoals je apparaat { $device } ze heeft overgedragen.
handed-over-theirs = Dit apparaat kwam erbij bij bericht { $seq }: de posten daarvoor zijn zoals het apparaat { $device } van { $by } ze heeft overgedragen.
ledger-empty = Nog geen posten. Noteer hieronder een gedeelde uitgave, een betaling of een schuld; elk lid ziet dezelfde saldi.
balances-in = Saldi in { $currency }
balance-owed = krijgt nog
balance-owes = moet nog
balance-settled = verrekend
settle-title = Verrekenen
settle-you-pay = Jij betaalt { $to } { $amount } { $currency }
settle-pays-you = { $from } betaalt jou { $amount } { $currency }
settle-pays = { $from } betaalt { $to } { $amount } { $currency }
all-settled = Alles verrekend.
records-empty = Posten verschijnen hier in de volgorde die de server heeft bepaald, op elk apparaat dezelfde.
recorded-by-you = { $day } · genoteerd door jou vanaf { $device } om { $time }
recorded-by = { $day } · genoteerd door { $member } vanaf { $device } om { $time }
reference-line = Referentie: { $reference }
reversed-by-you = Teruggedraaid door jou (post { $entry }); telt niet meer mee.
reversed-by = Teruggedraaid door { $member } (post { $entry }); telt niet meer mee.
reversed-by-someone = Teruggedraaid door iemand (post { $entry }); telt niet meer mee.
undoes = Draait terug: { $description }
refused-everywhere = Geweigerd door elk apparaat waar hij aankwam; hij verandert geen saldo.
handed-by-mine = Overgedragen door je apparaat { $device } toen dit apparaat erbij kwam
handed-by-theirs = Overgedragen door het apparaat { $device } van { $username } toen dit apparaat erbij kwam
reverse-toggle = Terugdraaien…
reverse-entry-label = Post { $entry } terugdraaien
reverse-entry = Post terugdraaien
cancel = Annuleren
reverse-why = Waarom (optioneel)
reverse-hint = De post blijft in de geschiedenis, gemarkeerd als teruggedraaid; het effect op de saldi wordt op elk apparaat ongedaan gemaakt.
reversing = Terugdraaien…
reversed-toast = Teruggedraaid: { $description }
kind-payment = Betaling: iemand heeft betaald
kind-debt = Schuld: iemand is iets verschuldigd
record-entry = Post noteren
member = Lid
split-equal-among = Gelijk verdelen over
split-equal-hint = Neem ook wie betaald heeft op, zodat die ook een deel krijgt. Een restcent gaat naar de eerstgenoemde leden.
weights-legend = Gewichten (bijv. 2 en 1: twee derde en een derde)
amounts-legend = Bedragen (samen het totaal)
share-empty-hint = Laat een lid leeg om die geen deel te geven.
will-record = Wordt genoteerd: { $description }
will-record-shares = Wordt genoteerd: { $description } — { $shares } { $currency }
amount = Bedrag
currency = Valuta
add-entry-form = Een post aan de kas toevoegen
what-happened = Wat is er gebeurd
date = Datum
memo-optional = Notitie (optioneel)
reference-optional = Referentie (optioneel)
reference-hint = Een factuurnummer, een overboekings-id…
add-entry = Een post toevoegen
ledger-intro = Posten zijn end-to-end versleutelde berichten; niemand kan er een bewerken of verwijderen, een fout wordt teruggedraaid.
recording = Noteren…
recorded-toast = Genoteerd: { $description }
preparing = Voorbereiden…
exported-toast = { $count ->
    [one] { $count } kasrecord geëxporteerd naar { $file }.
   *[other] { $count } kasrecords geëxporteerd naar { $file }.
}

## Nieuw gesprek, account

start = Starten
starting = Starten…
create-group = Groep aanmaken
creating = Aanmaken…
message-person = Iemand een bericht sturen
new-group = Nieuwe groep
group-name = Groepsnaam
members-hint = Gebruikersnamen, gescheiden door komma's.
your-account = Je account
this-device = Dit apparaat
this-device-value = { $name } (apparaat { $id })
valid-until = Geldig tot
invitations = Uitnodigingen
connection = Verbinding
online = online
offline = offline
offline-reason = offline: { $reason }
renew = Verlengen
renewing = Verlengen…
renewed-toast = Verlengd tot { $date }.
renew-title = Je account verlengen
renewal-code = Verlengingscode
renewal-hint = Je krijgt er een van een beheerder; hij verlengt je account, ook als het al verlopen is.
expires-1-day = 1 dag
expires-7-days = 7 dagen
expires-30-days = 30 dagen
create-invitation = Uitnodiging maken
your-invitations = Je uitnodigingen
copy = Kopiëren
copied = Gekopieerd.
copy-failed = Selecteer de link en kopieer hem.
invitation-created = Uitnodiging gemaakt.
invitation-for = { $count ->
    [one] Voor { $count } persoon, geldig tot { $date }.
   *[other] Voor { $count } personen, geldig tot { $date }.
}
link-for-browser = Link voor een browser:
link-for-cli = Voor de opdrachtregel (conclave join):
invite-row = #{ $id } · { $state } · nog { $left }/{ $total } · tot { $date }
invite-row-joined = #{ $id } · { $state } · nog { $left }/{ $total } · tot { $date } · deelgenomen: { $names }
no-invitations = Nog geen uitnodigingen.
invite-someone = Iemand uitnodigen
number-of-people = Aantal personen
valid-for = Geldig voor
your-devices = Je apparaten
add-device-hint = Om een apparaat toe te voegen, voer je “conclave device link” uit op een apparaat met je account.
lock = Vergrendelen
this-browser = Deze browser
lock-hint = Vergrendelen sluit de sessie; de wachtwoordzin opent hem weer.
device-row = { $name } (apparaat { $id }), toegevoegd op { $date }
device-row-this = { $name } (apparaat { $id }), toegevoegd op { $date } — deze browser
offline-short = Offline.
language = Taal
language-hint = De taal van deze pagina op dit apparaat. “Automatisch” volgt de talen van de browser.
language-auto = Automatisch

## Privé browsen

pb-what-title = Wat privé browsen is
pb-what-1 = Privé browsen stuurt het webverkeer van een apparaat via twee relays in plaats van rechtstreeks naar de site. De ingangsrelay weet wie je bent (je adres) maar niet waar je heen gaat; de uitgangsrelay weet waar je heen gaat (de site) maar niet wie je bent. Geen van beide weet allebei.
pb-what-2 = Tussen je apparaat en de uitgang is het verkeer versleuteld, dus de ingang ziet alleen verzegelde cellen van vaste grootte. Elke relay laat een verbinding alleen toe met een onkoppelbaar token, dat deze server blind ondertekent: hij kan niet zien voor welke verbinding of site een token is gebruikt.
pb-what-3 = Deze pagina leidt zelf niets om: een webpagina kan geen ander verkeer doorgeven. Het conclave-programma op een apparaat doet dat wel (zie “Op dit apparaat gebruiken”).
pb-limits-title = Waartegen het niet beschermt
pb-limits-1 = Twee hops verslaan één nieuwsgierige relay-operator. Ze helpen niet als beide relays van een pad samenwerken, en ook niet tegen een waarnemer die het verkeer aan beide kanten bekijkt en de timing vergelijkt (een globale waarnemer).
pb-limits-2 = Relays van dezelfde operator zijn gemarkeerd in de lijst hieronder, en een pad gebruikt er nooit twee zolang er een relay van een andere operator bestaat. Als maar één operator relays draait, zijn beide hops van die operator en is de splitsing alleen in naam; conclave proxy waarschuwt dan.
pb-limits-3 = Sites zien nog steeds wat je ze stuurt: inloggen, cookies en de vingerafdruk van de browser identificeren je zoals gewoonlijk.
pb-limits-4 = Alleen programma's die op de proxy zijn ingesteld, vallen eronder. Laat de proxy ook namen omzetten (socks5h, bij curl --socks5-hostname, in Firefox “DNS via proxy bij gebruik van SOCKS v5”), anders gaan je DNS-opzoekingen erbuiten om.
pb-allowance-note = Elk circuit kost twee tokens, één per relay; een circuit draagt veel verbindingen en wordt na 10 minuten vernieuwd. Het tegoed wordt om 00:00 UTC vernieuwd.
pb-allowance-title = Tegoed van dit apparaat
pb-per-day = Tokens per dag
pb-left-today = Vandaag over
pb-fetching = De relaylijst ophalen…
relays = Relays
pb-setup = { $first }: voer op een apparaat waar conclave je account heeft { $link } uit, daarna hier { $join } (of { $joininvite } met een uitnodiging).
pb-use-title = Op dit apparaat gebruiken
pb-desktop = Computer (Linux, macOS, Windows)
pb-desktop-install = Installeer de conclave-opdrachtregel en geef hem je account
pb-desktop-run = Voer { $cmd } uit. Het biedt SOCKS5 en HTTP CONNECT op { $addr }, alleen voor deze computer, en toont van elk circuit de ingang en de uitgang.
pb-desktop-chromium = Chromium, Chrome of Edge: start de browser met { $cmd } (namen worden dan door de proxy omgezet). Een apart profiel ({ $profile }) houdt privé browsen gescheiden van je gewone profiel.
pb-desktop-firefox = Firefox: Instellingen → Algemeen → Netwerkinstellingen → Instellingen…: Handmatige proxyconfiguratie, SOCKS-host 127.0.0.1, Poort 1080, SOCKS v5, en vink “DNS via proxy bij gebruik van SOCKS v5” aan.
pb-desktop-curl = Opdrachtregelprogramma's: { $cmd }.
pb-desktop-options = Opties: met { $country } ga je naar buiten via een uitgang in dat land; { $circuit } geeft elke site een eigen circuit.
pb-android = Android-telefoon of -tablet
pb-android-intro = Een browser kan geen SOCKS-proxy draaien, dus moet een programma op de telefoon dat doen:
pb-android-termux = Installeer Termux (via F-Droid), en daarin de conclave-opdrachtregel.
pb-android-account = Geef hem je account
pb-android-run = Voer in Termux { $cmd } uit en laat het draaien (sta Termux in de batterij-instellingen toe op de achtergrond te draaien).
pb-android-wifi = Instellingen → Wi-Fi → je netwerk → Bewerken → Geavanceerd → Proxy: Handmatig, host { $host }, poort { $port }. De proxy-instelling van Android spreekt HTTP CONNECT, wat de proxy op dezelfde poort begrijpt. Browsers die die instelling volgen, gaan op dat Wi-Fi-netwerk via de relays (niet via mobiele data).
pb-android-browser = Of gebruik een browser met eigen proxy-instellingen: SOCKS5 { $socks } met DNS op afstand, of HTTP-proxy { $http } (CONNECT).
pb-ios = iPhone en iPad
pb-ios-text = Nu nog niet beschikbaar. iOS kan een opdrachtregelprogramma niet op de achtergrond laten draaien als lokale proxy (er is geen Termux, en apps worden gepauzeerd), en het verkeer van een telefoon omleiden vraagt om een VPN-achtige app (een Network Extension), die Conclave nog niet heeft. Een telefoon kan ook niet de proxy van een computer lenen: conclave proxy heeft geen wachtwoord, dus luistert hij alleen op zijn eigen machine.
pb-no-tokens = Deze server geeft geen relaytokens uit, dus zijn relays kunnen niet vanaf dit account worden gebruikt.
pb-zero-tokens = De server geeft leden geen relaytokens (het tegoed is 0 per dag).
pb-same-operator = zelfde operator
pb-country-unknown = land onbekend
pb-relay-meta = { $country } · operator { $operator } · { $addr }
pb-relay-meta-ours = { $country } · operator { $operator } (die van deze server) · { $addr }
pb-same-operator-note = Gedraaid door dezelfde operator als { $others } ({ $count } relays): nooit samen gebruikt zolang er een relay van een andere operator is.
pb-no-relays = Deze server vermeldt geen relays.
pb-two-operators = Een pad kan twee relays van verschillende operators gebruiken.
pb-one-operator = Maar één operator draait deze relays, dus beide hops van een pad zijn van die operator: de splitsing is alleen in naam.
pb-no-path = Er kan nog geen pad worden gebouwd: { $reason }.
pb-signed-new = Ondertekend door { $operator } met sleutel { $key }; de handtekening klopt. Dit apparaat onthoudt die sleutel nu en weigert een lijst die met een andere is ondertekend. Geldig tot { $date }.
pb-signed-known = Ondertekend door { $operator } met sleutel { $key }; de handtekening klopt. Het is de sleutel die dit apparaat heeft onthouden, en het weigert een lijst die met een andere is ondertekend. Geldig tot { $date }.

## Oproepen

declined = Geweigerd door { $names }.
join-call = Deelnemen aan oproep
accept = Aannemen
accept-call = De oproep aannemen
accept-video-call = De video-oproep aannemen
decline = Weigeren
is-calling = { $caller } belt
ringing-voice = Spraakoproep · { $conversation }
ringing-video = Video-oproep · { $conversation }
already-in-call = Je zit al in een oproep.
calling = Bellen…
call-failed = De oproep kon niet starten: { $error }
connecting = Verbinden…
your-camera = Je camera
mute = Dempen
unmute = Dempen opheffen
camera-off = Camera uit
camera-on = Camera aan
switch-camera = Camera wisselen
one-camera = Dit apparaat heeft één camera.
hang-up = Ophangen
call-controls = Oproepbediening
tile-name = { $username } · apparaat { $device }
tile-leaf = blad { $leaf }
reconnecting = Opnieuw verbinden…
connection-failed = Verbinding mislukt
ended = Beëindigd
in-call = { $count ->
    [one] { $state } · { $count } in de oproep
   *[other] { $state } · { $count } in de oproep
}

## Bestanden en spraakberichten

file-too-large = Het bestand is groter dan de server accepteert.
file-too-large-max = Het bestand is groter dan de server accepteert (maximaal { $max }).
file-over-quota = Je opslag op de server is vol. Bestanden verlopen na een tijdje; probeer het later opnieuw.
file-too-many = Te veel uploads tegelijk. Probeer het zo opnieuw.
file-grant = De toestemming om te uploaden is verlopen. Probeer het opnieuw.
file-not-found = Het bestand staat niet meer op de server (bestanden verlopen na een tijdje).
file-hash-mismatch = De upload is onderweg beschadigd. Probeer het opnieuw.
file-unavailable = De bestandsopslag van de server is nu niet beschikbaar. Probeer het later opnieuw.
file-busy = De server is bezig met dit bestand. Probeer het zo opnieuw.
file-cut = De verbinding viel weg tijdens het uploaden. Probeer het opnieuw.
file-no-resume = De upload kon niet worden hervat.
file-kept-other = De server heeft een ander deel van het bestand bewaard.
upload-refused = De upload is mislukt: { $reason }
download-refused = De download is mislukt: { $reason }
file-corrupted = Dit bestand is onderweg gewijzigd of beschadigd; het wordt niet getoond.
open-image = De afbeelding { $name } openen
open = Openen
preview-of = Voorbeeld van { $name }
image-unreadable = Deze afbeelding kan hier niet worden getoond; deze browser kan dit formaat niet lezen.
play-voice-note = Het spraakbericht { $name } afspelen
recording-unplayable = Deze opname kan niet in deze browser worden afgespeeld.
download = Downloaden
download-name = { $name } downloaden
save-again = Opnieuw opslaan
close = Sluiten
play-name = { $name } afspelen
pause-name = { $name } pauzeren
position = Positie

## Meldingen

notifications = Meldingen
hide-contents = Inhoud in meldingen verbergen
push-blocked = Meldingen zijn voor deze site geblokkeerd: sta ze toe in de site-instellingen van de browser.
push-not-allowed = Meldingen zijn niet toegestaan.
push-no-server = Deze server stuurt geen pushmeldingen.
push-no-service = De pushdienst van deze browser gaf geen antwoord (geen netwerk, of een browser zonder pushdienst).
push-unsupported = Deze browser kan geen pushmeldingen tonen (op iPhone en iPad: zet Conclave eerst op het beginscherm).
push-on-hidden = Aan: meldingen zeggen “Nieuw bericht” en verder niets.
push-on = Aan: meldingen tonen wie wat schreef, ontsleuteld op dit apparaat.
push-off = Uit. De pushberichten van de server zeggen alleen “iets nieuws”; dit apparaat ontsleutelt de rest.
new-message = Nieuw bericht

## Oproepen in de geschiedenis, oproeptegels, uitnodigingsstatus

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
tile-waiting-keys = wacht op sleutels
tile-cant-decrypt = kan niet ontsleutelen ({ $reason })
tile-key-mismatch = hun sleutel komt niet overeen met die van dit apparaat: andere MLS-epoch of geen lid
invite-open = open
invite-used = opgebruikt
invite-expired = verlopen
invite-revoked = ingetrokken

## Typing indicators
typing-one = { $name } typt…
typing-two = { $first } en { $second } typen…
typing-several = Meerdere mensen typen…
typing-title = Typindicatoren
typing-setting = Tonen wanneer anderen typen, en hen laten zien wanneer ik typ
typing-hint = Uitgeschakeld verstuurt en toont dit apparaat ze niet. Ze bereiken alleen leden die nu online zijn; de server bewaart er geen.

## History from another device
toast-history-imported = De geschiedenis van je apparaat { $device } is aangekomen (items: { $count }; gesprekken: { $conversations }).
history-note = De geschiedenis hierboven kwam van je apparaat { $device } (verstuurd { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Inkomende oproep
push-ring-body = Open Conclave om op te nemen
push-title-group = { $sender } in { $conversation }

# Conclave: Norwegian Bokmål (Norsk bokmål), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Start, bli med, koble til, lås opp

boot-loading = Laster inn…
boot-failed = Conclave kunne ikke starte: { $error }
boot-other-tab = Conclave er allerede åpen i en annen fane eller et annet vindu i denne nettleseren. Lukk den, og last inn denne siden på nytt.
working = Arbeider…
wrong-passphrase = Feil passordfrase. { $detail }. Prøv igjen.
tagline = Ende-til-ende-kryptert meldingstjeneste, kun med invitasjon. Nøklene dine lages og oppbevares i denne nettleseren.
passphrase = Passordfrase
passphrase-hint = Minst 8 tegn. Den krypterer nøklene og historikken til denne enheten i denne nettleseren og forlater den aldri; glemmer du den, kan ikke kopien i denne nettleseren åpnes.
passphrase-again = Gjenta passordfrasen
passphrase-differ = De to passordfrasene er ulike.
join-title = Bli med via en invitasjon
join-link = Invitasjonslenke
join-link-hint = https://…/join#code=… eller conclave://…/join#code=…
username = Brukernavn
username-hint = 3 til 32 tegn: a–z, 0–9, «.», «_», «-».
device-name = Navn på denne enheten
join-button = Bli med
joining = Blir med…
link-title = Koble denne nettleseren til kontoen din
link-intro = På en enhet som har kontoen din, kjør «conclave device link» og lim inn lenken den skriver ut. Den enheten legger deretter denne nettleseren til i samtalene dine.
link-link = Enhetslenke
link-link-hint = https://…/device#code=… eller conclave://…/device#code=…
link-button = Koble til denne nettleseren
linking = Kobler til…
unlock-title = Lås opp Conclave
unlock-holds = Denne nettleseren har enheten «{ $device }» til { $username }.
unlock-button = Lås opp
unlocking = Låser opp…
unlock-link-ignored = Denne nettleseren har allerede en Conclave-enhet; lenken du åpnet, brukes ikke. For å bruke den må du først fjerne denne enheten fra denne nettleseren.
unlock-forgot = Glemt passordfrasen? Kopien i denne nettleseren kan ikke åpnes uten den. Fjern den her, og koble denne nettleseren til igjen fra en annen av enhetene dine.
forget-button = Fjern denne enheten fra denne nettleseren
forget-confirm = Fjerne enheten til { $username } fra denne nettleseren? Nøklene og historikken her slettes; kontoen din og de andre enhetene dine blir værende.

## Hovedvinduet

conversations = Samtaler
new-button = Ny
new-conversation = Ny samtale
private-button = Privat
private-browsing = Privat surfing
account-button = Konto
account = Konto
details = Detaljer
call-button = Ring
call-start = Start en samtale
call-voice = Taleanrop
video-button = Video
video-start = Start en videosamtale
video-call = Videosamtale
ledger = Kasse
ledger-button-title = Felles utgifter og saldoer
messages = Meldinger
composer-placeholder = Melding
send = Send
sending = Sender…
attach = Legg ved en fil
take-photo = Ta et bilde
voice-hold = Hold inne for å ta opp en talemelding
back-chats = ‹ Chatter
back-to-conversations = Tilbake til samtalene
back = ‹ Tilbake
close-panel = Lukk panelet
conversation-panels = Samtalepaneler
members = Medlemmer
choose-conversation = Velg en samtale, eller start en med «Ny».
call = Anrop

## Status og bannere

status-online = { $username } · pålogget
status-offline = { $username } · frakoblet
status-expired = { $username } · utløpt
status-replaced = { $username } · erstattet
status-refused = { $username } · avvist
status-connecting = { $username } · kobler til
banner-expired = Kontoen din har utløpt. Løs inn en fornyelseskode under Konto for å fortsette.
banner-replaced = Conclave ble åpnet for denne enheten et annet sted; denne siden stoppet. Last inn på nytt for å bruke den her.
banner-refused = Serveren avviste denne enheten: { $reason }
banner-offline = Frakoblet: viser det denne nettleseren har. { $reason }
banner-expires-soon = Kontoen din utløper { $date }. Be en administrator om en fornyelseskode.
conn-expired = Kontoen din har utløpt: forny den under Konto.
conn-offline = Frakoblet: du kan lese; sending virker igjen når du er tilkoblet på nytt.
expiry-unknown = ukjent (frakoblet)
expiry-expired = { $date } (utløpt)
expiry-days = { $days ->
    [one] { $date } ({ $days } dag)
   *[other] { $date } ({ $days } dager)
}

## Samtalelisten og meldingene

you = Du
last-message = { $who }: { $text }
ledger-line = Kasse: { $text }
group-created = Gruppe opprettet
no-messages-yet = Ingen meldinger ennå
no-conversations = Ingen samtaler ennå.
not-on-device = Denne samtalen finnes ikke på denne enheten.
conversation = Samtale
removed-banner = Du ble fjernet fra denne samtalen. Du mottar ikke lenger meldingene i den.
membership-added = { $who } la til { $names }
membership-removed = { $who } fjernet { $names }
membership-added-removed = { $who } la til { $added } og fjernet { $removed }
membership-keys = { $who } oppdaterte nøklene
unreadable-message = Uleselig melding ({ $reason })
handover-mine = Enheten din overleverte kassens tidligere poster til enhetene som ble med.
handover-theirs = Enheten til { $sender } overleverte kassens tidligere poster til enhetene som ble med.
open-ledger-link = Kasse ›
open-ledger = Åpne kassen
joined-here = Du ble med i denne samtalen på denne enheten.
empty-conversation = Ingen meldinger ennå. Meldinger er ende-til-ende-kryptert.
upload-sending = Sender { $name }…
upload-failed = { $name }: { $error }
dismiss = Lukk
record-failed = Kan ikke ta opp: { $error }
record-hold = Hold inne mikrofonknappen for å ta opp en talemelding.
toast-added-to-conversation = Du ble lagt til i en samtale.
toast-fell-behind = Denne enheten kom på etterskudd i en samtale og venter på å bli lagt til igjen.
invites-admin = ingen kvote (administrator)
invites-left = { $count } igjen

## Medlemmer

no-longer-member = Du er ikke lenger medlem av denne samtalen.
safety-number = Sikkerhetsnummer
safety-number-with = Sikkerhetsnummer med { $username }
remove = Fjern
remove-member = Fjern { $username }
remove-confirm = Fjerne { $username } fra { $conversation }? Vedkommende kan ikke lese senere meldinger.
removing = Fjerner…
removed-toast = Fjernet { $username }.
devices-line = { $count ->
    [one] enhet { $ids }
   *[other] enheter { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = enhet ({ $id })
member-you = { $username } (deg)
members-summary = { $count ->
    [one] { $count } medlem · epoke { $epoch }
   *[other] { $count } medlemmer · epoke { $epoch }
}
add = Legg til
adding = Legger til…
added-toast = La til { $names }.
add-members = Legg til medlemmer
add-members-hint = Brukernavn, skilt med komma. Alle enhetene deres blir med.
leave = Forlat denne samtalen
leave-confirm = Forlate { $conversation } på alle enhetene dine?
leaving = Forlater…
epoch-authenticator = Epoke-autentisering (den samme på enheten til hvert medlem): { $code }
loading = Laster inn…
safety-verified = bekreftet
safety-changed = NØKLENE ER ENDRET siden du bekreftet
safety-unverified = ikke bekreftet
mark-verified = Merk som bekreftet
saving = Lagrer…
verified-toast = { $username } er merket som bekreftet.
safety-with = Sikkerhetsnummer med { $username } { $badge }
safety-hint = Sammenlign det med vedkommendes, ansikt til ansikt eller via en annen kanal. Stemmer det, merk vedkommende som bekreftet: en senere endring av nøklene vises da tydelig.

## Kassen

ledger-paid-by = Betalt av
ledger-paid-to = Betalt til / for
ledger-owed-to = Skyldes til
ledger-owed-by = Skyldes av
split-to = Alt til ett medlem
split-equal = Del likt
split-exact = Del etter beløp
split-weights = Del etter vekt
badge-reversed = tilbakeført
badge-reversal = tilbakeføring
badge-refused = avvist
badge-unreadable = uleselig
device-id = enhet { $id }
device-id-named = enhet { $id } ({ $name })
entries = Poster
entries-count = Poster ({ $count })
export-csv = Last ned CSV
export-json = Last ned JSON
balances = Saldoer
export = Eksporter
export-hint = CSV: én rad per medlem per post (summert per medlem og valuta: saldoene). JSON: alle oppføringer, saldoene og oppgjøret.
discrepancy-title = Advarsel: en kasse som ble overlevert til en ny enhet, er ulik din.
discrepancy = Enheten { $device } til { $by } (melding { $seq }) overleverte en kasse til nykommerne som ikke stemmer med det denne enheten har: { $detail }. Saldoene deres kan avvike fra dine; sammenlign med { $by }.
ledger-unreadable = { $count ->
    [one] { $count } post ble skrevet av en nyere Conclave og kan ikke leses her; saldoene utelater den til du oppdaterer.
   *[other] { $count } poster ble skrevet av en nyere Conclave og kan ikke leses her; saldoene utelater dem til du oppdaterer.
}
handed-over-mine = Denne enheten ble med ved melding { $seq }: postene før den er slik enheten din { $device } overleverte dem.
handed-over-theirs = Denne enheten ble med ved melding { $seq }: postene før den er slik enheten { $device } til { $by } overleverte dem.
ledger-empty = Ingen poster ennå. Før opp en felles utgift, en betaling eller en gjeld nedenfor; alle medlemmer ser de samme saldoene.
balances-in = Saldoer i { $currency }
balance-owed = har til gode
balance-owes = skylder
balance-settled = gjort opp
settle-title = For å gjøre opp
settle-you-pay = Du betaler { $to } { $amount } { $currency }
settle-pays-you = { $from } betaler deg { $amount } { $currency }
settle-pays = { $from } betaler { $to } { $amount } { $currency }
all-settled = Alt er gjort opp.
records-empty = Postene vises her i den rekkefølgen serveren plasserte dem, lik på alle enheter.
recorded-by-you = { $day } · ført opp av deg fra { $device } kl. { $time }
recorded-by = { $day } · ført opp av { $member } fra { $device } kl. { $time }
reference-line = Referanse: { $reference }
reversed-by-you = Tilbakeført av deg (post { $entry }); telles ikke lenger.
reversed-by = Tilbakeført av { $member } (post { $entry }); telles ikke lenger.
reversed-by-someone = Tilbakeført av noen (post { $entry }); telles ikke lenger.
undoes = Angrer: { $description }
refused-everywhere = Avvist av alle enheter den kom til; den endrer ingen saldo.
handed-by-mine = Overlevert av enheten din { $device } da denne enheten ble med
handed-by-theirs = Overlevert av enheten { $device } til { $username } da denne enheten ble med
reverse-toggle = Tilbakefør…
reverse-entry-label = Tilbakefør post { $entry }
reverse-entry = Tilbakefør post
cancel = Avbryt
reverse-why = Hvorfor (valgfritt)
reverse-hint = Posten blir værende i historikken, merket som tilbakeført; virkningen på saldoene oppheves på alle enheter.
reversing = Tilbakefører…
reversed-toast = Tilbakeført: { $description }
kind-payment = Betaling: noen betalte
kind-debt = Gjeld: noen skylder
record-entry = Før opp post
member = Medlem
split-equal-among = Del likt mellom
split-equal-hint = Ta med den som betalte for å gi vedkommende en andel også. En rest på en øre går til de første medlemmene på listen.
weights-legend = Vekter (f.eks. 2 og 1: to tredjedeler og én tredjedel)
amounts-legend = Beløp (som til sammen blir totalen)
share-empty-hint = La et medlem stå tomt for å ikke gi vedkommende noen andel.
will-record = Føres opp: { $description }
will-record-shares = Føres opp: { $description } — { $shares } { $currency }
amount = Beløp
currency = Valuta
add-entry-form = Legg til en post i kassen
what-happened = Hva skjedde
date = Dato
memo-optional = Notat (valgfritt)
reference-optional = Referanse (valgfritt)
reference-hint = Et fakturanummer, en overførings-ID…
add-entry = Legg til en post
ledger-intro = Poster er ende-til-ende-krypterte meldinger; ingen kan redigere eller slette en, en feil tilbakeføres.
recording = Fører opp…
recorded-toast = Ført opp: { $description }
preparing = Forbereder…
exported-toast = { $count ->
    [one] Eksporterte { $count } kassepost til { $file }.
   *[other] Eksporterte { $count } kasseposter til { $file }.
}

## Ny samtale, konto

start = Start
starting = Starter…
create-group = Opprett gruppe
creating = Oppretter…
message-person = Send melding til en person
new-group = Ny gruppe
group-name = Gruppenavn
members-hint = Brukernavn, skilt med komma.
your-account = Kontoen din
this-device = Denne enheten
this-device-value = { $name } (enhet { $id })
valid-until = Gyldig til
invitations = Invitasjoner
connection = Tilkobling
online = pålogget
offline = frakoblet
offline-reason = frakoblet: { $reason }
renew = Forny
renewing = Fornyer…
renewed-toast = Fornyet til { $date }.
renew-title = Forny kontoen din
renewal-code = Fornyelseskode
renewal-hint = En administrator gir deg en; den forlenger kontoen din, også etter at den har utløpt.
expires-1-day = 1 dag
expires-7-days = 7 dager
expires-30-days = 30 dager
create-invitation = Opprett invitasjon
your-invitations = Invitasjonene dine
copy = Kopier
copied = Kopiert.
copy-failed = Merk lenken og kopier den.
invitation-created = Invitasjonen er opprettet.
invitation-for = { $count ->
    [one] For { $count } person, gyldig til { $date }.
   *[other] For { $count } personer, gyldig til { $date }.
}
link-for-browser = Lenke for en nettleser:
link-for-cli = For kommandolinjen (conclave join):
invite-row = #{ $id } · { $state } · { $left }/{ $total } igjen · til { $date }
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } igjen · til { $date } · ble med: { $names }
no-invitations = Ingen invitasjoner ennå.
invite-someone = Inviter noen
number-of-people = Antall personer
valid-for = Gyldig i
your-devices = Enhetene dine
add-device-hint = For å legge til en enhet, kjør «conclave device link» på en som har kontoen din.
lock = Lås
this-browser = Denne nettleseren
lock-hint = Låsing lukker økten; passordfrasen åpner den igjen.
device-row = { $name } (enhet { $id }), lagt til { $date }
device-row-this = { $name } (enhet { $id }), lagt til { $date } — denne nettleseren
offline-short = Frakoblet.
language = Språk
language-hint = Språket på denne siden på denne enheten. «Automatisk» følger nettleserens språk.
language-auto = Automatisk

## Privat surfing

pb-what-title = Hva privat surfing er
pb-what-1 = Privat surfing sender nettrafikken til en enhet gjennom to reléer i stedet for rett til nettstedet. Inngangsreléet får vite hvem du er (adressen din), men ikke hvor du går; utgangsreléet får vite hvor du går (nettstedet), men ikke hvem du er. Ingen av dem får vite begge deler.
pb-what-2 = Mellom enheten din og utgangen er trafikken kryptert, så inngangen ser bare forseglede celler av fast størrelse. Hvert relé slipper bare inn en tilkobling med et token som ikke kan kobles til deg, og som denne serveren signerer blindt: den kan ikke se hvilken tilkobling eller hvilket nettsted et token ble brukt på.
pb-what-3 = Denne siden ruter ikke noe selv: en nettside kan ikke føre annen trafikk. Det gjør conclave-programmet på en enhet (se «Bruk det på denne enheten»).
pb-limits-title = Hva det ikke beskytter mot
pb-limits-1 = To hopp slår en nysgjerrig reléoperatør. De hjelper ikke hvis begge reléene i en rute samarbeider, og heller ikke mot en observatør som overvåker trafikken i begge ender og sammenligner tidspunktene (en global observatør).
pb-limits-2 = Reléer som drives av samme operatør, er merket i listen nedenfor, og en rute bruker aldri to av dem når det finnes et relé fra en annen operatør. Når bare én operatør driver reléer, er begge hoppene deres, og delingen er bare nominell; conclave proxy advarer da.
pb-limits-3 = Nettsteder ser fortsatt det du sender dem: innlogging, informasjonskapsler og nettleserens fingeravtrykk identifiserer deg som vanlig.
pb-limits-4 = Bare programmer som er pekt mot proxyen, er dekket. La proxyen også slå opp navn (socks5h, --socks5-hostname i curl, «Proxy-DNS» i Firefox), ellers går DNS-oppslagene dine utenom den.
pb-allowance-note = Hver krets bruker to tokener, ett for hvert relé; en krets fører mange tilkoblinger og fornyes etter 10 minutter. Kvoten fornyes kl. 00:00 UTC.
pb-allowance-title = Kvoten til denne enheten
pb-per-day = Tokener per dag
pb-left-today = Igjen i dag
pb-fetching = Henter relékatalogen…
relays = Reléer
pb-setup = { $first }: på en enhet der conclave har kontoen din, kjør { $link }, og deretter her { $join } (eller { $joininvite } med en invitasjon).
pb-use-title = Bruk det på denne enheten
pb-desktop = Datamaskin (Linux, macOS, Windows)
pb-desktop-install = Installer conclave-kommandolinjen og gi den kontoen din
pb-desktop-run = Kjør { $cmd }. Den tilbyr SOCKS5 og HTTP CONNECT på { $addr }, bare for denne datamaskinen, og skriver ut inngangen og utgangen til hver krets.
pb-desktop-chromium = Chromium, Chrome eller Edge: start den med { $cmd } (navn slås da opp av proxyen). En egen profil ({ $profile }) holder privat surfing atskilt fra den vanlige profilen din.
pb-desktop-firefox = Firefox: Innstillinger → Generelt → Nettverksinnstillinger → Innstillinger…: Manuell proxy-konfigurasjon, SOCKS-vert 127.0.0.1, Port 1080, SOCKS v5, og huk av for «Proxy-DNS ved bruk av SOCKS v5».
pb-desktop-curl = Kommandolinjeverktøy: { $cmd }.
pb-desktop-options = Alternativer: { $country } går ut gjennom en utgang i det landet; { $circuit } gir hvert nettsted sin egen krets.
pb-android = Android-telefon eller -nettbrett
pb-android-intro = En nettleser kan ikke kjøre en SOCKS-proxy, så et program på telefonen må gjøre det:
pb-android-termux = Installer Termux (fra F-Droid), og i det conclave-kommandolinjen.
pb-android-account = Gi den kontoen din
pb-android-run = Kjør { $cmd } i Termux og la den kjøre (la Termux kjøre i bakgrunnen i batteriinnstillingene).
pb-android-wifi = Innstillinger → Wi-Fi → nettverket ditt → Endre → Avanserte alternativer → Proxy: Manuell, vert { $host }, port { $port }. Androids proxy-innstilling bruker HTTP CONNECT, som proxyen forstår på samme port. Nettlesere som følger den, går gjennom reléene på det Wi-Fi-nettverket (ikke på mobildata).
pb-android-browser = Eller bruk en nettleser med egne proxy-innstillinger: SOCKS5 { $socks } med ekstern DNS, eller HTTP-proxy { $http } (CONNECT).
pb-ios = iPhone og iPad
pb-ios-text = Ikke tilgjengelig i dag. iOS har ingen måte å holde et kommandolinjeprogram kjørende i bakgrunnen som lokal proxy (det finnes ingen Termux, og apper settes på pause), og å føre telefonens trafikk krever en VPN-lignende app (en Network Extension), som Conclave ikke har ennå. En telefon kan heller ikke låne en datamaskins proxy: conclave proxy har ikke noe passord, så den lytter bare på sin egen maskin.
pb-no-tokens = Denne serveren utsteder ingen relétokener, så reléene kan ikke brukes fra denne kontoen.
pb-zero-tokens = Serveren gir ikke medlemmene noen relétokener (kvoten er 0 per dag).
pb-same-operator = samme operatør
pb-country-unknown = ukjent land
pb-relay-meta = { $country } · operatør { $operator } · { $addr }
pb-relay-meta-ours = { $country } · operatør { $operator } (denne serverens) · { $addr }
pb-same-operator-note = Drives av samme operatør som { $others } ({ $count } reléer): brukes aldri sammen så lenge det finnes et relé fra en annen operatør.
pb-no-relays = Denne serveren har ingen reléer oppført.
pb-two-operators = En rute kan bruke to reléer fra ulike operatører.
pb-one-operator = Bare én operatør driver disse reléene, så begge hoppene i en rute er deres: delingen er bare nominell.
pb-no-path = Ingen rute kan bygges ennå: { $reason }.
pb-signed-new = Signert av { $operator } med nøkkelen { $key }; signaturen stemmer. Denne enheten husker nå den nøkkelen og avviser en katalog som er signert av en annen. Gyldig til { $date }.
pb-signed-known = Signert av { $operator } med nøkkelen { $key }; signaturen stemmer. Det er nøkkelen denne enheten husket, og den avviser en katalog som er signert av en annen. Gyldig til { $date }.

## Anrop

declined = { $names } avslo.
join-call = Bli med i samtalen
accept = Godta
accept-call = Godta anropet
accept-video-call = Godta videoanropet
decline = Avslå
is-calling = { $caller } ringer
ringing-voice = Taleanrop · { $conversation }
ringing-video = Videoanrop · { $conversation }
already-in-call = Du er allerede i en samtale.
calling = Ringer…
call-failed = Anropet kunne ikke starte: { $error }
connecting = Kobler til…
your-camera = Kameraet ditt
mute = Demp
unmute = Slå på lyd
camera-off = Kamera av
camera-on = Kamera på
switch-camera = Bytt kamera
one-camera = Denne enheten har ett kamera.
hang-up = Legg på
call-controls = Anropskontroller
tile-name = { $username } · enhet { $device }
tile-leaf = blad { $leaf }
reconnecting = Kobler til igjen…
connection-failed = Tilkoblingen mislyktes
ended = Avsluttet
in-call = { $count ->
    [one] { $state } · { $count } i samtalen
   *[other] { $state } · { $count } i samtalen
}

## Filer og talemeldinger

file-too-large = Filen er større enn serveren godtar.
file-too-large-max = Filen er større enn serveren godtar (maks. { $max }).
file-over-quota = Lagringsplassen din på serveren er full. Filer utløper etter en stund; prøv igjen senere.
file-too-many = For mange opplastinger samtidig. Prøv igjen om et øyeblikk.
file-grant = Tillatelsen til å laste opp har utløpt. Prøv igjen.
file-not-found = Filen finnes ikke lenger på serveren (filer utløper etter en stund).
file-hash-mismatch = Opplastingen ble skadet underveis. Prøv igjen.
file-unavailable = Fillageret på serveren er utilgjengelig akkurat nå. Prøv igjen senere.
file-busy = Serveren er opptatt med denne filen. Prøv igjen om et øyeblikk.
file-cut = Tilkoblingen ble brutt under opplastingen. Prøv igjen.
file-no-resume = Opplastingen kunne ikke gjenopptas.
file-kept-other = Serveren beholdt en annen del av filen.
upload-refused = Opplastingen mislyktes: { $reason }
download-refused = Nedlastingen mislyktes: { $reason }
file-corrupted = Denne filen ble endret eller skadet underveis; den vises ikke.
open-image = Åpne bildet { $name }
open = Åpne
preview-of = Forhåndsvisning av { $name }
image-unreadable = Dette bildet kan ikke vises her; det er ikke et bilde denne nettleseren kan lese.
play-voice-note = Spill av talemeldingen { $name }
recording-unplayable = Dette opptaket kan ikke spilles av i denne nettleseren.
download = Last ned
download-name = Last ned { $name }
save-again = Lagre igjen
close = Lukk
play-name = Spill av { $name }
pause-name = Sett { $name } på pause
position = Posisjon

## Varsler

notifications = Varsler
hide-contents = Skjul innholdet i varsler
push-blocked = Varsler er blokkert for dette nettstedet: tillat dem i nettleserens nettstedsinnstillinger.
push-not-allowed = Varsler ble ikke tillatt.
push-no-server = Denne serveren sender ingen push-varsler.
push-no-service = Push-tjenesten til denne nettleseren svarte ikke (ikke noe nettverk, eller en nettleser uten en slik tjeneste).
push-unsupported = Denne nettleseren kan ikke vise push-varsler (på iPhone og iPad: legg først Conclave til på Hjem-skjermen).
push-on-hidden = På: varslene sier «Ny melding» og ingenting annet.
push-on = På: varslene viser hvem som skrev og hva, lest på denne enheten.
push-off = Av. Serverens push-meldinger sier bare «noe nytt»; denne enheten dekrypterer resten.
new-message = Ny melding

## Anrop i historikken, anropsruter, invitasjonsstatus

call-held-audio = Anrop, { $duration }, { $people ->
    [one] { $people } person
   *[other] { $people } personer
}
call-held-video = Videosamtale, { $duration }, { $people ->
    [one] { $people } person
   *[other] { $people } personer
}
call-missed-audio = Tapt anrop fra { $from }
call-missed-video = Tapt videosamtale fra { $from }
call-missed-declined-audio = Tapt anrop fra { $from } (avvist)
call-missed-declined-video = Tapt videosamtale fra { $from } (avvist)
call-not-answered-audio = Anropet ble ikke besvart
call-not-answered-video = Videosamtalen ble ikke besvart
call-declined-by-audio = Anropet ble avvist av { $names }
call-declined-by-video = Videosamtalen ble avvist av { $names }
call-ringing-audio = { $caller } ringer (anrop)
call-ringing-video = { $caller } ringer (videosamtale)
call-in-progress-audio = Pågående anrop, { $count ->
    [one] { $count } person
   *[other] { $count } personer
} i det ({ $names })
call-in-progress-video = Pågående videosamtale, { $count ->
    [one] { $count } person
   *[other] { $count } personer
} i den ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } t { $min } min
tile-waiting-keys = venter på nøkler
tile-cant-decrypt = kan ikke dekryptere ({ $reason })
tile-key-mismatch = nøkkelen til vedkommende samsvarer ikke med denne enhetens: annen MLS-epoke eller ikke medlem
invite-open = åpen
invite-used = brukt
invite-expired = utløpt
invite-revoked = tilbakekalt

## Typing indicators
typing-one = { $name } skriver…
typing-two = { $first } og { $second } skriver…
typing-several = Flere personer skriver…
typing-title = Skriveindikatorer
typing-setting = Vis når andre skriver, og la dem se når jeg gjør det
typing-hint = Når det er slått av, verken sender eller viser denne enheten dem. De når bare medlemmer som er pålogget nå; serveren lagrer ingen.

## History from another device
toast-history-imported = Historikk fra enheten din { $device } har kommet (oppføringer: { $count }; samtaler: { $conversations }).
history-note = Historikken over kom fra enheten din { $device } (sendt { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Innkommende anrop
push-ring-body = Åpne Conclave for å svare
push-title-group = { $sender } i { $conversation }

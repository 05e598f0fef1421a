# Conclave: Danish (Dansk), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Start, deltag, forbind, lås op

boot-loading = Indlæser…
boot-failed = Conclave kunne ikke starte: { $error }
boot-other-tab = Conclave er allerede åben i en anden fane eller et andet vindue i denne browser. Luk den, og genindlæs så denne side.
working = Arbejder…
wrong-passphrase = Forkert adgangssætning. { $detail }. Prøv igen.
tagline = Beskeder kun med invitation, end-to-end-krypteret. Dine nøgler laves og opbevares i denne browser.
passphrase = Adgangssætning
passphrase-hint = Mindst 8 tegn. Den krypterer denne enheds nøgler og historik i denne browser og forlader den aldrig; glemmer du den, kan browserens kopi ikke åbnes.
passphrase-again = Gentag adgangssætningen
passphrase-differ = De to adgangssætninger er ikke ens.
join-title = Deltag med en invitation
join-link = Invitationslink
join-link-hint = https://…/join#code=… eller conclave://…/join#code=…
username = Brugernavn
username-hint = 3 til 32 tegn: a–z, 0–9, ».«, »_«, »-«.
device-name = Navn på denne enhed
join-button = Deltag
joining = Deltager…
link-title = Forbind denne browser med din konto
link-intro = Kør »conclave device link« på en enhed, der har din konto, og indsæt det link, den udskriver. Den enhed tilføjer så denne browser til dine samtaler.
link-link = Enhedslink
link-link-hint = https://…/device#code=… eller conclave://…/device#code=…
link-button = Forbind denne browser
linking = Forbinder…
unlock-title = Lås Conclave op
unlock-holds = Denne browser indeholder enheden »{ $device }«, som tilhører { $username }.
unlock-button = Lås op
unlocking = Låser op…
unlock-link-ignored = Denne browser har allerede en Conclave-enhed; det link, du åbnede, bruges ikke. Vil du bruge det, så fjern først denne enhed fra denne browser.
unlock-forgot = Glemt adgangssætningen? Browserens kopi kan ikke åbnes uden den. Fjern den her, og forbind denne browser igen fra en af dine andre enheder.
forget-button = Fjern denne enhed fra denne browser
forget-confirm = Fjern enheden, der tilhører { $username }, fra denne browser? Dens nøgler og historik her slettes; din konto og dine andre enheder bliver.

## Hovedvisningen

conversations = Samtaler
new-button = Ny
new-conversation = Ny samtale
private-button = Privat
private-browsing = Privat browsing
account-button = Konto
account = Konto
details = Detaljer
call-button = Ring op
call-start = Start et opkald
call-voice = Taleopkald
video-button = Video
video-start = Start et videoopkald
video-call = Videoopkald
ledger = Kasse
ledger-button-title = Fælles udgifter og saldi
messages = Beskeder
composer-placeholder = Besked
send = Send
sending = Sender…
attach = Vedhæft en fil
take-photo = Tag et billede
voice-hold = Hold nede for at optage en talebesked
back-chats = ‹ Chats
back-to-conversations = Tilbage til samtalerne
back = ‹ Tilbage
close-panel = Luk panelet
conversation-panels = Samtalepaneler
members = Medlemmer
choose-conversation = Vælg en samtale, eller start en med »Ny«.
call = Opkald

## Status og bannere

status-online = { $username } · online
status-offline = { $username } · offline
status-expired = { $username } · udløbet
status-replaced = { $username } · erstattet
status-refused = { $username } · afvist
status-connecting = { $username } · forbinder
banner-expired = Din konto er udløbet. Indløs en fornyelseskode under Konto for at fortsætte.
banner-replaced = Conclave blev åbnet for denne enhed et andet sted; denne side er stoppet. Genindlæs for at bruge den her.
banner-refused = Serveren afviste denne enhed: { $reason }
banner-offline = Offline: viser det, denne browser har. { $reason }
banner-expires-soon = Din konto udløber den { $date }. Bed en administrator om en fornyelseskode.
conn-expired = Din konto er udløbet: forny den under Konto.
conn-offline = Offline: du kan læse; afsendelse virker igen, når forbindelsen er tilbage.
expiry-unknown = ukendt (offline)
expiry-expired = { $date } (udløbet)
expiry-days = { $days ->
    [one] { $date } ({ $days } dag)
   *[other] { $date } ({ $days } dage)
}

## Samtalelisten og beskederne

you = Dig
last-message = { $who }: { $text }
ledger-line = Kasse: { $text }
group-created = Gruppe oprettet
no-messages-yet = Ingen beskeder endnu
no-conversations = Ingen samtaler endnu.
not-on-device = Denne samtale findes ikke på denne enhed.
conversation = Samtale
removed-banner = Du er blevet fjernet fra denne samtale. Du modtager ikke længere dens beskeder.
membership-added = { $who } tilføjede { $names }
membership-removed = { $who } fjernede { $names }
membership-added-removed = { $who } tilføjede { $added } og fjernede { $removed }
membership-keys = { $who } opdaterede nøglerne
unreadable-message = Ulæselig besked ({ $reason })
handover-mine = Din enhed overdrog kassens tidligere poster til de enheder, der kom med.
handover-theirs = Enheden hos { $sender } overdrog kassens tidligere poster til de enheder, der kom med.
open-ledger-link = Kasse ›
open-ledger = Åbn kassen
joined-here = Du kom med i denne samtale på denne enhed.
empty-conversation = Ingen beskeder endnu. Beskeder er end-to-end-krypterede.
upload-sending = Sender { $name }…
upload-failed = { $name }: { $error }
dismiss = Luk
record-failed = Kan ikke optage: { $error }
record-hold = Hold mikrofonknappen nede for at optage en talebesked.
toast-added-to-conversation = Du er blevet tilføjet til en samtale.
toast-fell-behind = Denne enhed er kommet bagud i en samtale og venter på at blive tilføjet igen.
invites-admin = ingen kvote (administrator)
invites-left = { $count } tilbage

## Medlemmer

no-longer-member = Du er ikke længere medlem af denne samtale.
safety-number = Sikkerhedsnummer
safety-number-with = Sikkerhedsnummer med { $username }
remove = Fjern
remove-member = Fjern { $username }
remove-confirm = Fjern { $username } fra { $conversation }? Personen kan ikke læse senere beskeder.
removing = Fjerner…
removed-toast = { $username } blev fjernet.
devices-line = { $count ->
    [one] enhed { $ids }
   *[other] enheder { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = enhed ({ $id })
member-you = { $username } (dig)
members-summary = { $count ->
    [one] { $count } medlem · epoke { $epoch }
   *[other] { $count } medlemmer · epoke { $epoch }
}
add = Tilføj
adding = Tilføjer…
added-toast = { $names } blev tilføjet.
add-members = Tilføj medlemmer
add-members-hint = Brugernavne, adskilt med kommaer. Alle deres enheder kommer med.
leave = Forlad denne samtale
leave-confirm = Forlad { $conversation } på alle dine enheder?
leaving = Forlader…
epoch-authenticator = Epoke-autentifikator (den samme på hvert medlems enhed): { $code }
loading = Indlæser…
safety-verified = bekræftet
safety-changed = NØGLER ÆNDRET siden du bekræftede
safety-unverified = ikke bekræftet
mark-verified = Markér som bekræftet
saving = Gemmer…
verified-toast = { $username } er markeret som bekræftet.
safety-with = Sikkerhedsnummer med { $username } { $badge }
safety-hint = Sammenlign det med den andens, personligt eller via en anden kanal. Hvis det passer, så markér personen som bekræftet: en senere ændring af personens nøgler vises så tydeligt.

## Kassen

ledger-paid-by = Betalt af
ledger-paid-to = Betalt til / for
ledger-owed-to = Skal have
ledger-owed-by = Skylder
split-to = Alt til ét medlem
split-equal = Del ligeligt
split-exact = Del efter beløb
split-weights = Del efter vægte
badge-reversed = tilbageført
badge-reversal = tilbageførsel
badge-refused = afvist
badge-unreadable = ulæselig
device-id = enhed { $id }
device-id-named = enhed { $id } ({ $name })
entries = Poster
entries-count = Poster ({ $count })
export-csv = Download CSV
export-json = Download JSON
balances = Saldi
export = Eksportér
export-hint = CSV: én række pr. medlem pr. post (summeret pr. medlem og valuta giver det saldiene). JSON: hver post, saldiene og afregningen.
discrepancy-title = Advarsel: en kasse, der blev overdraget til en ny enhed, afviger fra din.
discrepancy = Enheden { $device } hos { $by } (besked { $seq }) gav nye medlemmer en kasse, der ikke svarer til det, denne enhed har: { $detail }. Deres saldi kan afvige fra dine; sammenlign med { $by }.
ledger-unreadable = { $count ->
    [one] { $count } post blev skrevet af en nyere Conclave og kan ikke læses her; saldiene udelader den, indtil du opdaterer.
   *[other] { $count } poster blev skrevet af en nyere Conclave og kan ikke læses her; saldiene udelader dem, indtil du opdaterer.
}
handed-over-mine = Denne enhed kom med ved besked { $seq }: posterne før den er, som din enhed { $device } overdrog dem.
handed-over-theirs = Denne enhed kom med ved besked { $seq }: posterne før den er, som enheden { $device } hos { $by } overdrog dem.
ledger-empty = Ingen poster endnu. Registrér en fælles udgift, en betaling eller en gæld nedenfor; alle medlemmer ser de samme saldi.
balances-in = Saldi i { $currency }
balance-owed = skal have
balance-owes = skylder
balance-settled = afregnet
settle-title = For at afregne
settle-you-pay = Du betaler { $to } { $amount } { $currency }
settle-pays-you = { $from } betaler dig { $amount } { $currency }
settle-pays = { $from } betaler { $to } { $amount } { $currency }
all-settled = Alt er afregnet.
records-empty = Posterne vises her i den rækkefølge, serveren placerede dem, den samme på alle enheder.
recorded-by-you = { $day } · registreret af dig fra { $device } kl. { $time }
recorded-by = { $day } · registreret af { $member } fra { $device } kl. { $time }
reference-line = Reference: { $reference }
reversed-by-you = Tilbageført af dig (post { $entry }); tæller ikke længere med.
reversed-by = Tilbageført af { $member } (post { $entry }); tæller ikke længere med.
reversed-by-someone = Tilbageført af nogen (post { $entry }); tæller ikke længere med.
undoes = Tilbagefører: { $description }
refused-everywhere = Afvist af alle enheder, hvor den kom frem; den ændrer ingen saldo.
handed-by-mine = Overdraget af din enhed { $device }, da denne enhed kom med
handed-by-theirs = Overdraget af enheden { $device } hos { $username }, da denne enhed kom med
reverse-toggle = Tilbagefør…
reverse-entry-label = Tilbagefør post { $entry }
reverse-entry = Tilbagefør post
cancel = Annuller
reverse-why = Hvorfor (valgfrit)
reverse-hint = Posten bliver i historikken, markeret som tilbageført; dens virkning på saldiene fjernes på alle enheder.
reversing = Tilbagefører…
reversed-toast = Tilbageført: { $description }
kind-payment = Betaling: nogen har betalt
kind-debt = Gæld: nogen skylder
record-entry = Registrér post
member = Medlem
split-equal-among = Del ligeligt mellem
split-equal-hint = Tag den, der betalte, med for også at give vedkommende en andel. En rest på en cent går til de først nævnte medlemmer.
weights-legend = Vægte (f.eks. 2 og 1: to tredjedele og en tredjedel)
amounts-legend = Beløb (der tilsammen giver totalen)
share-empty-hint = Lad et medlem stå tomt for ikke at give vedkommende en andel.
will-record = Registreres: { $description }
will-record-shares = Registreres: { $description } — { $shares } { $currency }
amount = Beløb
currency = Valuta
add-entry-form = Tilføj en post i kassen
what-happened = Hvad skete der
date = Dato
memo-optional = Note (valgfrit)
reference-optional = Reference (valgfrit)
reference-hint = Et fakturanummer, et overførsels-id…
add-entry = Tilføj en post
ledger-intro = Poster er end-to-end-krypterede beskeder; ingen kan redigere eller slette en, en fejl tilbageføres.
recording = Registrerer…
recorded-toast = Registreret: { $description }
preparing = Forbereder…
exported-toast = { $count ->
    [one] Eksporterede { $count } kassepost til { $file }.
   *[other] Eksporterede { $count } kasseposter til { $file }.
}

## Ny samtale, konto

start = Start
starting = Starter…
create-group = Opret gruppe
creating = Opretter…
message-person = Skriv til en person
new-group = Ny gruppe
group-name = Gruppenavn
members-hint = Brugernavne, adskilt med kommaer.
your-account = Din konto
this-device = Denne enhed
this-device-value = { $name } (enhed { $id })
valid-until = Gyldig til
invitations = Invitationer
connection = Forbindelse
online = online
offline = offline
offline-reason = offline: { $reason }
renew = Forny
renewing = Fornyer…
renewed-toast = Fornyet til { $date }.
renew-title = Forny din konto
renewal-code = Fornyelseskode
renewal-hint = En administrator giver dig en; den forlænger din konto, også efter at den er udløbet.
expires-1-day = 1 dag
expires-7-days = 7 dage
expires-30-days = 30 dage
create-invitation = Opret invitation
your-invitations = Dine invitationer
copy = Kopiér
copied = Kopieret.
copy-failed = Markér linket, og kopiér det.
invitation-created = Invitation oprettet.
invitation-for = { $count ->
    [one] Til { $count } person, gyldig til { $date }.
   *[other] Til { $count } personer, gyldig til { $date }.
}
link-for-browser = Link til en browser:
link-for-cli = Til kommandolinjen (conclave join):
invite-row = #{ $id } · { $state } · { $left }/{ $total } tilbage · til { $date }
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } tilbage · til { $date } · kom med: { $names }
no-invitations = Ingen invitationer endnu.
invite-someone = Invitér nogen
number-of-people = Antal personer
valid-for = Gyldig i
your-devices = Dine enheder
add-device-hint = For at tilføje en enhed skal du køre »conclave device link« på en enhed, der har din konto.
lock = Lås
this-browser = Denne browser
lock-hint = Låsning lukker sessionen; adgangssætningen åbner den igen.
device-row = { $name } (enhed { $id }), tilføjet { $date }
device-row-this = { $name } (enhed { $id }), tilføjet { $date } — denne browser
offline-short = Offline.
language = Sprog
language-hint = Sproget på denne side på denne enhed. »Automatisk« følger browserens sprog.
language-auto = Automatisk

## Privat browsing

pb-what-title = Hvad privat browsing er
pb-what-1 = Privat browsing sender en enheds webtrafik gennem to relæer i stedet for direkte til webstedet. Indgangsrelæet ved, hvem du er (din adresse), men ikke hvor du skal hen; udgangsrelæet ved, hvor du skal hen (webstedet), men ikke hvem du er. Ingen af dem ved begge dele.
pb-what-2 = Mellem din enhed og udgangen er trafikken krypteret, så indgangen kun ser forseglede celler af fast størrelse. Hvert relæ lukker kun en forbindelse ind med en ikke-sammenkædelig token, som denne server signerer blindt: den kan ikke se, hvilken forbindelse eller hvilket websted en token blev brugt til.
pb-what-3 = Denne side dirigerer ikke selv noget: en webside kan ikke bære anden trafik. Det gør conclave-programmet på en enhed (se »Brug det på denne enhed«).
pb-limits-title = Hvad det ikke beskytter mod
pb-limits-1 = To hop slår én nysgerrig relæoperatør. De hjælper ikke, hvis begge relæer på en rute arbejder sammen, og heller ikke mod en observatør, der ser trafikken i begge ender og sammenligner timingen (en global observatør).
pb-limits-2 = Relæer, der drives af den samme operatør, er markeret på listen nedenfor, og en rute bruger aldrig to af dem, så længe der findes et relæ fra en anden operatør. Når kun én operatør driver relæer, er begge hop dennes, og opdelingen er kun nominel; conclave proxy advarer så.
pb-limits-3 = Websteder ser stadig, hvad du sender dem: login, cookies og browserens fingeraftryk identificerer dig som sædvanligt.
pb-limits-4 = Kun programmer, der er sat op til proxyen, er dækket. Lad også proxyen slå navne op (socks5h, for curl --socks5-hostname, i Firefox »Proxy-DNS ved brug af SOCKS v5«), ellers går dine DNS-opslag uden om den.
pb-allowance-note = Hvert kredsløb koster to tokens, én til hvert relæ; et kredsløb bærer mange forbindelser og fornyes efter 10 minutter. Kvoten fornyes kl. 00:00 UTC.
pb-allowance-title = Denne enheds kvote
pb-per-day = Tokens pr. dag
pb-left-today = Tilbage i dag
pb-fetching = Henter relæoversigten…
relays = Relæer
pb-setup = { $first }: kør { $link } på en enhed, hvor conclave har din konto, og derefter her { $join } (eller { $joininvite } med en invitation).
pb-use-title = Brug det på denne enhed
pb-desktop = Computer (Linux, macOS, Windows)
pb-desktop-install = Installér conclave-kommandolinjen, og giv den din konto
pb-desktop-run = Kør { $cmd }. Den tilbyder SOCKS5 og HTTP CONNECT på { $addr }, kun for denne computer, og udskriver hvert kredsløbs indgang og udgang.
pb-desktop-chromium = Chromium, Chrome eller Edge: start browseren med { $cmd } (navne slås så op af proxyen). En separat profil ({ $profile }) holder privat browsing adskilt fra din sædvanlige.
pb-desktop-firefox = Firefox: Indstillinger → Generelt → Netværksindstillinger → Indstillinger…: Manuel proxy-konfiguration, SOCKS-vært 127.0.0.1, Port 1080, SOCKS v5, og sæt flueben ved »Proxy-DNS ved brug af SOCKS v5«.
pb-desktop-curl = Kommandolinjeværktøjer: { $cmd }.
pb-desktop-options = Valgmuligheder: { $country } går ud gennem en udgang i det land; { $circuit } giver hvert websted sit eget kredsløb.
pb-android = Android-telefon eller -tablet
pb-android-intro = En browser kan ikke køre en SOCKS-proxy, så et program på telefonen må gøre det:
pb-android-termux = Installér Termux (fra F-Droid), og i det conclave-kommandolinjen.
pb-android-account = Giv den din konto
pb-android-run = Kør { $cmd } i Termux, og lad det køre (tillad Termux at køre i baggrunden i batteriindstillingerne).
pb-android-wifi = Indstillinger → Wi-Fi → dit netværk → Rediger → Avanceret → Proxy: Manuel, vært { $host }, port { $port }. Androids proxyindstilling taler HTTP CONNECT, som proxyen forstår på samme port. Browsere, der følger den, går gennem relæerne på det Wi-Fi-netværk (ikke på mobildata).
pb-android-browser = Eller brug en browser med egne proxyindstillinger: SOCKS5 { $socks } med fjern-DNS eller HTTP-proxy { $http } (CONNECT).
pb-ios = iPhone og iPad
pb-ios-text = Ikke tilgængeligt i dag. iOS kan ikke holde et kommandolinjeprogram kørende i baggrunden som lokal proxy (der er ingen Termux, og apps sættes på pause), og at føre en telefons trafik kræver en VPN-lignende app (en Network Extension), som Conclave endnu ikke har. En telefon kan heller ikke låne en computers proxy: conclave proxy har ingen adgangskode, så den lytter kun på sin egen maskine.
pb-no-tokens = Denne server udsteder ingen relætokens, så dens relæer kan ikke bruges fra denne konto.
pb-zero-tokens = Serveren giver ikke medlemmer nogen relætokens (kvoten er 0 om dagen).
pb-same-operator = samme operatør
pb-country-unknown = ukendt land
pb-relay-meta = { $country } · operatør { $operator } · { $addr }
pb-relay-meta-ours = { $country } · operatør { $operator } (denne servers) · { $addr }
pb-same-operator-note = Drives af samme operatør som { $others } ({ $count } relæer): bruges aldrig sammen, så længe der findes et relæ fra en anden operatør.
pb-no-relays = Denne server viser ingen relæer.
pb-two-operators = En rute kan bruge to relæer fra forskellige operatører.
pb-one-operator = Kun én operatør driver disse relæer, så begge hop på en rute er dennes: opdelingen er kun nominel.
pb-no-path = Der kan endnu ikke bygges en rute: { $reason }.
pb-signed-new = Signeret af { $operator } med nøglen { $key }; signaturen er gyldig. Denne enhed husker nu nøglen og afviser en oversigt, der er signeret med en anden. Gyldig til { $date }.
pb-signed-known = Signeret af { $operator } med nøglen { $key }; signaturen er gyldig. Det er den nøgle, denne enhed huskede, og den afviser en oversigt, der er signeret med en anden. Gyldig til { $date }.

## Opkald

declined = { $names } afviste.
join-call = Deltag i opkald
accept = Besvar
accept-call = Besvar opkaldet
accept-video-call = Besvar videoopkaldet
decline = Afvis
is-calling = { $caller } ringer
ringing-voice = Taleopkald · { $conversation }
ringing-video = Videoopkald · { $conversation }
already-in-call = Du er allerede i et opkald.
calling = Ringer op…
call-failed = Opkaldet kunne ikke starte: { $error }
connecting = Forbinder…
your-camera = Dit kamera
mute = Slå lyden fra
unmute = Slå lyden til
camera-off = Kamera fra
camera-on = Kamera til
switch-camera = Skift kamera
one-camera = Denne enhed har kun ét kamera.
hang-up = Læg på
call-controls = Opkaldsknapper
tile-name = { $username } · enhed { $device }
tile-leaf = blad { $leaf }
reconnecting = Genforbinder…
connection-failed = Forbindelsen mislykkedes
ended = Afsluttet
in-call = { $count ->
    [one] { $state } · { $count } i opkaldet
   *[other] { $state } · { $count } i opkaldet
}

## Filer og talebeskeder

file-too-large = Filen er større, end serveren accepterer.
file-too-large-max = Filen er større, end serveren accepterer (højst { $max }).
file-over-quota = Din lagerplads på serveren er fuld. Filer udløber efter et stykke tid; prøv igen senere.
file-too-many = For mange uploads på én gang. Prøv igen om et øjeblik.
file-grant = Tilladelsen til at uploade er udløbet. Prøv igen.
file-not-found = Filen er ikke længere på serveren (filer udløber efter et stykke tid).
file-hash-mismatch = Uploaden blev beskadiget undervejs. Prøv igen.
file-unavailable = Serverens fillager er ikke tilgængeligt lige nu. Prøv igen senere.
file-busy = Serveren er optaget af denne fil. Prøv igen om et øjeblik.
file-cut = Forbindelsen blev afbrudt under uploaden. Prøv igen.
file-no-resume = Uploaden kunne ikke genoptages.
file-kept-other = Serveren beholdt en anden del af filen.
upload-refused = Uploaden mislykkedes: { $reason }
download-refused = Downloaden mislykkedes: { $reason }
file-corrupted = Denne fil blev ændret eller beskadiget undervejs; den vises ikke.
open-image = Åbn billedet { $name }
open = Åbn
preview-of = Forhåndsvisning af { $name }
image-unreadable = Billedet kan ikke vises her; denne browser kan ikke læse formatet.
play-voice-note = Afspil talebeskeden { $name }
recording-unplayable = Optagelsen kan ikke afspilles i denne browser.
download = Download
download-name = Download { $name }
save-again = Gem igen
close = Luk
play-name = Afspil { $name }
pause-name = Sæt { $name } på pause
position = Position

## Notifikationer

notifications = Notifikationer
hide-contents = Skjul indhold i notifikationer
push-blocked = Notifikationer er blokeret for dette websted: tillad dem i browserens webstedsindstillinger.
push-not-allowed = Notifikationer blev ikke tilladt.
push-no-server = Denne server sender ingen push-notifikationer.
push-no-service = Browserens push-tjeneste svarede ikke (intet netværk, eller en browser uden push-tjeneste).
push-unsupported = Denne browser kan ikke vise push-notifikationer (på iPhone og iPad: føj først Conclave til hjemmeskærmen).
push-on-hidden = Til: notifikationer siger »Ny besked« og intet andet.
push-on = Til: notifikationer viser, hvem der skrev hvad, dekrypteret på denne enhed.
push-off = Fra. Serverens push-beskeder siger kun »noget nyt«; denne enhed dekrypterer resten.
new-message = Ny besked

## Opkald i historikken, opkaldsfelter, invitationsstatus

call-held-audio = Opkald, { $duration }, { $people ->
    [one] { $people } person
   *[other] { $people } personer
}
call-held-video = Videoopkald, { $duration }, { $people ->
    [one] { $people } person
   *[other] { $people } personer
}
call-missed-audio = Ubesvaret opkald fra { $from }
call-missed-video = Ubesvaret videoopkald fra { $from }
call-missed-declined-audio = Ubesvaret opkald fra { $from } (afvist)
call-missed-declined-video = Ubesvaret videoopkald fra { $from } (afvist)
call-not-answered-audio = Opkaldet blev ikke besvaret
call-not-answered-video = Videoopkaldet blev ikke besvaret
call-declined-by-audio = Opkaldet blev afvist af { $names }
call-declined-by-video = Videoopkaldet blev afvist af { $names }
call-ringing-audio = { $caller } ringer op (opkald)
call-ringing-video = { $caller } ringer op (videoopkald)
call-in-progress-audio = Igangværende opkald, { $count ->
    [one] { $count } person
   *[other] { $count } personer
} i det ({ $names })
call-in-progress-video = Igangværende videoopkald, { $count ->
    [one] { $count } person
   *[other] { $count } personer
} i det ({ $names })
duration-seconds = { $n } sek.
duration-minutes = { $n } min.
duration-hours = { $h } t. { $min } min.
tile-waiting-keys = venter på nøgler
tile-cant-decrypt = kan ikke dekryptere ({ $reason })
tile-key-mismatch = personens nøgle passer ikke med denne enheds: anden MLS-epoke eller ikke medlem
invite-open = åben
invite-used = brugt
invite-expired = udløbet
invite-revoked = tilbagekaldt

## Typing indicators
typing-one = { $name } skriver…
typing-two = { $first } og { $second } skriver…
typing-several = Flere personer skriver…
typing-title = Skriveindikatorer
typing-setting = Vis når andre skriver, og lad dem se når jeg gør
typing-hint = Når det er slået fra, hverken sender eller viser denne enhed dem. De når kun medlemmer, der er online nu; serveren gemmer ingen.

## History from another device
toast-history-imported = Historik fra din enhed { $device } er kommet (poster: { $count }; samtaler: { $conversations }).
history-note = Historikken ovenfor kom fra din enhed { $device } (sendt { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Indgående opkald
push-ring-body = Åbn Conclave for at svare
push-title-group = { $sender } i { $conversation }

# Conclave: Swedish (Svenska), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Start, gå med, länka, lås upp

boot-loading = Läser in…
boot-failed = Conclave kunde inte starta: { $error }
boot-other-tab = Conclave är redan öppet i en annan flik eller ett annat fönster i den här webbläsaren. Stäng det och ladda sedan om sidan.
working = Arbetar…
wrong-passphrase = Fel lösenfras. { $detail }. Försök igen.
tagline = Meddelanden endast via inbjudan, end-to-end-krypterade. Dina nycklar skapas och förvaras i den här webbläsaren.
passphrase = Lösenfras
passphrase-hint = Minst 8 tecken. Den krypterar enhetens nycklar och historik i den här webbläsaren och lämnar den aldrig; glömmer du den går webbläsarens kopia inte att öppna.
passphrase-again = Upprepa lösenfrasen
passphrase-differ = Lösenfraserna stämmer inte överens.
join-title = Gå med via en inbjudan
join-link = Inbjudningslänk
join-link-hint = https://…/join#code=… eller conclave://…/join#code=…
username = Användarnamn
username-hint = 3 till 32 tecken: a–z, 0–9, ”.”, ”_”, ”-”.
device-name = Namn på den här enheten
join-button = Gå med
joining = Går med…
link-title = Länka den här webbläsaren till ditt konto
link-intro = Kör ”conclave device link” på en enhet som har ditt konto och klistra in länken som skrivs ut. Den enheten lägger sedan till den här webbläsaren i dina konversationer.
link-link = Enhetslänk
link-link-hint = https://…/device#code=… eller conclave://…/device#code=…
link-button = Länka den här webbläsaren
linking = Länkar…
unlock-title = Lås upp Conclave
unlock-holds = Den här webbläsaren har enheten ”{ $device }” som tillhör { $username }.
unlock-button = Lås upp
unlocking = Låser upp…
unlock-link-ignored = Den här webbläsaren har redan en Conclave-enhet; länken du öppnade används inte. För att använda den, ta först bort den här enheten från webbläsaren.
unlock-forgot = Glömt lösenfrasen? Webbläsarens kopia går inte att öppna utan den. Ta bort den här och länka webbläsaren igen från en av dina andra enheter.
forget-button = Ta bort den här enheten från webbläsaren
forget-confirm = Ta bort enheten som tillhör { $username } från den här webbläsaren? Dess nycklar och historik här raderas; ditt konto och dina andra enheter finns kvar.

## Huvudvyn

conversations = Konversationer
new-button = Ny
new-conversation = Ny konversation
private-button = Privat
private-browsing = Privat surfning
account-button = Konto
account = Konto
details = Detaljer
call-button = Ring
call-start = Starta ett samtal
call-voice = Röstsamtal
video-button = Video
video-start = Starta ett videosamtal
video-call = Videosamtal
ledger = Kassa
ledger-button-title = Gemensamma utgifter och saldon
messages = Meddelanden
composer-placeholder = Meddelande
send = Skicka
sending = Skickar…
attach = Bifoga en fil
take-photo = Ta ett foto
voice-hold = Håll in för att spela in ett röstmeddelande
back-chats = ‹ Chattar
back-to-conversations = Tillbaka till konversationerna
back = ‹ Tillbaka
close-panel = Stäng panelen
conversation-panels = Konversationspaneler
members = Medlemmar
choose-conversation = Välj en konversation, eller starta en med ”Ny”.
call = Samtal

## Status och banderoller

status-online = { $username } · online
status-offline = { $username } · offline
status-expired = { $username } · utgånget
status-replaced = { $username } · ersatt
status-refused = { $username } · nekad
status-connecting = { $username } · ansluter
banner-expired = Ditt konto har gått ut. Lös in en förnyelsekod under Konto för att fortsätta.
banner-replaced = Conclave öppnades för den här enheten någon annanstans; den här sidan har stoppats. Ladda om för att använda det här.
banner-refused = Servern nekade den här enheten: { $reason }
banner-offline = Offline: visar det som finns i den här webbläsaren. { $reason }
banner-expires-soon = Ditt konto går ut den { $date }. Be en administratör om en förnyelsekod.
conn-expired = Ditt konto har gått ut: förnya det under Konto.
conn-offline = Offline: du kan läsa; det går att skicka igen när anslutningen är tillbaka.
expiry-unknown = okänt (offline)
expiry-expired = { $date } (utgånget)
expiry-days = { $days ->
    [one] { $date } ({ $days } dag)
   *[other] { $date } ({ $days } dagar)
}

## Konversationslistan och meddelandena

you = Du
last-message = { $who }: { $text }
ledger-line = Kassa: { $text }
group-created = Gruppen skapades
no-messages-yet = Inga meddelanden än
no-conversations = Inga konversationer än.
not-on-device = Den här konversationen finns inte på den här enheten.
conversation = Konversation
removed-banner = Du har tagits bort från den här konversationen. Du får inte längre dess meddelanden.
membership-added = { $who } lade till { $names }
membership-removed = { $who } tog bort { $names }
membership-added-removed = { $who } lade till { $added } och tog bort { $removed }
membership-keys = { $who } uppdaterade nycklarna
unreadable-message = Oläsbart meddelande ({ $reason })
handover-mine = Din enhet lämnade över kassans tidigare poster till enheterna som gick med.
handover-theirs = Enheten som tillhör { $sender } lämnade över kassans tidigare poster till enheterna som gick med.
open-ledger-link = Kassa ›
open-ledger = Öppna kassan
joined-here = Du gick med i den här konversationen på den här enheten.
empty-conversation = Inga meddelanden än. Meddelanden är end-to-end-krypterade.
upload-sending = Skickar { $name }…
upload-failed = { $name }: { $error }
dismiss = Stäng
record-failed = Kan inte spela in: { $error }
record-hold = Håll in mikrofonknappen för att spela in ett röstmeddelande.
toast-added-to-conversation = Du har lagts till i en konversation.
toast-fell-behind = Den här enheten har hamnat efter i en konversation och väntar på att läggas till igen.
invites-admin = ingen kvot (administratör)
invites-left = { $count } kvar

## Medlemmar

no-longer-member = Du är inte längre medlem i den här konversationen.
safety-number = Säkerhetsnummer
safety-number-with = Säkerhetsnummer med { $username }
remove = Ta bort
remove-member = Ta bort { $username }
remove-confirm = Ta bort { $username } från { $conversation }? Hen kan inte läsa senare meddelanden.
removing = Tar bort…
removed-toast = { $username } togs bort.
devices-line = { $count ->
    [one] enhet { $ids }
   *[other] enheter { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = enhet ({ $id })
member-you = { $username } (du)
members-summary = { $count ->
    [one] { $count } medlem · epok { $epoch }
   *[other] { $count } medlemmar · epok { $epoch }
}
add = Lägg till
adding = Lägger till…
added-toast = { $names } lades till.
add-members = Lägg till medlemmar
add-members-hint = Användarnamn, åtskilda med kommatecken. Alla deras enheter går med.
leave = Lämna den här konversationen
leave-confirm = Lämna { $conversation } på alla dina enheter?
leaving = Lämnar…
epoch-authenticator = Epokautentiserare (samma på varje medlems enhet): { $code }
loading = Läser in…
safety-verified = verifierad
safety-changed = NYCKLARNA HAR ÄNDRATS sedan du verifierade
safety-unverified = inte verifierad
mark-verified = Markera som verifierad
saving = Sparar…
verified-toast = { $username } markerades som verifierad.
safety-with = Säkerhetsnummer med { $username } { $badge }
safety-hint = Jämför det med den andras, personligen eller via en annan kanal. Om det stämmer, markera personen som verifierad: en senare ändring av hens nycklar visas då tydligt.

## Kassan

ledger-paid-by = Betalt av
ledger-paid-to = Betalt till / för
ledger-owed-to = Ska få
ledger-owed-by = Är skyldig
split-to = Allt till en medlem
split-equal = Dela lika
split-exact = Dela efter belopp
split-weights = Dela efter vikter
badge-reversed = återförd
badge-reversal = återföring
badge-refused = nekad
badge-unreadable = oläsbar
device-id = enhet { $id }
device-id-named = enhet { $id } ({ $name })
entries = Poster
entries-count = Poster ({ $count })
export-csv = Ladda ner CSV
export-json = Ladda ner JSON
balances = Saldon
export = Exportera
export-hint = CSV: en rad per medlem och post (summerat per medlem och valuta blir det saldona). JSON: varje post, saldona och uppgörelsen.
discrepancy-title = Varning: en kassa som lämnades över till en ny enhet skiljer sig från din.
discrepancy = Enheten { $device } som tillhör { $by } (meddelande { $seq }) gav nykomlingar en kassa som inte stämmer med den här enhetens: { $detail }. Deras saldon kan skilja sig från dina; jämför med { $by }.
ledger-unreadable = { $count ->
    [one] { $count } post skrevs av en nyare Conclave och kan inte läsas här; saldona utelämnar den tills du uppdaterar.
   *[other] { $count } poster skrevs av en nyare Conclave och kan inte läsas här; saldona utelämnar dem tills du uppdaterar.
}
handed-over-mine = Den här enheten gick med vid meddelande { $seq }: posterna före det är som din enhet { $device } lämnade över dem.
handed-over-theirs = Den här enheten gick med vid meddelande { $seq }: posterna före det är som enheten { $device } som tillhör { $by } lämnade över dem.
ledger-empty = Inga poster än. Registrera en gemensam utgift, en betalning eller en skuld nedan; alla medlemmar ser samma saldon.
balances-in = Saldon i { $currency }
balance-owed = ska få
balance-owes = är skyldig
balance-settled = kvitt
settle-title = För att göra upp
settle-you-pay = Du betalar { $to } { $amount } { $currency }
settle-pays-you = { $from } betalar dig { $amount } { $currency }
settle-pays = { $from } betalar { $to } { $amount } { $currency }
all-settled = Alla är kvitt.
records-empty = Posterna visas här i den ordning servern placerade dem, samma på varje enhet.
recorded-by-you = { $day } · registrerad av dig från { $device } kl. { $time }
recorded-by = { $day } · registrerad av { $member } från { $device } kl. { $time }
reference-line = Referens: { $reference }
reversed-by-you = Återförd av dig (post { $entry }); räknas inte längre.
reversed-by = Återförd av { $member } (post { $entry }); räknas inte längre.
reversed-by-someone = Återförd av någon (post { $entry }); räknas inte längre.
undoes = Återför: { $description }
refused-everywhere = Nekad av varje enhet där den kom fram; den ändrar inget saldo.
handed-by-mine = Överlämnad av din enhet { $device } när den här enheten gick med
handed-by-theirs = Överlämnad av enheten { $device } som tillhör { $username } när den här enheten gick med
reverse-toggle = Återför…
reverse-entry-label = Återför post { $entry }
reverse-entry = Återför post
cancel = Avbryt
reverse-why = Varför (valfritt)
reverse-hint = Posten finns kvar i historiken, markerad som återförd; dess effekt på saldona tas bort på varje enhet.
reversing = Återför…
reversed-toast = Återförd: { $description }
kind-payment = Betalning: någon har betalat
kind-debt = Skuld: någon är skyldig
record-entry = Registrera post
member = Medlem
split-equal-among = Dela lika mellan
split-equal-hint = Ta med den som betalade för att ge hen en andel också. En överbliven cent går till de först listade medlemmarna.
weights-legend = Vikter (t.ex. 2 och 1: två tredjedelar och en tredjedel)
amounts-legend = Belopp (som tillsammans blir totalen)
share-empty-hint = Lämna en medlem tom för att inte ge hen någon andel.
will-record = Registreras: { $description }
will-record-shares = Registreras: { $description } — { $shares } { $currency }
amount = Belopp
currency = Valuta
add-entry-form = Lägg till en post i kassan
what-happened = Vad hände
date = Datum
memo-optional = Anteckning (valfritt)
reference-optional = Referens (valfritt)
reference-hint = Ett fakturanummer, ett överförings-id…
add-entry = Lägg till en post
ledger-intro = Poster är end-to-end-krypterade meddelanden; ingen kan redigera eller radera en, ett misstag återförs.
recording = Registrerar…
recorded-toast = Registrerad: { $description }
preparing = Förbereder…
exported-toast = { $count ->
    [one] Exporterade { $count } kassapost till { $file }.
   *[other] Exporterade { $count } kassaposter till { $file }.
}

## Ny konversation, konto

start = Starta
starting = Startar…
create-group = Skapa grupp
creating = Skapar…
message-person = Skriv till en person
new-group = Ny grupp
group-name = Gruppnamn
members-hint = Användarnamn, åtskilda med kommatecken.
your-account = Ditt konto
this-device = Den här enheten
this-device-value = { $name } (enhet { $id })
valid-until = Giltigt till
invitations = Inbjudningar
connection = Anslutning
online = online
offline = offline
offline-reason = offline: { $reason }
renew = Förnya
renewing = Förnyar…
renewed-toast = Förnyat till { $date }.
renew-title = Förnya ditt konto
renewal-code = Förnyelsekod
renewal-hint = En administratör ger dig en; den förlänger ditt konto, även efter att det har gått ut.
expires-1-day = 1 dag
expires-7-days = 7 dagar
expires-30-days = 30 dagar
create-invitation = Skapa inbjudan
your-invitations = Dina inbjudningar
copy = Kopiera
copied = Kopierat.
copy-failed = Markera länken och kopiera den.
invitation-created = Inbjudan skapad.
invitation-for = { $count ->
    [one] För { $count } person, giltig till { $date }.
   *[other] För { $count } personer, giltig till { $date }.
}
link-for-browser = Länk för en webbläsare:
link-for-cli = För kommandoraden (conclave join):
invite-row = #{ $id } · { $state } · { $left }/{ $total } kvar · till { $date }
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } kvar · till { $date } · gick med: { $names }
no-invitations = Inga inbjudningar än.
invite-someone = Bjud in någon
number-of-people = Antal personer
valid-for = Giltig i
your-devices = Dina enheter
add-device-hint = För att lägga till en enhet, kör ”conclave device link” på en enhet som har ditt konto.
lock = Lås
this-browser = Den här webbläsaren
lock-hint = Att låsa stänger sessionen; lösenfrasen öppnar den igen.
device-row = { $name } (enhet { $id }), tillagd { $date }
device-row-this = { $name } (enhet { $id }), tillagd { $date } — den här webbläsaren
offline-short = Offline.
language = Språk
language-hint = Språket för den här sidan på den här enheten. ”Automatiskt” följer webbläsarens språk.
language-auto = Automatiskt

## Privat surfning

pb-what-title = Vad privat surfning är
pb-what-1 = Privat surfning skickar en enhets webbtrafik genom två reläer i stället för direkt till webbplatsen. Ingångsreläet vet vem du är (din adress) men inte vart du går; utgångsreläet vet vart du går (webbplatsen) men inte vem du är. Inget av dem vet båda.
pb-what-2 = Mellan din enhet och utgången är trafiken krypterad, så ingången ser bara förseglade celler av fast storlek. Varje relä släpper bara in en anslutning med en olänkbar token, som den här servern signerar blint: den kan inte se vilken anslutning eller webbplats en token användes till.
pb-what-3 = Den här sidan dirigerar ingenting själv: en webbsida kan inte föra annan trafik. Det gör conclave-programmet på en enhet (se ”Använd det på den här enheten”).
pb-limits-title = Vad det inte skyddar mot
pb-limits-1 = Två hopp räcker mot en nyfiken reläoperatör. De hjälper inte om båda reläerna på en väg samarbetar, och inte heller mot en observatör som ser trafiken i båda ändar och jämför tidpunkterna (en global observatör).
pb-limits-2 = Reläer som drivs av samma operatör är markerade i listan nedan, och en väg använder aldrig två av dem så länge det finns ett relä från en annan operatör. När bara en operatör driver reläer är båda hoppen dennes och uppdelningen finns bara på pappret; conclave proxy varnar då.
pb-limits-3 = Webbplatser ser fortfarande vad du skickar till dem: inloggning, kakor och webbläsarens fingeravtryck identifierar dig som vanligt.
pb-limits-4 = Bara program som är inställda på proxyn omfattas. Låt proxyn slå upp namn också (socks5h, för curl --socks5-hostname, i Firefox ”Proxy DNS när du använder SOCKS v5”), annars går dina DNS-uppslag utanför den.
pb-allowance-note = Varje krets kostar två tokens, en för varje relä; en krets bär många anslutningar och förnyas efter 10 minuter. Kvoten förnyas kl. 00:00 UTC.
pb-allowance-title = Den här enhetens kvot
pb-per-day = Tokens per dag
pb-left-today = Kvar i dag
pb-fetching = Hämtar reläkatalogen…
relays = Reläer
pb-setup = { $first }: kör { $link } på en enhet där conclave har ditt konto, sedan här { $join } (eller { $joininvite } med en inbjudan).
pb-use-title = Använd det på den här enheten
pb-desktop = Dator (Linux, macOS, Windows)
pb-desktop-install = Installera conclave-kommandoraden och ge den ditt konto
pb-desktop-run = Kör { $cmd }. Det erbjuder SOCKS5 och HTTP CONNECT på { $addr }, bara för den här datorn, och skriver ut varje krets ingång och utgång.
pb-desktop-chromium = Chromium, Chrome eller Edge: starta med { $cmd } (namn slås då upp av proxyn). En separat profil ({ $profile }) håller privat surfning åtskild från din vanliga.
pb-desktop-firefox = Firefox: Inställningar → Allmänt → Nätverksinställningar → Inställningar…: Manuell proxykonfiguration, SOCKS-värd 127.0.0.1, Port 1080, SOCKS v5, och kryssa i ”Proxy DNS när du använder SOCKS v5”.
pb-desktop-curl = Kommandoradsverktyg: { $cmd }.
pb-desktop-options = Alternativ: { $country } går ut via en utgång i det landet; { $circuit } ger varje webbplats en egen krets.
pb-android = Android-telefon eller surfplatta
pb-android-intro = En webbläsare kan inte köra en SOCKS-proxy, så ett program på telefonen måste göra det:
pb-android-termux = Installera Termux (från F-Droid), och i det conclave-kommandoraden.
pb-android-account = Ge den ditt konto
pb-android-run = Kör { $cmd } i Termux och låt det vara igång (låt Termux köras i bakgrunden i batteriinställningarna).
pb-android-wifi = Inställningar → Wi-Fi → ditt nätverk → Redigera → Avancerat → Proxy: Manuell, värd { $host }, port { $port }. Androids proxyinställning talar HTTP CONNECT, som proxyn förstår på samma port. Webbläsare som följer den går via reläerna på det Wi-Fi-nätverket (inte på mobildata).
pb-android-browser = Eller använd en webbläsare med egna proxyinställningar: SOCKS5 { $socks } med fjärr-DNS, eller HTTP-proxy { $http } (CONNECT).
pb-ios = iPhone och iPad
pb-ios-text = Inte tillgängligt i dag. iOS kan inte hålla ett kommandoradsprogram igång i bakgrunden som lokal proxy (det finns inget Termux, och appar pausas), och att föra en telefons trafik kräver en VPN-liknande app (en Network Extension), vilket Conclave inte har än. En telefon kan inte heller låna en dators proxy: conclave proxy har inget lösenord, så den lyssnar bara på sin egen maskin.
pb-no-tokens = Den här servern delar inte ut några relätokens, så dess reläer kan inte användas från det här kontot.
pb-zero-tokens = Servern ger medlemmar inga relätokens (kvoten är 0 per dag).
pb-same-operator = samma operatör
pb-country-unknown = okänt land
pb-relay-meta = { $country } · operatör { $operator } · { $addr }
pb-relay-meta-ours = { $country } · operatör { $operator } (den här serverns) · { $addr }
pb-same-operator-note = Drivs av samma operatör som { $others } ({ $count } reläer): används aldrig tillsammans så länge det finns ett relä från en annan operatör.
pb-no-relays = Den här servern listar inga reläer.
pb-two-operators = En väg kan använda två reläer från olika operatörer.
pb-one-operator = Bara en operatör driver de här reläerna, så båda hoppen på en väg är dennes: uppdelningen finns bara på pappret.
pb-no-path = Ingen väg kan byggas än: { $reason }.
pb-signed-new = Signerad av { $operator } med nyckeln { $key }; signaturen stämmer. Den här enheten kommer nu ihåg nyckeln och nekar en katalog som signerats med en annan. Giltig till { $date }.
pb-signed-known = Signerad av { $operator } med nyckeln { $key }; signaturen stämmer. Det är nyckeln som den här enheten kom ihåg, och den nekar en katalog som signerats med en annan. Giltig till { $date }.

## Samtal

declined = { $names } avböjde.
join-call = Gå med i samtalet
accept = Svara
accept-call = Svara på samtalet
accept-video-call = Svara på videosamtalet
decline = Avböj
is-calling = { $caller } ringer
ringing-voice = Röstsamtal · { $conversation }
ringing-video = Videosamtal · { $conversation }
already-in-call = Du är redan i ett samtal.
calling = Ringer…
call-failed = Samtalet kunde inte starta: { $error }
connecting = Ansluter…
your-camera = Din kamera
mute = Stäng av mikrofonen
unmute = Slå på mikrofonen
camera-off = Kamera av
camera-on = Kamera på
switch-camera = Byt kamera
one-camera = Den här enheten har bara en kamera.
hang-up = Lägg på
call-controls = Samtalskontroller
tile-name = { $username } · enhet { $device }
tile-leaf = löv { $leaf }
reconnecting = Återansluter…
connection-failed = Anslutningen misslyckades
ended = Avslutat
in-call = { $count ->
    [one] { $state } · { $count } i samtalet
   *[other] { $state } · { $count } i samtalet
}

## Filer och röstmeddelanden

file-too-large = Filen är större än servern tar emot.
file-too-large-max = Filen är större än servern tar emot (högst { $max }).
file-over-quota = Ditt lagringsutrymme på servern är fullt. Filer försvinner efter en tid; försök igen senare.
file-too-many = För många uppladdningar samtidigt. Försök igen om en stund.
file-grant = Tillståndet att ladda upp har gått ut. Försök igen.
file-not-found = Filen finns inte längre på servern (filer försvinner efter en tid).
file-hash-mismatch = Uppladdningen skadades på vägen. Försök igen.
file-unavailable = Serverns fillagring är inte tillgänglig just nu. Försök igen senare.
file-busy = Servern är upptagen med den här filen. Försök igen om en stund.
file-cut = Anslutningen bröts under uppladdningen. Försök igen.
file-no-resume = Uppladdningen kunde inte återupptas.
file-kept-other = Servern behöll en annan del av filen.
upload-refused = Uppladdningen misslyckades: { $reason }
download-refused = Nedladdningen misslyckades: { $reason }
file-corrupted = Den här filen har ändrats eller skadats på vägen; den visas inte.
open-image = Öppna bilden { $name }
open = Öppna
preview-of = Förhandsvisning av { $name }
image-unreadable = Bilden kan inte visas här; den här webbläsaren kan inte läsa formatet.
play-voice-note = Spela upp röstmeddelandet { $name }
recording-unplayable = Inspelningen kan inte spelas upp i den här webbläsaren.
download = Ladda ner
download-name = Ladda ner { $name }
save-again = Spara igen
close = Stäng
play-name = Spela upp { $name }
pause-name = Pausa { $name }
position = Position

## Aviseringar

notifications = Aviseringar
hide-contents = Dölj innehåll i aviseringar
push-blocked = Aviseringar är blockerade för den här webbplatsen: tillåt dem i webbläsarens webbplatsinställningar.
push-not-allowed = Aviseringar tilläts inte.
push-no-server = Den här servern skickar inga push-aviseringar.
push-no-service = Webbläsarens push-tjänst svarade inte (inget nätverk, eller en webbläsare utan push-tjänst).
push-unsupported = Den här webbläsaren kan inte visa push-aviseringar (på iPhone och iPad: lägg först till Conclave på hemskärmen).
push-on-hidden = På: aviseringar säger ”Nytt meddelande” och inget annat.
push-on = På: aviseringar visar vem som skrev vad, dekrypterat på den här enheten.
push-off = Av. Serverns push-meddelanden säger bara ”något nytt”; den här enheten dekrypterar resten.
new-message = Nytt meddelande

## Samtal i historiken, samtalsrutor, inbjudningsstatus

call-held-audio = Samtal, { $duration }, { $people ->
    [one] { $people } person
   *[other] { $people } personer
}
call-held-video = Videosamtal, { $duration }, { $people ->
    [one] { $people } person
   *[other] { $people } personer
}
call-missed-audio = Missat samtal från { $from }
call-missed-video = Missat videosamtal från { $from }
call-missed-declined-audio = Missat samtal från { $from } (avvisat)
call-missed-declined-video = Missat videosamtal från { $from } (avvisat)
call-not-answered-audio = Samtalet besvarades inte
call-not-answered-video = Videosamtalet besvarades inte
call-declined-by-audio = Samtalet avvisades av { $names }
call-declined-by-video = Videosamtalet avvisades av { $names }
call-ringing-audio = { $caller } ringer (samtal)
call-ringing-video = { $caller } ringer (videosamtal)
call-in-progress-audio = Pågående samtal, { $count ->
    [one] { $count } person
   *[other] { $count } personer
} i det ({ $names })
call-in-progress-video = Pågående videosamtal, { $count ->
    [one] { $count } person
   *[other] { $count } personer
} i det ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } h { $min } min
tile-waiting-keys = väntar på nycklar
tile-cant-decrypt = kan inte dekryptera ({ $reason })
tile-key-mismatch = personens nyckel stämmer inte med den här enhetens: annan MLS-epok eller inte medlem
invite-open = öppen
invite-used = använd
invite-expired = utgången
invite-revoked = återkallad

## Typing indicators
typing-one = { $name } skriver…
typing-two = { $first } och { $second } skriver…
typing-several = Flera personer skriver…
typing-title = Skrivindikatorer
typing-setting = Visa när andra skriver, och låt dem se när jag gör det
typing-hint = När de är avstängda varken skickar eller visar den här enheten dem. De når bara medlemmar som är online nu; servern sparar inga.

## History from another device
toast-history-imported = Historiken från din enhet { $device } har kommit (poster: { $count }; konversationer: { $conversations }).
history-note = Historiken ovan kom från din enhet { $device } (skickad { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Inkommande samtal
push-ring-body = Öppna Conclave för att svara
push-title-group = { $sender } i { $conversation }

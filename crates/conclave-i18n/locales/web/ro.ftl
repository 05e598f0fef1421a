# Conclave: Romanian (Română), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Pornire, aderare, asociere, deblocare

boot-loading = Se încarcă…
boot-failed = Conclave nu a putut porni: { $error }
boot-other-tab = Conclave este deja deschis în altă filă sau fereastră a acestui browser. Închide-l, apoi reîncarcă această pagină.
working = Se lucrează…
wrong-passphrase = Frază de acces greșită. { $detail }. Încearcă din nou.
tagline = Mesagerie criptată end-to-end, doar pe bază de invitație. Cheile tale sunt create și păstrate în acest browser.
passphrase = Frază de acces
passphrase-hint = Cel puțin 8 caractere. Criptează cheile și istoricul acestui dispozitiv în acest browser și nu îl părăsește niciodată; dacă o uiți, copia din acest browser nu mai poate fi deschisă.
passphrase-again = Repetă fraza de acces
passphrase-differ = Cele două fraze de acces diferă.
join-title = Alătură-te cu o invitație
join-link = Link de invitație
join-link-hint = https://…/join#code=… sau conclave://…/join#code=…
username = Nume de utilizator
username-hint = Între 3 și 32 de caractere: a–z, 0–9, „.”, „_”, „-”.
device-name = Numele acestui dispozitiv
join-button = Alătură-te
joining = Se face aderarea…
link-title = Asociază acest browser cu contul tău
link-intro = Pe un dispozitiv care are contul tău, rulează „conclave device link” și lipește aici linkul afișat. Acel dispozitiv adaugă apoi acest browser în conversațiile tale.
link-link = Link de dispozitiv
link-link-hint = https://…/device#code=… sau conclave://…/device#code=…
link-button = Asociază acest browser
linking = Se asociază…
unlock-title = Deblochează Conclave
unlock-holds = Acest browser conține dispozitivul „{ $device }” al lui { $username }.
unlock-button = Deblochează
unlocking = Se deblochează…
unlock-link-ignored = Acest browser conține deja un dispozitiv Conclave; linkul deschis nu este folosit. Ca să-l folosești, elimină mai întâi acest dispozitiv din acest browser.
unlock-forgot = Ai uitat fraza de acces? Fără ea, copia din acest browser nu poate fi deschisă. Elimin-o de aici și asociază din nou acest browser de pe alt dispozitiv al tău.
forget-button = Elimină acest dispozitiv din acest browser
forget-confirm = Elimini dispozitivul lui { $username } din acest browser? Cheile și istoricul lui de aici se șterg; contul tău și celelalte dispozitive rămân.

## Interfața

conversations = Conversații
new-button = Nouă
new-conversation = Conversație nouă
private-button = Privat
private-browsing = Navigare privată
account-button = Cont
account = Cont
details = Detalii
call-button = Apel
call-start = Începe un apel
call-voice = Apel vocal
video-button = Video
video-start = Începe un apel video
video-call = Apel video
ledger = Cont comun
ledger-button-title = Cheltuieli comune și solduri
messages = Mesaje
composer-placeholder = Mesaj
send = Trimite
sending = Se trimite…
attach = Atașează un fișier
take-photo = Fă o fotografie
voice-hold = Ține apăsat pentru a înregistra un mesaj vocal
back-chats = ‹ Conversații
back-to-conversations = Înapoi la conversații
back = ‹ Înapoi
close-panel = Închide panoul
conversation-panels = Panourile conversației
members = Membri
choose-conversation = Alege o conversație sau începe una cu „Nouă”.
call = Apel

## Stare și bannere

status-online = { $username } · online
status-offline = { $username } · offline
status-expired = { $username } · expirat
status-replaced = { $username } · înlocuit
status-refused = { $username } · refuzat
status-connecting = { $username } · se conectează
banner-expired = Contul tău a expirat. Folosește un cod de reînnoire în secțiunea Cont pentru a continua.
banner-replaced = Conclave a fost deschis pentru acest dispozitiv în altă parte; această pagină s-a oprit. Reîncarcă pentru a-l folosi aici.
banner-refused = Serverul a refuzat acest dispozitiv: { $reason }
banner-offline = Offline: se afișează ce are acest browser. { $reason }
banner-expires-soon = Contul tău expiră pe { $date }. Cere unui administrator un cod de reînnoire.
conn-expired = Contul tău a expirat: reînnoiește-l în secțiunea Cont.
conn-offline = Offline: poți citi; trimiterea funcționează din nou după reconectare.
expiry-unknown = necunoscut (offline)
expiry-expired = { $date } (expirat)
expiry-days = { $days ->
    [one] { $date } ({ $days } zi)
    [few] { $date } ({ $days } zile)
   *[other] { $date } ({ $days } de zile)
}

## Lista de conversații și mesajele

you = Tu
last-message = { $who }: { $text }
ledger-line = Cont comun: { $text }
group-created = Grup creat
no-messages-yet = Încă nu există mesaje
no-conversations = Încă nu există conversații.
not-on-device = Această conversație nu este pe acest dispozitiv.
conversation = Conversație
removed-banner = Ai fost eliminat din această conversație. Nu mai primești mesajele ei.
membership-added = { $who } a adăugat pe { $names }
membership-removed = { $who } a eliminat pe { $names }
membership-added-removed = { $who } a adăugat pe { $added } și a eliminat pe { $removed }
membership-keys = { $who } a actualizat cheile
unreadable-message = Mesaj ilizibil ({ $reason })
handover-mine = Dispozitivul tău a transmis înregistrările anterioare ale contului comun dispozitivelor care s-au alăturat.
handover-theirs = Dispozitivul lui { $sender } a transmis înregistrările anterioare ale contului comun dispozitivelor care s-au alăturat.
open-ledger-link = Cont comun ›
open-ledger = Deschide contul comun
joined-here = Te-ai alăturat acestei conversații pe acest dispozitiv.
empty-conversation = Încă nu există mesaje. Mesajele sunt criptate end-to-end.
upload-sending = Se trimite { $name }…
upload-failed = { $name }: { $error }
dismiss = Închide
record-failed = Nu se poate înregistra: { $error }
record-hold = Ține apăsat butonul microfonului pentru a înregistra un mesaj vocal.
toast-added-to-conversation = Ai fost adăugat într-o conversație.
toast-fell-behind = Acest dispozitiv a rămas în urmă într-o conversație și așteaptă să fie adăugat din nou.
invites-admin = fără cotă (administrator)
invites-left = au rămas { $count }

## Membri

no-longer-member = Nu mai ești membru al acestei conversații.
safety-number = Număr de siguranță
safety-number-with = Numărul de siguranță cu { $username }
remove = Elimină
remove-member = Elimină pe { $username }
remove-confirm = Elimini pe { $username } din { $conversation }? Nu va mai citi mesajele ulterioare.
removing = Se elimină…
removed-toast = { $username } a fost eliminat.
devices-line = { $count ->
    [one] dispozitivul { $ids }
    [few] dispozitivele { $ids }
   *[other] dispozitivele { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = dispozitiv ({ $id })
member-you = { $username } (tu)
members-summary = { $count ->
    [one] { $count } membru · epoca { $epoch }
    [few] { $count } membri · epoca { $epoch }
   *[other] { $count } de membri · epoca { $epoch }
}
add = Adaugă
adding = Se adaugă…
added-toast = Au fost adăugați: { $names }.
add-members = Adaugă membri
add-members-hint = Nume de utilizator, separate prin virgule. Toate dispozitivele lor se alătură.
leave = Părăsește această conversație
leave-confirm = Părăsești { $conversation } pe toate dispozitivele tale?
leaving = Se părăsește…
epoch-authenticator = Autentificatorul epocii (același pe dispozitivul fiecărui membru): { $code }
loading = Se încarcă…
safety-verified = verificat
safety-changed = CHEILE S-AU SCHIMBAT de la verificare
safety-unverified = neverificat
mark-verified = Marchează ca verificat
saving = Se salvează…
verified-toast = { $username } a fost marcat ca verificat.
safety-with = Numărul de siguranță cu { $username } { $badge }
safety-hint = Compară-l cu al celeilalte persoane, față în față sau pe alt canal. Dacă se potrivește, marcheaz-o ca verificată: o schimbare ulterioară a cheilor ei va fi apoi semnalată clar.

## Contul comun

ledger-paid-by = Plătit de
ledger-paid-to = Plătit către / pentru
ledger-owed-to = Datorat lui
ledger-owed-by = Datorat de
split-to = Totul unui singur membru
split-equal = Împarte în mod egal
split-exact = Împarte pe sume
split-weights = Împarte pe ponderi
badge-reversed = stornat
badge-reversal = stornare
badge-refused = refuzat
badge-unreadable = ilizibil
device-id = dispozitivul { $id }
device-id-named = dispozitivul { $id } ({ $name })
entries = Înregistrări
entries-count = Înregistrări ({ $count })
export-csv = Descarcă CSV
export-json = Descarcă JSON
balances = Solduri
export = Export
export-hint = CSV: un rând pentru fiecare membru din fiecare înregistrare (însumate pe membru și monedă: soldurile). JSON: toate înregistrările, soldurile și decontarea.
discrepancy-title = Atenție: un cont comun transmis unui dispozitiv nou diferă de al tău.
discrepancy = Dispozitivul { $device } al lui { $by } (mesajul { $seq }) a transmis noilor veniți un cont comun care nu corespunde cu ce are acest dispozitiv: { $detail }. Soldurile lor pot diferi de ale tale; compară-le cu { $by }.
ledger-unreadable = { $count ->
    [one] { $count } înregistrare a fost scrisă de o versiune mai nouă de Conclave și nu poate fi citită aici; soldurile o omit până actualizezi.
    [few] { $count } înregistrări au fost scrise de o versiune mai nouă de Conclave și nu pot fi citite aici; soldurile le omit până actualizezi.
   *[other] { $count } de înregistrări au fost scrise de o versiune mai nouă de Conclave și nu pot fi citite aici; soldurile le omit până actualizezi.
}
handed-over-mine = Acest dispozitiv s-a alăturat la mesajul { $seq }: înregistrările dinaintea lui sunt așa cum le-a transmis dispozitivul tău { $device }.
handed-over-theirs = Acest dispozitiv s-a alăturat la mesajul { $seq }: înregistrările dinaintea lui sunt așa cum le-a transmis dispozitivul { $device } al lui { $by }.
ledger-empty = Încă nu există înregistrări. Înregistrează mai jos o cheltuială comună, o plată sau o datorie; fiecare membru vede aceleași solduri.
balances-in = Solduri în { $currency }
balance-owed = are de primit
balance-owes = datorează
balance-settled = achitat
settle-title = Pentru decontare
settle-you-pay = Plătești lui { $to } { $amount } { $currency }
settle-pays-you = { $from } îți plătește { $amount } { $currency }
settle-pays = { $from } îi plătește lui { $to } { $amount } { $currency }
all-settled = Toate sunt achitate.
records-empty = Înregistrările apar aici în ordinea stabilită de server, aceeași pe fiecare dispozitiv.
recorded-by-you = { $day } · înregistrat de tine de pe { $device } la { $time }
recorded-by = { $day } · înregistrat de { $member } de pe { $device } la { $time }
reference-line = Referință: { $reference }
reversed-by-you = Stornat de tine (înregistrarea { $entry }); nu mai este luat în calcul.
reversed-by = Stornat de { $member } (înregistrarea { $entry }); nu mai este luat în calcul.
reversed-by-someone = Stornat de cineva (înregistrarea { $entry }); nu mai este luat în calcul.
undoes = Anulează: { $description }
refused-everywhere = Refuzat de fiecare dispozitiv la care a ajuns; nu modifică niciun sold.
handed-by-mine = Transmis de dispozitivul tău { $device } când s-a alăturat acest dispozitiv
handed-by-theirs = Transmis de dispozitivul { $device } al lui { $username } când s-a alăturat acest dispozitiv
reverse-toggle = Stornează…
reverse-entry-label = Stornează înregistrarea { $entry }
reverse-entry = Stornează înregistrarea
cancel = Anulează
reverse-why = Motiv (opțional)
reverse-hint = Înregistrarea rămâne în istoric, marcată ca stornată; efectul ei asupra soldurilor este anulat pe fiecare dispozitiv.
reversing = Se stornează…
reversed-toast = Stornat: { $description }
kind-payment = Plată: cineva a plătit
kind-debt = Datorie: cineva datorează
record-entry = Înregistrează
member = Membru
split-equal-among = Împarte în mod egal între
split-equal-hint = Include și persoana care a plătit, ca să primească și ea o parte. Un rest de un cent revine primilor membri din listă.
weights-legend = Ponderi (de ex. 2 și 1: două treimi și o treime)
amounts-legend = Sume (care adunate dau totalul)
share-empty-hint = Lasă un membru necompletat pentru a nu-i da nicio parte.
will-record = Se va înregistra: { $description }
will-record-shares = Se va înregistra: { $description } — { $shares } { $currency }
amount = Sumă
currency = Monedă
add-entry-form = Adaugă o înregistrare în contul comun
what-happened = Ce s-a întâmplat
date = Dată
memo-optional = Notă (opțional)
reference-optional = Referință (opțional)
reference-hint = Un număr de factură, un ID de transfer…
add-entry = Adaugă o înregistrare
ledger-intro = Înregistrările sunt mesaje criptate end-to-end; nimeni nu le poate modifica sau șterge, o greșeală se stornează.
recording = Se înregistrează…
recorded-toast = Înregistrat: { $description }
preparing = Se pregătește…
exported-toast = { $count ->
    [one] A fost exportată { $count } înregistrare din contul comun în { $file }.
    [few] Au fost exportate { $count } înregistrări din contul comun în { $file }.
   *[other] Au fost exportate { $count } de înregistrări din contul comun în { $file }.
}

## Conversație nouă, cont

start = Începe
starting = Se începe…
create-group = Creează grupul
creating = Se creează…
message-person = Scrie unei persoane
new-group = Grup nou
group-name = Numele grupului
members-hint = Nume de utilizator, separate prin virgule.
your-account = Contul tău
this-device = Acest dispozitiv
this-device-value = { $name } (dispozitivul { $id })
valid-until = Valabil până la
invitations = Invitații
connection = Conexiune
online = online
offline = offline
offline-reason = offline: { $reason }
renew = Reînnoiește
renewing = Se reînnoiește…
renewed-toast = Reînnoit până la { $date }.
renew-title = Reînnoiește-ți contul
renewal-code = Cod de reînnoire
renewal-hint = Îl primești de la un administrator; îți prelungește contul, chiar și după ce a expirat.
expires-1-day = 1 zi
expires-7-days = 7 zile
expires-30-days = 30 de zile
create-invitation = Creează invitația
your-invitations = Invitațiile tale
copy = Copiază
copied = Copiat.
copy-failed = Selectează linkul și copiază-l.
invitation-created = Invitație creată.
invitation-for = { $count ->
    [one] Pentru { $count } persoană, valabilă până la { $date }.
    [few] Pentru { $count } persoane, valabilă până la { $date }.
   *[other] Pentru { $count } de persoane, valabilă până la { $date }.
}
link-for-browser = Link pentru un browser:
link-for-cli = Pentru linia de comandă (conclave join):
invite-row = #{ $id } · { $state } · rămase { $left }/{ $total } · până la { $date }
invite-row-joined = #{ $id } · { $state } · rămase { $left }/{ $total } · până la { $date } · s-au alăturat: { $names }
no-invitations = Încă nu există invitații.
invite-someone = Invită pe cineva
number-of-people = Număr de persoane
valid-for = Valabilă timp de
your-devices = Dispozitivele tale
add-device-hint = Pentru a adăuga un dispozitiv, rulează „conclave device link” pe unul care are contul tău.
lock = Blochează
this-browser = Acest browser
lock-hint = Blocarea închide sesiunea; fraza de acces o redeschide.
device-row = { $name } (dispozitivul { $id }), adăugat pe { $date }
device-row-this = { $name } (dispozitivul { $id }), adăugat pe { $date } — acest browser
offline-short = Offline.
language = Limbă
language-hint = Limba acestei pagini pe acest dispozitiv. „Automat” urmează limbile browserului.
language-auto = Automat

## Navigare privată

pb-what-title = Ce este navigarea privată
pb-what-1 = Navigarea privată trece traficul web al unui dispozitiv prin două relee, în loc să-l trimită direct la site. Releul de intrare află cine ești (adresa ta), dar nu unde mergi; releul de ieșire află unde mergi (site-ul), dar nu cine ești. Niciunul nu le află pe amândouă.
pb-what-2 = Între dispozitivul tău și ieșire, traficul este criptat, așa că intrarea vede doar celule sigilate, de dimensiune fixă. Fiecare releu lasă să intre o conexiune doar cu un jeton care nu poate fi corelat, pe care acest server îl semnează orbește: nu poate ști pentru ce conexiune sau site a fost folosit un jeton.
pb-what-3 = Această pagină nu rutează nimic ea însăși: o pagină web nu poate transporta alt trafic. Asta o face programul conclave de pe un dispozitiv (vezi „Folosește-o pe acest dispozitiv”).
pb-limits-title = Împotriva a ce nu protejează
pb-limits-1 = Două salturi dejoacă un singur operator de releu curios. Nu ajută dacă ambele relee ale unei rute colaborează, nici împotriva unui observator care urmărește traficul la ambele capete și îi corelează sincronizarea (un observator global).
pb-limits-2 = Releele aceluiași operator sunt marcate în lista de mai jos, iar o rută nu folosește niciodată două dintre ele când există un releu al altui operator. Când un singur operator rulează relee, ambele salturi sunt ale lui și separarea este doar nominală; conclave proxy avertizează atunci.
pb-limits-3 = Site-urile văd în continuare ce le trimiți: autentificarea, cookie-urile și amprenta browserului te identifică la fel ca de obicei.
pb-limits-4 = Sunt acoperite doar programele îndreptate spre proxy. Lasă proxy-ul să rezolve și numele (socks5h, --socks5-hostname la curl, „Proxy DNS” în Firefox), altfel interogările tale DNS ies în afara lui.
pb-allowance-note = Fiecare circuit folosește două jetoane, câte unul pentru fiecare releu; un circuit transportă multe conexiuni și se reînnoiește după 10 minute. Alocarea se reînnoiește la 00:00 UTC.
pb-allowance-title = Alocarea acestui dispozitiv
pb-per-day = Jetoane pe zi
pb-left-today = Rămase azi
pb-fetching = Se preia directorul de relee…
relays = Relee
pb-setup = { $first }: pe un dispozitiv unde conclave are contul tău, rulează { $link }, apoi aici { $join } (sau { $joininvite } cu o invitație).
pb-use-title = Folosește-o pe acest dispozitiv
pb-desktop = Computer (Linux, macOS, Windows)
pb-desktop-install = Instalează linia de comandă conclave și dă-i contul tău
pb-desktop-run = Rulează { $cmd }. Oferă SOCKS5 și HTTP CONNECT pe { $addr }, doar pentru acest computer, și afișează intrarea și ieșirea fiecărui circuit.
pb-desktop-chromium = Chromium, Chrome sau Edge: pornește-l cu { $cmd } (numele sunt atunci rezolvate de proxy). Un profil separat ({ $profile }) ține navigarea privată despărțită de profilul tău obișnuit.
pb-desktop-firefox = Firefox: Setări → General → Setări rețea → Setări…: Configurare manuală a proxy-ului, Gazdă SOCKS 127.0.0.1, Port 1080, SOCKS v5, și bifează „Proxy DNS când se folosește SOCKS v5”.
pb-desktop-curl = Instrumente de linie de comandă: { $cmd }.
pb-desktop-options = Opțiuni: { $country } iese printr-o ieșire din acea țară; { $circuit } dă fiecărui site propriul circuit.
pb-android = Telefon sau tabletă Android
pb-android-intro = Un browser nu poate rula un proxy SOCKS, așa că trebuie să o facă un program de pe telefon:
pb-android-termux = Instalează Termux (din F-Droid) și, în el, linia de comandă conclave.
pb-android-account = Dă-i contul tău
pb-android-run = În Termux rulează { $cmd } și lasă-l să ruleze (permite-i lui Termux să ruleze în fundal din setările bateriei).
pb-android-wifi = Setări → Wi-Fi → rețeaua ta → Editează → Avansat → Proxy: Manual, gazdă { $host }, port { $port }. Setarea de proxy din Android folosește HTTP CONNECT, pe care proxy-ul îl înțelege pe același port. Browserele care o respectă trec prin relee în acea rețea Wi-Fi (nu pe datele mobile).
pb-android-browser = Sau folosește un browser cu propriile setări de proxy: SOCKS5 { $socks } cu DNS la distanță, sau proxy HTTP { $http } (CONNECT).
pb-ios = iPhone și iPad
pb-ios-text = Nu este disponibil deocamdată. iOS nu are nicio cale de a ține un program de linie de comandă pornit în fundal ca proxy local (nu există Termux, iar aplicațiile sunt suspendate), iar transportul traficului unui telefon necesită o aplicație de tip VPN (un Network Extension), pe care Conclave nu o are încă. Nici nu poate un telefon împrumuta proxy-ul unui computer: conclave proxy nu are parolă, deci ascultă doar pe propria mașină.
pb-no-tokens = Acest server nu emite jetoane pentru relee, așa că releele lui nu pot fi folosite din acest cont.
pb-zero-tokens = Serverul nu le dă membrilor jetoane pentru relee (alocarea lui este 0 pe zi).
pb-same-operator = același operator
pb-country-unknown = țară necunoscută
pb-relay-meta = { $country } · operator { $operator } · { $addr }
pb-relay-meta-ours = { $country } · operator { $operator } (al acestui server) · { $addr }
pb-same-operator-note = Rulat de același operator ca { $others } ({ $count } relee): nu sunt folosite niciodată împreună cât timp există un releu al altui operator.
pb-no-relays = Acest server nu listează niciun releu.
pb-two-operators = O rută poate folosi două relee ale unor operatori diferiți.
pb-one-operator = Un singur operator rulează aceste relee, așa că ambele salturi ale unei rute sunt ale lui: separarea este doar nominală.
pb-no-path = Încă nu se poate construi nicio rută: { $reason }.
pb-signed-new = Semnat de { $operator } cu cheia { $key }; semnătura este validă. Acest dispozitiv reține acum această cheie și refuză un director semnat de alta. Valabil până la { $date }.
pb-signed-known = Semnat de { $operator } cu cheia { $key }; semnătura este validă. Este cheia pe care a reținut-o acest dispozitiv, care refuză un director semnat de alta. Valabil până la { $date }.

## Apeluri

declined = Au refuzat: { $names }.
join-call = Intră în apel
accept = Acceptă
accept-call = Acceptă apelul
accept-video-call = Acceptă apelul video
decline = Refuză
is-calling = { $caller } te sună
ringing-voice = Apel vocal · { $conversation }
ringing-video = Apel video · { $conversation }
already-in-call = Ești deja într-un apel.
calling = Se apelează…
call-failed = Apelul nu a putut începe: { $error }
connecting = Se conectează…
your-camera = Camera ta
mute = Dezactivează sunetul
unmute = Activează sunetul
camera-off = Oprește camera
camera-on = Pornește camera
switch-camera = Schimbă camera
one-camera = Acest dispozitiv are o singură cameră.
hang-up = Închide
call-controls = Comenzile apelului
tile-name = { $username } · dispozitivul { $device }
tile-leaf = frunza { $leaf }
reconnecting = Se reconectează…
connection-failed = Conexiunea a eșuat
ended = Încheiat
in-call = { $count ->
    [one] { $state } · { $count } în apel
    [few] { $state } · { $count } în apel
   *[other] { $state } · { $count } în apel
}

## Fișiere și mesaje vocale

file-too-large = Fișierul este mai mare decât acceptă serverul.
file-too-large-max = Fișierul este mai mare decât acceptă serverul (cel mult { $max }).
file-over-quota = Spațiul tău de stocare pe server este plin. Fișierele expiră după un timp; încearcă din nou mai târziu.
file-too-many = Prea multe încărcări simultan. Încearcă din nou peste puțin timp.
file-grant = Permisiunea de încărcare a expirat. Încearcă din nou.
file-not-found = Fișierul nu mai este pe server (fișierele expiră după un timp).
file-hash-mismatch = Încărcarea s-a deteriorat pe drum. Încearcă din nou.
file-unavailable = Spațiul de fișiere al serverului nu este disponibil acum. Încearcă din nou mai târziu.
file-busy = Serverul este ocupat cu acest fișier. Încearcă din nou peste puțin timp.
file-cut = Conexiunea s-a întrerupt în timpul încărcării. Încearcă din nou.
file-no-resume = Încărcarea nu a putut fi reluată.
file-kept-other = Serverul a păstrat o altă parte a fișierului.
upload-refused = Încărcarea a eșuat: { $reason }
download-refused = Descărcarea a eșuat: { $reason }
file-corrupted = Acest fișier a fost modificat sau deteriorat pe drum; nu este afișat.
open-image = Deschide imaginea { $name }
open = Deschide
preview-of = Previzualizare pentru { $name }
image-unreadable = Această imagine nu poate fi afișată aici; nu este o imagine pe care acest browser o poate citi.
play-voice-note = Redă mesajul vocal { $name }
recording-unplayable = Această înregistrare nu poate fi redată în acest browser.
download = Descarcă
download-name = Descarcă { $name }
save-again = Salvează din nou
close = Închide
play-name = Redă { $name }
pause-name = Întrerupe { $name }
position = Poziție

## Notificări

notifications = Notificări
hide-contents = Ascunde conținutul în notificări
push-blocked = Notificările sunt blocate pentru acest site: permite-le din setările site-ului în browser.
push-not-allowed = Notificările nu au fost permise.
push-no-server = Acest server nu trimite notificări push.
push-no-service = Serviciul push al acestui browser nu a răspuns (fără rețea, sau un browser fără un astfel de serviciu).
push-unsupported = Acest browser nu poate afișa notificări push (pe iPhone și iPad: adaugă mai întâi Conclave pe ecranul principal).
push-on-hidden = Activate: notificările spun „Mesaj nou” și nimic altceva.
push-on = Activate: notificările arată cine a scris și ce, decriptat pe acest dispozitiv.
push-off = Dezactivate. Notificările push ale serverului spun doar „ceva nou”; restul îl decriptează acest dispozitiv.
new-message = Mesaj nou

## Apeluri în istoric, plăcile apelului, stările invitațiilor

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
tile-waiting-keys = se așteaptă cheile
tile-cant-decrypt = nu se poate decripta ({ $reason })
tile-key-mismatch = cheia sa nu se potrivește cu a acestui dispozitiv: altă epocă MLS sau nu este membru
invite-open = deschisă
invite-used = folosită
invite-expired = expirată
invite-revoked = revocată

## Typing indicators
typing-one = { $name } scrie…
typing-two = { $first } și { $second } scriu…
typing-several = Mai multe persoane scriu…
typing-title = Indicatori de scriere
typing-setting = Arată când scriu alții și lasă-i să vadă când scriu eu
typing-hint = Când sunt dezactivați, acest dispozitiv nici nu îi trimite, nici nu îi afișează. Ajung doar la membrii conectați acum; serverul nu păstrează niciunul.

## History from another device
toast-history-imported = Istoricul de pe dispozitivul tău { $device } a sosit (intrări: { $count }; conversații: { $conversations }).
history-note = Istoricul de mai sus a venit de pe dispozitivul tău { $device } (trimis { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Apel primit
push-ring-body = Deschide Conclave pentru a răspunde
push-title-group = { $sender } în { $conversation }

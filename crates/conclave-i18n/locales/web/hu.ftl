# Conclave: Hungarian (Magyar), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Indítás, csatlakozás, összekapcsolás, feloldás

boot-loading = Betöltés…
boot-failed = A Conclave nem tudott elindulni: { $error }
boot-other-tab = A Conclave már meg van nyitva ennek a böngészőnek egy másik lapján vagy ablakában. Zárd be, majd töltsd újra ezt az oldalt.
working = Folyamatban…
wrong-passphrase = Hibás jelmondat. { $detail }. Próbáld újra.
tagline = Csak meghívóval elérhető, végponttól végpontig titkosított üzenetküldés. A kulcsaid ebben a böngészőben készülnek, és itt is maradnak.
passphrase = Jelmondat
passphrase-hint = Legalább 8 karakter. Ez titkosítja ennek az eszköznek a kulcsait és előzményeit ebben a böngészőben, és sosem hagyja el a böngészőt; ha elfelejted, a böngészőben lévő másolat nem nyitható meg.
passphrase-again = Jelmondat megismétlése
passphrase-differ = A két jelmondat eltér.
join-title = Csatlakozás meghívóval
join-link = Meghívólink
join-link-hint = https://…/join#code=… vagy conclave://…/join#code=…
username = Felhasználónév
username-hint = 3–32 karakter: a–z, 0–9, „.”, „_”, „-”.
device-name = Az eszköz neve
join-button = Csatlakozás
joining = Csatlakozás…
link-title = A böngésző összekapcsolása a fiókoddal
link-intro = Egy olyan eszközön, amelyen megvan a fiókod, futtasd a „conclave device link” parancsot, és illeszd be ide az általa kiírt linket. Ezután az az eszköz hozzáadja ezt a böngészőt a beszélgetéseidhez.
link-link = Eszközlink
link-link-hint = https://…/device#code=… vagy conclave://…/device#code=…
link-button = A böngésző összekapcsolása
linking = Összekapcsolás…
unlock-title = A Conclave feloldása
unlock-holds = Ebben a böngészőben { $username } „{ $device }” nevű eszköze van.
unlock-button = Feloldás
unlocking = Feloldás…
unlock-link-ignored = Ebben a böngészőben már van egy Conclave-eszköz; a megnyitott linket nem használjuk. Ha használni szeretnéd, előbb távolítsd el ezt az eszközt ebből a böngészőből.
unlock-forgot = Elfelejtetted a jelmondatot? Nélküle a böngészőben lévő másolat nem nyitható meg. Távolítsd el itt, és kapcsold össze újra ezt a böngészőt egy másik eszközödről.
forget-button = Az eszköz eltávolítása ebből a böngészőből
forget-confirm = Eltávolítod { $username } eszközét ebből a böngészőből? Az itteni kulcsai és előzményei törlődnek; a fiókod és a többi eszközöd megmarad.

## A fő nézet

conversations = Beszélgetések
new-button = Új
new-conversation = Új beszélgetés
private-button = Privát
private-browsing = Privát böngészés
account-button = Fiók
account = Fiók
details = Részletek
call-button = Hívás
call-start = Hívás indítása
call-voice = Hanghívás
video-button = Videó
video-start = Videohívás indítása
video-call = Videohívás
ledger = Kassza
ledger-button-title = Közös kiadások és egyenlegek
messages = Üzenetek
composer-placeholder = Üzenet
send = Küldés
sending = Küldés…
attach = Fájl csatolása
take-photo = Fénykép készítése
voice-hold = Tartsd lenyomva hangüzenet felvételéhez
back-chats = ‹ Csevegések
back-to-conversations = Vissza a beszélgetésekhez
back = ‹ Vissza
close-panel = A panel bezárása
conversation-panels = Beszélgetéspanelek
members = Tagok
choose-conversation = Válassz egy beszélgetést, vagy indíts egyet az „Új” gombbal.
call = Hívás

## Állapot és sávok

status-online = { $username } · kapcsolódva
status-offline = { $username } · nincs kapcsolat
status-expired = { $username } · lejárt
status-replaced = { $username } · lecserélve
status-refused = { $username } · elutasítva
status-connecting = { $username } · kapcsolódás
banner-expired = A fiókod lejárt. A folytatáshoz válts be egy megújító kódot a Fiók részben.
banner-replaced = A Conclave-ot máshol megnyitották ehhez az eszközhöz; ez az oldal leállt. Töltsd újra, ha itt szeretnéd használni.
banner-refused = A szerver elutasította ezt az eszközt: { $reason }
banner-offline = Nincs kapcsolat: azt látod, ami ebben a böngészőben megvan. { $reason }
banner-expires-soon = A fiókod lejár: { $date }. Kérj megújító kódot egy adminisztrátortól.
conn-expired = A fiókod lejárt: újítsd meg a Fiók részben.
conn-offline = Nincs kapcsolat: olvasni tudsz; a küldés a kapcsolat helyreállása után újra működik.
expiry-unknown = ismeretlen (nincs kapcsolat)
expiry-expired = { $date } (lejárt)
expiry-days = { $days ->
    [one] { $date } ({ $days } nap)
   *[other] { $date } ({ $days } nap)
}

## A beszélgetéslista és az üzenetek

you = Te
last-message = { $who }: { $text }
ledger-line = Kassza: { $text }
group-created = Csoport létrehozva
no-messages-yet = Még nincs üzenet
no-conversations = Még nincs beszélgetés.
not-on-device = Ez a beszélgetés nincs meg ezen az eszközön.
conversation = Beszélgetés
removed-banner = Eltávolítottak ebből a beszélgetésből. Már nem kapod meg az üzeneteit.
membership-added = { $who } hozzáadta: { $names }
membership-removed = { $who } eltávolította: { $names }
membership-added-removed = { $who } hozzáadta: { $added }, és eltávolította: { $removed }
membership-keys = { $who } frissítette a kulcsokat
unreadable-message = Olvashatatlan üzenet ({ $reason })
handover-mine = Az eszközöd átadta a kassza korábbi tételeit a csatlakozott eszközöknek.
handover-theirs = { $sender } eszköze átadta a kassza korábbi tételeit a csatlakozott eszközöknek.
open-ledger-link = Kassza ›
open-ledger = A kassza megnyitása
joined-here = Ezen az eszközön csatlakoztál ehhez a beszélgetéshez.
empty-conversation = Még nincs üzenet. Az üzenetek végponttól végpontig titkosítottak.
upload-sending = { $name } küldése…
upload-failed = { $name }: { $error }
dismiss = Elvetés
record-failed = Nem lehet felvenni: { $error }
record-hold = Hangüzenet felvételéhez tartsd lenyomva a mikrofon gombot.
toast-added-to-conversation = Hozzáadtak egy beszélgetéshez.
toast-fell-behind = Ez az eszköz lemaradt egy beszélgetésben, és arra vár, hogy újra hozzáadják.
invites-admin = nincs kvóta (adminisztrátor)
invites-left = { $count } maradt

## Tagok

no-longer-member = Már nem vagy tagja ennek a beszélgetésnek.
safety-number = Biztonsági szám
safety-number-with = Biztonsági szám: { $username }
remove = Eltávolítás
remove-member = { $username } eltávolítása
remove-confirm = Eltávolítod { $username } felhasználót innen: { $conversation }? A későbbi üzeneteket nem fogja tudni elolvasni.
removing = Eltávolítás…
removed-toast = { $username } eltávolítva.
devices-line = { $count ->
    [one] eszköz: { $ids }
   *[other] eszközök: { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = eszköz ({ $id })
member-you = { $username } (te)
members-summary = { $count ->
    [one] { $count } tag · korszak: { $epoch }
   *[other] { $count } tag · korszak: { $epoch }
}
add = Hozzáadás
adding = Hozzáadás…
added-toast = Hozzáadva: { $names }.
add-members = Tagok hozzáadása
add-members-hint = Felhasználónevek vesszővel elválasztva. Minden eszközük csatlakozik.
leave = Kilépés a beszélgetésből
leave-confirm = Kilépsz innen az összes eszközödön: { $conversation }?
leaving = Kilépés…
epoch-authenticator = Korszakhitelesítő (minden tag eszközén ugyanaz): { $code }
loading = Betöltés…
safety-verified = ellenőrizve
safety-changed = A KULCSOK MEGVÁLTOZTAK az ellenőrzés óta
safety-unverified = nincs ellenőrizve
mark-verified = Megjelölés ellenőrzöttként
saving = Mentés…
verified-toast = { $username } ellenőrzöttként megjelölve.
safety-with = Biztonsági szám: { $username } { $badge }
safety-hint = Hasonlítsd össze az övével személyesen vagy egy másik csatornán. Ha egyezik, jelöld ellenőrzöttként: a kulcsai későbbi változását ekkor feltűnően jelezzük.

## A kassza

ledger-paid-by = Ki fizetett
ledger-paid-to = Kinek / kiért fizetett
ledger-owed-to = Kinek tartozik
ledger-owed-by = Ki tartozik
split-to = Mind egy tagnak
split-equal = Egyenlő felosztás
split-exact = Felosztás összegek szerint
split-weights = Felosztás arányok szerint
badge-reversed = sztornózva
badge-reversal = sztornó
badge-refused = elutasítva
badge-unreadable = olvashatatlan
device-id = { $id }. eszköz
device-id-named = { $id }. eszköz ({ $name })
entries = Tételek
entries-count = Tételek ({ $count })
export-csv = CSV letöltése
export-json = JSON letöltése
balances = Egyenlegek
export = Exportálás
export-hint = CSV: tagonként és tételenként egy sor (tagonként és pénznemenként összesítve: az egyenlegek). JSON: minden bejegyzés, az egyenlegek és az elszámolás.
discrepancy-title = Figyelem: egy új eszköznek átadott kassza eltér a tiédtől.
discrepancy = { $by } eszköze ({ $device }, { $seq }. üzenet) olyan kasszát adott át az újonnan érkezőknek, amely nem egyezik azzal, ami ezen az eszközön van: { $detail }. Az ő egyenlegeik eltérhetnek a tieidtől; egyeztess vele: { $by }.
ledger-unreadable = { $count ->
    [one] { $count } tételt a Conclave egy újabb verziója írt, ezért itt nem olvasható; az egyenlegek kihagyják, amíg nem frissítesz.
   *[other] { $count } tételt a Conclave egy újabb verziója írt, ezért itt nem olvashatók; az egyenlegek kihagyják őket, amíg nem frissítesz.
}
handed-over-mine = Ez az eszköz a(z) { $seq }. üzenetnél csatlakozott: az előtte lévő tételek úgy szerepelnek, ahogyan az eszközöd ({ $device }) átadta őket.
handed-over-theirs = Ez az eszköz a(z) { $seq }. üzenetnél csatlakozott: az előtte lévő tételek úgy szerepelnek, ahogyan { $by } eszköze ({ $device }) átadta őket.
ledger-empty = Még nincs tétel. Lent rögzíthetsz közös kiadást, fizetést vagy tartozást; minden tag ugyanazokat az egyenlegeket látja.
balances-in = Egyenlegek, pénznem: { $currency }
balance-owed = követel
balance-owes = tartozik
balance-settled = rendezve
settle-title = Az elszámoláshoz
settle-you-pay = Te fizetsz { $to } részére: { $amount } { $currency }
settle-pays-you = { $from } fizet neked: { $amount } { $currency }
settle-pays = { $from } fizet { $to } részére: { $amount } { $currency }
all-settled = Minden rendezve.
records-empty = A tételek abban a sorrendben jelennek meg itt, ahogyan a szerver elhelyezte őket, minden eszközön ugyanúgy.
recorded-by-you = { $day } · rögzítetted innen: { $device }, { $time }-kor
recorded-by = { $day } · rögzítette: { $member }, innen: { $device }, { $time }-kor
reference-line = Hivatkozás: { $reference }
reversed-by-you = Sztornóztad ({ $entry }. tétel); már nem számít bele.
reversed-by = Sztornózta: { $member } ({ $entry }. tétel); már nem számít bele.
reversed-by-someone = Valaki sztornózta ({ $entry }. tétel); már nem számít bele.
undoes = Visszavonja: { $description }
refused-everywhere = Minden eszköz elutasította, ahová megérkezett; egyik egyenleget sem változtatja meg.
handed-by-mine = Az eszközöd ({ $device }) adta át, amikor ez az eszköz csatlakozott
handed-by-theirs = { $username } eszköze ({ $device }) adta át, amikor ez az eszköz csatlakozott
reverse-toggle = Sztornó…
reverse-entry-label = A(z) { $entry }. tétel sztornózása
reverse-entry = Tétel sztornózása
cancel = Mégse
reverse-why = Indoklás (nem kötelező)
reverse-hint = A tétel megmarad az előzményekben, sztornózottként megjelölve; az egyenlegekre gyakorolt hatása minden eszközön visszavonódik.
reversing = Sztornózás…
reversed-toast = Sztornózva: { $description }
kind-payment = Fizetés: valaki fizetett
kind-debt = Tartozás: valaki tartozik
record-entry = Tétel rögzítése
member = Tag
split-equal-among = Egyenlő felosztás közöttük
split-equal-hint = Vedd fel azt is, aki fizetett, ha neki is jár rész. Az egy centes maradék a listán elsőként szereplő tagokhoz kerül.
weights-legend = Arányok (pl. 2 és 1: kétharmad és egyharmad)
amounts-legend = Összegek (együtt a teljes összeget adják ki)
share-empty-hint = Hagyd üresen egy tag mezőjét, ha nem kap részt.
will-record = Rögzítésre kerül: { $description }
will-record-shares = Rögzítésre kerül: { $description } — { $shares } { $currency }
amount = Összeg
currency = Pénznem
add-entry-form = Tétel hozzáadása a kasszához
what-happened = Mi történt
date = Dátum
memo-optional = Megjegyzés (nem kötelező)
reference-optional = Hivatkozás (nem kötelező)
reference-hint = Számlaszám, átutalási azonosító…
add-entry = Tétel hozzáadása
ledger-intro = A tételek végponttól végpontig titkosított üzenetek; senki sem szerkesztheti vagy törölheti őket, a hibát sztornóval javítjuk.
recording = Rögzítés…
recorded-toast = Rögzítve: { $description }
preparing = Előkészítés…
exported-toast = { $count ->
    [one] { $count } kasszabejegyzés exportálva ide: { $file }.
   *[other] { $count } kasszabejegyzés exportálva ide: { $file }.
}

## Új beszélgetés, fiók

start = Indítás
starting = Indítás…
create-group = Csoport létrehozása
creating = Létrehozás…
message-person = Üzenet valakinek
new-group = Új csoport
group-name = Csoport neve
members-hint = Felhasználónevek vesszővel elválasztva.
your-account = A fiókod
this-device = Ez az eszköz
this-device-value = { $name } ({ $id }. eszköz)
valid-until = Érvényes eddig
invitations = Meghívók
connection = Kapcsolat
online = kapcsolódva
offline = nincs kapcsolat
offline-reason = nincs kapcsolat: { $reason }
renew = Megújítás
renewing = Megújítás…
renewed-toast = Megújítva, érvényes eddig: { $date }.
renew-title = A fiók megújítása
renewal-code = Megújító kód
renewal-hint = Egy adminisztrátortól kapod; meghosszabbítja a fiókodat, lejárat után is.
expires-1-day = 1 nap
expires-7-days = 7 nap
expires-30-days = 30 nap
create-invitation = Meghívó létrehozása
your-invitations = A meghívóid
copy = Másolás
copied = Másolva.
copy-failed = Jelöld ki a linket, és másold ki.
invitation-created = Meghívó létrehozva.
invitation-for = { $count ->
    [one] { $count } főre, érvényes eddig: { $date }.
   *[other] { $count } főre, érvényes eddig: { $date }.
}
link-for-browser = Link böngészőhöz:
link-for-cli = A parancssorhoz (conclave join):
invite-row = #{ $id } · { $state } · { $left }/{ $total } maradt · eddig: { $date }
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } maradt · eddig: { $date } · csatlakozott: { $names }
no-invitations = Még nincs meghívó.
invite-someone = Meghívás
number-of-people = Személyek száma
valid-for = Érvényesség
your-devices = Az eszközeid
add-device-hint = Eszköz hozzáadásához futtasd a „conclave device link” parancsot egy olyan eszközön, amelyen megvan a fiókod.
lock = Zárolás
this-browser = Ez a böngésző
lock-hint = A zárolás bezárja a munkamenetet; a jelmondat újra megnyitja.
device-row = { $name } ({ $id }. eszköz), hozzáadva: { $date }
device-row-this = { $name } ({ $id }. eszköz), hozzáadva: { $date } — ez a böngésző
offline-short = Nincs kapcsolat.
language = Nyelv
language-hint = Az oldal nyelve ezen az eszközön. Az „Automatikus” a böngésző nyelveit követi.
language-auto = Automatikus

## Privát böngészés

pb-what-title = Mi a privát böngészés
pb-what-1 = A privát böngészés egy eszköz webes forgalmát két továbbítón keresztül viszi, nem közvetlenül a webhelyre. A belépő továbbító megtudja, ki vagy (a címedet), de azt nem, hová mész; a kilépő továbbító megtudja, hová mész (a webhelyet), de azt nem, ki vagy. Egyikük sem tudja mindkettőt.
pb-what-2 = Az eszközöd és a kilépő továbbító között a forgalom titkosított, így a belépő csak lezárt, rögzített méretű cellákat lát. Minden továbbító csak egy összekapcsolhatatlan tokennel enged be egy kapcsolatot, amelyet ez a szerver vakon ír alá: nem tudja megállapítani, melyik kapcsolatra vagy webhelyre használták fel a tokent.
pb-what-3 = Ez az oldal maga semmit sem irányít át: egy weboldal nem tud más forgalmat továbbítani. Ezt az eszközön futó conclave program végzi (lásd: „Használat ezen az eszközön”).
pb-limits-title = Mi ellen nem véd
pb-limits-1 = Két ugrás kivéd egy kíváncsi továbbító-üzemeltetőt. Nem segít viszont, ha egy útvonal mindkét továbbítója összejátszik, sem egy olyan megfigyelő ellen, aki mindkét végen figyeli a forgalmat, és összeveti az időzítését (globális megfigyelő).
pb-limits-2 = Az azonos üzemeltetőhöz tartozó továbbítók meg vannak jelölve az alábbi listában, és egy útvonal soha nem használ kettőt közülük, ha létezik más üzemeltető továbbítója. Ha csak egy üzemeltető futtat továbbítókat, mindkét ugrás az övé, és a szétválasztás csak névleges; ilyenkor a conclave proxy figyelmeztet.
pb-limits-3 = A webhelyek továbbra is látják, amit elküldesz nekik: a bejelentkezés, a sütik és a böngésző ujjlenyomata a szokásos módon azonosít.
pb-limits-4 = Csak a proxyra irányított programok védettek. Hagyd, hogy a proxy a neveket is feloldja (socks5h, a curl --socks5-hostname kapcsolója, a Firefoxban a „Proxy DNS” beállítás), különben a DNS-lekérdezéseid megkerülik.
pb-allowance-note = Minden áramkör két tokent használ, egyet-egyet a két továbbítóhoz; egy áramkör sok kapcsolatot visz, és 10 perc után megújul. A keret 00:00 UTC-kor újul meg.
pb-allowance-title = Az eszköz kerete
pb-per-day = Token naponta
pb-left-today = Mára maradt
pb-fetching = A továbbítók jegyzékének lekérése…
relays = Továbbítók
pb-setup = { $first }: egy olyan eszközön, ahol a conclave-ban megvan a fiókod, futtasd ezt: { $link }, majd itt ezt: { $join } (vagy meghívóval ezt: { $joininvite }).
pb-use-title = Használat ezen az eszközön
pb-desktop = Számítógép (Linux, macOS, Windows)
pb-desktop-install = Telepítsd a conclave parancssori programot, és add meg neki a fiókodat
pb-desktop-run = Futtasd ezt: { $cmd }. SOCKS5-öt és HTTP CONNECT-et szolgál ki itt: { $addr }, csak ennek a számítógépnek, és kiírja minden áramkör belépő és kilépő továbbítóját.
pb-desktop-chromium = Chromium, Chrome vagy Edge: indítsd így: { $cmd } (a neveket ekkor a proxy oldja fel). Egy külön profil ({ $profile }) elkülöníti a privát böngészést a szokásos profilodtól.
pb-desktop-firefox = Firefox: Beállítások → Általános → Hálózati beállítások → Beállítások…: Kézi proxybeállítás, SOCKS gép 127.0.0.1, Port 1080, SOCKS v5, és jelöld be a „Proxy DNS használata SOCKS v5 esetén” lehetőséget.
pb-desktop-curl = Parancssori eszközök: { $cmd }.
pb-desktop-options = Kapcsolók: { $country } az adott ország egyik kilépő továbbítóján keresztül lép ki; { $circuit } minden webhelynek saját áramkört ad.
pb-android = Androidos telefon vagy táblagép
pb-android-intro = Egy böngésző nem tud SOCKS proxyt futtatni, ezért ezt egy programnak kell végeznie a telefonon:
pb-android-termux = Telepítsd a Termuxot (az F-Droidról), benne pedig a conclave parancssori programot.
pb-android-account = Add meg neki a fiókodat
pb-android-run = A Termuxban futtasd ezt: { $cmd }, és hagyd futni (az akkumulátor-beállításokban engedélyezd, hogy a Termux a háttérben fusson).
pb-android-wifi = Beállítások → Wi-Fi → a hálózatod → Szerkesztés → Speciális → Proxy: Kézi, gazdagép { $host }, port { $port }. Az Android proxybeállítása HTTP CONNECT-et használ, amelyet a proxy ugyanazon a porton megért. Az ezt követő böngészők ezen a Wi-Fi-hálózaton a továbbítókon keresztül mennek (mobiladat-kapcsolaton nem).
pb-android-browser = Vagy használj saját proxybeállításokkal rendelkező böngészőt: SOCKS5 { $socks } távoli DNS-sel, vagy HTTP-proxy { $http } (CONNECT).
pb-ios = iPhone és iPad
pb-ios-text = Egyelőre nem érhető el. Az iOS-en nem lehet egy parancssori programot a háttérben futtatni helyi proxyként (nincs Termux, és a rendszer felfüggeszti az alkalmazásokat), a telefon forgalmának továbbításához pedig VPN-szerű alkalmazás (Network Extension) kell, amely a Conclave-nak még nincs. A telefon egy számítógép proxyját sem kölcsönözheti: a conclave proxy nem használ jelszót, ezért csak a saját gépén figyel.
pb-no-tokens = Ez a szerver nem ad ki továbbítótokeneket, így a továbbítói nem használhatók erről a fiókról.
pb-zero-tokens = A szerver nem ad továbbítótokeneket a tagoknak (a keret napi 0).
pb-same-operator = azonos üzemeltető
pb-country-unknown = ismeretlen ország
pb-relay-meta = { $country } · üzemeltető: { $operator } · { $addr }
pb-relay-meta-ours = { $country } · üzemeltető: { $operator } (ez a szerver) · { $addr }
pb-same-operator-note = Ugyanaz üzemelteti, mint ezeket: { $others } ({ $count } továbbító); soha nem használjuk őket együtt, amíg létezik más üzemeltető továbbítója.
pb-no-relays = Ez a szerver nem sorol fel továbbítókat.
pb-two-operators = Egy útvonal két különböző üzemeltető továbbítóit használhatja.
pb-one-operator = Ezeket a továbbítókat csak egy üzemeltető futtatja, így egy útvonal mindkét ugrása az övé: a szétválasztás csak névleges.
pb-no-path = Még nem építhető útvonal: { $reason }.
pb-signed-new = Aláírta: { $operator }, ezzel a kulccsal: { $key }; az aláírás érvényes. Ez az eszköz mostantól megjegyzi ezt a kulcsot, és elutasítja a más által aláírt jegyzéket. Érvényes eddig: { $date }.
pb-signed-known = Aláírta: { $operator }, ezzel a kulccsal: { $key }; az aláírás érvényes. Ez az a kulcs, amelyet ez az eszköz megjegyzett, és elutasítja a más által aláírt jegyzéket. Érvényes eddig: { $date }.

## Hívások

declined = { $names } elutasította.
join-call = Csatlakozás a híváshoz
accept = Fogadás
accept-call = A hívás fogadása
accept-video-call = A videohívás fogadása
decline = Elutasítás
is-calling = { $caller } hív
ringing-voice = Hanghívás · { $conversation }
ringing-video = Videohívás · { $conversation }
already-in-call = Már hívásban vagy.
calling = Hívás…
call-failed = A hívás nem indult el: { $error }
connecting = Kapcsolódás…
your-camera = A kamerád
mute = Némítás
unmute = Némítás feloldása
camera-off = Kamera ki
camera-on = Kamera be
switch-camera = Kameraváltás
one-camera = Ennek az eszköznek egy kamerája van.
hang-up = Hívás bontása
call-controls = Hívásvezérlők
tile-name = { $username } · { $device }. eszköz
tile-leaf = levél: { $leaf }
reconnecting = Újrakapcsolódás…
connection-failed = A kapcsolódás sikertelen
ended = Befejeződött
in-call = { $count ->
    [one] { $state } · { $count } fő a hívásban
   *[other] { $state } · { $count } fő a hívásban
}

## Fájlok és hangüzenetek

file-too-large = A fájl nagyobb, mint amit a szerver elfogad.
file-too-large-max = A fájl nagyobb, mint amit a szerver elfogad (legfeljebb { $max }).
file-over-quota = A tárhelyed a szerveren megtelt. A fájlok egy idő után lejárnak; próbáld újra később.
file-too-many = Túl sok feltöltés egyszerre. Próbáld újra kicsit később.
file-grant = A feltöltési engedély lejárt. Próbáld újra.
file-not-found = A fájl már nincs a szerveren (a fájlok egy idő után lejárnak).
file-hash-mismatch = A feltöltés útközben megsérült. Próbáld újra.
file-unavailable = A szerver fájltárolója most nem érhető el. Próbáld újra később.
file-busy = A szerver éppen ezzel a fájllal foglalkozik. Próbáld újra kicsit később.
file-cut = A kapcsolat megszakadt feltöltés közben. Próbáld újra.
file-no-resume = A feltöltést nem sikerült folytatni.
file-kept-other = A szerver a fájl egy másik részét őrizte meg.
upload-refused = A feltöltés sikertelen: { $reason }
download-refused = A letöltés sikertelen: { $reason }
file-corrupted = Ezt a fájlt útközben módosították, vagy megsérült; nem jelenítjük meg.
open-image = { $name } kép megnyitása
open = Megnyitás
preview-of = { $name } előnézete
image-unreadable = Ez a kép itt nem jeleníthető meg; ez a böngésző nem tudja képként beolvasni.
play-voice-note = { $name } hangüzenet lejátszása
recording-unplayable = Ez a felvétel nem játszható le ebben a böngészőben.
download = Letöltés
download-name = { $name } letöltése
save-again = Mentés újra
close = Bezárás
play-name = { $name } lejátszása
pause-name = { $name } szüneteltetése
position = Pozíció

## Értesítések

notifications = Értesítések
hide-contents = Tartalom elrejtése az értesítésekben
push-blocked = Az értesítések le vannak tiltva ennél a webhelynél: engedélyezd őket a böngésző webhelybeállításaiban.
push-not-allowed = Az értesítések nincsenek engedélyezve.
push-no-server = Ez a szerver nem küld push-értesítéseket.
push-no-service = A böngésző push-szolgáltatása nem válaszolt (nincs hálózat, vagy a böngészőben nincs ilyen).
push-unsupported = Ez a böngésző nem tud push-értesítéseket megjeleníteni (iPhone-on és iPaden: előbb add hozzá a Conclave-ot a Főképernyőhöz).
push-on-hidden = Be: az értesítésekben csak annyi áll, hogy „Új üzenet”.
push-on = Be: az értesítések mutatják, ki írt és mit, ezen az eszközön visszafejtve.
push-off = Ki. A szerver push-üzenetei mindig csak annyit mondanak: „valami új”; a többit ez az eszköz fejti vissza.
new-message = Új üzenet

## Hívások az előzményekben, hívási csempék, meghívók állapota

call-held-audio = Hívás, { $duration }, { $people ->
    [one] { $people } fő
   *[other] { $people } fő
}
call-held-video = Videohívás, { $duration }, { $people ->
    [one] { $people } fő
   *[other] { $people } fő
}
call-missed-audio = Nem fogadott hívás tőle: { $from }
call-missed-video = Nem fogadott videohívás tőle: { $from }
call-missed-declined-audio = Nem fogadott hívás tőle: { $from } (elutasítva)
call-missed-declined-video = Nem fogadott videohívás tőle: { $from } (elutasítva)
call-not-answered-audio = A hívást nem fogadták
call-not-answered-video = A videohívást nem fogadták
call-declined-by-audio = A hívást elutasította: { $names }
call-declined-by-video = A videohívást elutasította: { $names }
call-ringing-audio = { $caller } hív (hívás)
call-ringing-video = { $caller } hív (videohívás)
call-in-progress-audio = Hívás folyamatban, { $count ->
    [one] { $count } fő
   *[other] { $count } fő
} van benne ({ $names })
call-in-progress-video = Videohívás folyamatban, { $count ->
    [one] { $count } fő
   *[other] { $count } fő
} van benne ({ $names })
duration-seconds = { $n } mp
duration-minutes = { $n } perc
duration-hours = { $h } óra { $min } perc
tile-waiting-keys = várakozás a kulcsokra
tile-cant-decrypt = nem lehet visszafejteni ({ $reason })
tile-key-mismatch = a kulcsa nem egyezik ennek az eszköznek a kulcsával: eltérő MLS-korszak, vagy nem tag
invite-open = nyitott
invite-used = felhasznált
invite-expired = lejárt
invite-revoked = visszavont

## Typing indicators
typing-one = { $name } ír…
typing-two = { $first } és { $second } ír…
typing-several = Többen írnak…
typing-title = Gépelésjelzők
typing-setting = Mutassa, ha mások írnak, és hadd lássák, ha én írok
typing-hint = Kikapcsolva ez az eszköz nem küldi és nem mutatja őket. Csak az éppen online tagokhoz jutnak el; a szerver egyet sem őriz meg.

## History from another device
toast-history-imported = Megérkezett az előzmény a(z) { $device } eszközödről (bejegyzések: { $count }; beszélgetések: { $conversations }).
history-note = A fenti előzmény a(z) { $device } eszközödről jött (küldve: { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Bejövő hívás
push-ring-body = Nyisd meg a Conclave-ot a fogadáshoz
push-title-group = { $sender } – { $conversation }

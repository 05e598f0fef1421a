# Conclave: Czech (Čeština), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Spuštění, připojení, propojení, odemčení

boot-loading = Načítání…
boot-failed = Conclave se nepodařilo spustit: { $error }
boot-other-tab = Conclave je už otevřený v jiné kartě nebo okně tohoto prohlížeče. Zavřete ho a pak tuto stránku načtěte znovu.
working = Pracuji…
wrong-passphrase = Špatná přístupová fráze. { $detail }. Zkuste to znovu.
tagline = Zprávy jen na pozvánku, šifrované end-to-end. Vaše klíče vznikají a zůstávají v tomto prohlížeči.
passphrase = Přístupová fráze
passphrase-hint = Alespoň 8 znaků. Šifruje klíče a historii tohoto zařízení v tomto prohlížeči a nikdy ho neopustí; když ji zapomenete, kopii v tomto prohlížeči nelze otevřít.
passphrase-again = Zopakujte přístupovou frázi
passphrase-differ = Přístupové fráze se neshodují.
join-title = Připojit se s pozvánkou
join-link = Odkaz pozvánky
join-link-hint = https://…/join#code=… nebo conclave://…/join#code=…
username = Uživatelské jméno
username-hint = 3 až 32 znaků: a–z, 0–9, „.“, „_“, „-“.
device-name = Název tohoto zařízení
join-button = Připojit se
joining = Připojování…
link-title = Propojit tento prohlížeč s vaším účtem
link-intro = Na zařízení, kde máte svůj účet, spusťte „conclave device link“ a vložte odkaz, který vypíše. Toto zařízení pak přidá tento prohlížeč do vašich konverzací.
link-link = Odkaz zařízení
link-link-hint = https://…/device#code=… nebo conclave://…/device#code=…
link-button = Propojit tento prohlížeč
linking = Propojování…
unlock-title = Odemknout Conclave
unlock-holds = Tento prohlížeč obsahuje zařízení „{ $device }“ uživatele { $username }.
unlock-button = Odemknout
unlocking = Odemykání…
unlock-link-ignored = Tento prohlížeč už obsahuje zařízení Conclave; otevřený odkaz se nepoužije. Chcete-li ho použít, nejprve z tohoto prohlížeče odeberte toto zařízení.
unlock-forgot = Zapomněli jste přístupovou frázi? Bez ní nelze kopii v tomto prohlížeči otevřít. Odeberte ji zde a propojte tento prohlížeč znovu z jiného svého zařízení.
forget-button = Odebrat toto zařízení z tohoto prohlížeče
forget-confirm = Odebrat zařízení uživatele { $username } z tohoto prohlížeče? Jeho klíče a historie se zde smažou; váš účet a ostatní zařízení zůstanou.

## Rozhraní

conversations = Konverzace
new-button = Nová
new-conversation = Nová konverzace
private-button = Soukromě
private-browsing = Soukromé prohlížení
account-button = Účet
account = Účet
details = Podrobnosti
call-button = Volat
call-start = Zahájit hovor
call-voice = Hlasový hovor
video-button = Video
video-start = Zahájit videohovor
video-call = Videohovor
ledger = Společný účet
ledger-button-title = Společné výdaje a zůstatky
messages = Zprávy
composer-placeholder = Zpráva
send = Odeslat
sending = Odesílání…
attach = Připojit soubor
take-photo = Vyfotit
voice-hold = Podržením nahrajete hlasovou zprávu
back-chats = ‹ Chaty
back-to-conversations = Zpět na konverzace
back = ‹ Zpět
close-panel = Zavřít panel
conversation-panels = Panely konverzace
members = Členové
choose-conversation = Vyberte konverzaci, nebo začněte novou tlačítkem „Nová“.
call = Hovor

## Stav a upozornění

status-online = { $username } · online
status-offline = { $username } · offline
status-expired = { $username } · vypršelo
status-replaced = { $username } · nahrazeno
status-refused = { $username } · odmítnuto
status-connecting = { $username } · připojování
banner-expired = Platnost vašeho účtu vypršela. Chcete-li pokračovat, uplatněte kód pro obnovení v části Účet.
banner-replaced = Conclave byl pro toto zařízení otevřen jinde; tato stránka se zastavila. Chcete-li ho používat zde, načtěte ji znovu.
banner-refused = Server toto zařízení odmítl: { $reason }
banner-offline = Offline: zobrazuje se to, co má tento prohlížeč. { $reason }
banner-expires-soon = Platnost vašeho účtu vyprší { $date }. Požádejte správce o kód pro obnovení.
conn-expired = Platnost vašeho účtu vypršela: obnovte ho v části Účet.
conn-offline = Offline: můžete číst; odesílání začne znovu fungovat po opětovném připojení.
expiry-unknown = neznámé (offline)
expiry-expired = { $date } (vypršelo)
expiry-days = { $days ->
    [one] { $date } ({ $days } den)
    [few] { $date } ({ $days } dny)
    [many] { $date } ({ $days } dne)
   *[other] { $date } ({ $days } dní)
}

## Seznam konverzací a zprávy

you = Vy
last-message = { $who }: { $text }
ledger-line = Společný účet: { $text }
group-created = Skupina vytvořena
no-messages-yet = Zatím žádné zprávy
no-conversations = Zatím žádné konverzace.
not-on-device = Tato konverzace není na tomto zařízení.
conversation = Konverzace
removed-banner = Byli jste odebráni z této konverzace. Její zprávy už nedostáváte.
membership-added = { $who } přidal(a) { $names }
membership-removed = { $who } odebral(a) { $names }
membership-added-removed = { $who } přidal(a) { $added } a odebral(a) { $removed }
membership-keys = { $who } aktualizoval(a) klíče
unreadable-message = Nečitelná zpráva ({ $reason })
handover-mine = Vaše zařízení předalo dřívější položky společného účtu zařízením, která se připojila.
handover-theirs = Zařízení uživatele { $sender } předalo dřívější položky společného účtu zařízením, která se připojila.
open-ledger-link = Společný účet ›
open-ledger = Otevřít společný účet
joined-here = K této konverzaci jste se připojili na tomto zařízení.
empty-conversation = Zatím žádné zprávy. Zprávy jsou šifrované end-to-end.
upload-sending = Odesílání { $name }…
upload-failed = { $name }: { $error }
dismiss = Zavřít
record-failed = Nelze nahrávat: { $error }
record-hold = Podržením tlačítka mikrofonu nahrajete hlasovou zprávu.
toast-added-to-conversation = Byli jste přidáni do konverzace.
toast-fell-behind = Toto zařízení v konverzaci zaostalo a čeká na opětovné přidání.
invites-admin = bez limitu (správce)
invites-left = zbývá { $count }

## Členové

no-longer-member = Už nejste členem této konverzace.
safety-number = Bezpečnostní číslo
safety-number-with = Bezpečnostní číslo s uživatelem { $username }
remove = Odebrat
remove-member = Odebrat { $username }
remove-confirm = Odebrat { $username } z konverzace { $conversation }? Pozdější zprávy už neuvidí.
removing = Odebírání…
removed-toast = Uživatel { $username } odebrán.
devices-line = { $count ->
    [one] zařízení { $ids }
    [few] zařízení { $ids }
    [many] zařízení { $ids }
   *[other] zařízení { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = zařízení ({ $id })
member-you = { $username } (vy)
members-summary = { $count ->
    [one] { $count } člen · epocha { $epoch }
    [few] { $count } členové · epocha { $epoch }
    [many] { $count } člena · epocha { $epoch }
   *[other] { $count } členů · epocha { $epoch }
}
add = Přidat
adding = Přidávání…
added-toast = Přidáno: { $names }.
add-members = Přidat členy
add-members-hint = Uživatelská jména oddělená čárkami. Připojí se všechna jejich zařízení.
leave = Opustit tuto konverzaci
leave-confirm = Opustit konverzaci { $conversation } na všech vašich zařízeních?
leaving = Opouštění…
epoch-authenticator = Autentizátor epochy (stejný na zařízení každého člena): { $code }
loading = Načítání…
safety-verified = ověřeno
safety-changed = KLÍČE SE ZMĚNILY od vašeho ověření
safety-unverified = neověřeno
mark-verified = Označit jako ověřené
saving = Ukládání…
verified-toast = Uživatel { $username } označen jako ověřený.
safety-with = Bezpečnostní číslo s uživatelem { $username } { $badge }
safety-hint = Porovnejte ho s číslem druhé strany osobně nebo jiným kanálem. Pokud se shoduje, označte ji jako ověřenou: pozdější změna jejích klíčů se pak výrazně zobrazí.

## Společný účet

ledger-paid-by = Zaplatil(a)
ledger-paid-to = Komu / za koho
ledger-owed-to = Komu se dluží
ledger-owed-by = Kdo dluží
split-to = Vše jednomu členovi
split-equal = Rozdělit rovným dílem
split-exact = Rozdělit podle částek
split-weights = Rozdělit podle vah
badge-reversed = stornováno
badge-reversal = storno
badge-refused = odmítnuto
badge-unreadable = nečitelné
device-id = zařízení { $id }
device-id-named = zařízení { $id } ({ $name })
entries = Položky
entries-count = Položky ({ $count })
export-csv = Stáhnout CSV
export-json = Stáhnout JSON
balances = Zůstatky
export = Export
export-hint = CSV: jeden řádek na člena a položku (součet podle člena a měny dává zůstatky). JSON: všechny záznamy, zůstatky a vyrovnání.
discrepancy-title = Upozornění: společný účet předaný novému zařízení se liší od vašeho.
discrepancy = Zařízení { $device } uživatele { $by } (zpráva { $seq }) předalo nováčkům společný účet, který neodpovídá tomu, co má toto zařízení: { $detail }. Jejich zůstatky se mohou lišit od vašich; porovnejte je s uživatelem { $by }.
ledger-unreadable = { $count ->
    [one] { $count } položku zapsala novější verze Conclave a zde ji nelze přečíst; zůstatky ji vynechávají, dokud neaktualizujete.
    [few] { $count } položky zapsala novější verze Conclave a zde je nelze přečíst; zůstatky je vynechávají, dokud neaktualizujete.
    [many] { $count } položky zapsala novější verze Conclave a zde je nelze přečíst; zůstatky je vynechávají, dokud neaktualizujete.
   *[other] { $count } položek zapsala novější verze Conclave a zde je nelze přečíst; zůstatky je vynechávají, dokud neaktualizujete.
}
handed-over-mine = Toto zařízení se připojilo u zprávy { $seq }: položky před ní jsou takové, jak je předalo vaše zařízení { $device }.
handed-over-theirs = Toto zařízení se připojilo u zprávy { $seq }: položky před ní jsou takové, jak je předalo zařízení { $device } uživatele { $by }.
ledger-empty = Zatím žádné položky. Níže zapište společný výdaj, platbu nebo dluh; všichni členové vidí stejné zůstatky.
balances-in = Zůstatky v { $currency }
balance-owed = má dostat
balance-owes = dluží
balance-settled = vyrovnáno
settle-title = K vyrovnání
settle-you-pay = Zaplatíte uživateli { $to } { $amount } { $currency }
settle-pays-you = { $from } vám zaplatí { $amount } { $currency }
settle-pays = { $from } zaplatí uživateli { $to } { $amount } { $currency }
all-settled = Vše vyrovnáno.
records-empty = Položky se zde zobrazují v pořadí, v jakém je seřadil server, na každém zařízení stejně.
recorded-by-you = { $day } · zapsali jste ze zařízení { $device } v { $time }
recorded-by = { $day } · zapsal(a) { $member } ze zařízení { $device } v { $time }
reference-line = Reference: { $reference }
reversed-by-you = Stornovali jste (položka { $entry }); už se nezapočítává.
reversed-by = Stornoval(a) { $member } (položka { $entry }); už se nezapočítává.
reversed-by-someone = Stornoval někdo (položka { $entry }); už se nezapočítává.
undoes = Ruší: { $description }
refused-everywhere = Odmítnuto všemi zařízeními, kam dorazilo; nemění žádný zůstatek.
handed-by-mine = Předalo vaše zařízení { $device }, když se toto zařízení připojilo
handed-by-theirs = Předalo zařízení { $device } uživatele { $username }, když se toto zařízení připojilo
reverse-toggle = Stornovat…
reverse-entry-label = Stornovat položku { $entry }
reverse-entry = Stornovat položku
cancel = Zrušit
reverse-why = Důvod (nepovinné)
reverse-hint = Položka zůstane v historii, označená jako stornovaná; její vliv na zůstatky se zruší na všech zařízeních.
reversing = Stornování…
reversed-toast = Stornováno: { $description }
kind-payment = Platba: někdo zaplatil
kind-debt = Dluh: někdo dluží
record-entry = Zapsat položku
member = Člen
split-equal-among = Rozdělit rovným dílem mezi
split-equal-hint = Zahrňte i toho, kdo platil, aby také dostal podíl. Zbylý cent připadne prvním uvedeným členům.
weights-legend = Váhy (např. 2 a 1: dvě třetiny a jedna třetina)
amounts-legend = Částky (v součtu celková částka)
share-empty-hint = Pole člena nechte prázdné, pokud nemá mít žádný podíl.
will-record = Zapíše se: { $description }
will-record-shares = Zapíše se: { $description } — { $shares } { $currency }
amount = Částka
currency = Měna
add-entry-form = Přidat položku do společného účtu
what-happened = Co se stalo
date = Datum
memo-optional = Poznámka (nepovinné)
reference-optional = Reference (nepovinné)
reference-hint = Číslo faktury, ID převodu…
add-entry = Přidat položku
ledger-intro = Položky jsou zprávy šifrované end-to-end; nikdo je nemůže upravit ani smazat, chyba se stornuje.
recording = Zapisování…
recorded-toast = Zapsáno: { $description }
preparing = Příprava…
exported-toast = { $count ->
    [one] Exportován { $count } záznam společného účtu do { $file }.
    [few] Exportovány { $count } záznamy společného účtu do { $file }.
    [many] Exportováno { $count } záznamu společného účtu do { $file }.
   *[other] Exportováno { $count } záznamů společného účtu do { $file }.
}

## Nová konverzace, účet

start = Začít
starting = Zahajování…
create-group = Vytvořit skupinu
creating = Vytváření…
message-person = Napsat osobě
new-group = Nová skupina
group-name = Název skupiny
members-hint = Uživatelská jména oddělená čárkami.
your-account = Váš účet
this-device = Toto zařízení
this-device-value = { $name } (zařízení { $id })
valid-until = Platný do
invitations = Pozvánky
connection = Připojení
online = online
offline = offline
offline-reason = offline: { $reason }
renew = Obnovit
renewing = Obnovování…
renewed-toast = Obnoveno do { $date }.
renew-title = Obnovit účet
renewal-code = Kód pro obnovení
renewal-hint = Dostanete ho od správce; prodlouží váš účet, i když už vypršel.
expires-1-day = 1 den
expires-7-days = 7 dní
expires-30-days = 30 dní
create-invitation = Vytvořit pozvánku
your-invitations = Vaše pozvánky
copy = Kopírovat
copied = Zkopírováno.
copy-failed = Označte odkaz a zkopírujte ho.
invitation-created = Pozvánka vytvořena.
invitation-for = { $count ->
    [one] Pro { $count } osobu, platí do { $date }.
    [few] Pro { $count } osoby, platí do { $date }.
    [many] Pro { $count } osoby, platí do { $date }.
   *[other] Pro { $count } osob, platí do { $date }.
}
link-for-browser = Odkaz pro prohlížeč:
link-for-cli = Pro příkazovou řádku (conclave join):
invite-row = #{ $id } · { $state } · zbývá { $left }/{ $total } · do { $date }
invite-row-joined = #{ $id } · { $state } · zbývá { $left }/{ $total } · do { $date } · připojeni: { $names }
no-invitations = Zatím žádné pozvánky.
invite-someone = Pozvat někoho
number-of-people = Počet osob
valid-for = Platnost
your-devices = Vaše zařízení
add-device-hint = Chcete-li přidat zařízení, spusťte „conclave device link“ na zařízení, kde máte svůj účet.
lock = Zamknout
this-browser = Tento prohlížeč
lock-hint = Zamknutím se relace ukončí; přístupová fráze ji znovu otevře.
device-row = { $name } (zařízení { $id }), přidáno { $date }
device-row-this = { $name } (zařízení { $id }), přidáno { $date } — tento prohlížeč
offline-short = Offline.
language = Jazyk
language-hint = Jazyk této stránky na tomto zařízení. „Automaticky“ se řídí jazyky prohlížeče.
language-auto = Automaticky

## Soukromé prohlížení

pb-what-title = Co je soukromé prohlížení
pb-what-1 = Soukromé prohlížení vede webový provoz zařízení přes dvě relé místo přímo na web. Vstupní relé ví, kdo jste (vaši adresu), ale ne, kam jdete; výstupní relé ví, kam jdete (web), ale ne, kdo jste. Žádné neví obojí.
pb-what-2 = Mezi vaším zařízením a výstupem je provoz šifrovaný, takže vstup vidí jen zapečetěné buňky pevné velikosti. Každé relé pustí spojení jen s nepropojitelným tokenem, který tento server podepisuje naslepo: nepozná, za které spojení nebo web byl token utracen.
pb-what-3 = Tato stránka sama nic nesměruje: webová stránka nemůže přenášet jiný provoz. Dělá to program conclave na zařízení (viz „Použití na tomto zařízení“).
pb-limits-title = Před čím nechrání
pb-limits-1 = Dva skoky porazí jednoho zvědavého provozovatele relé. Nepomohou, pokud obě relé trasy spolupracují, ani proti pozorovateli, který sleduje provoz na obou koncích a porovnává jeho časování (globální pozorovatel).
pb-limits-2 = Relé stejného provozovatele jsou v seznamu níže označena a trasa nikdy nepoužije dvě z nich, pokud existuje relé jiného provozovatele. Když relé provozuje jen jeden provozovatel, oba skoky jsou jeho a rozdělení je jen formální; conclave proxy pak varuje.
pb-limits-3 = Weby stále vidí, co jim posíláte: přihlášení, cookies a otisk prohlížeče vás identifikují jako obvykle.
pb-limits-4 = Chráněny jsou jen programy nasměrované na proxy. Nechte proxy překládat i názvy (socks5h, --socks5-hostname u curl, „Proxy DNS“ ve Firefoxu), jinak vaše DNS dotazy odcházejí mimo ni.
pb-allowance-note = Každý okruh spotřebuje dva tokeny, jeden pro každé relé; okruh nese mnoho spojení a po 10 minutách se obnoví. Příděl se obnovuje v 00:00 UTC.
pb-allowance-title = Příděl tohoto zařízení
pb-per-day = Tokenů za den
pb-left-today = Zbývá dnes
pb-fetching = Načítání adresáře relé…
relays = Relé
pb-setup = { $first }: na zařízení, kde má conclave váš účet, spusťte { $link }, pak zde { $join } (nebo { $joininvite } s pozvánkou).
pb-use-title = Použití na tomto zařízení
pb-desktop = Počítač (Linux, macOS, Windows)
pb-desktop-install = Nainstalujte příkazovou řádku conclave a dejte jí svůj účet
pb-desktop-run = Spusťte { $cmd }. Poskytuje SOCKS5 a HTTP CONNECT na { $addr }, jen pro tento počítač, a vypisuje vstup a výstup každého okruhu.
pb-desktop-chromium = Chromium, Chrome nebo Edge: spusťte ho s { $cmd } (názvy pak překládá proxy). Samostatný profil ({ $profile }) odděluje soukromé prohlížení od vašeho běžného.
pb-desktop-firefox = Firefox: Nastavení → Obecné → Nastavení sítě → Nastavení…: Ruční nastavení proxy, SOCKS server 127.0.0.1, port 1080, SOCKS v5, a zaškrtněte „Proxy DNS při použití SOCKS v5“.
pb-desktop-curl = Nástroje příkazové řádky: { $cmd }.
pb-desktop-options = Volby: { $country } odchází přes výstup v dané zemi; { $circuit } dá každému webu vlastní okruh.
pb-android = Telefon nebo tablet s Androidem
pb-android-intro = Prohlížeč nemůže spustit SOCKS proxy, takže to musí udělat program v telefonu:
pb-android-termux = Nainstalujte Termux (z F-Droidu) a v něm příkazovou řádku conclave.
pb-android-account = Dejte jí svůj účet
pb-android-run = V Termuxu spusťte { $cmd } a nechte ho běžet (v nastavení baterie povolte Termuxu běh na pozadí).
pb-android-wifi = Nastavení → Wi-Fi → vaše síť → Upravit → Pokročilé → Proxy: Ručně, hostitel { $host }, port { $port }. Nastavení proxy v Androidu používá HTTP CONNECT, kterému proxy rozumí na stejném portu. Prohlížeče, které ho respektují, jdou přes relé v této síti Wi-Fi (ne přes mobilní data).
pb-android-browser = Nebo použijte prohlížeč s vlastním nastavením proxy: SOCKS5 { $socks } se vzdáleným DNS, nebo HTTP proxy { $http } (CONNECT).
pb-ios = iPhone a iPad
pb-ios-text = Zatím není k dispozici. iOS neumí nechat program příkazové řádky běžet na pozadí jako místní proxy (není tu Termux a aplikace se uspávají) a přenos provozu telefonu vyžaduje aplikaci typu VPN (Network Extension), kterou Conclave zatím nemá. Telefon si ani nemůže půjčit proxy počítače: conclave proxy nemá heslo, takže naslouchá jen na vlastním počítači.
pb-no-tokens = Tento server nevydává tokeny pro relé, takže jeho relé nelze z tohoto účtu používat.
pb-zero-tokens = Server nedává členům žádné tokeny pro relé (jeho příděl je 0 za den).
pb-same-operator = stejný provozovatel
pb-country-unknown = země neznámá
pb-relay-meta = { $country } · provozovatel { $operator } · { $addr }
pb-relay-meta-ours = { $country } · provozovatel { $operator } (tento server) · { $addr }
pb-same-operator-note = Provozuje stejný provozovatel jako { $others } ({ $count } relé): nikdy se nepoužijí společně, dokud existuje relé jiného provozovatele.
pb-no-relays = Tento server neuvádí žádná relé.
pb-two-operators = Trasa může použít dvě relé různých provozovatelů.
pb-one-operator = Tato relé provozuje jen jeden provozovatel, takže oba skoky trasy jsou jeho: rozdělení je jen formální.
pb-no-path = Zatím nelze sestavit žádnou trasu: { $reason }.
pb-signed-new = Podepsal { $operator } klíčem { $key }; podpis je platný. Toto zařízení si teď tento klíč pamatuje a adresář podepsaný jiným odmítne. Platí do { $date }.
pb-signed-known = Podepsal { $operator } klíčem { $key }; podpis je platný. Je to klíč, který si toto zařízení zapamatovalo, a adresář podepsaný jiným odmítne. Platí do { $date }.

## Hovory

declined = Odmítli: { $names }.
join-call = Připojit se k hovoru
accept = Přijmout
accept-call = Přijmout hovor
accept-video-call = Přijmout videohovor
decline = Odmítnout
is-calling = { $caller } volá
ringing-voice = Hlasový hovor · { $conversation }
ringing-video = Videohovor · { $conversation }
already-in-call = Už jste v hovoru.
calling = Volání…
call-failed = Hovor se nepodařilo zahájit: { $error }
connecting = Připojování…
your-camera = Vaše kamera
mute = Ztlumit
unmute = Zrušit ztlumení
camera-off = Vypnout kameru
camera-on = Zapnout kameru
switch-camera = Přepnout kameru
one-camera = Toto zařízení má jen jednu kameru.
hang-up = Zavěsit
call-controls = Ovládání hovoru
tile-name = { $username } · zařízení { $device }
tile-leaf = list { $leaf }
reconnecting = Opětovné připojování…
connection-failed = Připojení selhalo
ended = Ukončeno
in-call = { $count ->
    [one] { $state } · { $count } v hovoru
    [few] { $state } · { $count } v hovoru
    [many] { $state } · { $count } v hovoru
   *[other] { $state } · { $count } v hovoru
}

## Soubory a hlasové zprávy

file-too-large = Soubor je větší, než server přijímá.
file-too-large-max = Soubor je větší, než server přijímá (nejvýše { $max }).
file-over-quota = Vaše úložiště na serveru je plné. Soubory po čase vyprší; zkuste to později.
file-too-many = Příliš mnoho nahrávání najednou. Zkuste to za chvíli.
file-grant = Oprávnění k nahrání vypršelo. Zkuste to znovu.
file-not-found = Soubor už na serveru není (soubory po čase vyprší).
file-hash-mismatch = Nahrávaný soubor se cestou poškodil. Zkuste to znovu.
file-unavailable = Úložiště souborů na serveru je teď nedostupné. Zkuste to později.
file-busy = Server je tímto souborem zaneprázdněn. Zkuste to za chvíli.
file-cut = Během nahrávání se spojení přerušilo. Zkuste to znovu.
file-no-resume = Nahrávání nelze navázat.
file-kept-other = Server si ponechal jinou část souboru.
upload-refused = Nahrání selhalo: { $reason }
download-refused = Stažení selhalo: { $reason }
file-corrupted = Tento soubor byl cestou změněn nebo poškozen; nezobrazuje se.
open-image = Otevřít obrázek { $name }
open = Otevřít
preview-of = Náhled { $name }
image-unreadable = Tento obrázek zde nelze zobrazit; tento prohlížeč jeho formát neumí přečíst.
play-voice-note = Přehrát hlasovou zprávu { $name }
recording-unplayable = Tuto nahrávku nelze v tomto prohlížeči přehrát.
download = Stáhnout
download-name = Stáhnout { $name }
save-again = Uložit znovu
close = Zavřít
play-name = Přehrát { $name }
pause-name = Pozastavit { $name }
position = Pozice

## Oznámení

notifications = Oznámení
hide-contents = Skrýt obsah v oznámeních
push-blocked = Oznámení jsou pro tento web zablokována: povolte je v nastavení webu v prohlížeči.
push-not-allowed = Oznámení nebyla povolena.
push-no-server = Tento server neposílá push oznámení.
push-no-service = Služba push tohoto prohlížeče neodpověděla (není síť, nebo ji prohlížeč nemá).
push-unsupported = Tento prohlížeč neumí zobrazovat push oznámení (na iPhonu a iPadu nejprve přidejte Conclave na plochu).
push-on-hidden = Zapnuto: oznámení říkají „Nová zpráva“ a nic víc.
push-on = Zapnuto: oznámení ukazují, kdo a co napsal, dešifrované na tomto zařízení.
push-off = Vypnuto. Push zprávy serveru vždy říkají jen „něco nového“; zbytek dešifruje toto zařízení.
new-message = Nová zpráva

## Hovory v historii, dlaždice hovoru, stavy pozvánek

call-held-audio = Hovor, { $duration }, { $people ->
    [one] { $people } osoba
    [few] { $people } osoby
    [many] { $people } osoby
   *[other] { $people } osob
}
call-held-video = Videohovor, { $duration }, { $people ->
    [one] { $people } osoba
    [few] { $people } osoby
    [many] { $people } osoby
   *[other] { $people } osob
}
call-missed-audio = Zmeškaný hovor od { $from }
call-missed-video = Zmeškaný videohovor od { $from }
call-missed-declined-audio = Zmeškaný hovor od { $from } (odmítnuto)
call-missed-declined-video = Zmeškaný videohovor od { $from } (odmítnuto)
call-not-answered-audio = Hovor nebyl přijat
call-not-answered-video = Videohovor nebyl přijat
call-declined-by-audio = Hovor odmítli: { $names }
call-declined-by-video = Videohovor odmítli: { $names }
call-ringing-audio = { $caller } volá (hlasový hovor)
call-ringing-video = { $caller } volá (videohovor)
call-in-progress-audio = Probíhá hovor, { $count ->
    [one] { $count } osoba
    [few] { $count } osoby
    [many] { $count } osoby
   *[other] { $count } osob
} v hovoru ({ $names })
call-in-progress-video = Probíhá videohovor, { $count ->
    [one] { $count } osoba
    [few] { $count } osoby
    [many] { $count } osoby
   *[other] { $count } osob
} v hovoru ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } h { $min } min
tile-waiting-keys = čeká se na klíče
tile-cant-decrypt = nelze dešifrovat ({ $reason })
tile-key-mismatch = klíč účastníka neodpovídá klíči tohoto zařízení: jiná epocha MLS nebo není členem
invite-open = platná
invite-used = vyčerpaná
invite-expired = vypršela
invite-revoked = zrušená

## Typing indicators
typing-one = { $name } píše…
typing-two = { $first } a { $second } píší…
typing-several = Píše několik lidí…
typing-title = Indikátory psaní
typing-setting = Zobrazovat, když ostatní píší, a nechat je vidět, když píšu já
typing-hint = Když je vypnuto, toto zařízení je neposílá ani nezobrazuje. Dostanou je jen členové, kteří jsou právě online; server si žádné neuchovává.

## History from another device
toast-history-imported = Dorazila historie z vašeho zařízení { $device } (záznamy: { $count }; konverzace: { $conversations }).
history-note = Historie výše přišla z vašeho zařízení { $device } (odesláno { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Příchozí hovor
push-ring-body = Otevřete Conclave a přijměte ho
push-title-group = { $sender } v { $conversation }

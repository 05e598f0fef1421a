# Conclave: Finnish (Suomi), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Aloitus, liittyminen, yhdistäminen, avaaminen

boot-loading = Ladataan…
boot-failed = Conclave ei käynnistynyt: { $error }
boot-other-tab = Conclave on jo auki tämän selaimen toisessa välilehdessä tai ikkunassa. Sulje se ja lataa tämä sivu uudelleen.
working = Käsitellään…
wrong-passphrase = Väärä tunnuslause. { $detail }. Yritä uudelleen.
tagline = Vain kutsusta, päästä päähän salattua viestintää. Avaimesi luodaan ja säilytetään tässä selaimessa.
passphrase = Tunnuslause
passphrase-hint = Vähintään 8 merkkiä. Se salaa tämän laitteen avaimet ja historian tässä selaimessa eikä koskaan poistu sieltä; jos unohdat sen, tämän selaimen kopiota ei voi avata.
passphrase-again = Toista tunnuslause
passphrase-differ = Tunnuslauseet eivät täsmää.
join-title = Liity kutsulla
join-link = Kutsulinkki
join-link-hint = https://…/join#code=… tai conclave://…/join#code=…
username = Käyttäjänimi
username-hint = 3–32 merkkiä: a–z, 0–9, ”.”, ”_”, ”-”.
device-name = Tämän laitteen nimi
join-button = Liity
joining = Liitytään…
link-title = Yhdistä tämä selain tiliisi
link-intro = Suorita laitteella, jolla tilisi on, ”conclave device link” ja liitä tähän sen tulostama linkki. Se laite lisää sitten tämän selaimen keskusteluihisi.
link-link = Laitelinkki
link-link-hint = https://…/device#code=… tai conclave://…/device#code=…
link-button = Yhdistä tämä selain
linking = Yhdistetään…
unlock-title = Avaa Conclave
unlock-holds = Tässä selaimessa on käyttäjän { $username } laite ”{ $device }”.
unlock-button = Avaa
unlocking = Avataan…
unlock-link-ignored = Tässä selaimessa on jo Conclave-laite; avaamaasi linkkiä ei käytetä. Jos haluat käyttää sitä, poista ensin tämä laite tästä selaimesta.
unlock-forgot = Unohditko tunnuslauseen? Tämän selaimen kopiota ei voi avata ilman sitä. Poista se täältä ja yhdistä tämä selain uudelleen jostakin toisesta laitteestasi.
forget-button = Poista tämä laite tästä selaimesta
forget-confirm = Poistetaanko käyttäjän { $username } laite tästä selaimesta? Sen avaimet ja historia poistetaan täältä; tilisi ja muut laitteesi säilyvät.

## Päänäkymä

conversations = Keskustelut
new-button = Uusi
new-conversation = Uusi keskustelu
private-button = Yksityinen
private-browsing = Yksityinen selaus
account-button = Tili
account = Tili
details = Tiedot
call-button = Soita
call-start = Aloita puhelu
call-voice = Äänipuhelu
video-button = Video
video-start = Aloita videopuhelu
video-call = Videopuhelu
ledger = Kassa
ledger-button-title = Yhteiset kulut ja saldot
messages = Viestit
composer-placeholder = Viesti
send = Lähetä
sending = Lähetetään…
attach = Liitä tiedosto
take-photo = Ota kuva
voice-hold = Pidä painettuna äänittääksesi ääniviestin
back-chats = ‹ Keskustelut
back-to-conversations = Takaisin keskusteluihin
back = ‹ Takaisin
close-panel = Sulje paneeli
conversation-panels = Keskustelun paneelit
members = Jäsenet
choose-conversation = Valitse keskustelu tai aloita uusi painikkeella ”Uusi”.
call = Puhelu

## Tila ja ilmoituspalkit

status-online = { $username } · verkossa
status-offline = { $username } · ei verkossa
status-expired = { $username } · vanhentunut
status-replaced = { $username } · korvattu
status-refused = { $username } · hylätty
status-connecting = { $username } · yhdistetään
banner-expired = Tilisi on vanhentunut. Lunasta uusimiskoodi kohdassa Tili jatkaaksesi.
banner-replaced = Conclave avattiin tälle laitteelle muualla; tämä sivu pysähtyi. Lataa sivu uudelleen käyttääksesi sitä täällä.
banner-refused = Palvelin hylkäsi tämän laitteen: { $reason }
banner-offline = Ei verkkoyhteyttä: näytetään se, mitä tässä selaimessa on. { $reason }
banner-expires-soon = Tilisi vanhenee { $date }. Pyydä ylläpitäjältä uusimiskoodi.
conn-expired = Tilisi on vanhentunut: uusi se kohdassa Tili.
conn-offline = Ei verkkoyhteyttä: voit lukea; lähettäminen toimii taas, kun yhteys palaa.
expiry-unknown = tuntematon (ei verkossa)
expiry-expired = { $date } (vanhentunut)
expiry-days = { $days ->
    [one] { $date } ({ $days } päivä)
   *[other] { $date } ({ $days } päivää)
}

## Keskusteluluettelo ja viestit

you = Sinä
last-message = { $who }: { $text }
ledger-line = Kassa: { $text }
group-created = Ryhmä luotu
no-messages-yet = Ei vielä viestejä
no-conversations = Ei vielä keskusteluja.
not-on-device = Tämä keskustelu ei ole tällä laitteella.
conversation = Keskustelu
removed-banner = Sinut poistettiin tästä keskustelusta. Et enää saa sen viestejä.
membership-added = { $who } lisäsi { $names }
membership-removed = { $who } poisti { $names }
membership-added-removed = { $who } lisäsi { $added } ja poisti { $removed }
membership-keys = { $who } päivitti avaimet
unreadable-message = Lukukelvoton viesti ({ $reason })
handover-mine = Laitteesi luovutti kassan aiemmat merkinnät liittyneille laitteille.
handover-theirs = Käyttäjän { $sender } laite luovutti kassan aiemmat merkinnät liittyneille laitteille.
open-ledger-link = Kassa ›
open-ledger = Avaa kassa
joined-here = Liityit tähän keskusteluun tällä laitteella.
empty-conversation = Ei vielä viestejä. Viestit ovat päästä päähän salattuja.
upload-sending = Lähetetään { $name }…
upload-failed = { $name }: { $error }
dismiss = Sulje
record-failed = Äänitys ei onnistu: { $error }
record-hold = Pidä mikrofonipainiketta painettuna äänittääksesi ääniviestin.
toast-added-to-conversation = Sinut lisättiin keskusteluun.
toast-fell-behind = Tämä laite jäi jälkeen eräässä keskustelussa ja odottaa, että se lisätään takaisin.
invites-admin = ei kiintiötä (ylläpitäjä)
invites-left = { $count } jäljellä

## Jäsenet

no-longer-member = Et ole enää tämän keskustelun jäsen.
safety-number = Turvanumero
safety-number-with = Turvanumero käyttäjän { $username } kanssa
remove = Poista
remove-member = Poista { $username }
remove-confirm = Poistetaanko { $username } keskustelusta { $conversation }? Hän ei voi lukea myöhempiä viestejä.
removing = Poistetaan…
removed-toast = { $username } poistettu.
devices-line = { $count ->
    [one] laite { $ids }
   *[other] laitteet { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = laite ({ $id })
member-you = { $username } (sinä)
members-summary = { $count ->
    [one] { $count } jäsen · epookki { $epoch }
   *[other] { $count } jäsentä · epookki { $epoch }
}
add = Lisää
adding = Lisätään…
added-toast = Lisätty: { $names }.
add-members = Lisää jäseniä
add-members-hint = Käyttäjänimet pilkuilla erotettuina. Kaikki heidän laitteensa liittyvät.
leave = Poistu tästä keskustelusta
leave-confirm = Poistutaanko keskustelusta { $conversation } kaikilla laitteillasi?
leaving = Poistutaan…
epoch-authenticator = Epookin todennuskoodi (sama jokaisen jäsenen laitteella): { $code }
loading = Ladataan…
safety-verified = vahvistettu
safety-changed = AVAIMET MUUTTUNEET vahvistuksesi jälkeen
safety-unverified = ei vahvistettu
mark-verified = Merkitse vahvistetuksi
saving = Tallennetaan…
verified-toast = { $username } merkitty vahvistetuksi.
safety-with = Turvanumero käyttäjän { $username } kanssa { $badge }
safety-hint = Vertaa sitä hänen numeroonsa kasvokkain tai jotakin toista kanavaa pitkin. Jos ne täsmäävät, merkitse hänet vahvistetuksi: hänen avaintensa myöhempi muutos näytetään silloin selvästi.

## Kassa

ledger-paid-by = Maksaja
ledger-paid-to = Maksettu kenelle / kenen puolesta
ledger-owed-to = Velkaa kenelle
ledger-owed-by = Velkaa kuka
split-to = Kaikki yhdelle jäsenelle
split-equal = Jaa tasan
split-exact = Jaa summien mukaan
split-weights = Jaa painojen mukaan
badge-reversed = peruttu
badge-reversal = peruutus
badge-refused = hylätty
badge-unreadable = lukukelvoton
device-id = laite { $id }
device-id-named = laite { $id } ({ $name })
entries = Merkinnät
entries-count = Merkinnät ({ $count })
export-csv = Lataa CSV
export-json = Lataa JSON
balances = Saldot
export = Vienti
export-hint = CSV: yksi rivi jäsentä ja merkintää kohden (summattuna jäsenen ja valuutan mukaan: saldot). JSON: jokainen tietue, saldot ja tasaus.
discrepancy-title = Varoitus: uudelle laitteelle luovutettu kassa poikkeaa omastasi.
discrepancy = Käyttäjän { $by } laite { $device } (viesti { $seq }) luovutti uusille tulijoille kassan, joka ei vastaa tämän laitteen kassaa: { $detail }. Heidän saldonsa voivat poiketa omistasi; vertaa käyttäjän { $by } kanssa.
ledger-unreadable = { $count ->
    [one] { $count } merkintä on kirjoitettu uudemmalla Conclave-versiolla, eikä sitä voi lukea täällä; saldot jättävät sen pois, kunnes päivität.
   *[other] { $count } merkintää on kirjoitettu uudemmalla Conclave-versiolla, eikä niitä voi lukea täällä; saldot jättävät ne pois, kunnes päivität.
}
handed-over-mine = Tämä laite liittyi viestin { $seq } kohdalla: sitä edeltävät merkinnät ovat sellaisina kuin laitteesi { $device } ne luovutti.
handed-over-theirs = Tämä laite liittyi viestin { $seq } kohdalla: sitä edeltävät merkinnät ovat sellaisina kuin käyttäjän { $by } laite { $device } ne luovutti.
ledger-empty = Ei vielä merkintöjä. Kirjaa alle yhteinen kulu, maksu tai velka; jokainen jäsen näkee samat saldot.
balances-in = Saldot valuutassa { $currency }
balance-owed = on saatavaa
balance-owes = on velkaa
balance-settled = tasattu
settle-title = Näin tasataan
settle-you-pay = Sinä maksat käyttäjälle { $to } { $amount } { $currency }
settle-pays-you = { $from } maksaa sinulle { $amount } { $currency }
settle-pays = { $from } maksaa käyttäjälle { $to } { $amount } { $currency }
all-settled = Kaikki on tasattu.
records-empty = Merkinnät näkyvät tässä siinä järjestyksessä, johon palvelin ne asetti, samana jokaisella laitteella.
recorded-by-you = { $day } · kirjannut sinä laitteelta { $device } klo { $time }
recorded-by = { $day } · kirjannut { $member } laitteelta { $device } klo { $time }
reference-line = Viite: { $reference }
reversed-by-you = Sinä peruit tämän (merkintä { $entry }); ei enää lasketa mukaan.
reversed-by = { $member } perui tämän (merkintä { $entry }); ei enää lasketa mukaan.
reversed-by-someone = Joku perui tämän (merkintä { $entry }); ei enää lasketa mukaan.
undoes = Kumoaa: { $description }
refused-everywhere = Jokainen laite, jolle se saapui, hylkäsi sen; se ei muuta yhtään saldoa.
handed-by-mine = Laitteesi { $device } luovutti tämän, kun tämä laite liittyi
handed-by-theirs = Käyttäjän { $username } laite { $device } luovutti tämän, kun tämä laite liittyi
reverse-toggle = Peru…
reverse-entry-label = Peru merkintä { $entry }
reverse-entry = Peru merkintä
cancel = Peruuta
reverse-why = Syy (valinnainen)
reverse-hint = Merkintä jää historiaan perutuksi merkittynä; sen vaikutus saldoihin kumotaan jokaisella laitteella.
reversing = Perutaan…
reversed-toast = Peruttu: { $description }
kind-payment = Maksu: joku maksoi
kind-debt = Velka: joku on velkaa
record-entry = Kirjaa merkintä
member = Jäsen
split-equal-among = Jaa tasan näiden kesken
split-equal-hint = Ota mukaan myös maksaja, jos hänellekin kuuluu osuus. Sentin jakojäännös menee ensimmäisinä luetelluille jäsenille.
weights-legend = Painot (esim. 2 ja 1: kaksi kolmasosaa ja yksi kolmasosa)
amounts-legend = Summat (yhteensä koko summa)
share-empty-hint = Jätä jäsenen kenttä tyhjäksi, jos hänelle ei kuulu osuutta.
will-record = Kirjataan: { $description }
will-record-shares = Kirjataan: { $description } — { $shares } { $currency }
amount = Summa
currency = Valuutta
add-entry-form = Lisää merkintä kassaan
what-happened = Mitä tapahtui
date = Päivämäärä
memo-optional = Muistiinpano (valinnainen)
reference-optional = Viite (valinnainen)
reference-hint = Laskun numero, tilisiirron tunnus…
add-entry = Lisää merkintä
ledger-intro = Merkinnät ovat päästä päähän salattuja viestejä; kukaan ei voi muokata tai poistaa niitä, virhe korjataan perumalla.
recording = Kirjataan…
recorded-toast = Kirjattu: { $description }
preparing = Valmistellaan…
exported-toast = { $count ->
    [one] Vietiin { $count } kassan tietue tiedostoon { $file }.
   *[other] Vietiin { $count } kassan tietuetta tiedostoon { $file }.
}

## Uusi keskustelu, tili

start = Aloita
starting = Aloitetaan…
create-group = Luo ryhmä
creating = Luodaan…
message-person = Lähetä viesti henkilölle
new-group = Uusi ryhmä
group-name = Ryhmän nimi
members-hint = Käyttäjänimet pilkuilla erotettuina.
your-account = Tilisi
this-device = Tämä laite
this-device-value = { $name } (laite { $id })
valid-until = Voimassa
invitations = Kutsut
connection = Yhteys
online = verkossa
offline = ei verkossa
offline-reason = ei verkossa: { $reason }
renew = Uusi
renewing = Uusitaan…
renewed-toast = Uusittu, voimassa { $date } asti.
renew-title = Uusi tilisi
renewal-code = Uusimiskoodi
renewal-hint = Saat sen ylläpitäjältä; se jatkaa tilisi voimassaoloa, myös sen vanhennuttua.
expires-1-day = 1 päivä
expires-7-days = 7 päivää
expires-30-days = 30 päivää
create-invitation = Luo kutsu
your-invitations = Kutsusi
copy = Kopioi
copied = Kopioitu.
copy-failed = Valitse linkki ja kopioi se.
invitation-created = Kutsu luotu.
invitation-for = { $count ->
    [one] { $count } henkilölle, voimassa { $date } asti.
   *[other] { $count } henkilölle, voimassa { $date } asti.
}
link-for-browser = Linkki selaimelle:
link-for-cli = Komentoriville (conclave join):
invite-row = #{ $id } · { $state } · { $left }/{ $total } jäljellä · { $date } asti
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } jäljellä · { $date } asti · liittyneet: { $names }
no-invitations = Ei vielä kutsuja.
invite-someone = Kutsu joku
number-of-people = Henkilömäärä
valid-for = Voimassaoloaika
your-devices = Laitteesi
add-device-hint = Lisätäksesi laitteen suorita ”conclave device link” laitteella, jolla tilisi on.
lock = Lukitse
this-browser = Tämä selain
lock-hint = Lukitseminen sulkee istunnon; tunnuslause avaa sen uudelleen.
device-row = { $name } (laite { $id }), lisätty { $date }
device-row-this = { $name } (laite { $id }), lisätty { $date } — tämä selain
offline-short = Ei verkossa.
language = Kieli
language-hint = Tämän sivun kieli tällä laitteella. ”Automaattinen” noudattaa selaimen kieliä.
language-auto = Automaattinen

## Yksityinen selaus

pb-what-title = Mitä yksityinen selaus on
pb-what-1 = Yksityinen selaus kuljettaa laitteen verkkoliikenteen kahden välityssolmun kautta sen sijaan, että se menisi suoraan sivustolle. Sisääntulosolmu tietää, kuka olet (osoitteesi), mutta ei sitä, minne menet; ulostulosolmu tietää, minne menet (sivuston), mutta ei sitä, kuka olet. Kumpikaan ei tiedä molempia.
pb-what-2 = Laitteesi ja ulostulosolmun välillä liikenne on salattua, joten sisääntulosolmu näkee vain suljettuja, kiinteän kokoisia soluja. Kukin välityssolmu päästää yhteyden sisään vain poletilla, jota ei voi yhdistää sinuun ja jonka tämä palvelin allekirjoittaa sokkona: se ei voi tietää, mihin yhteyteen tai sivustoon poletti käytettiin.
pb-what-3 = Tämä sivu ei itse reititä mitään: verkkosivu ei voi kuljettaa muuta liikennettä. Sen tekee laitteella oleva conclave-ohjelma (katso ”Käytä tällä laitteella”).
pb-limits-title = Miltä se ei suojaa
pb-limits-1 = Kaksi hyppyä riittää yhtä uteliasta välityssolmun operaattoria vastaan. Ne eivät auta, jos reitin molemmat välityssolmut toimivat yhdessä, eivätkä tarkkailijaa vastaan, joka seuraa liikennettä molemmissa päissä ja vertaa sen ajoitusta (globaali tarkkailija).
pb-limits-2 = Saman operaattorin välityssolmut on merkitty alla olevaan luetteloon, eikä reitti koskaan käytä kahta niistä, jos jonkin toisen operaattorin välityssolmu on olemassa. Jos vain yksi operaattori ylläpitää välityssolmuja, molemmat hypyt ovat sen, ja jako on vain nimellinen; conclave proxy varoittaa silloin.
pb-limits-3 = Sivustot näkevät edelleen sen, mitä lähetät niille: kirjautuminen, evästeet ja selaimen sormenjälki tunnistavat sinut tavalliseen tapaan.
pb-limits-4 = Vain välityspalvelimeen ohjatut ohjelmat ovat suojattuja. Anna välityspalvelimen selvittää myös nimet (socks5h, curlin --socks5-hostname, Firefoxin ”Välitä DNS-kyselyt”), muuten DNS-kyselysi kulkevat sen ohi.
pb-allowance-note = Jokainen piiri vie kaksi polettia, yhden kummallekin välityssolmulle; piiri kuljettaa monta yhteyttä ja uusitaan 10 minuutin jälkeen. Kiintiö uusiutuu klo 00.00 UTC.
pb-allowance-title = Tämän laitteen kiintiö
pb-per-day = Poletteja päivässä
pb-left-today = Jäljellä tänään
pb-fetching = Haetaan välityssolmujen hakemistoa…
relays = Välityssolmut
pb-setup = { $first }: suorita laitteella, jolla conclavessa on tilisi, { $link } ja sitten täällä { $join } (tai kutsun kanssa { $joininvite }).
pb-use-title = Käytä tällä laitteella
pb-desktop = Tietokone (Linux, macOS, Windows)
pb-desktop-install = Asenna conclave-komentorivityökalu ja anna sille tilisi
pb-desktop-run = Suorita { $cmd }. Se tarjoaa SOCKS5- ja HTTP CONNECT -palvelun osoitteessa { $addr } vain tälle tietokoneelle ja tulostaa kunkin piirin sisääntulo- ja ulostulosolmun.
pb-desktop-chromium = Chromium, Chrome tai Edge: käynnistä se valitsimella { $cmd } (nimet selvittää silloin välityspalvelin). Erillinen profiili ({ $profile }) pitää yksityisen selauksen erillään tavallisesta profiilistasi.
pb-desktop-firefox = Firefox: Asetukset → Yleiset → Verkkoasetukset → Asetukset…: Aseta välityspalvelimet käsin, SOCKS-palvelin 127.0.0.1, portti 1080, SOCKS v5, ja valitse ”Välitä DNS-kyselyt välityspalvelimelle käytettäessä SOCKS v5:tä”.
pb-desktop-curl = Komentorivityökalut: { $cmd }.
pb-desktop-options = Valinnat: { $country } poistuu kyseisessä maassa olevan ulostulosolmun kautta; { $circuit } antaa jokaiselle sivustolle oman piirin.
pb-android = Android-puhelin tai -tabletti
pb-android-intro = Selain ei voi ajaa SOCKS-välityspalvelinta, joten sen on tehtävä puhelimessa olevan ohjelman:
pb-android-termux = Asenna Termux (F-Droidista) ja siihen conclave-komentorivityökalu.
pb-android-account = Anna sille tilisi
pb-android-run = Suorita Termuxissa { $cmd } ja jätä se käyntiin (salli Termuxin toimia taustalla akkuasetuksissa).
pb-android-wifi = Asetukset → Wi-Fi → verkkosi → Muokkaa → Lisäasetukset → Välityspalvelin: Manuaalinen, isäntä { $host }, portti { $port }. Androidin välityspalvelinasetus käyttää HTTP CONNECTia, jota välityspalvelin ymmärtää samassa portissa. Sitä noudattavat selaimet kulkevat välityssolmujen kautta kyseisessä Wi-Fi-verkossa (eivät mobiilidatalla).
pb-android-browser = Tai käytä selainta, jolla on omat välityspalvelinasetukset: SOCKS5 { $socks } etä-DNS:n kanssa tai HTTP-välityspalvelin { $http } (CONNECT).
pb-ios = iPhone ja iPad
pb-ios-text = Ei vielä saatavilla. iOS ei voi pitää komentoriviohjelmaa käynnissä taustalla paikallisena välityspalvelimena (Termuxia ei ole, ja sovellukset keskeytetään), ja puhelimen liikenteen kuljettaminen vaatii VPN-tyyppisen sovelluksen (Network Extension), jota Conclavella ei vielä ole. Puhelin ei myöskään voi lainata tietokoneen välityspalvelinta: conclave proxy ei käytä salasanaa, joten se kuuntelee vain omalla koneellaan.
pb-no-tokens = Tämä palvelin ei myönnä välityssolmujen poletteja, joten sen välityssolmuja ei voi käyttää tältä tililtä.
pb-zero-tokens = Palvelin ei anna jäsenille välityssolmujen poletteja (kiintiö on 0 päivässä).
pb-same-operator = sama operaattori
pb-country-unknown = maa tuntematon
pb-relay-meta = { $country } · operaattori { $operator } · { $addr }
pb-relay-meta-ours = { $country } · operaattori { $operator } (tämän palvelimen) · { $addr }
pb-same-operator-note = Sama operaattori kuin { $others } ({ $count } välityssolmua): niitä ei koskaan käytetä yhdessä, kun toisen operaattorin välityssolmu on olemassa.
pb-no-relays = Tämä palvelin ei luettele yhtään välityssolmua.
pb-two-operators = Reitti voi käyttää kahden eri operaattorin välityssolmuja.
pb-one-operator = Vain yksi operaattori ylläpitää näitä välityssolmuja, joten reitin molemmat hypyt ovat sen: jako on vain nimellinen.
pb-no-path = Reittiä ei voi vielä muodostaa: { $reason }.
pb-signed-new = Allekirjoittaja { $operator }, avain { $key }; allekirjoitus on kunnossa. Tämä laite muistaa nyt tämän avaimen ja hylkää hakemiston, jonka on allekirjoittanut joku muu. Voimassa { $date } asti.
pb-signed-known = Allekirjoittaja { $operator }, avain { $key }; allekirjoitus on kunnossa. Se on avain, jonka tämä laite muisti, ja laite hylkää hakemiston, jonka on allekirjoittanut joku muu. Voimassa { $date } asti.

## Puhelut

declined = { $names } kieltäytyi.
join-call = Liity puheluun
accept = Vastaa
accept-call = Vastaa puheluun
accept-video-call = Vastaa videopuheluun
decline = Hylkää
is-calling = { $caller } soittaa
ringing-voice = Äänipuhelu · { $conversation }
ringing-video = Videopuhelu · { $conversation }
already-in-call = Olet jo puhelussa.
calling = Soitetaan…
call-failed = Puhelua ei voitu aloittaa: { $error }
connecting = Yhdistetään…
your-camera = Kamerasi
mute = Mykistä
unmute = Poista mykistys
camera-off = Kamera pois
camera-on = Kamera päälle
switch-camera = Vaihda kameraa
one-camera = Tässä laitteessa on yksi kamera.
hang-up = Lopeta puhelu
call-controls = Puhelun hallinta
tile-name = { $username } · laite { $device }
tile-leaf = lehti { $leaf }
reconnecting = Yhdistetään uudelleen…
connection-failed = Yhteys epäonnistui
ended = Päättyi
in-call = { $count ->
    [one] { $state } · { $count } puhelussa
   *[other] { $state } · { $count } puhelussa
}

## Tiedostot ja ääniviestit

file-too-large = Tiedosto on suurempi kuin palvelin hyväksyy.
file-too-large-max = Tiedosto on suurempi kuin palvelin hyväksyy (enintään { $max }).
file-over-quota = Tallennustilasi palvelimella on täynnä. Tiedostot vanhenevat jonkin ajan kuluttua; yritä myöhemmin uudelleen.
file-too-many = Liian monta lähetystä kerralla. Yritä hetken päästä uudelleen.
file-grant = Lähetyslupa vanheni. Yritä uudelleen.
file-not-found = Tiedostoa ei enää ole palvelimella (tiedostot vanhenevat jonkin ajan kuluttua).
file-hash-mismatch = Lähetys vioittui matkalla. Yritä uudelleen.
file-unavailable = Palvelimen tiedostovarasto ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen.
file-busy = Palvelin käsittelee tätä tiedostoa. Yritä hetken päästä uudelleen.
file-cut = Yhteys katkesi lähetyksen aikana. Yritä uudelleen.
file-no-resume = Lähetystä ei voitu jatkaa.
file-kept-other = Palvelin säilytti tiedostosta eri osan.
upload-refused = Lähetys epäonnistui: { $reason }
download-refused = Lataus epäonnistui: { $reason }
file-corrupted = Tätä tiedostoa muutettiin tai se vioittui matkalla; sitä ei näytetä.
open-image = Avaa kuva { $name }
open = Avaa
preview-of = Esikatselu: { $name }
image-unreadable = Tätä kuvaa ei voi näyttää täällä; tämä selain ei osaa lukea sitä kuvana.
play-voice-note = Toista ääniviesti { $name }
recording-unplayable = Tätä äänitettä ei voi toistaa tässä selaimessa.
download = Lataa
download-name = Lataa { $name }
save-again = Tallenna uudelleen
close = Sulje
play-name = Toista { $name }
pause-name = Keskeytä { $name }
position = Kohta

## Ilmoitukset

notifications = Ilmoitukset
hide-contents = Piilota sisältö ilmoituksissa
push-blocked = Ilmoitukset on estetty tältä sivustolta: salli ne selaimen sivustoasetuksissa.
push-not-allowed = Ilmoituksia ei sallittu.
push-no-server = Tämä palvelin ei lähetä push-ilmoituksia.
push-no-service = Tämän selaimen push-palvelu ei vastannut (ei verkkoyhteyttä, tai selaimessa ei ole sellaista).
push-unsupported = Tämä selain ei voi näyttää push-ilmoituksia (iPhonessa ja iPadissa: lisää Conclave ensin Koti-valikkoon).
push-on-hidden = Päällä: ilmoituksissa lukee ”Uusi viesti” eikä mitään muuta.
push-on = Päällä: ilmoitukset näyttävät, kuka kirjoitti ja mitä, tällä laitteella luettuna.
push-off = Pois. Palvelimen push-viestit sanovat aina vain ”jotain uutta”; tämä laite purkaa salauksen lopusta.
new-message = Uusi viesti

## Puhelut historiassa, puheluruudut, kutsujen tilat

call-held-audio = Puhelu, { $duration }, { $people ->
    [one] { $people } henkilö
   *[other] { $people } henkilöä
}
call-held-video = Videopuhelu, { $duration }, { $people ->
    [one] { $people } henkilö
   *[other] { $people } henkilöä
}
call-missed-audio = Vastaamaton puhelu käyttäjältä { $from }
call-missed-video = Vastaamaton videopuhelu käyttäjältä { $from }
call-missed-declined-audio = Vastaamaton puhelu käyttäjältä { $from } (hylätty)
call-missed-declined-video = Vastaamaton videopuhelu käyttäjältä { $from } (hylätty)
call-not-answered-audio = Puheluun ei vastattu
call-not-answered-video = Videopuheluun ei vastattu
call-declined-by-audio = Puhelun hylkäsi { $names }
call-declined-by-video = Videopuhelun hylkäsi { $names }
call-ringing-audio = { $caller } soittaa (puhelu)
call-ringing-video = { $caller } soittaa (videopuhelu)
call-in-progress-audio = Puhelu käynnissä, { $count ->
    [one] { $count } henkilö
   *[other] { $count } henkilöä
} mukana ({ $names })
call-in-progress-video = Videopuhelu käynnissä, { $count ->
    [one] { $count } henkilö
   *[other] { $count } henkilöä
} mukana ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } h { $min } min
tile-waiting-keys = odotetaan avaimia
tile-cant-decrypt = salausta ei voi purkaa ({ $reason })
tile-key-mismatch = hänen avaimensa ei vastaa tämän laitteen avainta: eri MLS-epookki tai ei jäsen
invite-open = avoin
invite-used = käytetty
invite-expired = vanhentunut
invite-revoked = peruttu

## Typing indicators
typing-one = { $name } kirjoittaa…
typing-two = { $first } ja { $second } kirjoittavat…
typing-several = Useampi henkilö kirjoittaa…
typing-title = Kirjoitusilmaisimet
typing-setting = Näytä, kun muut kirjoittavat, ja anna heidän nähdä, kun minä kirjoitan
typing-hint = Kun ne ovat pois päältä, tämä laite ei lähetä eikä näytä niitä. Ne tavoittavat vain nyt verkossa olevat jäsenet; palvelin ei säilytä niitä.

## History from another device
toast-history-imported = Historia laitteeltasi { $device } saapui (merkintöjä: { $count }; keskusteluja: { $conversations }).
history-note = Yllä oleva historia tuli laitteeltasi { $device } (lähetetty { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Saapuva puhelu
push-ring-body = Vastaa avaamalla Conclave
push-title-group = { $sender } – { $conversation }

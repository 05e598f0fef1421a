# Conclave: Swahili (Kiswahili), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Kuanza, kujiunga, kuunganisha, kufungua

boot-loading = Inapakia…
boot-failed = Conclave imeshindwa kuanza: { $error }
boot-other-tab = Conclave tayari iko wazi katika kichupo au dirisha lingine la kivinjari hiki. Ifunge, kisha pakia upya ukurasa huu.
working = Inashughulikia…
wrong-passphrase = Kaulisiri si sahihi. { $detail }. Jaribu tena.
tagline = Ujumbe uliosimbwa kutoka mwanzo hadi mwisho, kwa walioalikwa tu. Funguo zako zinaundwa na kuhifadhiwa katika kivinjari hiki.
passphrase = Kaulisiri
passphrase-hint = Angalau herufi 8. Inasimba funguo na historia ya kifaa hiki katika kivinjari hiki na haitoki kamwe humo; ukiisahau, nakala ya kivinjari hiki haiwezi kufunguliwa.
passphrase-again = Rudia kaulisiri
passphrase-differ = Kaulisiri hizo mbili hazilingani.
join-title = Jiunge kwa mwaliko
join-link = Kiungo cha mwaliko
join-link-hint = https://…/join#code=… au conclave://…/join#code=…
username = Jina la mtumiaji
username-hint = Herufi 3 hadi 32: a–z, 0–9, “.”, “_”, “-”.
device-name = Jina la kifaa hiki
join-button = Jiunge
joining = Inajiunga…
link-title = Unganisha kivinjari hiki na akaunti yako
link-intro = Kwenye kifaa chenye akaunti yako, endesha “conclave device link” kisha bandika kiungo inachochapisha. Kifaa hicho kitaongeza kivinjari hiki kwenye mazungumzo yako.
link-link = Kiungo cha kifaa
link-link-hint = https://…/device#code=… au conclave://…/device#code=…
link-button = Unganisha kivinjari hiki
linking = Inaunganisha…
unlock-title = Fungua Conclave
unlock-holds = Kivinjari hiki kina kifaa “{ $device }” cha { $username }.
unlock-button = Fungua
unlocking = Inafungua…
unlock-link-ignored = Kivinjari hiki tayari kina kifaa cha Conclave; kiungo ulichofungua hakitumiki. Ili kukitumia, ondoa kwanza kifaa hiki kwenye kivinjari hiki.
unlock-forgot = Umesahau kaulisiri? Nakala ya kivinjari hiki haiwezi kufunguliwa bila hiyo. Iondoe hapa kisha unganisha kivinjari hiki tena kutoka kifaa chako kingine.
forget-button = Ondoa kifaa hiki kwenye kivinjari hiki
forget-confirm = Ondoa kifaa cha { $username } kwenye kivinjari hiki? Funguo na historia yake hapa zitafutwa; akaunti yako na vifaa vingine vitabaki.

## Kiolesura

conversations = Mazungumzo
new-button = Mapya
new-conversation = Mazungumzo mapya
private-button = Faragha
private-browsing = Kuvinjari kwa faragha
account-button = Akaunti
account = Akaunti
details = Maelezo
call-button = Piga simu
call-start = Anzisha simu
call-voice = Simu ya sauti
video-button = Video
video-start = Anzisha simu ya video
video-call = Simu ya video
ledger = Hesabu
ledger-button-title = Gharama za pamoja na salio
messages = Jumbe
composer-placeholder = Ujumbe
send = Tuma
sending = Inatuma…
attach = Ambatisha faili
take-photo = Piga picha
voice-hold = Shikilia kurekodi ujumbe wa sauti
back-chats = ‹ Soga
back-to-conversations = Rudi kwenye mazungumzo
back = ‹ Rudi
close-panel = Funga paneli
conversation-panels = Paneli za mazungumzo
members = Wanachama
choose-conversation = Chagua mazungumzo, au anzisha mapya kwa “Mapya”.
call = Simu

## Hali na mabango

status-online = { $username } · mtandaoni
status-offline = { $username } · nje ya mtandao
status-expired = { $username } · muda umeisha
status-replaced = { $username } · imechukuliwa nafasi
status-refused = { $username } · imekataliwa
status-connecting = { $username } · inaunganisha
banner-expired = Muda wa akaunti yako umeisha. Tumia msimbo wa kuhuisha chini ya Akaunti ili kuendelea.
banner-replaced = Conclave imefunguliwa kwa kifaa hiki mahali pengine; ukurasa huu umesimama. Pakia upya ili kuitumia hapa.
banner-refused = Seva imekataa kifaa hiki: { $reason }
banner-offline = Nje ya mtandao: inaonyesha kilichomo katika kivinjari hiki. { $reason }
banner-expires-soon = Muda wa akaunti yako unaisha tarehe { $date }. Omba msimamizi msimbo wa kuhuisha.
conn-expired = Muda wa akaunti yako umeisha: ihuishe chini ya Akaunti.
conn-offline = Nje ya mtandao: unaweza kusoma; kutuma kutafanya kazi tena ukiunganishwa upya.
expiry-unknown = haijulikani (nje ya mtandao)
expiry-expired = { $date } (muda umeisha)
expiry-days = { $days ->
    [one] { $date } (siku { $days })
   *[other] { $date } (siku { $days })
}

## Orodha ya mazungumzo na jumbe

you = Wewe
last-message = { $who }: { $text }
ledger-line = Hesabu: { $text }
group-created = Kikundi kimeundwa
no-messages-yet = Bado hakuna jumbe
no-conversations = Bado hakuna mazungumzo.
not-on-device = Mazungumzo haya hayako kwenye kifaa hiki.
conversation = Mazungumzo
removed-banner = Umeondolewa kwenye mazungumzo haya. Hupokei tena jumbe zake.
membership-added = { $who } amemwongeza { $names }
membership-removed = { $who } amemwondoa { $names }
membership-added-removed = { $who } amemwongeza { $added } na kumwondoa { $removed }
membership-keys = { $who } amesasisha funguo
unreadable-message = Ujumbe usiosomeka ({ $reason })
handover-mine = Kifaa chako kimekabidhi maingizo ya awali ya hesabu kwa vifaa vilivyojiunga.
handover-theirs = Kifaa cha { $sender } kimekabidhi maingizo ya awali ya hesabu kwa vifaa vilivyojiunga.
open-ledger-link = Hesabu ›
open-ledger = Fungua hesabu
joined-here = Ulijiunga na mazungumzo haya kwenye kifaa hiki.
empty-conversation = Bado hakuna jumbe. Jumbe zimesimbwa kutoka mwanzo hadi mwisho.
upload-sending = Inatuma { $name }…
upload-failed = { $name }: { $error }
dismiss = Ondoa
record-failed = Haiwezi kurekodi: { $error }
record-hold = Shikilia kitufe cha maikrofoni kurekodi ujumbe wa sauti.
toast-added-to-conversation = Umeongezwa kwenye mazungumzo.
toast-fell-behind = Kifaa hiki kimebaki nyuma katika mazungumzo na kinasubiri kuongezwa tena.
invites-admin = hakuna kikomo (msimamizi)
invites-left = { $count } imebaki

## Wanachama

no-longer-member = Wewe si mwanachama tena wa mazungumzo haya.
safety-number = Namba ya usalama
safety-number-with = Namba ya usalama na { $username }
remove = Ondoa
remove-member = Mwondoe { $username }
remove-confirm = Mwondoe { $username } kwenye { $conversation }? Hataweza kusoma jumbe za baadaye.
removing = Inaondoa…
removed-toast = { $username } ameondolewa.
devices-line = { $count ->
    [one] kifaa { $ids }
   *[other] vifaa { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = kifaa ({ $id })
member-you = { $username } (wewe)
members-summary = { $count ->
    [one] mwanachama { $count } · epoch { $epoch }
   *[other] wanachama { $count } · epoch { $epoch }
}
add = Ongeza
adding = Inaongeza…
added-toast = { $names } ameongezwa.
add-members = Ongeza wanachama
add-members-hint = Majina ya watumiaji, yakitenganishwa kwa koma. Vifaa vyao vyote vitajiunga.
leave = Ondoka kwenye mazungumzo haya
leave-confirm = Ondoka kwenye { $conversation } kwenye vifaa vyako vyote?
leaving = Inaondoka…
epoch-authenticator = Kithibitishaji cha epoch (ni kile kile kwenye kifaa cha kila mwanachama): { $code }
loading = Inapakia…
safety-verified = imethibitishwa
safety-changed = FUNGUO ZIMEBADILIKA tangu ulipothibitisha
safety-unverified = haijathibitishwa
mark-verified = Weka alama ya kuthibitishwa
saving = Inahifadhi…
verified-toast = { $username } amewekwa alama ya kuthibitishwa.
safety-with = Namba ya usalama na { $username } { $badge }
safety-hint = Ilinganishe na yao ana kwa ana au kupitia njia nyingine. Ikilingana, waweke alama ya kuthibitishwa: mabadiliko ya baadaye ya funguo zao yataonyeshwa kwa uwazi.

## Hesabu

ledger-paid-by = Imelipwa na
ledger-paid-to = Imelipwa kwa / kwa ajili ya
ledger-owed-to = Anadaiwa na
ledger-owed-by = Inadaiwa kwa
split-to = Yote kwa mwanachama mmoja
split-equal = Gawa sawa
split-exact = Gawa kwa kiasi
split-weights = Gawa kwa uzito
badge-reversed = imebatilishwa
badge-reversal = ubatilishaji
badge-refused = imekataliwa
badge-unreadable = haisomeki
device-id = kifaa { $id }
device-id-named = kifaa { $id } ({ $name })
entries = Maingizo
entries-count = Maingizo ({ $count })
export-csv = Pakua CSV
export-json = Pakua JSON
balances = Salio
export = Hamisha
export-hint = CSV: safu moja kwa kila mwanachama kwa kila ingizo (jumla kwa mwanachama na sarafu ndiyo salio). JSON: kila rekodi, salio na kulipana.
discrepancy-title = Onyo: hesabu iliyokabidhiwa kifaa kipya inatofautiana na yako.
discrepancy = Kifaa { $device } cha { $by } (ujumbe { $seq }) kimewakabidhi wageni hesabu ambayo si ile iliyo kwenye kifaa hiki: { $detail }. Salio lao linaweza kutofautiana na lako; linganisha na { $by }.
ledger-unreadable = { $count ->
    [one] Ingizo { $count } liliandikwa na Conclave mpya zaidi na haliwezi kusomwa hapa; salio haliliweki hadi usasishe.
   *[other] Maingizo { $count } yaliandikwa na Conclave mpya zaidi na hayawezi kusomwa hapa; salio haliyaweki hadi usasishe.
}
handed-over-mine = Kifaa hiki kilijiunga kwenye ujumbe { $seq }: maingizo ya kabla yake ni kama kifaa chako { $device } kilivyoyakabidhi.
handed-over-theirs = Kifaa hiki kilijiunga kwenye ujumbe { $seq }: maingizo ya kabla yake ni kama kifaa { $device } cha { $by } kilivyoyakabidhi.
ledger-empty = Bado hakuna maingizo. Rekodi gharama ya pamoja, malipo au deni hapa chini; kila mwanachama anaona salio lile lile.
balances-in = Salio kwa { $currency }
balance-owed = anadai
balance-owes = anadaiwa
balance-settled = amelipana
settle-title = Kulipana
settle-you-pay = Unamlipa { $to } { $amount } { $currency }
settle-pays-you = { $from } anakulipa { $amount } { $currency }
settle-pays = { $from } anamlipa { $to } { $amount } { $currency }
all-settled = Wote wamelipana.
records-empty = Maingizo yanaonekana hapa kwa mpangilio ambao seva iliyaweka, sawa kwenye kila kifaa.
recorded-by-you = { $day } · imerekodiwa na wewe kutoka { $device } saa { $time }
recorded-by = { $day } · imerekodiwa na { $member } kutoka { $device } saa { $time }
reference-line = Marejeo: { $reference }
reversed-by-you = Imebatilishwa na wewe (ingizo { $entry }); haihesabiwi tena.
reversed-by = Imebatilishwa na { $member } (ingizo { $entry }); haihesabiwi tena.
reversed-by-someone = Imebatilishwa na mtu (ingizo { $entry }); haihesabiwi tena.
undoes = Inabatilisha: { $description }
refused-everywhere = Imekataliwa na kila kifaa ilipofika; haibadilishi salio lolote.
handed-by-mine = Imekabidhiwa na kifaa chako { $device } kifaa hiki kilipojiunga
handed-by-theirs = Imekabidhiwa na kifaa { $device } cha { $username } kifaa hiki kilipojiunga
reverse-toggle = Batilisha…
reverse-entry-label = Batilisha ingizo { $entry }
reverse-entry = Batilisha ingizo
cancel = Ghairi
reverse-why = Sababu (si lazima)
reverse-hint = Ingizo linabaki kwenye historia, likiwa na alama ya kubatilishwa; athari yake kwa salio inaondolewa kwenye kila kifaa.
reversing = Inabatilisha…
reversed-toast = Imebatilishwa: { $description }
kind-payment = Malipo: mtu amelipa
kind-debt = Deni: mtu anadaiwa
record-entry = Rekodi ingizo
member = Mwanachama
split-equal-among = Gawa sawa kati ya
split-equal-hint = Mjumuishe aliyelipa ili naye apate sehemu. Senti inayobaki inakwenda kwa wanachama wa kwanza kwenye orodha.
weights-legend = Uzito (mf. 2 na 1: theluthi mbili na theluthi moja)
amounts-legend = Kiasi (kinachojumlisha hadi jumla)
share-empty-hint = Acha mwanachama wazi ili asipate sehemu.
will-record = Itarekodi: { $description }
will-record-shares = Itarekodi: { $description } — { $shares } { $currency }
amount = Kiasi
currency = Sarafu
add-entry-form = Ongeza ingizo la hesabu
what-happened = Kilichotokea
date = Tarehe
memo-optional = Dokezo (si lazima)
reference-optional = Marejeo (si lazima)
reference-hint = Namba ya ankara, kitambulisho cha uhamisho…
add-entry = Ongeza ingizo
ledger-intro = Maingizo ni jumbe zilizosimbwa kutoka mwanzo hadi mwisho; hakuna anayeweza kuhariri au kufuta moja, kosa hubatilishwa.
recording = Inarekodi…
recorded-toast = Imerekodiwa: { $description }
preparing = Inaandaa…
exported-toast = { $count ->
    [one] Rekodi { $count } ya hesabu imehamishwa kwenda { $file }.
   *[other] Rekodi { $count } za hesabu zimehamishwa kwenda { $file }.
}

## Mazungumzo mapya, akaunti

start = Anzisha
starting = Inaanzisha…
create-group = Unda kikundi
creating = Inaunda…
message-person = Mtumie mtu ujumbe
new-group = Kikundi kipya
group-name = Jina la kikundi
members-hint = Majina ya watumiaji, yakitenganishwa kwa koma.
your-account = Akaunti yako
this-device = Kifaa hiki
this-device-value = { $name } (kifaa { $id })
valid-until = Halali hadi
invitations = Mialiko
connection = Muunganisho
online = mtandaoni
offline = nje ya mtandao
offline-reason = nje ya mtandao: { $reason }
renew = Huisha
renewing = Inahuisha…
renewed-toast = Imehuishwa hadi { $date }.
renew-title = Huisha akaunti yako
renewal-code = Msimbo wa kuhuisha
renewal-hint = Msimamizi anakupa msimbo; unarefusha akaunti yako, hata baada ya muda wake kuisha.
expires-1-day = Siku 1
expires-7-days = Siku 7
expires-30-days = Siku 30
create-invitation = Unda mwaliko
your-invitations = Mialiko yako
copy = Nakili
copied = Imenakiliwa.
copy-failed = Chagua kiungo kisha ukinakili.
invitation-created = Mwaliko umeundwa.
invitation-for = { $count ->
    [one] Kwa mtu { $count }, halali hadi { $date }.
   *[other] Kwa watu { $count }, halali hadi { $date }.
}
link-for-browser = Kiungo cha kivinjari:
link-for-cli = Kwa mstari wa amri (conclave join):
invite-row = #{ $id } · { $state } · { $left }/{ $total } zimebaki · hadi { $date }
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } zimebaki · hadi { $date } · wamejiunga: { $names }
no-invitations = Bado hakuna mialiko.
invite-someone = Alika mtu
number-of-people = Idadi ya watu
valid-for = Halali kwa
your-devices = Vifaa vyako
add-device-hint = Ili kuongeza kifaa, endesha “conclave device link” kwenye kifaa chenye akaunti yako.
lock = Funga
this-browser = Kivinjari hiki
lock-hint = Kufunga kunamaliza kipindi; kaulisiri inakifungua tena.
device-row = { $name } (kifaa { $id }), kiliongezwa { $date }
device-row-this = { $name } (kifaa { $id }), kiliongezwa { $date } — kivinjari hiki
offline-short = Nje ya mtandao.
language = Lugha
language-hint = Lugha ya ukurasa huu kwenye kifaa hiki. “Otomatiki” hufuata lugha za kivinjari.
language-auto = Otomatiki

## Kuvinjari kwa faragha

pb-what-title = Kuvinjari kwa faragha ni nini
pb-what-1 = Kuvinjari kwa faragha hupitisha trafiki ya wavuti ya kifaa kupitia relei mbili badala ya moja kwa moja hadi kwenye tovuti. Relei ya kuingia inajua wewe ni nani (anwani yako) lakini si unakokwenda; relei ya kutoka inajua unakokwenda (tovuti) lakini si wewe ni nani. Hakuna inayojua yote mawili.
pb-what-2 = Kati ya kifaa chako na relei ya kutoka, trafiki imesimbwa, kwa hiyo relei ya kuingia inaona tu seli zilizofungwa za ukubwa usiobadilika. Kila relei inaruhusu muunganisho kuingia tu kwa tokeni isiyoweza kuhusishwa, ambayo seva hii inaitia sahihi bila kuiona: haiwezi kujua tokeni ilitumika kwa muunganisho au tovuti gani.
pb-what-3 = Ukurasa huu wenyewe haupitishi chochote: ukurasa wa wavuti hauwezi kubeba trafiki nyingine. Programu ya conclave kwenye kifaa ndiyo hufanya hivyo (ona “Itumie kwenye kifaa hiki”).
pb-limits-title = Isichokilinda
pb-limits-1 = Hatua mbili zinashinda mwendeshaji mmoja wa relei mdadisi. Hazisaidii ikiwa relei zote mbili za njia zinashirikiana, wala dhidi ya mtazamaji anayetazama trafiki pande zote mbili na kulinganisha muda wake (mtazamaji wa kimataifa).
pb-limits-2 = Relei zinazoendeshwa na mwendeshaji mmoja zimewekwa alama kwenye orodha hapa chini, na njia haitumii mbili kati yake kamwe wakati relei ya mwendeshaji mwingine ipo. Mwendeshaji mmoja tu anapoendesha relei, hatua zote mbili ni zake na mgawanyo ni wa jina tu; hapo conclave proxy hutoa onyo.
pb-limits-3 = Tovuti bado zinaona unachozitumia: kuingia, vidakuzi na alama ya kivinjari vinakutambulisha kama kawaida.
pb-limits-4 = Programu zilizoelekezwa kwenye proksi tu ndizo zinalindwa. Iruhusu proksi itafsiri majina pia (socks5h, --socks5-hostname ya curl, “Proxy DNS” ya Firefox), la sivyo maombi yako ya DNS yanapita nje yake.
pb-allowance-note = Kila saketi inachukua tokeni mbili, moja kwa kila relei; saketi moja hubeba miunganisho mingi na huhuishwa baada ya dakika 10. Kiwango hujazwa upya saa 00:00 UTC.
pb-allowance-title = Kiwango cha kifaa hiki
pb-per-day = Tokeni kwa siku
pb-left-today = Zimebaki leo
pb-fetching = Inapakua saraka ya relei…
relays = Relei
pb-setup = { $first }: kwenye kifaa ambapo conclave ina akaunti yako, endesha { $link }, kisha hapa { $join } (au { $joininvite } ukiwa na mwaliko).
pb-use-title = Itumie kwenye kifaa hiki
pb-desktop = Kompyuta (Linux, macOS, Windows)
pb-desktop-install = Sakinisha mstari wa amri wa conclave na uupe akaunti yako
pb-desktop-run = Endesha { $cmd }. Inatoa SOCKS5 na HTTP CONNECT kwenye { $addr }, kwa kompyuta hii tu, na inachapisha relei ya kuingia na ya kutoka ya kila saketi.
pb-desktop-chromium = Chromium, Chrome au Edge: ianzishe kwa { $cmd } (majina hutafsiriwa na proksi). Wasifu tofauti ({ $profile }) hutenganisha kuvinjari kwa faragha na wasifu wako wa kawaida.
pb-desktop-firefox = Firefox: Settings → General → Network Settings → Settings…: Manual proxy configuration, SOCKS Host 127.0.0.1, Port 1080, SOCKS v5, na weka tiki “Proxy DNS when using SOCKS v5”.
pb-desktop-curl = Zana za mstari wa amri: { $cmd }.
pb-desktop-options = Chaguo: { $country } hutoka kupitia relei ya kutoka katika nchi hiyo; { $circuit } huipa kila tovuti saketi yake.
pb-android = Simu au kompyuta kibao ya Android
pb-android-intro = Kivinjari hakiwezi kuendesha proksi ya SOCKS, kwa hiyo programu kwenye simu lazima ifanye hivyo:
pb-android-termux = Sakinisha Termux (kutoka F-Droid), na ndani yake mstari wa amri wa conclave.
pb-android-account = Upe akaunti yako
pb-android-run = Ndani ya Termux endesha { $cmd } na uiache ikiendelea (ruhusu Termux ifanye kazi chinichini katika mipangilio ya betri).
pb-android-wifi = Mipangilio → Wi-Fi → mtandao wako → Hariri → Kina → Proksi: Mwenyewe, seva { $host }, mlango { $port }. Mpangilio wa proksi wa Android unatumia HTTP CONNECT, ambayo proksi inaielewa kwenye mlango huo huo. Vivinjari vinavyoufuata hupitia relei kwenye mtandao huo wa Wi-Fi (si kwenye data ya simu).
pb-android-browser = Au tumia kivinjari chenye mipangilio yake ya proksi: SOCKS5 { $socks } na DNS ya mbali, au proksi ya HTTP { $http } (CONNECT).
pb-ios = iPhone na iPad
pb-ios-text = Haipatikani kwa sasa. iOS haina njia ya kuacha programu ya mstari wa amri ikiendelea chinichini ili kutumika kama proksi ya ndani (hakuna Termux, na programu husimamishwa), na kubeba trafiki ya simu kunahitaji programu ya aina ya VPN (Network Extension), ambayo Conclave bado haina. Wala simu haiwezi kuazima proksi ya kompyuta: conclave proxy haina nenosiri, kwa hiyo inasikiliza kwenye mashine yake yenyewe tu.
pb-no-tokens = Seva hii haitoi tokeni za relei, kwa hiyo relei zake haziwezi kutumika kutoka akaunti hii.
pb-zero-tokens = Seva haiwapi wanachama tokeni za relei (kiwango chake ni 0 kwa siku).
pb-same-operator = mwendeshaji yule yule
pb-country-unknown = nchi haijulikani
pb-relay-meta = { $country } · mwendeshaji { $operator } · { $addr }
pb-relay-meta-ours = { $country } · mwendeshaji { $operator } (wa seva hii) · { $addr }
pb-same-operator-note = Inaendeshwa na mwendeshaji yule yule kama { $others } (relei { $count }): hazitumiwi pamoja kamwe wakati relei ya mwendeshaji mwingine ipo.
pb-no-relays = Seva hii haiorodheshi relei yoyote.
pb-two-operators = Njia inaweza kutumia relei mbili za waendeshaji tofauti.
pb-one-operator = Mwendeshaji mmoja tu anaendesha relei hizi, kwa hiyo hatua zote mbili za njia ni zake: mgawanyo ni wa jina tu.
pb-no-path = Bado hakuna njia inayoweza kujengwa: { $reason }.
pb-signed-new = Imetiwa sahihi na { $operator } kwa ufunguo { $key }; sahihi ni halali. Kifaa hiki sasa kinakumbuka ufunguo huo, na kinakataa saraka iliyotiwa sahihi na mwingine. Halali hadi { $date }.
pb-signed-known = Imetiwa sahihi na { $operator } kwa ufunguo { $key }; sahihi ni halali. Ndio ufunguo ambao kifaa hiki kilikumbuka, na kinakataa saraka iliyotiwa sahihi na mwingine. Halali hadi { $date }.

## Simu

declined = { $names } amekataa.
join-call = Jiunge na simu
accept = Pokea
accept-call = Pokea simu
accept-video-call = Pokea simu ya video
decline = Kataa
is-calling = { $caller } anapiga simu
ringing-voice = Simu ya sauti · { $conversation }
ringing-video = Simu ya video · { $conversation }
already-in-call = Tayari uko kwenye simu.
calling = Inapiga…
call-failed = Simu imeshindwa kuanza: { $error }
connecting = Inaunganisha…
your-camera = Kamera yako
mute = Zima sauti
unmute = Washa sauti
camera-off = Zima kamera
camera-on = Washa kamera
switch-camera = Badilisha kamera
one-camera = Kifaa hiki kina kamera moja.
hang-up = Kata simu
call-controls = Vidhibiti vya simu
tile-name = { $username } · kifaa { $device }
tile-leaf = leaf { $leaf }
reconnecting = Inaunganisha upya…
connection-failed = Muunganisho umeshindwa
ended = Imeisha
in-call = { $count ->
    [one] { $state } · { $count } kwenye simu
   *[other] { $state } · { $count } kwenye simu
}

## Faili na jumbe za sauti

file-too-large = Faili ni kubwa kuliko seva inavyokubali.
file-too-large-max = Faili ni kubwa kuliko seva inavyokubali (isizidi { $max }).
file-over-quota = Hifadhi yako kwenye seva imejaa. Faili huisha muda baada ya kipindi fulani; jaribu tena baadaye.
file-too-many = Upakiaji mwingi mno kwa wakati mmoja. Jaribu tena baada ya muda mfupi.
file-grant = Ruhusa ya kupakia imeisha muda. Jaribu tena.
file-not-found = Faili haipo tena kwenye seva (faili huisha muda baada ya kipindi fulani).
file-hash-mismatch = Upakiaji uliharibika njiani. Jaribu tena.
file-unavailable = Hifadhi ya faili ya seva haipatikani kwa sasa. Jaribu tena baadaye.
file-busy = Seva inashughulikia faili hii. Jaribu tena baada ya muda mfupi.
file-cut = Muunganisho ulikatika wakati wa kupakia. Jaribu tena.
file-no-resume = Upakiaji haukuweza kuendelezwa.
file-kept-other = Seva ilihifadhi sehemu tofauti ya faili.
upload-refused = Upakiaji umeshindwa: { $reason }
download-refused = Upakuaji umeshindwa: { $reason }
file-corrupted = Faili hii ilibadilishwa au kuharibika njiani; haionyeshwi.
open-image = Fungua picha { $name }
open = Fungua
preview-of = Onyesho la kukagua la { $name }
image-unreadable = Picha hii haiwezi kuonyeshwa hapa; si picha ambayo kivinjari hiki kinaisoma.
play-voice-note = Cheza ujumbe wa sauti { $name }
recording-unplayable = Rekodi hii haiwezi kuchezwa katika kivinjari hiki.
download = Pakua
download-name = Pakua { $name }
save-again = Hifadhi tena
close = Funga
play-name = Cheza { $name }
pause-name = Sitisha { $name }
position = Mahali

## Arifa

notifications = Arifa
hide-contents = Ficha maudhui katika arifa
push-blocked = Arifa zimezuiwa kwa tovuti hii: ziruhusu katika mipangilio ya tovuti ya kivinjari.
push-not-allowed = Arifa hazikuruhusiwa.
push-no-server = Seva hii haitumi arifa za push.
push-no-service = Huduma ya push ya kivinjari hiki haikujibu (hakuna mtandao, au kivinjari hakina huduma hiyo).
push-unsupported = Kivinjari hiki hakiwezi kuonyesha arifa za push (kwenye iPhone na iPad: ongeza Conclave kwenye skrini ya mwanzo kwanza).
push-on-hidden = Imewashwa: arifa zinasema "Ujumbe mpya" tu na hakuna kingine.
push-on = Imewashwa: arifa zinaonyesha aliyeandika na alichoandika, kilichosomwa kwenye kifaa hiki.
push-off = Imezimwa. Push za seva husema tu "kuna kitu kipya"; kifaa hiki husimbua kilichobaki.
new-message = Ujumbe mpya

## Simu kwenye historia, vigae vya simu, hali za mialiko

call-held-audio = Simu, { $duration }, { $people ->
    [one] mtu { $people }
   *[other] watu { $people }
}
call-held-video = Simu ya video, { $duration }, { $people ->
    [one] mtu { $people }
   *[other] watu { $people }
}
call-missed-audio = Simu ambayo hukupokea kutoka kwa { $from }
call-missed-video = Simu ya video ambayo hukupokea kutoka kwa { $from }
call-missed-declined-audio = Simu ambayo hukupokea kutoka kwa { $from } (imekataliwa)
call-missed-declined-video = Simu ya video ambayo hukupokea kutoka kwa { $from } (imekataliwa)
call-not-answered-audio = Simu haikujibiwa
call-not-answered-video = Simu ya video haikujibiwa
call-declined-by-audio = Simu imekataliwa na { $names }
call-declined-by-video = Simu ya video imekataliwa na { $names }
call-ringing-audio = { $caller } anapiga simu (simu)
call-ringing-video = { $caller } anapiga simu (simu ya video)
call-in-progress-audio = Simu inaendelea, { $count ->
    [one] mtu { $count }
   *[other] watu { $count }
} ndani yake ({ $names })
call-in-progress-video = Simu ya video inaendelea, { $count ->
    [one] mtu { $count }
   *[other] watu { $count }
} ndani yake ({ $names })
duration-seconds = sekunde { $n }
duration-minutes = dakika { $n }
duration-hours = saa { $h } dakika { $min }
tile-waiting-keys = inasubiri funguo
tile-cant-decrypt = haiwezi kusimbua ({ $reason })
tile-key-mismatch = ufunguo wake haulingani na wa kifaa hiki: epoch tofauti ya MLS au si mwanachama
invite-open = wazi
invite-used = imetumika
invite-expired = imeisha muda
invite-revoked = imebatilishwa

## Typing indicators
typing-one = { $name } anaandika…
typing-two = { $first } na { $second } wanaandika…
typing-several = Watu kadhaa wanaandika…
typing-title = Viashiria vya kuandika
typing-setting = Onyesha wengine wanapoandika, na waache waone ninapoandika
typing-hint = Vikizimwa, kifaa hiki hakivitumi wala hakivionyeshi. Vinawafikia tu wanachama walio mtandaoni sasa; seva haihifadhi chochote.

## History from another device
toast-history-imported = Historia kutoka kifaa chako { $device } imefika (maingizo: { $count }; mazungumzo: { $conversations }).
history-note = Historia iliyo juu imetoka kifaa chako { $device } (ilitumwa { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Simu inayoingia
push-ring-body = Fungua Conclave ili kujibu
push-title-group = { $sender } katika { $conversation }

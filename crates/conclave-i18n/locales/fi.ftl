# Conclave: Finnish (Suomi).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = yhdistetty
status-reconnecting = yhdistetään uudelleen… ({ $reason })
status-paused = tauolla: toinen conclave-komento käyttää tätä laitetta
pane-conversations = Keskustelut
pane-unread = { $count ->
    [one] { $count } lukematon
   *[other] { $count } lukematonta
}
pane-message = Viesti
pane-none = Ei keskustelua
compose-hint = Tab tai Enter kirjoittaaksesi
empty-conversations = Ei vielä keskusteluja. Aloita komentoriviltä: conclave send USER TEXT
empty-messages = Ei vielä viestejä. Kirjoita alle ja paina Enter.
keys-short = Tab kohdistus · Enter lähetä · ^L kassa · ^E merkintä · ^U jäsenet · ? ohje · q lopeta
keys-long = Tab kohdistus · Enter lähetä · Alt+Enter uusi rivi · ^L kassa · ^E lisää merkintä · ^U jäsenet · ? ohje · q lopeta
help-title = Ohje (Esc)
help-focus = siirry keskustelujen, viestien ja kirjoitusrivin välillä
help-choose = valitse keskustelu; vieritä viestejä
help-scroll = vieritä viestejä
help-enter = lähetä (kirjoitusrivillä); kirjoita (muualla)
help-newline = uusi rivi viestiin
help-ledger = keskustelun kassa: saldot, tasaus
help-add-entry = lisää merkintä
help-members = jäsenet, heidän laitteensa ja turvanumerot
help-esc = sulje paneeli; poistu kirjoitusriviltä
help-vim = vim-näppäimet (--vim)
help-help = tämä ohje
help-quit = lopeta
ledger-title = Kassa (Esc)
ledger-balances = Saldot
ledger-none = ei vielä merkintöjä (Ctrl+E lisää)
ledger-settle = Tasaus
ledger-even = kaikki ovat sujut
ledger-entries = Merkinnät
members-title = Jäsenet (Esc)
members-device = laite { $id }
members-you = sinä
form-title = Lisää merkintä
form-kind = laji
form-amount = summa
form-currency = valuutta
form-from = keneltä
form-split = jako
form-to = kenelle
form-memo = muistiinpano
form-hint = laji: payment|debt · jako: to|equal (kenelle: yksi jäsen tai a,b,c)
form-keys = Tab seuraava kenttä · Enter lisää · Esc peru
notice-sent = lähetetty viestinä { $seq }
notice-entry-added = merkintä lisätty viestinä { $seq }
notice-reconnected = yhdistetty uudelleen

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } kirjoittaa…
typing-two = { $first } ja { $second } kirjoittavat…
typing-several = Useampi henkilö kirjoittaa…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = ei voi käynnistyä: { $error }
cli-unexpected-response = odottamaton vastaus { $response }
cli-invalid-option = virheellinen { $option }
cli-invalid-option-value = virheellinen { $option } { $value }
cli-invalid-duration = virheellinen kesto { $value } (esim. 24h, 7d)
cli-not-invite-link = tämä ei ole kutsulinkki (laitelinkki kuuluu komennolle `conclave device join`)
cli-not-device-link = tämä ei ole laitelinkki (tee sellainen komennolla `conclave device link` nykyisellä laitteellasi)
cli-joined = liityit palvelimelle { $server } nimellä { $user } (laite { $device }); tili voimassa { $expires } asti
cli-linked = yhdistetty palvelimelle { $server } nimellä { $user } (laite { $device }); tili voimassa { $expires } asti
cli-malformed-renewal-code = virheellinen uusimiskoodi
cli-renewed = uusittu: tili { $user } on voimassa { $expires } asti
cli-display-name-none = ei näyttönimeä: muut näkevät { $user }
cli-whoami-account = tili
cli-whoami-device = laite
cli-whoami-server = palvelin
cli-whoami-expires = vanhenee
cli-whoami-invites = kutsut
cli-whoami-admin = (ylläpitäjä)
cli-whoami-invites-left = { $count } jäljellä
cli-whoami-no-quota = ei kiintiötä
cli-invite-in-browser = selaimessa: { $link }
cli-invite-created = kutsu { $id }, { $count ->
    [one] { $count } tili
   *[other] { $count } tiliä
}, voimassa { $expires } asti
cli-no-invitations = ei kutsuja
cli-invite-open = avoin
cli-invite-used = käytetty
cli-invite-expired = vanhentunut
cli-invite-revoked = peruttu
cli-invite-row = { $left }/{ $total } jäljellä  vanhenee { $expires }
cli-invite-give = anna kutsun tunniste (komennosta `conclave invite list`), koodi tai linkki
cli-revoked = peruttu
cli-no-group = ei ryhmää { $name }; `conclave group list` näyttää omasi
cli-no-conversation-with = ei keskustelua käyttäjän { $name } kanssa; `conclave send { $name } TEXT` aloittaa sellaisen
cli-sent = lähetetty keskusteluun { $conversation } viestinä { $seq }
cli-warn-call-ignored = varoitus: puhelusignaali { $seq } lähettäjältä { $sender } keskustelussa { $conversation } ohitettiin: { $reason }
cli-history-note = (yllä oleva historia tuli laitteeltasi { $device }, lähetetty { $at })
cli-warn-receipt-not-sent = varoitus: lukukuittausta ei lähetetty: { $error }
cli-warn-delivery-unusable = varoitus: toimitusta { $seq } ei voitu käyttää: { $reason }
cli-history-imported = historia laitteeltasi { $device } (lähetetty { $at }): { $entries ->
    [one] { $entries } merkintä
   *[other] { $entries } merkintää
}, { $count ->
    [one] { $count } keskustelu
   *[other] { $count } keskustelua
}
cli-warn-history-later = varoitus: historia laitteeltasi { $device } ei ole vielä tullut ({ $reason }); seuraava komento yrittää uudelleen
cli-warn-history-unusable = varoitus: historiaa laitteeltasi { $device } ei voi käyttää: { $reason }
cli-warn-history-fetch = varoitus: toisen laitteesi lähettämää historiaa ei voitu hakea: { $error }
cli-listen-handover = toinen conclave-komento käyttää tätä laitetta; odotetaan…
cli-listening-again = kuunnellaan taas
cli-connection-lost = yhteys katkesi ({ $error }); yhdistetään uudelleen…
cli-group-created = luotiin #{ $name } ({ $devices ->
    [one] { $devices } laite
   *[other] { $devices } laitetta
}, epookki { $epoch })
cli-group-added = lisättiin { $users } ryhmään #{ $name }
cli-already-members = jo jäseniä
cli-group-removed = poistettiin { $users } ryhmästä #{ $name }
cli-group-left = poistuit ryhmästä #{ $name }
cli-no-conversations = ei keskusteluja
cli-kind-group = ryhmä
cli-kind-direct = suora
cli-kind-unnamed = nimetön
cli-devices = { $devices ->
    [one] { $devices } laite
   *[other] { $devices } laitetta
}
cli-group-info = { $name }  epookki { $epoch }
cli-device = laite { $id }
cli-device-link-waiting = odotetaan uuden laitteen liittymistä (aja `conclave --home NEWDIR device join LINK`)…
cli-link-expired = linkki vanheni ennen kuin laite liittyi
cli-device-joined = laite { $id } liittyi; lisätty { $added } / { $total ->
    [one] { $total } keskustelu
   *[other] { $total } keskustelua
}
cli-history-sent = lähetettiin sille historia: { $count ->
    [one] { $count } keskustelu
   *[other] { $count } keskustelua
} ({ $entries ->
    [one] { $entries } merkintä
   *[other] { $entries } merkintää
}, { $kib } KiB, päästä päähän salattu)
cli-history-none = ei aiempaa historiaa lähetettäväksi
cli-warn-history-not-sent = varoitus: historiaa ei lähetetty uudelle laitteelle: { $error }
cli-device-added = lisätty { $at }
cli-device-added-this = lisätty { $at } (tämä laite)
cli-device-removed = laite { $id } poistettu
cli-safety-changed = !!! VAROITUS: käyttäjän { $user } avaimet ovat MUUTTUNEET vahvistuksesi jälkeen !!!
cli-safety-changed-compare = !!! Uusi laite lisättiin tai avain vaihdettiin. Vertaa turvanumeroa uudelleen. !!!
cli-verified = { $user } on vahvistettu
cli-not-verified = { $user } ei ole vielä vahvistettu
cli-safety-number = turvanumero käyttäjän { $user } kanssa:
cli-marked-verified = { $user } merkitty vahvistetuksi; saat varoituksen, jos avaimet muuttuvat
cli-replied = vastattu keskustelussa { $conversation } viestinä { $seq }
cli-reacted = reagoitu keskustelussa { $conversation } viestinä { $seq }
cli-reaction-taken-back = reaktio peruttu keskustelussa { $conversation } viestinä { $seq }
cli-edited = muokattu keskustelussa { $conversation } viestinä { $seq }
cli-deleted = poistettu kaikilta keskustelussa { $conversation } viestinä { $seq }
cli-forwarded = välitetty keskustelussa { $conversation } viestinä { $seq }
cli-timer-set = ajastin asetettu keskustelussa { $conversation } viestinä { $seq }
cli-timer-invalid = `{ $value }`: { $error }; sano off, 30s, 5m, 1h, 1d tai 1w
cli-receipts-say-on-or-off = `{ $value }`: sano `on` tai `off`
cli-receipts-on = lukukuittaukset päällä: tämä laite kertoo muille, mitä luit, ja näyttää, mitä he lukivat
cli-receipts-off = lukukuittaukset pois: tämä laite ei lähetä niitä eikä näytä kenenkään kuittauksia
cli-not-a-file = { $path } ei ole tiedosto
cli-uploading = lähetetään
cli-downloading = ladataan
cli-file-sent = lähetettiin { $file } ({ $size }) keskusteluun { $conversation } viestinä { $seq }
cli-message-not-available = viesti { $message } ei ole saatavilla
cli-message-deleted = viesti { $message } on poistettu
cli-message-not-a-file = viesti { $message } keskustelussa { $conversation } ei ole tiedosto
cli-no-conversations-yet = ei vielä keskusteluja
cli-files-in-several = { $message } viittaa tiedostoihin useassa keskustelussa: sano `conclave download CONVERSATION { $message }`
cli-too-many-files = liian monta samannimistä tiedostoa täällä; kerro paikka valinnalla --output
cli-file-gone = palvelimella ei ole enää tätä tiedostoa: se säilyttää tiedoston, kunnes jokainen keskustelun laite on hakenut sen, tai enintään { $days ->
    [one] { $days } päivä
   *[other] { $days } päivää
}
cli-file-saved = tallennettiin { $file } ({ $size }) keskustelusta { $conversation } [{ $seq }] nimellä { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE ei ole kelvollista UTF-8:aa
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE on tyhjä
cli-prompt-passphrase = Tunnuslause
cli-prompt-again = Uudelleen
cli-reading-passphrase = luetaan tunnuslausetta
cli-passphrase-empty = tyhjä tunnuslause ei suojaa mitään
cli-passphrases-differ = tunnuslauseet eroavat
cli-home-taken = { $dir } sisältää jo Conclave-laitteen; käytä uudelle toista --home-hakemistoa (tai CONCLAVE_HOME)
cli-cannot-create = ei voi luoda: { $path }
cli-cannot-remove = ei voi poistaa: { $path }
cli-cannot-write = ei voi kirjoittaa: { $path }
cli-cannot-open = ei voi avata: { $path }
cli-cannot-listen = ei voi kuunnella osoitteessa { $address }
cli-no-device = ei Conclave-laitetta hakemistossa { $dir } — aja ensin `conclave join LINK --name NAME`
cli-malformed-file = virheellinen { $path }
cli-device-key-missing = laiteavain puuttuu tilasta
cli-device-key-malformed = virheellinen laiteavain
cli-fingerprint-malformed = device.json sisältää virheellisen sormenjäljen
cli-lock-waiter-stopped = lukon odotus pysähtyi
cli-lock-wait-cancelled = laitteen lukon odotus peruttiin
cli-lock-waiting = odotetaan toista conclave-prosessia (pid { $pid }), joka käyttää tätä laitetta…
cli-lock-busy = toinen conclave-prosessi (pid { $pid }) käyttää laitteen tilaa hakemistossa { $dir } eikä luovuttanut sitä { $seconds } sekunnissa; pysäytä se tai odota, kunnes se on valmis
cli-ledger-no-conversation = ei keskustelua ”{ $name }”: anna '#ryhmä' tai kahdenkeskisen keskustelun käyttäjänimi
cli-ledger-unreadable = varoitus: { $count ->
    [one] { $count } kirjanpidon merkintä on uudemman Conclaven kirjoittama eikä sitä voi lukea täällä; saldot jättävät sen pois, kunnes päivität
   *[other] { $count } kirjanpidon merkintää on uudemman Conclaven kirjoittamia eikä niitä voi lukea täällä; saldot jättävät ne pois, kunnes päivität
}
cli-ledger-handed-over = huom: tämä laite liittyi viestin { $seq } kohdalla; sitä edeltävät merkinnät ovat sellaisina kuin käyttäjän { $user } laite { $device } ne luovutti
cli-ledger-discrepancy = VAROITUS: käyttäjän { $user } laite { $device } antoi uusille kirjanpidon, joka eroaa tämän laitteen omasta (viesti { $seq }): { $detail }
cli-ledger-to-or-split = anna joko --to tai --split
cli-ledger-stored-without-content = viesti tallennettiin ilman sisältöään
cli-ledger-missing-after-send = merkintä puuttuu kirjanpidosta lähetyksen jälkeen
cli-ledger-refused = merkintä saapui keskusteluun viestinä { $seq }, mutta jokainen laite hylkää sen: { $error }
cli-ledger-recorded = kirjattiin { $id } keskusteluun { $conversation }: { $description }
cli-ledger-empty = { $conversation }: ei vielä kirjanpidon merkintöjä
cli-ledger-title = keskustelun { $conversation } kirjanpito
cli-ledger-reversed-tag = [peruttu]
cli-ledger-recorded-by = kirjannut { $user } (laite { $device }) { $at }, viesti { $seq }
cli-ledger-ref = viite { $reference }
cli-ledger-reversed-by = perunut { $user } ({ $id })
cli-ledger-reversed = peruttu ({ $id })
cli-ledger-balances-title = keskustelun { $conversation } saldot
cli-ledger-is-owed = saa
cli-ledger-owes = on velkaa
cli-ledger-settled = tasan
cli-ledger-all-settled = kaikki ovat tasan
cli-ledger-to-settle-up = tasaus:
cli-ledger-pays = { $from } maksaa käyttäjälle { $to } { $amount }
cli-writing = kirjoitetaan { $path }
cli-writing-export = kirjoitetaan vientiä
cli-ledger-exported = vietiin { $count ->
    [one] { $count } merkintä
   *[other] { $count } merkintää
} tiedostoon { $path }
cli-not-a-call-id = { $value } ei ole puhelun tunniste (32 heksadesimaalimerkkiä)
cli-no-call-running = keskustelussa { $conversation } ei ole käynnissä puhelua
cli-call-started = aloitettiin puhelu { $call } keskustelussa { $conversation }
cli-call-joined = liityttiin puheluun { $call } keskustelussa { $conversation }
cli-call-left = poistuttiin puhelusta { $call } keskustelussa { $conversation }
cli-call-declined = hylättiin puhelu { $call } keskustelussa { $conversation }
cli-call-ended = lopetettiin puhelu { $call } keskustelussa { $conversation }
cli-call-not-in = tämä laite ei ole puhelussa { $call }
cli-call-not-ringing = puhelu { $call } ei soi sinulle (se soi 45 s, kunnes vastaat tai hylkäät)
cli-call-token = puhelutunnus puhelulle { $call }, voimassa { $expires } asti
cli-proxy-loopback-only = välityspalvelin toimii ilman tunnistautumista, joten se kuuntelee vain loopbackissa (saatiin { $address })
cli-proxy-no-directory = välittäjähakemistoa ei voi hakea: { $error }
cli-proxy-no-server = tämä laite ei tunne palvelinta
cli-proxy-circuit = piiri { $circuit }: sisääntulo { $entry } → ulostulo { $exit }, { $ms } ms
cli-proxy-same-operator = varoitus: sama operaattori ylläpitää molempia välittäjiä, joten kahden hypyn jako on tässä vain nimellinen
cli-proxy-circuit-failed = piiri epäonnistui: { $error }
cli-proxy-stream-refused = yhteys torjuttu: { $reason }
cli-proxy-listening = Yksityinen selaus osoitteissa socks5://{ $address } ja http://{ $address } (CONNECT). Ohjaa selain siihen, esim.
cli-proxy-two-relays = Kaksi välittäjää kantaa jokaisen yhteyden: sisääntulo näkee osoitteesi, ulostulo sivuston; kumpikaan ei molempia. Ei suojaa: välittäjien salaliitto tai kummankin pään ajoitusta tarkkaileva.
cli-proxy-first-circuit-failed = ensimmäinen piiri epäonnistui (yritetään uudelleen ensimmäisellä yhteydellä): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } piiri
   *[other] { $circuits } piiriä
}, { $streams ->
    [one] { $streams } virta
   *[other] { $streams } virtaa
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = pysäytetty: { $circuits ->
    [one] { $circuits } piiri
   *[other] { $circuits } piiriä
} rakennettu, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = palvelin ei pystynyt lukemaan, mitä tämä ohjelma lähetti; päivitä Conclave
server-error-unsupported-version = palvelin puhuu Conclaven protokollan toista versiota; päivitä Conclave
server-error-frame-too-large = se, mitä tämä ohjelma lähetti, on palvelimelle liian suuri
server-error-not-authenticated = palvelin lopetti istunnon ennen kuin tämä laite kirjautui; yritä uudelleen
server-error-already-authenticated = tämä laite kirjautui kahdesti samassa istunnossa; yritä uudelleen
server-error-auth-failed = palvelin ei hyväksy tätä laitetta: se on poistettu tililtään, tai sen avain ei täsmää
server-error-invite-unknown = tätä kutsua ei ole olemassa; tarkista linkki
server-error-invite-used = tämä kutsu on jo käytetty; pyydä uusi
server-error-invite-expired = tämä kutsu on vanhentunut; pyydä uusi
server-error-invite-revoked = tämä kutsu on peruttu; pyydä uusi
server-error-username-taken = tämä käyttäjänimi on varattu; valitse toinen
server-error-username-invalid = palvelin ei hyväksy tätä käyttäjänimeä
server-error-device-key-taken = tämän laitteen avain on jo rekisteröity
server-error-account-disabled = palvelimen ylläpitäjä on poistanut tilisi käytöstä
server-error-account-expired = tili { $user } vanheni { $date }; pyydä ylläpitäjältä uusimiskoodi
server-error-account-expired-plain = tilisi on vanhentunut; pyydä ylläpitäjältä uusimiskoodi
server-error-renewal-unknown = tätä uusimiskoodia ei ole olemassa
server-error-renewal-used = tämä uusimiskoodi on jo käytetty
server-error-renewal-expired = tämä uusimiskoodi on vanhentunut; pyydä ylläpitäjältä uusi
server-error-forbidden = palvelin ei salli tätä
server-error-not-found = palvelin ei tunne pyydettyä
server-error-no-account = ei tiliä nimeltä { $name }
server-error-invalid-argument = palvelin hylkäsi pyynnön virheellisenä
server-error-quota-exceeded = kutsukiintiö täynnä: olet antanut { $used } kutsua { $quota }:stä, jäljellä { $left }
server-error-quota-exceeded-plain = kutsukiintiösi on käytetty
server-error-queue-full = vastaanottavan laitteen jono on täynnä; sen on tultava verkkoon ja saatava kiinni
server-error-rate-limited = liikaa pyyntöjä; yritä uudelleen { $seconds } s kuluttua
server-error-rate-limited-plain = liikaa pyyntöjä; yritä hetken kuluttua uudelleen
server-error-too-many-connections = palvelin on yhteysrajallaan; yritä myöhemmin uudelleen
server-error-limit-exceeded = tämä ylittää palvelimen rajan
server-error-stale-epoch = keskustelu muuttui samalla hetkellä; yritä uudelleen
server-error-not-member = tämä laite ei ole sen keskustelun jäsen
server-error-no-key-package = lisättävällä laitteella ei ole avainpaketteja palvelimella; sen on ensin tultava verkkoon
server-error-device-link-invalid = tämä laitelinkki on tuntematon, käytetty tai vanhentunut; luo uusi jollakin tilin laitteella
server-error-shutting-down = palvelin sammuu; yritä hetken kuluttua uudelleen
server-error-internal = palvelimessa tapahtui sisäinen virhe; yritä myöhemmin uudelleen
server-error-unavailable = palvelin ei tarjoa tätä
server-error-fell-behind = laite on jäänyt jälkeen tässä keskustelussa ja odottaa, että jäsen lisää sen takaisin
server-error-relay-tokens-used-up = tämän päivän kiintiö yksityiselle selaamiselle on käytetty; se uusiutuu klo 00:00 UTC
server-error-relay-tokens-unavailable = tämä palvelin ei tarjoa yksityistä selaamista
server-error-call-tokens-unavailable = tämä palvelin ei tarjoa puheluita
server-error-unknown-code = palvelin kieltäytyi (virhe { $code })
server-error-unsupported = palvelin ei tunne tätä pyyntöä: siinä on Conclaven vanhempi versio
cli-server-account-expired = tili { $user } vanheni { $date }; pyydä ylläpitäjältä uusimiskoodi ja suorita `conclave renew CODE`
cli-server-account-expired-plain = tilisi on vanhentunut; pyydä ylläpitäjältä uusimiskoodi ja suorita `conclave renew CODE`
cli-client-connect = ei voi yhdistää kohteeseen { $address }: { $reason }
cli-client-pin-mismatch = palvelimen TLS-varmenne ei vastaa kiinnitettyä sormenjälkeä (odotettiin { $expected }, saatiin { $got }); tämä voi olla hyökkäys, tai palvelimen varmenne on vaihtunut
cli-client-timeout = aikakatkaisu palvelinta odottaessa
cli-client-closed = yhteys katkesi
cli-client-closed-because = yhteys katkesi: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (vastaus) { $text }
preview-reaction = (reaktio) { $emoji }
preview-edit = (muokattu) { $text }
preview-deleted = (poisti viestin)
preview-receipt = (luettu viestiin { $seq } asti)
preview-conversation-started = (keskustelu aloitettu)
preview-group = (ryhmä #{ $name })
preview-file = (tiedosto) { $name } ({ $size ->
    [one] { $size } tavu
   *[other] { $size } tavua
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (välitetty) { $text }
preview-timer-off = (katoavat viestit pois päältä)
preview-timer = (katoavat viestit: { $time })
preview-display-name-cleared = (näyttönimi poistettu)
preview-display-name = (näyttönimi: { $name })
preview-call-started-audio = (puhelu) aloitti äänipuhelun { $call }
preview-call-started-video = (puhelu) aloitti videopuhelun { $call }
preview-call-ringing = (puhelu) soi: { $call }
preview-call-answered = (puhelu) vastasi puheluun { $call }
preview-call-declined = (puhelu) hylkäsi puhelun { $call }
preview-call-joined = (puhelu) liittyi puheluun { $call }
preview-call-left = (puhelu) poistui puhelusta { $call }
preview-call-ended = (puhelu) lopetti puhelun { $call }
preview-call-unreadable = (lukukelvoton puhelusignaali: { $reason })
preview-ledger = (kassa) { $entry }
preview-ledger-handover = (kassa) { $count ->
    [one] { $count } aiempi merkintä luovutettu
   *[other] { $count } aiempaa merkintää luovutettu
} liittyneille laitteille (osa { $part }/{ $parts })
preview-ledger-unreadable = (lukukelvoton kassamerkintä: { $reason })
ledger-payment-to = { $from } maksoi käyttäjälle { $names } { $money }
ledger-payment-equal = { $from } maksoi { $money } käyttäjien { $names } puolesta (jaettu tasan)
ledger-payment-exact = { $from } maksoi { $money } käyttäjien { $names } puolesta (jako { $shares })
ledger-payment-weights = { $from } maksoi { $money } käyttäjien { $names } puolesta (jako painoin { $weights })
ledger-debt-to = { $names } on velkaa käyttäjälle { $from } { $money }
ledger-debt-equal = { $names } ovat velkaa käyttäjälle { $from } { $money } (jaettu tasan)
ledger-debt-exact = { $names } ovat velkaa käyttäjälle { $from } { $money } (jako { $shares })
ledger-debt-weights = { $names } ovat velkaa käyttäjälle { $from } { $money } (jako painoin { $weights })
ledger-reversed-entry = merkintä { $id } peruttu
ledger-with-memo = { $entry }: { $memo }
ledger-refused = hylätty: { $entry } ({ $error })
ledger-refused-plain = hylätty: { $error }
ledger-unreadable = lukukelvoton: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = liittyi
history-unreadable = lukukelvoton viesti ({ $reason })
history-fell-behind = tämä laite jäi tässä jälkeen ja menetti viestejä; se lisätään takaisin, kun joku jäsen seuraavan kerran lähettää
history-fell-behind-long = Tämä laite jäi tässä jälkeen (sen jono palvelimella oli täynnä) ja menetti viestejä tästä kohdasta alkaen; se lisätään takaisin, kun joku jäsen seuraavan kerran lähettää.
history-added = lisäsi { $names }
history-removed = poisti { $names }
history-added-removed = lisäsi { $added }; poisti { $removed }
history-keys-updated = päivitti avaimet
history-deleted = (poistettu)
preview-photo = Kuva: { $name }
preview-voice-note = Ääniviesti: { $name }
preview-file-named = Tiedosto: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = katoavien viestien ajastin on pois päältä tai välillä { $min } s – 4 viikkoa ({ $max } s); { $secs } s ei kelpaa
refused-one-to-one-self = kahdenkeskinen (1:1) keskustelu vaatii toisen tilin
refused-group-exists = sinulla on jo ryhmä nimeltä #{ $name }
refused-remove-self = poistu keskustelusta komennolla `leave`
refused-not-members = kukaan heistä ei ole jäsen
refused-no-key-packages = yksikään lisättävistä laitteista ei ole vielä julkaissut avainpaketteja
refused-busy = ryhmä on liian kiireinen; yritä uudelleen
refused-not-in-conversation = et ole mukana tässä keskustelussa
refused-fell-behind = tämä laite jäi jälkeen tässä keskustelussa (sen jono palvelimella oli täynnä); se lisätään takaisin, kun joku toinen jäsen seuraavan kerran lähettää
refused-server-too-old-for-timer = tämän keskustelun viestit katoavat, ja palvelin on liian vanha antamaan niiden vanhentua jonossaan (protokollan revisio 1): päivitä palvelin tai kytke ajastin pois päältä
refused-call-running = tässä keskustelussa on käynnissä puhelu ({ $call }, aloittaja { $caller }): liity siihen
refused-display-name-too-long = näyttönimessä voi olla enintään { $max } merkkiä (annettu { $given })
refused-display-name-invisible = näyttönimessä ei saa olla ohjausmerkkejä, suunnan ohittavia merkkejä eikä näkymättömiä merkkejä ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = virhe: { $message }
cli-usage-invalid-value = virheellinen arvo { $value } argumentille { $arg }
cli-usage-value-required = argumentti { $arg } vaatii arvon, mutta sitä ei annettu
cli-usage-invalid-value-because = virheellinen arvo { $value } argumentille { $arg }: { $reason }
cli-usage-possible-values = mahdolliset arvot: { $values }
cli-usage-unknown-argument = löytyi odottamaton argumentti { $arg }
cli-usage-unknown-subcommand = tuntematon alikomento { $command }
cli-usage-missing-arguments = seuraavia pakollisia argumentteja ei annettu: { $args }
cli-usage-missing-subcommand = komento { $command } vaatii alikomennon, mutta sitä ei annettu
cli-usage-subcommands = alikomennot: { $values }
cli-usage-too-many-values = löytyi odottamaton arvo { $value } argumentille { $arg }; enempää arvoja ei odotettu
cli-usage-conflict = argumenttia { $arg } ei voi käyttää yhdessä argumentin { $other } kanssa
cli-usage-used-twice = argumenttia { $arg } ei voi käyttää useammin kuin kerran
cli-usage-similar-subcommand = vihje: samankaltainen alikomento on olemassa: { $names }
cli-usage-similar-argument = vihje: samankaltainen argumentti on olemassa: { $names }
cli-usage-similar-value = vihje: samankaltainen arvo on olemassa: { $names }
cli-usage-more = Lisätietoja saat valinnalla { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = turvanumero { $number }
members-safety-number-verified = turvanumero { $number } (vahvistettu)
members-no-safety-number = ei turvanumeroa: { $error }
notice-not-sent = ei lähetetty: { $error }
notice-ledger-failed = kassa: { $error }
notice-members-failed = jäsenet: { $error }
notice-error = virhe: { $error }

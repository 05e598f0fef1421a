# Conclave: Hungarian (Magyar).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = kapcsolódva
status-reconnecting = újrakapcsolódás… ({ $reason })
status-paused = szünetel: egy másik conclave-parancs használja ezt az eszközt
pane-conversations = Beszélgetések
pane-unread = { $count ->
    [one] { $count } olvasatlan
   *[other] { $count } olvasatlan
}
pane-message = Üzenet
pane-none = Nincs beszélgetés
compose-hint = Tab vagy Enter az íráshoz
empty-conversations = Még nincs beszélgetés. Indíts egyet a parancssorból: conclave send USER TEXT
empty-messages = Még nincs üzenet. Írj lent, majd nyomj Entert.
keys-short = Tab fókusz · Enter küldés · ^L kassza · ^E tétel · ^U tagok · ? súgó · q kilépés
keys-long = Tab fókusz · Enter küldés · Alt+Enter új sor · ^L kassza · ^E tétel hozzáadása · ^U tagok · ? súgó · q kilépés
help-title = Súgó (Esc)
help-focus = váltás a beszélgetések, üzenetek és az írósor között
help-choose = beszélgetés választása; üzenetek görgetése
help-scroll = üzenetek görgetése
help-enter = küldés (az írósorban); írás (máshol)
help-newline = új sor az üzenetben
help-ledger = a beszélgetés kasszája: egyenlegek, elszámolás
help-add-entry = tétel hozzáadása
help-members = tagok, eszközeik és biztonsági számaik
help-esc = panel bezárása; kilépés az írósorból
help-vim = vim-stílusú billentyűk (--vim)
help-help = ez a súgó
help-quit = kilépés
ledger-title = Kassza (Esc)
ledger-balances = Egyenlegek
ledger-none = még nincs tétel (Ctrl+E hozzáad egyet)
ledger-settle = Elszámolás
ledger-even = mindenki kvitt
ledger-entries = Tételek
members-title = Tagok (Esc)
members-device = { $id }. eszköz
members-you = te
form-title = Tétel hozzáadása
form-kind = fajta
form-amount = összeg
form-currency = pénznem
form-from = kitől
form-split = felosztás
form-to = kinek
form-memo = megjegyzés
form-hint = fajta: payment|debt · felosztás: to|equal (kinek: egy tag vagy a,b,c)
form-keys = Tab következő mező · Enter hozzáadás · Esc mégse
notice-sent = elküldve, { $seq }. üzenet
notice-entry-added = tétel hozzáadva, { $seq }. üzenet
notice-reconnected = újra kapcsolódva

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } ír…
typing-two = { $first } és { $second } ír…
typing-several = Többen írnak…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = nem indítható: { $error }
cli-unexpected-response = váratlan válasz { $response }
cli-invalid-option = érvénytelen { $option }
cli-invalid-option-value = érvénytelen { $option } { $value }
cli-invalid-duration = érvénytelen időtartam { $value } (pl. 24h, 7d)
cli-not-invite-link = ez nem meghívó hivatkozás (az eszköz-hivatkozás a `conclave device join` parancshoz való)
cli-not-device-link = ez nem eszköz-hivatkozás (készíts egyet a `conclave device link` paranccsal a meglévő eszközödön)
cli-joined = csatlakoztál: { $server }, felhasználó { $user } (eszköz { $device }); a fiók { $expires }-ig érvényes
cli-linked = összekapcsolva: { $server }, felhasználó { $user } (eszköz { $device }); a fiók { $expires }-ig érvényes
cli-malformed-renewal-code = hibás megújító kód
cli-renewed = megújítva: a(z) { $user } fiók { $expires }-ig érvényes
cli-display-name-none = nincs megjelenített név: mások ezt látják: { $user }
cli-whoami-account = fiók
cli-whoami-device = eszköz
cli-whoami-server = szerver
cli-whoami-expires = lejár
cli-whoami-invites = meghívók
cli-whoami-admin = (admin)
cli-whoami-invites-left = { $count } maradt
cli-whoami-no-quota = nincs kvóta
cli-invite-in-browser = böngészőben: { $link }
cli-invite-created = { $id } meghívó, { $count ->
    [one] { $count } fiókra
   *[other] { $count } fiókra
}, { $expires }-ig érvényes
cli-no-invitations = nincsenek meghívók
cli-invite-open = nyitott
cli-invite-used = felhasznált
cli-invite-expired = lejárt
cli-invite-revoked = visszavont
cli-invite-row = { $left }/{ $total } maradt  lejár { $expires }
cli-invite-give = adj meg egy meghívó-azonosítót (a `conclave invite list`-ből), kódot vagy hivatkozást
cli-revoked = visszavonva
cli-no-group = nincs { $name } csoport; a `conclave group list` mutatja a tieidet
cli-no-conversation-with = nincs beszélgetés vele: { $name }; a `conclave send { $name } TEXT` indít egyet
cli-sent = elküldve ide: { $conversation }, { $seq }. üzenetként
cli-warn-call-ignored = figyelmeztetés: a(z) { $seq } hívásjel ({ $sender }, { $conversation }) figyelmen kívül hagyva: { $reason }
cli-history-note = (a fenti előzmények a(z) { $device } eszközödről jöttek, küldve: { $at })
cli-warn-receipt-not-sent = figyelmeztetés: az olvasási visszaigazolás nem ment el: { $error }
cli-warn-delivery-unusable = figyelmeztetés: a(z) { $seq } kézbesítés nem használható: { $reason }
cli-history-imported = előzmények a(z) { $device } eszközödről (küldve: { $at }): { $entries ->
    [one] { $entries } bejegyzés
   *[other] { $entries } bejegyzés
}, { $count ->
    [one] { $count } beszélgetés
   *[other] { $count } beszélgetés
}
cli-warn-history-later = figyelmeztetés: a(z) { $device } eszközöd előzményei még nem jöttek meg ({ $reason }); a következő parancs újra próbálja
cli-warn-history-unusable = figyelmeztetés: a(z) { $device } eszközöd előzményei nem használhatók: { $reason }
cli-warn-history-fetch = figyelmeztetés: nem sikerült letölteni a másik eszközöd által küldött előzményeket: { $error }
cli-listen-handover = egy másik conclave parancs használja ezt az eszközt; várakozás…
cli-listening-again = ismét figyel
cli-connection-lost = megszakadt a kapcsolat ({ $error }); újracsatlakozás…
cli-group-created = #{ $name } létrehozva ({ $devices ->
    [one] { $devices } eszköz
   *[other] { $devices } eszköz
}, { $epoch }. korszak)
cli-group-added = { $users } hozzáadva: #{ $name }
cli-already-members = már tagok
cli-group-removed = { $users } eltávolítva: #{ $name }
cli-group-left = kiléptél: #{ $name }
cli-no-conversations = nincsenek beszélgetések
cli-kind-group = csoport
cli-kind-direct = közvetlen
cli-kind-unnamed = névtelen
cli-devices = { $devices ->
    [one] { $devices } eszköz
   *[other] { $devices } eszköz
}
cli-group-info = { $name }  { $epoch }. korszak
cli-device = { $id }. eszköz
cli-device-link-waiting = várakozás az új eszköz csatlakozására (futtasd: `conclave --home NEWDIR device join LINK`)…
cli-link-expired = a hivatkozás lejárt, mielőtt egy eszköz csatlakozott
cli-device-joined = a(z) { $id } eszköz csatlakozott; hozzáadva { $added }/{ $total ->
    [one] { $total } beszélgetéshez
   *[other] { $total } beszélgetéshez
}
cli-history-sent = elküldtük neki { $count ->
    [one] { $count } beszélgetés
   *[other] { $count } beszélgetés
} előzményeit ({ $entries ->
    [one] { $entries } bejegyzés
   *[other] { $entries } bejegyzés
}, { $kib } KiB, végponttól végpontig titkosítva)
cli-history-none = nincs korábbi küldendő előzmény
cli-warn-history-not-sent = figyelmeztetés: az előzmények nem mentek el az új eszközre: { $error }
cli-device-added = hozzáadva: { $at }
cli-device-added-this = hozzáadva: { $at } (ez az eszköz)
cli-device-removed = a(z) { $id } eszköz eltávolítva
cli-safety-changed = !!! FIGYELEM: { $user } kulcsai MEGVÁLTOZTAK, mióta ellenőrizted őket !!!
cli-safety-changed-compare = !!! Új eszköz került hozzá, vagy kicseréltek egy kulcsot. Hasonlítsd össze újra a biztonsági számot. !!!
cli-verified = { $user } ellenőrizve
cli-not-verified = { $user } még nincs ellenőrizve
cli-safety-number = biztonsági szám vele: { $user }:
cli-marked-verified = { $user } ellenőrzöttnek jelölve; figyelmeztetést kapsz, ha a kulcsai változnak
cli-replied = válasz itt: { $conversation }, { $seq }. üzenetként
cli-reacted = reakció itt: { $conversation }, { $seq }. üzenetként
cli-reaction-taken-back = reakció visszavonva itt: { $conversation }, { $seq }. üzenetként
cli-edited = szerkesztve itt: { $conversation }, { $seq }. üzenetként
cli-deleted = mindenkinél törölve itt: { $conversation }, { $seq }. üzenetként
cli-forwarded = továbbítva itt: { $conversation }, { $seq }. üzenetként
cli-timer-set = időzítő beállítva itt: { $conversation }, { $seq }. üzenetként
cli-timer-invalid = `{ $value }`: { $error }; mondd: off, 30s, 5m, 1h, 1d vagy 1w
cli-receipts-say-on-or-off = `{ $value }`: mondd: `on` vagy `off`
cli-receipts-on = olvasási visszaigazolás be: ez az eszköz elmondja másoknak, mit olvastál, és megmutatja, mit olvastak ők
cli-receipts-off = olvasási visszaigazolás ki: ez az eszköz nem küld ilyet, és senkiét sem mutatja
cli-not-a-file = { $path } nem fájl
cli-uploading = feltöltés
cli-downloading = letöltés
cli-file-sent = { $file } ({ $size }) elküldve ide: { $conversation }, { $seq }. üzenetként
cli-message-not-available = a(z) { $message } üzenet nem érhető el
cli-message-deleted = a(z) { $message } üzenetet törölték
cli-message-not-a-file = a(z) { $message } üzenet itt: { $conversation } nem fájl
cli-no-conversations-yet = még nincsenek beszélgetések
cli-files-in-several = { $message } több beszélgetés fájljait jelöli: mondd: `conclave download CONVERSATION { $message }`
cli-too-many-files = túl sok ilyen nevű fájl van itt; add meg a helyet a --output kapcsolóval
cli-file-gone = a szervernek már nincs meg ez a fájl: addig tart meg egy fájlt, amíg a beszélgetés minden eszköze le nem töltötte, legfeljebb { $days ->
    [one] { $days } napig
   *[other] { $days } napig
}
cli-file-saved = { $file } ({ $size }) innen: { $conversation } [{ $seq }] mentve ide: { $path }
cli-passphrase-env-not-utf8 = a CONCLAVE_PASSPHRASE nem érvényes UTF-8
cli-passphrase-env-empty = a CONCLAVE_PASSPHRASE üres
cli-prompt-passphrase = Jelmondat
cli-prompt-again = Újra
cli-reading-passphrase = a jelmondat beolvasása
cli-passphrase-empty = az üres jelmondat semmit sem véd
cli-passphrases-differ = a jelmondatok eltérnek
cli-home-taken = { $dir } már tartalmaz Conclave eszközt; újhoz használj másik --home-ot (vagy CONCLAVE_HOME-ot)
cli-cannot-create = nem hozható létre: { $path }
cli-cannot-remove = nem távolítható el: { $path }
cli-cannot-write = nem írható: { $path }
cli-cannot-open = nem nyitható meg: { $path }
cli-cannot-listen = nem lehet figyelni itt: { $address }
cli-no-device = nincs Conclave eszköz itt: { $dir } — előbb futtasd: `conclave join LINK --name NAME`
cli-malformed-file = hibás: { $path }
cli-device-key-missing = az eszközkulcs hiányzik az állapotból
cli-device-key-malformed = hibás eszközkulcs
cli-fingerprint-malformed = a device.json ujjlenyomata hibás
cli-lock-waiter-stopped = a zárra várakozás leállt
cli-lock-wait-cancelled = az eszköz zárjára várakozás megszakadt
cli-lock-waiting = várakozás egy másik conclave folyamatra (pid { $pid }), amely ezt az eszközt használja…
cli-lock-busy = egy másik conclave folyamat (pid { $pid }) használja az eszköz állapotát itt: { $dir }, és { $seconds } s alatt nem adta át; állítsd le, vagy várd meg, amíg végez
cli-ledger-no-conversation = nincs „{ $name }” beszélgetés: adj meg '#csoport'-ot vagy egy kétszemélyes beszélgetés felhasználónevét
cli-ledger-unreadable = figyelmeztetés: { $count ->
    [one] { $count } pénztárbejegyzést egy újabb Conclave írt, és itt nem olvasható; az egyenlegek kihagyják, amíg nem frissítesz
   *[other] { $count } pénztárbejegyzést egy újabb Conclave írt, és itt nem olvasható; az egyenlegek kihagyják, amíg nem frissítesz
}
cli-ledger-handed-over = megjegyzés: ez az eszköz a(z) { $seq }. üzenetnél csatlakozott; az előtte lévő bejegyzések olyanok, ahogy { $user } { $device } eszköze átadta
cli-ledger-discrepancy = FIGYELEM: { $user } { $device } eszköze az újaknak olyan pénztárat adott át, amely eltér ennek az eszköznek a pénztárától ({ $seq }. üzenet): { $detail }
cli-ledger-to-or-split = adj meg --to vagy --split kapcsolót
cli-ledger-stored-without-content = az üzenet tartalom nélkül tárolódott
cli-ledger-missing-after-send = a bejegyzés küldés után hiányzik a pénztárból
cli-ledger-refused = a bejegyzés a(z) { $seq }. üzenetként megérkezett a beszélgetésbe, de minden eszköz elutasítja: { $error }
cli-ledger-recorded = { $id } rögzítve itt: { $conversation }: { $description }
cli-ledger-empty = { $conversation }: még nincsenek pénztárbejegyzések
cli-ledger-title = { $conversation } pénztára
cli-ledger-reversed-tag = [sztornózva]
cli-ledger-recorded-by = rögzítette { $user } ({ $device } eszköz) { $at }, { $seq }. üzenet
cli-ledger-ref = hiv. { $reference }
cli-ledger-reversed-by = sztornózta { $user } ({ $id })
cli-ledger-reversed = sztornózva ({ $id })
cli-ledger-balances-title = { $conversation } egyenlegei
cli-ledger-is-owed = követel
cli-ledger-owes = tartozik
cli-ledger-settled = rendezve
cli-ledger-all-settled = mindenki rendezve
cli-ledger-to-settle-up = a rendezéshez:
cli-ledger-pays = { $from } fizet { $to } részére { $amount }
cli-writing = írás: { $path }
cli-writing-export = az export írása
cli-ledger-exported = { $count ->
    [one] { $count } pénztárbejegyzés
   *[other] { $count } pénztárbejegyzés
} exportálva ide: { $path }
cli-not-a-call-id = { $value } nem hívásazonosító (32 hexadecimális karakter)
cli-no-call-running = nincs folyamatban hívás itt: { $conversation }
cli-call-started = { $call } hívás elindítva itt: { $conversation }
cli-call-joined = csatlakoztál a(z) { $call } híváshoz itt: { $conversation }
cli-call-left = kiléptél a(z) { $call } hívásból itt: { $conversation }
cli-call-declined = { $call } hívás elutasítva itt: { $conversation }
cli-call-ended = { $call } hívás befejezve itt: { $conversation }
cli-call-not-in = ez az eszköz nincs a(z) { $call } hívásban
cli-call-not-ringing = a(z) { $call } hívás nem csörög neked (45 s-ig csörög, amíg fel nem veszed vagy el nem utasítod)
cli-call-token = hívástoken a(z) { $call } híváshoz, { $expires }-ig érvényes
cli-proxy-loopback-only = a proxy hitelesítés nélkül szolgál ki, ezért csak loopbacken figyel (kapott: { $address })
cli-proxy-no-directory = nem tölthető le a továbbítók listája: { $error }
cli-proxy-no-server = ez az eszköz nem ismer szervert
cli-proxy-circuit = { $circuit } áramkör: belépő { $entry } → kilépő { $exit }, { $ms } ms
cli-proxy-same-operator = figyelmeztetés: mindkét továbbítót ugyanaz az üzemeltető futtatja, így a kétlépcsős szétválasztás itt csak névleges
cli-proxy-circuit-failed = az áramkör sikertelen: { $error }
cli-proxy-stream-refused = kapcsolat elutasítva: { $reason }
cli-proxy-listening = Privát böngészés itt: socks5://{ $address } és http://{ $address } (CONNECT). Irányíts rá egy böngészőt, pl.
cli-proxy-two-relays = Két továbbító visz minden kapcsolatot: a belépő a címedet látja, a kilépő az oldalt; egyik sem mindkettőt. Nem véd: a két továbbító összejátszása vagy aki mindkét végen figyeli az időzítést.
cli-proxy-first-circuit-failed = az első áramkör sikertelen (az első kapcsolatnál újra próbálja): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } áramkör
   *[other] { $circuits } áramkör
}, { $streams ->
    [one] { $streams } folyam
   *[other] { $streams } folyam
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = leállítva: { $circuits ->
    [one] { $circuits } áramkör
   *[other] { $circuits } áramkör
} épült, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = a szerver nem tudta beolvasni, amit ez a program küldött; frissítse a Conclave-ot
server-error-unsupported-version = a szerver a Conclave protokolljának egy másik változatát beszéli; frissítse a Conclave-ot
server-error-frame-too-large = amit ez a program küldött, túl nagy a szervernek
server-error-not-authenticated = a szerver lezárta a munkamenetet, mielőtt ez az eszköz bejelentkezett; próbálja újra
server-error-already-authenticated = ez az eszköz egy munkamenetben kétszer jelentkezett be; próbálja újra
server-error-auth-failed = a szerver nem fogadja el ezt az eszközt: eltávolították a fiókjából, vagy a kulcsa nem egyezik
server-error-invite-unknown = ez a meghívó nem létezik; ellenőrizze a linket
server-error-invite-used = ezt a meghívót már felhasználták; kérjen újat
server-error-invite-expired = ez a meghívó lejárt; kérjen újat
server-error-invite-revoked = ezt a meghívót visszavonták; kérjen újat
server-error-username-taken = ez a felhasználónév foglalt; válasszon másikat
server-error-username-invalid = a szerver nem fogadja el ezt a felhasználónevet
server-error-device-key-taken = ennek az eszköznek a kulcsa már regisztrálva van
server-error-account-disabled = a fiókját a szerver üzemeltetője letiltotta
server-error-account-expired = a(z) { $user } fiók lejárt ekkor: { $date }; kérjen megújítási kódot egy adminisztrátortól
server-error-account-expired-plain = a fiókja lejárt; kérjen megújítási kódot egy adminisztrátortól
server-error-renewal-unknown = ez a megújítási kód nem létezik
server-error-renewal-used = ezt a megújítási kódot már felhasználták
server-error-renewal-expired = ez a megújítási kód lejárt; kérjen újat egy adminisztrátortól
server-error-forbidden = a szerver ezt nem engedi
server-error-not-found = a szerver nem ismeri, amit kértek
server-error-no-account = nincs { $name } nevű fiók
server-error-invalid-argument = a szerver érvénytelenként elutasította a kérést
server-error-quota-exceeded = a meghívókeret elfogyott: { $used } meghívást adott ki a(z) { $quota } közül, { $left } maradt
server-error-quota-exceeded-plain = a meghívókerete elfogyott
server-error-queue-full = egy címzett eszköz sora megtelt; csatlakoznia kell és be kell hoznia a lemaradást
server-error-rate-limited = túl sok kérés; próbálja újra { $seconds } s múlva
server-error-rate-limited-plain = túl sok kérés; próbálja újra hamarosan
server-error-too-many-connections = a szerver elérte a kapcsolatkorlátját; próbálja később
server-error-limit-exceeded = ez túllépi a szerver egyik korlátját
server-error-stale-epoch = a beszélgetés ugyanabban a pillanatban megváltozott; próbálja újra
server-error-not-member = ez az eszköz nem tagja annak a beszélgetésnek
server-error-no-key-package = egy hozzáadandó eszköznek nincs kulcscsomagja a szerveren; előbb csatlakoznia kell
server-error-device-link-invalid = ez az eszközlink ismeretlen, felhasznált vagy lejárt; hozzon létre újat a fiók egyik eszközén
server-error-shutting-down = a szerver leáll; próbálja újra hamarosan
server-error-internal = a szerveren belső hiba történt; próbálja később
server-error-unavailable = a szerver ezt nem kínálja
server-error-fell-behind = egy eszköz lemaradt ebben a beszélgetésben, és arra vár, hogy egy tag újra hozzáadja
server-error-relay-tokens-used-up = a mai keret a privát böngészéshez elfogyott; 00:00 UTC-kor újul meg
server-error-relay-tokens-unavailable = ez a szerver nem kínál privát böngészést
server-error-call-tokens-unavailable = ez a szerver nem kínál hívásokat
server-error-unknown-code = a szerver elutasította ({ $code }. hiba)
server-error-unsupported = a szerver nem ismeri ezt a kérést: a Conclave egy régebbi változatát futtatja
cli-server-account-expired = a(z) { $user } fiók lejárt ekkor: { $date }; kérjen megújítási kódot egy adminisztrátortól, és futtassa: `conclave renew CODE`
cli-server-account-expired-plain = a fiókja lejárt; kérjen megújítási kódot egy adminisztrátortól, és futtassa: `conclave renew CODE`
cli-client-connect = nem lehet csatlakozni ide: { $address }: { $reason }
cli-client-pin-mismatch = a szerver TLS-tanúsítványa nem egyezik a rögzített ujjlenyomattal (várt { $expected }, kapott { $got }); ez támadás lehet, vagy a szerver tanúsítványa megváltozott
cli-client-timeout = lejárt az idő a szerverre várva
cli-client-closed = a kapcsolat megszakadt
cli-client-closed-because = a kapcsolat megszakadt: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (válasz) { $text }
preview-reaction = (reakció) { $emoji }
preview-edit = (szerkesztve) { $text }
preview-deleted = (törölt egy üzenetet)
preview-receipt = (olvasva eddig: { $seq })
preview-conversation-started = (beszélgetés elindítva)
preview-group = (csoport #{ $name })
preview-file = (fájl) { $name } ({ $size ->
    [one] { $size } bájt
   *[other] { $size } bájt
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (továbbítva) { $text }
preview-timer-off = (eltűnő üzenetek kikapcsolva)
preview-timer = (eltűnő üzenetek: { $time })
preview-display-name-cleared = (megjelenített név törölve)
preview-display-name = (megjelenített név: { $name })
preview-call-started-audio = (hívás) hanghívást indított: { $call }
preview-call-started-video = (hívás) videohívást indított: { $call }
preview-call-ringing = (hívás) csörög: { $call }
preview-call-answered = (hívás) fogadta: { $call }
preview-call-declined = (hívás) elutasította: { $call }
preview-call-joined = (hívás) csatlakozott: { $call }
preview-call-left = (hívás) kilépett: { $call }
preview-call-ended = (hívás) befejezte: { $call }
preview-call-unreadable = (olvashatatlan hívásjel: { $reason })
preview-ledger = (kassza) { $entry }
preview-ledger-handover = (kassza) { $count ->
    [one] { $count } korábbi tétel átadva
   *[other] { $count } korábbi tétel átadva
} a csatlakozott eszközöknek ({ $part }/{ $parts }. rész)
preview-ledger-unreadable = (olvashatatlan kasszatétel: { $reason })
ledger-payment-to = { $from } fizetett { $names } részére: { $money }
ledger-payment-equal = { $from } fizetett { $money } összeget { $names } számára (egyenlően elosztva)
ledger-payment-exact = { $from } fizetett { $money } összeget { $names } számára (elosztás: { $shares })
ledger-payment-weights = { $from } fizetett { $money } összeget { $names } számára (súly szerinti elosztás: { $weights })
ledger-debt-to = { $names } tartozik { $from } részére: { $money }
ledger-debt-equal = { $names } tartoznak { $from } részére: { $money } (egyenlően elosztva)
ledger-debt-exact = { $names } tartoznak { $from } részére: { $money } (elosztás: { $shares })
ledger-debt-weights = { $names } tartoznak { $from } részére: { $money } (súly szerinti elosztás: { $weights })
ledger-reversed-entry = { $id } tétel sztornózva
ledger-with-memo = { $entry }: { $memo }
ledger-refused = elutasítva: { $entry } ({ $error })
ledger-refused-plain = elutasítva: { $error }
ledger-unreadable = olvashatatlan: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = csatlakozott
history-unreadable = olvashatatlan üzenet ({ $reason })
history-fell-behind = ez az eszköz itt lemaradt, és üzenetek maradtak ki; újra hozzáadják, amikor egy tag legközelebb küld valamit
history-fell-behind-long = Ez az eszköz itt lemaradt (a sora a szerveren megtelt), és ettől a ponttól üzenetek maradtak ki; újra hozzáadják, amikor egy tag legközelebb küld valamit.
history-added = hozzáadta: { $names }
history-removed = eltávolította: { $names }
history-added-removed = hozzáadta: { $added }; eltávolította: { $removed }
history-keys-updated = frissítette a kulcsokat
history-deleted = (törölve)
preview-photo = Fénykép: { $name }
preview-voice-note = Hangüzenet: { $name }
preview-file-named = Fájl: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = az eltűnő üzenetek időzítője vagy ki van kapcsolva, vagy { $min } s és 4 hét ({ $max } s) között van; { $secs } s nem megengedett
refused-one-to-one-self = egy kétszemélyes (1:1) beszélgetéshez egy másik fiók kell
refused-group-exists = már van #{ $name } nevű csoportod
refused-remove-self = beszélgetés elhagyásához használd a `leave` parancsot
refused-not-members = egyikük sem tag
refused-no-key-packages = a hozzáadandó eszközök egyike sem tett még közzé kulcscsomagot
refused-busy = a csoport túl elfoglalt; próbáld újra
refused-not-in-conversation = nem vagy tagja ennek a beszélgetésnek
refused-fell-behind = ez az eszköz lemaradt ebben a beszélgetésben (a sora a szerveren megtelt); újra hozzáadják, amikor egy másik tag legközelebb küld valamit
refused-server-too-old-for-timer = ebben a beszélgetésben az üzenetek eltűnnek, a szerver pedig túl régi ahhoz, hogy hagyja őket lejárni a sorában (1. protokollváltozat): frissítsd a szervert, vagy kapcsold ki az időzítőt
refused-call-running = ebben a beszélgetésben hívás folyik ({ $call }, indította: { $caller }): csatlakozz hozzá
refused-display-name-too-long = a megjelenített név legfeljebb { $max } karakter lehet ({ $given } megadva)
refused-display-name-invisible = a megjelenített név nem tartalmazhat vezérlő-, irányfelülíró vagy láthatatlan karaktert ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = hiba: { $message }
cli-usage-invalid-value = a(z) { $arg } argumentum { $value } értéke érvénytelen
cli-usage-value-required = a(z) { $arg } argumentumhoz érték szükséges, de nincs megadva
cli-usage-invalid-value-because = a(z) { $arg } argumentum { $value } értéke érvénytelen: { $reason }
cli-usage-possible-values = lehetséges értékek: { $values }
cli-usage-unknown-argument = váratlan argumentum: { $arg }
cli-usage-unknown-subcommand = ismeretlen alparancs: { $command }
cli-usage-missing-arguments = a következő kötelező argumentumok hiányoznak: { $args }
cli-usage-missing-subcommand = a(z) { $command } parancshoz alparancs szükséges, de nincs megadva
cli-usage-subcommands = alparancsok: { $values }
cli-usage-too-many-values = váratlan érték a(z) { $arg } argumentumnál: { $value }; több értéket nem vár
cli-usage-conflict = a(z) { $arg } argumentum nem használható együtt ezzel: { $other }
cli-usage-used-twice = a(z) { $arg } argumentum nem adható meg többször
cli-usage-similar-subcommand = tipp: létezik hasonló alparancs: { $names }
cli-usage-similar-argument = tipp: létezik hasonló argumentum: { $names }
cli-usage-similar-value = tipp: létezik hasonló érték: { $names }
cli-usage-more = Bővebb információért próbáld ki ezt: { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = biztonsági szám { $number }
members-safety-number-verified = biztonsági szám { $number } (ellenőrizve)
members-no-safety-number = nincs biztonsági szám: { $error }
notice-not-sent = nem ment el: { $error }
notice-ledger-failed = kassza: { $error }
notice-members-failed = tagok: { $error }
notice-error = hiba: { $error }

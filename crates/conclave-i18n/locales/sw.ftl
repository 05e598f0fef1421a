# Conclave: Swahili (Kiswahili).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = imeunganishwa
status-reconnecting = inaunganisha upya… ({ $reason })
status-paused = imesitishwa: amri nyingine ya conclave inatumia kifaa hiki
pane-conversations = Mazungumzo
pane-unread = { $count ->
    [one] { $count } haijasomwa
   *[other] { $count } hazijasomwa
}
pane-message = Ujumbe
pane-none = Hakuna mazungumzo
compose-hint = Tab au Enter kuandika
empty-conversations = Bado hakuna mazungumzo. Anzisha kutoka mstari wa amri: conclave send USER TEXT
empty-messages = Bado hakuna ujumbe. Andika hapa chini kisha bonyeza Enter.
keys-short = Tab lenga · Enter tuma · ^L hesabu · ^E ingizo · ^U wanachama · ? msaada · q ondoka
keys-long = Tab lenga · Enter tuma · Alt+Enter mstari mpya · ^L hesabu · ^E ongeza ingizo · ^U wanachama · ? msaada · q ondoka
help-title = Msaada (Esc)
help-focus = hamia kati ya mazungumzo, jumbe na mstari wa kuandika
help-choose = chagua mazungumzo; sogeza jumbe
help-scroll = sogeza jumbe
help-enter = tuma (kwenye mstari wa kuandika); andika (kwingineko)
help-newline = mstari mpya katika ujumbe
help-ledger = hesabu ya pamoja ya mazungumzo: salio, kulipana
help-add-entry = ongeza ingizo
help-members = wanachama, vifaa vyao na namba za usalama
help-esc = funga paneli; ondoka kwenye mstari wa kuandika
help-vim = vitufe vya mtindo wa vim (na --vim)
help-help = msaada huu
help-quit = ondoka
ledger-title = Hesabu (Esc)
ledger-balances = Salio
ledger-none = bado hakuna maingizo (Ctrl+E huongeza)
ledger-settle = Kulipana
ledger-even = kila mtu yuko sawa
ledger-entries = Maingizo
members-title = Wanachama (Esc)
members-device = kifaa { $id }
members-you = wewe
form-title = Ongeza ingizo
form-kind = aina
form-amount = kiasi
form-currency = sarafu
form-from = kutoka
form-split = mgawanyo
form-to = kwa
form-memo = dokezo
form-hint = aina: payment|debt · mgawanyo: to|equal (kwa: mwanachama mmoja, au a,b,c)
form-keys = Tab sehemu inayofuata · Enter ongeza · Esc ghairi
notice-sent = imetumwa kama ujumbe { $seq }
notice-entry-added = ingizo limeongezwa kama ujumbe { $seq }
notice-reconnected = imeunganishwa tena

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } anaandika…
typing-two = { $first } na { $second } wanaandika…
typing-several = Watu kadhaa wanaandika…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = haiwezi kuanza: { $error }
cli-unexpected-response = jibu lisilotarajiwa { $response }
cli-invalid-option = { $option } si sahihi
cli-invalid-option-value = { $option } si sahihi { $value }
cli-invalid-duration = muda si sahihi { $value } (k.m. 24h, 7d)
cli-not-invite-link = hiki si kiungo cha mwaliko (kiungo cha kifaa ni cha `conclave device join`)
cli-not-device-link = hiki si kiungo cha kifaa (tengeneza kimoja kwa `conclave device link` kwenye kifaa chako kilichopo)
cli-joined = umejiunga na { $server } kama { $user } (kifaa { $device }); akaunti ni halali hadi { $expires }
cli-linked = umeunganishwa na { $server } kama { $user } (kifaa { $device }); akaunti ni halali hadi { $expires }
cli-malformed-renewal-code = msimbo wa kuhuisha una kasoro
cli-renewed = imehuishwa: akaunti { $user } ni halali hadi { $expires }
cli-display-name-none = hakuna jina la kuonyesha: wengine wanaona { $user }
cli-whoami-account = akaunti
cli-whoami-device = kifaa
cli-whoami-server = seva
cli-whoami-expires = inaisha
cli-whoami-invites = mialiko
cli-whoami-admin = (msimamizi)
cli-whoami-invites-left = { $count } zimebaki
cli-whoami-no-quota = hakuna kikomo
cli-invite-in-browser = kwenye kivinjari: { $link }
cli-invite-created = mwaliko { $id } kwa { $count ->
    [one] akaunti { $count }
   *[other] akaunti { $count }
}, halali hadi { $expires }
cli-no-invitations = hakuna mialiko
cli-invite-open = wazi
cli-invite-used = umetumika
cli-invite-expired = umeisha
cli-invite-revoked = umebatilishwa
cli-invite-row = { $left }/{ $total } zimebaki  inaisha { $expires }
cli-invite-give = toa kitambulisho cha mwaliko (kutoka `conclave invite list`), msimbo au kiungo
cli-revoked = umebatilishwa
cli-no-group = hakuna kikundi { $name }; `conclave group list` inaonyesha vyako
cli-no-conversation-with = hakuna mazungumzo na { $name }; `conclave send { $name } TEXT` yanaanzisha
cli-sent = imetumwa kwa { $conversation } kama ujumbe { $seq }
cli-warn-call-ignored = onyo: ishara ya simu { $seq } kutoka { $sender } katika { $conversation } imepuuzwa: { $reason }
cli-history-note = (historia hapo juu ilitoka kwenye kifaa chako { $device }, ilitumwa { $at })
cli-warn-receipt-not-sent = onyo: risiti ya kusoma haikutumwa: { $error }
cli-warn-delivery-unusable = onyo: uwasilishaji { $seq } haukuweza kutumika: { $reason }
cli-history-imported = historia kutoka kifaa chako { $device } (ilitumwa { $at }): { $entries ->
    [one] ingizo { $entries }
   *[other] maingizo { $entries }
} katika { $count ->
    [one] mazungumzo { $count }
   *[other] mazungumzo { $count }
}
cli-warn-history-later = onyo: historia kutoka kifaa chako { $device } bado haijafika ({ $reason }); amri inayofuata itajaribu tena
cli-warn-history-unusable = onyo: historia kutoka kifaa chako { $device } haiwezi kutumika: { $reason }
cli-warn-history-fetch = onyo: haikuweza kupata historia iliyotumwa na kifaa chako kingine: { $error }
cli-listen-handover = amri nyingine ya conclave inatumia kifaa hiki; inasubiri…
cli-listening-again = inasikiliza tena
cli-connection-lost = muunganisho umepotea ({ $error }); inaunganisha upya…
cli-group-created = #{ $name } imeundwa ({ $devices ->
    [one] kifaa { $devices }
   *[other] vifaa { $devices }
}, kipindi { $epoch })
cli-group-added = { $users } wameongezwa kwenye #{ $name }
cli-already-members = tayari ni wanachama
cli-group-removed = { $users } wameondolewa kutoka #{ $name }
cli-group-left = umeondoka #{ $name }
cli-no-conversations = hakuna mazungumzo
cli-kind-group = kikundi
cli-kind-direct = moja kwa moja
cli-kind-unnamed = bila jina
cli-devices = { $devices ->
    [one] kifaa { $devices }
   *[other] vifaa { $devices }
}
cli-group-info = { $name }  kipindi { $epoch }
cli-device = kifaa { $id }
cli-device-link-waiting = inasubiri kifaa kipya kijiunge (endesha `conclave --home NEWDIR device join LINK`)…
cli-link-expired = kiungo kiliisha kabla kifaa hakijajiunga
cli-device-joined = kifaa { $id } kimejiunga; kimeongezwa kwenye { $added } kati ya { $total ->
    [one] mazungumzo { $total }
   *[other] mazungumzo { $total }
}
cli-history-sent = kimetumiwa historia ya { $count ->
    [one] mazungumzo { $count }
   *[other] mazungumzo { $count }
} ({ $entries ->
    [one] ingizo { $entries }
   *[other] maingizo { $entries }
}, { $kib } KiB, imesimbwa mwisho hadi mwisho)
cli-history-none = hakuna historia ya awali ya kutuma
cli-warn-history-not-sent = onyo: historia haikutumwa kwa kifaa kipya: { $error }
cli-device-added = kimeongezwa { $at }
cli-device-added-this = kimeongezwa { $at } (kifaa hiki)
cli-device-removed = kifaa { $id } kimeondolewa
cli-safety-changed = !!! ONYO: funguo za { $user } ZIMEBADILIKA tangu ulipozithibitisha !!!
cli-safety-changed-compare = !!! Kifaa kipya kimeongezwa au ufunguo umebadilishwa. Linganisha nambari ya usalama tena. !!!
cli-verified = { $user } amethibitishwa
cli-not-verified = { $user } bado hajathibitishwa
cli-safety-number = nambari ya usalama na { $user }:
cli-marked-verified = { $user } ametiwa alama kuwa amethibitishwa; utaonywa funguo zake zikibadilika
cli-replied = umejibu katika { $conversation } kama ujumbe { $seq }
cli-reacted = umeitikia katika { $conversation } kama ujumbe { $seq }
cli-reaction-taken-back = mwitikio umeondolewa katika { $conversation } kama ujumbe { $seq }
cli-edited = umehaririwa katika { $conversation } kama ujumbe { $seq }
cli-deleted = umefutwa kwa wote katika { $conversation } kama ujumbe { $seq }
cli-forwarded = umesambazwa katika { $conversation } kama ujumbe { $seq }
cli-timer-set = kipima muda kimewekwa katika { $conversation } kama ujumbe { $seq }
cli-timer-invalid = `{ $value }`: { $error }; sema off, 30s, 5m, 1h, 1d au 1w
cli-receipts-say-on-or-off = `{ $value }`: sema `on` au `off`
cli-receipts-on = risiti za kusoma zimewashwa: kifaa hiki kinawaambia wengine ulichosoma, na kinaonyesha walichosoma
cli-receipts-off = risiti za kusoma zimezimwa: kifaa hiki hakitumi na hakionyeshi za mtu yeyote
cli-not-a-file = { $path } si faili
cli-uploading = inapakia
cli-downloading = inapakua
cli-file-sent = { $file } ({ $size }) imetumwa kwa { $conversation } kama ujumbe { $seq }
cli-message-not-available = ujumbe { $message } haupatikani
cli-message-deleted = ujumbe { $message } umefutwa
cli-message-not-a-file = ujumbe { $message } katika { $conversation } si faili
cli-no-conversations-yet = bado hakuna mazungumzo
cli-files-in-several = { $message } inataja faili katika mazungumzo kadhaa: sema `conclave download CONVERSATION { $message }`
cli-too-many-files = faili nyingi mno za jina hilo hapa; sema wapi kwa --output
cli-file-gone = seva haina faili hili tena: inahifadhi faili hadi kila kifaa katika mazungumzo kilipate, au kwa { $days ->
    [one] siku { $days }
   *[other] siku { $days }
} zaidi
cli-file-saved = { $file } ({ $size }) kutoka { $conversation } [{ $seq }] imehifadhiwa kama { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE si UTF-8 halali
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE ni tupu
cli-prompt-passphrase = Kauli siri
cli-prompt-again = Tena
cli-reading-passphrase = kusoma kauli siri
cli-passphrase-empty = kauli siri tupu hailindi chochote
cli-passphrases-differ = kauli siri hazifanani
cli-home-taken = { $dir } tayari ina kifaa cha Conclave; tumia --home nyingine (au CONCLAVE_HOME) kwa kipya
cli-cannot-create = haiwezi kuunda { $path }
cli-cannot-remove = haiwezi kuondoa { $path }
cli-cannot-write = haiwezi kuandika { $path }
cli-cannot-open = haiwezi kufungua { $path }
cli-cannot-listen = haiwezi kusikiliza kwenye { $address }
cli-no-device = hakuna kifaa cha Conclave katika { $dir } — kwanza endesha `conclave join LINK --name NAME`
cli-malformed-file = { $path } ina kasoro
cli-device-key-missing = ufunguo wa kifaa haupo katika hali
cli-device-key-malformed = ufunguo wa kifaa una kasoro
cli-fingerprint-malformed = device.json ina alama ya kidole yenye kasoro
cli-lock-waiter-stopped = kusubiri kufuli kumesimama
cli-lock-wait-cancelled = kusubiri kufuli ya kifaa kumeghairiwa
cli-lock-waiting = inasubiri mchakato mwingine wa conclave (pid { $pid }) unaotumia kifaa hiki…
cli-lock-busy = mchakato mwingine wa conclave (pid { $pid }) unatumia hali ya kifaa hiki katika { $dir } na haukuikabidhi ndani ya sekunde { $seconds }; usimamishe au subiri umalize
cli-ledger-no-conversation = hakuna mazungumzo "{ $name }": toa '#kikundi' au jina la mtumiaji la mazungumzo ya 1:1
cli-ledger-unreadable = onyo: { $count ->
    [one] ingizo { $count } la daftari liliandikwa na Conclave mpya zaidi na haliwezi kusomwa hapa; salio zinaliacha hadi usasishe
   *[other] maingizo { $count } ya daftari yaliandikwa na Conclave mpya zaidi na hayawezi kusomwa hapa; salio zinayaacha hadi usasishe
}
cli-ledger-handed-over = kumbuka: kifaa hiki kilijiunga kwenye ujumbe { $seq }; maingizo ya kabla yake ni kama kifaa { $device } cha { $user } kilivyoyakabidhi
cli-ledger-discrepancy = ONYO: kifaa { $device } cha { $user } kiliwapa wageni daftari tofauti na la kifaa hiki (ujumbe { $seq }): { $detail }
cli-ledger-to-or-split = toa ama --to au --split
cli-ledger-stored-without-content = ujumbe ulihifadhiwa bila maudhui yake
cli-ledger-missing-after-send = ingizo halipo kwenye daftari baada ya kutuma
cli-ledger-refused = ingizo lilifika kwenye mazungumzo kama ujumbe { $seq } lakini kila kifaa kinalikataa: { $error }
cli-ledger-recorded = { $id } imerekodiwa katika { $conversation }: { $description }
cli-ledger-empty = { $conversation }: bado hakuna maingizo ya daftari
cli-ledger-title = daftari la { $conversation }
cli-ledger-reversed-tag = [limebatilishwa]
cli-ledger-recorded-by = limerekodiwa na { $user } (kifaa { $device }) { $at }, ujumbe { $seq }
cli-ledger-ref = rejea { $reference }
cli-ledger-reversed-by = limebatilishwa na { $user } ({ $id })
cli-ledger-reversed = limebatilishwa ({ $id })
cli-ledger-balances-title = salio za { $conversation }
cli-ledger-is-owed = anadai
cli-ledger-owes = anadaiwa
cli-ledger-settled = amelipa
cli-ledger-all-settled = wote wamelipana
cli-ledger-to-settle-up = ili kulipana:
cli-ledger-pays = { $from } anamlipa { $to } { $amount }
cli-writing = kuandika { $path }
cli-writing-export = kuandika usafirishaji
cli-ledger-exported = { $count ->
    [one] rekodi { $count } ya daftari
   *[other] rekodi { $count } za daftari
} zimesafirishwa kwenda { $path }
cli-not-a-call-id = { $value } si kitambulisho cha simu (herufi 32 za heksadesimali)
cli-no-call-running = hakuna simu inayoendelea katika { $conversation }
cli-call-started = simu { $call } imeanzishwa katika { $conversation }
cli-call-joined = umejiunga na simu { $call } katika { $conversation }
cli-call-left = umeondoka kwenye simu { $call } katika { $conversation }
cli-call-declined = simu { $call } imekataliwa katika { $conversation }
cli-call-ended = simu { $call } imekatwa katika { $conversation }
cli-call-not-in = kifaa hiki hakimo kwenye simu { $call }
cli-call-not-ringing = simu { $call } haikupigii (inalia sekunde 45, hadi ujibu au ukatae)
cli-call-token = tokeni ya simu { $call }, halali hadi { $expires }
cli-proxy-loopback-only = proksi inahudumia bila uthibitishaji, hivyo inasikiliza kwenye loopback tu (imepokea { $address })
cli-proxy-no-directory = haiwezi kupata saraka ya relei: { $error }
cli-proxy-no-server = kifaa hiki hakijui seva yoyote
cli-proxy-circuit = saketi { $circuit }: kuingia { $entry } → kutoka { $exit } kwa ms { $ms }
cli-proxy-same-operator = onyo: mwendeshaji mmoja anaendesha relei zote mbili, hivyo mgawanyo wa hatua mbili hapa ni wa jina tu
cli-proxy-circuit-failed = saketi imeshindwa: { $error }
cli-proxy-stream-refused = muunganisho umekataliwa: { $reason }
cli-proxy-listening = Kuvinjari faraghani kwenye socks5://{ $address } na http://{ $address } (CONNECT). Elekeza kivinjari hapo, k.m.
cli-proxy-two-relays = Relei mbili hubeba kila muunganisho: kuingia huona anwani yako, kutoka huona tovuti; hakuna inayoona vyote. Haujalindwa: relei zote mbili zikishirikiana, au mtazamaji wa muda pande zote mbili.
cli-proxy-first-circuit-failed = saketi ya kwanza imeshindwa (itajaribiwa tena kwenye muunganisho wa kwanza): { $error }
cli-proxy-status = { $circuits ->
    [one] saketi { $circuits }
   *[other] saketi { $circuits }
}, { $streams ->
    [one] mkondo { $streams }
   *[other] mikondo { $streams }
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = imesimamishwa: { $circuits ->
    [one] saketi { $circuits }
   *[other] saketi { $circuits }
} zimejengwa, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = seva haikuweza kusoma kile programu hii ilituma; sasisha Conclave
server-error-unsupported-version = seva inatumia toleo jingine la itifaki ya Conclave; sasisha Conclave
server-error-frame-too-large = kile programu hii ilituma ni kikubwa mno kwa seva
server-error-not-authenticated = seva ilimaliza kipindi kabla kifaa hiki hakijaingia; jaribu tena
server-error-already-authenticated = kifaa hiki kiliingia mara mbili katika kipindi kimoja; jaribu tena
server-error-auth-failed = seva haikubali kifaa hiki: kiliondolewa kwenye akaunti yake, au ufunguo wake haulingani
server-error-invite-unknown = mwaliko huu haupo; kagua kiungo
server-error-invite-used = mwaliko huu umeshatumika; omba mpya
server-error-invite-expired = muda wa mwaliko huu umekwisha; omba mpya
server-error-invite-revoked = mwaliko huu ulibatilishwa; omba mpya
server-error-username-taken = jina hili la mtumiaji limeshachukuliwa; chagua jingine
server-error-username-invalid = seva haikubali jina hili la mtumiaji
server-error-device-key-taken = ufunguo wa kifaa hiki umeshasajiliwa
server-error-account-disabled = akaunti yako imezimwa na mwendeshaji wa seva
server-error-account-expired = muda wa akaunti { $user } ulikwisha tarehe { $date }; omba msimamizi akupe msimbo wa kuhuisha
server-error-account-expired-plain = muda wa akaunti yako umekwisha; omba msimamizi akupe msimbo wa kuhuisha
server-error-renewal-unknown = msimbo huu wa kuhuisha haupo
server-error-renewal-used = msimbo huu wa kuhuisha umeshatumika
server-error-renewal-expired = muda wa msimbo huu wa kuhuisha umekwisha; omba msimamizi akupe mpya
server-error-forbidden = seva hairuhusu hili
server-error-not-found = seva haijui kilichoombwa
server-error-no-account = hakuna akaunti inayoitwa { $name }
server-error-invalid-argument = seva ilikataa ombi kwa kuwa si halali
server-error-quota-exceeded = kikomo cha mialiko kimefikiwa: umetoa { $used } kati ya matumizi { $quota } ya mialiko, yamebaki { $left }
server-error-quota-exceeded-plain = kikomo chako cha mialiko kimekwisha
server-error-queue-full = foleni ya kifaa kinachopokea imejaa; lazima kiwe mtandaoni na kifidie
server-error-rate-limited = maombi mengi mno; jaribu tena baada ya sekunde { $seconds }
server-error-rate-limited-plain = maombi mengi mno; jaribu tena baada ya muda mfupi
server-error-too-many-connections = seva imefikia kikomo chake cha miunganisho; jaribu tena baadaye
server-error-limit-exceeded = hili linapita kikomo cha seva
server-error-stale-epoch = mazungumzo yalibadilika wakati huo huo; jaribu tena
server-error-not-member = kifaa hiki si mwanachama wa mazungumzo hayo
server-error-no-key-package = kifaa kinachoongezwa hakina vifurushi vya funguo kwenye seva; lazima kiwe mtandaoni kwanza
server-error-device-link-invalid = kiungo hiki cha kifaa hakijulikani, kimetumika au muda wake umekwisha; tengeneza kipya kwenye kifaa cha akaunti
server-error-shutting-down = seva inazimwa; jaribu tena baada ya muda mfupi
server-error-internal = seva ilipata hitilafu ya ndani; jaribu tena baadaye
server-error-unavailable = seva haitoi huduma hii
server-error-fell-behind = kifaa kimebaki nyuma katika mazungumzo haya na kinasubiri mwanachama akiongeze tena
server-error-relay-tokens-used-up = kiasi cha leo cha kuvinjari kwa faragha kimekwisha; kinahuishwa saa 00:00 UTC
server-error-relay-tokens-unavailable = seva hii haitoi kuvinjari kwa faragha
server-error-call-tokens-unavailable = seva hii haitoi simu
server-error-unknown-code = seva ilikataa (hitilafu { $code })
server-error-unsupported = seva haijui ombi hili: inaendesha toleo la zamani la Conclave
cli-server-account-expired = muda wa akaunti { $user } ulikwisha tarehe { $date }; omba msimamizi akupe msimbo wa kuhuisha kisha endesha `conclave renew CODE`
cli-server-account-expired-plain = muda wa akaunti yako umekwisha; omba msimamizi akupe msimbo wa kuhuisha kisha endesha `conclave renew CODE`
cli-client-connect = haiwezi kuunganisha na { $address }: { $reason }
cli-client-pin-mismatch = cheti cha TLS cha seva hakilingani na alama ya kidole iliyobandikwa (ilitarajiwa { $expected }, imepokelewa { $got }); huenda ni shambulio, au cheti cha seva kimebadilika
cli-client-timeout = muda umekwisha ukisubiri seva
cli-client-closed = muunganisho umefungwa
cli-client-closed-because = muunganisho umefungwa: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (jibu) { $text }
preview-reaction = (itikio) { $emoji }
preview-edit = (imehaririwa) { $text }
preview-deleted = (amefuta ujumbe)
preview-receipt = (imesomwa hadi { $seq })
preview-conversation-started = (mazungumzo yameanza)
preview-group = (kikundi #{ $name })
preview-file = (faili) { $name } ({ $size ->
    [one] baiti { $size }
   *[other] baiti { $size }
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (imesambazwa) { $text }
preview-timer-off = (jumbe zinazotoweka zimezimwa)
preview-timer = (jumbe zinazotoweka: { $time })
preview-display-name-cleared = (jina la kuonyesha limefutwa)
preview-display-name = (jina la kuonyesha: { $name })
preview-call-started-audio = (simu) ameanzisha simu ya sauti { $call }
preview-call-started-video = (simu) ameanzisha simu ya video { $call }
preview-call-ringing = (simu) inalia kwa { $call }
preview-call-answered = (simu) amepokea { $call }
preview-call-declined = (simu) amekataa { $call }
preview-call-joined = (simu) amejiunga na { $call }
preview-call-left = (simu) ameondoka kwenye { $call }
preview-call-ended = (simu) amekata { $call }
preview-call-unreadable = (ishara ya simu isiyosomeka: { $reason })
preview-ledger = (hesabu) { $entry }
preview-ledger-handover = (hesabu) { $count ->
    [one] rekodi { $count } ya awali imekabidhiwa
   *[other] rekodi { $count } za awali zimekabidhiwa
} kwa vifaa vilivyojiunga (sehemu { $part } kati ya { $parts })
preview-ledger-unreadable = (ingizo la hesabu lisilosomeka: { $reason })
ledger-payment-to = { $from } amemlipa { $names } { $money }
ledger-payment-equal = { $from } amelipa { $money } kwa ajili ya { $names } (imegawanywa sawa)
ledger-payment-exact = { $from } amelipa { $money } kwa ajili ya { $names } (mgawanyo { $shares })
ledger-payment-weights = { $from } amelipa { $money } kwa ajili ya { $names } (mgawanyo kwa uzito { $weights })
ledger-debt-to = { $names } anadaiwa { $money } na { $from }
ledger-debt-equal = { $names } wanadaiwa { $money } na { $from } (imegawanywa sawa)
ledger-debt-exact = { $names } wanadaiwa { $money } na { $from } (mgawanyo { $shares })
ledger-debt-weights = { $names } wanadaiwa { $money } na { $from } (mgawanyo kwa uzito { $weights })
ledger-reversed-entry = ingizo { $id } limebatilishwa
ledger-with-memo = { $entry }: { $memo }
ledger-refused = limekataliwa: { $entry } ({ $error })
ledger-refused-plain = limekataliwa: { $error }
ledger-unreadable = halisomeki: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = amejiunga
history-unreadable = ujumbe usiosomeka ({ $reason })
history-fell-behind = kifaa hiki kimebaki nyuma hapa na kimekosa jumbe; kitaongezwa tena mwanachama atakapotuma ujumbe unaofuata
history-fell-behind-long = Kifaa hiki kimebaki nyuma hapa (foleni yake kwenye seva ilijaa) na kimekosa jumbe kuanzia hapa; kitaongezwa tena mwanachama atakapotuma ujumbe unaofuata.
history-added = ameongeza { $names }
history-removed = ameondoa { $names }
history-added-removed = ameongeza { $added }; ameondoa { $removed }
history-keys-updated = amesasisha funguo
history-deleted = (umefutwa)
preview-photo = Picha: { $name }
preview-voice-note = Ujumbe wa sauti: { $name }
preview-file-named = Faili: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = kipima muda cha jumbe zinazotoweka huwa kimezimwa au ni kati ya sekunde { $min } na wiki 4 (sekunde { $max }); sekunde { $secs } hazikubaliki
refused-one-to-one-self = mazungumzo ya 1:1 yanahitaji akaunti nyingine
refused-group-exists = tayari una kikundi kinachoitwa #{ $name }
refused-remove-self = ili kuondoka kwenye mazungumzo tumia `leave`
refused-not-members = hakuna yeyote kati yao aliye mwanachama
refused-no-key-packages = hakuna kifaa chochote kinachoongezwa ambacho kimechapisha vifurushi vya funguo bado
refused-busy = kikundi kina shughuli nyingi mno; jaribu tena
refused-not-in-conversation = hauko kwenye mazungumzo haya
refused-fell-behind = kifaa hiki kimebaki nyuma katika mazungumzo haya (foleni yake kwenye seva ilijaa); kitaongezwa tena mwanachama mwingine atakapotuma ujumbe unaofuata
refused-server-too-old-for-timer = jumbe za mazungumzo haya hutoweka, na seva ni ya zamani mno kuziruhusu ziishe muda kwenye foleni yake (toleo la itifaki 1): sasisha seva, au zima kipima muda
refused-call-running = simu ({ $call }, iliyoanzishwa na { $caller }) inaendelea katika mazungumzo haya: jiunge nayo
refused-display-name-too-long = jina la kuonyesha lina herufi zisizozidi { $max } (zimetolewa { $given })
refused-display-name-invisible = jina la kuonyesha haliwezi kuwa na herufi za udhibiti, za kubatilisha mwelekeo au zisizoonekana ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = hitilafu: { $message }
cli-usage-invalid-value = thamani { $value } si sahihi kwa { $arg }
cli-usage-value-required = { $arg } inahitaji thamani lakini hakuna iliyotolewa
cli-usage-invalid-value-because = thamani { $value } si sahihi kwa { $arg }: { $reason }
cli-usage-possible-values = thamani zinazowezekana: { $values }
cli-usage-unknown-argument = hoja isiyotarajiwa { $arg } imepatikana
cli-usage-unknown-subcommand = amri ndogo { $command } haitambuliki
cli-usage-missing-arguments = hoja zifuatazo zinazohitajika hazikutolewa: { $args }
cli-usage-missing-subcommand = { $command } inahitaji amri ndogo lakini hakuna iliyotolewa
cli-usage-subcommands = amri ndogo: { $values }
cli-usage-too-many-values = thamani isiyotarajiwa { $value } kwa { $arg } imepatikana; hakuna nyingine iliyotarajiwa
cli-usage-conflict = hoja { $arg } haiwezi kutumika pamoja na { $other }
cli-usage-used-twice = hoja { $arg } haiwezi kutumika zaidi ya mara moja
cli-usage-similar-subcommand = kidokezo: kuna amri ndogo inayofanana: { $names }
cli-usage-similar-argument = kidokezo: kuna hoja inayofanana: { $names }
cli-usage-similar-value = kidokezo: kuna thamani inayofanana: { $names }
cli-usage-more = Kwa maelezo zaidi, jaribu { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = namba ya usalama { $number }
members-safety-number-verified = namba ya usalama { $number } (imethibitishwa)
members-no-safety-number = hakuna namba ya usalama: { $error }
notice-not-sent = haikutumwa: { $error }
notice-ledger-failed = hesabu: { $error }
notice-members-failed = wanachama: { $error }
notice-error = hitilafu: { $error }

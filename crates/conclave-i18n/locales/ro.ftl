# Conclave: Romanian (Română).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = conectat
status-reconnecting = reconectare… ({ $reason })
status-paused = în pauză: altă comandă conclave folosește acest dispozitiv
pane-conversations = Conversații
pane-unread = { $count ->
    [one] { $count } necitit
    [few] { $count } necitite
   *[other] { $count } necitite
}
pane-message = Mesaj
pane-none = Nicio conversație
compose-hint = Tab sau Enter pentru a scrie
empty-conversations = Încă nu există conversații. Începe una din linia de comandă: conclave send USER TEXT
empty-messages = Încă nu există mesaje. Scrie mai jos și apasă Enter.
keys-short = Tab focus · Enter trimite · ^L cont · ^E înregistrare · ^U membri · ? ajutor · q ieșire
keys-long = Tab focus · Enter trimite · Alt+Enter rând nou · ^L cont · ^E adaugă înregistrare · ^U membri · ? ajutor · q ieșire
help-title = Ajutor (Esc)
help-focus = mută între conversații, mesaje și rândul de scriere
help-choose = alege o conversație; derulează mesajele
help-scroll = derulează mesajele
help-enter = trimite (în rândul de scriere); scrie (în rest)
help-newline = rând nou în mesaj
help-ledger = contul comun al conversației: solduri, decontare
help-add-entry = adaugă o înregistrare
help-members = membri, dispozitivele lor și numerele de siguranță
help-esc = închide un panou; părăsește rândul de scriere
help-vim = taste în stil vim (cu --vim)
help-help = acest ajutor
help-quit = ieșire
ledger-title = Cont (Esc)
ledger-balances = Solduri
ledger-none = încă nicio înregistrare (Ctrl+E adaugă)
ledger-settle = Decontare
ledger-even = toți sunt chit
ledger-entries = Înregistrări
members-title = Membri (Esc)
members-device = dispozitivul { $id }
members-you = tu
form-title = Adaugă o înregistrare
form-kind = tip
form-amount = sumă
form-currency = monedă
form-from = de la
form-split = împărțire
form-to = către
form-memo = notă
form-hint = tip: payment|debt · împărțire: to|equal (către: un membru sau a,b,c)
form-keys = Tab câmpul următor · Enter adaugă · Esc anulează
notice-sent = trimis ca mesajul { $seq }
notice-entry-added = înregistrare adăugată ca mesajul { $seq }
notice-reconnected = reconectat

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } scrie…
typing-two = { $first } și { $second } scriu…
typing-several = Mai multe persoane scriu…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = nu pot porni: { $error }
cli-unexpected-response = răspuns neașteptat { $response }
cli-invalid-option = { $option } nevalid
cli-invalid-option-value = { $option } nevalid { $value }
cli-invalid-duration = durată nevalidă { $value } (de ex. 24h, 7d)
cli-not-invite-link = acesta nu este un link de invitație (un link de dispozitiv merge la `conclave device join`)
cli-not-device-link = acesta nu este un link de dispozitiv (creează unul cu `conclave device link` pe dispozitivul tău existent)
cli-joined = te-ai alăturat { $server } ca { $user } (dispozitivul { $device }); cont valabil până la { $expires }
cli-linked = conectat la { $server } ca { $user } (dispozitivul { $device }); cont valabil până la { $expires }
cli-malformed-renewal-code = cod de reînnoire greșit
cli-renewed = reînnoit: contul { $user } este valabil până la { $expires }
cli-display-name-none = niciun nume afișat: ceilalți văd { $user }
cli-whoami-account = cont
cli-whoami-device = dispozitiv
cli-whoami-server = server
cli-whoami-expires = expiră
cli-whoami-invites = invitații
cli-whoami-admin = (admin)
cli-whoami-invites-left = au rămas { $count }
cli-whoami-no-quota = fără cotă
cli-invite-in-browser = într-un browser: { $link }
cli-invite-created = invitația { $id } pentru { $count ->
    [one] { $count } cont
    [few] { $count } conturi
   *[other] { $count } de conturi
}, valabilă până la { $expires }
cli-no-invitations = nicio invitație
cli-invite-open = deschisă
cli-invite-used = folosită
cli-invite-expired = expirată
cli-invite-revoked = revocată
cli-invite-row = rămase { $left }/{ $total }  expiră { $expires }
cli-invite-give = dă un id de invitație (din `conclave invite list`), un cod sau un link
cli-revoked = revocată
cli-no-group = niciun grup { $name }; `conclave group list` le arată pe ale tale
cli-no-conversation-with = nicio conversație cu { $name }; `conclave send { $name } TEXT` începe una
cli-sent = trimis către { $conversation } ca mesajul { $seq }
cli-warn-call-ignored = avertisment: semnalul de apel { $seq } de la { $sender } în { $conversation } a fost ignorat: { $reason }
cli-history-note = (istoricul de mai sus a venit de pe dispozitivul tău { $device }, trimis { $at })
cli-warn-receipt-not-sent = avertisment: confirmarea de citire nu a fost trimisă: { $error }
cli-warn-delivery-unusable = avertisment: livrarea { $seq } nu a putut fi folosită: { $reason }
cli-history-imported = istoric de pe dispozitivul tău { $device } (trimis { $at }): { $entries ->
    [one] { $entries } intrare
    [few] { $entries } intrări
   *[other] { $entries } de intrări
} în { $count ->
    [one] { $count } conversație
    [few] { $count } conversații
   *[other] { $count } de conversații
}
cli-warn-history-later = avertisment: istoricul de pe dispozitivul tău { $device } nu a sosit încă ({ $reason }); următoarea comandă încearcă din nou
cli-warn-history-unusable = avertisment: istoricul de pe dispozitivul tău { $device } nu poate fi folosit: { $reason }
cli-warn-history-fetch = avertisment: nu am putut prelua istoricul trimis de celălalt dispozitiv al tău: { $error }
cli-listen-handover = altă comandă conclave folosește acest dispozitiv; aștept…
cli-listening-again = ascult din nou
cli-connection-lost = conexiune pierdută ({ $error }); reconectare…
cli-group-created = am creat #{ $name } ({ $devices ->
    [one] { $devices } dispozitiv
    [few] { $devices } dispozitive
   *[other] { $devices } de dispozitive
}, epoca { $epoch })
cli-group-added = am adăugat { $users } în #{ $name }
cli-already-members = deja membri
cli-group-removed = am eliminat { $users } din #{ $name }
cli-group-left = ai părăsit #{ $name }
cli-no-conversations = nicio conversație
cli-kind-group = grup
cli-kind-direct = directă
cli-kind-unnamed = fără nume
cli-devices = { $devices ->
    [one] { $devices } dispozitiv
    [few] { $devices } dispozitive
   *[other] { $devices } de dispozitive
}
cli-group-info = { $name }  epoca { $epoch }
cli-device = dispozitivul { $id }
cli-device-link-waiting = aștept să se alăture noul dispozitiv (rulează `conclave --home NEWDIR device join LINK`)…
cli-link-expired = linkul a expirat înainte să se alăture un dispozitiv
cli-device-joined = dispozitivul { $id } s-a alăturat; adăugat în { $added } din { $total ->
    [one] { $total } conversație
    [few] { $total } conversații
   *[other] { $total } de conversații
}
cli-history-sent = i-am trimis istoricul a { $count ->
    [one] { $count } conversație
    [few] { $count } conversații
   *[other] { $count } de conversații
} ({ $entries ->
    [one] { $entries } intrare
    [few] { $entries } intrări
   *[other] { $entries } de intrări
}, { $kib } KiB, criptat integral)
cli-history-none = niciun istoric anterior de trimis
cli-warn-history-not-sent = avertisment: istoricul nu a fost trimis noului dispozitiv: { $error }
cli-device-added = adăugat { $at }
cli-device-added-this = adăugat { $at } (acest dispozitiv)
cli-device-removed = dispozitivul { $id } a fost eliminat
cli-safety-changed = !!! AVERTISMENT: cheile lui { $user } s-au SCHIMBAT de când le-ai verificat !!!
cli-safety-changed-compare = !!! S-a adăugat un dispozitiv nou sau s-a înlocuit o cheie. Compară din nou numărul de siguranță. !!!
cli-verified = { $user } este verificat
cli-not-verified = { $user } nu este încă verificat
cli-safety-number = numărul de siguranță cu { $user }:
cli-marked-verified = { $user } marcat ca verificat; vei fi avertizat dacă i se schimbă cheile
cli-replied = ai răspuns în { $conversation } ca mesajul { $seq }
cli-reacted = ai reacționat în { $conversation } ca mesajul { $seq }
cli-reaction-taken-back = reacție retrasă în { $conversation } ca mesajul { $seq }
cli-edited = editat în { $conversation } ca mesajul { $seq }
cli-deleted = șters pentru toți în { $conversation } ca mesajul { $seq }
cli-forwarded = redirecționat în { $conversation } ca mesajul { $seq }
cli-timer-set = cronometru setat în { $conversation } ca mesajul { $seq }
cli-timer-invalid = `{ $value }`: { $error }; spune off, 30s, 5m, 1h, 1d sau 1w
cli-receipts-say-on-or-off = `{ $value }`: spune `on` sau `off`
cli-receipts-on = confirmări de citire pornite: acest dispozitiv le spune altora ce ai citit și arată ce au citit ei
cli-receipts-off = confirmări de citire oprite: acest dispozitiv nu trimite niciuna și nu arată ale nimănui
cli-not-a-file = { $path } nu este un fișier
cli-uploading = se încarcă
cli-downloading = se descarcă
cli-file-sent = am trimis { $file } ({ $size }) către { $conversation } ca mesajul { $seq }
cli-message-not-available = mesajul { $message } nu este disponibil
cli-message-deleted = mesajul { $message } a fost șters
cli-message-not-a-file = mesajul { $message } din { $conversation } nu este un fișier
cli-no-conversations-yet = încă nicio conversație
cli-files-in-several = { $message } numește fișiere din mai multe conversații: spune `conclave download CONVERSATION { $message }`
cli-too-many-files = prea multe fișiere cu acest nume aici; spune unde cu --output
cli-file-gone = serverul nu mai are acest fișier: păstrează un fișier până când fiecare dispozitiv din conversație l-a preluat, sau cel mult { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}
cli-file-saved = am salvat { $file } ({ $size }) din { $conversation } [{ $seq }] ca { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE nu este UTF-8 valid
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE este goală
cli-prompt-passphrase = Frază de acces
cli-prompt-again = Din nou
cli-reading-passphrase = citirea frazei de acces
cli-passphrase-empty = o frază de acces goală nu protejează nimic
cli-passphrases-differ = frazele de acces diferă
cli-home-taken = { $dir } conține deja un dispozitiv Conclave; folosește alt --home (sau CONCLAVE_HOME) pentru unul nou
cli-cannot-create = nu pot crea { $path }
cli-cannot-remove = nu pot elimina { $path }
cli-cannot-write = nu pot scrie { $path }
cli-cannot-open = nu pot deschide { $path }
cli-cannot-listen = nu pot asculta pe { $address }
cli-no-device = niciun dispozitiv Conclave în { $dir } — rulează mai întâi `conclave join LINK --name NAME`
cli-malformed-file = { $path } greșit format
cli-device-key-missing = cheia dispozitivului lipsește din stare
cli-device-key-malformed = cheie de dispozitiv greșită
cli-fingerprint-malformed = device.json are o amprentă greșită
cli-lock-waiter-stopped = așteptarea blocării s-a oprit
cli-lock-wait-cancelled = așteptarea blocării dispozitivului a fost anulată
cli-lock-waiting = aștept alt proces conclave (pid { $pid }) care folosește acest dispozitiv…
cli-lock-busy = alt proces conclave (pid { $pid }) folosește starea acestui dispozitiv în { $dir } și nu a predat-o în { $seconds } s; oprește-l sau așteaptă să termine
cli-ledger-no-conversation = nicio conversație „{ $name }”: dă '#grup' sau numele de utilizator al unei conversații 1:1
cli-ledger-unreadable = avertisment: { $count ->
    [one] { $count } înregistrare din registru a fost scrisă de un Conclave mai nou și nu poate fi citită aici; soldurile o omit până actualizezi
    [few] { $count } înregistrări din registru au fost scrise de un Conclave mai nou și nu pot fi citite aici; soldurile le omit până actualizezi
   *[other] { $count } de înregistrări din registru au fost scrise de un Conclave mai nou și nu pot fi citite aici; soldurile le omit până actualizezi
}
cli-ledger-handed-over = notă: acest dispozitiv s-a alăturat la mesajul { $seq }; înregistrările dinainte sunt așa cum le-a predat dispozitivul { $device } al lui { $user }
cli-ledger-discrepancy = AVERTISMENT: dispozitivul { $device } al lui { $user } a dat noilor veniți un registru diferit de cel al acestui dispozitiv (mesajul { $seq }): { $detail }
cli-ledger-to-or-split = dă fie --to, fie --split
cli-ledger-stored-without-content = mesajul a fost stocat fără conținut
cli-ledger-missing-after-send = înregistrarea lipsește din registru după trimitere
cli-ledger-refused = înregistrarea a ajuns în conversație ca mesajul { $seq }, dar fiecare dispozitiv o refuză acolo: { $error }
cli-ledger-recorded = am înregistrat { $id } în { $conversation }: { $description }
cli-ledger-empty = { $conversation }: încă nicio înregistrare
cli-ledger-title = registrul { $conversation }
cli-ledger-reversed-tag = [stornată]
cli-ledger-recorded-by = înregistrată de { $user } (dispozitivul { $device }) la { $at }, mesajul { $seq }
cli-ledger-ref = ref. { $reference }
cli-ledger-reversed-by = stornată de { $user } ({ $id })
cli-ledger-reversed = stornată ({ $id })
cli-ledger-balances-title = soldurile { $conversation }
cli-ledger-is-owed = are de primit
cli-ledger-owes = datorează
cli-ledger-settled = achitat
cli-ledger-all-settled = toți sunt achitați
cli-ledger-to-settle-up = pentru decontare:
cli-ledger-pays = { $from } plătește lui { $to } { $amount }
cli-writing = scriu { $path }
cli-writing-export = scriu exportul
cli-ledger-exported = am exportat { $count ->
    [one] { $count } înregistrare
    [few] { $count } înregistrări
   *[other] { $count } de înregistrări
} în { $path }
cli-not-a-call-id = { $value } nu este un id de apel (32 de caractere hexazecimale)
cli-no-call-running = niciun apel în curs în { $conversation }
cli-call-started = am pornit apelul { $call } în { $conversation }
cli-call-joined = te-ai alăturat apelului { $call } în { $conversation }
cli-call-left = ai părăsit apelul { $call } în { $conversation }
cli-call-declined = ai refuzat apelul { $call } în { $conversation }
cli-call-ended = ai încheiat apelul { $call } în { $conversation }
cli-call-not-in = acest dispozitiv nu este în apelul { $call }
cli-call-not-ringing = apelul { $call } nu sună pentru tine (sună 45 s, până răspunzi sau refuzi)
cli-call-token = token pentru apelul { $call }, valabil până la { $expires }
cli-proxy-loopback-only = proxy-ul servește fără autentificare, deci ascultă doar pe loopback (primit { $address })
cli-proxy-no-directory = nu pot prelua directorul de relee: { $error }
cli-proxy-no-server = acest dispozitiv nu cunoaște niciun server
cli-proxy-circuit = circuitul { $circuit }: intrare { $entry } → ieșire { $exit } în { $ms } ms
cli-proxy-same-operator = avertisment: un singur operator rulează ambele relee, deci împărțirea în două salturi este doar nominală aici
cli-proxy-circuit-failed = circuit eșuat: { $error }
cli-proxy-stream-refused = conexiune refuzată: { $reason }
cli-proxy-listening = Navigare privată pe socks5://{ $address } și http://{ $address } (CONNECT). Îndreaptă un browser spre el, de ex.
cli-proxy-two-relays = Două relee poartă fiecare conexiune: intrarea îți vede adresa, ieșirea site-ul; niciunul pe amândouă. Neprotejat: ambele relee în complicitate sau un observator al sincronizării la ambele capete.
cli-proxy-first-circuit-failed = primul circuit a eșuat (reîncercat la prima conexiune): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } circuit
    [few] { $circuits } circuite
   *[other] { $circuits } de circuite
}, { $streams ->
    [one] { $streams } flux
    [few] { $streams } fluxuri
   *[other] { $streams } de fluxuri
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = oprit: { $circuits ->
    [one] { $circuits } circuit construit
    [few] { $circuits } circuite construite
   *[other] { $circuits } de circuite construite
}, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = serverul nu a putut citi ce a trimis acest program; actualizați Conclave
server-error-unsupported-version = serverul vorbește altă versiune a protocolului Conclave; actualizați Conclave
server-error-frame-too-large = ce a trimis acest program este prea mare pentru server
server-error-not-authenticated = serverul a încheiat sesiunea înainte ca acest dispozitiv să se autentifice; încercați din nou
server-error-already-authenticated = acest dispozitiv s-a autentificat de două ori în aceeași sesiune; încercați din nou
server-error-auth-failed = serverul nu acceptă acest dispozitiv: a fost eliminat din contul său, sau cheia lui nu se potrivește
server-error-invite-unknown = această invitație nu există; verificați linkul
server-error-invite-used = această invitație a fost deja folosită; cereți una nouă
server-error-invite-expired = această invitație a expirat; cereți una nouă
server-error-invite-revoked = această invitație a fost revocată; cereți una nouă
server-error-username-taken = acest nume de utilizator este ocupat; alegeți altul
server-error-username-invalid = serverul nu acceptă acest nume de utilizator
server-error-device-key-taken = cheia acestui dispozitiv este deja înregistrată
server-error-account-disabled = contul dumneavoastră a fost dezactivat de operatorul serverului
server-error-account-expired = contul { $user } a expirat pe { $date }; cereți unui administrator un cod de reînnoire
server-error-account-expired-plain = contul dumneavoastră a expirat; cereți unui administrator un cod de reînnoire
server-error-renewal-unknown = acest cod de reînnoire nu există
server-error-renewal-used = acest cod de reînnoire a fost deja folosit
server-error-renewal-expired = acest cod de reînnoire a expirat; cereți unul nou unui administrator
server-error-forbidden = serverul nu permite acest lucru
server-error-not-found = serverul nu cunoaște ce s-a cerut
server-error-no-account = niciun cont cu numele { $name }
server-error-invalid-argument = serverul a refuzat cererea ca nevalidă
server-error-quota-exceeded = cota de invitații atinsă: ați acordat { $used } din cele { $quota } utilizări de invitație, mai rămân { $left }
server-error-quota-exceeded-plain = cota dumneavoastră de invitații s-a epuizat
server-error-queue-full = coada unui dispozitiv destinatar este plină; trebuie să se conecteze și să recupereze
server-error-rate-limited = prea multe cereri; încercați din nou peste { $seconds } s
server-error-rate-limited-plain = prea multe cereri; încercați din nou în curând
server-error-too-many-connections = serverul este la limita de conexiuni; încercați mai târziu
server-error-limit-exceeded = aceasta depășește o limită a serverului
server-error-stale-epoch = conversația s-a schimbat în același moment; încercați din nou
server-error-not-member = acest dispozitiv nu este membru al acelei conversații
server-error-no-key-package = un dispozitiv de adăugat nu are pachete de chei pe server; trebuie mai întâi să se conecteze
server-error-device-link-invalid = acest link de dispozitiv este necunoscut, folosit sau expirat; creați unul nou pe un dispozitiv al contului
server-error-shutting-down = serverul se oprește; încercați din nou în curând
server-error-internal = serverul a avut o eroare internă; încercați mai târziu
server-error-unavailable = serverul nu oferă acest lucru
server-error-fell-behind = un dispozitiv a rămas în urmă în această conversație și așteaptă ca un membru să-l adauge din nou
server-error-relay-tokens-used-up = alocarea de azi pentru navigarea privată s-a epuizat; se reînnoiește la 00:00 UTC
server-error-relay-tokens-unavailable = acest server nu oferă navigare privată
server-error-call-tokens-unavailable = acest server nu oferă apeluri
server-error-unknown-code = serverul a refuzat (eroarea { $code })
server-error-unsupported = serverul nu cunoaște această cerere: rulează o versiune mai veche de Conclave
cli-server-account-expired = contul { $user } a expirat pe { $date }; cereți unui administrator un cod de reînnoire și rulați `conclave renew CODE`
cli-server-account-expired-plain = contul dumneavoastră a expirat; cereți unui administrator un cod de reînnoire și rulați `conclave renew CODE`
cli-client-connect = nu se poate conecta la { $address }: { $reason }
cli-client-pin-mismatch = certificatul TLS al serverului nu se potrivește cu amprenta fixată (așteptată { $expected }, primită { $got }); poate fi un atac, sau certificatul serverului s-a schimbat
cli-client-timeout = timpul a expirat în așteptarea serverului
cli-client-closed = conexiunea s-a închis
cli-client-closed-because = conexiunea s-a închis: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (răspuns) { $text }
preview-reaction = (reacție) { $emoji }
preview-edit = (editat) { $text }
preview-deleted = (a șters un mesaj)
preview-receipt = (citit până la { $seq })
preview-conversation-started = (conversație începută)
preview-group = (grup #{ $name })
preview-file = (fișier) { $name } ({ $size ->
    [one] { $size } octet
    [few] { $size } octeți
   *[other] { $size } de octeți
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (redirecționat) { $text }
preview-timer-off = (mesaje temporare dezactivate)
preview-timer = (mesaje temporare: { $time })
preview-display-name-cleared = (nume afișat șters)
preview-display-name = (nume afișat: { $name })
preview-call-started-audio = (apel) a pornit un apel vocal { $call }
preview-call-started-video = (apel) a pornit un apel video { $call }
preview-call-ringing = (apel) sună pentru { $call }
preview-call-answered = (apel) a răspuns la { $call }
preview-call-declined = (apel) a refuzat { $call }
preview-call-joined = (apel) s-a alăturat la { $call }
preview-call-left = (apel) a părăsit { $call }
preview-call-ended = (apel) a încheiat { $call }
preview-call-unreadable = (semnal de apel ilizibil: { $reason })
preview-ledger = (cont) { $entry }
preview-ledger-handover = (cont) { $count ->
    [one] { $count } înregistrare anterioară predată
    [few] { $count } înregistrări anterioare predate
   *[other] { $count } de înregistrări anterioare predate
} dispozitivelor care s-au alăturat (partea { $part } din { $parts })
preview-ledger-unreadable = (înregistrare de cont ilizibilă: { $reason })
ledger-payment-to = { $from } a plătit { $money } către { $names }
ledger-payment-equal = { $from } a plătit { $money } pentru { $names } (împărțit egal)
ledger-payment-exact = { $from } a plătit { $money } pentru { $names } (împărțire { $shares })
ledger-payment-weights = { $from } a plătit { $money } pentru { $names } (împărțire după ponderi { $weights })
ledger-debt-to = { $names } îi datorează lui { $from } { $money }
ledger-debt-equal = { $names } îi datorează lui { $from } { $money } (împărțit egal)
ledger-debt-exact = { $names } îi datorează lui { $from } { $money } (împărțire { $shares })
ledger-debt-weights = { $names } îi datorează lui { $from } { $money } (împărțire după ponderi { $weights })
ledger-reversed-entry = înregistrarea { $id } stornată
ledger-with-memo = { $entry }: { $memo }
ledger-refused = refuzată: { $entry } ({ $error })
ledger-refused-plain = refuzată: { $error }
ledger-unreadable = ilizibilă: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = s-a alăturat
history-unreadable = mesaj ilizibil ({ $reason })
history-fell-behind = acest dispozitiv a rămas în urmă aici și a pierdut mesaje; este adăugat din nou când un membru trimite următorul mesaj
history-fell-behind-long = Acest dispozitiv a rămas în urmă aici (coada sa de pe server era plină) și a pierdut mesajele de la acest punct; este adăugat din nou când un membru trimite următorul mesaj.
history-added = a adăugat { $names }
history-removed = a eliminat { $names }
history-added-removed = a adăugat { $added }; a eliminat { $removed }
history-keys-updated = a actualizat cheile
history-deleted = (șters)
preview-photo = Fotografie: { $name }
preview-voice-note = Mesaj vocal: { $name }
preview-file-named = Fișier: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = un cronometru pentru mesaje temporare este dezactivat sau între { $min } s și 4 săptămâni ({ $max } s); { $secs } s nu este permis
refused-one-to-one-self = o conversație 1:1 are nevoie de alt cont
refused-group-exists = ai deja un grup numit #{ $name }
refused-remove-self = pentru a părăsi o conversație folosește `leave`
refused-not-members = niciunul dintre ei nu este membru
refused-no-key-packages = niciunul dintre dispozitivele de adăugat nu a publicat încă pachete de chei
refused-busy = grupul este prea ocupat; încearcă din nou
refused-not-in-conversation = nu ești în această conversație
refused-fell-behind = acest dispozitiv a rămas în urmă în această conversație (coada sa de pe server era plină); este adăugat din nou când un alt membru trimite următorul mesaj
refused-server-too-old-for-timer = mesajele acestei conversații dispar, iar serverul este prea vechi pentru a le lăsa să expire în coada sa (revizia 1 a protocolului): actualizează serverul sau dezactivează cronometrul
refused-call-running = un apel ({ $call }, pornit de { $caller }) este în curs în această conversație: alătură-te lui
refused-display-name-too-long = un nume afișat are cel mult { $max } caractere (ai dat { $given })
refused-display-name-invisible = un nume afișat nu poate conține caractere de control, de suprascriere a direcției sau invizibile ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = eroare: { $message }
cli-usage-invalid-value = valoare nevalidă { $value } pentru { $arg }
cli-usage-value-required = este necesară o valoare pentru { $arg }, dar nu a fost furnizată niciuna
cli-usage-invalid-value-because = valoare nevalidă { $value } pentru { $arg }: { $reason }
cli-usage-possible-values = valori posibile: { $values }
cli-usage-unknown-argument = a fost găsit un argument neașteptat: { $arg }
cli-usage-unknown-subcommand = subcomandă nerecunoscută: { $command }
cli-usage-missing-arguments = următoarele argumente obligatorii nu au fost furnizate: { $args }
cli-usage-missing-subcommand = { $command } necesită o subcomandă, dar nu a fost furnizată niciuna
cli-usage-subcommands = subcomenzi: { $values }
cli-usage-too-many-values = a fost găsită o valoare neașteptată { $value } pentru { $arg }; nu se mai așteptau altele
cli-usage-conflict = argumentul { $arg } nu poate fi folosit împreună cu { $other }
cli-usage-used-twice = argumentul { $arg } nu poate fi folosit de mai multe ori
cli-usage-similar-subcommand = sfat: există o subcomandă asemănătoare: { $names }
cli-usage-similar-argument = sfat: există un argument asemănător: { $names }
cli-usage-similar-value = sfat: există o valoare asemănătoare: { $names }
cli-usage-more = Pentru mai multe informații, încearcă { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = număr de siguranță { $number }
members-safety-number-verified = număr de siguranță { $number } (verificat)
members-no-safety-number = niciun număr de siguranță: { $error }
notice-not-sent = netrimis: { $error }
notice-ledger-failed = cont: { $error }
notice-members-failed = membri: { $error }
notice-error = eroare: { $error }

# Conclave: Swedish (Svenska).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = ansluten
status-reconnecting = återansluter… ({ $reason })
status-paused = pausad: ett annat conclave-kommando använder enheten
pane-conversations = Konversationer
pane-unread = { $count ->
    [one] { $count } oläst
   *[other] { $count } olästa
}
pane-message = Meddelande
pane-none = Ingen konversation
compose-hint = Tab eller Enter för att skriva
empty-conversations = Inga konversationer än. Starta en från kommandoraden: conclave send USER TEXT
empty-messages = Inga meddelanden än. Skriv nedan och tryck Enter.
keys-short = Tab fokus · Enter skicka · ^L kassa · ^E post · ^U medlemmar · ? hjälp · q avsluta
keys-long = Tab fokus · Enter skicka · Alt+Enter ny rad · ^L kassa · ^E lägg till post · ^U medlemmar · ? hjälp · q avsluta
help-title = Hjälp (Esc)
help-focus = flytta mellan konversationer, meddelanden och skrivraden
help-choose = välj konversation; rulla meddelanden
help-scroll = rulla meddelanden
help-enter = skicka (på skrivraden); skriv (annars)
help-newline = ny rad i ett meddelande
help-ledger = konversationens kassa: saldon, gör upp
help-add-entry = lägg till en post
help-members = medlemmar, deras enheter och säkerhetsnummer
help-esc = stäng en panel; lämna skrivraden
help-vim = vim-tangenter (med --vim)
help-help = denna hjälp
help-quit = avsluta
ledger-title = Kassa (Esc)
ledger-balances = Saldon
ledger-none = inga poster än (Ctrl+E lägger till)
ledger-settle = Gör upp
ledger-even = alla är kvitt
ledger-entries = Poster
members-title = Medlemmar (Esc)
members-device = enhet { $id }
members-you = du
form-title = Lägg till en post
form-kind = typ
form-amount = belopp
form-currency = valuta
form-from = från
form-split = fördelning
form-to = till
form-memo = anteckning
form-hint = typ: payment|debt · fördelning: to|equal (till: en medlem, eller a,b,c)
form-keys = Tab nästa fält · Enter lägg till · Esc avbryt
notice-sent = skickat som meddelande { $seq }
notice-entry-added = post tillagd som meddelande { $seq }
notice-reconnected = ansluten igen

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } skriver…
typing-two = { $first } och { $second } skriver…
typing-several = Flera personer skriver…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = kan inte starta: { $error }
cli-unexpected-response = oväntat svar { $response }
cli-invalid-option = ogiltig { $option }
cli-invalid-option-value = ogiltig { $option } { $value }
cli-invalid-duration = ogiltig tid { $value } (t.ex. 24h, 7d)
cli-not-invite-link = detta är ingen inbjudningslänk (en enhetslänk hör till `conclave device join`)
cli-not-device-link = detta är ingen enhetslänk (skapa en med `conclave device link` på din befintliga enhet)
cli-joined = gick med i { $server } som { $user } (enhet { $device }); kontot gäller till { $expires }
cli-linked = länkad till { $server } som { $user } (enhet { $device }); kontot gäller till { $expires }
cli-malformed-renewal-code = felaktig förnyelsekod
cli-renewed = förnyat: kontot { $user } gäller till { $expires }
cli-display-name-none = inget visningsnamn: andra ser { $user }
cli-whoami-account = konto
cli-whoami-device = enhet
cli-whoami-server = server
cli-whoami-expires = går ut
cli-whoami-invites = inbjudningar
cli-whoami-admin = (admin)
cli-whoami-invites-left = { $count } kvar
cli-whoami-no-quota = ingen kvot
cli-invite-in-browser = i en webbläsare: { $link }
cli-invite-created = inbjudan { $id } för { $count ->
    [one] { $count } konto
   *[other] { $count } konton
}, gäller till { $expires }
cli-no-invitations = inga inbjudningar
cli-invite-open = öppen
cli-invite-used = använd
cli-invite-expired = utgången
cli-invite-revoked = återkallad
cli-invite-row = { $left }/{ $total } kvar  går ut { $expires }
cli-invite-give = ange ett inbjudnings-id (från `conclave invite list`), en kod eller en länk
cli-revoked = återkallad
cli-no-group = ingen grupp { $name }; `conclave group list` visar dina
cli-no-conversation-with = ingen konversation med { $name }; `conclave send { $name } TEXT` startar en
cli-sent = skickat till { $conversation } som meddelande { $seq }
cli-warn-call-ignored = varning: samtalssignal { $seq } från { $sender } i { $conversation } ignorerad: { $reason }
cli-history-note = (historiken ovan kom från din enhet { $device }, skickad { $at })
cli-warn-receipt-not-sent = varning: läskvitto inte skickat: { $error }
cli-warn-delivery-unusable = varning: leverans { $seq } kunde inte användas: { $reason }
cli-history-imported = historik från din enhet { $device } (skickad { $at }): { $entries ->
    [one] { $entries } post
   *[other] { $entries } poster
} i { $count ->
    [one] { $count } konversation
   *[other] { $count } konversationer
}
cli-warn-history-later = varning: historiken från din enhet { $device } har inte kommit än ({ $reason }); nästa kommando försöker igen
cli-warn-history-unusable = varning: historiken från din enhet { $device } kan inte användas: { $reason }
cli-warn-history-fetch = varning: kunde inte hämta historiken som din andra enhet skickade: { $error }
cli-listen-handover = ett annat conclave-kommando använder den här enheten; väntar…
cli-listening-again = lyssnar igen
cli-connection-lost = anslutningen bröts ({ $error }); återansluter…
cli-group-created = skapade #{ $name } ({ $devices ->
    [one] { $devices } enhet
   *[other] { $devices } enheter
}, epok { $epoch })
cli-group-added = lade till { $users } i #{ $name }
cli-already-members = redan medlemmar
cli-group-removed = tog bort { $users } från #{ $name }
cli-group-left = lämnade #{ $name }
cli-no-conversations = inga konversationer
cli-kind-group = grupp
cli-kind-direct = direkt
cli-kind-unnamed = namnlös
cli-devices = { $devices ->
    [one] { $devices } enhet
   *[other] { $devices } enheter
}
cli-group-info = { $name }  epok { $epoch }
cli-device = enhet { $id }
cli-device-link-waiting = väntar på att den nya enheten ska gå med (kör `conclave --home NEWDIR device join LINK`)…
cli-link-expired = länken gick ut innan en enhet gick med
cli-device-joined = enhet { $id } gick med; tillagd i { $added } av { $total ->
    [one] { $total } konversation
   *[other] { $total } konversationer
}
cli-history-sent = skickade den historiken för { $count ->
    [one] { $count } konversation
   *[other] { $count } konversationer
} ({ $entries ->
    [one] { $entries } post
   *[other] { $entries } poster
}, { $kib } KiB, end-to-end-krypterad)
cli-history-none = ingen tidigare historik att skicka
cli-warn-history-not-sent = varning: historiken skickades inte till den nya enheten: { $error }
cli-device-added = tillagd { $at }
cli-device-added-this = tillagd { $at } (den här enheten)
cli-device-removed = enhet { $id } borttagen
cli-safety-changed = !!! VARNING: { $user }s nycklar har ÄNDRATS sedan du verifierade dem !!!
cli-safety-changed-compare = !!! En ny enhet lades till eller en nyckel byttes ut. Jämför säkerhetsnumret igen. !!!
cli-verified = { $user } är verifierad
cli-not-verified = { $user } är inte verifierad än
cli-safety-number = säkerhetsnummer med { $user }:
cli-marked-verified = { $user } markerad som verifierad; du varnas om nycklarna ändras
cli-replied = svarade i { $conversation } som meddelande { $seq }
cli-reacted = reagerade i { $conversation } som meddelande { $seq }
cli-reaction-taken-back = reaktion återtagen i { $conversation } som meddelande { $seq }
cli-edited = redigerat i { $conversation } som meddelande { $seq }
cli-deleted = raderat för alla i { $conversation } som meddelande { $seq }
cli-forwarded = vidarebefordrat i { $conversation } som meddelande { $seq }
cli-timer-set = timer satt i { $conversation } som meddelande { $seq }
cli-timer-invalid = `{ $value }`: { $error }; säg off, 30s, 5m, 1h, 1d eller 1w
cli-receipts-say-on-or-off = `{ $value }`: säg `on` eller `off`
cli-receipts-on = läskvitton på: den här enheten berättar för andra vad du läst och visar vad de läst
cli-receipts-off = läskvitton av: den här enheten skickar inga och visar ingens
cli-not-a-file = { $path } är ingen fil
cli-uploading = laddar upp
cli-downloading = laddar ner
cli-file-sent = skickade { $file } ({ $size }) till { $conversation } som meddelande { $seq }
cli-message-not-available = meddelande { $message } är inte tillgängligt
cli-message-deleted = meddelande { $message } har raderats
cli-message-not-a-file = meddelande { $message } i { $conversation } är ingen fil
cli-no-conversations-yet = inga konversationer än
cli-files-in-several = { $message } pekar ut filer i flera konversationer: säg `conclave download CONVERSATION { $message }`
cli-too-many-files = för många filer med det namnet här; ange var med --output
cli-file-gone = servern har inte kvar filen: den sparar en fil tills varje enhet i konversationen har hämtat den, eller högst { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
}
cli-file-saved = sparade { $file } ({ $size }) från { $conversation } [{ $seq }] som { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE är inte giltig UTF-8
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE är tom
cli-prompt-passphrase = Lösenfras
cli-prompt-again = Igen
cli-reading-passphrase = läser lösenfrasen
cli-passphrase-empty = en tom lösenfras skyddar ingenting
cli-passphrases-differ = lösenfraserna skiljer sig åt
cli-home-taken = { $dir } har redan en Conclave-enhet; använd en annan --home (eller CONCLAVE_HOME) för en ny
cli-cannot-create = kan inte skapa { $path }
cli-cannot-remove = kan inte ta bort { $path }
cli-cannot-write = kan inte skriva { $path }
cli-cannot-open = kan inte öppna { $path }
cli-cannot-listen = kan inte lyssna på { $address }
cli-no-device = ingen Conclave-enhet i { $dir } — kör `conclave join LINK --name NAME` först
cli-malformed-file = felaktig { $path }
cli-device-key-missing = enhetsnyckeln saknas i tillståndet
cli-device-key-malformed = felaktig enhetsnyckel
cli-fingerprint-malformed = device.json har ett felaktigt fingeravtryck
cli-lock-waiter-stopped = väntan på låset avbröts
cli-lock-wait-cancelled = väntan på enhetens lås avbröts
cli-lock-waiting = väntar på en annan conclave-process (pid { $pid }) som använder den här enheten…
cli-lock-busy = en annan conclave-process (pid { $pid }) använder enhetens tillstånd i { $dir } och lämnade inte över det inom { $seconds } s; stoppa den eller vänta tills den är klar
cli-ledger-no-conversation = ingen konversation ”{ $name }”: ange '#grupp' eller användarnamnet för en 1:1-konversation
cli-ledger-unreadable = varning: { $count ->
    [one] { $count } post i kassan skrevs av en nyare Conclave och kan inte läsas här; saldona utelämnar den tills du uppdaterar
   *[other] { $count } poster i kassan skrevs av en nyare Conclave och kan inte läsas här; saldona utelämnar dem tills du uppdaterar
}
cli-ledger-handed-over = obs: den här enheten gick med vid meddelande { $seq }; posterna före det är som { $user }s enhet { $device } lämnade över dem
cli-ledger-discrepancy = VARNING: { $user }s enhet { $device } gav nykomlingar en kassa som skiljer sig från den här enhetens (meddelande { $seq }): { $detail }
cli-ledger-to-or-split = ange antingen --to eller --split
cli-ledger-stored-without-content = meddelandet sparades utan sitt innehåll
cli-ledger-missing-after-send = posten saknas i kassan efter att den skickats
cli-ledger-refused = posten kom fram i konversationen som meddelande { $seq } men varje enhet vägrar den där: { $error }
cli-ledger-recorded = bokförde { $id } i { $conversation }: { $description }
cli-ledger-empty = { $conversation }: inga poster i kassan än
cli-ledger-title = kassa för { $conversation }
cli-ledger-reversed-tag = [återförd]
cli-ledger-recorded-by = bokförd av { $user } (enhet { $device }) { $at }, meddelande { $seq }
cli-ledger-ref = ref { $reference }
cli-ledger-reversed-by = återförd av { $user } ({ $id })
cli-ledger-reversed = återförd ({ $id })
cli-ledger-balances-title = saldon för { $conversation }
cli-ledger-is-owed = har att få
cli-ledger-owes = är skyldig
cli-ledger-settled = kvitt
cli-ledger-all-settled = alla är kvitt
cli-ledger-to-settle-up = för att göra upp:
cli-ledger-pays = { $from } betalar { $to } { $amount }
cli-writing = skriver { $path }
cli-writing-export = skriver exporten
cli-ledger-exported = exporterade { $count ->
    [one] { $count } post
   *[other] { $count } poster
} till { $path }
cli-not-a-call-id = { $value } är inget samtals-id (32 hexadecimala tecken)
cli-no-call-running = inget samtal pågår i { $conversation }
cli-call-started = startade samtal { $call } i { $conversation }
cli-call-joined = gick med i samtal { $call } i { $conversation }
cli-call-left = lämnade samtal { $call } i { $conversation }
cli-call-declined = avböjde samtal { $call } i { $conversation }
cli-call-ended = avslutade samtal { $call } i { $conversation }
cli-call-not-in = den här enheten är inte med i samtal { $call }
cli-call-not-ringing = samtal { $call } ringer inte för dig (det ringer i 45 s, tills du svarar eller avböjer)
cli-call-token = samtalstoken för samtal { $call }, gäller till { $expires }
cli-proxy-loopback-only = proxyn tjänar utan autentisering och lyssnar därför bara på loopback (fick { $address })
cli-proxy-no-directory = kan inte hämta relä-katalogen: { $error }
cli-proxy-no-server = den här enheten känner ingen server
cli-proxy-circuit = krets { $circuit }: ingång { $entry } → utgång { $exit } på { $ms } ms
cli-proxy-same-operator = varning: en och samma operatör driver båda reläerna, så uppdelningen i två hopp är bara nominell här
cli-proxy-circuit-failed = kretsen misslyckades: { $error }
cli-proxy-stream-refused = anslutning nekad: { $reason }
cli-proxy-listening = Privat surfning på socks5://{ $address } och http://{ $address } (CONNECT). Peka en webbläsare dit, t.ex.
cli-proxy-two-relays = Två reläer bär varje anslutning: ingången ser din adress, utgången webbplatsen; ingen ser båda. Inte skyddat: båda reläerna i maskopi, eller någon som ser tidsmönstret i båda ändar.
cli-proxy-first-circuit-failed = första kretsen misslyckades (försöks igen vid första anslutningen): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } krets
   *[other] { $circuits } kretsar
}, { $streams ->
    [one] { $streams } ström
   *[other] { $streams } strömmar
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = stoppad: { $circuits ->
    [one] { $circuits } krets
   *[other] { $circuits } kretsar
} byggda, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = servern kunde inte läsa det som det här programmet skickade; uppdatera Conclave
server-error-unsupported-version = servern talar en annan version av Conclaves protokoll; uppdatera Conclave
server-error-frame-too-large = det som det här programmet skickade är för stort för servern
server-error-not-authenticated = servern avslutade sessionen innan den här enheten loggade in; försök igen
server-error-already-authenticated = den här enheten loggade in två gånger i samma session; försök igen
server-error-auth-failed = servern godtar inte den här enheten: den togs bort från sitt konto, eller så stämmer inte dess nyckel
server-error-invite-unknown = den här inbjudan finns inte; kontrollera länken
server-error-invite-used = den här inbjudan har redan använts; be om en ny
server-error-invite-expired = den här inbjudan har gått ut; be om en ny
server-error-invite-revoked = den här inbjudan har återkallats; be om en ny
server-error-username-taken = det här användarnamnet är upptaget; välj ett annat
server-error-username-invalid = servern godtar inte det här användarnamnet
server-error-device-key-taken = den här enhetens nyckel är redan registrerad
server-error-account-disabled = ditt konto har inaktiverats av serverns operatör
server-error-account-expired = kontot { $user } gick ut den { $date }; be en admin om en förnyelsekod
server-error-account-expired-plain = ditt konto har gått ut; be en admin om en förnyelsekod
server-error-renewal-unknown = den här förnyelsekoden finns inte
server-error-renewal-used = den här förnyelsekoden har redan använts
server-error-renewal-expired = den här förnyelsekoden har gått ut; be en admin om en ny
server-error-forbidden = servern tillåter inte det här
server-error-not-found = servern känner inte till det som efterfrågades
server-error-no-account = inget konto med namnet { $name }
server-error-invalid-argument = servern avvisade begäran som ogiltig
server-error-quota-exceeded = inbjudningskvoten är nådd: du har delat ut { $used } av dina { $quota } inbjudningar, { $left } kvar
server-error-quota-exceeded-plain = din inbjudningskvot är slut
server-error-queue-full = kön för en mottagande enhet är full; den måste bli online och komma ikapp
server-error-rate-limited = för många förfrågningar; försök igen om { $seconds } s
server-error-rate-limited-plain = för många förfrågningar; försök igen om en stund
server-error-too-many-connections = servern har nått sin gräns för anslutningar; försök igen senare
server-error-limit-exceeded = det här överskrider en gräns på servern
server-error-stale-epoch = konversationen ändrades i samma ögonblick; försök igen
server-error-not-member = den här enheten är inte medlem i den konversationen
server-error-no-key-package = en enhet som ska läggas till har inga nyckelpaket på servern; den måste bli online först
server-error-device-link-invalid = den här enhetslänken är okänd, använd eller har gått ut; skapa en ny på en enhet i kontot
server-error-shutting-down = servern stängs av; försök igen om en stund
server-error-internal = servern fick ett internt fel; försök igen senare
server-error-unavailable = servern erbjuder inte det här
server-error-fell-behind = en enhet har hamnat efter i den här konversationen och väntar på att en medlem lägger till den igen
server-error-relay-tokens-used-up = dagens kvot för privat surfning är slut; den förnyas 00:00 UTC
server-error-relay-tokens-unavailable = den här servern erbjuder inte privat surfning
server-error-call-tokens-unavailable = den här servern erbjuder inte samtal
server-error-unknown-code = servern avvisade (fel { $code })
server-error-unsupported = servern känner inte till den här begäran: den kör en äldre version av Conclave
cli-server-account-expired = kontot { $user } gick ut den { $date }; be en admin om en förnyelsekod och kör `conclave renew CODE`
cli-server-account-expired-plain = ditt konto har gått ut; be en admin om en förnyelsekod och kör `conclave renew CODE`
cli-client-connect = kan inte ansluta till { $address }: { $reason }
cli-client-pin-mismatch = serverns TLS-certifikat stämmer inte med det fästa fingeravtrycket (väntade { $expected }, fick { $got }); det kan vara en attack, eller så har serverns certifikat ändrats
cli-client-timeout = tidsgränsen nåddes i väntan på servern
cli-client-closed = anslutningen stängdes
cli-client-closed-because = anslutningen stängdes: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (svar) { $text }
preview-reaction = (reaktion) { $emoji }
preview-edit = (redigerat) { $text }
preview-deleted = (raderade ett meddelande)
preview-receipt = (läst till och med { $seq })
preview-conversation-started = (konversationen startad)
preview-group = (grupp #{ $name })
preview-file = (fil) { $name } ({ $size ->
    [one] { $size } byte
   *[other] { $size } byte
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (vidarebefordrat) { $text }
preview-timer-off = (försvinnande meddelanden av)
preview-timer = (försvinnande meddelanden: { $time })
preview-display-name-cleared = (visningsnamn borttaget)
preview-display-name = (visningsnamn: { $name })
preview-call-started-audio = (samtal) startade ett röstsamtal { $call }
preview-call-started-video = (samtal) startade ett videosamtal { $call }
preview-call-ringing = (samtal) ringer för { $call }
preview-call-answered = (samtal) svarade på { $call }
preview-call-declined = (samtal) avböjde { $call }
preview-call-joined = (samtal) gick med i { $call }
preview-call-left = (samtal) lämnade { $call }
preview-call-ended = (samtal) avslutade { $call }
preview-call-unreadable = (oläsbar samtalssignal: { $reason })
preview-ledger = (kassa) { $entry }
preview-ledger-handover = (kassa) { $count ->
    [one] { $count } tidigare post överlämnad
   *[other] { $count } tidigare poster överlämnade
} till enheterna som gick med (del { $part } av { $parts })
preview-ledger-unreadable = (oläsbar kassapost: { $reason })
ledger-payment-to = { $from } betalade { $names } { $money }
ledger-payment-equal = { $from } betalade { $money } för { $names } (lika fördelat)
ledger-payment-exact = { $from } betalade { $money } för { $names } (fördelat { $shares })
ledger-payment-weights = { $from } betalade { $money } för { $names } (fördelat efter vikt { $weights })
ledger-debt-to = { $names } är skyldig { $from } { $money }
ledger-debt-equal = { $names } är skyldiga { $from } { $money } (lika fördelat)
ledger-debt-exact = { $names } är skyldiga { $from } { $money } (fördelat { $shares })
ledger-debt-weights = { $names } är skyldiga { $from } { $money } (fördelat efter vikt { $weights })
ledger-reversed-entry = återförde post { $id }
ledger-with-memo = { $entry }: { $memo }
ledger-refused = avvisad: { $entry } ({ $error })
ledger-refused-plain = avvisad: { $error }
ledger-unreadable = oläsbar: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = gick med
history-unreadable = oläsbart meddelande ({ $reason })
history-fell-behind = den här enheten hamnade efter här och missade meddelanden; den läggs till igen nästa gång en medlem skickar
history-fell-behind-long = Den här enheten hamnade efter här (dess kö på servern var full) och missade meddelanden från och med denna punkt; den läggs till igen nästa gång en medlem skickar.
history-added = lade till { $names }
history-removed = tog bort { $names }
history-added-removed = lade till { $added }; tog bort { $removed }
history-keys-updated = uppdaterade nycklar
history-deleted = (raderat)
preview-photo = Foto: { $name }
preview-voice-note = Röstmeddelande: { $name }
preview-file-named = Fil: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = en timer för försvinnande meddelanden är av eller från { $min } s till 4 veckor ({ $max } s); { $secs } s går inte
refused-one-to-one-self = en 1:1-konversation kräver ett annat konto
refused-group-exists = du har redan en grupp som heter #{ $name }
refused-remove-self = använd `leave` för att lämna en konversation
refused-not-members = ingen av dem är medlem
refused-no-key-packages = ingen av enheterna som ska läggas till har publicerat nyckelpaket än
refused-busy = gruppen är för upptagen; försök igen
refused-not-in-conversation = du är inte med i den här konversationen
refused-fell-behind = den här enheten hamnade efter i den här konversationen (dess kö på servern var full); den läggs till igen nästa gång en annan medlem skickar
refused-server-too-old-for-timer = den här konversationens meddelanden försvinner, och servern är för gammal för att låta dem löpa ut i sin kö (protokollrevision 1): uppgradera servern eller stäng av timern
refused-call-running = ett samtal ({ $call }, startat av { $caller }) pågår i den här konversationen: gå med i det
refused-display-name-too-long = ett visningsnamn har högst { $max } tecken ({ $given } angivna)
refused-display-name-invisible = ett visningsnamn får inte innehålla styrtecken, riktningsåsidosättande eller osynliga tecken ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = fel: { $message }
cli-usage-invalid-value = ogiltigt värde { $value } för { $arg }
cli-usage-value-required = { $arg } kräver ett värde, men inget angavs
cli-usage-invalid-value-because = ogiltigt värde { $value } för { $arg }: { $reason }
cli-usage-possible-values = möjliga värden: { $values }
cli-usage-unknown-argument = oväntat argument { $arg } hittades
cli-usage-unknown-subcommand = okänt underkommando { $command }
cli-usage-missing-arguments = följande obligatoriska argument angavs inte: { $args }
cli-usage-missing-subcommand = { $command } kräver ett underkommando, men inget angavs
cli-usage-subcommands = underkommandon: { $values }
cli-usage-too-many-values = oväntat värde { $value } för { $arg } hittades; inga fler förväntades
cli-usage-conflict = argumentet { $arg } kan inte användas tillsammans med { $other }
cli-usage-used-twice = argumentet { $arg } kan inte användas flera gånger
cli-usage-similar-subcommand = tips: det finns ett liknande underkommando: { $names }
cli-usage-similar-argument = tips: det finns ett liknande argument: { $names }
cli-usage-similar-value = tips: det finns ett liknande värde: { $names }
cli-usage-more = För mer information, prova { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = säkerhetsnummer { $number }
members-safety-number-verified = säkerhetsnummer { $number } (verifierat)
members-no-safety-number = inget säkerhetsnummer: { $error }
notice-not-sent = inte skickat: { $error }
notice-ledger-failed = kassa: { $error }
notice-members-failed = medlemmar: { $error }
notice-error = fel: { $error }

# Conclave: Czech (Čeština).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = připojeno
status-reconnecting = znovu se připojuji… ({ $reason })
status-paused = pozastaveno: toto zařízení používá jiný příkaz conclave
pane-conversations = Konverzace
pane-unread = { $count ->
    [one] { $count } nepřečtená
    [few] { $count } nepřečtené
    [many] { $count } nepřečtených
   *[other] { $count } nepřečtených
}
pane-message = Zpráva
pane-none = Žádná konverzace
compose-hint = Tab nebo Enter pro psaní
empty-conversations = Zatím žádné konverzace. Začněte z příkazové řádky: conclave send USER TEXT
empty-messages = Zatím žádné zprávy. Pište níže a stiskněte Enter.
keys-short = Tab fokus · Enter odeslat · ^L účet · ^E položka · ^U členové · ? nápověda · q konec
keys-long = Tab fokus · Enter odeslat · Alt+Enter nový řádek · ^L účet · ^E přidat položku · ^U členové · ? nápověda · q konec
help-title = Nápověda (Esc)
help-focus = přecházet mezi konverzacemi, zprávami a řádkem psaní
help-choose = vybrat konverzaci; posouvat zprávy
help-scroll = posouvat zprávy
help-enter = odeslat (v řádku psaní); psát (jinde)
help-newline = nový řádek ve zprávě
help-ledger = společný účet konverzace: zůstatky, vyrovnání
help-add-entry = přidat položku
help-members = členové, jejich zařízení a bezpečnostní čísla
help-esc = zavřít panel; opustit řádek psaní
help-vim = klávesy jako ve vim (s --vim)
help-help = tato nápověda
help-quit = konec
ledger-title = Účet (Esc)
ledger-balances = Zůstatky
ledger-none = zatím žádné položky (Ctrl+E přidá)
ledger-settle = Vyrovnání
ledger-even = všichni jsou vyrovnáni
ledger-entries = Položky
members-title = Členové (Esc)
members-device = zařízení { $id }
members-you = vy
form-title = Přidat položku
form-kind = druh
form-amount = částka
form-currency = měna
form-from = od
form-split = rozdělení
form-to = komu
form-memo = poznámka
form-hint = druh: payment|debt · rozdělení: to|equal (komu: jeden člen nebo a,b,c)
form-keys = Tab další pole · Enter přidat · Esc zrušit
notice-sent = odesláno jako zpráva { $seq }
notice-entry-added = položka přidána jako zpráva { $seq }
notice-reconnected = znovu připojeno

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } píše…
typing-two = { $first } a { $second } píší…
typing-several = Píše několik lidí…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = nelze spustit: { $error }
cli-unexpected-response = neočekávaná odpověď { $response }
cli-invalid-option = neplatné { $option }
cli-invalid-option-value = neplatné { $option } { $value }
cli-invalid-duration = neplatná doba { $value } (např. 24h, 7d)
cli-not-invite-link = toto není odkaz s pozvánkou (odkaz zařízení patří k `conclave device join`)
cli-not-device-link = toto není odkaz zařízení (vytvořte ho příkazem `conclave device link` na svém stávajícím zařízení)
cli-joined = připojeno k { $server } jako { $user } (zařízení { $device }); účet platí do { $expires }
cli-linked = propojeno s { $server } jako { $user } (zařízení { $device }); účet platí do { $expires }
cli-malformed-renewal-code = chybný kód obnovení
cli-renewed = obnoveno: účet { $user } platí do { $expires }
cli-display-name-none = žádné zobrazované jméno: ostatní vidí { $user }
cli-whoami-account = účet
cli-whoami-device = zařízení
cli-whoami-server = server
cli-whoami-expires = vyprší
cli-whoami-invites = pozvánky
cli-whoami-admin = (správce)
cli-whoami-invites-left = zbývá { $count }
cli-whoami-no-quota = bez kvóty
cli-invite-in-browser = v prohlížeči: { $link }
cli-invite-created = pozvánka { $id } pro { $count ->
    [one] { $count } účet
    [few] { $count } účty
    [many] { $count } účtu
   *[other] { $count } účtů
}, platí do { $expires }
cli-no-invitations = žádné pozvánky
cli-invite-open = otevřená
cli-invite-used = použitá
cli-invite-expired = vypršelá
cli-invite-revoked = odvolaná
cli-invite-row = zbývá { $left }/{ $total }  vyprší { $expires }
cli-invite-give = zadejte id pozvánky (z `conclave invite list`), kód nebo odkaz
cli-revoked = odvoláno
cli-no-group = žádná skupina { $name }; `conclave group list` ukáže vaše
cli-no-conversation-with = žádná konverzace s { $name }; `conclave send { $name } TEXT` ji zahájí
cli-sent = odesláno do { $conversation } jako zpráva { $seq }
cli-warn-call-ignored = varování: signál hovoru { $seq } od { $sender } v { $conversation } ignorován: { $reason }
cli-history-note = (historie výše přišla z vašeho zařízení { $device }, odeslána { $at })
cli-warn-receipt-not-sent = varování: potvrzení o přečtení neodesláno: { $error }
cli-warn-delivery-unusable = varování: doručení { $seq } nelze použít: { $reason }
cli-history-imported = historie z vašeho zařízení { $device } (odeslána { $at }): { $entries ->
    [one] { $entries } záznam
    [few] { $entries } záznamy
    [many] { $entries } záznamu
   *[other] { $entries } záznamů
} v { $count ->
    [one] { $count } konverzaci
    [few] { $count } konverzacích
    [many] { $count } konverzace
   *[other] { $count } konverzacích
}
cli-warn-history-later = varování: historie z vašeho zařízení { $device } ještě nepřišla ({ $reason }); další příkaz to zkusí znovu
cli-warn-history-unusable = varování: historii z vašeho zařízení { $device } nelze použít: { $reason }
cli-warn-history-fetch = varování: nelze stáhnout historii, kterou poslalo vaše jiné zařízení: { $error }
cli-listen-handover = jiný příkaz conclave používá toto zařízení; čekám…
cli-listening-again = znovu naslouchám
cli-connection-lost = spojení ztraceno ({ $error }); připojuji znovu…
cli-group-created = vytvořena #{ $name } ({ $devices ->
    [one] { $devices } zařízení
    [few] { $devices } zařízení
    [many] { $devices } zařízení
   *[other] { $devices } zařízení
}, epocha { $epoch })
cli-group-added = { $users } přidáni do #{ $name }
cli-already-members = už jsou členy
cli-group-removed = { $users } odebráni z #{ $name }
cli-group-left = opustili jste #{ $name }
cli-no-conversations = žádné konverzace
cli-kind-group = skupina
cli-kind-direct = přímá
cli-kind-unnamed = bez názvu
cli-devices = { $devices ->
    [one] { $devices } zařízení
    [few] { $devices } zařízení
    [many] { $devices } zařízení
   *[other] { $devices } zařízení
}
cli-group-info = { $name }  epocha { $epoch }
cli-device = zařízení { $id }
cli-device-link-waiting = čekám, až se nové zařízení připojí (spusťte `conclave --home NEWDIR device join LINK`)…
cli-link-expired = odkaz vypršel dřív, než se zařízení připojilo
cli-device-joined = zařízení { $id } se připojilo; přidáno do { $added } z { $total ->
    [one] { $total } konverzace
    [few] { $total } konverzací
    [many] { $total } konverzace
   *[other] { $total } konverzací
}
cli-history-sent = posláno mu historii { $count ->
    [one] { $count } konverzace
    [few] { $count } konverzací
    [many] { $count } konverzace
   *[other] { $count } konverzací
} ({ $entries ->
    [one] { $entries } záznam
    [few] { $entries } záznamy
    [many] { $entries } záznamu
   *[other] { $entries } záznamů
}, { $kib } KiB, koncově šifrováno)
cli-history-none = žádná dřívější historie k odeslání
cli-warn-history-not-sent = varování: historie nebyla odeslána novému zařízení: { $error }
cli-device-added = přidáno { $at }
cli-device-added-this = přidáno { $at } (toto zařízení)
cli-device-removed = zařízení { $id } odebráno
cli-safety-changed = !!! VAROVÁNÍ: klíče uživatele { $user } se ZMĚNILY od vašeho ověření !!!
cli-safety-changed-compare = !!! Bylo přidáno nové zařízení nebo vyměněn klíč. Porovnejte bezpečnostní číslo znovu. !!!
cli-verified = { $user } je ověřen
cli-not-verified = { $user } zatím není ověřen
cli-safety-number = bezpečnostní číslo s { $user }:
cli-marked-verified = { $user } označen jako ověřený; budete varováni, pokud se jeho klíče změní
cli-replied = odpovězeno v { $conversation } jako zpráva { $seq }
cli-reacted = reakce v { $conversation } jako zpráva { $seq }
cli-reaction-taken-back = reakce vzata zpět v { $conversation } jako zpráva { $seq }
cli-edited = upraveno v { $conversation } jako zpráva { $seq }
cli-deleted = smazáno pro všechny v { $conversation } jako zpráva { $seq }
cli-forwarded = přeposláno v { $conversation } jako zpráva { $seq }
cli-timer-set = časovač nastaven v { $conversation } jako zpráva { $seq }
cli-timer-invalid = `{ $value }`: { $error }; zadejte off, 30s, 5m, 1h, 1d nebo 1w
cli-receipts-say-on-or-off = `{ $value }`: zadejte `on` nebo `off`
cli-receipts-on = potvrzení o přečtení zapnuta: toto zařízení říká ostatním, co jste četli, a ukazuje, co četli oni
cli-receipts-off = potvrzení o přečtení vypnuta: toto zařízení žádná neposílá a nikomu je neukazuje
cli-not-a-file = { $path } není soubor
cli-uploading = nahrávání
cli-downloading = stahování
cli-file-sent = odesláno { $file } ({ $size }) do { $conversation } jako zpráva { $seq }
cli-message-not-available = zpráva { $message } není k dispozici
cli-message-deleted = zpráva { $message } byla smazána
cli-message-not-a-file = zpráva { $message } v { $conversation } není soubor
cli-no-conversations-yet = zatím žádné konverzace
cli-files-in-several = { $message } označuje soubory ve více konverzacích: zadejte `conclave download CONVERSATION { $message }`
cli-too-many-files = příliš mnoho souborů tohoto jména; řekněte kam pomocí --output
cli-file-gone = server už tento soubor nemá: drží soubor, dokud si ho nestáhnou všechna zařízení konverzace, nejvýše { $days ->
    [one] { $days } den
    [few] { $days } dny
    [many] { $days } dne
   *[other] { $days } dní
}
cli-file-saved = uloženo { $file } ({ $size }) z { $conversation } [{ $seq }] jako { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE není platné UTF-8
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE je prázdné
cli-prompt-passphrase = Heslo
cli-prompt-again = Znovu
cli-reading-passphrase = čtení hesla
cli-passphrase-empty = prázdné heslo nic nechrání
cli-passphrases-differ = hesla se liší
cli-home-taken = { $dir } už obsahuje zařízení Conclave; pro nové použijte jiné --home (nebo CONCLAVE_HOME)
cli-cannot-create = nelze vytvořit { $path }
cli-cannot-remove = nelze odstranit { $path }
cli-cannot-write = nelze zapsat { $path }
cli-cannot-open = nelze otevřít { $path }
cli-cannot-listen = nelze naslouchat na { $address }
cli-no-device = v { $dir } není žádné zařízení Conclave — nejprve spusťte `conclave join LINK --name NAME`
cli-malformed-file = chybný { $path }
cli-device-key-missing = ve stavu chybí klíč zařízení
cli-device-key-malformed = chybný klíč zařízení
cli-fingerprint-malformed = device.json má chybný otisk
cli-lock-waiter-stopped = čekání na zámek skončilo
cli-lock-wait-cancelled = čekání na zámek zařízení bylo zrušeno
cli-lock-waiting = čekám na jiný proces conclave (pid { $pid }), který používá toto zařízení…
cli-lock-busy = jiný proces conclave (pid { $pid }) používá stav tohoto zařízení v { $dir } a nepředal ho do { $seconds } s; zastavte ho nebo počkejte, až skončí
cli-ledger-no-conversation = žádná konverzace „{ $name }“: zadejte '#skupina' nebo uživatelské jméno konverzace 1:1
cli-ledger-unreadable = varování: { $count ->
    [one] { $count } záznam pokladny zapsal novější Conclave a zde ho nelze přečíst; zůstatky ho vynechávají, dokud neaktualizujete
    [few] { $count } záznamy pokladny zapsal novější Conclave a zde je nelze přečíst; zůstatky je vynechávají, dokud neaktualizujete
    [many] { $count } záznamu pokladny zapsal novější Conclave a zde je nelze přečíst; zůstatky je vynechávají, dokud neaktualizujete
   *[other] { $count } záznamů pokladny zapsal novější Conclave a zde je nelze přečíst; zůstatky je vynechávají, dokud neaktualizujete
}
cli-ledger-handed-over = poznámka: toto zařízení se připojilo u zprávy { $seq }; záznamy před ní jsou tak, jak je předalo zařízení { $device } uživatele { $user }
cli-ledger-discrepancy = VAROVÁNÍ: zařízení { $device } uživatele { $user } předalo nováčkům pokladnu, která se liší od té na tomto zařízení (zpráva { $seq }): { $detail }
cli-ledger-to-or-split = zadejte buď --to, nebo --split
cli-ledger-stored-without-content = zpráva byla uložena bez obsahu
cli-ledger-missing-after-send = záznam po odeslání v pokladně chybí
cli-ledger-refused = záznam dorazil do konverzace jako zpráva { $seq }, ale každé zařízení ho tam odmítá: { $error }
cli-ledger-recorded = zapsáno { $id } v { $conversation }: { $description }
cli-ledger-empty = { $conversation }: zatím žádné záznamy
cli-ledger-title = pokladna { $conversation }
cli-ledger-reversed-tag = [stornováno]
cli-ledger-recorded-by = zapsal { $user } (zařízení { $device }) { $at }, zpráva { $seq }
cli-ledger-ref = ref. { $reference }
cli-ledger-reversed-by = stornoval { $user } ({ $id })
cli-ledger-reversed = stornováno ({ $id })
cli-ledger-balances-title = zůstatky { $conversation }
cli-ledger-is-owed = má dostat
cli-ledger-owes = dluží
cli-ledger-settled = vyrovnáno
cli-ledger-all-settled = vše vyrovnáno
cli-ledger-to-settle-up = k vyrovnání:
cli-ledger-pays = { $from } platí { $to } { $amount }
cli-writing = zápis { $path }
cli-writing-export = zápis exportu
cli-ledger-exported = exportováno { $count ->
    [one] { $count } záznam
    [few] { $count } záznamy
    [many] { $count } záznamu
   *[other] { $count } záznamů
} do { $path }
cli-not-a-call-id = { $value } není id hovoru (32 šestnáctkových znaků)
cli-no-call-running = v { $conversation } neprobíhá žádný hovor
cli-call-started = zahájen hovor { $call } v { $conversation }
cli-call-joined = připojeno k hovoru { $call } v { $conversation }
cli-call-left = opuštěn hovor { $call } v { $conversation }
cli-call-declined = odmítnut hovor { $call } v { $conversation }
cli-call-ended = ukončen hovor { $call } v { $conversation }
cli-call-not-in = toto zařízení není v hovoru { $call }
cli-call-not-ringing = hovor { $call } vám nezvoní (zvoní 45 s, dokud nepřijmete nebo neodmítnete)
cli-call-token = token hovoru { $call }, platí do { $expires }
cli-proxy-loopback-only = proxy běží bez ověřování, proto naslouchá jen na loopbacku (obdrženo { $address })
cli-proxy-no-directory = nelze stáhnout adresář relé: { $error }
cli-proxy-no-server = toto zařízení nezná žádný server
cli-proxy-circuit = okruh { $circuit }: vstup { $entry } → výstup { $exit } za { $ms } ms
cli-proxy-same-operator = varování: oba relé provozuje jeden operátor, takže rozdělení na dva skoky je zde jen formální
cli-proxy-circuit-failed = okruh selhal: { $error }
cli-proxy-stream-refused = spojení odmítnuto: { $reason }
cli-proxy-listening = Soukromé prohlížení na socks5://{ $address } a http://{ $address } (CONNECT). Nasměrujte na něj prohlížeč, např.
cli-proxy-two-relays = Každé spojení nesou dvě relé: vstup vidí vaši adresu, výstup web; žádné obojí. Nechráněno: spolčení obou relé nebo pozorovatel časování na obou koncích.
cli-proxy-first-circuit-failed = první okruh selhal (zkusí se znovu při prvním spojení): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } okruh
    [few] { $circuits } okruhy
    [many] { $circuits } okruhu
   *[other] { $circuits } okruhů
}, { $streams ->
    [one] { $streams } proud
    [few] { $streams } proudy
    [many] { $streams } proudu
   *[other] { $streams } proudů
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = zastaveno: sestaveno { $circuits ->
    [one] { $circuits } okruh
    [few] { $circuits } okruhy
    [many] { $circuits } okruhu
   *[other] { $circuits } okruhů
}, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = server nedokázal přečíst, co tento program poslal; aktualizujte Conclave
server-error-unsupported-version = server mluví jinou verzí protokolu Conclave; aktualizujte Conclave
server-error-frame-too-large = to, co tento program poslal, je pro server příliš velké
server-error-not-authenticated = server ukončil relaci dřív, než se toto zařízení přihlásilo; zkuste to znovu
server-error-already-authenticated = toto zařízení se v jedné relaci přihlásilo dvakrát; zkuste to znovu
server-error-auth-failed = server toto zařízení nepřijímá: bylo odebráno ze svého účtu, nebo jeho klíč nesouhlasí
server-error-invite-unknown = tato pozvánka neexistuje; zkontrolujte odkaz
server-error-invite-used = tato pozvánka už byla použita; požádejte o novou
server-error-invite-expired = platnost této pozvánky vypršela; požádejte o novou
server-error-invite-revoked = tato pozvánka byla zrušena; požádejte o novou
server-error-username-taken = toto uživatelské jméno je obsazené; zvolte jiné
server-error-username-invalid = server toto uživatelské jméno nepřijímá
server-error-device-key-taken = klíč tohoto zařízení už je zaregistrován
server-error-account-disabled = váš účet zablokoval provozovatel serveru
server-error-account-expired = platnost účtu { $user } vypršela { $date }; požádejte správce o kód pro prodloužení
server-error-account-expired-plain = platnost vašeho účtu vypršela; požádejte správce o kód pro prodloužení
server-error-renewal-unknown = tento kód pro prodloužení neexistuje
server-error-renewal-used = tento kód pro prodloužení už byl použit
server-error-renewal-expired = platnost tohoto kódu pro prodloužení vypršela; požádejte správce o nový
server-error-forbidden = server to nepovoluje
server-error-not-found = server nezná to, na co se ptáte
server-error-no-account = žádný účet jménem { $name }
server-error-invalid-argument = server odmítl požadavek jako neplatný
server-error-quota-exceeded = kvóta pozvánek vyčerpána: udělili jste { $used } z { $quota } použití pozvánek, zbývá { $left }
server-error-quota-exceeded-plain = vaše kvóta pozvánek je vyčerpána
server-error-queue-full = fronta přijímajícího zařízení je plná; musí se připojit a dohnat zpoždění
server-error-rate-limited = příliš mnoho požadavků; zkuste to znovu za { $seconds } s
server-error-rate-limited-plain = příliš mnoho požadavků; zkuste to za chvíli znovu
server-error-too-many-connections = server je na svém limitu připojení; zkuste to později
server-error-limit-exceeded = tím se překračuje limit serveru
server-error-stale-epoch = konverzace se ve stejné chvíli změnila; zkuste to znovu
server-error-not-member = toto zařízení není členem té konverzace
server-error-no-key-package = přidávané zařízení nemá na serveru žádné balíčky klíčů; nejdřív se musí připojit
server-error-device-link-invalid = tento odkaz zařízení je neznámý, použitý nebo jeho platnost vypršela; vytvořte nový na zařízení účtu
server-error-shutting-down = server se vypíná; zkuste to za chvíli znovu
server-error-internal = na serveru nastala vnitřní chyba; zkuste to později
server-error-unavailable = server tuto službu nenabízí
server-error-fell-behind = zařízení v této konverzaci zaostalo a čeká, až ho některý člen znovu přidá
server-error-relay-tokens-used-up = dnešní příděl pro soukromé prohlížení je vyčerpán; obnoví se v 00:00 UTC
server-error-relay-tokens-unavailable = tento server nenabízí soukromé prohlížení
server-error-call-tokens-unavailable = tento server nenabízí hovory
server-error-unknown-code = server odmítl (chyba { $code })
server-error-unsupported = server tento požadavek nezná: běží na starší verzi Conclave
cli-server-account-expired = platnost účtu { $user } vypršela { $date }; požádejte správce o kód pro prodloužení a spusťte `conclave renew CODE`
cli-server-account-expired-plain = platnost vašeho účtu vypršela; požádejte správce o kód pro prodloužení a spusťte `conclave renew CODE`
cli-client-connect = nelze se připojit k { $address }: { $reason }
cli-client-pin-mismatch = certifikát TLS serveru neodpovídá připnutému otisku (očekáváno { $expected }, obdrženo { $got }); může jít o útok, nebo se certifikát serveru změnil
cli-client-timeout = vypršel čas při čekání na server
cli-client-closed = spojení bylo ukončeno
cli-client-closed-because = spojení bylo ukončeno: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (odpověď) { $text }
preview-reaction = (reakce) { $emoji }
preview-edit = (upraveno) { $text }
preview-deleted = (zpráva smazána)
preview-receipt = (přečteno po { $seq })
preview-conversation-started = (konverzace zahájena)
preview-group = (skupina #{ $name })
preview-file = (soubor) { $name } ({ $size ->
    [one] { $size } bajt
    [few] { $size } bajty
    [many] { $size } bajtu
   *[other] { $size } bajtů
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (přeposláno) { $text }
preview-timer-off = (mizející zprávy vypnuty)
preview-timer = (mizející zprávy: { $time })
preview-display-name-cleared = (zobrazované jméno odstraněno)
preview-display-name = (zobrazované jméno: { $name })
preview-call-started-audio = (hovor) zahájen hlasový hovor { $call }
preview-call-started-video = (hovor) zahájen videohovor { $call }
preview-call-ringing = (hovor) vyzvání { $call }
preview-call-answered = (hovor) přijat { $call }
preview-call-declined = (hovor) odmítnut { $call }
preview-call-joined = (hovor) připojení k { $call }
preview-call-left = (hovor) opuštěn { $call }
preview-call-ended = (hovor) ukončen { $call }
preview-call-unreadable = (nečitelný signál hovoru: { $reason })
preview-ledger = (pokladna) { $entry }
preview-ledger-handover = (pokladna) { $count ->
    [one] { $count } dřívější záznam předán
    [few] { $count } dřívější záznamy předány
    [many] { $count } dřívějšího záznamu předáno
   *[other] { $count } dřívějších záznamů předáno
} připojeným zařízením (část { $part } z { $parts })
preview-ledger-unreadable = (nečitelný záznam pokladny: { $reason })
ledger-payment-to = { $from } zaplatil(a) { $names } { $money }
ledger-payment-equal = { $from } zaplatil(a) { $money } za { $names } (rovným dílem)
ledger-payment-exact = { $from } zaplatil(a) { $money } za { $names } (rozdělení { $shares })
ledger-payment-weights = { $from } zaplatil(a) { $money } za { $names } (rozdělení podle vah { $weights })
ledger-debt-to = { $names } dluží { $from } { $money }
ledger-debt-equal = { $names } dluží { $from } { $money } (rovným dílem)
ledger-debt-exact = { $names } dluží { $from } { $money } (rozdělení { $shares })
ledger-debt-weights = { $names } dluží { $from } { $money } (rozdělení podle vah { $weights })
ledger-reversed-entry = záznam { $id } stornován
ledger-with-memo = { $entry }: { $memo }
ledger-refused = odmítnuto: { $entry } ({ $error })
ledger-refused-plain = odmítnuto: { $error }
ledger-unreadable = nečitelné: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = se připojil(a)
history-unreadable = nečitelná zpráva ({ $reason })
history-fell-behind = toto zařízení zde zaostalo a zmeškalo zprávy; bude znovu přidáno, až některý člen příště něco pošle
history-fell-behind-long = Toto zařízení zde zaostalo (jeho fronta na serveru byla plná) a od tohoto místa zmeškalo zprávy; bude znovu přidáno, až některý člen příště něco pošle.
history-added = přidal(a) { $names }
history-removed = odebral(a) { $names }
history-added-removed = přidal(a) { $added }; odebral(a) { $removed }
history-keys-updated = aktualizoval(a) klíče
history-deleted = (smazáno)
preview-photo = Fotka: { $name }
preview-voice-note = Hlasová zpráva: { $name }
preview-file-named = Soubor: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = časovač mizejících zpráv je buď vypnutý, nebo od { $min } s do 4 týdnů ({ $max } s); { $secs } s není povoleno
refused-one-to-one-self = konverzace 1:1 vyžaduje jiný účet
refused-group-exists = už máte skupinu s názvem #{ $name }
refused-remove-self = konverzaci opustíte příkazem `leave`
refused-not-members = žádný z nich není členem
refused-no-key-packages = žádné z přidávaných zařízení zatím nezveřejnilo balíčky klíčů
refused-busy = skupina je příliš vytížená; zkuste to znovu
refused-not-in-conversation = nejste členem této konverzace
refused-fell-behind = toto zařízení v této konverzaci zaostalo (jeho fronta na serveru byla plná); bude znovu přidáno, až jiný člen příště něco pošle
refused-server-too-old-for-timer = zprávy této konverzace mizí a server je příliš starý na to, aby je nechal vypršet ve své frontě (revize protokolu 1): aktualizujte server, nebo vypněte časovač
refused-call-running = v této konverzaci probíhá hovor ({ $call }, zahájil { $caller }): připojte se k němu
refused-display-name-too-long = maximální počet znaků zobrazovaného jména je { $max } (zadáno { $given })
refused-display-name-invisible = zobrazované jméno nesmí obsahovat řídicí znaky, znaky přepisující směr textu ani neviditelné znaky ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = chyba: { $message }
cli-usage-invalid-value = neplatná hodnota { $value } pro { $arg }
cli-usage-value-required = { $arg } vyžaduje hodnotu, ale žádná nebyla zadána
cli-usage-invalid-value-because = neplatná hodnota { $value } pro { $arg }: { $reason }
cli-usage-possible-values = možné hodnoty: { $values }
cli-usage-unknown-argument = nalezen neočekávaný argument { $arg }
cli-usage-unknown-subcommand = nerozpoznaný podpříkaz { $command }
cli-usage-missing-arguments = nebyly zadány tyto povinné argumenty: { $args }
cli-usage-missing-subcommand = příkaz { $command } vyžaduje podpříkaz, ale žádný nebyl zadán
cli-usage-subcommands = podpříkazy: { $values }
cli-usage-too-many-values = nalezena neočekávaná hodnota { $value } pro { $arg }; další hodnoty se neočekávaly
cli-usage-conflict = argument { $arg } nelze použít společně s { $other }
cli-usage-used-twice = argument { $arg } nelze použít vícekrát
cli-usage-similar-subcommand = tip: existuje podobný podpříkaz: { $names }
cli-usage-similar-argument = tip: existuje podobný argument: { $names }
cli-usage-similar-value = tip: existuje podobná hodnota: { $names }
cli-usage-more = Pro více informací zkuste { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = bezpečnostní číslo { $number }
members-safety-number-verified = bezpečnostní číslo { $number } (ověřeno)
members-no-safety-number = žádné bezpečnostní číslo: { $error }
notice-not-sent = neodesláno: { $error }
notice-ledger-failed = účet: { $error }
notice-members-failed = členové: { $error }
notice-error = chyba: { $error }

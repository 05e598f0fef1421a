# Conclave: Polish (Polski).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = połączono
status-reconnecting = ponowne łączenie… ({ $reason })
status-paused = wstrzymano: inne polecenie conclave używa tego urządzenia
pane-conversations = Rozmowy
pane-unread = { $count ->
    [one] { $count } nieprzeczytana
    [few] { $count } nieprzeczytane
    [many] { $count } nieprzeczytanych
   *[other] { $count } nieprzeczytanych
}
pane-message = Wiadomość
pane-none = Brak rozmowy
compose-hint = Tab lub Enter, aby pisać
empty-conversations = Brak rozmów. Zacznij jedną z wiersza poleceń: conclave send USER TEXT
empty-messages = Brak wiadomości. Pisz poniżej i naciśnij Enter.
keys-short = Tab fokus · Enter wyślij · ^L rozliczenia · ^E wpis · ^U członkowie · ? pomoc · q wyjdź
keys-long = Tab fokus · Enter wyślij · Alt+Enter nowy wiersz · ^L rozliczenia · ^E dodaj wpis · ^U członkowie · ? pomoc · q wyjdź
help-title = Pomoc (Esc)
help-focus = przechodzenie między rozmowami, wiadomościami i polem pisania
help-choose = wybór rozmowy; przewijanie wiadomości
help-scroll = przewijanie wiadomości
help-enter = wyślij (w polu pisania); pisz (gdzie indziej)
help-newline = nowy wiersz w wiadomości
help-ledger = rozliczenia rozmowy: salda, wyrównanie
help-add-entry = dodaj wpis
help-members = członkowie, ich urządzenia i numery bezpieczeństwa
help-esc = zamknij panel; opuść pole pisania
help-vim = klawisze jak w vim (z --vim)
help-help = ta pomoc
help-quit = wyjdź
ledger-title = Rozliczenia (Esc)
ledger-balances = Salda
ledger-none = brak wpisów (Ctrl+E dodaje wpis)
ledger-settle = Wyrównanie
ledger-even = wszyscy są kwita
ledger-entries = Wpisy
members-title = Członkowie (Esc)
members-device = urządzenie { $id }
members-you = ty
form-title = Dodaj wpis
form-kind = rodzaj
form-amount = kwota
form-currency = waluta
form-from = od
form-split = podział
form-to = dla
form-memo = notatka
form-hint = rodzaj: payment|debt · podział: to|equal (dla: jeden członek lub a,b,c)
form-keys = Tab następne pole · Enter dodaj · Esc anuluj
notice-sent = wysłano jako wiadomość { $seq }
notice-entry-added = dodano wpis jako wiadomość { $seq }
notice-reconnected = połączono ponownie

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } pisze…
typing-two = { $first } i { $second } piszą…
typing-several = Kilka osób pisze…

## Calls in the history
call-held-audio = Połączenie, { $duration }, { $people ->
    [one] { $people } osoba
    [few] { $people } osoby
    [many] { $people } osób
   *[other] { $people } osoby
}
call-held-video = Połączenie wideo, { $duration }, { $people ->
    [one] { $people } osoba
    [few] { $people } osoby
    [many] { $people } osób
   *[other] { $people } osoby
}
call-missed-audio = Nieodebrane połączenie od { $from }
call-missed-video = Nieodebrane połączenie wideo od { $from }
call-missed-declined-audio = Nieodebrane połączenie od { $from } (odrzucone)
call-missed-declined-video = Nieodebrane połączenie wideo od { $from } (odrzucone)
call-not-answered-audio = Połączenie nieodebrane
call-not-answered-video = Połączenie wideo nieodebrane
call-declined-by-audio = Połączenie odrzucone przez { $names }
call-declined-by-video = Połączenie wideo odrzucone przez { $names }
call-ringing-audio = { $caller } dzwoni (połączenie)
call-ringing-video = { $caller } dzwoni (połączenie wideo)
call-in-progress-audio = Trwa połączenie, { $count ->
    [one] { $count } osoba
    [few] { $count } osoby
    [many] { $count } osób
   *[other] { $count } osoby
} w środku ({ $names })
call-in-progress-video = Trwa połączenie wideo, { $count ->
    [one] { $count } osoba
    [few] { $count } osoby
    [many] { $count } osób
   *[other] { $count } osoby
} w środku ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } godz. { $min } min

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = nie można uruchomić: { $error }
cli-unexpected-response = nieoczekiwana odpowiedź { $response }
cli-invalid-option = nieprawidłowe { $option }
cli-invalid-option-value = nieprawidłowe { $option } { $value }
cli-invalid-duration = nieprawidłowy czas { $value } (np. 24h, 7d)
cli-not-invite-link = to nie jest link z zaproszeniem (link urządzenia służy do `conclave device join`)
cli-not-device-link = to nie jest link urządzenia (utwórz go przez `conclave device link` na swoim obecnym urządzeniu)
cli-joined = dołączono do { $server } jako { $user } (urządzenie { $device }); konto ważne do { $expires }
cli-linked = połączono z { $server } jako { $user } (urządzenie { $device }); konto ważne do { $expires }
cli-malformed-renewal-code = nieprawidłowy kod odnowienia
cli-renewed = odnowiono: konto { $user } jest ważne do { $expires }
cli-display-name-none = brak nazwy wyświetlanej: inni widzą { $user }
cli-whoami-account = konto
cli-whoami-device = urządzenie
cli-whoami-server = serwer
cli-whoami-expires = wygasa
cli-whoami-invites = zaproszenia
cli-whoami-admin = (administrator)
cli-whoami-invites-left = zostało { $count }
cli-whoami-no-quota = bez limitu
cli-invite-in-browser = w przeglądarce: { $link }
cli-invite-created = zaproszenie { $id } dla { $count ->
    [one] { $count } konta
    [few] { $count } kont
    [many] { $count } kont
   *[other] { $count } konta
}, ważne do { $expires }
cli-no-invitations = brak zaproszeń
cli-invite-open = otwarte
cli-invite-used = użyte
cli-invite-expired = wygasłe
cli-invite-revoked = odwołane
cli-invite-row = zostało { $left }/{ $total }  wygasa { $expires }
cli-invite-give = podaj id zaproszenia (z `conclave invite list`), kod lub link
cli-revoked = odwołane
cli-no-group = brak grupy { $name }; `conclave group list` pokazuje twoje
cli-no-conversation-with = brak rozmowy z { $name }; `conclave send { $name } TEXT` ją rozpoczyna
cli-sent = wysłano do { $conversation } jako wiadomość { $seq }
cli-warn-call-ignored = ostrzeżenie: sygnał połączenia { $seq } od { $sender } w { $conversation } zignorowany: { $reason }
cli-history-note = (powyższa historia pochodzi z twojego urządzenia { $device }, wysłana { $at })
cli-warn-receipt-not-sent = ostrzeżenie: nie wysłano potwierdzenia odczytu: { $error }
cli-warn-delivery-unusable = ostrzeżenie: nie można użyć dostawy { $seq }: { $reason }
cli-history-imported = historia z twojego urządzenia { $device } (wysłana { $at }): { $entries ->
    [one] { $entries } wpis
    [few] { $entries } wpisy
    [many] { $entries } wpisów
   *[other] { $entries } wpisu
} w { $count ->
    [one] { $count } rozmowie
    [few] { $count } rozmowach
    [many] { $count } rozmowach
   *[other] { $count } rozmowy
}
cli-warn-history-later = ostrzeżenie: historia z twojego urządzenia { $device } jeszcze nie dotarła ({ $reason }); następne polecenie spróbuje ponownie
cli-warn-history-unusable = ostrzeżenie: nie można użyć historii z twojego urządzenia { $device }: { $reason }
cli-warn-history-fetch = ostrzeżenie: nie udało się pobrać historii wysłanej przez twoje inne urządzenie: { $error }
cli-listen-handover = inne polecenie conclave używa tego urządzenia; czekam…
cli-listening-again = znów nasłuchuję
cli-connection-lost = utracono połączenie ({ $error }); łączę ponownie…
cli-group-created = utworzono #{ $name } ({ $devices ->
    [one] { $devices } urządzenie
    [few] { $devices } urządzenia
    [many] { $devices } urządzeń
   *[other] { $devices } urządzenia
}, epoka { $epoch })
cli-group-added = dodano { $users } do #{ $name }
cli-already-members = już są członkami
cli-group-removed = usunięto { $users } z #{ $name }
cli-group-left = opuszczono #{ $name }
cli-no-conversations = brak rozmów
cli-kind-group = grupa
cli-kind-direct = bezpośrednia
cli-kind-unnamed = bez nazwy
cli-devices = { $devices ->
    [one] { $devices } urządzenie
    [few] { $devices } urządzenia
    [many] { $devices } urządzeń
   *[other] { $devices } urządzenia
}
cli-group-info = { $name }  epoka { $epoch }
cli-device = urządzenie { $id }
cli-device-link-waiting = czekam, aż nowe urządzenie dołączy (uruchom `conclave --home NEWDIR device join LINK`)…
cli-link-expired = link wygasł, zanim urządzenie dołączyło
cli-device-joined = urządzenie { $id } dołączyło; dodano do { $added } z { $total ->
    [one] { $total } rozmowy
    [few] { $total } rozmów
    [many] { $total } rozmów
   *[other] { $total } rozmowy
}
cli-history-sent = wysłano mu historię { $count ->
    [one] { $count } rozmowy
    [few] { $count } rozmów
    [many] { $count } rozmów
   *[other] { $count } rozmowy
} ({ $entries ->
    [one] { $entries } wpis
    [few] { $entries } wpisy
    [many] { $entries } wpisów
   *[other] { $entries } wpisu
}, { $kib } KiB, szyfrowane end-to-end)
cli-history-none = brak wcześniejszej historii do wysłania
cli-warn-history-not-sent = ostrzeżenie: historia nie została wysłana do nowego urządzenia: { $error }
cli-device-added = dodane { $at }
cli-device-added-this = dodane { $at } (to urządzenie)
cli-device-removed = usunięto urządzenie { $id }
cli-safety-changed = !!! OSTRZEŻENIE: klucze { $user } ZMIENIŁY SIĘ od czasu twojej weryfikacji !!!
cli-safety-changed-compare = !!! Dodano nowe urządzenie lub wymieniono klucz. Porównaj ponownie numer bezpieczeństwa. !!!
cli-verified = { $user } jest zweryfikowany
cli-not-verified = { $user } nie jest jeszcze zweryfikowany
cli-safety-number = numer bezpieczeństwa z { $user }:
cli-marked-verified = oznaczono { $user } jako zweryfikowanego; dostaniesz ostrzeżenie, jeśli jego klucze się zmienią
cli-replied = odpowiedziano w { $conversation } jako wiadomość { $seq }
cli-reacted = zareagowano w { $conversation } jako wiadomość { $seq }
cli-reaction-taken-back = cofnięto reakcję w { $conversation } jako wiadomość { $seq }
cli-edited = zmieniono w { $conversation } jako wiadomość { $seq }
cli-deleted = usunięto dla wszystkich w { $conversation } jako wiadomość { $seq }
cli-forwarded = przekazano w { $conversation } jako wiadomość { $seq }
cli-timer-set = ustawiono minutnik w { $conversation } jako wiadomość { $seq }
cli-timer-invalid = `{ $value }`: { $error }; podaj off, 30s, 5m, 1h, 1d lub 1w
cli-receipts-say-on-or-off = `{ $value }`: podaj `on` lub `off`
cli-receipts-on = potwierdzenia odczytu włączone: to urządzenie mówi innym, co przeczytałeś, i pokazuje, co oni przeczytali
cli-receipts-off = potwierdzenia odczytu wyłączone: to urządzenie nie wysyła żadnych i nie pokazuje niczyich
cli-not-a-file = { $path } nie jest plikiem
cli-uploading = wysyłanie
cli-downloading = pobieranie
cli-file-sent = wysłano { $file } ({ $size }) do { $conversation } jako wiadomość { $seq }
cli-message-not-available = wiadomość { $message } jest niedostępna
cli-message-deleted = wiadomość { $message } została usunięta
cli-message-not-a-file = wiadomość { $message } w { $conversation } nie jest plikiem
cli-no-conversations-yet = jeszcze brak rozmów
cli-files-in-several = { $message } wskazuje pliki w kilku rozmowach: podaj `conclave download CONVERSATION { $message }`
cli-too-many-files = za dużo plików o tej nazwie; wskaż miejsce przez --output
cli-file-gone = serwer nie ma już tego pliku: trzyma plik, aż pobierze go każde urządzenie w rozmowie, najwyżej { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
}
cli-file-saved = zapisano { $file } ({ $size }) z { $conversation } [{ $seq }] jako { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE nie jest poprawnym UTF-8
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE jest puste
cli-prompt-passphrase = Hasło
cli-prompt-again = Jeszcze raz
cli-reading-passphrase = odczyt hasła
cli-passphrase-empty = puste hasło niczego nie chroni
cli-passphrases-differ = hasła się różnią
cli-home-taken = { $dir } zawiera już urządzenie Conclave; użyj innego --home (lub CONCLAVE_HOME) dla nowego
cli-cannot-create = nie można utworzyć { $path }
cli-cannot-remove = nie można usunąć { $path }
cli-cannot-write = nie można zapisać { $path }
cli-cannot-open = nie można otworzyć { $path }
cli-cannot-listen = nie można nasłuchiwać na { $address }
cli-no-device = brak urządzenia Conclave w { $dir } — najpierw uruchom `conclave join LINK --name NAME`
cli-malformed-file = nieprawidłowy { $path }
cli-device-key-missing = w stanie brakuje klucza urządzenia
cli-device-key-malformed = nieprawidłowy klucz urządzenia
cli-fingerprint-malformed = device.json ma nieprawidłowy odcisk
cli-lock-waiter-stopped = oczekiwanie na blokadę zostało przerwane
cli-lock-wait-cancelled = anulowano oczekiwanie na blokadę urządzenia
cli-lock-waiting = czekam na inny proces conclave (pid { $pid }), który używa tego urządzenia…
cli-lock-busy = inny proces conclave (pid { $pid }) używa stanu tego urządzenia w { $dir } i nie oddał go w ciągu { $seconds } s; zatrzymaj go lub poczekaj, aż skończy
cli-ledger-no-conversation = brak rozmowy „{ $name }”: podaj '#grupa' lub nazwę użytkownika rozmowy 1:1
cli-ledger-unreadable = ostrzeżenie: { $count ->
    [one] { $count } wpis rozliczeń został zapisany przez nowszy Conclave i nie da się go tu odczytać; salda go pomijają do aktualizacji
    [few] { $count } wpisy rozliczeń zostały zapisane przez nowszy Conclave i nie da się ich tu odczytać; salda je pomijają do aktualizacji
    [many] { $count } wpisów rozliczeń zostało zapisanych przez nowszy Conclave i nie da się ich tu odczytać; salda je pomijają do aktualizacji
   *[other] { $count } wpisu rozliczeń zapisano nowszym Conclave i nie da się ich tu odczytać; salda je pomijają do aktualizacji
}
cli-ledger-handed-over = uwaga: to urządzenie dołączyło przy wiadomości { $seq }; wcześniejsze wpisy są takie, jak przekazało je urządzenie { $device } użytkownika { $user }
cli-ledger-discrepancy = OSTRZEŻENIE: urządzenie { $device } użytkownika { $user } przekazało nowym rozliczenia inne niż na tym urządzeniu (wiadomość { $seq }): { $detail }
cli-ledger-to-or-split = podaj --to albo --split
cli-ledger-stored-without-content = wiadomość zapisano bez treści
cli-ledger-missing-after-send = po wysłaniu wpisu brak w rozliczeniach
cli-ledger-refused = wpis dotarł do rozmowy jako wiadomość { $seq }, ale każde urządzenie go tam odrzuca: { $error }
cli-ledger-recorded = zapisano { $id } w { $conversation }: { $description }
cli-ledger-empty = { $conversation }: jeszcze brak wpisów
cli-ledger-title = rozliczenia { $conversation }
cli-ledger-reversed-tag = [stornowany]
cli-ledger-recorded-by = zapisał { $user } (urządzenie { $device }) { $at }, wiadomość { $seq }
cli-ledger-ref = ref. { $reference }
cli-ledger-reversed-by = stornował { $user } ({ $id })
cli-ledger-reversed = stornowany ({ $id })
cli-ledger-balances-title = salda { $conversation }
cli-ledger-is-owed = ma dostać
cli-ledger-owes = jest winien
cli-ledger-settled = rozliczony
cli-ledger-all-settled = wszyscy rozliczeni
cli-ledger-to-settle-up = do rozliczenia:
cli-ledger-pays = { $from } płaci { $to } { $amount }
cli-writing = zapis { $path }
cli-writing-export = zapis eksportu
cli-ledger-exported = wyeksportowano { $count ->
    [one] { $count } wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisu
} do { $path }
cli-not-a-call-id = { $value } nie jest id połączenia (32 znaki szesnastkowe)
cli-no-call-running = w { $conversation } nie trwa żadne połączenie
cli-call-started = rozpoczęto połączenie { $call } w { $conversation }
cli-call-joined = dołączono do połączenia { $call } w { $conversation }
cli-call-left = opuszczono połączenie { $call } w { $conversation }
cli-call-declined = odrzucono połączenie { $call } w { $conversation }
cli-call-ended = zakończono połączenie { $call } w { $conversation }
cli-call-not-in = to urządzenie nie uczestniczy w połączeniu { $call }
cli-call-not-ringing = połączenie { $call } nie dzwoni do ciebie (dzwoni 45 s, aż odbierzesz lub odrzucisz)
cli-call-token = token połączenia { $call }, ważny do { $expires }
cli-proxy-loopback-only = proxy działa bez uwierzytelniania, więc nasłuchuje tylko na loopback (otrzymano { $address })
cli-proxy-no-directory = nie można pobrać katalogu przekaźników: { $error }
cli-proxy-no-server = to urządzenie nie zna żadnego serwera
cli-proxy-circuit = obwód { $circuit }: wejście { $entry } → wyjście { $exit } w { $ms } ms
cli-proxy-same-operator = ostrzeżenie: jeden operator prowadzi oba przekaźniki, więc podział na dwa skoki jest tu tylko nominalny
cli-proxy-circuit-failed = obwód nie powiódł się: { $error }
cli-proxy-stream-refused = połączenie odrzucone: { $reason }
cli-proxy-listening = Prywatne przeglądanie na socks5://{ $address } i http://{ $address } (CONNECT). Skieruj tam przeglądarkę, np.
cli-proxy-two-relays = Dwa przekaźniki niosą każde połączenie: wejście widzi twój adres, wyjście stronę; żaden obu. Bez ochrony: zmowa obu przekaźników lub obserwator czasów po obu stronach.
cli-proxy-first-circuit-failed = pierwszy obwód nie powiódł się (ponowiony przy pierwszym połączeniu): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } obwód
    [few] { $circuits } obwody
    [many] { $circuits } obwodów
   *[other] { $circuits } obwodu
}, { $streams ->
    [one] { $streams } strumień
    [few] { $streams } strumienie
    [many] { $streams } strumieni
   *[other] { $streams } strumienia
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = zatrzymano: zbudowano { $circuits ->
    [one] { $circuits } obwód
    [few] { $circuits } obwody
    [many] { $circuits } obwodów
   *[other] { $circuits } obwodu
}, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = serwer nie mógł odczytać tego, co wysłał ten program; zaktualizuj Conclave
server-error-unsupported-version = serwer używa innej wersji protokołu Conclave; zaktualizuj Conclave
server-error-frame-too-large = to, co wysłał ten program, jest za duże dla serwera
server-error-not-authenticated = serwer zakończył sesję, zanim to urządzenie się zalogowało; spróbuj ponownie
server-error-already-authenticated = to urządzenie zalogowało się dwa razy w jednej sesji; spróbuj ponownie
server-error-auth-failed = serwer nie przyjmuje tego urządzenia: zostało usunięte ze swojego konta albo jego klucz się nie zgadza
server-error-invite-unknown = to zaproszenie nie istnieje; sprawdź link
server-error-invite-used = to zaproszenie zostało już użyte; poproś o nowe
server-error-invite-expired = to zaproszenie wygasło; poproś o nowe
server-error-invite-revoked = to zaproszenie zostało odwołane; poproś o nowe
server-error-username-taken = ta nazwa użytkownika jest zajęta; wybierz inną
server-error-username-invalid = serwer nie przyjmuje tej nazwy użytkownika
server-error-device-key-taken = klucz tego urządzenia jest już zarejestrowany
server-error-account-disabled = twoje konto zostało wyłączone przez operatora serwera
server-error-account-expired = konto { $user } wygasło { $date }; poproś administratora o kod odnowienia
server-error-account-expired-plain = twoje konto wygasło; poproś administratora o kod odnowienia
server-error-renewal-unknown = ten kod odnowienia nie istnieje
server-error-renewal-used = ten kod odnowienia został już użyty
server-error-renewal-expired = ten kod odnowienia wygasł; poproś administratora o nowy
server-error-forbidden = serwer na to nie pozwala
server-error-not-found = serwer nie zna tego, o co zapytano
server-error-no-account = brak konta o nazwie { $name }
server-error-invalid-argument = serwer odrzucił żądanie jako nieprawidłowe
server-error-quota-exceeded = limit zaproszeń osiągnięty: wykorzystano { $used } z { $quota } użyć zaproszeń, pozostało { $left }
server-error-quota-exceeded-plain = twój limit zaproszeń jest wyczerpany
server-error-queue-full = kolejka urządzenia odbiorcy jest pełna; musi się połączyć i nadrobić zaległości
server-error-rate-limited = zbyt wiele żądań; spróbuj ponownie za { $seconds } s
server-error-rate-limited-plain = zbyt wiele żądań; spróbuj ponownie za chwilę
server-error-too-many-connections = serwer osiągnął limit połączeń; spróbuj później
server-error-limit-exceeded = to przekracza limit serwera
server-error-stale-epoch = rozmowa zmieniła się w tej samej chwili; spróbuj ponownie
server-error-not-member = to urządzenie nie jest członkiem tej rozmowy
server-error-no-key-package = dodawane urządzenie nie ma pakietów kluczy na serwerze; najpierw musi się połączyć
server-error-device-link-invalid = ten link urządzenia jest nieznany, użyty lub wygasł; utwórz nowy na urządzeniu tego konta
server-error-shutting-down = serwer się wyłącza; spróbuj ponownie za chwilę
server-error-internal = serwer napotkał błąd wewnętrzny; spróbuj później
server-error-unavailable = serwer tego nie oferuje
server-error-fell-behind = urządzenie zostało w tyle w tej rozmowie i czeka, aż członek doda je ponownie
server-error-relay-tokens-used-up = dzisiejszy przydział na prywatne przeglądanie się wyczerpał; odnawia się o 00:00 UTC
server-error-relay-tokens-unavailable = ten serwer nie oferuje prywatnego przeglądania
server-error-call-tokens-unavailable = ten serwer nie oferuje połączeń
server-error-unknown-code = serwer odmówił (błąd { $code })
server-error-unsupported = serwer nie zna tego żądania: działa na starszej wersji Conclave
cli-server-account-expired = konto { $user } wygasło { $date }; poproś administratora o kod odnowienia i uruchom `conclave renew CODE`
cli-server-account-expired-plain = twoje konto wygasło; poproś administratora o kod odnowienia i uruchom `conclave renew CODE`
cli-client-connect = nie można połączyć się z { $address }: { $reason }
cli-client-pin-mismatch = certyfikat TLS serwera nie zgadza się z przypiętym odciskiem (oczekiwano { $expected }, otrzymano { $got }); to może być atak albo certyfikat serwera się zmienił
cli-client-timeout = przekroczono czas oczekiwania na serwer
cli-client-closed = połączenie zostało zamknięte
cli-client-closed-because = połączenie zostało zamknięte: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (odpowiedź) { $text }
preview-reaction = (reakcja) { $emoji }
preview-edit = (edytowano) { $text }
preview-deleted = (usunięto wiadomość)
preview-receipt = (przeczytano do { $seq })
preview-conversation-started = (rozpoczęto rozmowę)
preview-group = (grupa #{ $name })
preview-file = (plik) { $name } ({ $size ->
    [one] { $size } bajt
    [few] { $size } bajty
    [many] { $size } bajtów
   *[other] { $size } bajta
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (przekazano) { $text }
preview-timer-off = (znikające wiadomości wyłączone)
preview-timer = (znikające wiadomości: { $time })
preview-display-name-cleared = (usunięto nazwę wyświetlaną)
preview-display-name = (nazwa wyświetlana: { $name })
preview-call-started-audio = (połączenie) rozpoczęto połączenie głosowe { $call }
preview-call-started-video = (połączenie) rozpoczęto połączenie wideo { $call }
preview-call-ringing = (połączenie) dzwoni { $call }
preview-call-answered = (połączenie) odebrano { $call }
preview-call-declined = (połączenie) odrzucono { $call }
preview-call-joined = (połączenie) dołączono do { $call }
preview-call-left = (połączenie) opuszczono { $call }
preview-call-ended = (połączenie) zakończono { $call }
preview-call-unreadable = (nieczytelny sygnał połączenia: { $reason })
preview-ledger = (rozliczenia) { $entry }
preview-ledger-handover = (rozliczenia) przekazano { $count ->
    [one] { $count } wcześniejszy wpis
    [few] { $count } wcześniejsze wpisy
    [many] { $count } wcześniejszych wpisów
   *[other] { $count } wcześniejszego wpisu
} urządzeniom, które dołączyły (część { $part } z { $parts })
preview-ledger-unreadable = (nieczytelny wpis rozliczeń: { $reason })
ledger-payment-to = { $from } zapłacił(a) { $names } { $money }
ledger-payment-equal = { $from } zapłacił(a) { $money } za { $names } (po równo)
ledger-payment-exact = { $from } zapłacił(a) { $money } za { $names } (podział { $shares })
ledger-payment-weights = { $from } zapłacił(a) { $money } za { $names } (podział według wag { $weights })
ledger-debt-to = { $names } jest winien { $from } { $money }
ledger-debt-equal = { $names } są winni { $from } { $money } (po równo)
ledger-debt-exact = { $names } są winni { $from } { $money } (podział { $shares })
ledger-debt-weights = { $names } są winni { $from } { $money } (podział według wag { $weights })
ledger-reversed-entry = wpis { $id } stornowany
ledger-with-memo = { $entry }: { $memo }
ledger-refused = odrzucono: { $entry } ({ $error })
ledger-refused-plain = odrzucono: { $error }
ledger-unreadable = nieczytelne: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = dołączył(a)
history-unreadable = nieczytelna wiadomość ({ $reason })
history-fell-behind = to urządzenie zostało tu w tyle i ominęły je wiadomości; zostanie dodane ponownie, gdy któryś członek następnym razem coś wyśle
history-fell-behind-long = To urządzenie zostało tu w tyle (jego kolejka na serwerze była pełna) i ominęły je wiadomości od tego miejsca; zostanie dodane ponownie, gdy któryś członek następnym razem coś wyśle.
history-added = dodał(a) { $names }
history-removed = usunął(-ęła) { $names }
history-added-removed = dodał(a) { $added }; usunął(-ęła) { $removed }
history-keys-updated = zaktualizował(a) klucze
history-deleted = (usunięto)
preview-photo = Zdjęcie: { $name }
preview-voice-note = Notatka głosowa: { $name }
preview-file-named = Plik: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = minutnik znikających wiadomości jest wyłączony albo ustawiony od { $min } s do 4 tygodni ({ $max } s); { $secs } s nie mieści się w tym zakresie
refused-one-to-one-self = rozmowa 1:1 wymaga innego konta
refused-group-exists = masz już grupę o nazwie #{ $name }
refused-remove-self = aby opuścić rozmowę, użyj `leave`
refused-not-members = żaden z nich nie jest członkiem
refused-no-key-packages = żadne z dodawanych urządzeń nie opublikowało jeszcze pakietów kluczy
refused-busy = grupa jest zbyt zajęta; spróbuj ponownie
refused-not-in-conversation = nie jesteś w tej rozmowie
refused-fell-behind = to urządzenie zostało w tyle w tej rozmowie (jego kolejka na serwerze była pełna); zostanie dodane ponownie, gdy inny członek następnym razem coś wyśle
refused-server-too-old-for-timer = wiadomości w tej rozmowie znikają, a serwer jest zbyt stary, by pozwolić im wygasać w swojej kolejce (rewizja protokołu 1): zaktualizuj serwer albo wyłącz minutnik
refused-call-running = w tej rozmowie trwa połączenie ({ $call }, rozpoczęte przez { $caller }): dołącz do niego
refused-display-name-too-long = liczba znaków nazwy wyświetlanej nie może przekroczyć { $max } (podano { $given })
refused-display-name-invisible = nazwa wyświetlana nie może zawierać znaków sterujących, zmieniających kierunek ani niewidocznych ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = błąd: { $message }
cli-usage-invalid-value = nieprawidłowa wartość { $value } dla { $arg }
cli-usage-value-required = { $arg } wymaga wartości, ale nie podano żadnej
cli-usage-invalid-value-because = nieprawidłowa wartość { $value } dla { $arg }: { $reason }
cli-usage-possible-values = możliwe wartości: { $values }
cli-usage-unknown-argument = znaleziono nieoczekiwany argument { $arg }
cli-usage-unknown-subcommand = nierozpoznane podpolecenie { $command }
cli-usage-missing-arguments = nie podano następujących wymaganych argumentów: { $args }
cli-usage-missing-subcommand = { $command } wymaga podpolecenia, ale nie podano żadnego
cli-usage-subcommands = podpolecenia: { $values }
cli-usage-too-many-values = znaleziono nieoczekiwaną wartość { $value } dla { $arg }; nie oczekiwano więcej wartości
cli-usage-conflict = argumentu { $arg } nie można używać razem z { $other }
cli-usage-used-twice = argumentu { $arg } nie można użyć wielokrotnie
cli-usage-similar-subcommand = wskazówka: istnieje podobne podpolecenie: { $names }
cli-usage-similar-argument = wskazówka: istnieje podobny argument: { $names }
cli-usage-similar-value = wskazówka: istnieje podobna wartość: { $names }
cli-usage-more = Aby uzyskać więcej informacji, spróbuj { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = numer bezpieczeństwa { $number }
members-safety-number-verified = numer bezpieczeństwa { $number } (zweryfikowany)
members-no-safety-number = brak numeru bezpieczeństwa: { $error }
notice-not-sent = nie wysłano: { $error }
notice-ledger-failed = rozliczenia: { $error }
notice-members-failed = członkowie: { $error }
notice-error = błąd: { $error }

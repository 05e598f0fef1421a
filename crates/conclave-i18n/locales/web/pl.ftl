# Conclave: Polish (Polski), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Start, dołączanie, łączenie, odblokowanie

boot-loading = Wczytywanie…
boot-failed = Nie udało się uruchomić Conclave: { $error }
boot-other-tab = Conclave jest już otwarty w innej karcie lub oknie tej przeglądarki. Zamknij go, a potem wczytaj tę stronę ponownie.
working = Przetwarzanie…
wrong-passphrase = Błędne hasło. { $detail }. Spróbuj ponownie.
tagline = Komunikator tylko na zaproszenie, z szyfrowaniem end-to-end. Twoje klucze powstają i są przechowywane w tej przeglądarce.
passphrase = Hasło
passphrase-hint = Co najmniej 8 znaków. Szyfruje klucze i historię tego urządzenia w tej przeglądarce i nigdy jej nie opuszcza; jeśli je zapomnisz, kopii w tej przeglądarce nie da się otworzyć.
passphrase-again = Powtórz hasło
passphrase-differ = Hasła się różnią.
join-title = Dołącz z zaproszeniem
join-link = Link z zaproszeniem
join-link-hint = https://…/join#code=… lub conclave://…/join#code=…
username = Nazwa użytkownika
username-hint = Od 3 do 32 znaków: a–z, 0–9, „.”, „_”, „-”.
device-name = Nazwa tego urządzenia
join-button = Dołącz
joining = Dołączanie…
link-title = Połącz tę przeglądarkę ze swoim kontem
link-intro = Na urządzeniu, na którym masz swoje konto, uruchom „conclave device link” i wklej wyświetlony link. To urządzenie doda wtedy tę przeglądarkę do Twoich rozmów.
link-link = Link urządzenia
link-link-hint = https://…/device#code=… lub conclave://…/device#code=…
link-button = Połącz tę przeglądarkę
linking = Łączenie…
unlock-title = Odblokuj Conclave
unlock-holds = Ta przeglądarka przechowuje urządzenie „{ $device }” użytkownika { $username }.
unlock-button = Odblokuj
unlocking = Odblokowywanie…
unlock-link-ignored = Ta przeglądarka przechowuje już urządzenie Conclave; otwarty link nie zostanie użyty. Aby go użyć, najpierw usuń to urządzenie z tej przeglądarki.
unlock-forgot = Nie pamiętasz hasła? Bez niego kopii w tej przeglądarce nie da się otworzyć. Usuń ją tutaj i połącz tę przeglądarkę ponownie z innego swojego urządzenia.
forget-button = Usuń to urządzenie z tej przeglądarki
forget-confirm = Usunąć urządzenie użytkownika { $username } z tej przeglądarki? Jego klucze i historia zostaną tu usunięte; Twoje konto i inne urządzenia pozostaną.

## Interfejs

conversations = Rozmowy
new-button = Nowa
new-conversation = Nowa rozmowa
private-button = Prywatne
private-browsing = Prywatne przeglądanie
account-button = Konto
account = Konto
details = Szczegóły
call-button = Połącz
call-start = Rozpocznij rozmowę głosową
call-voice = Rozmowa głosowa
video-button = Wideo
video-start = Rozpocznij rozmowę wideo
video-call = Rozmowa wideo
ledger = Rozliczenia
ledger-button-title = Wspólne wydatki i salda
messages = Wiadomości
composer-placeholder = Wiadomość
send = Wyślij
sending = Wysyłanie…
attach = Załącz plik
take-photo = Zrób zdjęcie
voice-hold = Przytrzymaj, aby nagrać wiadomość głosową
back-chats = ‹ Czaty
back-to-conversations = Wróć do rozmów
back = ‹ Wstecz
close-panel = Zamknij panel
conversation-panels = Panele rozmowy
members = Członkowie
choose-conversation = Wybierz rozmowę lub rozpocznij nową przyciskiem „Nowa”.
call = Rozmowa

## Stan i komunikaty

status-online = { $username } · online
status-offline = { $username } · offline
status-expired = { $username } · wygasło
status-replaced = { $username } · zastąpione
status-refused = { $username } · odrzucone
status-connecting = { $username } · łączenie
banner-expired = Twoje konto wygasło. Aby kontynuować, wykorzystaj kod odnowienia w sekcji Konto.
banner-replaced = Conclave dla tego urządzenia otwarto w innym miejscu; ta strona została zatrzymana. Wczytaj ją ponownie, aby używać go tutaj.
banner-refused = Serwer odrzucił to urządzenie: { $reason }
banner-offline = Offline: wyświetlane jest to, co ma ta przeglądarka. { $reason }
banner-expires-soon = Twoje konto wygasa { $date }. Poproś administratora o kod odnowienia.
conn-expired = Twoje konto wygasło: odnów je w sekcji Konto.
conn-offline = Offline: możesz czytać; wysyłanie zadziała ponownie po odzyskaniu połączenia.
expiry-unknown = nieznana (offline)
expiry-expired = { $date } (wygasło)
expiry-days = { $days ->
    [one] { $date } ({ $days } dzień)
    [few] { $date } ({ $days } dni)
    [many] { $date } ({ $days } dni)
   *[other] { $date } ({ $days } dnia)
}

## Lista rozmów i wiadomości

you = Ty
last-message = { $who }: { $text }
ledger-line = Rozliczenia: { $text }
group-created = Utworzono grupę
no-messages-yet = Brak wiadomości
no-conversations = Nie masz jeszcze rozmów.
not-on-device = Tej rozmowy nie ma na tym urządzeniu.
conversation = Rozmowa
removed-banner = Usunięto Cię z tej rozmowy. Nie otrzymujesz już jej wiadomości.
membership-added = { $who } dodaje: { $names }
membership-removed = { $who } usuwa: { $names }
membership-added-removed = { $who } dodaje: { $added } i usuwa: { $removed }
membership-keys = { $who } aktualizuje klucze
unreadable-message = Nieczytelna wiadomość ({ $reason })
handover-mine = Twoje urządzenie przekazało wcześniejsze wpisy rozliczeń urządzeniom, które dołączyły.
handover-theirs = Urządzenie użytkownika { $sender } przekazało wcześniejsze wpisy rozliczeń urządzeniom, które dołączyły.
open-ledger-link = Rozliczenia ›
open-ledger = Otwórz rozliczenia
joined-here = Dołączono do tej rozmowy na tym urządzeniu.
empty-conversation = Brak wiadomości. Wiadomości są szyfrowane end-to-end.
upload-sending = Wysyłanie { $name }…
upload-failed = { $name }: { $error }
dismiss = Zamknij
record-failed = Nie można nagrywać: { $error }
record-hold = Przytrzymaj przycisk mikrofonu, aby nagrać wiadomość głosową.
toast-added-to-conversation = Dodano Cię do rozmowy.
toast-fell-behind = To urządzenie zostało w tyle w jednej z rozmów i czeka na ponowne dodanie.
invites-admin = bez limitu (administrator)
invites-left = pozostało: { $count }

## Start, dołączanie, łączenie, odblokowanie
## Powłoka aplikacji
## Stan i banery
## Lista rozmów i wiadomości
## Członkowie
no-longer-member = Nie jesteś już członkiem tej rozmowy.
safety-number = Numer bezpieczeństwa
safety-number-with = Numer bezpieczeństwa dla { $username }
remove = Usuń
remove-member = Usuń { $username }
remove-confirm = Usunąć { $username } z rozmowy { $conversation }? Ta osoba nie przeczyta późniejszych wiadomości.
removing = Usuwanie…
removed-toast = Usunięto { $username }.
devices-line = { $count ->
    [one] urządzenie { $ids }
    [few] urządzenia { $ids }
    [many] urządzenia { $ids }
   *[other] urządzenia { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = urządzenie ({ $id })
member-you = { $username } (Ty)
members-summary = { $count ->
    [one] { $count } osoba · epoka { $epoch }
    [few] { $count } osoby · epoka { $epoch }
    [many] { $count } osób · epoka { $epoch }
   *[other] { $count } osoby · epoka { $epoch }
}
add = Dodaj
adding = Dodawanie…
added-toast = Dodano: { $names }.
add-members = Dodaj członków
add-members-hint = Nazwy użytkowników oddzielone przecinkami. Dołączą wszystkie ich urządzenia.
leave = Opuść tę rozmowę
leave-confirm = Opuścić rozmowę { $conversation } na wszystkich Twoich urządzeniach?
leaving = Opuszczanie…
epoch-authenticator = Uwierzytelniacz epoki (taki sam na urządzeniu każdego członka): { $code }
loading = Wczytywanie…
safety-verified = zweryfikowany
safety-changed = KLUCZE ZMIENIŁY SIĘ od Twojej weryfikacji
safety-unverified = niezweryfikowany
mark-verified = Oznacz jako zweryfikowany
saving = Zapisywanie…
verified-toast = Zweryfikowano: { $username }.
safety-with = Numer bezpieczeństwa dla { $username } { $badge }
safety-hint = Porównaj go z numerem tej osoby osobiście lub innym kanałem. Jeśli się zgadza, oznacz ją jako zweryfikowaną: późniejsza zmiana jej kluczy zostanie wtedy wyraźnie pokazana.
## Rejestr
ledger-paid-by = Kto zapłacił
ledger-paid-to = Komu / za kogo
ledger-owed-to = Komu się należy
ledger-owed-by = Kto jest winien
split-to = Całość na jedną osobę
split-equal = Podziel po równo
split-exact = Podziel według kwot
split-weights = Podziel według wag
badge-reversed = wycofany
badge-reversal = wycofanie
badge-refused = odrzucony
badge-unreadable = nieczytelny
device-id = urządzenie { $id }
device-id-named = urządzenie { $id } ({ $name })
entries = Wpisy
entries-count = Wpisy ({ $count })
export-csv = Pobierz CSV
export-json = Pobierz JSON
balances = Salda
export = Eksport
export-hint = CSV: jeden wiersz na członka na wpis (zsumowane według członka i waluty dają salda). JSON: wszystkie rekordy, salda i rozliczenie.
discrepancy-title = Uwaga: rejestr przekazany nowemu urządzeniu różni się od Twojego.
discrepancy = Urządzenie { $device } użytkownika { $by } (wiadomość { $seq }) przekazało nowym osobom rejestr inny niż ten na tym urządzeniu: { $detail }. Ich salda mogą się różnić od Twoich; porównaj je z użytkownikiem { $by }.
ledger-unreadable = { $count ->
    [one] { $count } wpis został zapisany przez nowszą wersję Conclave i nie da się go tu odczytać; salda go pomijają, dopóki nie zaktualizujesz aplikacji.
    [few] { $count } wpisy zostały zapisane przez nowszą wersję Conclave i nie da się ich tu odczytać; salda je pomijają, dopóki nie zaktualizujesz aplikacji.
    [many] { $count } wpisów zostało zapisanych przez nowszą wersję Conclave i nie da się ich tu odczytać; salda je pomijają, dopóki nie zaktualizujesz aplikacji.
   *[other] { $count } wpisy zostały zapisane przez nowszą wersję Conclave i nie da się ich tu odczytać; salda je pomijają, dopóki nie zaktualizujesz aplikacji.
}
handed-over-mine = To urządzenie dołączyło przy wiadomości { $seq }: wpisy sprzed niej są takie, jak przekazało je Twoje urządzenie { $device }.
handed-over-theirs = To urządzenie dołączyło przy wiadomości { $seq }: wpisy sprzed niej są takie, jak przekazało je urządzenie { $device } użytkownika { $by }.
ledger-empty = Nie ma jeszcze wpisów. Zapisz poniżej wspólny wydatek, płatność lub dług; każdy członek widzi te same salda.
balances-in = Salda w { $currency }
balance-owed = ma do otrzymania
balance-owes = ma do zapłaty
balance-settled = rozliczono
settle-title = Jak się rozliczyć
settle-you-pay = Płacisz { $amount } { $currency } użytkownikowi { $to }
settle-pays-you = { $from } płaci Ci { $amount } { $currency }
settle-pays = { $from } płaci { $amount } { $currency } użytkownikowi { $to }
all-settled = Wszystko rozliczone.
records-empty = Wpisy pojawiają się tu w kolejności nadanej przez serwer, takiej samej na każdym urządzeniu.
recorded-by-you = { $day } · dodany przez Ciebie ({ $device }) o { $time }
recorded-by = { $day } · dodany przez { $member } ({ $device }) o { $time }
reference-line = Numer referencyjny: { $reference }
reversed-by-you = Wycofany przez Ciebie (wpis { $entry }); nie jest już liczony.
reversed-by = Wycofany przez { $member } (wpis { $entry }); nie jest już liczony.
reversed-by-someone = Wycofany przez kogoś (wpis { $entry }); nie jest już liczony.
undoes = Cofa: { $description }
refused-everywhere = Odrzucony przez każde urządzenie, do którego trafił; nie zmienia żadnego salda.
handed-by-mine = Przekazany przez Twoje urządzenie { $device }, gdy to urządzenie dołączyło
handed-by-theirs = Przekazany przez urządzenie { $device } użytkownika { $username }, gdy to urządzenie dołączyło
reverse-toggle = Wycofaj…
reverse-entry-label = Wycofaj wpis { $entry }
reverse-entry = Wycofaj wpis
cancel = Anuluj
reverse-why = Powód (opcjonalnie)
reverse-hint = Wpis zostaje w historii jako wycofany; jego wpływ na salda zostaje cofnięty na każdym urządzeniu.
reversing = Wycofywanie…
reversed-toast = Wycofano: { $description }
kind-payment = Płatność: ktoś zapłacił
kind-debt = Dług: ktoś jest winien
record-entry = Zapisz wpis
member = Członek
split-equal-among = Podziel po równo między
split-equal-hint = Uwzględnij osobę, która zapłaciła, aby też dostała swoją część. Pozostały grosz trafia do pierwszych osób na liście.
weights-legend = Wagi (np. 2 i 1: dwie trzecie i jedna trzecia)
amounts-legend = Kwoty (sumujące się do całości)
share-empty-hint = Zostaw pole członka puste, aby nie przydzielać mu udziału.
will-record = Zostanie zapisane: { $description }
will-record-shares = Zostanie zapisane: { $description } — { $shares } { $currency }
amount = Kwota
currency = Waluta
add-entry-form = Dodaj wpis do rejestru
what-happened = Co się stało
date = Data
memo-optional = Notatka (opcjonalnie)
reference-optional = Numer referencyjny (opcjonalnie)
reference-hint = Numer faktury, identyfikator przelewu…
add-entry = Dodaj wpis
ledger-intro = Wpisy to wiadomości szyfrowane end-to-end; nikt nie może ich edytować ani usunąć — pomyłkę się wycofuje.
recording = Zapisywanie…
recorded-toast = Zapisano: { $description }
preparing = Przygotowywanie…
exported-toast = { $count ->
    [one] Wyeksportowano { $count } rekord rejestru do { $file }.
    [few] Wyeksportowano { $count } rekordy rejestru do { $file }.
    [many] Wyeksportowano { $count } rekordów rejestru do { $file }.
   *[other] Wyeksportowano { $count } rekordu rejestru do { $file }.
}
## Nowa rozmowa, konto
start = Rozpocznij
starting = Rozpoczynanie…
create-group = Utwórz grupę
creating = Tworzenie…
message-person = Napisz do osoby
new-group = Nowa grupa
group-name = Nazwa grupy
members-hint = Nazwy użytkowników oddzielone przecinkami.
your-account = Twoje konto
this-device = To urządzenie
this-device-value = { $name } (urządzenie { $id })
valid-until = Ważne do
invitations = Zaproszenia
connection = Połączenie
online = online
offline = offline
offline-reason = offline: { $reason }
renew = Odnów
renewing = Odnawianie…
renewed-toast = Odnowiono do { $date }.
renew-title = Odnów swoje konto
renewal-code = Kod odnowienia
renewal-hint = Otrzymasz go od administratora; przedłuża Twoje konto, także po jego wygaśnięciu.
expires-1-day = 1 dzień
expires-7-days = 7 dni
expires-30-days = 30 dni
create-invitation = Utwórz zaproszenie
your-invitations = Twoje zaproszenia
copy = Kopiuj
copied = Skopiowano.
copy-failed = Zaznacz link i skopiuj go.
invitation-created = Utworzono zaproszenie.
invitation-for = { $count ->
    [one] Dla { $count } osoby, ważne do { $date }.
    [few] Dla { $count } osób, ważne do { $date }.
    [many] Dla { $count } osób, ważne do { $date }.
   *[other] Dla { $count } osoby, ważne do { $date }.
}
link-for-browser = Link dla przeglądarki:
link-for-cli = Dla wiersza poleceń (conclave join):
invite-row = #{ $id } · { $state } · pozostało { $left }/{ $total } · do { $date }
invite-row-joined = #{ $id } · { $state } · pozostało { $left }/{ $total } · do { $date } · dołączyli: { $names }
no-invitations = Nie ma jeszcze zaproszeń.
invite-someone = Zaproś kogoś
number-of-people = Liczba osób
valid-for = Ważne przez
your-devices = Twoje urządzenia
add-device-hint = Aby dodać urządzenie, uruchom „conclave device link” na takim, które ma Twoje konto.
lock = Zablokuj
this-browser = Ta przeglądarka
lock-hint = Zablokowanie zamyka sesję; hasło otwiera ją ponownie.
device-row = { $name } (urządzenie { $id }), dodane { $date }
device-row-this = { $name } (urządzenie { $id }), dodane { $date } — ta przeglądarka
offline-short = Offline.
language = Język
language-hint = Język tej strony na tym urządzeniu. „Automatycznie” oznacza języki ustawione w przeglądarce.
language-auto = Automatycznie
## Prywatne przeglądanie
pb-what-title = Czym jest prywatne przeglądanie
pb-what-1 = Prywatne przeglądanie przesyła ruch sieciowy urządzenia przez dwa przekaźniki zamiast bezpośrednio do strony. Przekaźnik wejściowy wie, kim jesteś (zna Twój adres), ale nie wie, dokąd się łączysz; przekaźnik wyjściowy wie, dokąd się łączysz (zna stronę), ale nie wie, kim jesteś. Żaden nie wie obu rzeczy.
pb-what-2 = Między Twoim urządzeniem a wyjściem ruch jest szyfrowany, więc wejście widzi tylko zapieczętowane komórki o stałym rozmiarze. Każdy przekaźnik wpuszcza połączenie tylko z niepowiązywalnym tokenem, który ten serwer podpisuje na ślepo: nie może ustalić, na jakie połączenie ani stronę token został wykorzystany.
pb-what-3 = Ta strona sama niczego nie przekierowuje: strona internetowa nie może przenosić innego ruchu. Robi to program conclave na urządzeniu (zobacz „Używaj na tym urządzeniu”).
pb-limits-title = Przed czym nie chroni
pb-limits-1 = Dwa przeskoki chronią przed jednym ciekawskim operatorem przekaźnika. Nie pomagają, jeśli oba przekaźniki na trasie współpracują, ani wobec obserwatora, który śledzi ruch na obu końcach i porównuje jego czas (obserwator globalny).
pb-limits-2 = Przekaźniki tego samego operatora są oznaczone na liście poniżej, a trasa nigdy nie używa dwóch z nich, jeśli istnieje przekaźnik innego operatora. Gdy przekaźniki prowadzi tylko jeden operator, oba przeskoki należą do niego i podział jest tylko formalny; conclave proxy wtedy o tym ostrzega.
pb-limits-3 = Strony nadal widzą, co im wysyłasz: logowanie, ciasteczka i odcisk przeglądarki identyfikują Cię jak zwykle.
pb-limits-4 = Chronione są tylko programy skierowane na proxy. Pozwól proxy rozwiązywać też nazwy (socks5h, --socks5-hostname w curl, „Proxy DNS” w Firefoksie), inaczej Twoje zapytania DNS wychodzą poza nie.
pb-allowance-note = Każdy obwód zużywa dwa tokeny, po jednym na przekaźnik; obwód przenosi wiele połączeń i jest odnawiany po 10 minutach. Przydział odnawia się o 00:00 UTC.
pb-allowance-title = Przydział tego urządzenia
pb-per-day = Tokeny na dzień
pb-left-today = Pozostało dziś
pb-fetching = Pobieranie katalogu przekaźników…
relays = Przekaźniki
pb-setup = { $first }: na urządzeniu, na którym conclave ma Twoje konto, uruchom { $link }, a potem tutaj { $join } (lub { $joininvite } z zaproszeniem).
pb-use-title = Używaj na tym urządzeniu
pb-desktop = Komputer (Linux, macOS, Windows)
pb-desktop-install = Zainstaluj wiersz poleceń conclave i przekaż mu swoje konto
pb-desktop-run = Uruchom { $cmd }. Udostępnia SOCKS5 i HTTP CONNECT pod adresem { $addr }, tylko dla tego komputera, i wypisuje wejście i wyjście każdego obwodu.
pb-desktop-chromium = Chromium, Chrome lub Edge: uruchom z { $cmd } (nazwy rozwiązuje wtedy proxy). Osobny profil ({ $profile }) oddziela prywatne przeglądanie od Twojego zwykłego profilu.
pb-desktop-firefox = Firefox: Ustawienia → Ogólne → Ustawienia sieci → Ustawienia…: Ręczna konfiguracja serwerów proxy, Host SOCKS 127.0.0.1, Port 1080, SOCKS v5, i zaznacz „Proxy DNS przy używaniu SOCKS v5”.
pb-desktop-curl = Narzędzia wiersza poleceń: { $cmd }.
pb-desktop-options = Opcje: { $country } wychodzi przez wyjście w danym kraju; { $circuit } daje każdej stronie osobny obwód.
pb-android = Telefon lub tablet z Androidem
pb-android-intro = Przeglądarka nie może uruchomić proxy SOCKS, więc musi to zrobić program na telefonie:
pb-android-termux = Zainstaluj Termux (z F-Droid), a w nim wiersz poleceń conclave.
pb-android-account = Przekaż mu swoje konto
pb-android-run = W Termuksie uruchom { $cmd } i pozostaw uruchomione (w ustawieniach baterii pozwól Termuksowi działać w tle).
pb-android-wifi = Ustawienia → Wi-Fi → Twoja sieć → Edytuj → Zaawansowane → Proxy: Ręcznie, host { $host }, port { $port }. Ustawienie proxy w Androidzie używa HTTP CONNECT, które proxy obsługuje na tym samym porcie. Przeglądarki, które z niego korzystają, łączą się przez przekaźniki w tej sieci Wi-Fi (nie przez dane komórkowe).
pb-android-browser = Możesz też użyć przeglądarki z własnymi ustawieniami proxy: SOCKS5 { $socks } ze zdalnym DNS albo proxy HTTP { $http } (CONNECT).
pb-ios = iPhone i iPad
pb-ios-text = Obecnie niedostępne. iOS nie pozwala utrzymać programu wiersza poleceń działającego w tle jako lokalne proxy (nie ma Termuksa, a aplikacje są wstrzymywane), a przesyłanie ruchu telefonu wymaga aplikacji typu VPN (Network Extension), której Conclave jeszcze nie ma. Telefon nie może też korzystać z proxy komputera: conclave proxy nie ma hasła, więc nasłuchuje tylko na własnym komputerze.
pb-no-tokens = Ten serwer nie wydaje tokenów przekaźników, więc z tego konta nie można używać jego przekaźników.
pb-zero-tokens = Serwer nie daje członkom tokenów przekaźników (przydział wynosi 0 dziennie).
pb-same-operator = ten sam operator
pb-country-unknown = kraj nieznany
pb-relay-meta = { $country } · operator { $operator } · { $addr }
pb-relay-meta-ours = { $country } · operator { $operator } (operator tego serwera) · { $addr }
pb-same-operator-note = Prowadzony przez tego samego operatora co { $others } (przekaźniki: { $count }): nigdy nie są używane razem, jeśli istnieje przekaźnik innego operatora.
pb-no-relays = Ten serwer nie podaje żadnych przekaźników.
pb-two-operators = Trasa może używać dwóch przekaźników różnych operatorów.
pb-one-operator = Te przekaźniki prowadzi tylko jeden operator, więc oba przeskoki trasy należą do niego: podział jest tylko formalny.
pb-no-path = Nie można jeszcze zbudować trasy: { $reason }.
pb-signed-new = Podpisano przez { $operator } kluczem { $key }; podpis jest poprawny. To urządzenie zapamiętuje teraz ten klucz i odrzuci katalog podpisany innym. Ważne do { $date }.
pb-signed-known = Podpisano przez { $operator } kluczem { $key }; podpis jest poprawny. To klucz zapamiętany przez to urządzenie, które odrzuca katalog podpisany innym. Ważne do { $date }.
## Połączenia
declined = Odrzucone przez: { $names }.
join-call = Dołącz do połączenia
accept = Odbierz
accept-call = Odbierz połączenie
accept-video-call = Odbierz połączenie wideo
decline = Odrzuć
is-calling = { $caller } dzwoni
ringing-voice = Połączenie głosowe · { $conversation }
ringing-video = Połączenie wideo · { $conversation }
already-in-call = Już uczestniczysz w połączeniu.
calling = Dzwonienie…
call-failed = Nie udało się rozpocząć połączenia: { $error }
connecting = Łączenie…
your-camera = Twoja kamera
mute = Wycisz
unmute = Wyłącz wyciszenie
camera-off = Wyłącz kamerę
camera-on = Włącz kamerę
switch-camera = Przełącz kamerę
one-camera = To urządzenie ma jedną kamerę.
hang-up = Rozłącz
call-controls = Sterowanie połączeniem
tile-name = { $username } · urządzenie { $device }
tile-leaf = liść { $leaf }
reconnecting = Ponowne łączenie…
connection-failed = Nie udało się połączyć
ended = Zakończono
in-call = { $count ->
    [one] { $state } · { $count } osoba w połączeniu
    [few] { $state } · { $count } osoby w połączeniu
    [many] { $state } · { $count } osób w połączeniu
   *[other] { $state } · { $count } osoby w połączeniu
}
## Pliki i notatki głosowe
file-too-large = Plik jest większy, niż akceptuje serwer.
file-too-large-max = Plik jest większy, niż akceptuje serwer (maksymalnie { $max }).
file-over-quota = Twoje miejsce na serwerze jest pełne. Pliki po pewnym czasie wygasają; spróbuj ponownie później.
file-too-many = Zbyt wiele przesyłań naraz. Spróbuj ponownie za chwilę.
file-grant = Uprawnienie do przesłania wygasło. Spróbuj ponownie.
file-not-found = Pliku nie ma już na serwerze (pliki po pewnym czasie wygasają).
file-hash-mismatch = Przesyłany plik uległ uszkodzeniu po drodze. Spróbuj ponownie.
file-unavailable = Magazyn plików serwera jest teraz niedostępny. Spróbuj ponownie później.
file-busy = Serwer jest zajęty tym plikiem. Spróbuj ponownie za chwilę.
file-cut = Połączenie zostało przerwane podczas przesyłania. Spróbuj ponownie.
file-no-resume = Nie udało się wznowić przesyłania.
file-kept-other = Serwer zachował inną część pliku.
upload-refused = Przesyłanie nie powiodło się: { $reason }
download-refused = Pobieranie nie powiodło się: { $reason }
file-corrupted = Ten plik został po drodze zmieniony lub uszkodzony; nie jest wyświetlany.
open-image = Otwórz obraz { $name }
open = Otwórz
preview-of = Podgląd: { $name }
image-unreadable = Nie można tu wyświetlić tego obrazu; ta przeglądarka nie odczytuje takiego formatu.
play-voice-note = Odtwórz notatkę głosową { $name }
recording-unplayable = Tego nagrania nie można odtworzyć w tej przeglądarce.
download = Pobierz
download-name = Pobierz { $name }
save-again = Zapisz ponownie
close = Zamknij
play-name = Odtwórz { $name }
pause-name = Wstrzymaj { $name }
position = Pozycja
## Powiadomienia
notifications = Powiadomienia
hide-contents = Ukrywaj treść w powiadomieniach
push-blocked = Powiadomienia są zablokowane dla tej strony: zezwól na nie w ustawieniach witryny w przeglądarce.
push-not-allowed = Nie zezwolono na powiadomienia.
push-no-server = Ten serwer nie wysyła powiadomień push.
push-no-service = Usługa push tej przeglądarki nie odpowiedziała (brak sieci lub przeglądarka bez takiej usługi).
push-unsupported = Ta przeglądarka nie może wyświetlać powiadomień push (na iPhonie i iPadzie najpierw dodaj Conclave do ekranu początkowego).
push-on-hidden = Włączone: powiadomienia mówią tylko „Nowa wiadomość”.
push-on = Włączone: powiadomienia pokazują, kto i co napisał, odczytane na tym urządzeniu.
push-off = Wyłączone. Powiadomienia push z serwera mówią zawsze tylko „coś nowego”; resztę odszyfrowuje to urządzenie.
new-message = Nowa wiadomość
## Połączenia w historii, kafelki połączeń, stany zaproszeń
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
tile-waiting-keys = oczekiwanie na klucze
tile-cant-decrypt = nie można odszyfrować ({ $reason })
tile-key-mismatch = klucz tej osoby nie pasuje do klucza tego urządzenia: inna epoka MLS lub brak członkostwa
invite-open = otwarte
invite-used = użyte
invite-expired = wygasłe
invite-revoked = unieważnione

## Typing indicators
typing-one = { $name } pisze…
typing-two = { $first } i { $second } piszą…
typing-several = Kilka osób pisze…
typing-title = Wskaźniki pisania
typing-setting = Pokazuj, gdy inni piszą, i pozwól im widzieć, gdy ja piszę
typing-hint = Gdy są wyłączone, to urządzenie ich nie wysyła ani nie pokazuje. Docierają tylko do członków, którzy są teraz online; serwer nie przechowuje żadnego.

## History from another device
toast-history-imported = Dotarła historia z Twojego urządzenia { $device } (wpisy: { $count }; rozmowy: { $conversations }).
history-note = Powyższa historia pochodzi z Twojego urządzenia { $device } (wysłano { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Połączenie przychodzące
push-ring-body = Otwórz Conclave, aby odebrać
push-title-group = { $sender } w { $conversation }

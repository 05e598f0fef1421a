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

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

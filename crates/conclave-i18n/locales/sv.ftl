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

# Conclave: Spanish (Español).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = conectado
status-reconnecting = reconectando… ({ $reason })
status-paused = en pausa: otro comando de conclave usa este dispositivo
pane-conversations = Conversaciones
pane-unread = { $count ->
    [one] { $count } sin leer
   *[other] { $count } sin leer
}
pane-message = Mensaje
pane-none = Ninguna conversación
compose-hint = Tab o Intro para escribir
empty-conversations = Aún no hay conversaciones. Empieza una desde la línea de comandos: conclave send USER TEXT
empty-messages = Aún no hay mensajes. Escribe abajo y pulsa Intro.
keys-short = Tab foco · Intro enviar · ^L cuentas · ^E apunte · ^U miembros · ? ayuda · q salir
keys-long = Tab foco · Intro enviar · Alt+Intro nueva línea · ^L cuentas · ^E añadir apunte · ^U miembros · ? ayuda · q salir
help-title = Ayuda (Esc)
help-focus = moverse entre conversaciones, mensajes y la línea de escritura
help-choose = elegir una conversación; desplazar mensajes
help-scroll = desplazar mensajes
help-enter = enviar (en la línea de escritura); escribir (en otro lugar)
help-newline = nueva línea en un mensaje
help-ledger = las cuentas de la conversación: saldos, saldar
help-add-entry = añadir un apunte
help-members = miembros, sus dispositivos y números de seguridad
help-esc = cerrar un panel; salir de la línea de escritura
help-vim = teclas estilo vim (con --vim)
help-help = esta ayuda
help-quit = salir
ledger-title = Cuentas (Esc)
ledger-balances = Saldos
ledger-none = aún no hay apuntes (Ctrl+E añade uno)
ledger-settle = Saldar
ledger-even = todos están a mano
ledger-entries = Apuntes
members-title = Miembros (Esc)
members-device = dispositivo { $id }
members-you = tú
form-title = Añadir un apunte
form-kind = tipo
form-amount = importe
form-currency = moneda
form-from = de
form-split = reparto
form-to = a
form-memo = nota
form-hint = tipo: payment|debt · reparto: to|equal (a: un miembro, o a,b,c)
form-keys = Tab campo siguiente · Intro añadir · Esc cancelar
notice-sent = enviado como mensaje { $seq }
notice-entry-added = apunte añadido como mensaje { $seq }
notice-reconnected = reconectado

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } está escribiendo…
typing-two = { $first } y { $second } están escribiendo…
typing-several = Varias personas están escribiendo…

## Calls in the history
call-held-audio = Llamada, { $duration }, { $people ->
    [one] { $people } persona
   *[other] { $people } personas
}
call-held-video = Videollamada, { $duration }, { $people ->
    [one] { $people } persona
   *[other] { $people } personas
}
call-missed-audio = Llamada perdida de { $from }
call-missed-video = Videollamada perdida de { $from }
call-missed-declined-audio = Llamada perdida de { $from } (rechazada)
call-missed-declined-video = Videollamada perdida de { $from } (rechazada)
call-not-answered-audio = Llamada no contestada
call-not-answered-video = Videollamada no contestada
call-declined-by-audio = Llamada rechazada por { $names }
call-declined-by-video = Videollamada rechazada por { $names }
call-ringing-audio = { $caller } está llamando (llamada)
call-ringing-video = { $caller } está llamando (videollamada)
call-in-progress-audio = Llamada en curso, { $count ->
    [one] { $count } persona
   *[other] { $count } personas
} en ella ({ $names })
call-in-progress-video = Videollamada en curso, { $count ->
    [one] { $count } persona
   *[other] { $count } personas
} en ella ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } h { $min } min

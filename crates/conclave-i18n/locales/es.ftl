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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = no se puede iniciar: { $error }
cli-unexpected-response = respuesta inesperada { $response }
cli-invalid-option = { $option } no válido
cli-invalid-option-value = { $option } no válido { $value }
cli-invalid-duration = duración no válida { $value } (p. ej. 24h, 7d)
cli-not-invite-link = esto no es un enlace de invitación (un enlace de dispositivo va a `conclave device join`)
cli-not-device-link = esto no es un enlace de dispositivo (crea uno con `conclave device link` en tu dispositivo actual)
cli-joined = unido a { $server } como { $user } (dispositivo { $device }); cuenta válida hasta { $expires }
cli-linked = vinculado a { $server } como { $user } (dispositivo { $device }); cuenta válida hasta { $expires }
cli-malformed-renewal-code = código de renovación mal formado
cli-renewed = renovada: la cuenta { $user } es válida hasta { $expires }
cli-display-name-none = sin nombre visible: los demás ven { $user }
cli-whoami-account = cuenta
cli-whoami-device = dispositivo
cli-whoami-server = servidor
cli-whoami-expires = caduca
cli-whoami-invites = invitaciones
cli-whoami-admin = (admin)
cli-whoami-invites-left = quedan { $count }
cli-whoami-no-quota = sin cupo
cli-invite-in-browser = en un navegador: { $link }
cli-invite-created = invitación { $id } para { $count ->
    [one] { $count } cuenta
   *[other] { $count } cuentas
}, válida hasta { $expires }
cli-no-invitations = no hay invitaciones
cli-invite-open = abierta
cli-invite-used = usada
cli-invite-expired = caducada
cli-invite-revoked = revocada
cli-invite-row = quedan { $left }/{ $total }  caduca { $expires }
cli-invite-give = indica un id de invitación (de `conclave invite list`), un código o un enlace
cli-revoked = revocada
cli-no-group = no existe el grupo { $name }; `conclave group list` muestra los tuyos
cli-no-conversation-with = no hay conversación con { $name }; `conclave send { $name } TEXT` empieza una
cli-sent = enviado a { $conversation } como mensaje { $seq }
cli-warn-call-ignored = aviso: señal de llamada { $seq } de { $sender } en { $conversation } ignorada: { $reason }
cli-history-note = (el historial anterior vino de tu dispositivo { $device }, enviado { $at })
cli-warn-receipt-not-sent = aviso: confirmación de lectura no enviada: { $error }
cli-warn-delivery-unusable = aviso: la entrega { $seq } no se pudo usar: { $reason }
cli-history-imported = historial de tu dispositivo { $device } (enviado { $at }): { $entries ->
    [one] { $entries } entrada
   *[other] { $entries } entradas
} en { $count ->
    [one] { $count } conversación
   *[other] { $count } conversaciones
}
cli-warn-history-later = aviso: el historial de tu dispositivo { $device } aún no ha llegado ({ $reason }); el próximo comando lo reintenta
cli-warn-history-unusable = aviso: el historial de tu dispositivo { $device } no se puede usar: { $reason }
cli-warn-history-fetch = aviso: no se pudo obtener el historial que envió tu otro dispositivo: { $error }
cli-listen-handover = otro comando de conclave usa este dispositivo; esperando…
cli-listening-again = escuchando de nuevo
cli-connection-lost = conexión perdida ({ $error }); reconectando…
cli-group-created = creado #{ $name } ({ $devices ->
    [one] { $devices } dispositivo
   *[other] { $devices } dispositivos
}, época { $epoch })
cli-group-added = { $users } añadidos a #{ $name }
cli-already-members = ya son miembros
cli-group-removed = { $users } quitados de #{ $name }
cli-group-left = has salido de #{ $name }
cli-no-conversations = no hay conversaciones
cli-kind-group = grupo
cli-kind-direct = directa
cli-kind-unnamed = sin nombre
cli-devices = { $devices ->
    [one] { $devices } dispositivo
   *[other] { $devices } dispositivos
}
cli-group-info = { $name }  época { $epoch }
cli-device = dispositivo { $id }
cli-device-link-waiting = esperando a que se una el nuevo dispositivo (ejecuta `conclave --home NEWDIR device join LINK`)…
cli-link-expired = el enlace caducó antes de que se uniera un dispositivo
cli-device-joined = el dispositivo { $id } se unió; añadido a { $added } de { $total ->
    [one] { $total } conversación
   *[other] { $total } conversaciones
}
cli-history-sent = le envié el historial de { $count ->
    [one] { $count } conversación
   *[other] { $count } conversaciones
} ({ $entries ->
    [one] { $entries } entrada
   *[other] { $entries } entradas
}, { $kib } KiB, cifrado de extremo a extremo)
cli-history-none = no hay historial anterior que enviarle
cli-warn-history-not-sent = aviso: el historial no se envió al nuevo dispositivo: { $error }
cli-device-added = añadido { $at }
cli-device-added-this = añadido { $at } (este dispositivo)
cli-device-removed = dispositivo { $id } quitado
cli-safety-changed = !!! AVISO: las claves de { $user } CAMBIARON desde que las verificaste !!!
cli-safety-changed-compare = !!! Se añadió un dispositivo o se reemplazó una clave. Compara de nuevo el número de seguridad. !!!
cli-verified = { $user } está verificado
cli-not-verified = { $user } aún no está verificado
cli-safety-number = número de seguridad con { $user }:
cli-marked-verified = { $user } marcado como verificado; se te avisará si cambian sus claves
cli-replied = respondido en { $conversation } como mensaje { $seq }
cli-reacted = reacción en { $conversation } como mensaje { $seq }
cli-reaction-taken-back = reacción retirada en { $conversation } como mensaje { $seq }
cli-edited = editado en { $conversation } como mensaje { $seq }
cli-deleted = eliminado para todos en { $conversation } como mensaje { $seq }
cli-forwarded = reenviado en { $conversation } como mensaje { $seq }
cli-timer-set = temporizador fijado en { $conversation } como mensaje { $seq }
cli-timer-invalid = `{ $value }`: { $error }; di off, 30s, 5m, 1h, 1d o 1w
cli-receipts-say-on-or-off = `{ $value }`: di `on` u `off`
cli-receipts-on = confirmaciones de lectura activadas: este dispositivo dice a los demás lo que leíste y muestra lo que leyeron
cli-receipts-off = confirmaciones de lectura desactivadas: este dispositivo no envía ninguna ni muestra las de nadie
cli-not-a-file = { $path } no es un archivo
cli-uploading = subiendo
cli-downloading = descargando
cli-file-sent = { $file } ({ $size }) enviado a { $conversation } como mensaje { $seq }
cli-message-not-available = el mensaje { $message } no está disponible
cli-message-deleted = el mensaje { $message } fue eliminado
cli-message-not-a-file = el mensaje { $message } en { $conversation } no es un archivo
cli-no-conversations-yet = aún no hay conversaciones
cli-files-in-several = { $message } nombra archivos en varias conversaciones: di `conclave download CONVERSATION { $message }`
cli-too-many-files = demasiados archivos con ese nombre aquí; indica dónde con --output
cli-file-gone = el servidor ya no tiene este archivo: guarda un archivo hasta que todos los dispositivos de la conversación lo obtienen, o { $days ->
    [one] { $days } día
   *[other] { $days } días
} como máximo
cli-file-saved = { $file } ({ $size }) de { $conversation } [{ $seq }] guardado como { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE no es UTF-8 válido
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE está vacía
cli-prompt-passphrase = Frase de contraseña
cli-prompt-again = Otra vez
cli-reading-passphrase = leyendo la frase de contraseña
cli-passphrase-empty = una frase de contraseña vacía no protege nada
cli-passphrases-differ = las frases de contraseña no coinciden
cli-home-taken = { $dir } ya contiene un dispositivo de Conclave; usa otro --home (o CONCLAVE_HOME) para uno nuevo
cli-cannot-create = no se puede crear { $path }
cli-cannot-remove = no se puede eliminar { $path }
cli-cannot-write = no se puede escribir { $path }
cli-cannot-open = no se puede abrir { $path }
cli-cannot-listen = no se puede escuchar en { $address }
cli-no-device = no hay dispositivo de Conclave en { $dir } — ejecuta primero `conclave join LINK --name NAME`
cli-malformed-file = { $path } mal formado
cli-device-key-missing = falta la clave del dispositivo en el estado
cli-device-key-malformed = clave de dispositivo mal formada
cli-fingerprint-malformed = device.json tiene una huella mal formada
cli-lock-waiter-stopped = la espera del bloqueo se detuvo
cli-lock-wait-cancelled = se canceló la espera del bloqueo del dispositivo
cli-lock-waiting = esperando a otro proceso de conclave (pid { $pid }) que usa este dispositivo…
cli-lock-busy = otro proceso de conclave (pid { $pid }) usa el estado de este dispositivo en { $dir } y no lo cedió en { $seconds } s; detenlo o espera a que termine
cli-ledger-no-conversation = no hay conversación «{ $name }»: indica '#grupo' o el nombre de usuario de una conversación 1:1
cli-ledger-unreadable = aviso: { $count ->
    [one] { $count } apunte lo escribió un Conclave más reciente y no se puede leer aquí; los saldos lo omiten hasta que actualices
   *[other] { $count } apuntes los escribió un Conclave más reciente y no se pueden leer aquí; los saldos los omiten hasta que actualices
}
cli-ledger-handed-over = nota: este dispositivo se unió en el mensaje { $seq }; los apuntes anteriores son los que entregó el dispositivo { $device } de { $user }
cli-ledger-discrepancy = AVISO: el dispositivo { $device } de { $user } entregó a los nuevos unas cuentas distintas de las de este dispositivo (mensaje { $seq }): { $detail }
cli-ledger-to-or-split = indica --to o --split
cli-ledger-stored-without-content = el mensaje se guardó sin su contenido
cli-ledger-missing-after-send = falta el apunte en las cuentas tras enviarlo
cli-ledger-refused = el apunte llegó a la conversación como mensaje { $seq } pero todos los dispositivos lo rechazan allí: { $error }
cli-ledger-recorded = { $id } anotado en { $conversation }: { $description }
cli-ledger-empty = { $conversation }: aún no hay apuntes
cli-ledger-title = cuentas de { $conversation }
cli-ledger-reversed-tag = [anulado]
cli-ledger-recorded-by = anotado por { $user } (dispositivo { $device }) el { $at }, mensaje { $seq }
cli-ledger-ref = ref. { $reference }
cli-ledger-reversed-by = anulado por { $user } ({ $id })
cli-ledger-reversed = anulado ({ $id })
cli-ledger-balances-title = saldos de { $conversation }
cli-ledger-is-owed = le deben
cli-ledger-owes = debe
cli-ledger-settled = saldado
cli-ledger-all-settled = todo saldado
cli-ledger-to-settle-up = para saldar:
cli-ledger-pays = { $from } paga a { $to } { $amount }
cli-writing = escribiendo { $path }
cli-writing-export = escribiendo la exportación
cli-ledger-exported = { $count ->
    [one] { $count } apunte exportado
   *[other] { $count } apuntes exportados
} a { $path }
cli-not-a-call-id = { $value } no es un id de llamada (32 caracteres hexadecimales)
cli-no-call-running = no hay ninguna llamada en curso en { $conversation }
cli-call-started = llamada { $call } iniciada en { $conversation }
cli-call-joined = te uniste a la llamada { $call } en { $conversation }
cli-call-left = saliste de la llamada { $call } en { $conversation }
cli-call-declined = llamada { $call } rechazada en { $conversation }
cli-call-ended = llamada { $call } terminada en { $conversation }
cli-call-not-in = este dispositivo no está en la llamada { $call }
cli-call-not-ringing = la llamada { $call } no está sonando para ti (suena 45 s, hasta que contestes o la rechaces)
cli-call-token = token de llamada para la llamada { $call }, válido hasta { $expires }
cli-proxy-loopback-only = el proxy sirve sin autenticación, así que solo escucha en loopback (recibido { $address })
cli-proxy-no-directory = no se puede obtener el directorio de relés: { $error }
cli-proxy-no-server = este dispositivo no conoce ningún servidor
cli-proxy-circuit = circuito { $circuit }: entrada { $entry } → salida { $exit } en { $ms } ms
cli-proxy-same-operator = aviso: un mismo operador gestiona ambos relés, así que la división en dos saltos es solo nominal aquí
cli-proxy-circuit-failed = fallo del circuito: { $error }
cli-proxy-stream-refused = conexión rechazada: { $reason }
cli-proxy-listening = Navegación privada en socks5://{ $address } y http://{ $address } (CONNECT). Apunta un navegador allí, p. ej.
cli-proxy-two-relays = Dos relés llevan cada conexión: la entrada ve tu dirección, la salida el sitio; ninguno ambas. Sin protección: ambos relés confabulados, o un observador de los tiempos en ambos extremos.
cli-proxy-first-circuit-failed = falló el primer circuito (se reintenta en la primera conexión): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } circuito
   *[other] { $circuits } circuitos
}, { $streams ->
    [one] { $streams } flujo
   *[other] { $streams } flujos
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = detenido: { $circuits ->
    [one] { $circuits } circuito construido
   *[other] { $circuits } circuitos construidos
}, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = el servidor no pudo leer lo que envió este programa; actualice Conclave
server-error-unsupported-version = el servidor habla otra versión del protocolo de Conclave; actualice Conclave
server-error-frame-too-large = lo que envió este programa es demasiado grande para el servidor
server-error-not-authenticated = el servidor cerró la sesión antes de que este dispositivo iniciara sesión; inténtelo de nuevo
server-error-already-authenticated = este dispositivo inició sesión dos veces en una misma sesión; inténtelo de nuevo
server-error-auth-failed = el servidor no acepta este dispositivo: se quitó de su cuenta, o su clave no coincide
server-error-invite-unknown = esta invitación no existe; revise el enlace
server-error-invite-used = esta invitación ya se ha usado; pida una nueva
server-error-invite-expired = esta invitación ha caducado; pida una nueva
server-error-invite-revoked = esta invitación fue revocada; pida una nueva
server-error-username-taken = este nombre de usuario está ocupado; elija otro
server-error-username-invalid = el servidor no acepta este nombre de usuario
server-error-device-key-taken = la clave de este dispositivo ya está registrada
server-error-account-disabled = el operador del servidor ha desactivado su cuenta
server-error-account-expired = la cuenta { $user } caducó el { $date }; pida a un administrador un código de renovación
server-error-account-expired-plain = su cuenta ha caducado; pida a un administrador un código de renovación
server-error-renewal-unknown = este código de renovación no existe
server-error-renewal-used = este código de renovación ya se ha usado
server-error-renewal-expired = este código de renovación ha caducado; pida uno nuevo a un administrador
server-error-forbidden = el servidor no permite esto
server-error-not-found = el servidor no conoce lo que se pidió
server-error-no-account = no hay ninguna cuenta llamada { $name }
server-error-invalid-argument = el servidor rechazó la solicitud por no ser válida
server-error-quota-exceeded = cupo de invitaciones alcanzado: ha concedido { $used } de sus { $quota } usos de invitación, quedan { $left }
server-error-quota-exceeded-plain = su cupo de invitaciones está agotado
server-error-queue-full = la cola de un dispositivo destinatario está llena; debe conectarse y ponerse al día
server-error-rate-limited = demasiadas solicitudes; inténtelo de nuevo en { $seconds } s
server-error-rate-limited-plain = demasiadas solicitudes; inténtelo de nuevo en un momento
server-error-too-many-connections = el servidor está en su límite de conexiones; inténtelo más tarde
server-error-limit-exceeded = esto supera un límite del servidor
server-error-stale-epoch = la conversación cambió en el mismo momento; inténtelo de nuevo
server-error-not-member = este dispositivo no es miembro de esa conversación
server-error-no-key-package = un dispositivo que se quiere añadir no tiene paquetes de claves en el servidor; primero debe conectarse
server-error-device-link-invalid = este enlace de dispositivo es desconocido, ya se usó o caducó; cree uno nuevo en un dispositivo de la cuenta
server-error-shutting-down = el servidor se está apagando; inténtelo de nuevo en un momento
server-error-internal = el servidor tuvo un error interno; inténtelo más tarde
server-error-unavailable = el servidor no ofrece esto
server-error-fell-behind = un dispositivo se quedó atrás en esta conversación y espera a que un miembro lo vuelva a añadir
server-error-relay-tokens-used-up = la cuota de hoy para la navegación privada está agotada; se renueva a las 00:00 UTC
server-error-relay-tokens-unavailable = este servidor no ofrece navegación privada
server-error-call-tokens-unavailable = este servidor no ofrece llamadas
server-error-unknown-code = el servidor lo rechazó (error { $code })
server-error-unsupported = el servidor no conoce esta solicitud: usa una versión más antigua de Conclave
cli-server-account-expired = la cuenta { $user } caducó el { $date }; pida a un administrador un código de renovación y ejecute `conclave renew CODE`
cli-server-account-expired-plain = su cuenta ha caducado; pida a un administrador un código de renovación y ejecute `conclave renew CODE`
cli-client-connect = no se puede conectar con { $address }: { $reason }
cli-client-pin-mismatch = el certificado TLS del servidor no coincide con la huella fijada (se esperaba { $expected }, se recibió { $got }); puede ser un ataque, o el certificado del servidor cambió
cli-client-timeout = se agotó el tiempo de espera del servidor
cli-client-closed = la conexión se cerró
cli-client-closed-because = la conexión se cerró: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (respuesta) { $text }
preview-reaction = (reacción) { $emoji }
preview-edit = (editado) { $text }
preview-deleted = (eliminó un mensaje)
preview-receipt = (leído hasta { $seq })
preview-conversation-started = (conversación iniciada)
preview-group = (grupo #{ $name })
preview-file = (archivo) { $name } ({ $size ->
    [one] { $size } byte
    [many] { $size } de bytes
   *[other] { $size } bytes
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (reenviado) { $text }
preview-timer-off = (mensajes temporales desactivados)
preview-timer = (mensajes temporales: { $time })
preview-display-name-cleared = (nombre visible borrado)
preview-display-name = (nombre visible: { $name })
preview-call-started-audio = (llamada) inició una llamada de voz { $call }
preview-call-started-video = (llamada) inició una videollamada { $call }
preview-call-ringing = (llamada) está sonando para { $call }
preview-call-answered = (llamada) respondió { $call }
preview-call-declined = (llamada) rechazó { $call }
preview-call-joined = (llamada) se unió a { $call }
preview-call-left = (llamada) salió de { $call }
preview-call-ended = (llamada) terminó { $call }
preview-call-unreadable = (señal de llamada ilegible: { $reason })
preview-ledger = (cuentas) { $entry }
preview-ledger-handover = (cuentas) { $count ->
    [one] { $count } apunte anterior entregado
    [many] { $count } de apuntes anteriores entregados
   *[other] { $count } apuntes anteriores entregados
} a los dispositivos que se unieron (parte { $part } de { $parts })
preview-ledger-unreadable = (apunte ilegible: { $reason })
ledger-payment-to = { $from } pagó { $money } a { $names }
ledger-payment-equal = { $from } pagó { $money } por { $names } (a partes iguales)
ledger-payment-exact = { $from } pagó { $money } por { $names } (reparto { $shares })
ledger-payment-weights = { $from } pagó { $money } por { $names } (reparto por peso { $weights })
ledger-debt-to = { $names } debe { $money } a { $from }
ledger-debt-equal = { $names } deben { $money } a { $from } (a partes iguales)
ledger-debt-exact = { $names } deben { $money } a { $from } (reparto { $shares })
ledger-debt-weights = { $names } deben { $money } a { $from } (reparto por peso { $weights })
ledger-reversed-entry = apunte { $id } anulado
ledger-with-memo = { $entry }: { $memo }
ledger-refused = rechazado: { $entry } ({ $error })
ledger-refused-plain = rechazado: { $error }
ledger-unreadable = ilegible: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = se unió
history-unreadable = mensaje ilegible ({ $reason })
history-fell-behind = este dispositivo se quedó atrás aquí y perdió mensajes; se vuelve a añadir la próxima vez que un miembro envíe algo
history-fell-behind-long = Este dispositivo se quedó atrás aquí (su cola en el servidor estaba llena) y perdió mensajes desde este punto; se vuelve a añadir la próxima vez que un miembro envíe algo.
history-added = añadió a { $names }
history-removed = quitó a { $names }
history-added-removed = añadió a { $added }; quitó a { $removed }
history-keys-updated = actualizó las claves
history-deleted = (eliminado)
preview-photo = Foto: { $name }
preview-voice-note = Nota de voz: { $name }
preview-file-named = Archivo: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = un temporizador de mensajes temporales está desactivado o va de { $min } s a 4 semanas ({ $max } s); { $secs } s no es válido
refused-one-to-one-self = una conversación 1:1 necesita otra cuenta
refused-group-exists = ya tienes un grupo llamado #{ $name }
refused-remove-self = para salir de una conversación usa `leave`
refused-not-members = ninguno de ellos es miembro
refused-no-key-packages = ninguno de los dispositivos que se quieren añadir ha publicado aún paquetes de claves
refused-busy = el grupo está demasiado ocupado; inténtalo de nuevo
refused-not-in-conversation = no estás en esta conversación
refused-fell-behind = este dispositivo se quedó atrás en esta conversación (su cola en el servidor estaba llena); se vuelve a añadir la próxima vez que otro miembro envíe algo
refused-server-too-old-for-timer = los mensajes de esta conversación desaparecen, y el servidor es demasiado antiguo para dejarlos caducar en su cola (revisión 1 del protocolo): actualiza el servidor o desactiva el temporizador
refused-call-running = hay una llamada ({ $call }, iniciada por { $caller }) en curso en esta conversación: únete a ella
refused-display-name-too-long = un nombre visible tiene como máximo { $max } caracteres (se dieron { $given })
refused-display-name-invisible = un nombre visible no puede contener caracteres de control, de anulación de dirección ni invisibles ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = error: { $message }
cli-usage-invalid-value = valor { $value } no válido para { $arg }
cli-usage-value-required = se requiere un valor para { $arg }, pero no se proporcionó ninguno
cli-usage-invalid-value-because = valor { $value } no válido para { $arg }: { $reason }
cli-usage-possible-values = valores posibles: { $values }
cli-usage-unknown-argument = se encontró un argumento inesperado { $arg }
cli-usage-unknown-subcommand = subcomando no reconocido { $command }
cli-usage-missing-arguments = no se proporcionaron los siguientes argumentos obligatorios: { $args }
cli-usage-missing-subcommand = { $command } requiere un subcomando, pero no se proporcionó ninguno
cli-usage-subcommands = subcomandos: { $values }
cli-usage-too-many-values = se encontró un valor inesperado { $value } para { $arg }; no se esperaban más
cli-usage-conflict = el argumento { $arg } no se puede usar con { $other }
cli-usage-used-twice = el argumento { $arg } no se puede usar varias veces
cli-usage-similar-subcommand = consejo: existe un subcomando similar: { $names }
cli-usage-similar-argument = consejo: existe un argumento similar: { $names }
cli-usage-similar-value = consejo: existe un valor similar: { $names }
cli-usage-more = Para más información, prueba { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = número de seguridad { $number }
members-safety-number-verified = número de seguridad { $number } (verificado)
members-no-safety-number = sin número de seguridad: { $error }
notice-not-sent = no enviado: { $error }
notice-ledger-failed = cuentas: { $error }
notice-members-failed = miembros: { $error }
notice-error = error: { $error }

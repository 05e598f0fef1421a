# Conclave: Spanish (Español), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Inicio, unirse, vincular, desbloquear

boot-loading = Cargando…
boot-failed = Conclave no pudo iniciarse: { $error }
boot-other-tab = Conclave ya está abierto en otra pestaña o ventana de este navegador. Ciérrala y vuelve a cargar esta página.
working = Procesando…
wrong-passphrase = Frase de contraseña incorrecta. { $detail }. Inténtalo de nuevo.
tagline = Mensajería solo por invitación y cifrada de extremo a extremo. Tus claves se crean y se guardan en este navegador.
passphrase = Frase de contraseña
passphrase-hint = Al menos 8 caracteres. Cifra las claves y el historial de este dispositivo en este navegador y nunca sale de él; si la olvidas, la copia de este navegador no se podrá abrir.
passphrase-again = Repite la frase de contraseña
passphrase-differ = Las dos frases de contraseña no coinciden.
join-title = Unirse con una invitación
join-link = Enlace de invitación
join-link-hint = https://…/join#code=… o conclave://…/join#code=…
username = Nombre de usuario
username-hint = De 3 a 32 caracteres: a–z, 0–9, “.”, “_”, “-”.
device-name = Nombre de este dispositivo
join-button = Unirse
joining = Uniéndote…
link-title = Vincular este navegador a tu cuenta
link-intro = En un dispositivo que tenga tu cuenta, ejecuta “conclave device link” y pega el enlace que muestra. Ese dispositivo añadirá entonces este navegador a tus conversaciones.
link-link = Enlace de dispositivo
link-link-hint = https://…/device#code=… o conclave://…/device#code=…
link-button = Vincular este navegador
linking = Vinculando…
unlock-title = Desbloquear Conclave
unlock-holds = Este navegador contiene el dispositivo “{ $device }” de { $username }.
unlock-button = Desbloquear
unlocking = Desbloqueando…
unlock-link-ignored = Este navegador ya contiene un dispositivo de Conclave; el enlace que abriste no se usa. Para usarlo, primero quita este dispositivo de este navegador.
unlock-forgot = ¿Olvidaste la frase de contraseña? La copia de este navegador no se puede abrir sin ella. Quítala aquí y vuelve a vincular este navegador desde otro de tus dispositivos.
forget-button = Quitar este dispositivo de este navegador
forget-confirm = ¿Quitar el dispositivo de { $username } de este navegador? Sus claves y su historial aquí se borrarán; tu cuenta y tus otros dispositivos se mantienen.

## La interfaz

conversations = Conversaciones
new-button = Nueva
new-conversation = Nueva conversación
private-button = Privado
private-browsing = Navegación privada
account-button = Cuenta
account = Cuenta
details = Detalles
call-button = Llamar
call-start = Iniciar una llamada
call-voice = Llamada de voz
video-button = Vídeo
video-start = Iniciar una videollamada
video-call = Videollamada
ledger = Cuentas
ledger-button-title = Gastos compartidos y saldos
messages = Mensajes
composer-placeholder = Mensaje
send = Enviar
sending = Enviando…
attach = Adjuntar un archivo
take-photo = Hacer una foto
voice-hold = Mantén pulsado para grabar una nota de voz
back-chats = ‹ Chats
back-to-conversations = Volver a las conversaciones
back = ‹ Atrás
close-panel = Cerrar el panel
conversation-panels = Paneles de la conversación
members = Miembros
choose-conversation = Elige una conversación o inicia una con “Nueva”.
call = Llamada

## Estado y avisos

status-online = { $username } · en línea
status-offline = { $username } · sin conexión
status-expired = { $username } · caducada
status-replaced = { $username } · reemplazado
status-refused = { $username } · rechazado
status-connecting = { $username } · conectando
banner-expired = Tu cuenta ha caducado. Canjea un código de renovación en Cuenta para continuar.
banner-replaced = Conclave se abrió para este dispositivo en otro lugar; esta página se detuvo. Vuelve a cargarla para usarlo aquí.
banner-refused = El servidor rechazó este dispositivo: { $reason }
banner-offline = Sin conexión: se muestra lo que tiene este navegador. { $reason }
banner-expires-soon = Tu cuenta caduca el { $date }. Pide un código de renovación a un administrador.
conn-expired = Tu cuenta ha caducado: renuévala en Cuenta.
conn-offline = Sin conexión: puedes leer; el envío volverá a funcionar al reconectarse.
expiry-unknown = desconocido (sin conexión)
expiry-expired = { $date } (caducada)
expiry-days = { $days ->
    [one] { $date } ({ $days } día)
   *[other] { $date } ({ $days } días)
}

## La lista de conversaciones y los mensajes

you = Tú
last-message = { $who }: { $text }
ledger-line = Cuentas: { $text }
group-created = Grupo creado
no-messages-yet = Aún no hay mensajes
no-conversations = Aún no hay conversaciones.
not-on-device = Esta conversación no está en este dispositivo.
conversation = Conversación
removed-banner = Te quitaron de esta conversación. Ya no recibes sus mensajes.
membership-added = { $who } añadió a { $names }
membership-removed = { $who } quitó a { $names }
membership-added-removed = { $who } añadió a { $added } y quitó a { $removed }
membership-keys = { $who } actualizó las claves
unreadable-message = Mensaje ilegible ({ $reason })
handover-mine = Tu dispositivo entregó las entradas anteriores de las cuentas a los dispositivos que se unieron.
handover-theirs = El dispositivo de { $sender } entregó las entradas anteriores de las cuentas a los dispositivos que se unieron.
open-ledger-link = Cuentas ›
open-ledger = Abrir las cuentas
joined-here = Te uniste a esta conversación en este dispositivo.
empty-conversation = Aún no hay mensajes. Los mensajes están cifrados de extremo a extremo.
upload-sending = Enviando { $name }…
upload-failed = { $name }: { $error }
dismiss = Descartar
record-failed = No se puede grabar: { $error }
record-hold = Mantén pulsado el botón del micrófono para grabar una nota de voz.
toast-added-to-conversation = Te añadieron a una conversación.
toast-fell-behind = Este dispositivo se quedó atrás en una conversación y espera a que lo vuelvan a añadir.
invites-admin = sin límite (administrador)
invites-left = quedan { $count }

## Miembros

no-longer-member = Ya no eres miembro de esta conversación.
safety-number = Número de seguridad
safety-number-with = Número de seguridad con { $username }
remove = Quitar
remove-member = Quitar a { $username }
remove-confirm = ¿Quitar a { $username } de { $conversation }? No podrá leer los mensajes posteriores.
removing = Quitando…
removed-toast = Se quitó a { $username }.
devices-line = { $count ->
    [one] dispositivo { $ids }
   *[other] dispositivos { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = dispositivo ({ $id })
member-you = { $username } (tú)
members-summary = { $count ->
    [one] { $count } miembro · época { $epoch }
   *[other] { $count } miembros · época { $epoch }
}
add = Añadir
adding = Añadiendo…
added-toast = Se añadió a { $names }.
add-members = Añadir miembros
add-members-hint = Nombres de usuario separados por comas. Se unen todos sus dispositivos.
leave = Salir de esta conversación
leave-confirm = ¿Salir de { $conversation } en todos tus dispositivos?
leaving = Saliendo…
epoch-authenticator = Autenticador de época (el mismo en el dispositivo de cada miembro): { $code }
loading = Cargando…
safety-verified = verificado
safety-changed = LAS CLAVES CAMBIARON desde que verificaste
safety-unverified = no verificado
mark-verified = Marcar como verificado
saving = Guardando…
verified-toast = { $username } marcado como verificado.
safety-with = Número de seguridad con { $username } { $badge }
safety-hint = Compáralo con el suyo en persona o por otro canal. Si coincide, márcalo como verificado: así, un cambio posterior de sus claves se mostrará de forma destacada.

## Las cuentas

ledger-paid-by = Pagado por
ledger-paid-to = Pagado a / para
ledger-owed-to = Se le debe a
ledger-owed-by = Lo debe
split-to = Todo a un miembro
split-equal = Dividir a partes iguales
split-exact = Dividir por importes
split-weights = Dividir por pesos
badge-reversed = anulada
badge-reversal = anulación
badge-refused = rechazada
badge-unreadable = ilegible
device-id = dispositivo { $id }
device-id-named = dispositivo { $id } ({ $name })
entries = Entradas
entries-count = Entradas ({ $count })
export-csv = Descargar CSV
export-json = Descargar JSON
balances = Saldos
export = Exportar
export-hint = CSV: una fila por miembro y entrada (sumadas por miembro y moneda: los saldos). JSON: todos los registros, los saldos y la liquidación.
discrepancy-title = Atención: unas cuentas entregadas a un dispositivo nuevo difieren de las tuyas.
discrepancy = El dispositivo { $device } de { $by } (mensaje { $seq }) entregó a los recién llegados unas cuentas que no coinciden con las de este dispositivo: { $detail }. Sus saldos pueden diferir de los tuyos; compáralos con { $by }.
ledger-unreadable = { $count ->
    [one] { $count } entrada se escribió con un Conclave más reciente y no se puede leer aquí; los saldos no la incluyen hasta que actualices.
   *[other] { $count } entradas se escribieron con un Conclave más reciente y no se pueden leer aquí; los saldos no las incluyen hasta que actualices.
}
handed-over-mine = Este dispositivo se unió en el mensaje { $seq }: las entradas anteriores son las que entregó tu dispositivo { $device }.
handed-over-theirs = Este dispositivo se unió en el mensaje { $seq }: las entradas anteriores son las que entregó el dispositivo { $device } de { $by }.
ledger-empty = Aún no hay entradas. Registra abajo un gasto compartido, un pago o una deuda; todos los miembros ven los mismos saldos.
balances-in = Saldos en { $currency }
balance-owed = le deben
balance-owes = debe
balance-settled = saldado
settle-title = Para saldar cuentas
settle-you-pay = Pagas a { $to } { $amount } { $currency }
settle-pays-you = { $from } te paga { $amount } { $currency }
settle-pays = { $from } paga a { $to } { $amount } { $currency }
all-settled = Todo saldado.
records-empty = Las entradas aparecen aquí en el orden en que las colocó el servidor, el mismo en todos los dispositivos.
recorded-by-you = { $day } · registrada por ti desde { $device } a las { $time }
recorded-by = { $day } · registrada por { $member } desde { $device } a las { $time }
reference-line = Referencia: { $reference }
reversed-by-you = Anulada por ti (entrada { $entry }); ya no se cuenta.
reversed-by = Anulada por { $member } (entrada { $entry }); ya no se cuenta.
reversed-by-someone = Anulada por alguien (entrada { $entry }); ya no se cuenta.
undoes = Anula: { $description }
refused-everywhere = Rechazada por todos los dispositivos a los que llegó; no cambia ningún saldo.
handed-by-mine = Entregada por tu dispositivo { $device } cuando este dispositivo se unió
handed-by-theirs = Entregada por el dispositivo { $device } de { $username } cuando este dispositivo se unió
reverse-toggle = Anular…
reverse-entry-label = Anular la entrada { $entry }
reverse-entry = Anular la entrada
cancel = Cancelar
reverse-why = Motivo (opcional)
reverse-hint = La entrada se queda en el historial, marcada como anulada; su efecto en los saldos se deshace en todos los dispositivos.
reversing = Anulando…
reversed-toast = Anulada: { $description }
kind-payment = Pago: alguien pagó
kind-debt = Deuda: alguien debe
record-entry = Registrar entrada
member = Miembro
split-equal-among = Dividir a partes iguales entre
split-equal-hint = Incluye a quien pagó para que también tenga su parte. Un céntimo sobrante va a los primeros miembros de la lista.
weights-legend = Pesos (p. ej., 2 y 1: dos tercios y un tercio)
amounts-legend = Importes (que sumen el total)
share-empty-hint = Deja vacío un miembro para no darle ninguna parte.
will-record = Se registrará: { $description }
will-record-shares = Se registrará: { $description } — { $shares } { $currency }
amount = Importe
currency = Moneda
add-entry-form = Añadir una entrada a las cuentas
what-happened = Qué pasó
date = Fecha
memo-optional = Nota (opcional)
reference-optional = Referencia (opcional)
reference-hint = Un número de factura, un id de transferencia…
add-entry = Añadir una entrada
ledger-intro = Las entradas son mensajes cifrados de extremo a extremo; nadie puede editarlas ni borrarlas: un error se anula.
recording = Registrando…
recorded-toast = Registrada: { $description }
preparing = Preparando…
exported-toast = { $count ->
    [one] Se exportó { $count } registro de las cuentas a { $file }.
   *[other] Se exportaron { $count } registros de las cuentas a { $file }.
}

## Nueva conversación, cuenta

start = Iniciar
starting = Iniciando…
create-group = Crear grupo
creating = Creando…
message-person = Escribir a una persona
new-group = Nuevo grupo
group-name = Nombre del grupo
members-hint = Nombres de usuario separados por comas.
your-account = Tu cuenta
this-device = Este dispositivo
this-device-value = { $name } (dispositivo { $id })
valid-until = Válida hasta
invitations = Invitaciones
connection = Conexión
online = en línea
offline = sin conexión
offline-reason = sin conexión: { $reason }
renew = Renovar
renewing = Renovando…
renewed-toast = Renovada hasta el { $date }.
renew-title = Renovar tu cuenta
renewal-code = Código de renovación
renewal-hint = Te lo da un administrador; amplía tu cuenta, también después de que haya caducado.
expires-1-day = 1 día
expires-7-days = 7 días
expires-30-days = 30 días
create-invitation = Crear invitación
your-invitations = Tus invitaciones
copy = Copiar
copied = Copiado.
copy-failed = Selecciona el enlace y cópialo.
invitation-created = Invitación creada.
invitation-for = { $count ->
    [one] Para { $count } persona, válida hasta el { $date }.
   *[other] Para { $count } personas, válida hasta el { $date }.
}
link-for-browser = Enlace para un navegador:
link-for-cli = Para la línea de comandos (conclave join):
invite-row = #{ $id } · { $state } · quedan { $left }/{ $total } · hasta el { $date }
invite-row-joined = #{ $id } · { $state } · quedan { $left }/{ $total } · hasta el { $date } · se unieron: { $names }
no-invitations = Aún no hay invitaciones.
invite-someone = Invitar a alguien
number-of-people = Número de personas
valid-for = Válida durante
your-devices = Tus dispositivos
add-device-hint = Para añadir un dispositivo, ejecuta “conclave device link” en uno que tenga tu cuenta.
lock = Bloquear
this-browser = Este navegador
lock-hint = Bloquear cierra la sesión; la frase de contraseña la vuelve a abrir.
device-row = { $name } (dispositivo { $id }), añadido el { $date }
device-row-this = { $name } (dispositivo { $id }), añadido el { $date } — este navegador
offline-short = Sin conexión.
language = Idioma
language-hint = El idioma de esta página en este dispositivo. “Automático” sigue los idiomas del navegador.
language-auto = Automático

## Navegación privada

pb-what-title = Qué es la navegación privada
pb-what-1 = La navegación privada lleva el tráfico web de un dispositivo a través de dos relés en lugar de directamente al sitio. El relé de entrada sabe quién eres (tu dirección), pero no adónde vas; el relé de salida sabe adónde vas (el sitio), pero no quién eres. Ninguno sabe ambas cosas.
pb-what-2 = Entre tu dispositivo y la salida, el tráfico va cifrado, así que la entrada solo ve celdas selladas de tamaño fijo. Cada relé solo admite una conexión con un token no vinculable, que este servidor firma a ciegas: no puede saber en qué conexión ni en qué sitio se gastó un token.
pb-what-3 = Esta página no enruta nada por sí misma: una página web no puede transportar otro tráfico. Lo hace el programa conclave en un dispositivo (consulta “Usarla en este dispositivo”).
pb-limits-title = Contra qué no protege
pb-limits-1 = Dos saltos frustran a un operador de relé curioso. No ayudan si los dos relés de una ruta colaboran, ni frente a un observador que vigila el tráfico en ambos extremos y compara sus tiempos (un observador global).
pb-limits-2 = Los relés del mismo operador se marcan en la lista de abajo, y una ruta nunca usa dos de ellos si existe un relé de otro operador. Cuando solo un operador tiene relés, los dos saltos son suyos y la separación es nominal; entonces conclave proxy lo advierte.
pb-limits-3 = Los sitios siguen viendo lo que les envías: iniciar sesión, las cookies y la huella del navegador te identifican como siempre.
pb-limits-4 = Solo quedan cubiertos los programas dirigidos al proxy. Deja que el proxy resuelva también los nombres (socks5h, --socks5-hostname de curl, “Proxy DNS” de Firefox), o tus consultas DNS saldrán fuera de él.
pb-allowance-note = Cada circuito usa dos tokens, uno por relé; un circuito transporta muchas conexiones y se renueva a los 10 minutos. La asignación se renueva a las 00:00 UTC.
pb-allowance-title = La asignación de este dispositivo
pb-per-day = Tokens por día
pb-left-today = Quedan hoy
pb-fetching = Obteniendo el directorio de relés…
relays = Relés
pb-setup = { $first }: en un dispositivo donde conclave tenga tu cuenta, ejecuta { $link } y luego aquí { $join } (o { $joininvite } con una invitación).
pb-use-title = Usarla en este dispositivo
pb-desktop = Ordenador (Linux, macOS, Windows)
pb-desktop-install = Instala la línea de comandos de conclave y dale tu cuenta
pb-desktop-run = Ejecuta { $cmd }. Ofrece SOCKS5 y HTTP CONNECT en { $addr }, solo para este ordenador, y muestra la entrada y la salida de cada circuito.
pb-desktop-chromium = Chromium, Chrome o Edge: inícialo con { $cmd } (así el proxy resuelve los nombres). Un perfil aparte ({ $profile }) mantiene la navegación privada separada de la habitual.
pb-desktop-firefox = Firefox: Ajustes → General → Configuración de red → Configuración…: Configuración manual del proxy, Host SOCKS 127.0.0.1, Puerto 1080, SOCKS v5, y marca “Proxy DNS al usar SOCKS v5”.
pb-desktop-curl = Herramientas de línea de comandos: { $cmd }.
pb-desktop-options = Opciones: { $country } sale por una salida en ese país; { $circuit } da a cada sitio su propio circuito.
pb-android = Teléfono o tableta Android
pb-android-intro = Un navegador no puede ejecutar un proxy SOCKS, así que tiene que hacerlo un programa en el teléfono:
pb-android-termux = Instala Termux (desde F-Droid) y, dentro de él, la línea de comandos de conclave.
pb-android-account = Dale tu cuenta
pb-android-run = En Termux, ejecuta { $cmd } y déjalo en marcha (permite que Termux se ejecute en segundo plano en los ajustes de batería).
pb-android-wifi = Ajustes → Wi-Fi → tu red → Editar → Opciones avanzadas → Proxy: Manual, host { $host }, puerto { $port }. El ajuste de proxy de Android usa HTTP CONNECT, que el proxy entiende en el mismo puerto. Los navegadores que lo siguen pasan por los relés en esa red Wi-Fi (no con datos móviles).
pb-android-browser = O usa un navegador con sus propios ajustes de proxy: SOCKS5 { $socks } con DNS remoto, o proxy HTTP { $http } (CONNECT).
pb-ios = iPhone y iPad
pb-ios-text = No disponible por ahora. iOS no permite mantener un programa de línea de comandos ejecutándose en segundo plano como proxy local (no hay Termux y las apps se suspenden), y transportar el tráfico de un teléfono requiere una app tipo VPN (una Network Extension), que Conclave aún no tiene. Tampoco puede un teléfono usar el proxy de un ordenador: conclave proxy no tiene contraseña, así que solo escucha en su propia máquina.
pb-no-tokens = Este servidor no emite tokens de relé, así que sus relés no se pueden usar desde esta cuenta.
pb-zero-tokens = El servidor no da tokens de relé a los miembros (su asignación es 0 al día).
pb-same-operator = mismo operador
pb-country-unknown = país desconocido
pb-relay-meta = { $country } · operador { $operator } · { $addr }
pb-relay-meta-ours = { $country } · operador { $operator } (el de este servidor) · { $addr }
pb-same-operator-note = Gestionado por el mismo operador que { $others } ({ $count } relés): nunca se usan juntos mientras exista un relé de otro operador.
pb-no-relays = Este servidor no ofrece relés.
pb-two-operators = Una ruta puede usar dos relés de operadores distintos.
pb-one-operator = Solo un operador gestiona estos relés, así que los dos saltos de una ruta son suyos: la separación es nominal.
pb-no-path = Aún no se puede construir ninguna ruta: { $reason }.
pb-signed-new = Firmado por { $operator } con la clave { $key }; la firma es válida. Este dispositivo recuerda ahora esa clave y rechaza un directorio firmado por otra. Válido hasta el { $date }.
pb-signed-known = Firmado por { $operator } con la clave { $key }; la firma es válida. Es la clave que este dispositivo recordaba, y rechaza un directorio firmado por otra. Válido hasta el { $date }.

## Llamadas

declined = { $names } rechazó la llamada.
join-call = Unirse a la llamada
accept = Aceptar
accept-call = Aceptar la llamada
accept-video-call = Aceptar la videollamada
decline = Rechazar
is-calling = { $caller } te está llamando
ringing-voice = Llamada de voz · { $conversation }
ringing-video = Videollamada · { $conversation }
already-in-call = Ya estás en una llamada.
calling = Llamando…
call-failed = No se pudo iniciar la llamada: { $error }
connecting = Conectando…
your-camera = Tu cámara
mute = Silenciar
unmute = Activar sonido
camera-off = Desactivar cámara
camera-on = Activar cámara
switch-camera = Cambiar de cámara
one-camera = Este dispositivo tiene una sola cámara.
hang-up = Colgar
call-controls = Controles de la llamada
tile-name = { $username } · dispositivo { $device }
tile-leaf = hoja { $leaf }
reconnecting = Reconectando…
connection-failed = Falló la conexión
ended = Finalizada
in-call = { $count ->
    [one] { $state } · { $count } en la llamada
   *[other] { $state } · { $count } en la llamada
}

## Archivos y notas de voz

file-too-large = El archivo es más grande de lo que acepta el servidor.
file-too-large-max = El archivo es más grande de lo que acepta el servidor (como máximo { $max }).
file-over-quota = Tu almacenamiento en el servidor está lleno. Los archivos caducan al cabo de un tiempo; inténtalo más tarde.
file-too-many = Demasiadas subidas a la vez. Inténtalo de nuevo en un momento.
file-grant = El permiso para subir caducó. Inténtalo de nuevo.
file-not-found = El archivo ya no está en el servidor (los archivos caducan al cabo de un tiempo).
file-hash-mismatch = La subida se dañó por el camino. Inténtalo de nuevo.
file-unavailable = El almacén de archivos del servidor no está disponible ahora. Inténtalo más tarde.
file-busy = El servidor está ocupado con este archivo. Inténtalo de nuevo en un momento.
file-cut = La conexión se cortó durante la subida. Inténtalo de nuevo.
file-no-resume = No se pudo reanudar la subida.
file-kept-other = El servidor conservó otra parte del archivo.
upload-refused = La subida falló: { $reason }
download-refused = La descarga falló: { $reason }
file-corrupted = Este archivo se alteró o se dañó por el camino; no se muestra.
open-image = Abrir la imagen { $name }
open = Abrir
preview-of = Vista previa de { $name }
image-unreadable = Esta imagen no se puede mostrar aquí; no es una imagen que este navegador pueda leer.
play-voice-note = Reproducir la nota de voz { $name }
recording-unplayable = Esta grabación no se puede reproducir en este navegador.
download = Descargar
download-name = Descargar { $name }
save-again = Guardar de nuevo
close = Cerrar
play-name = Reproducir { $name }
pause-name = Pausar { $name }
position = Posición

## Notificaciones

notifications = Notificaciones
hide-contents = Ocultar el contenido en las notificaciones
push-blocked = Las notificaciones están bloqueadas para este sitio: permítelas en los ajustes del sitio del navegador.
push-not-allowed = No se permitieron las notificaciones.
push-no-server = Este servidor no envía notificaciones push.
push-no-service = El servicio push de este navegador no respondió (sin red, o un navegador que no lo tiene).
push-unsupported = Este navegador no puede mostrar notificaciones push (en iPhone y iPad: primero añade Conclave a la pantalla de inicio).
push-on-hidden = Activadas: las notificaciones dicen "Mensaje nuevo" y nada más.
push-on = Activadas: las notificaciones muestran quién escribió y qué, leído en este dispositivo.
push-off = Desactivadas. Los avisos push del servidor solo dicen "algo nuevo"; este dispositivo descifra el resto.
new-message = Mensaje nuevo

## Llamadas en el historial, recuadros de llamada, estados de invitación

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
tile-waiting-keys = esperando las claves
tile-cant-decrypt = no se puede descifrar ({ $reason })
tile-key-mismatch = su clave no coincide con la de este dispositivo: otra época de MLS o no es miembro
invite-open = abierta
invite-used = usada
invite-expired = caducada
invite-revoked = revocada

## Typing indicators
typing-one = { $name } está escribiendo…
typing-two = { $first } y { $second } están escribiendo…
typing-several = Varias personas están escribiendo…
typing-title = Indicadores de escritura
typing-setting = Mostrar cuándo escriben los demás y dejar que vean cuándo escribo yo
typing-hint = Desactivados, este dispositivo ni los envía ni los muestra. Solo llegan a los miembros conectados ahora; el servidor no guarda ninguno.

## History from another device
toast-history-imported = Llegó el historial de tu dispositivo { $device } (entradas: { $count }; conversaciones: { $conversations }).
history-note = El historial de arriba vino de tu dispositivo { $device } (enviado el { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Llamada entrante
push-ring-body = Abre Conclave para responder
push-title-group = { $sender } en { $conversation }

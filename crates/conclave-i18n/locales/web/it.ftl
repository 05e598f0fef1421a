# Conclave: Italian (Italiano), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Avvio, adesione, collegamento, sblocco

boot-loading = Caricamento…
boot-failed = Conclave non è riuscito ad avviarsi: { $error }
boot-other-tab = Conclave è già aperto in un’altra scheda o finestra di questo browser. Chiudila, poi ricarica questa pagina.
working = In corso…
wrong-passphrase = Frase segreta errata. { $detail }. Riprova.
tagline = Messaggistica solo su invito, cifrata end-to-end. Le tue chiavi vengono create e conservate in questo browser.
passphrase = Frase segreta
passphrase-hint = Almeno 8 caratteri. Cifra le chiavi e la cronologia di questo dispositivo in questo browser e non ne esce mai; se la dimentichi, la copia di questo browser non potrà più essere aperta.
passphrase-again = Ripeti la frase segreta
passphrase-differ = Le due frasi segrete sono diverse.
join-title = Unisciti con un invito
join-link = Link di invito
join-link-hint = https://…/join#code=… oppure conclave://…/join#code=…
username = Nome utente
username-hint = Da 3 a 32 caratteri: a–z, 0–9, “.”, “_”, “-”.
device-name = Nome di questo dispositivo
join-button = Unisciti
joining = Adesione in corso…
link-title = Collega questo browser al tuo account
link-intro = Su un dispositivo che ha il tuo account, esegui “conclave device link” e incolla il link che stampa. Quel dispositivo aggiungerà poi questo browser alle tue conversazioni.
link-link = Link del dispositivo
link-link-hint = https://…/device#code=… oppure conclave://…/device#code=…
link-button = Collega questo browser
linking = Collegamento in corso…
unlock-title = Sblocca Conclave
unlock-holds = Questo browser contiene il dispositivo “{ $device }” di { $username }.
unlock-button = Sblocca
unlocking = Sblocco in corso…
unlock-link-ignored = Questo browser contiene già un dispositivo Conclave; il link che hai aperto non viene usato. Per usarlo, rimuovi prima questo dispositivo da questo browser.
unlock-forgot = Hai dimenticato la frase segreta? Senza di essa la copia di questo browser non può essere aperta. Rimuovila qui e collega di nuovo questo browser da un altro dei tuoi dispositivi.
forget-button = Rimuovi questo dispositivo da questo browser
forget-confirm = Rimuovere il dispositivo di { $username } da questo browser? Le sue chiavi e la cronologia qui vengono eliminate; il tuo account e gli altri dispositivi restano.

## L’interfaccia

conversations = Conversazioni
new-button = Nuova
new-conversation = Nuova conversazione
private-button = Privata
private-browsing = Navigazione privata
account-button = Account
account = Account
details = Dettagli
call-button = Chiama
call-start = Avvia una chiamata
call-voice = Chiamata vocale
video-button = Video
video-start = Avvia una videochiamata
video-call = Videochiamata
ledger = Registro
ledger-button-title = Spese condivise e saldi
messages = Messaggi
composer-placeholder = Messaggio
send = Invia
sending = Invio in corso…
attach = Allega un file
take-photo = Scatta una foto
voice-hold = Tieni premuto per registrare un messaggio vocale
back-chats = ‹ Chat
back-to-conversations = Torna alle conversazioni
back = ‹ Indietro
close-panel = Chiudi il pannello
conversation-panels = Pannelli della conversazione
members = Membri
choose-conversation = Scegli una conversazione o avviane una con “Nuova”.
call = Chiamata

## Stato e avvisi

status-online = { $username } · online
status-offline = { $username } · offline
status-expired = { $username } · scaduto
status-replaced = { $username } · sostituito
status-refused = { $username } · rifiutato
status-connecting = { $username } · connessione in corso
banner-expired = Il tuo account è scaduto. Riscatta un codice di rinnovo in Account per continuare.
banner-replaced = Conclave è stato aperto per questo dispositivo altrove; questa pagina si è fermata. Ricarica per usarlo qui.
banner-refused = Il server ha rifiutato questo dispositivo: { $reason }
banner-offline = Offline: viene mostrato ciò che ha questo browser. { $reason }
banner-expires-soon = Il tuo account scade il { $date }. Chiedi un codice di rinnovo a un amministratore.
conn-expired = Il tuo account è scaduto: rinnovalo in Account.
conn-offline = Offline: puoi leggere; l’invio funzionerà di nuovo appena riconnesso.
expiry-unknown = sconosciuta (offline)
expiry-expired = { $date } (scaduto)
expiry-days = { $days ->
    [one] { $date } ({ $days } giorno)
   *[other] { $date } ({ $days } giorni)
}

## L’elenco delle conversazioni e i messaggi

you = Tu
last-message = { $who }: { $text }
ledger-line = Registro: { $text }
group-created = Gruppo creato
no-messages-yet = Ancora nessun messaggio
no-conversations = Ancora nessuna conversazione.
not-on-device = Questa conversazione non è su questo dispositivo.
conversation = Conversazione
removed-banner = Sei stato rimosso da questa conversazione. Non ricevi più i suoi messaggi.
membership-added = { $who } ha aggiunto { $names }
membership-removed = { $who } ha rimosso { $names }
membership-added-removed = { $who } ha aggiunto { $added } e rimosso { $removed }
membership-keys = { $who } ha aggiornato le chiavi
unreadable-message = Messaggio illeggibile ({ $reason })
handover-mine = Il tuo dispositivo ha consegnato le voci precedenti del registro ai dispositivi che si sono uniti.
handover-theirs = Il dispositivo di { $sender } ha consegnato le voci precedenti del registro ai dispositivi che si sono uniti.
open-ledger-link = Registro ›
open-ledger = Apri il registro
joined-here = Ti sei unito a questa conversazione su questo dispositivo.
empty-conversation = Ancora nessun messaggio. I messaggi sono cifrati end-to-end.
upload-sending = Invio di { $name }…
upload-failed = { $name }: { $error }
dismiss = Chiudi
record-failed = Impossibile registrare: { $error }
record-hold = Tieni premuto il pulsante del microfono per registrare un messaggio vocale.
toast-added-to-conversation = Sei stato aggiunto a una conversazione.
toast-fell-behind = Questo dispositivo è rimasto indietro in una conversazione e attende di essere aggiunto di nuovo.
invites-admin = nessun limite (amministratore)
invites-left = { $count } rimanenti

## Membri

no-longer-member = Non sei più membro di questa conversazione.
safety-number = Numero di sicurezza
safety-number-with = Numero di sicurezza con { $username }
remove = Rimuovi
remove-member = Rimuovi { $username }
remove-confirm = Rimuovere { $username } da { $conversation }? Non leggerà i messaggi successivi.
removing = Rimozione in corso…
removed-toast = { $username } rimosso.
devices-line = { $count ->
    [one] dispositivo { $ids }
   *[other] dispositivi { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = dispositivo ({ $id })
member-you = { $username } (tu)
members-summary = { $count ->
    [one] { $count } membro · epoca { $epoch }
   *[other] { $count } membri · epoca { $epoch }
}
add = Aggiungi
adding = Aggiunta in corso…
added-toast = Aggiunti: { $names }.
add-members = Aggiungi membri
add-members-hint = Nomi utente, separati da virgole. Si uniscono tutti i loro dispositivi.
leave = Lascia questa conversazione
leave-confirm = Lasciare { $conversation } su tutti i tuoi dispositivi?
leaving = Uscita in corso…
epoch-authenticator = Autenticatore dell’epoca (uguale sul dispositivo di ogni membro): { $code }
loading = Caricamento…
safety-verified = verificato
safety-changed = CHIAVI CAMBIATE da quando hai verificato
safety-unverified = non verificato
mark-verified = Segna come verificato
saving = Salvataggio…
verified-toast = { $username } segnato come verificato.
safety-with = Numero di sicurezza con { $username } { $badge }
safety-hint = Confrontalo con il suo di persona o tramite un altro canale. Se corrisponde, segnalo come verificato: un successivo cambio delle sue chiavi verrà allora mostrato in modo evidente.

## Il registro

ledger-paid-by = Pagato da
ledger-paid-to = Pagato a / per
ledger-owed-to = Dovuto a
ledger-owed-by = Dovuto da
split-to = Tutto a un membro
split-equal = Dividi in parti uguali
split-exact = Dividi per importi
split-weights = Dividi per pesi
badge-reversed = stornata
badge-reversal = storno
badge-refused = rifiutata
badge-unreadable = illeggibile
device-id = dispositivo { $id }
device-id-named = dispositivo { $id } ({ $name })
entries = Voci
entries-count = Voci ({ $count })
export-csv = Scarica CSV
export-json = Scarica JSON
balances = Saldi
export = Esporta
export-hint = CSV: una riga per membro per voce (sommate per membro e valuta: i saldi). JSON: ogni record, i saldi e il pareggio dei conti.
discrepancy-title = Attenzione: un registro consegnato a un nuovo dispositivo è diverso dal tuo.
discrepancy = Il dispositivo { $device } di { $by } (messaggio { $seq }) ha consegnato ai nuovi arrivati un registro diverso da quello di questo dispositivo: { $detail }. I loro saldi potrebbero essere diversi dai tuoi; confrontali con { $by }.
ledger-unreadable = { $count ->
    [one] { $count } voce è stata scritta da una versione più recente di Conclave e non può essere letta qui; i saldi la escludono finché non aggiorni.
   *[other] { $count } voci sono state scritte da una versione più recente di Conclave e non possono essere lette qui; i saldi le escludono finché non aggiorni.
}
handed-over-mine = Questo dispositivo si è unito al messaggio { $seq }: le voci precedenti sono come le ha consegnate il tuo dispositivo { $device }.
handed-over-theirs = Questo dispositivo si è unito al messaggio { $seq }: le voci precedenti sono come le ha consegnate il dispositivo { $device } di { $by }.
ledger-empty = Ancora nessuna voce. Registra qui sotto una spesa condivisa, un pagamento o un debito; ogni membro vede gli stessi saldi.
balances-in = Saldi in { $currency }
balance-owed = deve ricevere
balance-owes = deve dare
balance-settled = in pari
settle-title = Per pareggiare i conti
settle-you-pay = Tu paghi a { $to } { $amount } { $currency }
settle-pays-you = { $from } ti paga { $amount } { $currency }
settle-pays = { $from } paga a { $to } { $amount } { $currency }
all-settled = Tutto in pari.
records-empty = Le voci compaiono qui nell’ordine in cui il server le ha disposte, lo stesso su ogni dispositivo.
recorded-by-you = { $day } · registrata da te da { $device } alle { $time }
recorded-by = { $day } · registrata da { $member } da { $device } alle { $time }
reference-line = Riferimento: { $reference }
reversed-by-you = Stornata da te (voce { $entry }); non più conteggiata.
reversed-by = Stornata da { $member } (voce { $entry }); non più conteggiata.
reversed-by-someone = Stornata da qualcuno (voce { $entry }); non più conteggiata.
undoes = Annulla: { $description }
refused-everywhere = Rifiutata da ogni dispositivo in cui è arrivata; non cambia alcun saldo.
handed-by-mine = Consegnata dal tuo dispositivo { $device } quando questo dispositivo si è unito
handed-by-theirs = Consegnata dal dispositivo { $device } di { $username } quando questo dispositivo si è unito
reverse-toggle = Storna…
reverse-entry-label = Storna la voce { $entry }
reverse-entry = Storna la voce
cancel = Annulla
reverse-why = Motivo (facoltativo)
reverse-hint = La voce resta nella cronologia, segnata come stornata; il suo effetto sui saldi viene annullato su ogni dispositivo.
reversing = Storno in corso…
reversed-toast = Stornata: { $description }
kind-payment = Pagamento: qualcuno ha pagato
kind-debt = Debito: qualcuno deve
record-entry = Registra la voce
member = Membro
split-equal-among = Dividi in parti uguali tra
split-equal-hint = Includi chi ha pagato per dargli anche una quota. Un resto di un centesimo va ai primi membri elencati.
weights-legend = Pesi (ad es. 2 e 1: due terzi e un terzo)
amounts-legend = Importi (la cui somma è il totale)
share-empty-hint = Lascia vuoto un membro per non dargli alcuna quota.
will-record = Verrà registrato: { $description }
will-record-shares = Verrà registrato: { $description } — { $shares } { $currency }
amount = Importo
currency = Valuta
add-entry-form = Aggiungi una voce al registro
what-happened = Cosa è successo
date = Data
memo-optional = Nota (facoltativa)
reference-optional = Riferimento (facoltativo)
reference-hint = Un numero di fattura, un id di bonifico…
add-entry = Aggiungi una voce
ledger-intro = Le voci sono messaggi cifrati end-to-end; nessuno può modificarle o eliminarle, un errore viene stornato.
recording = Registrazione…
recorded-toast = Registrato: { $description }
preparing = Preparazione…
exported-toast = { $count ->
    [one] Esportato { $count } record del registro in { $file }.
   *[other] Esportati { $count } record del registro in { $file }.
}

## Nuova conversazione, account

start = Avvia
starting = Avvio in corso…
create-group = Crea gruppo
creating = Creazione in corso…
message-person = Scrivi a una persona
new-group = Nuovo gruppo
group-name = Nome del gruppo
members-hint = Nomi utente, separati da virgole.
your-account = Il tuo account
this-device = Questo dispositivo
this-device-value = { $name } (dispositivo { $id })
valid-until = Valido fino al
invitations = Inviti
connection = Connessione
online = online
offline = offline
offline-reason = offline: { $reason }
renew = Rinnova
renewing = Rinnovo in corso…
renewed-toast = Rinnovato fino al { $date }.
renew-title = Rinnova il tuo account
renewal-code = Codice di rinnovo
renewal-hint = Te lo dà un amministratore; estende il tuo account, anche dopo che è scaduto.
expires-1-day = 1 giorno
expires-7-days = 7 giorni
expires-30-days = 30 giorni
create-invitation = Crea invito
your-invitations = I tuoi inviti
copy = Copia
copied = Copiato.
copy-failed = Seleziona il link e copialo.
invitation-created = Invito creato.
invitation-for = { $count ->
    [one] Per { $count } persona, valido fino al { $date }.
   *[other] Per { $count } persone, valido fino al { $date }.
}
link-for-browser = Link per un browser:
link-for-cli = Per la riga di comando (conclave join):
invite-row = #{ $id } · { $state } · { $left }/{ $total } rimanenti · fino al { $date }
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } rimanenti · fino al { $date } · si sono uniti: { $names }
no-invitations = Ancora nessun invito.
invite-someone = Invita qualcuno
number-of-people = Numero di persone
valid-for = Valido per
your-devices = I tuoi dispositivi
add-device-hint = Per aggiungere un dispositivo, esegui “conclave device link” su uno che ha il tuo account.
lock = Blocca
this-browser = Questo browser
lock-hint = Il blocco chiude la sessione; la frase segreta la riapre.
device-row = { $name } (dispositivo { $id }), aggiunto il { $date }
device-row-this = { $name } (dispositivo { $id }), aggiunto il { $date } — questo browser
offline-short = Offline.
language = Lingua
language-hint = La lingua di questa pagina su questo dispositivo. “Automatica” segue le lingue del browser.
language-auto = Automatica

## Navigazione privata

pb-what-title = Che cos’è la navigazione privata
pb-what-1 = La navigazione privata fa passare il traffico web di un dispositivo attraverso due relay invece che direttamente al sito. Il relay di ingresso sa chi sei (il tuo indirizzo) ma non dove vai; il relay di uscita sa dove vai (il sito) ma non chi sei. Nessuno dei due sa entrambe le cose.
pb-what-2 = Tra il tuo dispositivo e l’uscita il traffico è cifrato, quindi l’ingresso vede solo celle sigillate di dimensione fissa. Ogni relay accetta una connessione solo con un token non collegabile, che questo server firma alla cieca: non può sapere per quale connessione o sito è stato speso un token.
pb-what-3 = Questa pagina non instrada nulla da sé: una pagina web non può trasportare altro traffico. Lo fa il programma conclave su un dispositivo (vedi “Usala su questo dispositivo”).
pb-limits-title = Da cosa non protegge
pb-limits-1 = Due salti sconfiggono un singolo gestore di relay curioso. Non aiutano se entrambi i relay di un percorso collaborano, né contro un osservatore che guarda il traffico a entrambe le estremità e ne confronta i tempi (un osservatore globale).
pb-limits-2 = I relay gestiti dallo stesso operatore sono segnalati nell’elenco qui sotto, e un percorso non ne usa mai due quando esiste un relay di un altro operatore. Quando un solo operatore gestisce i relay, entrambi i salti sono suoi e la separazione è solo nominale; conclave proxy allora lo avvisa.
pb-limits-3 = I siti vedono comunque ciò che invii loro: l’accesso, i cookie e l’impronta del browser ti identificano come al solito.
pb-limits-4 = Sono coperti solo i programmi indirizzati al proxy. Lascia che sia il proxy a risolvere anche i nomi (socks5h, --socks5-hostname di curl, “DNS proxy” di Firefox), altrimenti le tue ricerche DNS escono al di fuori di esso.
pb-allowance-note = Ogni circuito richiede due token, uno per ciascun relay; un circuito trasporta molte connessioni e viene rinnovato dopo 10 minuti. La quota si rinnova alle 00:00 UTC.
pb-allowance-title = La quota di questo dispositivo
pb-per-day = Token al giorno
pb-left-today = Rimanenti oggi
pb-fetching = Recupero dell’elenco dei relay…
relays = Relay
pb-setup = { $first }: su un dispositivo in cui conclave ha il tuo account, esegui { $link }, poi qui { $join } (oppure { $joininvite } con un invito).
pb-use-title = Usala su questo dispositivo
pb-desktop = Computer (Linux, macOS, Windows)
pb-desktop-install = Installa la riga di comando conclave e dalle il tuo account
pb-desktop-run = Esegui { $cmd }. Serve SOCKS5 e HTTP CONNECT su { $addr }, solo per questo computer, e stampa l’ingresso e l’uscita di ogni circuito.
pb-desktop-chromium = Chromium, Chrome o Edge: avvialo con { $cmd } (i nomi vengono allora risolti dal proxy). Un profilo separato ({ $profile }) tiene la navigazione privata distinta da quella abituale.
pb-desktop-firefox = Firefox: Impostazioni → Generale → Impostazioni di rete → Impostazioni…: Configurazione manuale dei proxy, Host SOCKS 127.0.0.1, Porta 1080, SOCKS v5, e spunta “DNS proxy quando si usa SOCKS v5”.
pb-desktop-curl = Strumenti da riga di comando: { $cmd }.
pb-desktop-options = Opzioni: { $country } esce da un’uscita in quel paese; { $circuit } dà a ogni sito il proprio circuito.
pb-android = Telefono o tablet Android
pb-android-intro = Un browser non può eseguire un proxy SOCKS, quindi deve farlo un programma sul telefono:
pb-android-termux = Installa Termux (da F-Droid) e al suo interno la riga di comando conclave.
pb-android-account = Dagli il tuo account
pb-android-run = In Termux esegui { $cmd } e lascialo in esecuzione (consenti a Termux di funzionare in background nelle impostazioni della batteria).
pb-android-wifi = Impostazioni → Wi-Fi → la tua rete → Modifica → Avanzate → Proxy: Manuale, host { $host }, porta { $port }. L’impostazione proxy di Android usa HTTP CONNECT, che il proxy capisce sulla stessa porta. I browser che la seguono passano attraverso i relay su quella rete Wi-Fi (non con i dati mobili).
pb-android-browser = Oppure usa un browser con impostazioni proxy proprie: SOCKS5 { $socks } con DNS remoto, oppure proxy HTTP { $http } (CONNECT).
pb-ios = iPhone e iPad
pb-ios-text = Non disponibile per ora. iOS non permette di tenere in esecuzione in background un programma da riga di comando che faccia da proxy locale (non esiste Termux e le app vengono sospese), e trasportare il traffico di un telefono richiede un’app di tipo VPN (una Network Extension), che Conclave non ha ancora. Né un telefono può usare il proxy di un computer: conclave proxy non ha password, quindi ascolta solo sulla propria macchina.
pb-no-tokens = Questo server non emette token per i relay, quindi i suoi relay non possono essere usati da questo account.
pb-zero-tokens = Il server non dà ai membri token per i relay (la sua quota è 0 al giorno).
pb-same-operator = stesso operatore
pb-country-unknown = paese sconosciuto
pb-relay-meta = { $country } · operatore { $operator } · { $addr }
pb-relay-meta-ours = { $country } · operatore { $operator } (quello di questo server) · { $addr }
pb-same-operator-note = Gestito dallo stesso operatore di { $others } ({ $count } relay): mai usati insieme finché esiste un relay di un altro operatore.
pb-no-relays = Questo server non elenca alcun relay.
pb-two-operators = Un percorso può usare due relay di operatori diversi.
pb-one-operator = Un solo operatore gestisce questi relay, quindi entrambi i salti di un percorso sono suoi: la separazione è solo nominale.
pb-no-path = Non è ancora possibile costruire un percorso: { $reason }.
pb-signed-new = Firmato da { $operator } con la chiave { $key }; la firma è valida. Questo dispositivo ora ricorda quella chiave e rifiuta un elenco firmato da un’altra. Valido fino al { $date }.
pb-signed-known = Firmato da { $operator } con la chiave { $key }; la firma è valida. È la chiave che questo dispositivo ricordava, e rifiuta un elenco firmato da un’altra. Valido fino al { $date }.

## Chiamate

declined = { $names } ha rifiutato.
join-call = Partecipa alla chiamata
accept = Accetta
accept-call = Accetta la chiamata
accept-video-call = Accetta la videochiamata
decline = Rifiuta
is-calling = { $caller } sta chiamando
ringing-voice = Chiamata vocale · { $conversation }
ringing-video = Videochiamata · { $conversation }
already-in-call = Sei già in una chiamata.
calling = Chiamata in corso…
call-failed = Impossibile avviare la chiamata: { $error }
connecting = Connessione in corso…
your-camera = La tua fotocamera
mute = Disattiva microfono
unmute = Attiva microfono
camera-off = Fotocamera spenta
camera-on = Fotocamera accesa
switch-camera = Cambia fotocamera
one-camera = Questo dispositivo ha una sola fotocamera.
hang-up = Riaggancia
call-controls = Controlli della chiamata
tile-name = { $username } · dispositivo { $device }
tile-leaf = foglia { $leaf }
reconnecting = Riconnessione in corso…
connection-failed = Connessione non riuscita
ended = Terminata
in-call = { $count ->
    [one] { $state } · { $count } nella chiamata
   *[other] { $state } · { $count } nella chiamata
}

## File e messaggi vocali

file-too-large = Il file è più grande di quanto il server accetti.
file-too-large-max = Il file è più grande di quanto il server accetti (al massimo { $max }).
file-over-quota = Il tuo spazio sul server è pieno. I file scadono dopo un po’; riprova più tardi.
file-too-many = Troppi caricamenti contemporanei. Riprova tra un momento.
file-grant = Il permesso di caricamento è scaduto. Riprova.
file-not-found = Il file non è più sul server (i file scadono dopo un po’).
file-hash-mismatch = Il caricamento si è danneggiato lungo il percorso. Riprova.
file-unavailable = L’archivio file del server non è disponibile al momento. Riprova più tardi.
file-busy = Il server è occupato con questo file. Riprova tra un momento.
file-cut = La connessione si è interrotta durante il caricamento. Riprova.
file-no-resume = Impossibile riprendere il caricamento.
file-kept-other = Il server ha conservato una parte diversa del file.
upload-refused = Caricamento non riuscito: { $reason }
download-refused = Download non riuscito: { $reason }
file-corrupted = Questo file è stato alterato o danneggiato lungo il percorso; non viene mostrato.
open-image = Apri l’immagine { $name }
open = Apri
preview-of = Anteprima di { $name }
image-unreadable = Questa immagine non può essere mostrata qui; non è un’immagine che questo browser sa leggere.
play-voice-note = Riproduci il messaggio vocale { $name }
recording-unplayable = Questa registrazione non può essere riprodotta in questo browser.
download = Scarica
download-name = Scarica { $name }
save-again = Salva di nuovo
close = Chiudi
play-name = Riproduci { $name }
pause-name = Metti in pausa { $name }
position = Posizione

## Notifiche

notifications = Notifiche
hide-contents = Nascondi il contenuto nelle notifiche
push-blocked = Le notifiche sono bloccate per questo sito: consentile nelle impostazioni del sito del browser.
push-not-allowed = Le notifiche non sono state consentite.
push-no-server = Questo server non invia notifiche push.
push-no-service = Il servizio push di questo browser non ha risposto (nessuna rete, o un browser che non ne ha uno).
push-unsupported = Questo browser non può mostrare notifiche push (su iPhone e iPad: aggiungi prima Conclave alla schermata Home).
push-on-hidden = Attive: le notifiche dicono "Nuovo messaggio" e nient’altro.
push-on = Attive: le notifiche mostrano chi ha scritto e cosa, letto su questo dispositivo.
push-off = Disattivate. Le notifiche push del server dicono sempre e solo "qualcosa di nuovo"; questo dispositivo decifra il resto.
new-message = Nuovo messaggio

## Chiamate nella cronologia, riquadri delle chiamate, stati degli inviti

call-held-audio = Chiamata, { $duration }, { $people ->
    [one] { $people } persona
   *[other] { $people } persone
}
call-held-video = Videochiamata, { $duration }, { $people ->
    [one] { $people } persona
   *[other] { $people } persone
}
call-missed-audio = Chiamata persa da { $from }
call-missed-video = Videochiamata persa da { $from }
call-missed-declined-audio = Chiamata persa da { $from } (rifiutata)
call-missed-declined-video = Videochiamata persa da { $from } (rifiutata)
call-not-answered-audio = Chiamata senza risposta
call-not-answered-video = Videochiamata senza risposta
call-declined-by-audio = Chiamata rifiutata da { $names }
call-declined-by-video = Videochiamata rifiutata da { $names }
call-ringing-audio = { $caller } sta chiamando (chiamata)
call-ringing-video = { $caller } sta chiamando (videochiamata)
call-in-progress-audio = Chiamata in corso, { $count ->
    [one] { $count } persona
   *[other] { $count } persone
} presenti ({ $names })
call-in-progress-video = Videochiamata in corso, { $count ->
    [one] { $count } persona
   *[other] { $count } persone
} presenti ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } h { $min } min
tile-waiting-keys = in attesa delle chiavi
tile-cant-decrypt = impossibile decifrare ({ $reason })
tile-key-mismatch = la sua chiave non corrisponde a quella di questo dispositivo: epoca MLS diversa o non è un membro
invite-open = aperto
invite-used = usato
invite-expired = scaduto
invite-revoked = revocato

## Typing indicators
typing-one = { $name } sta scrivendo…
typing-two = { $first } e { $second } stanno scrivendo…
typing-several = Diverse persone stanno scrivendo…
typing-title = Indicatori di scrittura
typing-setting = Mostra quando gli altri scrivono e lascia che vedano quando scrivo io
typing-hint = Se disattivati, questo dispositivo non li invia né li mostra. Arrivano solo ai membri online in quel momento; il server non ne conserva nessuno.

## History from another device
toast-history-imported = È arrivata la cronologia dal tuo dispositivo { $device } (voci: { $count }; conversazioni: { $conversations }).
history-note = La cronologia qui sopra viene dal tuo dispositivo { $device } (inviata il { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Chiamata in arrivo
push-ring-body = Apri Conclave per rispondere
push-title-group = { $sender } in { $conversation }

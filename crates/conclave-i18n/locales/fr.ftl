# Conclave: French (Français).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = connecté
status-reconnecting = reconnexion… ({ $reason })
status-paused = en pause : une autre commande conclave utilise cet appareil
pane-conversations = Conversations
pane-unread = { $count ->
    [one] { $count } non lu
   *[other] { $count } non lus
}
pane-message = Message
pane-none = Aucune conversation
compose-hint = Tab ou Entrée pour écrire
empty-conversations = Aucune conversation. Commencez-en une en ligne de commande : conclave send USER TEXT
empty-messages = Aucun message. Tapez ci-dessous puis Entrée.
keys-short = Tab focus · Entrée envoyer · ^L comptes · ^E écriture · ^U membres · ? aide · q quitter
keys-long = Tab focus · Entrée envoyer · Alt+Entrée nouvelle ligne · ^L comptes · ^E ajouter une écriture · ^U membres · ? aide · q quitter
help-title = Aide (Échap)
help-focus = passer des conversations aux messages et à la ligne de saisie
help-choose = choisir une conversation ; faire défiler les messages
help-scroll = faire défiler les messages
help-enter = envoyer (dans la ligne de saisie) ; écrire (ailleurs)
help-newline = nouvelle ligne dans un message
help-ledger = les comptes de la conversation : soldes, règlement
help-add-entry = ajouter une écriture
help-members = membres, leurs appareils et numéros de sécurité
help-esc = fermer un panneau ; quitter la ligne de saisie
help-vim = touches façon vim (avec --vim)
help-help = cette aide
help-quit = quitter
ledger-title = Comptes (Échap)
ledger-balances = Soldes
ledger-none = aucune écriture (Ctrl+E en ajoute une)
ledger-settle = Régler
ledger-even = tout le monde est quitte
ledger-entries = Écritures
members-title = Membres (Échap)
members-device = appareil { $id }
members-you = vous
form-title = Ajouter une écriture
form-kind = type
form-amount = montant
form-currency = devise
form-from = de
form-split = partage
form-to = à
form-memo = note
form-hint = type : payment|debt · partage : to|equal (à : un membre, ou a,b,c)
form-keys = Tab champ suivant · Entrée ajouter · Échap annuler
notice-sent = envoyé comme message { $seq }
notice-entry-added = écriture ajoutée comme message { $seq }
notice-reconnected = reconnecté

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } écrit…
typing-two = { $first } et { $second } écrivent…
typing-several = Plusieurs personnes écrivent…

## Calls in the history
call-held-audio = Appel, { $duration }, { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}
call-held-video = Appel vidéo, { $duration }, { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}
call-missed-audio = Appel manqué de { $from }
call-missed-video = Appel vidéo manqué de { $from }
call-missed-declined-audio = Appel manqué de { $from } (refusé)
call-missed-declined-video = Appel vidéo manqué de { $from } (refusé)
call-not-answered-audio = Appel sans réponse
call-not-answered-video = Appel vidéo sans réponse
call-declined-by-audio = Appel refusé par { $names }
call-declined-by-video = Appel vidéo refusé par { $names }
call-ringing-audio = { $caller } appelle (appel vocal)
call-ringing-video = { $caller } appelle (appel vidéo)
call-in-progress-audio = Appel en cours, { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
} dans l’appel ({ $names })
call-in-progress-video = Appel vidéo en cours, { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
} dans l’appel ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } h { $min } min

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = impossible de démarrer : { $error }
cli-unexpected-response = réponse inattendue { $response }
cli-invalid-option = { $option } invalide
cli-invalid-option-value = { $option } invalide { $value }
cli-invalid-duration = durée invalide { $value } (p. ex. 24h, 7d)
cli-not-invite-link = ce n'est pas un lien d'invitation (un lien d'appareil va à `conclave device join`)
cli-not-device-link = ce n'est pas un lien d'appareil (créez-en un avec `conclave device link` sur votre appareil existant)
cli-joined = inscrit sur { $server } en tant que { $user } (appareil { $device }) ; compte valable jusqu'au { $expires }
cli-linked = lié à { $server } en tant que { $user } (appareil { $device }) ; compte valable jusqu'au { $expires }
cli-malformed-renewal-code = code de renouvellement mal formé
cli-renewed = renouvelé : le compte { $user } est valable jusqu'au { $expires }
cli-display-name-none = aucun nom affiché : les autres voient { $user }
cli-whoami-account = compte
cli-whoami-device = appareil
cli-whoami-server = serveur
cli-whoami-expires = expire
cli-whoami-invites = invitations
cli-whoami-admin = (admin)
cli-whoami-invites-left = { $count } restantes
cli-whoami-no-quota = sans quota
cli-invite-in-browser = dans un navigateur : { $link }
cli-invite-created = invitation { $id } pour { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}, valable jusqu'au { $expires }
cli-no-invitations = aucune invitation
cli-invite-open = ouverte
cli-invite-used = utilisée
cli-invite-expired = expirée
cli-invite-revoked = révoquée
cli-invite-row = { $left }/{ $total } restantes  expire { $expires }
cli-invite-give = indiquez un identifiant d'invitation (de `conclave invite list`), un code ou un lien
cli-revoked = révoquée
cli-no-group = aucun groupe { $name } ; `conclave group list` affiche les vôtres
cli-no-conversation-with = aucune conversation avec { $name } ; `conclave send { $name } TEXT` en commence une
cli-sent = envoyé à { $conversation } comme message { $seq }
cli-warn-call-ignored = avertissement : signal d'appel { $seq } de { $sender } dans { $conversation } ignoré : { $reason }
cli-history-note = (l'historique ci-dessus vient de votre appareil { $device }, envoyé le { $at })
cli-warn-receipt-not-sent = avertissement : accusé de lecture non envoyé : { $error }
cli-warn-delivery-unusable = avertissement : la livraison { $seq } est inutilisable : { $reason }
cli-history-imported = historique de votre appareil { $device } (envoyé le { $at }) : { $entries ->
    [one] { $entries } entrée
   *[other] { $entries } entrées
} dans { $count ->
    [one] { $count } conversation
   *[other] { $count } conversations
}
cli-warn-history-later = avertissement : l'historique de votre appareil { $device } n'est pas encore arrivé ({ $reason }) ; la prochaine commande réessaiera
cli-warn-history-unusable = avertissement : l'historique de votre appareil { $device } est inutilisable : { $reason }
cli-warn-history-fetch = avertissement : impossible de récupérer l'historique envoyé par votre autre appareil : { $error }
cli-listen-handover = une autre commande conclave utilise cet appareil ; en attente…
cli-listening-again = de nouveau à l'écoute
cli-connection-lost = connexion perdue ({ $error }) ; reconnexion…
cli-group-created = #{ $name } créé ({ $devices ->
    [one] { $devices } appareil
   *[other] { $devices } appareils
}, époque { $epoch })
cli-group-added = { $users } ajouté(s) à #{ $name }
cli-already-members = déjà membres
cli-group-removed = { $users } retiré(s) de #{ $name }
cli-group-left = vous avez quitté #{ $name }
cli-no-conversations = aucune conversation
cli-kind-group = groupe
cli-kind-direct = directe
cli-kind-unnamed = sans nom
cli-devices = { $devices ->
    [one] { $devices } appareil
   *[other] { $devices } appareils
}
cli-group-info = { $name }  époque { $epoch }
cli-device = appareil { $id }
cli-device-link-waiting = en attente du nouvel appareil (lancez `conclave --home NEWDIR device join LINK`)…
cli-link-expired = le lien a expiré avant qu'un appareil ne se joigne
cli-device-joined = appareil { $id } ajouté ; ajouté à { $added } sur { $total ->
    [one] { $total } conversation
   *[other] { $total } conversations
}
cli-history-sent = historique de { $count ->
    [one] { $count } conversation
   *[other] { $count } conversations
} envoyé ({ $entries ->
    [one] { $entries } entrée
   *[other] { $entries } entrées
}, { $kib } Kio, chiffré de bout en bout)
cli-history-none = aucun historique antérieur à envoyer
cli-warn-history-not-sent = avertissement : l'historique n'a pas été envoyé au nouvel appareil : { $error }
cli-device-added = ajouté le { $at }
cli-device-added-this = ajouté le { $at } (cet appareil)
cli-device-removed = appareil { $id } retiré
cli-safety-changed = !!! ATTENTION : les clés de { $user } ont CHANGÉ depuis votre vérification !!!
cli-safety-changed-compare = !!! Un nouvel appareil a été ajouté ou une clé remplacée. Comparez à nouveau le numéro de sécurité. !!!
cli-verified = { $user } est vérifié
cli-not-verified = { $user } n'est pas encore vérifié
cli-safety-number = numéro de sécurité avec { $user } :
cli-marked-verified = { $user } marqué comme vérifié ; vous serez averti si ses clés changent
cli-replied = réponse dans { $conversation } comme message { $seq }
cli-reacted = réaction dans { $conversation } comme message { $seq }
cli-reaction-taken-back = réaction retirée dans { $conversation } comme message { $seq }
cli-edited = modifié dans { $conversation } comme message { $seq }
cli-deleted = supprimé pour tous dans { $conversation } comme message { $seq }
cli-forwarded = transféré dans { $conversation } comme message { $seq }
cli-timer-set = minuterie réglée dans { $conversation } comme message { $seq }
cli-timer-invalid = `{ $value }` : { $error } ; dites off, 30s, 5m, 1h, 1d ou 1w
cli-receipts-say-on-or-off = `{ $value }` : dites `on` ou `off`
cli-receipts-on = accusés de lecture activés : cet appareil dit aux autres ce que vous avez lu et montre ce qu'ils ont lu
cli-receipts-off = accusés de lecture désactivés : cet appareil n'en envoie aucun et n'en montre aucun
cli-not-a-file = { $path } n'est pas un fichier
cli-uploading = envoi
cli-downloading = téléchargement
cli-file-sent = { $file } ({ $size }) envoyé à { $conversation } comme message { $seq }
cli-message-not-available = le message { $message } n'est pas disponible
cli-message-deleted = le message { $message } a été supprimé
cli-message-not-a-file = le message { $message } dans { $conversation } n'est pas un fichier
cli-no-conversations-yet = aucune conversation pour l'instant
cli-files-in-several = { $message } désigne des fichiers dans plusieurs conversations : dites `conclave download CONVERSATION { $message }`
cli-too-many-files = trop de fichiers de ce nom ici ; indiquez où avec --output
cli-file-gone = le serveur n'a plus ce fichier : il garde un fichier jusqu'à ce que chaque appareil de la conversation l'ait récupéré, ou { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} au plus
cli-file-saved = { $file } ({ $size }) de { $conversation } [{ $seq }] enregistré sous { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE n'est pas de l'UTF-8 valide
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE est vide
cli-prompt-passphrase = Phrase secrète
cli-prompt-again = Encore
cli-reading-passphrase = lecture de la phrase secrète
cli-passphrase-empty = une phrase secrète vide ne protège rien
cli-passphrases-differ = les phrases secrètes diffèrent
cli-home-taken = { $dir } contient déjà un appareil Conclave ; utilisez un autre --home (ou CONCLAVE_HOME) pour un nouveau
cli-cannot-create = impossible de créer { $path }
cli-cannot-remove = impossible de supprimer { $path }
cli-cannot-write = impossible d'écrire { $path }
cli-cannot-open = impossible d'ouvrir { $path }
cli-cannot-listen = impossible d'écouter sur { $address }
cli-no-device = aucun appareil Conclave dans { $dir } — lancez d'abord `conclave join LINK --name NAME`
cli-malformed-file = { $path } mal formé
cli-device-key-missing = la clé de l'appareil manque dans l'état
cli-device-key-malformed = clé d'appareil mal formée
cli-fingerprint-malformed = device.json contient une empreinte mal formée
cli-lock-waiter-stopped = l'attente du verrou s'est arrêtée
cli-lock-wait-cancelled = l'attente du verrou de l'appareil a été annulée
cli-lock-waiting = en attente d'un autre processus conclave (pid { $pid }) qui utilise cet appareil…
cli-lock-busy = un autre processus conclave (pid { $pid }) utilise l'état de cet appareil dans { $dir } et ne l'a pas cédé en { $seconds } s ; arrêtez-le ou attendez qu'il ait fini
cli-ledger-no-conversation = aucune conversation « { $name } » : indiquez '#groupe' ou le nom d'utilisateur d'une conversation 1:1
cli-ledger-unreadable = avertissement : { $count ->
    [one] { $count } écriture a été rédigée par un Conclave plus récent et ne peut pas être lue ici ; les soldes l'ignorent jusqu'à la mise à jour
   *[other] { $count } écritures ont été rédigées par un Conclave plus récent et ne peuvent pas être lues ici ; les soldes les ignorent jusqu'à la mise à jour
}
cli-ledger-handed-over = note : cet appareil a rejoint au message { $seq } ; les écritures antérieures sont telles que l'appareil { $device } de { $user } les a transmises
cli-ledger-discrepancy = ATTENTION : l'appareil { $device } de { $user } a transmis aux nouveaux des comptes différents de ceux de cet appareil (message { $seq }) : { $detail }
cli-ledger-to-or-split = indiquez soit --to soit --split
cli-ledger-stored-without-content = le message a été enregistré sans son contenu
cli-ledger-missing-after-send = l'écriture manque dans les comptes après l'envoi
cli-ledger-refused = l'écriture est arrivée dans la conversation comme message { $seq } mais chaque appareil la refuse : { $error }
cli-ledger-recorded = { $id } enregistrée dans { $conversation } : { $description }
cli-ledger-empty = { $conversation } : aucune écriture pour l'instant
cli-ledger-title = comptes de { $conversation }
cli-ledger-reversed-tag = [annulée]
cli-ledger-recorded-by = enregistrée par { $user } (appareil { $device }) le { $at }, message { $seq }
cli-ledger-ref = réf. { $reference }
cli-ledger-reversed-by = annulée par { $user } ({ $id })
cli-ledger-reversed = annulée ({ $id })
cli-ledger-balances-title = soldes de { $conversation }
cli-ledger-is-owed = à recevoir
cli-ledger-owes = doit
cli-ledger-settled = réglé
cli-ledger-all-settled = tout est réglé
cli-ledger-to-settle-up = pour régler :
cli-ledger-pays = { $from } paie { $to } { $amount }
cli-writing = écriture de { $path }
cli-writing-export = écriture de l'export
cli-ledger-exported = { $count ->
    [one] { $count } écriture exportée
   *[other] { $count } écritures exportées
} vers { $path }
cli-not-a-call-id = { $value } n'est pas un identifiant d'appel (32 caractères hexadécimaux)
cli-no-call-running = aucun appel en cours dans { $conversation }
cli-call-started = appel { $call } lancé dans { $conversation }
cli-call-joined = appel { $call } rejoint dans { $conversation }
cli-call-left = appel { $call } quitté dans { $conversation }
cli-call-declined = appel { $call } refusé dans { $conversation }
cli-call-ended = appel { $call } terminé dans { $conversation }
cli-call-not-in = cet appareil n'est pas dans l'appel { $call }
cli-call-not-ringing = l'appel { $call } ne sonne pas pour vous (il sonne 45 s, jusqu'à ce que vous répondiez ou refusiez)
cli-call-token = jeton d'appel pour l'appel { $call }, valable jusqu'au { $expires }
cli-proxy-loopback-only = le proxy sert sans authentification, il n'écoute donc que sur la boucle locale (reçu { $address })
cli-proxy-no-directory = impossible de récupérer l'annuaire des relais : { $error }
cli-proxy-no-server = cet appareil ne connaît aucun serveur
cli-proxy-circuit = circuit { $circuit } : entrée { $entry } → sortie { $exit } en { $ms } ms
cli-proxy-same-operator = avertissement : un même opérateur gère les deux relais, la séparation en deux sauts n'est ici que nominale
cli-proxy-circuit-failed = échec du circuit : { $error }
cli-proxy-stream-refused = connexion refusée : { $reason }
cli-proxy-listening = Navigation privée sur socks5://{ $address } et http://{ $address } (CONNECT). Pointez-y un navigateur, p. ex.
cli-proxy-two-relays = Deux relais portent chaque connexion : l'entrée voit votre adresse, la sortie le site ; aucun ne voit les deux. Non protégé : deux relais de connivence, ou un observateur du minutage aux deux bouts.
cli-proxy-first-circuit-failed = échec du premier circuit (réessayé à la première connexion) : { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } circuit
   *[other] { $circuits } circuits
}, { $streams ->
    [one] { $streams } flux
   *[other] { $streams } flux
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = arrêté : { $circuits ->
    [one] { $circuits } circuit construit
   *[other] { $circuits } circuits construits
}, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = le serveur n'a pas pu lire ce que ce programme a envoyé ; mettez Conclave à jour
server-error-unsupported-version = le serveur parle une autre version du protocole de Conclave ; mettez Conclave à jour
server-error-frame-too-large = ce que ce programme a envoyé est trop volumineux pour le serveur
server-error-not-authenticated = le serveur a fermé la session avant que cet appareil se connecte ; réessayez
server-error-already-authenticated = cet appareil s'est connecté deux fois dans une même session ; réessayez
server-error-auth-failed = le serveur n'accepte pas cet appareil : il a été retiré de son compte, ou sa clé ne correspond pas
server-error-invite-unknown = cette invitation n'existe pas ; vérifiez le lien
server-error-invite-used = cette invitation a déjà été utilisée ; demandez-en une nouvelle
server-error-invite-expired = cette invitation a expiré ; demandez-en une nouvelle
server-error-invite-revoked = cette invitation a été révoquée ; demandez-en une nouvelle
server-error-username-taken = ce nom d'utilisateur est pris ; choisissez-en un autre
server-error-username-invalid = le serveur n'accepte pas ce nom d'utilisateur
server-error-device-key-taken = la clé de cet appareil est déjà enregistrée
server-error-account-disabled = votre compte a été désactivé par l'opérateur du serveur
server-error-account-expired = le compte { $user } a expiré le { $date } ; demandez un code de renouvellement à un administrateur
server-error-account-expired-plain = votre compte a expiré ; demandez un code de renouvellement à un administrateur
server-error-renewal-unknown = ce code de renouvellement n'existe pas
server-error-renewal-used = ce code de renouvellement a déjà été utilisé
server-error-renewal-expired = ce code de renouvellement a expiré ; demandez-en un nouveau à un administrateur
server-error-forbidden = le serveur n'autorise pas cela
server-error-not-found = le serveur ne connaît pas ce qui a été demandé
server-error-no-account = aucun compte nommé { $name }
server-error-invalid-argument = le serveur a refusé la requête comme invalide
server-error-quota-exceeded = quota d'invitations atteint : vous avez accordé { $used } de vos { $quota } utilisations d'invitation, il en reste { $left }
server-error-quota-exceeded-plain = votre quota d'invitations est épuisé
server-error-queue-full = la file d'attente d'un appareil destinataire est pleine ; il doit se connecter et rattraper son retard
server-error-rate-limited = trop de requêtes ; réessayez dans { $seconds } s
server-error-rate-limited-plain = trop de requêtes ; réessayez dans un instant
server-error-too-many-connections = le serveur a atteint sa limite de connexions ; réessayez plus tard
server-error-limit-exceeded = cela dépasse une limite du serveur
server-error-stale-epoch = la conversation a changé au même moment ; réessayez
server-error-not-member = cet appareil n'est pas membre de cette conversation
server-error-no-key-package = un appareil à ajouter n'a pas de paquets de clés sur le serveur ; il doit d'abord se connecter
server-error-device-link-invalid = ce lien d'appareil est inconnu, utilisé ou expiré ; créez-en un nouveau sur un appareil du compte
server-error-shutting-down = le serveur s'arrête ; réessayez dans un instant
server-error-internal = le serveur a eu une erreur interne ; réessayez plus tard
server-error-unavailable = le serveur ne propose pas cela
server-error-fell-behind = un appareil a pris du retard dans cette conversation et attend qu'un membre le rajoute
server-error-relay-tokens-used-up = l'allocation du jour pour la navigation privée est épuisée ; elle se renouvelle à 00:00 UTC
server-error-relay-tokens-unavailable = ce serveur ne propose pas la navigation privée
server-error-call-tokens-unavailable = ce serveur ne propose pas les appels
server-error-unknown-code = le serveur a refusé (erreur { $code })
server-error-unsupported = le serveur ne connaît pas cette requête : il fait tourner une version plus ancienne de Conclave
cli-server-account-expired = le compte { $user } a expiré le { $date } ; demandez un code de renouvellement à un administrateur et lancez `conclave renew CODE`
cli-server-account-expired-plain = votre compte a expiré ; demandez un code de renouvellement à un administrateur et lancez `conclave renew CODE`
cli-client-connect = impossible de se connecter à { $address } : { $reason }
cli-client-pin-mismatch = le certificat TLS du serveur ne correspond pas à l'empreinte épinglée (attendue { $expected }, reçue { $got }) ; il peut s'agir d'une attaque, ou le certificat du serveur a changé
cli-client-timeout = délai dépassé en attendant le serveur
cli-client-closed = la connexion s'est fermée
cli-client-closed-because = la connexion s'est fermée : { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (réponse) { $text }
preview-reaction = (réaction) { $emoji }
preview-edit = (modifié) { $text }
preview-deleted = (a supprimé un message)
preview-receipt = (lu jusqu'à { $seq })
preview-conversation-started = (conversation commencée)
preview-group = (groupe #{ $name })
preview-file = (fichier) { $name } ({ $size ->
    [one] { $size } octet
    [many] { $size } d'octets
   *[other] { $size } octets
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (transféré) { $text }
preview-timer-off = (messages éphémères désactivés)
preview-timer = (messages éphémères : { $time })
preview-display-name-cleared = (nom affiché effacé)
preview-display-name = (nom affiché : { $name })
preview-call-started-audio = (appel) a lancé un appel vocal { $call }
preview-call-started-video = (appel) a lancé un appel vidéo { $call }
preview-call-ringing = (appel) sonne pour { $call }
preview-call-answered = (appel) a répondu à { $call }
preview-call-declined = (appel) a refusé { $call }
preview-call-joined = (appel) a rejoint { $call }
preview-call-left = (appel) a quitté { $call }
preview-call-ended = (appel) a terminé { $call }
preview-call-unreadable = (signal d'appel illisible : { $reason })
preview-ledger = (comptes) { $entry }
preview-ledger-handover = (comptes) { $count ->
    [one] { $count } écriture antérieure transmise
    [many] { $count } d'écritures antérieures transmises
   *[other] { $count } écritures antérieures transmises
} aux appareils qui ont rejoint (partie { $part } sur { $parts })
preview-ledger-unreadable = (écriture des comptes illisible : { $reason })
ledger-payment-to = { $from } a payé { $money } à { $names }
ledger-payment-equal = { $from } a payé { $money } pour { $names } (partage égal)
ledger-payment-exact = { $from } a payé { $money } pour { $names } (partage { $shares })
ledger-payment-weights = { $from } a payé { $money } pour { $names } (partage par poids { $weights })
ledger-debt-to = { $names } doit { $money } à { $from }
ledger-debt-equal = { $names } doivent { $money } à { $from } (partage égal)
ledger-debt-exact = { $names } doivent { $money } à { $from } (partage { $shares })
ledger-debt-weights = { $names } doivent { $money } à { $from } (partage par poids { $weights })
ledger-reversed-entry = écriture { $id } annulée
ledger-with-memo = { $entry } : { $memo }
ledger-refused = refusée : { $entry } ({ $error })
ledger-refused-plain = refusée : { $error }
ledger-unreadable = illisible : { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = a rejoint
history-unreadable = message illisible ({ $reason })
history-fell-behind = cet appareil a pris du retard ici et a manqué des messages ; il sera ajouté de nouveau la prochaine fois qu'un membre enverra un message
history-fell-behind-long = Cet appareil a pris du retard ici (sa file d'attente sur le serveur était pleine) et a manqué des messages à partir de ce point ; il sera ajouté de nouveau la prochaine fois qu'un membre enverra un message.
history-added = a ajouté { $names }
history-removed = a retiré { $names }
history-added-removed = a ajouté { $added } ; a retiré { $removed }
history-keys-updated = a mis à jour les clés
history-deleted = (supprimé)
preview-photo = Photo : { $name }
preview-voice-note = Message vocal : { $name }
preview-file-named = Fichier : { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = une minuterie de messages éphémères est désactivée ou comprise entre { $min } s et 4 semaines ({ $max } s) ; { $secs } s ne convient pas
refused-one-to-one-self = une conversation 1:1 nécessite un autre compte
refused-group-exists = vous avez déjà un groupe nommé #{ $name }
refused-remove-self = pour quitter une conversation, utilisez `leave`
refused-not-members = aucun d'eux n'est membre
refused-no-key-packages = aucun des appareils à ajouter n'a encore publié de paquets de clés
refused-busy = le groupe est trop occupé ; réessayez
refused-not-in-conversation = vous n'êtes pas dans cette conversation
refused-fell-behind = cet appareil a pris du retard dans cette conversation (sa file d'attente sur le serveur était pleine) ; il sera ajouté de nouveau la prochaine fois qu'un autre membre enverra un message
refused-server-too-old-for-timer = les messages de cette conversation disparaissent, et le serveur est trop ancien pour les faire expirer dans sa file d'attente (révision 1 du protocole) : mettez le serveur à jour, ou désactivez la minuterie
refused-call-running = un appel ({ $call }, lancé par { $caller }) est en cours dans cette conversation : rejoignez-le
refused-display-name-too-long = un nom affiché compte au plus { $max } caractères ({ $given } fournis)
refused-display-name-invisible = un nom affiché ne peut pas contenir de caractères de contrôle, de forçage de direction ou invisibles ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = erreur : { $message }
cli-usage-invalid-value = valeur { $value } invalide pour { $arg }
cli-usage-value-required = une valeur est requise pour { $arg }, mais aucune n'a été fournie
cli-usage-invalid-value-because = valeur { $value } invalide pour { $arg } : { $reason }
cli-usage-possible-values = valeurs possibles : { $values }
cli-usage-unknown-argument = argument { $arg } inattendu
cli-usage-unknown-subcommand = sous-commande { $command } non reconnue
cli-usage-missing-arguments = les arguments requis suivants n'ont pas été fournis : { $args }
cli-usage-missing-subcommand = { $command } nécessite une sous-commande, mais aucune n'a été fournie
cli-usage-subcommands = sous-commandes : { $values }
cli-usage-too-many-values = valeur { $value } inattendue pour { $arg } ; aucune autre valeur n'était attendue
cli-usage-conflict = l'argument { $arg } ne peut pas être utilisé avec { $other }
cli-usage-used-twice = l'argument { $arg } ne peut pas être utilisé plusieurs fois
cli-usage-similar-subcommand = astuce : une sous-commande similaire existe : { $names }
cli-usage-similar-argument = astuce : un argument similaire existe : { $names }
cli-usage-similar-value = astuce : une valeur similaire existe : { $names }
cli-usage-more = Pour plus d'informations, essayez { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = numéro de sécurité { $number }
members-safety-number-verified = numéro de sécurité { $number } (vérifié)
members-no-safety-number = aucun numéro de sécurité : { $error }
notice-not-sent = non envoyé : { $error }
notice-ledger-failed = comptes : { $error }
notice-members-failed = membres : { $error }
notice-error = erreur : { $error }

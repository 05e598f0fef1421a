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

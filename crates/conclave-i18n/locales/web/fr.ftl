# Conclave: French (Français), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Démarrer, rejoindre, associer, déverrouiller

boot-loading = Chargement…
boot-failed = Conclave n’a pas pu démarrer : { $error }
boot-other-tab = Conclave est déjà ouvert dans un autre onglet ou une autre fenêtre de ce navigateur. Fermez-le, puis rechargez cette page.
working = En cours…
wrong-passphrase = Phrase secrète incorrecte. { $detail }. Réessayez.
tagline = Messagerie sur invitation, chiffrée de bout en bout. Vos clés sont créées et conservées dans ce navigateur.
passphrase = Phrase secrète
passphrase-hint = Au moins 8 caractères. Elle chiffre les clés et l’historique de cet appareil dans ce navigateur et n’en sort jamais ; si vous l’oubliez, la copie de ce navigateur ne peut plus être ouverte.
passphrase-again = Répétez la phrase secrète
passphrase-differ = Les deux phrases secrètes diffèrent.
join-title = Rejoindre avec une invitation
join-link = Lien d’invitation
join-link-hint = https://…/join#code=… ou conclave://…/join#code=…
username = Nom d’utilisateur
username-hint = 3 à 32 caractères : a–z, 0–9, « . », « _ », « - ».
device-name = Nom de cet appareil
join-button = Rejoindre
joining = Connexion…
link-title = Associer ce navigateur à votre compte
link-intro = Sur un appareil qui a votre compte, lancez « conclave device link » et collez le lien affiché. Cet appareil ajoute alors ce navigateur à vos conversations.
link-link = Lien d’appareil
link-link-hint = https://…/device#code=… ou conclave://…/device#code=…
link-button = Associer ce navigateur
linking = Association…
unlock-title = Déverrouiller Conclave
unlock-holds = Ce navigateur contient l’appareil « { $device } » de { $username }.
unlock-button = Déverrouiller
unlocking = Déverrouillage…
unlock-link-ignored = Ce navigateur contient déjà un appareil Conclave ; le lien que vous avez ouvert n’est pas utilisé. Pour l’utiliser, retirez d’abord cet appareil de ce navigateur.
unlock-forgot = Phrase secrète oubliée ? La copie de ce navigateur ne peut pas être ouverte sans elle. Retirez-la ici et associez de nouveau ce navigateur depuis un autre de vos appareils.
forget-button = Retirer cet appareil de ce navigateur
forget-confirm = Retirer l’appareil de { $username } de ce navigateur ? Ses clés et son historique ici sont supprimés ; votre compte et vos autres appareils restent.

## L’interface

conversations = Conversations
new-button = Nouveau
new-conversation = Nouvelle conversation
private-button = Privé
private-browsing = Navigation privée
account-button = Compte
account = Compte
details = Détails
call-button = Appeler
call-start = Démarrer un appel
call-voice = Appel vocal
video-button = Vidéo
video-start = Démarrer un appel vidéo
video-call = Appel vidéo
ledger = Comptes
ledger-button-title = Dépenses partagées et soldes
messages = Messages
composer-placeholder = Message
send = Envoyer
sending = Envoi…
attach = Joindre un fichier
take-photo = Prendre une photo
voice-hold = Maintenez pour enregistrer un message vocal
back-chats = ‹ Discussions
back-to-conversations = Retour aux conversations
back = ‹ Retour
close-panel = Fermer le panneau
conversation-panels = Panneaux de la conversation
members = Membres
choose-conversation = Choisissez une conversation, ou lancez-en une avec « Nouveau ».
call = Appel

## État et bandeaux

status-online = { $username } · en ligne
status-offline = { $username } · hors ligne
status-expired = { $username } · expiré
status-replaced = { $username } · remplacé
status-refused = { $username } · refusé
status-connecting = { $username } · connexion
banner-expired = Votre compte a expiré. Utilisez un code de renouvellement dans Compte pour continuer.
banner-replaced = Conclave a été ouvert pour cet appareil ailleurs ; cette page s’est arrêtée. Rechargez pour l’utiliser ici.
banner-refused = Le serveur a refusé cet appareil : { $reason }
banner-offline = Hors ligne : affichage de ce que contient ce navigateur. { $reason }
banner-expires-soon = Votre compte expire le { $date }. Demandez un code de renouvellement à un administrateur.
conn-expired = Votre compte a expiré : renouvelez-le dans Compte.
conn-offline = Hors ligne : vous pouvez lire ; l’envoi refonctionnera une fois reconnecté.
expiry-unknown = inconnue (hors ligne)
expiry-expired = { $date } (expiré)
expiry-days = { $days ->
    [one] { $date } ({ $days } jour)
   *[other] { $date } ({ $days } jours)
}

## La liste des conversations et les messages

you = Vous
last-message = { $who } : { $text }
ledger-line = Comptes : { $text }
group-created = Groupe créé
no-messages-yet = Pas encore de messages
no-conversations = Pas encore de conversations.
not-on-device = Cette conversation n’est pas sur cet appareil.
conversation = Conversation
removed-banner = Vous avez été retiré de cette conversation. Vous ne recevez plus ses messages.
membership-added = { $who } a ajouté { $names }
membership-removed = { $who } a retiré { $names }
membership-added-removed = { $who } a ajouté { $added } et retiré { $removed }
membership-keys = { $who } a mis à jour les clés
unreadable-message = Message illisible ({ $reason })
handover-mine = Votre appareil a transmis les entrées antérieures des comptes aux appareils qui ont rejoint.
handover-theirs = L’appareil de { $sender } a transmis les entrées antérieures des comptes aux appareils qui ont rejoint.
open-ledger-link = Comptes ›
open-ledger = Ouvrir les comptes
joined-here = Vous avez rejoint cette conversation sur cet appareil.
empty-conversation = Pas encore de messages. Les messages sont chiffrés de bout en bout.
upload-sending = Envoi de { $name }…
upload-failed = { $name } : { $error }
dismiss = Fermer
record-failed = Enregistrement impossible : { $error }
record-hold = Maintenez le bouton du micro pour enregistrer un message vocal.
toast-added-to-conversation = Vous avez été ajouté à une conversation.
toast-fell-behind = Cet appareil a pris du retard dans une conversation et attend d’y être ajouté de nouveau.
invites-admin = sans quota (admin)
invites-left = restantes : { $count }

## Membres

no-longer-member = Vous n’êtes plus membre de cette conversation.
safety-number = Numéro de sécurité
safety-number-with = Numéro de sécurité avec { $username }
remove = Retirer
remove-member = Retirer { $username }
remove-confirm = Retirer { $username } de { $conversation } ? Cette personne ne lira pas les messages suivants.
removing = Retrait…
removed-toast = { $username } retiré.
devices-line = { $count ->
    [one] appareil { $ids }
   *[other] appareils { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = appareil ({ $id })
member-you = { $username } (vous)
members-summary = { $count ->
    [one] { $count } membre · époque { $epoch }
   *[other] { $count } membres · époque { $epoch }
}
add = Ajouter
adding = Ajout…
added-toast = { $names } ajouté(s).
add-members = Ajouter des membres
add-members-hint = Noms d’utilisateur, séparés par des virgules. Tous leurs appareils rejoignent.
leave = Quitter cette conversation
leave-confirm = Quitter { $conversation } sur tous vos appareils ?
leaving = Départ…
epoch-authenticator = Authentifiant d’époque (le même sur l’appareil de chaque membre) : { $code }
loading = Chargement…
safety-verified = vérifié
safety-changed = CLÉS MODIFIÉES depuis votre vérification
safety-unverified = non vérifié
mark-verified = Marquer comme vérifié
saving = Enregistrement…
verified-toast = { $username } marqué comme vérifié.
safety-with = Numéro de sécurité avec { $username } { $badge }
safety-hint = Comparez-le au sien en personne ou par un autre canal. S’il correspond, marquez la personne comme vérifiée : un changement ultérieur de ses clés sera alors signalé clairement.

## Les comptes

ledger-paid-by = Payé par
ledger-paid-to = Payé à / pour
ledger-owed-to = Dû à
ledger-owed-by = Dû par
split-to = Tout à un membre
split-equal = Partager à parts égales
split-exact = Partager par montants
split-weights = Partager par pondération
badge-reversed = annulée
badge-reversal = annulation
badge-refused = refusée
badge-unreadable = illisible
device-id = appareil { $id }
device-id-named = appareil { $id } ({ $name })
entries = Entrées
entries-count = Entrées ({ $count })
export-csv = Télécharger le CSV
export-json = Télécharger le JSON
balances = Soldes
export = Exporter
export-hint = CSV : une ligne par membre et par entrée (additionnées par membre et devise : les soldes). JSON : chaque enregistrement, les soldes et le règlement.
discrepancy-title = Attention : des comptes transmis à un nouvel appareil diffèrent des vôtres.
discrepancy = L’appareil { $device } de { $by } (message { $seq }) a transmis aux nouveaux venus des comptes différents de ceux de cet appareil : { $detail }. Leurs soldes peuvent différer des vôtres ; comparez avec { $by }.
ledger-unreadable = { $count ->
    [one] { $count } entrée a été écrite par une version plus récente de Conclave et ne peut pas être lue ici ; les soldes l’ignorent jusqu’à votre mise à jour.
   *[other] { $count } entrées ont été écrites par une version plus récente de Conclave et ne peuvent pas être lues ici ; les soldes les ignorent jusqu’à votre mise à jour.
}
handed-over-mine = Cet appareil a rejoint au message { $seq } : les entrées antérieures sont telles que votre appareil { $device } les a transmises.
handed-over-theirs = Cet appareil a rejoint au message { $seq } : les entrées antérieures sont telles que l’appareil { $device } de { $by } les a transmises.
ledger-empty = Pas encore d’entrées. Enregistrez ci-dessous une dépense partagée, un paiement ou une dette ; chaque membre voit les mêmes soldes.
balances-in = Soldes en { $currency }
balance-owed = doit recevoir
balance-owes = doit
balance-settled = à jour
settle-title = Pour solder
settle-you-pay = Vous payez { $amount } { $currency } à { $to }
settle-pays-you = { $from } vous paie { $amount } { $currency }
settle-pays = { $from } paie { $amount } { $currency } à { $to }
all-settled = Tout est soldé.
records-empty = Les entrées apparaissent ici dans l’ordre fixé par le serveur, le même sur chaque appareil.
recorded-by-you = { $day } · enregistrée par vous depuis { $device } à { $time }
recorded-by = { $day } · enregistrée par { $member } depuis { $device } à { $time }
reference-line = Référence : { $reference }
reversed-by-you = Annulée par vous (entrée { $entry }) ; n’est plus comptée.
reversed-by = Annulée par { $member } (entrée { $entry }) ; n’est plus comptée.
reversed-by-someone = Annulée par quelqu’un (entrée { $entry }) ; n’est plus comptée.
undoes = Annule : { $description }
refused-everywhere = Refusée par chaque appareil où elle est arrivée ; elle ne modifie aucun solde.
handed-by-mine = Transmise par votre appareil { $device } quand cet appareil a rejoint
handed-by-theirs = Transmise par l’appareil { $device } de { $username } quand cet appareil a rejoint
reverse-toggle = Annuler…
reverse-entry-label = Annuler l’entrée { $entry }
reverse-entry = Annuler l’entrée
cancel = Annuler
reverse-why = Motif (facultatif)
reverse-hint = L’entrée reste dans l’historique, marquée comme annulée ; son effet sur les soldes est défait sur chaque appareil.
reversing = Annulation…
reversed-toast = Annulée : { $description }
kind-payment = Paiement : quelqu’un a payé
kind-debt = Dette : quelqu’un doit
record-entry = Enregistrer l’entrée
member = Membre
split-equal-among = Partager à parts égales entre
split-equal-hint = Incluez la personne qui a payé pour lui donner aussi une part. Un reste d’un centime va aux premiers membres de la liste.
weights-legend = Pondérations (p. ex. 2 et 1 : deux tiers et un tiers)
amounts-legend = Montants (dont la somme fait le total)
share-empty-hint = Laissez un membre vide pour ne lui donner aucune part.
will-record = Sera enregistré : { $description }
will-record-shares = Sera enregistré : { $description } — { $shares } { $currency }
amount = Montant
currency = Devise
add-entry-form = Ajouter une entrée aux comptes
what-happened = Ce qui s’est passé
date = Date
memo-optional = Note (facultative)
reference-optional = Référence (facultative)
reference-hint = Un numéro de facture, une référence de virement…
add-entry = Ajouter une entrée
ledger-intro = Les entrées sont des messages chiffrés de bout en bout ; personne ne peut les modifier ni les supprimer, une erreur s’annule.
recording = Enregistrement…
recorded-toast = Enregistré : { $description }
preparing = Préparation…
exported-toast = { $count ->
    [one] { $count } enregistrement des comptes exporté vers { $file }.
   *[other] { $count } enregistrements des comptes exportés vers { $file }.
}

## Nouvelle conversation, compte

start = Démarrer
starting = Démarrage…
create-group = Créer le groupe
creating = Création…
message-person = Écrire à une personne
new-group = Nouveau groupe
group-name = Nom du groupe
members-hint = Noms d’utilisateur, séparés par des virgules.
your-account = Votre compte
this-device = Cet appareil
this-device-value = { $name } (appareil { $id })
valid-until = Valable jusqu’au
invitations = Invitations
connection = Connexion
online = en ligne
offline = hors ligne
offline-reason = hors ligne : { $reason }
renew = Renouveler
renewing = Renouvellement…
renewed-toast = Renouvelé jusqu’au { $date }.
renew-title = Renouveler votre compte
renewal-code = Code de renouvellement
renewal-hint = Un administrateur vous en donne un ; il prolonge votre compte, même après son expiration.
expires-1-day = 1 jour
expires-7-days = 7 jours
expires-30-days = 30 jours
create-invitation = Créer une invitation
your-invitations = Vos invitations
copy = Copier
copied = Copié.
copy-failed = Sélectionnez le lien et copiez-le.
invitation-created = Invitation créée.
invitation-for = { $count ->
    [one] Pour { $count } personne, valable jusqu’au { $date }.
   *[other] Pour { $count } personnes, valable jusqu’au { $date }.
}
link-for-browser = Lien pour un navigateur :
link-for-cli = Pour la ligne de commande (conclave join) :
invite-row = #{ $id } · { $state } · { $left }/{ $total } restantes · jusqu’au { $date }
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } restantes · jusqu’au { $date } · ont rejoint : { $names }
no-invitations = Pas encore d’invitations.
invite-someone = Inviter quelqu’un
number-of-people = Nombre de personnes
valid-for = Valable pendant
your-devices = Vos appareils
add-device-hint = Pour ajouter un appareil, lancez « conclave device link » sur un appareil qui a votre compte.
lock = Verrouiller
this-browser = Ce navigateur
lock-hint = Le verrouillage ferme la session ; la phrase secrète la rouvre.
device-row = { $name } (appareil { $id }), ajouté le { $date }
device-row-this = { $name } (appareil { $id }), ajouté le { $date } — ce navigateur
offline-short = Hors ligne.
language = Langue
language-hint = La langue de cette page sur cet appareil. « Automatique » suit les langues du navigateur.
language-auto = Automatique

## Navigation privée

pb-what-title = Qu’est-ce que la navigation privée
pb-what-1 = La navigation privée fait passer le trafic web d’un appareil par deux relais au lieu d’aller directement au site. Le relais d’entrée sait qui vous êtes (votre adresse) mais pas où vous allez ; le relais de sortie sait où vous allez (le site) mais pas qui vous êtes. Aucun ne sait les deux.
pb-what-2 = Entre votre appareil et la sortie, le trafic est chiffré : l’entrée ne voit que des cellules scellées de taille fixe. Chaque relais n’accepte une connexion qu’avec un jeton non associable, que ce serveur signe à l’aveugle : il ne peut pas savoir pour quelle connexion ni quel site un jeton a été dépensé.
pb-what-3 = Cette page ne fait elle-même rien transiter : une page web ne peut pas acheminer d’autre trafic. C’est le programme conclave sur un appareil qui le fait (voir « L’utiliser sur cet appareil »).
pb-limits-title = Ce contre quoi elle ne protège pas
pb-limits-1 = Deux sauts déjouent un opérateur de relais curieux. Ils n’aident pas si les deux relais d’un chemin collaborent, ni contre un observateur qui surveille le trafic aux deux bouts et en compare le rythme (un observateur global).
pb-limits-2 = Les relais gérés par le même opérateur sont signalés dans la liste ci-dessous, et un chemin n’en utilise jamais deux tant qu’un relais d’un autre opérateur existe. Quand un seul opérateur gère des relais, les deux sauts sont les siens et la séparation est purement nominale ; conclave proxy en avertit alors.
pb-limits-3 = Les sites voient toujours ce que vous leur envoyez : la connexion à un compte, les cookies et l’empreinte du navigateur vous identifient comme d’habitude.
pb-limits-4 = Seuls les programmes dirigés vers le proxy sont couverts. Laissez aussi le proxy résoudre les noms (socks5h, --socks5-hostname de curl, « Proxy DNS » de Firefox), sinon vos requêtes DNS passent en dehors.
pb-allowance-note = Chaque circuit prend deux jetons, un par relais ; un circuit transporte de nombreuses connexions et est renouvelé après 10 minutes. Le quota se renouvelle à 00:00 UTC.
pb-allowance-title = Quota de cet appareil
pb-per-day = Jetons par jour
pb-left-today = Restant aujourd’hui
pb-fetching = Récupération de l’annuaire des relais…
relays = Relais
pb-setup = { $first } : sur un appareil où conclave a votre compte, lancez { $link }, puis ici { $join } (ou { $joininvite } avec une invitation).
pb-use-title = L’utiliser sur cet appareil
pb-desktop = Ordinateur (Linux, macOS, Windows)
pb-desktop-install = Installez la ligne de commande conclave et donnez-lui votre compte
pb-desktop-run = Lancez { $cmd }. Il sert SOCKS5 et HTTP CONNECT sur { $addr }, pour cet ordinateur uniquement, et affiche l’entrée et la sortie de chaque circuit.
pb-desktop-chromium = Chromium, Chrome ou Edge : lancez-le avec { $cmd } (les noms sont alors résolus par le proxy). Un profil distinct ({ $profile }) sépare la navigation privée de votre profil habituel.
pb-desktop-firefox = Firefox : Paramètres → Général → Paramètres réseau → Paramètres… : Configuration manuelle du proxy, Hôte SOCKS 127.0.0.1, Port 1080, SOCKS v5, et cochez « Utiliser un DNS distant lorsque SOCKS v5 est actif ».
pb-desktop-curl = Outils en ligne de commande : { $cmd }.
pb-desktop-options = Options : { $country } sort par une sortie dans ce pays ; { $circuit } donne à chaque site son propre circuit.
pb-android = Téléphone ou tablette Android
pb-android-intro = Un navigateur ne peut pas faire tourner un proxy SOCKS, un programme sur le téléphone doit donc le faire :
pb-android-termux = Installez Termux (depuis F-Droid), et dans Termux la ligne de commande conclave.
pb-android-account = Donnez-lui votre compte
pb-android-run = Dans Termux, lancez { $cmd } et laissez-le tourner (autorisez Termux à fonctionner en arrière-plan dans les paramètres de batterie).
pb-android-wifi = Paramètres → Wi-Fi → votre réseau → Modifier → Options avancées → Proxy : Manuel, hôte { $host }, port { $port }. Le réglage proxy d’Android parle HTTP CONNECT, que le proxy comprend sur le même port. Les navigateurs qui le suivent passent par les relais sur ce réseau Wi-Fi (pas en données mobiles).
pb-android-browser = Ou utilisez un navigateur avec ses propres réglages de proxy : SOCKS5 { $socks } avec DNS distant, ou proxy HTTP { $http } (CONNECT).
pb-ios = iPhone et iPad
pb-ios-text = Pas disponible pour l’instant. iOS ne permet pas de garder un programme en ligne de commande actif en arrière-plan pour servir de proxy local (il n’y a pas de Termux, et les apps sont suspendues), et faire passer le trafic d’un téléphone demande une app de type VPN (une Network Extension), que Conclave n’a pas encore. Un téléphone ne peut pas non plus emprunter le proxy d’un ordinateur : conclave proxy n’a pas de mot de passe, il n’écoute donc que sur sa propre machine.
pb-no-tokens = Ce serveur n’émet aucun jeton de relais, ses relais ne peuvent donc pas être utilisés depuis ce compte.
pb-zero-tokens = Le serveur ne donne aucun jeton de relais aux membres (son quota est de 0 par jour).
pb-same-operator = même opérateur
pb-country-unknown = pays inconnu
pb-relay-meta = { $country } · opérateur { $operator } · { $addr }
pb-relay-meta-ours = { $country } · opérateur { $operator } (celui de ce serveur) · { $addr }
pb-same-operator-note = Géré par le même opérateur que { $others } ({ $count } relais) : jamais utilisés ensemble tant qu’un relais d’un autre opérateur existe.
pb-no-relays = Ce serveur ne liste aucun relais.
pb-two-operators = Un chemin peut utiliser deux relais d’opérateurs différents.
pb-one-operator = Un seul opérateur gère ces relais, les deux sauts d’un chemin sont donc les siens : la séparation est purement nominale.
pb-no-path = Aucun chemin ne peut encore être construit : { $reason }.
pb-signed-new = Signé par { $operator } avec la clé { $key } ; la signature est valide. Cet appareil retient désormais cette clé et refuse un annuaire signé par une autre. Valable jusqu’au { $date }.
pb-signed-known = Signé par { $operator } avec la clé { $key } ; la signature est valide. C’est la clé que cet appareil a retenue, et il refuse un annuaire signé par une autre. Valable jusqu’au { $date }.

## Appels

declined = { $names } a refusé.
join-call = Rejoindre l’appel
accept = Accepter
accept-call = Accepter l’appel
accept-video-call = Accepter l’appel vidéo
decline = Refuser
is-calling = { $caller } appelle
ringing-voice = Appel vocal · { $conversation }
ringing-video = Appel vidéo · { $conversation }
already-in-call = Vous êtes déjà en appel.
calling = Appel en cours…
call-failed = L’appel n’a pas pu démarrer : { $error }
connecting = Connexion…
your-camera = Votre caméra
mute = Couper le micro
unmute = Réactiver le micro
camera-off = Caméra désactivée
camera-on = Caméra activée
switch-camera = Changer de caméra
one-camera = Cet appareil a une seule caméra.
hang-up = Raccrocher
call-controls = Commandes de l’appel
tile-name = { $username } · appareil { $device }
tile-leaf = feuille { $leaf }
reconnecting = Reconnexion…
connection-failed = Échec de la connexion
ended = Terminé
in-call = { $count ->
    [one] { $state } · { $count } dans l’appel
   *[other] { $state } · { $count } dans l’appel
}

## Fichiers et messages vocaux

file-too-large = Le fichier dépasse la taille acceptée par le serveur.
file-too-large-max = Le fichier dépasse la taille acceptée par le serveur ({ $max } au maximum).
file-over-quota = Votre espace de stockage sur le serveur est plein. Les fichiers expirent au bout d’un certain temps ; réessayez plus tard.
file-too-many = Trop d’envois simultanés. Réessayez dans un instant.
file-grant = L’autorisation d’envoi a expiré. Réessayez.
file-not-found = Le fichier n’est plus sur le serveur (les fichiers expirent au bout d’un certain temps).
file-hash-mismatch = L’envoi a été endommagé en route. Réessayez.
file-unavailable = Le stockage de fichiers du serveur est indisponible pour le moment. Réessayez plus tard.
file-busy = Le serveur est occupé avec ce fichier. Réessayez dans un instant.
file-cut = La connexion a été coupée pendant l’envoi. Réessayez.
file-no-resume = L’envoi n’a pas pu être repris.
file-kept-other = Le serveur a conservé une autre partie du fichier.
upload-refused = L’envoi a échoué : { $reason }
download-refused = Le téléchargement a échoué : { $reason }
file-corrupted = Ce fichier a été modifié ou corrompu en route ; il n’est pas affiché.
open-image = Ouvrir l’image { $name }
open = Ouvrir
preview-of = Aperçu de { $name }
image-unreadable = Cette image ne peut pas être affichée ici ; ce n’est pas une image que ce navigateur sait lire.
play-voice-note = Écouter le message vocal { $name }
recording-unplayable = Cet enregistrement ne peut pas être lu dans ce navigateur.
download = Télécharger
download-name = Télécharger { $name }
save-again = Enregistrer à nouveau
close = Fermer
play-name = Lire { $name }
pause-name = Mettre { $name } en pause
position = Position

## Notifications

notifications = Notifications
hide-contents = Masquer le contenu dans les notifications
push-blocked = Les notifications sont bloquées pour ce site : autorisez-les dans les paramètres du site du navigateur.
push-not-allowed = Les notifications n’ont pas été autorisées.
push-no-server = Ce serveur n’envoie pas de notifications push.
push-no-service = Le service push de ce navigateur n’a pas répondu (pas de réseau, ou navigateur sans service push).
push-unsupported = Ce navigateur ne peut pas afficher de notifications push (sur iPhone et iPad : ajoutez d’abord Conclave à l’écran d’accueil).
push-on-hidden = Activées : les notifications disent « Nouveau message » et rien d’autre.
push-on = Activées : les notifications montrent qui a écrit et quoi, déchiffré sur cet appareil.
push-off = Désactivées. Les notifications push du serveur ne disent jamais que « du nouveau » ; cet appareil déchiffre le reste.
new-message = Nouveau message

## Appels dans l’historique, vignettes d’appel, états des invitations

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
tile-waiting-keys = en attente des clés
tile-cant-decrypt = déchiffrement impossible ({ $reason })
tile-key-mismatch = sa clé ne correspond pas à celle de cet appareil : autre époque MLS ou pas membre
invite-open = ouverte
invite-used = utilisée
invite-expired = expirée
invite-revoked = révoquée

## Typing indicators
typing-one = { $name } écrit…
typing-two = { $first } et { $second } écrivent…
typing-several = Plusieurs personnes écrivent…
typing-title = Indicateurs de saisie
typing-setting = Montrer quand les autres écrivent, et leur laisser voir quand j’écris
typing-hint = Désactivés, cet appareil ne les envoie ni ne les affiche. Ils ne parviennent qu’aux membres en ligne à cet instant ; le serveur n’en garde aucun.

## History from another device
toast-history-imported = L’historique de votre appareil { $device } est arrivé (entrées : { $count } ; conversations : { $conversations }).
history-note = L’historique ci-dessus vient de votre appareil { $device } (envoyé le { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Appel entrant
push-ring-body = Ouvrez Conclave pour répondre
push-title-group = { $sender } dans { $conversation }

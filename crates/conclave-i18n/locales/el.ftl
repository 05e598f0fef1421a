# Conclave: Greek (Ελληνικά).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = συνδεδεμένο
status-reconnecting = επανασύνδεση… ({ $reason })
status-paused = σε παύση: άλλη εντολή conclave χρησιμοποιεί αυτή τη συσκευή
pane-conversations = Συνομιλίες
pane-unread = { $count ->
    [one] { $count } αδιάβαστο
   *[other] { $count } αδιάβαστα
}
pane-message = Μήνυμα
pane-none = Καμία συνομιλία
compose-hint = Tab ή Enter για γράψιμο
empty-conversations = Δεν υπάρχουν ακόμη συνομιλίες. Ξεκινήστε μία από τη γραμμή εντολών: conclave send USER TEXT
empty-messages = Δεν υπάρχουν ακόμη μηνύματα. Γράψτε παρακάτω και πατήστε Enter.
keys-short = Tab εστίαση · Enter αποστολή · ^L λογαριασμός · ^E εγγραφή · ^U μέλη · ? βοήθεια · q έξοδος
keys-long = Tab εστίαση · Enter αποστολή · Alt+Enter νέα γραμμή · ^L λογαριασμός · ^E νέα εγγραφή · ^U μέλη · ? βοήθεια · q έξοδος
help-title = Βοήθεια (Esc)
help-focus = μετακίνηση ανάμεσα σε συνομιλίες, μηνύματα και γραμμή γραφής
help-choose = επιλογή συνομιλίας· κύλιση μηνυμάτων
help-scroll = κύλιση μηνυμάτων
help-enter = αποστολή (στη γραμμή γραφής)· γράψιμο (αλλού)
help-newline = νέα γραμμή σε μήνυμα
help-ledger = ο κοινός λογαριασμός της συνομιλίας: υπόλοιπα, εξόφληση
help-add-entry = προσθήκη εγγραφής
help-members = μέλη, οι συσκευές τους και αριθμοί ασφαλείας
help-esc = κλείσιμο πλαισίου· έξοδος από τη γραμμή γραφής
help-vim = πλήκτρα τύπου vim (με --vim)
help-help = αυτή η βοήθεια
help-quit = έξοδος
ledger-title = Λογαριασμός (Esc)
ledger-balances = Υπόλοιπα
ledger-none = καμία εγγραφή ακόμη (το Ctrl+E προσθέτει)
ledger-settle = Εξόφληση
ledger-even = όλοι είναι πάτσι
ledger-entries = Εγγραφές
members-title = Μέλη (Esc)
members-device = συσκευή { $id }
members-you = εσύ
form-title = Προσθήκη εγγραφής
form-kind = είδος
form-amount = ποσό
form-currency = νόμισμα
form-from = από
form-split = κατανομή
form-to = προς
form-memo = σημείωση
form-hint = είδος: payment|debt · κατανομή: to|equal (προς: ένα μέλος ή a,b,c)
form-keys = Tab επόμενο πεδίο · Enter προσθήκη · Esc ακύρωση
notice-sent = στάλθηκε ως μήνυμα { $seq }
notice-entry-added = η εγγραφή προστέθηκε ως μήνυμα { $seq }
notice-reconnected = επανασυνδέθηκε

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } πληκτρολογεί…
typing-two = { $first } και { $second } πληκτρολογούν…
typing-several = Πληκτρολογούν αρκετά άτομα…

## Calls in the history
call-held-audio = Κλήση, { $duration }, { $people ->
    [one] { $people } άτομο
   *[other] { $people } άτομα
}
call-held-video = Βιντεοκλήση, { $duration }, { $people ->
    [one] { $people } άτομο
   *[other] { $people } άτομα
}
call-missed-audio = Αναπάντητη κλήση από { $from }
call-missed-video = Αναπάντητη βιντεοκλήση από { $from }
call-missed-declined-audio = Αναπάντητη κλήση από { $from } (απορρίφθηκε)
call-missed-declined-video = Αναπάντητη βιντεοκλήση από { $from } (απορρίφθηκε)
call-not-answered-audio = Η κλήση δεν απαντήθηκε
call-not-answered-video = Η βιντεοκλήση δεν απαντήθηκε
call-declined-by-audio = Η κλήση απορρίφθηκε από { $names }
call-declined-by-video = Η βιντεοκλήση απορρίφθηκε από { $names }
call-ringing-audio = { $caller } καλεί (κλήση)
call-ringing-video = { $caller } καλεί (βιντεοκλήση)
call-in-progress-audio = Κλήση σε εξέλιξη, { $count ->
    [one] { $count } άτομο
   *[other] { $count } άτομα
} σε αυτήν ({ $names })
call-in-progress-video = Βιντεοκλήση σε εξέλιξη, { $count ->
    [one] { $count } άτομο
   *[other] { $count } άτομα
} σε αυτήν ({ $names })
duration-seconds = { $n } δευτ.
duration-minutes = { $n } λεπ.
duration-hours = { $h } ώ. { $min } λεπ.

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = αδυναμία εκκίνησης: { $error }
cli-unexpected-response = απρόσμενη απάντηση { $response }
cli-invalid-option = μη έγκυρο { $option }
cli-invalid-option-value = μη έγκυρο { $option } { $value }
cli-invalid-duration = μη έγκυρη διάρκεια { $value } (π.χ. 24h, 7d)
cli-not-invite-link = αυτός δεν είναι σύνδεσμος πρόσκλησης (ένας σύνδεσμος συσκευής πηγαίνει στο `conclave device join`)
cli-not-device-link = αυτός δεν είναι σύνδεσμος συσκευής (φτιάξτε έναν με `conclave device link` στην υπάρχουσα συσκευή σας)
cli-joined = συνδεθήκατε στο { $server } ως { $user } (συσκευή { $device }); ο λογαριασμός ισχύει έως { $expires }
cli-linked = συνδέθηκε στο { $server } ως { $user } (συσκευή { $device }); ο λογαριασμός ισχύει έως { $expires }
cli-malformed-renewal-code = λανθασμένος κωδικός ανανέωσης
cli-renewed = ανανεώθηκε: ο λογαριασμός { $user } ισχύει έως { $expires }
cli-display-name-none = χωρίς εμφανιζόμενο όνομα: οι άλλοι βλέπουν { $user }
cli-whoami-account = λογαριασμός
cli-whoami-device = συσκευή
cli-whoami-server = διακομιστής
cli-whoami-expires = λήγει
cli-whoami-invites = προσκλήσεις
cli-whoami-admin = (διαχειριστής)
cli-whoami-invites-left = απομένουν { $count }
cli-whoami-no-quota = χωρίς όριο
cli-invite-in-browser = σε πρόγραμμα περιήγησης: { $link }
cli-invite-created = πρόσκληση { $id } για { $count ->
    [one] { $count } λογαριασμό
   *[other] { $count } λογαριασμούς
}, ισχύει έως { $expires }
cli-no-invitations = καμία πρόσκληση
cli-invite-open = ανοιχτή
cli-invite-used = χρησιμοποιημένη
cli-invite-expired = ληγμένη
cli-invite-revoked = ανακλημένη
cli-invite-row = απομένουν { $left }/{ $total }  λήγει { $expires }
cli-invite-give = δώστε αναγνωριστικό πρόσκλησης (από `conclave invite list`), κωδικό ή σύνδεσμο
cli-revoked = ανακλήθηκε
cli-no-group = καμία ομάδα { $name }; το `conclave group list` δείχνει τις δικές σας
cli-no-conversation-with = καμία συνομιλία με { $name }; το `conclave send { $name } TEXT` ξεκινά μία
cli-sent = στάλθηκε στο { $conversation } ως μήνυμα { $seq }
cli-warn-call-ignored = προειδοποίηση: το σήμα κλήσης { $seq } από { $sender } στο { $conversation } αγνοήθηκε: { $reason }
cli-history-note = (το παραπάνω ιστορικό ήρθε από τη συσκευή σας { $device }, στάλθηκε { $at })
cli-warn-receipt-not-sent = προειδοποίηση: η επιβεβαίωση ανάγνωσης δεν στάλθηκε: { $error }
cli-warn-delivery-unusable = προειδοποίηση: η παράδοση { $seq } δεν μπόρεσε να χρησιμοποιηθεί: { $reason }
cli-history-imported = ιστορικό από τη συσκευή σας { $device } (στάλθηκε { $at }): { $entries ->
    [one] { $entries } καταχώριση
   *[other] { $entries } καταχωρίσεις
} σε { $count ->
    [one] { $count } συνομιλία
   *[other] { $count } συνομιλίες
}
cli-warn-history-later = προειδοποίηση: το ιστορικό από τη συσκευή σας { $device } δεν ήρθε ακόμη ({ $reason }); η επόμενη εντολή θα ξαναδοκιμάσει
cli-warn-history-unusable = προειδοποίηση: το ιστορικό από τη συσκευή σας { $device } δεν μπορεί να χρησιμοποιηθεί: { $reason }
cli-warn-history-fetch = προειδοποίηση: δεν ήταν δυνατή η λήψη του ιστορικού που έστειλε η άλλη συσκευή σας: { $error }
cli-listen-handover = άλλη εντολή conclave χρησιμοποιεί αυτή τη συσκευή· αναμονή…
cli-listening-again = ακρόαση ξανά
cli-connection-lost = η σύνδεση χάθηκε ({ $error }); επανασύνδεση…
cli-group-created = δημιουργήθηκε #{ $name } ({ $devices ->
    [one] { $devices } συσκευή
   *[other] { $devices } συσκευές
}, εποχή { $epoch })
cli-group-added = προστέθηκαν { $users } στο #{ $name }
cli-already-members = ήδη μέλη
cli-group-removed = αφαιρέθηκαν { $users } από το #{ $name }
cli-group-left = αποχωρήσατε από το #{ $name }
cli-no-conversations = καμία συνομιλία
cli-kind-group = ομάδα
cli-kind-direct = άμεση
cli-kind-unnamed = ανώνυμη
cli-devices = { $devices ->
    [one] { $devices } συσκευή
   *[other] { $devices } συσκευές
}
cli-group-info = { $name }  εποχή { $epoch }
cli-device = συσκευή { $id }
cli-device-link-waiting = αναμονή για σύνδεση της νέας συσκευής (εκτελέστε `conclave --home NEWDIR device join LINK`)…
cli-link-expired = ο σύνδεσμος έληξε πριν συνδεθεί κάποια συσκευή
cli-device-joined = η συσκευή { $id } συνδέθηκε· προστέθηκε σε { $added } από { $total ->
    [one] { $total } συνομιλία
   *[other] { $total } συνομιλίες
}
cli-history-sent = της στάλθηκε το ιστορικό { $count ->
    [one] { $count } συνομιλίας
   *[other] { $count } συνομιλιών
} ({ $entries ->
    [one] { $entries } καταχώριση
   *[other] { $entries } καταχωρίσεις
}, { $kib } KiB, με κρυπτογράφηση από άκρο σε άκρο)
cli-history-none = κανένα παλαιότερο ιστορικό για αποστολή
cli-warn-history-not-sent = προειδοποίηση: το ιστορικό δεν στάλθηκε στη νέα συσκευή: { $error }
cli-device-added = προστέθηκε { $at }
cli-device-added-this = προστέθηκε { $at } (αυτή η συσκευή)
cli-device-removed = η συσκευή { $id } αφαιρέθηκε
cli-safety-changed = !!! ΠΡΟΣΟΧΗ: τα κλειδιά του { $user } ΑΛΛΑΞΑΝ από τότε που τα επαληθεύσατε !!!
cli-safety-changed-compare = !!! Προστέθηκε νέα συσκευή ή αντικαταστάθηκε κλειδί. Συγκρίνετε ξανά τον αριθμό ασφαλείας. !!!
cli-verified = ο { $user } είναι επαληθευμένος
cli-not-verified = ο { $user } δεν είναι ακόμη επαληθευμένος
cli-safety-number = αριθμός ασφαλείας με { $user }:
cli-marked-verified = ο { $user } σημειώθηκε ως επαληθευμένος· θα ειδοποιηθείτε αν αλλάξουν τα κλειδιά του
cli-replied = απαντήθηκε στο { $conversation } ως μήνυμα { $seq }
cli-reacted = αντίδραση στο { $conversation } ως μήνυμα { $seq }
cli-reaction-taken-back = η αντίδραση αναιρέθηκε στο { $conversation } ως μήνυμα { $seq }
cli-edited = επεξεργάστηκε στο { $conversation } ως μήνυμα { $seq }
cli-deleted = διαγράφηκε για όλους στο { $conversation } ως μήνυμα { $seq }
cli-forwarded = προωθήθηκε στο { $conversation } ως μήνυμα { $seq }
cli-timer-set = ορίστηκε χρονόμετρο στο { $conversation } ως μήνυμα { $seq }
cli-timer-invalid = `{ $value }`: { $error }; πείτε off, 30s, 5m, 1h, 1d ή 1w
cli-receipts-say-on-or-off = `{ $value }`: πείτε `on` ή `off`
cli-receipts-on = επιβεβαιώσεις ανάγνωσης ενεργές: αυτή η συσκευή λέει στους άλλους τι διαβάσατε και δείχνει τι διάβασαν
cli-receipts-off = επιβεβαιώσεις ανάγνωσης ανενεργές: αυτή η συσκευή δεν στέλνει καμία και δεν δείχνει κανενός
cli-not-a-file = το { $path } δεν είναι αρχείο
cli-uploading = αποστολή
cli-downloading = λήψη
cli-file-sent = στάλθηκε { $file } ({ $size }) στο { $conversation } ως μήνυμα { $seq }
cli-message-not-available = το μήνυμα { $message } δεν είναι διαθέσιμο
cli-message-deleted = το μήνυμα { $message } διαγράφηκε
cli-message-not-a-file = το μήνυμα { $message } στο { $conversation } δεν είναι αρχείο
cli-no-conversations-yet = καμία συνομιλία ακόμη
cli-files-in-several = το { $message } δείχνει αρχεία σε πολλές συνομιλίες: πείτε `conclave download CONVERSATION { $message }`
cli-too-many-files = πάρα πολλά αρχεία με αυτό το όνομα εδώ· πείτε πού με --output
cli-file-gone = ο διακομιστής δεν έχει πια αυτό το αρχείο: κρατά ένα αρχείο μέχρι να το λάβει κάθε συσκευή της συνομιλίας, ή το πολύ { $days ->
    [one] { $days } ημέρα
   *[other] { $days } ημέρες
}
cli-file-saved = αποθηκεύτηκε { $file } ({ $size }) από { $conversation } [{ $seq }] ως { $path }
cli-passphrase-env-not-utf8 = το CONCLAVE_PASSPHRASE δεν είναι έγκυρο UTF-8
cli-passphrase-env-empty = το CONCLAVE_PASSPHRASE είναι κενό
cli-prompt-passphrase = Φράση πρόσβασης
cli-prompt-again = Ξανά
cli-reading-passphrase = ανάγνωση της φράσης πρόσβασης
cli-passphrase-empty = μια κενή φράση πρόσβασης δεν προστατεύει τίποτα
cli-passphrases-differ = οι φράσεις πρόσβασης διαφέρουν
cli-home-taken = το { $dir } περιέχει ήδη συσκευή Conclave· χρησιμοποιήστε άλλο --home (ή CONCLAVE_HOME) για νέα
cli-cannot-create = αδυναμία δημιουργίας { $path }
cli-cannot-remove = αδυναμία αφαίρεσης { $path }
cli-cannot-write = αδυναμία εγγραφής { $path }
cli-cannot-open = αδυναμία ανοίγματος { $path }
cli-cannot-listen = αδυναμία ακρόασης στο { $address }
cli-no-device = καμία συσκευή Conclave στο { $dir } — εκτελέστε πρώτα `conclave join LINK --name NAME`
cli-malformed-file = λανθασμένο { $path }
cli-device-key-missing = το κλειδί της συσκευής λείπει από την κατάσταση
cli-device-key-malformed = λανθασμένο κλειδί συσκευής
cli-fingerprint-malformed = το device.json έχει λανθασμένο αποτύπωμα
cli-lock-waiter-stopped = η αναμονή για το κλείδωμα σταμάτησε
cli-lock-wait-cancelled = η αναμονή για το κλείδωμα της συσκευής ακυρώθηκε
cli-lock-waiting = αναμονή για άλλη διεργασία conclave (pid { $pid }) που χρησιμοποιεί αυτή τη συσκευή…
cli-lock-busy = άλλη διεργασία conclave (pid { $pid }) χρησιμοποιεί την κατάσταση της συσκευής στο { $dir } και δεν την παρέδωσε μέσα σε { $seconds } s· σταματήστε την ή περιμένετε να τελειώσει
cli-ledger-no-conversation = καμία συνομιλία «{ $name }»: δώστε '#ομάδα' ή το όνομα χρήστη μιας συνομιλίας 1:1
cli-ledger-unreadable = προειδοποίηση: { $count ->
    [one] { $count } εγγραφή του ταμείου γράφτηκε από νεότερο Conclave και δεν διαβάζεται εδώ· τα υπόλοιπα την παραλείπουν μέχρι να ενημερώσετε
   *[other] { $count } εγγραφές του ταμείου γράφτηκαν από νεότερο Conclave και δεν διαβάζονται εδώ· τα υπόλοιπα τις παραλείπουν μέχρι να ενημερώσετε
}
cli-ledger-handed-over = σημείωση: αυτή η συσκευή μπήκε στο μήνυμα { $seq }· οι εγγραφές πριν από αυτό είναι όπως τις παρέδωσε η συσκευή { $device } του { $user }
cli-ledger-discrepancy = ΠΡΟΣΟΧΗ: η συσκευή { $device } του { $user } έδωσε στους νεοφερμένους ταμείο διαφορετικό από αυτό της συσκευής (μήνυμα { $seq }): { $detail }
cli-ledger-to-or-split = δώστε είτε --to είτε --split
cli-ledger-stored-without-content = το μήνυμα αποθηκεύτηκε χωρίς το περιεχόμενό του
cli-ledger-missing-after-send = η εγγραφή λείπει από το ταμείο μετά την αποστολή
cli-ledger-refused = η εγγραφή έφτασε στη συνομιλία ως μήνυμα { $seq } αλλά κάθε συσκευή την απορρίπτει: { $error }
cli-ledger-recorded = καταγράφηκε { $id } στο { $conversation }: { $description }
cli-ledger-empty = { $conversation }: καμία εγγραφή ακόμη
cli-ledger-title = ταμείο του { $conversation }
cli-ledger-reversed-tag = [αντιλογισμένη]
cli-ledger-recorded-by = καταγράφηκε από { $user } (συσκευή { $device }) στις { $at }, μήνυμα { $seq }
cli-ledger-ref = αναφ. { $reference }
cli-ledger-reversed-by = αντιλογίστηκε από { $user } ({ $id })
cli-ledger-reversed = αντιλογίστηκε ({ $id })
cli-ledger-balances-title = υπόλοιπα του { $conversation }
cli-ledger-is-owed = του χρωστούν
cli-ledger-owes = χρωστά
cli-ledger-settled = εξοφλημένο
cli-ledger-all-settled = όλοι είναι εξοφλημένοι
cli-ledger-to-settle-up = για εξόφληση:
cli-ledger-pays = ο { $from } πληρώνει τον { $to } { $amount }
cli-writing = εγγραφή { $path }
cli-writing-export = εγγραφή της εξαγωγής
cli-ledger-exported = εξήχθησαν { $count ->
    [one] { $count } εγγραφή
   *[other] { $count } εγγραφές
} στο { $path }
cli-not-a-call-id = το { $value } δεν είναι αναγνωριστικό κλήσης (32 δεκαεξαδικοί χαρακτήρες)
cli-no-call-running = δεν υπάρχει κλήση σε εξέλιξη στο { $conversation }
cli-call-started = ξεκίνησε η κλήση { $call } στο { $conversation }
cli-call-joined = συμμετοχή στην κλήση { $call } στο { $conversation }
cli-call-left = αποχώρηση από την κλήση { $call } στο { $conversation }
cli-call-declined = απορρίφθηκε η κλήση { $call } στο { $conversation }
cli-call-ended = τερματίστηκε η κλήση { $call } στο { $conversation }
cli-call-not-in = αυτή η συσκευή δεν είναι στην κλήση { $call }
cli-call-not-ringing = η κλήση { $call } δεν χτυπά για εσάς (χτυπά 45 s, μέχρι να απαντήσετε ή να απορρίψετε)
cli-call-token = διακριτικό για την κλήση { $call }, ισχύει έως { $expires }
cli-proxy-loopback-only = ο διακομιστής μεσολάβησης λειτουργεί χωρίς πιστοποίηση, γι' αυτό ακούει μόνο στο loopback (λήφθηκε { $address })
cli-proxy-no-directory = αδυναμία λήψης του καταλόγου αναμεταδοτών: { $error }
cli-proxy-no-server = αυτή η συσκευή δεν γνωρίζει κανέναν διακομιστή
cli-proxy-circuit = κύκλωμα { $circuit }: είσοδος { $entry } → έξοδος { $exit } σε { $ms } ms
cli-proxy-same-operator = προειδοποίηση: ένας φορέας λειτουργεί και τους δύο αναμεταδότες, άρα ο διαχωρισμός σε δύο άλματα εδώ είναι μόνο ονομαστικός
cli-proxy-circuit-failed = το κύκλωμα απέτυχε: { $error }
cli-proxy-stream-refused = η σύνδεση απορρίφθηκε: { $reason }
cli-proxy-listening = Ιδιωτική περιήγηση στο socks5://{ $address } και http://{ $address } (CONNECT). Στρέψτε εκεί ένα πρόγραμμα περιήγησης, π.χ.
cli-proxy-two-relays = Δύο αναμεταδότες μεταφέρουν κάθε σύνδεση: η είσοδος βλέπει τη διεύθυνσή σας, η έξοδος τον ιστότοπο· κανείς και τα δύο. Χωρίς προστασία: συνεννόηση των δύο αναμεταδοτών ή παρατηρητής του χρονισμού και στα δύο άκρα.
cli-proxy-first-circuit-failed = το πρώτο κύκλωμα απέτυχε (νέα προσπάθεια στην πρώτη σύνδεση): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } κύκλωμα
   *[other] { $circuits } κυκλώματα
}, { $streams ->
    [one] { $streams } ροή
   *[other] { $streams } ροές
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = σταμάτησε: { $circuits ->
    [one] { $circuits } κύκλωμα
   *[other] { $circuits } κυκλώματα
} δημιουργήθηκαν, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = ο διακομιστής δεν μπόρεσε να διαβάσει ό,τι έστειλε αυτό το πρόγραμμα· ενημερώστε το Conclave
server-error-unsupported-version = ο διακομιστής μιλά άλλη έκδοση του πρωτοκόλλου του Conclave· ενημερώστε το Conclave
server-error-frame-too-large = ό,τι έστειλε αυτό το πρόγραμμα είναι πολύ μεγάλο για τον διακομιστή
server-error-not-authenticated = ο διακομιστής τερμάτισε τη συνεδρία πριν συνδεθεί αυτή η συσκευή· δοκιμάστε ξανά
server-error-already-authenticated = αυτή η συσκευή συνδέθηκε δύο φορές στην ίδια συνεδρία· δοκιμάστε ξανά
server-error-auth-failed = ο διακομιστής δεν δέχεται αυτή τη συσκευή: αφαιρέθηκε από τον λογαριασμό της ή το κλειδί της δεν ταιριάζει
server-error-invite-unknown = αυτή η πρόσκληση δεν υπάρχει· ελέγξτε τον σύνδεσμο
server-error-invite-used = αυτή η πρόσκληση έχει ήδη χρησιμοποιηθεί· ζητήστε νέα
server-error-invite-expired = αυτή η πρόσκληση έχει λήξει· ζητήστε νέα
server-error-invite-revoked = αυτή η πρόσκληση ανακλήθηκε· ζητήστε νέα
server-error-username-taken = αυτό το όνομα χρήστη είναι πιασμένο· επιλέξτε άλλο
server-error-username-invalid = ο διακομιστής δεν δέχεται αυτό το όνομα χρήστη
server-error-device-key-taken = το κλειδί αυτής της συσκευής είναι ήδη καταχωρισμένο
server-error-account-disabled = ο λογαριασμός σας απενεργοποιήθηκε από τον διαχειριστή του διακομιστή
server-error-account-expired = ο λογαριασμός { $user } έληξε στις { $date }· ζητήστε από έναν διαχειριστή κωδικό ανανέωσης
server-error-account-expired-plain = ο λογαριασμός σας έχει λήξει· ζητήστε από έναν διαχειριστή κωδικό ανανέωσης
server-error-renewal-unknown = αυτός ο κωδικός ανανέωσης δεν υπάρχει
server-error-renewal-used = αυτός ο κωδικός ανανέωσης έχει ήδη χρησιμοποιηθεί
server-error-renewal-expired = αυτός ο κωδικός ανανέωσης έχει λήξει· ζητήστε νέο από έναν διαχειριστή
server-error-forbidden = ο διακομιστής δεν το επιτρέπει
server-error-not-found = ο διακομιστής δεν γνωρίζει αυτό που ζητήθηκε
server-error-no-account = δεν υπάρχει λογαριασμός με όνομα { $name }
server-error-invalid-argument = ο διακομιστής απέρριψε το αίτημα ως άκυρο
server-error-quota-exceeded = το όριο προσκλήσεων εξαντλήθηκε: έχετε δώσει { $used } από τις { $quota } χρήσεις προσκλήσεων, απομένουν { $left }
server-error-quota-exceeded-plain = το όριο προσκλήσεών σας εξαντλήθηκε
server-error-queue-full = η ουρά μιας συσκευής παραλήπτη είναι γεμάτη· πρέπει να συνδεθεί και να ενημερωθεί
server-error-rate-limited = πάρα πολλά αιτήματα· δοκιμάστε ξανά σε { $seconds } δ
server-error-rate-limited-plain = πάρα πολλά αιτήματα· δοκιμάστε ξανά σε λίγο
server-error-too-many-connections = ο διακομιστής έφτασε το όριο συνδέσεων· δοκιμάστε αργότερα
server-error-limit-exceeded = αυτό ξεπερνά ένα όριο του διακομιστή
server-error-stale-epoch = η συνομιλία άλλαξε την ίδια στιγμή· δοκιμάστε ξανά
server-error-not-member = αυτή η συσκευή δεν είναι μέλος εκείνης της συνομιλίας
server-error-no-key-package = μια συσκευή προς προσθήκη δεν έχει πακέτα κλειδιών στον διακομιστή· πρέπει πρώτα να συνδεθεί
server-error-device-link-invalid = αυτός ο σύνδεσμος συσκευής είναι άγνωστος, χρησιμοποιημένος ή ληγμένος· δημιουργήστε νέο σε μια συσκευή του λογαριασμού
server-error-shutting-down = ο διακομιστής τερματίζεται· δοκιμάστε ξανά σε λίγο
server-error-internal = ο διακομιστής είχε εσωτερικό σφάλμα· δοκιμάστε αργότερα
server-error-unavailable = ο διακομιστής δεν το προσφέρει αυτό
server-error-fell-behind = μια συσκευή έμεινε πίσω σε αυτή τη συνομιλία και περιμένει ένα μέλος να την προσθέσει ξανά
server-error-relay-tokens-used-up = το σημερινό όριο για ιδιωτική περιήγηση εξαντλήθηκε· ανανεώνεται στις 00:00 UTC
server-error-relay-tokens-unavailable = αυτός ο διακομιστής δεν προσφέρει ιδιωτική περιήγηση
server-error-call-tokens-unavailable = αυτός ο διακομιστής δεν προσφέρει κλήσεις
server-error-unknown-code = ο διακομιστής αρνήθηκε (σφάλμα { $code })
server-error-unsupported = ο διακομιστής δεν γνωρίζει αυτό το αίτημα: τρέχει παλαιότερη έκδοση του Conclave
cli-server-account-expired = ο λογαριασμός { $user } έληξε στις { $date }· ζητήστε από έναν διαχειριστή κωδικό ανανέωσης και εκτελέστε `conclave renew CODE`
cli-server-account-expired-plain = ο λογαριασμός σας έχει λήξει· ζητήστε από έναν διαχειριστή κωδικό ανανέωσης και εκτελέστε `conclave renew CODE`
cli-client-connect = αδύνατη η σύνδεση με { $address }: { $reason }
cli-client-pin-mismatch = το πιστοποιητικό TLS του διακομιστή δεν ταιριάζει με το καρφιτσωμένο αποτύπωμα (αναμενόταν { $expected }, ελήφθη { $got })· μπορεί να είναι επίθεση ή άλλαξε το πιστοποιητικό του διακομιστή
cli-client-timeout = λήξη χρόνου αναμονής για τον διακομιστή
cli-client-closed = η σύνδεση έκλεισε
cli-client-closed-because = η σύνδεση έκλεισε: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (απάντηση) { $text }
preview-reaction = (αντίδραση) { $emoji }
preview-edit = (επεξεργασία) { $text }
preview-deleted = (διέγραψε ένα μήνυμα)
preview-receipt = (διαβάστηκε έως το { $seq })
preview-conversation-started = (η συνομιλία ξεκίνησε)
preview-group = (ομάδα #{ $name })
preview-file = (αρχείο) { $name } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (προωθημένο) { $text }
preview-timer-off = (εξαφανιζόμενα μηνύματα ανενεργά)
preview-timer = (εξαφανιζόμενα μηνύματα: { $time })
preview-display-name-cleared = (το εμφανιζόμενο όνομα διαγράφηκε)
preview-display-name = (εμφανιζόμενο όνομα: { $name })
preview-call-started-audio = (κλήση) ξεκίνησε φωνητική κλήση { $call }
preview-call-started-video = (κλήση) ξεκίνησε βιντεοκλήση { $call }
preview-call-ringing = (κλήση) κουδουνίζει για { $call }
preview-call-answered = (κλήση) απάντησε στην { $call }
preview-call-declined = (κλήση) απέρριψε την { $call }
preview-call-joined = (κλήση) μπήκε στην { $call }
preview-call-left = (κλήση) αποχώρησε από την { $call }
preview-call-ended = (κλήση) τερμάτισε την { $call }
preview-call-unreadable = (μη αναγνώσιμο σήμα κλήσης: { $reason })
preview-ledger = (ταμείο) { $entry }
preview-ledger-handover = (ταμείο) { $count ->
    [one] { $count } προηγούμενη εγγραφή παραδόθηκε
   *[other] { $count } προηγούμενες εγγραφές παραδόθηκαν
} στις συσκευές που προστέθηκαν (μέρος { $part } από { $parts })
preview-ledger-unreadable = (μη αναγνώσιμη εγγραφή ταμείου: { $reason })
ledger-payment-to = { $from } πλήρωσε { $money } σε { $names }
ledger-payment-equal = { $from } πλήρωσε { $money } για { $names } (ισόποσα)
ledger-payment-exact = { $from } πλήρωσε { $money } για { $names } (κατανομή { $shares })
ledger-payment-weights = { $from } πλήρωσε { $money } για { $names } (κατανομή κατά βάρος { $weights })
ledger-debt-to = { $names } χρωστά { $money } σε { $from }
ledger-debt-equal = { $names } χρωστούν { $money } σε { $from } (ισόποσα)
ledger-debt-exact = { $names } χρωστούν { $money } σε { $from } (κατανομή { $shares })
ledger-debt-weights = { $names } χρωστούν { $money } σε { $from } (κατανομή κατά βάρος { $weights })
ledger-reversed-entry = αντιλογισμός εγγραφής { $id }
ledger-with-memo = { $entry }: { $memo }
ledger-refused = απορρίφθηκε: { $entry } ({ $error })
ledger-refused-plain = απορρίφθηκε: { $error }
ledger-unreadable = μη αναγνώσιμο: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = μπήκε
history-unreadable = μη αναγνώσιμο μήνυμα ({ $reason })
history-fell-behind = αυτή η συσκευή έμεινε πίσω εδώ και έχασε μηνύματα· προστίθεται ξανά την επόμενη φορά που κάποιο μέλος θα στείλει
history-fell-behind-long = Αυτή η συσκευή έμεινε πίσω εδώ (η ουρά της στον διακομιστή ήταν γεμάτη) και έχασε μηνύματα από αυτό το σημείο· προστίθεται ξανά την επόμενη φορά που κάποιο μέλος θα στείλει.
history-added = πρόσθεσε { $names }
history-removed = αφαίρεσε { $names }
history-added-removed = πρόσθεσε { $added }· αφαίρεσε { $removed }
history-keys-updated = ενημέρωσε τα κλειδιά
history-deleted = (διαγράφηκε)
preview-photo = Φωτογραφία: { $name }
preview-voice-note = Φωνητικό μήνυμα: { $name }
preview-file-named = Αρχείο: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = το χρονόμετρο εξαφανιζόμενων μηνυμάτων είναι ανενεργό ή από { $min } s έως 4 εβδομάδες ({ $max } s)· τα { $secs } s δεν επιτρέπονται
refused-one-to-one-self = μια συνομιλία 1:1 χρειάζεται άλλον λογαριασμό
refused-group-exists = έχετε ήδη μια ομάδα με όνομα #{ $name }
refused-remove-self = για να αποχωρήσετε από μια συνομιλία χρησιμοποιήστε το `leave`
refused-not-members = κανείς τους δεν είναι μέλος
refused-no-key-packages = καμία από τις συσκευές προς προσθήκη δεν έχει δημοσιεύσει ακόμη πακέτα κλειδιών
refused-busy = η ομάδα είναι πολύ απασχολημένη· δοκιμάστε ξανά
refused-not-in-conversation = δεν συμμετέχετε σε αυτή τη συνομιλία
refused-fell-behind = αυτή η συσκευή έμεινε πίσω σε αυτή τη συνομιλία (η ουρά της στον διακομιστή ήταν γεμάτη)· προστίθεται ξανά την επόμενη φορά που κάποιο άλλο μέλος θα στείλει
refused-server-too-old-for-timer = τα μηνύματα αυτής της συνομιλίας εξαφανίζονται, και ο διακομιστής είναι πολύ παλιός για να τα αφήνει να λήγουν στην ουρά του (αναθεώρηση πρωτοκόλλου 1): αναβαθμίστε τον διακομιστή ή απενεργοποιήστε το χρονόμετρο
refused-call-running = μια κλήση ({ $call }, ξεκίνησε από { $caller }) είναι σε εξέλιξη σε αυτή τη συνομιλία: συμμετάσχετε σε αυτήν
refused-display-name-too-long = ένα εμφανιζόμενο όνομα έχει το πολύ { $max } χαρακτήρες (δόθηκαν { $given })
refused-display-name-invisible = ένα εμφανιζόμενο όνομα δεν μπορεί να περιέχει χαρακτήρες ελέγχου, παράκαμψης κατεύθυνσης ή αόρατους χαρακτήρες ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = σφάλμα: { $message }
cli-usage-invalid-value = μη έγκυρη τιμή { $value } για το { $arg }
cli-usage-value-required = απαιτείται τιμή για το { $arg }, αλλά δεν δόθηκε καμία
cli-usage-invalid-value-because = μη έγκυρη τιμή { $value } για το { $arg }: { $reason }
cli-usage-possible-values = πιθανές τιμές: { $values }
cli-usage-unknown-argument = βρέθηκε μη αναμενόμενο όρισμα { $arg }
cli-usage-unknown-subcommand = μη αναγνωρισμένη υποεντολή { $command }
cli-usage-missing-arguments = δεν δόθηκαν τα εξής απαιτούμενα ορίσματα: { $args }
cli-usage-missing-subcommand = η εντολή { $command } απαιτεί υποεντολή, αλλά δεν δόθηκε καμία
cli-usage-subcommands = υποεντολές: { $values }
cli-usage-too-many-values = βρέθηκε μη αναμενόμενη τιμή { $value } για το { $arg }· δεν αναμένονταν άλλες
cli-usage-conflict = το όρισμα { $arg } δεν μπορεί να χρησιμοποιηθεί μαζί με το { $other }
cli-usage-used-twice = το όρισμα { $arg } δεν μπορεί να χρησιμοποιηθεί πολλές φορές
cli-usage-similar-subcommand = συμβουλή: υπάρχει παρόμοια υποεντολή: { $names }
cli-usage-similar-argument = συμβουλή: υπάρχει παρόμοιο όρισμα: { $names }
cli-usage-similar-value = συμβουλή: υπάρχει παρόμοια τιμή: { $names }
cli-usage-more = Για περισσότερες πληροφορίες, δοκιμάστε { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = αριθμός ασφαλείας { $number }
members-safety-number-verified = αριθμός ασφαλείας { $number } (επαληθευμένος)
members-no-safety-number = χωρίς αριθμό ασφαλείας: { $error }
notice-not-sent = δεν στάλθηκε: { $error }
notice-ledger-failed = λογαριασμός: { $error }
notice-members-failed = μέλη: { $error }
notice-error = σφάλμα: { $error }

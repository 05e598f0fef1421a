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

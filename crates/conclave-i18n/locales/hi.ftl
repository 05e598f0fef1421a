# Conclave: Hindi (हिन्दी).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = जुड़ा हुआ
status-reconnecting = फिर से जोड़ रहे हैं… ({ $reason })
status-paused = रुका हुआ: कोई दूसरा conclave कमांड यह डिवाइस इस्तेमाल कर रहा है
pane-conversations = बातचीत
pane-unread = { $count ->
    [one] { $count } अपठित
   *[other] { $count } अपठित
}
pane-message = संदेश
pane-none = कोई बातचीत नहीं
compose-hint = लिखने के लिए Tab या Enter
empty-conversations = अभी कोई बातचीत नहीं। कमांड लाइन से शुरू करें: conclave send USER TEXT
empty-messages = अभी कोई संदेश नहीं। नीचे लिखें और Enter दबाएँ।
keys-short = Tab फ़ोकस · Enter भेजें · ^L खाता · ^E प्रविष्टि · ^U सदस्य · ? सहायता · q बाहर
keys-long = Tab फ़ोकस · Enter भेजें · Alt+Enter नई पंक्ति · ^L खाता · ^E प्रविष्टि जोड़ें · ^U सदस्य · ? सहायता · q बाहर
help-title = सहायता (Esc)
help-focus = बातचीत, संदेशों और लेखन पंक्ति के बीच जाएँ
help-choose = बातचीत चुनें; संदेश स्क्रॉल करें
help-scroll = संदेश स्क्रॉल करें
help-enter = भेजें (लेखन पंक्ति में); लिखें (अन्यत्र)
help-newline = संदेश में नई पंक्ति
help-ledger = बातचीत का साझा खाता: शेष, हिसाब चुकता
help-add-entry = प्रविष्टि जोड़ें
help-members = सदस्य, उनके डिवाइस और सुरक्षा नंबर
help-esc = पैनल बंद करें; लेखन पंक्ति छोड़ें
help-vim = vim जैसी कुंजियाँ (--vim के साथ)
help-help = यह सहायता
help-quit = बाहर
ledger-title = खाता (Esc)
ledger-balances = शेष
ledger-none = अभी कोई प्रविष्टि नहीं (Ctrl+E से जोड़ें)
ledger-settle = हिसाब चुकता
ledger-even = सबका हिसाब बराबर है
ledger-entries = प्रविष्टियाँ
members-title = सदस्य (Esc)
members-device = डिवाइस { $id }
members-you = आप
form-title = प्रविष्टि जोड़ें
form-kind = प्रकार
form-amount = राशि
form-currency = मुद्रा
form-from = किससे
form-split = बँटवारा
form-to = किसको
form-memo = टिप्पणी
form-hint = प्रकार: payment|debt · बँटवारा: to|equal (किसको: एक सदस्य, या a,b,c)
form-keys = Tab अगला फ़ील्ड · Enter जोड़ें · Esc रद्द
notice-sent = संदेश { $seq } के रूप में भेजा गया
notice-entry-added = प्रविष्टि संदेश { $seq } के रूप में जोड़ी गई
notice-reconnected = फिर से जुड़ गया

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } लिख रहे हैं…
typing-two = { $first } और { $second } लिख रहे हैं…
typing-several = कई लोग लिख रहे हैं…

## Calls in the history
call-held-audio = कॉल, { $duration }, { $people ->
    [one] { $people } व्यक्ति
   *[other] { $people } लोग
}
call-held-video = वीडियो कॉल, { $duration }, { $people ->
    [one] { $people } व्यक्ति
   *[other] { $people } लोग
}
call-missed-audio = { $from } की छूटी हुई कॉल
call-missed-video = { $from } की छूटी हुई वीडियो कॉल
call-missed-declined-audio = { $from } की छूटी हुई कॉल (अस्वीकार की गई)
call-missed-declined-video = { $from } की छूटी हुई वीडियो कॉल (अस्वीकार की गई)
call-not-answered-audio = कॉल का जवाब नहीं मिला
call-not-answered-video = वीडियो कॉल का जवाब नहीं मिला
call-declined-by-audio = { $names } ने कॉल अस्वीकार की
call-declined-by-video = { $names } ने वीडियो कॉल अस्वीकार की
call-ringing-audio = { $caller } कॉल कर रहे हैं (कॉल)
call-ringing-video = { $caller } कॉल कर रहे हैं (वीडियो कॉल)
call-in-progress-audio = कॉल चल रही है, उसमें { $count ->
    [one] { $count } व्यक्ति
   *[other] { $count } लोग
} ({ $names })
call-in-progress-video = वीडियो कॉल चल रही है, उसमें { $count ->
    [one] { $count } व्यक्ति
   *[other] { $count } लोग
} ({ $names })
duration-seconds = { $n } सेकंड
duration-minutes = { $n } मिनट
duration-hours = { $h } घंटे { $min } मिनट

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = शुरू नहीं हो सका: { $error }
cli-unexpected-response = अनपेक्षित जवाब { $response }
cli-invalid-option = अमान्य { $option }
cli-invalid-option-value = अमान्य { $option } { $value }
cli-invalid-duration = अमान्य अवधि { $value } (जैसे 24h, 7d)
cli-not-invite-link = यह आमंत्रण लिंक नहीं है (डिवाइस लिंक `conclave device join` के लिए है)
cli-not-device-link = यह डिवाइस लिंक नहीं है (अपने मौजूदा डिवाइस पर `conclave device link` से बनाएँ)
cli-joined = { $server } से { $user } के रूप में जुड़े (डिवाइस { $device }); खाता { $expires } तक मान्य
cli-linked = { $server } से { $user } के रूप में लिंक हुआ (डिवाइस { $device }); खाता { $expires } तक मान्य
cli-malformed-renewal-code = नवीनीकरण कोड गलत है
cli-renewed = नवीनीकृत: खाता { $user } { $expires } तक मान्य है
cli-display-name-none = कोई प्रदर्शन नाम नहीं: दूसरे { $user } देखते हैं
cli-whoami-account = खाता
cli-whoami-device = डिवाइस
cli-whoami-server = सर्वर
cli-whoami-expires = समाप्ति
cli-whoami-invites = आमंत्रण
cli-whoami-admin = (व्यवस्थापक)
cli-whoami-invites-left = { $count } बाकी
cli-whoami-no-quota = कोई कोटा नहीं
cli-invite-in-browser = ब्राउज़र में: { $link }
cli-invite-created = आमंत्रण { $id }, { $count ->
    [one] { $count } खाते के लिए
   *[other] { $count } खातों के लिए
}, { $expires } तक मान्य
cli-no-invitations = कोई आमंत्रण नहीं
cli-invite-open = खुला
cli-invite-used = उपयोग हुआ
cli-invite-expired = समाप्त
cli-invite-revoked = रद्द
cli-invite-row = { $left }/{ $total } बाकी  समाप्ति { $expires }
cli-invite-give = आमंत्रण id (`conclave invite list` से), कोड या लिंक दें
cli-revoked = रद्द किया
cli-no-group = कोई समूह { $name } नहीं; `conclave group list` आपके समूह दिखाता है
cli-no-conversation-with = { $name } के साथ कोई बातचीत नहीं; `conclave send { $name } TEXT` एक शुरू करता है
cli-sent = { $conversation } को संदेश { $seq } के रूप में भेजा
cli-warn-call-ignored = चेतावनी: { $conversation } में { $sender } का कॉल संकेत { $seq } अनदेखा किया: { $reason }
cli-history-note = (ऊपर का इतिहास आपके डिवाइस { $device } से आया, { $at } को भेजा गया)
cli-warn-receipt-not-sent = चेतावनी: पढ़ने की रसीद नहीं भेजी गई: { $error }
cli-warn-delivery-unusable = चेतावनी: डिलीवरी { $seq } उपयोग नहीं हो सकी: { $reason }
cli-history-imported = आपके डिवाइस { $device } से इतिहास ({ $at } को भेजा): { $count ->
    [one] { $count } बातचीत
   *[other] { $count } बातचीतों
} में { $entries ->
    [one] { $entries } प्रविष्टि
   *[other] { $entries } प्रविष्टियाँ
}
cli-warn-history-later = चेतावनी: आपके डिवाइस { $device } से इतिहास अभी नहीं आया ({ $reason }); अगला कमांड फिर कोशिश करेगा
cli-warn-history-unusable = चेतावनी: आपके डिवाइस { $device } का इतिहास उपयोग नहीं हो सकता: { $reason }
cli-warn-history-fetch = चेतावनी: आपके दूसरे डिवाइस का भेजा इतिहास नहीं मिल सका: { $error }
cli-listen-handover = कोई दूसरा conclave कमांड यह डिवाइस उपयोग कर रहा है; प्रतीक्षा…
cli-listening-again = फिर से सुन रहे हैं
cli-connection-lost = कनेक्शन टूटा ({ $error }); फिर से जोड़ रहे हैं…
cli-group-created = #{ $name } बनाया ({ $devices ->
    [one] { $devices } डिवाइस
   *[other] { $devices } डिवाइस
}, युग { $epoch })
cli-group-added = { $users } को #{ $name } में जोड़ा
cli-already-members = पहले से सदस्य
cli-group-removed = { $users } को #{ $name } से हटाया
cli-group-left = #{ $name } छोड़ा
cli-no-conversations = कोई बातचीत नहीं
cli-kind-group = समूह
cli-kind-direct = सीधी
cli-kind-unnamed = बेनाम
cli-devices = { $devices ->
    [one] { $devices } डिवाइस
   *[other] { $devices } डिवाइस
}
cli-group-info = { $name }  युग { $epoch }
cli-device = डिवाइस { $id }
cli-device-link-waiting = नए डिवाइस के जुड़ने की प्रतीक्षा (`conclave --home NEWDIR device join LINK` चलाएँ)…
cli-link-expired = किसी डिवाइस के जुड़ने से पहले लिंक समाप्त हो गया
cli-device-joined = डिवाइस { $id } जुड़ा; { $total ->
    [one] { $total } बातचीत
   *[other] { $total } बातचीतों
} में से { $added } में जोड़ा
cli-history-sent = उसे { $count ->
    [one] { $count } बातचीत
   *[other] { $count } बातचीतों
} का इतिहास भेजा ({ $entries ->
    [one] { $entries } प्रविष्टि
   *[other] { $entries } प्रविष्टियाँ
}, { $kib } KiB, एंड-टू-एंड एन्क्रिप्टेड)
cli-history-none = भेजने को कोई पुराना इतिहास नहीं
cli-warn-history-not-sent = चेतावनी: इतिहास नए डिवाइस को नहीं भेजा गया: { $error }
cli-device-added = जोड़ा { $at }
cli-device-added-this = जोड़ा { $at } (यह डिवाइस)
cli-device-removed = डिवाइस { $id } हटाया
cli-safety-changed = !!! चेतावनी: आपके सत्यापन के बाद { $user } की कुंजियाँ बदल गईं !!!
cli-safety-changed-compare = !!! नया डिवाइस जोड़ा गया या कुंजी बदली गई। सुरक्षा संख्या फिर से मिलाएँ। !!!
cli-verified = { $user } सत्यापित है
cli-not-verified = { $user } अभी सत्यापित नहीं है
cli-safety-number = { $user } के साथ सुरक्षा संख्या:
cli-marked-verified = { $user } को सत्यापित चिह्नित किया; उनकी कुंजियाँ बदलने पर आपको चेतावनी मिलेगी
cli-replied = { $conversation } में संदेश { $seq } के रूप में जवाब दिया
cli-reacted = { $conversation } में संदेश { $seq } के रूप में प्रतिक्रिया दी
cli-reaction-taken-back = { $conversation } में प्रतिक्रिया वापस ली, संदेश { $seq }
cli-edited = { $conversation } में संदेश { $seq } के रूप में संपादित
cli-deleted = { $conversation } में सबके लिए हटाया, संदेश { $seq }
cli-forwarded = { $conversation } में संदेश { $seq } के रूप में आगे भेजा
cli-timer-set = { $conversation } में टाइमर सेट किया, संदेश { $seq }
cli-timer-invalid = `{ $value }`: { $error }; off, 30s, 5m, 1h, 1d या 1w कहें
cli-receipts-say-on-or-off = `{ $value }`: `on` या `off` कहें
cli-receipts-on = पढ़ने की रसीदें चालू: यह डिवाइस दूसरों को बताता है कि आपने क्या पढ़ा, और दिखाता है कि उन्होंने क्या पढ़ा
cli-receipts-off = पढ़ने की रसीदें बंद: यह डिवाइस न भेजता है, न किसी की दिखाता है
cli-not-a-file = { $path } फ़ाइल नहीं है
cli-uploading = अपलोड हो रहा है
cli-downloading = डाउनलोड हो रहा है
cli-file-sent = { $file } ({ $size }) को { $conversation } में संदेश { $seq } के रूप में भेजा
cli-message-not-available = संदेश { $message } उपलब्ध नहीं है
cli-message-deleted = संदेश { $message } हटा दिया गया
cli-message-not-a-file = { $conversation } में संदेश { $message } फ़ाइल नहीं है
cli-no-conversations-yet = अभी कोई बातचीत नहीं
cli-files-in-several = { $message } कई बातचीतों की फ़ाइलें दर्शाता है: `conclave download CONVERSATION { $message }` कहें
cli-too-many-files = यहाँ उस नाम की बहुत फ़ाइलें हैं; --output से जगह बताएँ
cli-file-gone = सर्वर के पास अब यह फ़ाइल नहीं है: वह फ़ाइल तब तक रखता है जब तक बातचीत का हर डिवाइस उसे न ले ले, अधिकतम { $days ->
    [one] { $days } दिन
   *[other] { $days } दिन
}
cli-file-saved = { $conversation } [{ $seq }] से { $file } ({ $size }) को { $path } के रूप में सहेजा
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE मान्य UTF-8 नहीं है
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE खाली है
cli-prompt-passphrase = पासफ़्रेज़
cli-prompt-again = फिर से
cli-reading-passphrase = पासफ़्रेज़ पढ़ना
cli-passphrase-empty = खाली पासफ़्रेज़ कुछ भी सुरक्षित नहीं करता
cli-passphrases-differ = पासफ़्रेज़ अलग हैं
cli-home-taken = { $dir } में पहले से एक Conclave डिवाइस है; नए के लिए दूसरा --home (या CONCLAVE_HOME) उपयोग करें
cli-cannot-create = { $path } नहीं बना सकते
cli-cannot-remove = { $path } नहीं हटा सकते
cli-cannot-write = { $path } नहीं लिख सकते
cli-cannot-open = { $path } नहीं खोल सकते
cli-cannot-listen = { $address } पर नहीं सुन सकते
cli-no-device = { $dir } में कोई Conclave डिवाइस नहीं — पहले `conclave join LINK --name NAME` चलाएँ
cli-malformed-file = { $path } गलत है
cli-device-key-missing = स्थिति में डिवाइस कुंजी नहीं है
cli-device-key-malformed = डिवाइस कुंजी गलत है
cli-fingerprint-malformed = device.json में फ़िंगरप्रिंट गलत है
cli-lock-waiter-stopped = लॉक की प्रतीक्षा रुक गई
cli-lock-wait-cancelled = डिवाइस लॉक की प्रतीक्षा रद्द हुई
cli-lock-waiting = इस डिवाइस को उपयोग कर रही दूसरी conclave प्रक्रिया (pid { $pid }) की प्रतीक्षा…
cli-lock-busy = दूसरी conclave प्रक्रिया (pid { $pid }) { $dir } में इस डिवाइस की स्थिति उपयोग कर रही है और { $seconds } s में नहीं सौंपी; उसे रोकें या पूरा होने दें
cli-ledger-no-conversation = कोई बातचीत "{ $name }" नहीं: '#समूह' या किसी 1:1 बातचीत का उपयोगकर्ता नाम दें
cli-ledger-unreadable = चेतावनी: { $count ->
    [one] { $count } खाता प्रविष्टि नए Conclave ने लिखी है और यहाँ पढ़ी नहीं जा सकती; अपडेट करने तक शेष राशि उसे छोड़ देती है
   *[other] { $count } खाता प्रविष्टियाँ नए Conclave ने लिखी हैं और यहाँ पढ़ी नहीं जा सकतीं; अपडेट करने तक शेष राशि उन्हें छोड़ देती है
}
cli-ledger-handed-over = नोट: यह डिवाइस संदेश { $seq } पर जुड़ा; उससे पहले की प्रविष्टियाँ वैसी हैं जैसी { $user } के डिवाइस { $device } ने सौंपीं
cli-ledger-discrepancy = चेतावनी: { $user } के डिवाइस { $device } ने नए लोगों को ऐसा खाता दिया जो इस डिवाइस के खाते से अलग है (संदेश { $seq }): { $detail }
cli-ledger-to-or-split = --to या --split में से एक दें
cli-ledger-stored-without-content = संदेश बिना सामग्री के सहेजा गया
cli-ledger-missing-after-send = भेजने के बाद प्रविष्टि खाते में नहीं है
cli-ledger-refused = प्रविष्टि बातचीत में संदेश { $seq } के रूप में पहुँची, पर हर डिवाइस उसे अस्वीकार करता है: { $error }
cli-ledger-recorded = { $conversation } में { $id } दर्ज किया: { $description }
cli-ledger-empty = { $conversation }: अभी कोई खाता प्रविष्टि नहीं
cli-ledger-title = { $conversation } का खाता
cli-ledger-reversed-tag = [उलटी गई]
cli-ledger-recorded-by = { $user } ने दर्ज किया (डिवाइस { $device }) { $at } को, संदेश { $seq }
cli-ledger-ref = संदर्भ { $reference }
cli-ledger-reversed-by = { $user } ने उलटी ({ $id })
cli-ledger-reversed = उलटी गई ({ $id })
cli-ledger-balances-title = { $conversation } की शेष राशि
cli-ledger-is-owed = लेना है
cli-ledger-owes = देना है
cli-ledger-settled = बराबर
cli-ledger-all-settled = सब बराबर
cli-ledger-to-settle-up = हिसाब बराबर करने के लिए:
cli-ledger-pays = { $from } { $to } को { $amount } देता है
cli-writing = { $path } लिखना
cli-writing-export = निर्यात लिखना
cli-ledger-exported = { $count ->
    [one] { $count } खाता रिकॉर्ड
   *[other] { $count } खाता रिकॉर्ड
} { $path } में निर्यात किए
cli-not-a-call-id = { $value } कॉल id नहीं है (32 हेक्साडेसिमल अक्षर)
cli-no-call-running = { $conversation } में कोई कॉल नहीं चल रही
cli-call-started = { $conversation } में कॉल { $call } शुरू की
cli-call-joined = { $conversation } में कॉल { $call } से जुड़े
cli-call-left = { $conversation } में कॉल { $call } छोड़ी
cli-call-declined = { $conversation } में कॉल { $call } अस्वीकार की
cli-call-ended = { $conversation } में कॉल { $call } समाप्त की
cli-call-not-in = यह डिवाइस कॉल { $call } में नहीं है
cli-call-not-ringing = कॉल { $call } आपके लिए नहीं बज रही (यह 45 s बजती है, जब तक आप उठाएँ या अस्वीकार करें)
cli-call-token = कॉल { $call } का कॉल टोकन, { $expires } तक मान्य
cli-proxy-loopback-only = प्रॉक्सी बिना प्रमाणीकरण के चलता है, इसलिए केवल loopback पर सुनता है (मिला { $address })
cli-proxy-no-directory = रिले निर्देशिका नहीं मिल सकी: { $error }
cli-proxy-no-server = यह डिवाइस कोई सर्वर नहीं जानता
cli-proxy-circuit = सर्किट { $circuit }: प्रवेश { $entry } → निकास { $exit }, { $ms } ms में
cli-proxy-same-operator = चेतावनी: दोनों रिले एक ही संचालक चलाता है, इसलिए यहाँ दो-हॉप विभाजन केवल नाम का है
cli-proxy-circuit-failed = सर्किट विफल: { $error }
cli-proxy-stream-refused = कनेक्शन अस्वीकृत: { $reason }
cli-proxy-listening = socks5://{ $address } और http://{ $address } (CONNECT) पर निजी ब्राउज़िंग। ब्राउज़र को इस पर लगाएँ, जैसे
cli-proxy-two-relays = हर कनेक्शन दो रिले से गुज़रता है: प्रवेश आपका पता देखता है, निकास साइट; कोई दोनों नहीं। सुरक्षा नहीं: दोनों रिले की मिलीभगत, या दोनों सिरों की टाइमिंग देखने वाला।
cli-proxy-first-circuit-failed = पहला सर्किट विफल (पहले कनेक्शन पर फिर कोशिश): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } सर्किट
   *[other] { $circuits } सर्किट
}, { $streams ->
    [one] { $streams } स्ट्रीम
   *[other] { $streams } स्ट्रीम
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = रुका: { $circuits ->
    [one] { $circuits } सर्किट
   *[other] { $circuits } सर्किट
} बने, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = सर्वर वह नहीं पढ़ सका जो इस प्रोग्राम ने भेजा; Conclave अपडेट करें
server-error-unsupported-version = सर्वर Conclave के प्रोटोकॉल का कोई दूसरा संस्करण बोलता है; Conclave अपडेट करें
server-error-frame-too-large = इस प्रोग्राम ने जो भेजा वह सर्वर के लिए बहुत बड़ा है
server-error-not-authenticated = इस डिवाइस के साइन इन करने से पहले सर्वर ने सत्र बंद कर दिया; फिर से कोशिश करें
server-error-already-authenticated = इस डिवाइस ने एक ही सत्र में दो बार साइन इन किया; फिर से कोशिश करें
server-error-auth-failed = सर्वर इस डिवाइस को स्वीकार नहीं करता: इसे इसके खाते से हटा दिया गया, या इसकी कुंजी मेल नहीं खाती
server-error-invite-unknown = यह आमंत्रण मौजूद नहीं है; लिंक जाँचें
server-error-invite-used = यह आमंत्रण पहले ही इस्तेमाल हो चुका है; नया माँगें
server-error-invite-expired = इस आमंत्रण की अवधि समाप्त हो गई; नया माँगें
server-error-invite-revoked = यह आमंत्रण रद्द कर दिया गया; नया माँगें
server-error-username-taken = यह उपयोगकर्ता नाम ले लिया गया है; कोई दूसरा चुनें
server-error-username-invalid = सर्वर यह उपयोगकर्ता नाम स्वीकार नहीं करता
server-error-device-key-taken = इस डिवाइस की कुंजी पहले से पंजीकृत है
server-error-account-disabled = सर्वर के संचालक ने आपका खाता निष्क्रिय कर दिया है
server-error-account-expired = खाता { $user } की अवधि { $date } को समाप्त हो गई; किसी एडमिन से नवीनीकरण कोड माँगें
server-error-account-expired-plain = आपके खाते की अवधि समाप्त हो गई है; किसी एडमिन से नवीनीकरण कोड माँगें
server-error-renewal-unknown = यह नवीनीकरण कोड मौजूद नहीं है
server-error-renewal-used = यह नवीनीकरण कोड पहले ही इस्तेमाल हो चुका है
server-error-renewal-expired = इस नवीनीकरण कोड की अवधि समाप्त हो गई; किसी एडमिन से नया माँगें
server-error-forbidden = सर्वर इसकी अनुमति नहीं देता
server-error-not-found = सर्वर वह नहीं जानता जो माँगा गया
server-error-no-account = { $name } नाम का कोई खाता नहीं
server-error-invalid-argument = सर्वर ने अनुरोध को अमान्य मानकर अस्वीकार कर दिया
server-error-quota-exceeded = आमंत्रण कोटा पूरा हो गया: आपने { $quota } में से { $used } आमंत्रण दिए हैं, { $left } बचे हैं
server-error-quota-exceeded-plain = आपका आमंत्रण कोटा खत्म हो गया है
server-error-queue-full = किसी प्राप्तकर्ता डिवाइस की कतार भरी हुई है; उसे ऑनलाइन आकर बाकी लेना होगा
server-error-rate-limited = बहुत अधिक अनुरोध; { $seconds } से. बाद फिर से कोशिश करें
server-error-rate-limited-plain = बहुत अधिक अनुरोध; थोड़ी देर में फिर से कोशिश करें
server-error-too-many-connections = सर्वर अपनी कनेक्शन सीमा पर है; बाद में कोशिश करें
server-error-limit-exceeded = यह सर्वर की एक सीमा से आगे जाता है
server-error-stale-epoch = बातचीत उसी पल बदल गई; फिर से कोशिश करें
server-error-not-member = यह डिवाइस उस बातचीत का सदस्य नहीं है
server-error-no-key-package = जोड़े जाने वाले डिवाइस के पास सर्वर पर कोई कुंजी पैकेज नहीं है; उसे पहले ऑनलाइन आना होगा
server-error-device-link-invalid = यह डिवाइस लिंक अज्ञात, इस्तेमाल हो चुका या समाप्त है; खाते के किसी डिवाइस पर नया बनाएँ
server-error-shutting-down = सर्वर बंद हो रहा है; थोड़ी देर में फिर से कोशिश करें
server-error-internal = सर्वर में आंतरिक त्रुटि हुई; बाद में कोशिश करें
server-error-unavailable = सर्वर यह सुविधा नहीं देता
server-error-fell-behind = एक डिवाइस इस बातचीत में पीछे रह गया है और किसी सदस्य के उसे फिर से जोड़ने की प्रतीक्षा कर रहा है
server-error-relay-tokens-used-up = निजी ब्राउज़िंग का आज का कोटा खत्म हो गया; यह 00:00 UTC पर फिर मिलता है
server-error-relay-tokens-unavailable = यह सर्वर निजी ब्राउज़िंग नहीं देता
server-error-call-tokens-unavailable = यह सर्वर कॉल नहीं देता
server-error-unknown-code = सर्वर ने मना कर दिया (त्रुटि { $code })
server-error-unsupported = सर्वर इस अनुरोध को नहीं जानता: वह Conclave का पुराना संस्करण चलाता है
cli-server-account-expired = खाता { $user } की अवधि { $date } को समाप्त हो गई; किसी एडमिन से नवीनीकरण कोड माँगें और `conclave renew CODE` चलाएँ
cli-server-account-expired-plain = आपके खाते की अवधि समाप्त हो गई है; किसी एडमिन से नवीनीकरण कोड माँगें और `conclave renew CODE` चलाएँ
cli-client-connect = { $address } से कनेक्ट नहीं हो सका: { $reason }
cli-client-pin-mismatch = सर्वर का TLS प्रमाणपत्र पिन किए गए फ़िंगरप्रिंट से मेल नहीं खाता (अपेक्षित { $expected }, मिला { $got }); यह हमला हो सकता है, या सर्वर का प्रमाणपत्र बदल गया है
cli-client-timeout = सर्वर की प्रतीक्षा में समय समाप्त हो गया
cli-client-closed = कनेक्शन बंद हो गया
cli-client-closed-because = कनेक्शन बंद हो गया: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (जवाब) { $text }
preview-reaction = (प्रतिक्रिया) { $emoji }
preview-edit = (संपादित) { $text }
preview-deleted = (एक संदेश हटाया)
preview-receipt = ({ $seq } तक पढ़ा)
preview-conversation-started = (बातचीत शुरू हुई)
preview-group = (समूह #{ $name })
preview-file = (फ़ाइल) { $name } ({ $size ->
    [one] { $size } बाइट
   *[other] { $size } बाइट
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (आगे भेजा गया) { $text }
preview-timer-off = (गायब होने वाले संदेश बंद)
preview-timer = (गायब होने वाले संदेश: { $time })
preview-display-name-cleared = (प्रदर्शन नाम हटाया गया)
preview-display-name = (प्रदर्शन नाम: { $name })
preview-call-started-audio = (कॉल) ऑडियो कॉल { $call } शुरू की
preview-call-started-video = (कॉल) वीडियो कॉल { $call } शुरू की
preview-call-ringing = (कॉल) { $call } के लिए घंटी बज रही है
preview-call-answered = (कॉल) { $call } का जवाब दिया
preview-call-declined = (कॉल) { $call } अस्वीकार की
preview-call-joined = (कॉल) { $call } से जुड़े
preview-call-left = (कॉल) { $call } छोड़ी
preview-call-ended = (कॉल) { $call } समाप्त की
preview-call-unreadable = (अपठनीय कॉल संकेत: { $reason })
preview-ledger = (खाता) { $entry }
preview-ledger-handover = (खाता) जुड़ने वाले डिवाइसों को { $count ->
    [one] { $count } पिछली प्रविष्टि सौंपी गई
   *[other] { $count } पिछली प्रविष्टियाँ सौंपी गईं
} (भाग { $part }, कुल { $parts } में से)
preview-ledger-unreadable = (अपठनीय खाता प्रविष्टि: { $reason })
ledger-payment-to = { $from } ने { $names } को { $money } दिए
ledger-payment-equal = { $from } ने { $names } के लिए { $money } चुकाए (बराबर बँटवारा)
ledger-payment-exact = { $from } ने { $names } के लिए { $money } चुकाए (बँटवारा { $shares })
ledger-payment-weights = { $from } ने { $names } के लिए { $money } चुकाए (भार के अनुसार बँटवारा { $weights })
ledger-debt-to = { $names } पर { $from } के { $money } बकाया हैं
ledger-debt-equal = { $names } पर { $from } के { $money } बकाया हैं (बराबर बँटवारा)
ledger-debt-exact = { $names } पर { $from } के { $money } बकाया हैं (बँटवारा { $shares })
ledger-debt-weights = { $names } पर { $from } के { $money } बकाया हैं (भार के अनुसार बँटवारा { $weights })
ledger-reversed-entry = प्रविष्टि { $id } उलटी गई
ledger-with-memo = { $entry }: { $memo }
ledger-refused = अस्वीकृत: { $entry } ({ $error })
ledger-refused-plain = अस्वीकृत: { $error }
ledger-unreadable = अपठनीय: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = जुड़े
history-unreadable = अपठनीय संदेश ({ $reason })
history-fell-behind = यह डिवाइस यहाँ पीछे रह गया और कुछ संदेश छूट गए; जब कोई सदस्य अगली बार भेजेगा, तब इसे फिर से जोड़ा जाएगा
history-fell-behind-long = यह डिवाइस यहाँ पीछे रह गया (सर्वर पर इसकी कतार भरी हुई थी) और इस बिंदु से संदेश छूट गए; जब कोई सदस्य अगली बार भेजेगा, तब इसे फिर से जोड़ा जाएगा।
history-added = { $names } को जोड़ा
history-removed = { $names } को हटाया
history-added-removed = { $added } को जोड़ा; { $removed } को हटाया
history-keys-updated = कुंजियाँ अपडेट कीं
history-deleted = (हटा दिया गया)
preview-photo = फ़ोटो: { $name }
preview-voice-note = वॉइस नोट: { $name }
preview-file-named = फ़ाइल: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = गायब होने वाले संदेशों का टाइमर या तो बंद होता है या { $min } s से 4 सप्ताह ({ $max } s) तक; { $secs } s मान्य नहीं है
refused-one-to-one-self = 1:1 बातचीत के लिए किसी दूसरे खाते की ज़रूरत है
refused-group-exists = आपके पास पहले से #{ $name } नाम का समूह है
refused-remove-self = बातचीत छोड़ने के लिए `leave` का उपयोग करें
refused-not-members = उनमें से कोई भी सदस्य नहीं है
refused-no-key-packages = जोड़े जाने वाले किसी भी डिवाइस ने अभी तक कुंजी पैकेज प्रकाशित नहीं किए हैं
refused-busy = समूह बहुत व्यस्त है; फिर कोशिश करें
refused-not-in-conversation = आप इस बातचीत में नहीं हैं
refused-fell-behind = यह डिवाइस इस बातचीत में पीछे रह गया (सर्वर पर इसकी कतार भरी हुई थी); जब कोई दूसरा सदस्य अगली बार भेजेगा, तब इसे फिर से जोड़ा जाएगा
refused-server-too-old-for-timer = इस बातचीत के संदेश गायब हो जाते हैं, और सर्वर इतना पुराना है कि उन्हें अपनी कतार में समाप्त नहीं होने दे सकता (प्रोटोकॉल संशोधन 1): सर्वर अपग्रेड करें, या टाइमर बंद करें
refused-call-running = इस बातचीत में एक कॉल ({ $call }, { $caller } ने शुरू की) चल रही है: उससे जुड़ें
refused-display-name-too-long = प्रदर्शन नाम में अधिकतम { $max } अक्षर हो सकते हैं ({ $given } दिए गए)
refused-display-name-invisible = प्रदर्शन नाम में नियंत्रण, दिशा-ओवरराइड या अदृश्य अक्षर नहीं हो सकते ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = त्रुटि: { $message }
cli-usage-invalid-value = { $arg } के लिए अमान्य मान { $value }
cli-usage-value-required = { $arg } के लिए एक मान आवश्यक है, लेकिन कोई मान नहीं दिया गया
cli-usage-invalid-value-because = { $arg } के लिए अमान्य मान { $value }: { $reason }
cli-usage-possible-values = संभावित मान: { $values }
cli-usage-unknown-argument = अनपेक्षित तर्क { $arg } मिला
cli-usage-unknown-subcommand = अपरिचित उप-कमांड { $command }
cli-usage-missing-arguments = निम्नलिखित आवश्यक तर्क नहीं दिए गए: { $args }
cli-usage-missing-subcommand = { $command } के लिए एक उप-कमांड आवश्यक है, लेकिन कोई नहीं दिया गया
cli-usage-subcommands = उप-कमांड: { $values }
cli-usage-too-many-values = { $arg } के लिए अनपेक्षित मान { $value } मिला; और मानों की अपेक्षा नहीं थी
cli-usage-conflict = तर्क { $arg } का उपयोग { $other } के साथ नहीं किया जा सकता
cli-usage-used-twice = तर्क { $arg } का उपयोग एक से अधिक बार नहीं किया जा सकता
cli-usage-similar-subcommand = सुझाव: एक मिलता-जुलता उप-कमांड मौजूद है: { $names }
cli-usage-similar-argument = सुझाव: एक मिलता-जुलता तर्क मौजूद है: { $names }
cli-usage-similar-value = सुझाव: एक मिलता-जुलता मान मौजूद है: { $names }
cli-usage-more = अधिक जानकारी के लिए { $help } आज़माएँ।

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = सुरक्षा नंबर { $number }
members-safety-number-verified = सुरक्षा नंबर { $number } (सत्यापित)
members-no-safety-number = कोई सुरक्षा नंबर नहीं: { $error }
notice-not-sent = नहीं भेजा गया: { $error }
notice-ledger-failed = खाता: { $error }
notice-members-failed = सदस्य: { $error }
notice-error = त्रुटि: { $error }

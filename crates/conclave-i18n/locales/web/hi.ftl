# Conclave: Hindi (हिन्दी), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## शुरुआत, जुड़ना, लिंक करना, अनलॉक

boot-loading = लोड हो रहा है…
boot-failed = Conclave शुरू नहीं हो सका: { $error }
boot-other-tab = Conclave इस ब्राउज़र के किसी दूसरे टैब या विंडो में पहले से खुला है। उसे बंद करें, फिर यह पेज दोबारा लोड करें।
working = काम जारी है…
wrong-passphrase = गलत पासफ़्रेज़। { $detail }। फिर से कोशिश करें।
tagline = केवल आमंत्रण से, एंड-टू-एंड एन्क्रिप्टेड संदेश। आपकी कुंजियाँ इसी ब्राउज़र में बनती और रहती हैं।
passphrase = पासफ़्रेज़
passphrase-hint = कम से कम 8 अक्षर। यह इस ब्राउज़र में इस डिवाइस की कुंजियों और इतिहास को एन्क्रिप्ट करता है और कभी बाहर नहीं जाता; भूल जाने पर इस ब्राउज़र की प्रति खोली नहीं जा सकती।
passphrase-again = पासफ़्रेज़ दोबारा लिखें
passphrase-differ = दोनों पासफ़्रेज़ अलग हैं।
join-title = आमंत्रण से जुड़ें
join-link = आमंत्रण लिंक
join-link-hint = https://…/join#code=… या conclave://…/join#code=…
username = उपयोगकर्ता नाम
username-hint = 3 से 32 अक्षर: a–z, 0–9, “.”, “_”, “-”।
device-name = इस डिवाइस का नाम
join-button = जुड़ें
joining = जुड़ रहे हैं…
link-title = इस ब्राउज़र को अपने खाते से लिंक करें
link-intro = जिस डिवाइस पर आपका खाता है, उस पर “conclave device link” चलाएँ और जो लिंक वह दिखाए उसे यहाँ चिपकाएँ। फिर वह डिवाइस इस ब्राउज़र को आपकी बातचीत में जोड़ देगा।
link-link = डिवाइस लिंक
link-link-hint = https://…/device#code=… या conclave://…/device#code=…
link-button = यह ब्राउज़र लिंक करें
linking = लिंक हो रहा है…
unlock-title = Conclave अनलॉक करें
unlock-holds = इस ब्राउज़र में { $username } का डिवाइस “{ $device }” है।
unlock-button = अनलॉक करें
unlocking = अनलॉक हो रहा है…
unlock-link-ignored = इस ब्राउज़र में पहले से एक Conclave डिवाइस है; आपने जो लिंक खोला वह इस्तेमाल नहीं होगा। उसे इस्तेमाल करने के लिए पहले इस डिवाइस को इस ब्राउज़र से हटाएँ।
unlock-forgot = पासफ़्रेज़ भूल गए? इसके बिना इस ब्राउज़र की प्रति नहीं खुल सकती। इसे यहाँ हटाएँ और अपने किसी दूसरे डिवाइस से इस ब्राउज़र को फिर से लिंक करें।
forget-button = इस डिवाइस को इस ब्राउज़र से हटाएँ
forget-confirm = { $username } का डिवाइस इस ब्राउज़र से हटाएँ? यहाँ की उसकी कुंजियाँ और इतिहास मिट जाएँगे; आपका खाता और दूसरे डिवाइस बने रहेंगे।

## मुख्य ढाँचा

conversations = बातचीत
new-button = नई
new-conversation = नई बातचीत
private-button = निजी
private-browsing = निजी ब्राउज़िंग
account-button = खाता
account = खाता
details = विवरण
call-button = कॉल
call-start = कॉल शुरू करें
call-voice = वॉइस कॉल
video-button = वीडियो
video-start = वीडियो कॉल शुरू करें
video-call = वीडियो कॉल
ledger = बही-खाता
ledger-button-title = साझा खर्च और शेष
messages = संदेश
composer-placeholder = संदेश
send = भेजें
sending = भेज रहे हैं…
attach = फ़ाइल संलग्न करें
take-photo = फ़ोटो लें
voice-hold = वॉइस नोट रिकॉर्ड करने के लिए दबाए रखें
back-chats = ‹ चैट
back-to-conversations = बातचीत पर वापस
back = ‹ वापस
close-panel = पैनल बंद करें
conversation-panels = बातचीत के पैनल
members = सदस्य
choose-conversation = कोई बातचीत चुनें, या “नई” से शुरू करें।
call = कॉल

## स्थिति और सूचना-पट्टियाँ

status-online = { $username } · ऑनलाइन
status-offline = { $username } · ऑफ़लाइन
status-expired = { $username } · समाप्त
status-replaced = { $username } · बदला गया
status-refused = { $username } · अस्वीकृत
status-connecting = { $username } · जुड़ रहे हैं
banner-expired = आपका खाता समाप्त हो गया है। जारी रखने के लिए “खाता” में नवीनीकरण कोड भुनाएँ।
banner-replaced = इस डिवाइस के लिए Conclave कहीं और खोला गया; यह पेज रुक गया। यहाँ इस्तेमाल करने के लिए दोबारा लोड करें।
banner-refused = सर्वर ने इस डिवाइस को अस्वीकार किया: { $reason }
banner-offline = ऑफ़लाइन: इस ब्राउज़र में जो है वही दिखाया जा रहा है। { $reason }
banner-expires-soon = आपका खाता { $date } को समाप्त होगा। किसी एडमिन से नवीनीकरण कोड माँगें।
conn-expired = आपका खाता समाप्त हो गया है: “खाता” में इसका नवीनीकरण करें।
conn-offline = ऑफ़लाइन: आप पढ़ सकते हैं; दोबारा जुड़ने पर भेजना फिर से काम करेगा।
expiry-unknown = अज्ञात (ऑफ़लाइन)
expiry-expired = { $date } (समाप्त)
expiry-days = { $days ->
    [one] { $date } ({ $days } दिन)
   *[other] { $date } ({ $days } दिन)
}

## बातचीत की सूची और संदेश

you = आप
last-message = { $who }: { $text }
ledger-line = बही-खाता: { $text }
group-created = समूह बनाया गया
no-messages-yet = अभी कोई संदेश नहीं
no-conversations = अभी कोई बातचीत नहीं।
not-on-device = यह बातचीत इस डिवाइस पर नहीं है।
conversation = बातचीत
removed-banner = आपको इस बातचीत से हटा दिया गया। अब आपको इसके संदेश नहीं मिलेंगे।
membership-added = { $who } ने { $names } को जोड़ा
membership-removed = { $who } ने { $names } को हटाया
membership-added-removed = { $who } ने { $added } को जोड़ा और { $removed } को हटाया
membership-keys = { $who } ने कुंजियाँ अपडेट कीं
unreadable-message = अपठनीय संदेश ({ $reason })
handover-mine = आपके डिवाइस ने बही-खाते की पिछली प्रविष्टियाँ नए जुड़े डिवाइसों को सौंपीं।
handover-theirs = { $sender } के डिवाइस ने बही-खाते की पिछली प्रविष्टियाँ नए जुड़े डिवाइसों को सौंपीं।
open-ledger-link = बही-खाता ›
open-ledger = बही-खाता खोलें
joined-here = आप इस डिवाइस पर इस बातचीत से जुड़े।
empty-conversation = अभी कोई संदेश नहीं। संदेश एंड-टू-एंड एन्क्रिप्टेड हैं।
upload-sending = { $name } भेज रहे हैं…
upload-failed = { $name }: { $error }
dismiss = हटाएँ
record-failed = रिकॉर्ड नहीं हो सकता: { $error }
record-hold = वॉइस नोट रिकॉर्ड करने के लिए माइक्रोफ़ोन बटन दबाए रखें।
toast-added-to-conversation = आपको एक बातचीत में जोड़ा गया।
toast-fell-behind = यह डिवाइस एक बातचीत में पीछे रह गया है और फिर से जोड़े जाने की प्रतीक्षा में है।
invites-admin = कोई सीमा नहीं (एडमिन)
invites-left = { $count } बाकी

## सदस्य

no-longer-member = आप अब इस बातचीत के सदस्य नहीं हैं।
safety-number = सुरक्षा नंबर
safety-number-with = { $username } के साथ सुरक्षा नंबर
remove = हटाएँ
remove-member = { $username } को हटाएँ
remove-confirm = { $username } को { $conversation } से हटाएँ? वे बाद के संदेश नहीं पढ़ पाएँगे।
removing = हटा रहे हैं…
removed-toast = { $username } को हटाया गया।
devices-line = { $count ->
    [one] डिवाइस { $ids }
   *[other] डिवाइस { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = डिवाइस ({ $id })
member-you = { $username } (आप)
members-summary = { $count ->
    [one] { $count } सदस्य · युग { $epoch }
   *[other] { $count } सदस्य · युग { $epoch }
}
add = जोड़ें
adding = जोड़ रहे हैं…
added-toast = { $names } को जोड़ा गया।
add-members = सदस्य जोड़ें
add-members-hint = उपयोगकर्ता नाम, अल्पविराम से अलग। उनके सभी डिवाइस जुड़ेंगे।
leave = यह बातचीत छोड़ें
leave-confirm = अपने सभी डिवाइसों पर { $conversation } छोड़ें?
leaving = छोड़ रहे हैं…
epoch-authenticator = युग प्रमाणक (हर सदस्य के डिवाइस पर एक जैसा): { $code }
loading = लोड हो रहा है…
safety-verified = सत्यापित
safety-changed = सत्यापन के बाद कुंजियाँ बदलीं
safety-unverified = सत्यापित नहीं
mark-verified = सत्यापित चिह्नित करें
saving = सहेज रहे हैं…
verified-toast = { $username } को सत्यापित चिह्नित किया गया।
safety-with = { $username } के साथ सुरक्षा नंबर { $badge }
safety-hint = इसे आमने-सामने या किसी दूसरे माध्यम से उनके नंबर से मिलाएँ। अगर मेल खाए, तो उन्हें सत्यापित चिह्नित करें: तब उनकी कुंजियों में बाद का कोई भी बदलाव साफ़ तौर पर दिखाया जाएगा।

## बही-खाता

ledger-paid-by = किसने भुगतान किया
ledger-paid-to = किसे / किसके लिए भुगतान
ledger-owed-to = किसका बकाया
ledger-owed-by = किस पर बकाया
split-to = सब एक सदस्य को
split-equal = बराबर बाँटें
split-exact = राशियों से बाँटें
split-weights = भार से बाँटें
badge-reversed = उलटा गया
badge-reversal = उलटाव
badge-refused = अस्वीकृत
badge-unreadable = अपठनीय
device-id = डिवाइस { $id }
device-id-named = डिवाइस { $id } ({ $name })
entries = प्रविष्टियाँ
entries-count = प्रविष्टियाँ ({ $count })
export-csv = CSV डाउनलोड करें
export-json = JSON डाउनलोड करें
balances = शेष
export = निर्यात
export-hint = CSV: हर प्रविष्टि के हर सदस्य के लिए एक पंक्ति (सदस्य और मुद्रा के अनुसार जोड़ने पर: शेष)। JSON: हर रिकॉर्ड, शेष और हिसाब चुकता।
discrepancy-title = चेतावनी: नए डिवाइस को सौंपा गया बही-खाता आपके बही-खाते से अलग है।
discrepancy = { $by } के डिवाइस { $device } (संदेश { $seq }) ने नए सदस्यों को ऐसा बही-खाता सौंपा जो इस डिवाइस के पास मौजूद बही-खाते से अलग है: { $detail }। उनके शेष आपके शेष से अलग हो सकते हैं; { $by } से मिलान करें।
ledger-unreadable = { $count ->
    [one] { $count } प्रविष्टि Conclave के नए संस्करण ने लिखी है और यहाँ पढ़ी नहीं जा सकती; अपडेट करने तक शेष में वह शामिल नहीं है।
   *[other] { $count } प्रविष्टियाँ Conclave के नए संस्करण ने लिखी हैं और यहाँ पढ़ी नहीं जा सकतीं; अपडेट करने तक शेष में वे शामिल नहीं हैं।
}
handed-over-mine = यह डिवाइस संदेश { $seq } पर जुड़ा: उससे पहले की प्रविष्टियाँ वैसी हैं जैसी आपके डिवाइस { $device } ने सौंपीं।
handed-over-theirs = यह डिवाइस संदेश { $seq } पर जुड़ा: उससे पहले की प्रविष्टियाँ वैसी हैं जैसी { $by } के डिवाइस { $device } ने सौंपीं।
ledger-empty = अभी कोई प्रविष्टि नहीं। नीचे कोई साझा खर्च, भुगतान या कर्ज़ दर्ज करें; हर सदस्य को एक जैसे शेष दिखते हैं।
balances-in = { $currency } में शेष
balance-owed = को मिलना है
balance-owes = को देना है
balance-settled = बराबर
settle-title = हिसाब चुकता करने के लिए
settle-you-pay = आप { $to } को { $amount } { $currency } दें
settle-pays-you = { $from } आपको { $amount } { $currency } दें
settle-pays = { $from } { $to } को { $amount } { $currency } दें
all-settled = सबका हिसाब बराबर है।
records-empty = प्रविष्टियाँ यहाँ उसी क्रम में दिखती हैं जिसमें सर्वर ने उन्हें रखा, हर डिवाइस पर एक जैसी।
recorded-by-you = { $day } · आपने { $device } से { $time } पर दर्ज किया
recorded-by = { $day } · { $member } ने { $device } से { $time } पर दर्ज किया
reference-line = संदर्भ: { $reference }
reversed-by-you = आपने उलटा (प्रविष्टि { $entry }); अब गिना नहीं जाता।
reversed-by = { $member } ने उलटा (प्रविष्टि { $entry }); अब गिना नहीं जाता।
reversed-by-someone = किसी ने उलटा (प्रविष्टि { $entry }); अब गिना नहीं जाता।
undoes = रद्द करता है: { $description }
refused-everywhere = जहाँ भी पहुँचा, हर डिवाइस ने अस्वीकार किया; इससे कोई शेष नहीं बदलता।
handed-by-mine = यह डिवाइस जुड़ने पर आपके डिवाइस { $device } ने सौंपा
handed-by-theirs = यह डिवाइस जुड़ने पर { $username } के डिवाइस { $device } ने सौंपा
reverse-toggle = उलटें…
reverse-entry-label = प्रविष्टि { $entry } उलटें
reverse-entry = प्रविष्टि उलटें
cancel = रद्द करें
reverse-why = कारण (वैकल्पिक)
reverse-hint = प्रविष्टि इतिहास में बनी रहती है, उलटी गई के रूप में चिह्नित; शेष पर उसका असर हर डिवाइस पर हट जाता है।
reversing = उलट रहे हैं…
reversed-toast = उलटा गया: { $description }
kind-payment = भुगतान: किसी ने भुगतान किया
kind-debt = कर्ज़: किसी पर बकाया है
record-entry = प्रविष्टि दर्ज करें
member = सदस्य
split-equal-among = इनके बीच बराबर बाँटें
split-equal-hint = भुगतान करने वाले को भी हिस्सा देने के लिए उन्हें शामिल करें। एक पैसे का बचा हिस्सा सूची के पहले सदस्यों को जाता है।
weights-legend = भार (जैसे 2 और 1: दो-तिहाई और एक-तिहाई)
amounts-legend = राशियाँ (कुल के बराबर)
share-empty-hint = किसी सदस्य को हिस्सा न देने के लिए उसे खाली छोड़ें।
will-record = दर्ज होगा: { $description }
will-record-shares = दर्ज होगा: { $description } — { $shares } { $currency }
amount = राशि
currency = मुद्रा
add-entry-form = बही-खाते में प्रविष्टि जोड़ें
what-happened = क्या हुआ
date = तारीख
memo-optional = टिप्पणी (वैकल्पिक)
reference-optional = संदर्भ (वैकल्पिक)
reference-hint = बिल नंबर, ट्रांसफ़र आईडी…
add-entry = प्रविष्टि जोड़ें
ledger-intro = प्रविष्टियाँ एंड-टू-एंड एन्क्रिप्टेड संदेश हैं; कोई उन्हें बदल या मिटा नहीं सकता, गलती को उलटा जाता है।
recording = दर्ज कर रहे हैं…
recorded-toast = दर्ज किया गया: { $description }
preparing = तैयार कर रहे हैं…
exported-toast = { $count ->
    [one] बही-खाते का { $count } रिकॉर्ड { $file } में निर्यात किया गया।
   *[other] बही-खाते के { $count } रिकॉर्ड { $file } में निर्यात किए गए।
}

## नई बातचीत, खाता

start = शुरू करें
starting = शुरू कर रहे हैं…
create-group = समूह बनाएँ
creating = बना रहे हैं…
message-person = किसी व्यक्ति को संदेश भेजें
new-group = नया समूह
group-name = समूह का नाम
members-hint = उपयोगकर्ता नाम, अल्पविराम से अलग।
your-account = आपका खाता
this-device = यह डिवाइस
this-device-value = { $name } (डिवाइस { $id })
valid-until = तक मान्य
invitations = आमंत्रण
connection = कनेक्शन
online = ऑनलाइन
offline = ऑफ़लाइन
offline-reason = ऑफ़लाइन: { $reason }
renew = नवीनीकरण करें
renewing = नवीनीकरण हो रहा है…
renewed-toast = { $date } तक नवीनीकृत।
renew-title = अपने खाते का नवीनीकरण करें
renewal-code = नवीनीकरण कोड
renewal-hint = कोई एडमिन आपको यह देता है; यह आपके खाते की अवधि बढ़ाता है, समाप्त होने के बाद भी।
expires-1-day = 1 दिन
expires-7-days = 7 दिन
expires-30-days = 30 दिन
create-invitation = आमंत्रण बनाएँ
your-invitations = आपके आमंत्रण
copy = कॉपी करें
copied = कॉपी हो गया।
copy-failed = लिंक चुनें और उसे कॉपी करें।
invitation-created = आमंत्रण बनाया गया।
invitation-for = { $count ->
    [one] { $count } व्यक्ति के लिए, { $date } तक मान्य।
   *[other] { $count } लोगों के लिए, { $date } तक मान्य।
}
link-for-browser = ब्राउज़र के लिए लिंक:
link-for-cli = कमांड लाइन के लिए (conclave join):
invite-row = #{ $id } · { $state } · { $total } में से { $left } बाकी · { $date } तक
invite-row-joined = #{ $id } · { $state } · { $total } में से { $left } बाकी · { $date } तक · जुड़े: { $names }
no-invitations = अभी कोई आमंत्रण नहीं।
invite-someone = किसी को आमंत्रित करें
number-of-people = लोगों की संख्या
valid-for = मान्यता अवधि
your-devices = आपके डिवाइस
add-device-hint = डिवाइस जोड़ने के लिए, जिस डिवाइस पर आपका खाता है उस पर “conclave device link” चलाएँ।
lock = लॉक करें
this-browser = यह ब्राउज़र
lock-hint = लॉक करने से सत्र बंद हो जाता है; पासफ़्रेज़ से यह फिर खुलता है।
device-row = { $name } (डिवाइस { $id }), { $date } को जोड़ा गया
device-row-this = { $name } (डिवाइस { $id }), { $date } को जोड़ा गया — यह ब्राउज़र
offline-short = ऑफ़लाइन।
language = भाषा
language-hint = इस डिवाइस पर इस पेज की भाषा। “स्वचालित” ब्राउज़र की भाषाओं का पालन करता है।
language-auto = स्वचालित

## निजी ब्राउज़िंग

pb-what-title = निजी ब्राउज़िंग क्या है
pb-what-1 = निजी ब्राउज़िंग किसी डिवाइस के वेब ट्रैफ़िक को सीधे साइट तक भेजने के बजाय दो रिले से होकर ले जाती है। प्रवेश रिले जानता है कि आप कौन हैं (आपका पता), पर यह नहीं कि आप कहाँ जाते हैं; निकास रिले जानता है कि आप कहाँ जाते हैं (साइट), पर यह नहीं कि आप कौन हैं। कोई भी दोनों नहीं जानता।
pb-what-2 = आपके डिवाइस और निकास के बीच ट्रैफ़िक एन्क्रिप्टेड रहता है, इसलिए प्रवेश रिले को केवल बंद, तय आकार के सेल दिखते हैं। हर रिले किसी कनेक्शन को केवल एक असंबद्ध टोकन के साथ अंदर आने देता है, जिस पर यह सर्वर अंधा हस्ताक्षर करता है: वह नहीं बता सकता कि कोई टोकन किस कनेक्शन या साइट पर खर्च हुआ।
pb-what-3 = यह पेज खुद कुछ भी रूट नहीं करता: कोई वेब पेज दूसरा ट्रैफ़िक नहीं ले जा सकता। यह काम डिवाइस पर conclave प्रोग्राम करता है (देखें “इस डिवाइस पर इस्तेमाल करें”)।
pb-limits-title = यह किससे सुरक्षा नहीं देती
pb-limits-1 = दो पड़ाव एक जिज्ञासु रिले संचालक को नाकाम करते हैं। अगर किसी रास्ते के दोनों रिले मिलकर काम करें, या कोई पर्यवेक्षक दोनों सिरों पर ट्रैफ़िक देखकर उसका समय मिलाए (एक वैश्विक पर्यवेक्षक), तो इससे मदद नहीं मिलती।
pb-limits-2 = एक ही संचालक के रिले नीचे की सूची में चिह्नित हैं, और जब किसी दूसरे संचालक का रिले मौजूद हो तो रास्ता कभी उनमें से दो का इस्तेमाल नहीं करता। जब केवल एक संचालक रिले चलाता है, तो दोनों पड़ाव उसी के होते हैं और बँटवारा केवल नाम का होता है; तब conclave proxy चेतावनी देता है।
pb-limits-3 = साइटें अब भी वह देखती हैं जो आप उन्हें भेजते हैं: लॉग इन, कुकीज़ और ब्राउज़र का फ़िंगरप्रिंट हमेशा की तरह आपकी पहचान कराते हैं।
pb-limits-4 = केवल वही प्रोग्राम सुरक्षित हैं जो प्रॉक्सी की ओर निर्देशित हैं। नाम भी प्रॉक्सी से ही हल करवाएँ (socks5h, curl का --socks5-hostname, Firefox का “Proxy DNS”), वरना आपके DNS लुकअप उसके बाहर से जाएँगे।
pb-allowance-note = हर सर्किट दो टोकन लेता है, हर रिले के लिए एक; एक सर्किट कई कनेक्शन ले जाता है और 10 मिनट बाद नया होता है। कोटा 00:00 UTC पर नया होता है।
pb-allowance-title = इस डिवाइस का कोटा
pb-per-day = प्रति दिन टोकन
pb-left-today = आज बाकी
pb-fetching = रिले निर्देशिका ला रहे हैं…
relays = रिले
pb-setup = { $first }: जिस डिवाइस पर conclave में आपका खाता है उस पर { $link } चलाएँ, फिर यहाँ { $join } (या आमंत्रण हो तो { $joininvite })।
pb-use-title = इस डिवाइस पर इस्तेमाल करें
pb-desktop = कंप्यूटर (Linux, macOS, Windows)
pb-desktop-install = conclave कमांड लाइन इंस्टॉल करें और उसे अपना खाता दें
pb-desktop-run = { $cmd } चलाएँ। यह { $addr } पर SOCKS5 और HTTP CONNECT देता है, केवल इसी कंप्यूटर के लिए, और हर सर्किट का प्रवेश और निकास दिखाता है।
pb-desktop-chromium = Chromium, Chrome या Edge: इसे { $cmd } के साथ शुरू करें (तब नाम प्रॉक्सी हल करता है)। एक अलग प्रोफ़ाइल ({ $profile }) निजी ब्राउज़िंग को आपकी सामान्य प्रोफ़ाइल से अलग रखती है।
pb-desktop-firefox = Firefox: Settings → General → Network Settings → Settings…: Manual proxy configuration, SOCKS Host 127.0.0.1, Port 1080, SOCKS v5, और “Proxy DNS when using SOCKS v5” पर निशान लगाएँ।
pb-desktop-curl = कमांड-लाइन टूल: { $cmd }।
pb-desktop-options = विकल्प: { $country } उस देश के निकास से बाहर जाता है; { $circuit } हर साइट को उसका अपना सर्किट देता है।
pb-android = Android फ़ोन या टैबलेट
pb-android-intro = ब्राउज़र SOCKS प्रॉक्सी नहीं चला सकता, इसलिए फ़ोन पर किसी प्रोग्राम को यह करना होगा:
pb-android-termux = Termux इंस्टॉल करें (F-Droid से), और उसमें conclave कमांड लाइन।
pb-android-account = उसे अपना खाता दें
pb-android-run = Termux में { $cmd } चलाएँ और उसे चलता रहने दें (बैटरी सेटिंग में Termux को बैकग्राउंड में चलने दें)।
pb-android-wifi = Settings → Wi-Fi → आपका नेटवर्क → Edit → Advanced → Proxy: Manual, होस्ट { $host }, पोर्ट { $port }। Android की प्रॉक्सी सेटिंग HTTP CONNECT बोलती है, जिसे प्रॉक्सी उसी पोर्ट पर समझता है। जो ब्राउज़र इसका पालन करते हैं वे उस Wi-Fi नेटवर्क पर (मोबाइल डेटा पर नहीं) रिले से होकर जाते हैं।
pb-android-browser = या अपनी प्रॉक्सी सेटिंग वाला ब्राउज़र इस्तेमाल करें: रिमोट DNS के साथ SOCKS5 { $socks }, या HTTP प्रॉक्सी { $http } (CONNECT)।
pb-ios = iPhone और iPad
pb-ios-text = आज उपलब्ध नहीं। iOS में स्थानीय प्रॉक्सी के रूप में किसी कमांड-लाइन प्रोग्राम को बैकग्राउंड में चलाए रखने का कोई तरीका नहीं है (Termux नहीं है, और ऐप निलंबित हो जाते हैं), और फ़ोन का ट्रैफ़िक ले जाने के लिए VPN जैसा ऐप (Network Extension) चाहिए, जो Conclave के पास अभी नहीं है। फ़ोन किसी कंप्यूटर का प्रॉक्सी भी उधार नहीं ले सकता: conclave proxy में पासवर्ड नहीं है, इसलिए वह केवल अपनी ही मशीन पर सुनता है।
pb-no-tokens = यह सर्वर कोई रिले टोकन जारी नहीं करता, इसलिए इस खाते से इसके रिले इस्तेमाल नहीं हो सकते।
pb-zero-tokens = सर्वर सदस्यों को कोई रिले टोकन नहीं देता (इसका कोटा 0 प्रति दिन है)।
pb-same-operator = एक ही संचालक
pb-country-unknown = देश अज्ञात
pb-relay-meta = { $country } · संचालक { $operator } · { $addr }
pb-relay-meta-ours = { $country } · संचालक { $operator } (इस सर्वर का) · { $addr }
pb-same-operator-note = { $others } वाले संचालक द्वारा ही चलाया जाता है ({ $count } रिले): जब तक किसी दूसरे संचालक का रिले मौजूद है, इन्हें कभी साथ इस्तेमाल नहीं किया जाता।
pb-no-relays = यह सर्वर कोई रिले सूचीबद्ध नहीं करता।
pb-two-operators = एक रास्ता अलग-अलग संचालकों के दो रिले इस्तेमाल कर सकता है।
pb-one-operator = इन रिले को केवल एक संचालक चलाता है, इसलिए रास्ते के दोनों पड़ाव उसी के हैं: बँटवारा केवल नाम का है।
pb-no-path = अभी कोई रास्ता नहीं बन सकता: { $reason }।
pb-signed-new = { $operator } ने कुंजी { $key } से हस्ताक्षर किया; हस्ताक्षर सही है। यह डिवाइस अब वह कुंजी याद रखता है, और किसी दूसरी कुंजी से हस्ताक्षरित निर्देशिका अस्वीकार करता है। { $date } तक मान्य।
pb-signed-known = { $operator } ने कुंजी { $key } से हस्ताक्षर किया; हस्ताक्षर सही है। यह वही कुंजी है जो इस डिवाइस ने याद रखी, और यह किसी दूसरी कुंजी से हस्ताक्षरित निर्देशिका अस्वीकार करता है। { $date } तक मान्य।

## कॉल

declined = { $names } ने अस्वीकार किया।
join-call = कॉल से जुड़ें
accept = स्वीकार करें
accept-call = कॉल स्वीकार करें
accept-video-call = वीडियो कॉल स्वीकार करें
decline = अस्वीकार करें
is-calling = { $caller } कॉल कर रहे हैं
ringing-voice = वॉइस कॉल · { $conversation }
ringing-video = वीडियो कॉल · { $conversation }
already-in-call = आप पहले से एक कॉल में हैं।
calling = कॉल कर रहे हैं…
call-failed = कॉल शुरू नहीं हो सकी: { $error }
connecting = जुड़ रहे हैं…
your-camera = आपका कैमरा
mute = म्यूट करें
unmute = अनम्यूट करें
camera-off = कैमरा बंद
camera-on = कैमरा चालू
switch-camera = कैमरा बदलें
one-camera = इस डिवाइस में एक ही कैमरा है।
hang-up = कॉल काटें
call-controls = कॉल नियंत्रण
tile-name = { $username } · डिवाइस { $device }
tile-leaf = पत्ता { $leaf }
reconnecting = फिर से जुड़ रहे हैं…
connection-failed = कनेक्शन विफल
ended = समाप्त
in-call = { $count ->
    [one] { $state } · कॉल में { $count }
   *[other] { $state } · कॉल में { $count }
}

## फ़ाइलें और वॉइस नोट

file-too-large = फ़ाइल सर्वर की स्वीकार्य सीमा से बड़ी है।
file-too-large-max = फ़ाइल सर्वर की स्वीकार्य सीमा से बड़ी है (अधिकतम { $max })।
file-over-quota = सर्वर पर आपका स्टोरेज भर गया है। फ़ाइलें कुछ समय बाद समाप्त हो जाती हैं; बाद में फिर कोशिश करें।
file-too-many = एक साथ बहुत सारे अपलोड। थोड़ी देर में फिर कोशिश करें।
file-grant = अपलोड की अनुमति समाप्त हो गई। फिर से कोशिश करें।
file-not-found = फ़ाइल अब सर्वर पर नहीं है (फ़ाइलें कुछ समय बाद समाप्त हो जाती हैं)।
file-hash-mismatch = अपलोड रास्ते में खराब हो गया। फिर से कोशिश करें।
file-unavailable = सर्वर का फ़ाइल स्टोर अभी उपलब्ध नहीं है। बाद में फिर कोशिश करें।
file-busy = सर्वर इस फ़ाइल में व्यस्त है। थोड़ी देर में फिर कोशिश करें।
file-cut = अपलोड के दौरान कनेक्शन टूट गया। फिर से कोशिश करें।
file-no-resume = अपलोड फिर से शुरू नहीं हो सका।
file-kept-other = सर्वर ने फ़ाइल का कोई दूसरा हिस्सा रखा।
upload-refused = अपलोड विफल: { $reason }
download-refused = डाउनलोड विफल: { $reason }
file-corrupted = यह फ़ाइल रास्ते में बदली गई या खराब हो गई; इसे नहीं दिखाया जाता।
open-image = छवि { $name } खोलें
open = खोलें
preview-of = { $name } का पूर्वावलोकन
image-unreadable = यह छवि यहाँ नहीं दिखाई जा सकती; यह ऐसी तस्वीर नहीं जिसे यह ब्राउज़र पढ़ सके।
play-voice-note = वॉइस नोट { $name } चलाएँ
recording-unplayable = यह रिकॉर्डिंग इस ब्राउज़र में नहीं चल सकती।
download = डाउनलोड करें
download-name = { $name } डाउनलोड करें
save-again = फिर से सहेजें
close = बंद करें
play-name = { $name } चलाएँ
pause-name = { $name } रोकें
position = स्थिति

## सूचनाएँ

notifications = सूचनाएँ
hide-contents = सूचनाओं में सामग्री छिपाएँ
push-blocked = इस साइट के लिए सूचनाएँ अवरुद्ध हैं: ब्राउज़र की साइट सेटिंग में उन्हें अनुमति दें।
push-not-allowed = सूचनाओं की अनुमति नहीं दी गई।
push-no-server = यह सर्वर पुश सूचनाएँ नहीं भेजता।
push-no-service = इस ब्राउज़र की पुश सेवा ने जवाब नहीं दिया (नेटवर्क नहीं है, या ब्राउज़र में यह सेवा नहीं है)।
push-unsupported = यह ब्राउज़र पुश सूचनाएँ नहीं दिखा सकता (iPhone और iPad पर: पहले Conclave को होम स्क्रीन पर जोड़ें)।
push-on-hidden = चालू: सूचनाओं में केवल "नया संदेश" लिखा होता है, और कुछ नहीं।
push-on = चालू: सूचनाएँ दिखाती हैं कि किसने क्या लिखा, इसी डिवाइस पर पढ़कर।
push-off = बंद। सर्वर के पुश केवल "कुछ नया" कहते हैं; बाकी यह डिवाइस डिक्रिप्ट करता है।
new-message = नया संदेश

## इतिहास में कॉल, कॉल टाइल, आमंत्रण की स्थिति

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
tile-waiting-keys = कुंजियों की प्रतीक्षा
tile-cant-decrypt = डिक्रिप्ट नहीं हो सका ({ $reason })
tile-key-mismatch = उनकी कुंजी इस डिवाइस की कुंजी से मेल नहीं खाती: अलग MLS epoch या सदस्य नहीं
invite-open = खुला
invite-used = उपयोग हो चुका
invite-expired = समाप्त
invite-revoked = रद्द

## Typing indicators
typing-one = { $name } लिख रहे हैं…
typing-two = { $first } और { $second } लिख रहे हैं…
typing-several = कई लोग लिख रहे हैं…
typing-title = टाइपिंग संकेतक
typing-setting = दिखाएँ कि दूसरे कब लिख रहे हैं, और उन्हें दिखने दें कि मैं कब लिख रहा हूँ
typing-hint = बंद होने पर यह डिवाइस इन्हें न भेजता है, न दिखाता है। ये केवल अभी ऑनलाइन सदस्यों तक पहुँचते हैं; सर्वर कोई नहीं रखता।

## History from another device
toast-history-imported = आपके डिवाइस { $device } से इतिहास आ गया (प्रविष्टियाँ: { $count }; बातचीत: { $conversations })।
history-note = ऊपर का इतिहास आपके डिवाइस { $device } से आया (भेजा गया { $date })।

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = आने वाली कॉल
push-ring-body = जवाब देने के लिए Conclave खोलें
push-title-group = { $conversation } में { $sender }

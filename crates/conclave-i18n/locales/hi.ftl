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

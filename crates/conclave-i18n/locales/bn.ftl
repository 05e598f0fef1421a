# Conclave: Bengali (বাংলা).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = সংযুক্ত
status-reconnecting = আবার সংযোগ হচ্ছে… ({ $reason })
status-paused = বিরতি: অন্য একটি conclave কমান্ড এই ডিভাইস ব্যবহার করছে
pane-conversations = কথোপকথন
pane-unread = { $count ->
    [one] { $count }টি অপঠিত
   *[other] { $count }টি অপঠিত
}
pane-message = বার্তা
pane-none = কোনো কথোপকথন নেই
compose-hint = লিখতে Tab বা Enter
empty-conversations = এখনো কোনো কথোপকথন নেই। কমান্ড লাইন থেকে শুরু করুন: conclave send USER TEXT
empty-messages = এখনো কোনো বার্তা নেই। নিচে লিখে Enter চাপুন।
keys-short = Tab ফোকাস · Enter পাঠান · ^L হিসাব · ^E এন্ট্রি · ^U সদস্য · ? সাহায্য · q প্রস্থান
keys-long = Tab ফোকাস · Enter পাঠান · Alt+Enter নতুন লাইন · ^L হিসাব · ^E এন্ট্রি যোগ · ^U সদস্য · ? সাহায্য · q প্রস্থান
help-title = সাহায্য (Esc)
help-focus = কথোপকথন, বার্তা ও লেখার লাইনের মধ্যে যান
help-choose = কথোপকথন বাছুন; বার্তা স্ক্রল করুন
help-scroll = বার্তা স্ক্রল করুন
help-enter = পাঠান (লেখার লাইনে); লিখুন (অন্যত্র)
help-newline = বার্তায় নতুন লাইন
help-ledger = কথোপকথনের যৌথ হিসাব: ব্যালান্স, মিটমাট
help-add-entry = এন্ট্রি যোগ করুন
help-members = সদস্য, তাদের ডিভাইস ও নিরাপত্তা নম্বর
help-esc = প্যানেল বন্ধ করুন; লেখার লাইন ছাড়ুন
help-vim = vim-এর মতো কী (--vim সহ)
help-help = এই সাহায্য
help-quit = প্রস্থান
ledger-title = হিসাব (Esc)
ledger-balances = ব্যালান্স
ledger-none = এখনো কোনো এন্ট্রি নেই (Ctrl+E যোগ করে)
ledger-settle = মিটমাট
ledger-even = সবার হিসাব সমান
ledger-entries = এন্ট্রি
members-title = সদস্য (Esc)
members-device = ডিভাইস { $id }
members-you = আপনি
form-title = এন্ট্রি যোগ করুন
form-kind = ধরন
form-amount = পরিমাণ
form-currency = মুদ্রা
form-from = থেকে
form-split = ভাগ
form-to = প্রতি
form-memo = নোট
form-hint = ধরন: payment|debt · ভাগ: to|equal (প্রতি: একজন সদস্য, বা a,b,c)
form-keys = Tab পরের ঘর · Enter যোগ · Esc বাতিল
notice-sent = বার্তা { $seq } হিসেবে পাঠানো হয়েছে
notice-entry-added = এন্ট্রি বার্তা { $seq } হিসেবে যোগ হয়েছে
notice-reconnected = আবার সংযুক্ত

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } লিখছেন…
typing-two = { $first } ও { $second } লিখছেন…
typing-several = কয়েকজন লিখছেন…

## Calls in the history
call-held-audio = কল, { $duration }, { $people ->
    [one] { $people } জন
   *[other] { $people } জন
}
call-held-video = ভিডিও কল, { $duration }, { $people ->
    [one] { $people } জন
   *[other] { $people } জন
}
call-missed-audio = { $from }-এর মিসড কল
call-missed-video = { $from }-এর মিসড ভিডিও কল
call-missed-declined-audio = { $from }-এর মিসড কল (প্রত্যাখ্যাত)
call-missed-declined-video = { $from }-এর মিসড ভিডিও কল (প্রত্যাখ্যাত)
call-not-answered-audio = কলের উত্তর দেওয়া হয়নি
call-not-answered-video = ভিডিও কলের উত্তর দেওয়া হয়নি
call-declined-by-audio = { $names } কল প্রত্যাখ্যান করেছেন
call-declined-by-video = { $names } ভিডিও কল প্রত্যাখ্যান করেছেন
call-ringing-audio = { $caller } কল করছেন (কল)
call-ringing-video = { $caller } কল করছেন (ভিডিও কল)
call-in-progress-audio = কল চলছে, এতে { $count ->
    [one] { $count } জন
   *[other] { $count } জন
} আছেন ({ $names })
call-in-progress-video = ভিডিও কল চলছে, এতে { $count ->
    [one] { $count } জন
   *[other] { $count } জন
} আছেন ({ $names })
duration-seconds = { $n } সে.
duration-minutes = { $n } মি.
duration-hours = { $h } ঘ. { $min } মি.

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = শুরু করা যাচ্ছে না: { $error }
cli-unexpected-response = অপ্রত্যাশিত উত্তর { $response }
cli-invalid-option = অবৈধ { $option }
cli-invalid-option-value = অবৈধ { $option } { $value }
cli-invalid-duration = অবৈধ সময়কাল { $value } (যেমন 24h, 7d)
cli-not-invite-link = এটি আমন্ত্রণ লিংক নয় (ডিভাইস লিংক `conclave device join`-এর জন্য)
cli-not-device-link = এটি ডিভাইস লিংক নয় (আপনার বর্তমান ডিভাইসে `conclave device link` দিয়ে একটি তৈরি করুন)
cli-joined = { $server }-এ { $user } হিসেবে যোগ দিয়েছেন (ডিভাইস { $device }); অ্যাকাউন্ট { $expires } পর্যন্ত বৈধ
cli-linked = { $server }-এ { $user } হিসেবে সংযুক্ত (ডিভাইস { $device }); অ্যাকাউন্ট { $expires } পর্যন্ত বৈধ
cli-malformed-renewal-code = নবায়ন কোড ভুল
cli-renewed = নবায়িত: অ্যাকাউন্ট { $user } { $expires } পর্যন্ত বৈধ
cli-display-name-none = প্রদর্শন নাম নেই: অন্যরা { $user } দেখে
cli-whoami-account = অ্যাকাউন্ট
cli-whoami-device = ডিভাইস
cli-whoami-server = সার্ভার
cli-whoami-expires = মেয়াদ শেষ
cli-whoami-invites = আমন্ত্রণ
cli-whoami-admin = (অ্যাডমিন)
cli-whoami-invites-left = { $count }টি বাকি
cli-whoami-no-quota = কোটা নেই
cli-invite-in-browser = ব্রাউজারে: { $link }
cli-invite-created = আমন্ত্রণ { $id }, { $count ->
    [one] { $count }টি অ্যাকাউন্টের জন্য
   *[other] { $count }টি অ্যাকাউন্টের জন্য
}, { $expires } পর্যন্ত বৈধ
cli-no-invitations = কোনো আমন্ত্রণ নেই
cli-invite-open = খোলা
cli-invite-used = ব্যবহৃত
cli-invite-expired = মেয়াদোত্তীর্ণ
cli-invite-revoked = প্রত্যাহৃত
cli-invite-row = { $left }/{ $total } বাকি  মেয়াদ { $expires }
cli-invite-give = আমন্ত্রণ id (`conclave invite list` থেকে), কোড বা লিংক দিন
cli-revoked = প্রত্যাহার করা হয়েছে
cli-no-group = { $name } নামে কোনো গ্রুপ নেই; `conclave group list` আপনার গ্রুপগুলো দেখায়
cli-no-conversation-with = { $name }-এর সাথে কোনো কথোপকথন নেই; `conclave send { $name } TEXT` একটি শুরু করে
cli-sent = { $conversation }-এ বার্তা { $seq } হিসেবে পাঠানো হয়েছে
cli-warn-call-ignored = সতর্কতা: { $conversation }-এ { $sender }-এর কল সংকেত { $seq } উপেক্ষা করা হয়েছে: { $reason }
cli-history-note = (উপরের ইতিহাস আপনার ডিভাইস { $device } থেকে এসেছে, পাঠানো হয়েছে { $at })
cli-warn-receipt-not-sent = সতর্কতা: পড়ার রসিদ পাঠানো হয়নি: { $error }
cli-warn-delivery-unusable = সতর্কতা: ডেলিভারি { $seq } ব্যবহার করা যায়নি: { $reason }
cli-history-imported = আপনার ডিভাইস { $device } থেকে ইতিহাস (পাঠানো { $at }): { $count ->
    [one] { $count }টি কথোপকথনে
   *[other] { $count }টি কথোপকথনে
} { $entries ->
    [one] { $entries }টি এন্ট্রি
   *[other] { $entries }টি এন্ট্রি
}
cli-warn-history-later = সতর্কতা: আপনার ডিভাইস { $device } থেকে ইতিহাস এখনও আসেনি ({ $reason }); পরের কমান্ড আবার চেষ্টা করবে
cli-warn-history-unusable = সতর্কতা: আপনার ডিভাইস { $device } থেকে ইতিহাস ব্যবহার করা যাবে না: { $reason }
cli-warn-history-fetch = সতর্কতা: আপনার অন্য ডিভাইসের পাঠানো ইতিহাস আনা যায়নি: { $error }
cli-listen-handover = অন্য একটি conclave কমান্ড এই ডিভাইস ব্যবহার করছে; অপেক্ষা করা হচ্ছে…
cli-listening-again = আবার শোনা হচ্ছে
cli-connection-lost = সংযোগ বিচ্ছিন্ন ({ $error }); আবার সংযোগ করা হচ্ছে…
cli-group-created = #{ $name } তৈরি হয়েছে ({ $devices ->
    [one] { $devices }টি ডিভাইস
   *[other] { $devices }টি ডিভাইস
}, যুগ { $epoch })
cli-group-added = { $users }-কে #{ $name }-এ যোগ করা হয়েছে
cli-already-members = ইতিমধ্যে সদস্য
cli-group-removed = { $users }-কে #{ $name } থেকে সরানো হয়েছে
cli-group-left = #{ $name } ছেড়েছেন
cli-no-conversations = কোনো কথোপকথন নেই
cli-kind-group = গ্রুপ
cli-kind-direct = সরাসরি
cli-kind-unnamed = নামহীন
cli-devices = { $devices ->
    [one] { $devices }টি ডিভাইস
   *[other] { $devices }টি ডিভাইস
}
cli-group-info = { $name }  যুগ { $epoch }
cli-device = ডিভাইস { $id }
cli-device-link-waiting = নতুন ডিভাইস যোগ দেওয়ার অপেক্ষা (`conclave --home NEWDIR device join LINK` চালান)…
cli-link-expired = কোনো ডিভাইস যোগ দেওয়ার আগেই লিংকের মেয়াদ শেষ
cli-device-joined = ডিভাইস { $id } যোগ দিয়েছে; { $total ->
    [one] { $total }টি কথোপকথনের
   *[other] { $total }টি কথোপকথনের
} মধ্যে { $added }টিতে যোগ করা হয়েছে
cli-history-sent = একে { $count ->
    [one] { $count }টি কথোপকথনের
   *[other] { $count }টি কথোপকথনের
} ইতিহাস পাঠানো হয়েছে ({ $entries ->
    [one] { $entries }টি এন্ট্রি
   *[other] { $entries }টি এন্ট্রি
}, { $kib } KiB, এন্ড-টু-এন্ড এনক্রিপ্টেড)
cli-history-none = পাঠানোর মতো আগের ইতিহাস নেই
cli-warn-history-not-sent = সতর্কতা: নতুন ডিভাইসে ইতিহাস পাঠানো হয়নি: { $error }
cli-device-added = যোগ হয়েছে { $at }
cli-device-added-this = যোগ হয়েছে { $at } (এই ডিভাইস)
cli-device-removed = ডিভাইস { $id } সরানো হয়েছে
cli-safety-changed = !!! সতর্কতা: আপনি যাচাই করার পর { $user }-এর কী বদলে গেছে !!!
cli-safety-changed-compare = !!! নতুন ডিভাইস যোগ হয়েছে বা কী বদলানো হয়েছে। নিরাপত্তা নম্বর আবার মিলিয়ে নিন। !!!
cli-verified = { $user } যাচাইকৃত
cli-not-verified = { $user } এখনও যাচাই হয়নি
cli-safety-number = { $user }-এর সাথে নিরাপত্তা নম্বর:
cli-marked-verified = { $user }-কে যাচাইকৃত চিহ্নিত করা হয়েছে; তাদের কী বদলালে আপনাকে সতর্ক করা হবে
cli-replied = { $conversation }-এ বার্তা { $seq } হিসেবে উত্তর দেওয়া হয়েছে
cli-reacted = { $conversation }-এ বার্তা { $seq } হিসেবে প্রতিক্রিয়া দেওয়া হয়েছে
cli-reaction-taken-back = { $conversation }-এ প্রতিক্রিয়া ফিরিয়ে নেওয়া হয়েছে, বার্তা { $seq }
cli-edited = { $conversation }-এ বার্তা { $seq } হিসেবে সম্পাদিত
cli-deleted = { $conversation }-এ সবার জন্য মুছে ফেলা হয়েছে, বার্তা { $seq }
cli-forwarded = { $conversation }-এ বার্তা { $seq } হিসেবে ফরওয়ার্ড করা হয়েছে
cli-timer-set = { $conversation }-এ টাইমার সেট হয়েছে, বার্তা { $seq }
cli-timer-invalid = `{ $value }`: { $error }; off, 30s, 5m, 1h, 1d বা 1w বলুন
cli-receipts-say-on-or-off = `{ $value }`: `on` বা `off` বলুন
cli-receipts-on = পড়ার রসিদ চালু: এই ডিভাইস অন্যদের জানায় আপনি কী পড়েছেন, এবং তারা কী পড়েছে তা দেখায়
cli-receipts-off = পড়ার রসিদ বন্ধ: এই ডিভাইস কোনোটি পাঠায় না এবং কারও দেখায় না
cli-not-a-file = { $path } ফাইল নয়
cli-uploading = আপলোড হচ্ছে
cli-downloading = ডাউনলোড হচ্ছে
cli-file-sent = { $file } ({ $size }) { $conversation }-এ বার্তা { $seq } হিসেবে পাঠানো হয়েছে
cli-message-not-available = বার্তা { $message } পাওয়া যাচ্ছে না
cli-message-deleted = বার্তা { $message } মুছে ফেলা হয়েছে
cli-message-not-a-file = { $conversation }-এর বার্তা { $message } ফাইল নয়
cli-no-conversations-yet = এখনও কোনো কথোপকথন নেই
cli-files-in-several = { $message } একাধিক কথোপকথনের ফাইল নির্দেশ করে: `conclave download CONVERSATION { $message }` বলুন
cli-too-many-files = এখানে এই নামের অনেক ফাইল; --output দিয়ে জায়গা বলুন
cli-file-gone = সার্ভারে এই ফাইল আর নেই: কথোপকথনের প্রতিটি ডিভাইস না নেওয়া পর্যন্ত, সর্বোচ্চ { $days ->
    [one] { $days } দিন
   *[other] { $days } দিন
} ফাইল রাখে
cli-file-saved = { $conversation } [{ $seq }] থেকে { $file } ({ $size }) { $path } হিসেবে সংরক্ষিত
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE বৈধ UTF-8 নয়
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE খালি
cli-prompt-passphrase = পাসফ্রেজ
cli-prompt-again = আবার
cli-reading-passphrase = পাসফ্রেজ পড়া
cli-passphrase-empty = খালি পাসফ্রেজ কিছুই রক্ষা করে না
cli-passphrases-differ = পাসফ্রেজগুলো আলাদা
cli-home-taken = { $dir }-এ ইতিমধ্যে একটি Conclave ডিভাইস আছে; নতুনটির জন্য অন্য --home (বা CONCLAVE_HOME) ব্যবহার করুন
cli-cannot-create = { $path } তৈরি করা যাচ্ছে না
cli-cannot-remove = { $path } সরানো যাচ্ছে না
cli-cannot-write = { $path } লেখা যাচ্ছে না
cli-cannot-open = { $path } খোলা যাচ্ছে না
cli-cannot-listen = { $address }-এ শোনা যাচ্ছে না
cli-no-device = { $dir }-এ কোনো Conclave ডিভাইস নেই — আগে `conclave join LINK --name NAME` চালান
cli-malformed-file = { $path } ভুল
cli-device-key-missing = অবস্থায় ডিভাইস কী নেই
cli-device-key-malformed = ডিভাইস কী ভুল
cli-fingerprint-malformed = device.json-এ ফিঙ্গারপ্রিন্ট ভুল
cli-lock-waiter-stopped = লকের অপেক্ষা থেমে গেছে
cli-lock-wait-cancelled = ডিভাইস লকের অপেক্ষা বাতিল হয়েছে
cli-lock-waiting = এই ডিভাইস ব্যবহারকারী অন্য conclave প্রক্রিয়ার (pid { $pid }) অপেক্ষা…
cli-lock-busy = অন্য একটি conclave প্রক্রিয়া (pid { $pid }) { $dir }-এ এই ডিভাইসের অবস্থা ব্যবহার করছে এবং { $seconds } s-এর মধ্যে হস্তান্তর করেনি; এটি থামান বা শেষ হওয়া পর্যন্ত অপেক্ষা করুন
cli-ledger-no-conversation = "{ $name }" নামে কোনো কথোপকথন নেই: '#গ্রুপ' বা কোনো 1:1 কথোপকথনের ব্যবহারকারীর নাম দিন
cli-ledger-unreadable = সতর্কতা: { $count ->
    [one] { $count }টি হিসাব এন্ট্রি নতুন Conclave লিখেছে এবং এখানে পড়া যায় না; আপডেট না করা পর্যন্ত ব্যালান্স এগুলো বাদ দেয়
   *[other] { $count }টি হিসাব এন্ট্রি নতুন Conclave লিখেছে এবং এখানে পড়া যায় না; আপডেট না করা পর্যন্ত ব্যালান্স এগুলো বাদ দেয়
}
cli-ledger-handed-over = নোট: এই ডিভাইস বার্তা { $seq }-এ যোগ দিয়েছে; তার আগের এন্ট্রিগুলো { $user }-এর ডিভাইস { $device } যেভাবে হস্তান্তর করেছে তেমন
cli-ledger-discrepancy = সতর্কতা: { $user }-এর ডিভাইস { $device } নতুনদের এমন হিসাব দিয়েছে যা এই ডিভাইসের থেকে আলাদা (বার্তা { $seq }): { $detail }
cli-ledger-to-or-split = --to অথবা --split দিন
cli-ledger-stored-without-content = বার্তাটি বিষয়বস্তু ছাড়া সংরক্ষিত হয়েছে
cli-ledger-missing-after-send = পাঠানোর পর এন্ট্রিটি হিসাবে নেই
cli-ledger-refused = এন্ট্রিটি বার্তা { $seq } হিসেবে কথোপকথনে পৌঁছেছে কিন্তু প্রতিটি ডিভাইস তা প্রত্যাখ্যান করছে: { $error }
cli-ledger-recorded = { $conversation }-এ { $id } লিপিবদ্ধ: { $description }
cli-ledger-empty = { $conversation }: এখনও কোনো হিসাব এন্ট্রি নেই
cli-ledger-title = { $conversation }-এর হিসাব
cli-ledger-reversed-tag = [বাতিলকৃত]
cli-ledger-recorded-by = লিপিবদ্ধ করেছেন { $user } (ডিভাইস { $device }) { $at }, বার্তা { $seq }
cli-ledger-ref = রেফ { $reference }
cli-ledger-reversed-by = বাতিল করেছেন { $user } ({ $id })
cli-ledger-reversed = বাতিলকৃত ({ $id })
cli-ledger-balances-title = { $conversation }-এর ব্যালান্স
cli-ledger-is-owed = পাওনা
cli-ledger-owes = দেনা
cli-ledger-settled = মিটে গেছে
cli-ledger-all-settled = সবার হিসাব মিটে গেছে
cli-ledger-to-settle-up = হিসাব মেটাতে:
cli-ledger-pays = { $from } { $to }-কে { $amount } দেয়
cli-writing = { $path } লেখা
cli-writing-export = রপ্তানি লেখা
cli-ledger-exported = { $count ->
    [one] { $count }টি হিসাব রেকর্ড
   *[other] { $count }টি হিসাব রেকর্ড
} { $path }-এ রপ্তানি করা হয়েছে
cli-not-a-call-id = { $value } কল id নয় (32টি হেক্সাডেসিমাল অক্ষর)
cli-no-call-running = { $conversation }-এ কোনো কল চলছে না
cli-call-started = { $conversation }-এ কল { $call } শুরু হয়েছে
cli-call-joined = { $conversation }-এ কল { $call }-এ যোগ দিয়েছেন
cli-call-left = { $conversation }-এ কল { $call } ছেড়েছেন
cli-call-declined = { $conversation }-এ কল { $call } প্রত্যাখ্যান করেছেন
cli-call-ended = { $conversation }-এ কল { $call } শেষ করেছেন
cli-call-not-in = এই ডিভাইস কল { $call }-এ নেই
cli-call-not-ringing = কল { $call } আপনার জন্য বাজছে না (এটি 45 s বাজে, যতক্ষণ না আপনি ধরেন বা প্রত্যাখ্যান করেন)
cli-call-token = কল { $call }-এর কল টোকেন, { $expires } পর্যন্ত বৈধ
cli-proxy-loopback-only = প্রক্সি প্রমাণীকরণ ছাড়া চলে, তাই শুধু loopback-এ শোনে (পাওয়া গেছে { $address })
cli-proxy-no-directory = রিলে ডিরেক্টরি আনা যাচ্ছে না: { $error }
cli-proxy-no-server = এই ডিভাইস কোনো সার্ভার জানে না
cli-proxy-circuit = সার্কিট { $circuit }: প্রবেশ { $entry } → প্রস্থান { $exit }, { $ms } ms-এ
cli-proxy-same-operator = সতর্কতা: একই পরিচালক দুটো রিলেই চালায়, তাই এখানে দুই-হপ বিভাজন কেবল নামমাত্র
cli-proxy-circuit-failed = সার্কিট ব্যর্থ: { $error }
cli-proxy-stream-refused = সংযোগ প্রত্যাখ্যাত: { $reason }
cli-proxy-listening = socks5://{ $address } এবং http://{ $address } (CONNECT)-এ ব্যক্তিগত ব্রাউজিং। একটি ব্রাউজারকে এটির দিকে নির্দেশ করুন, যেমন
cli-proxy-two-relays = প্রতিটি সংযোগ দুটি রিলে দিয়ে যায়: প্রবেশ আপনার ঠিকানা দেখে, প্রস্থান সাইট; কেউই দুটো নয়। সুরক্ষিত নয়: দুই রিলের যোগসাজশ, বা দুই প্রান্তের সময় পর্যবেক্ষক।
cli-proxy-first-circuit-failed = প্রথম সার্কিট ব্যর্থ (প্রথম সংযোগে আবার চেষ্টা হবে): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits }টি সার্কিট
   *[other] { $circuits }টি সার্কিট
}, { $streams ->
    [one] { $streams }টি স্ট্রিম
   *[other] { $streams }টি স্ট্রিম
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = থেমেছে: { $circuits ->
    [one] { $circuits }টি সার্কিট
   *[other] { $circuits }টি সার্কিট
} তৈরি হয়েছে, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = এই প্রোগ্রাম যা পাঠিয়েছে সার্ভার তা পড়তে পারেনি; Conclave হালনাগাদ করুন
server-error-unsupported-version = সার্ভার Conclave-এর প্রোটোকলের অন্য একটি সংস্করণ বলে; Conclave হালনাগাদ করুন
server-error-frame-too-large = এই প্রোগ্রাম যা পাঠিয়েছে তা সার্ভারের জন্য খুব বড়
server-error-not-authenticated = এই ডিভাইস সাইন ইন করার আগেই সার্ভার সেশন বন্ধ করে দিয়েছে; আবার চেষ্টা করুন
server-error-already-authenticated = এই ডিভাইস একই সেশনে দুবার সাইন ইন করেছে; আবার চেষ্টা করুন
server-error-auth-failed = সার্ভার এই ডিভাইসটি গ্রহণ করে না: এটিকে এর অ্যাকাউন্ট থেকে সরানো হয়েছে, অথবা এর কী মেলে না
server-error-invite-unknown = এই আমন্ত্রণটি নেই; লিংকটি দেখে নিন
server-error-invite-used = এই আমন্ত্রণটি আগেই ব্যবহার করা হয়েছে; নতুন একটি চান
server-error-invite-expired = এই আমন্ত্রণের মেয়াদ শেষ হয়েছে; নতুন একটি চান
server-error-invite-revoked = এই আমন্ত্রণটি বাতিল করা হয়েছে; নতুন একটি চান
server-error-username-taken = এই ব্যবহারকারী নামটি নেওয়া হয়ে গেছে; অন্য একটি বেছে নিন
server-error-username-invalid = সার্ভার এই ব্যবহারকারী নামটি গ্রহণ করে না
server-error-device-key-taken = এই ডিভাইসের কী আগে থেকেই নিবন্ধিত
server-error-account-disabled = সার্ভারের পরিচালক আপনার অ্যাকাউন্ট নিষ্ক্রিয় করেছেন
server-error-account-expired = অ্যাকাউন্ট { $user }-এর মেয়াদ { $date } তারিখে শেষ হয়েছে; কোনো অ্যাডমিনের কাছে নবায়ন কোড চান
server-error-account-expired-plain = আপনার অ্যাকাউন্টের মেয়াদ শেষ হয়েছে; কোনো অ্যাডমিনের কাছে নবায়ন কোড চান
server-error-renewal-unknown = এই নবায়ন কোডটি নেই
server-error-renewal-used = এই নবায়ন কোডটি আগেই ব্যবহার করা হয়েছে
server-error-renewal-expired = এই নবায়ন কোডের মেয়াদ শেষ হয়েছে; কোনো অ্যাডমিনের কাছে নতুন একটি চান
server-error-forbidden = সার্ভার এটি করতে দেয় না
server-error-not-found = যা চাওয়া হয়েছে সার্ভার তা চেনে না
server-error-no-account = { $name } নামে কোনো অ্যাকাউন্ট নেই
server-error-invalid-argument = সার্ভার অনুরোধটিকে অবৈধ বলে প্রত্যাখ্যান করেছে
server-error-quota-exceeded = আমন্ত্রণের কোটা পূর্ণ: আপনি { $quota }টির মধ্যে { $used }টি আমন্ত্রণ দিয়েছেন, { $left }টি বাকি
server-error-quota-exceeded-plain = আপনার আমন্ত্রণের কোটা শেষ হয়ে গেছে
server-error-queue-full = একটি প্রাপক ডিভাইসের সারি পূর্ণ; এটিকে অনলাইনে এসে বাকিটা নিতে হবে
server-error-rate-limited = অনেক বেশি অনুরোধ; { $seconds } সে. পরে আবার চেষ্টা করুন
server-error-rate-limited-plain = অনেক বেশি অনুরোধ; একটু পরে আবার চেষ্টা করুন
server-error-too-many-connections = সার্ভার তার সংযোগের সীমায় পৌঁছেছে; পরে চেষ্টা করুন
server-error-limit-exceeded = এটি সার্ভারের একটি সীমা ছাড়িয়ে যায়
server-error-stale-epoch = কথোপকথনটি একই মুহূর্তে বদলে গেছে; আবার চেষ্টা করুন
server-error-not-member = এই ডিভাইসটি সেই কথোপকথনের সদস্য নয়
server-error-no-key-package = যোগ করার ডিভাইসটির সার্ভারে কোনো কী প্যাকেজ নেই; আগে এটিকে অনলাইনে আসতে হবে
server-error-device-link-invalid = এই ডিভাইস লিংকটি অজানা, ব্যবহৃত বা মেয়াদোত্তীর্ণ; অ্যাকাউন্টের কোনো ডিভাইসে নতুন একটি তৈরি করুন
server-error-shutting-down = সার্ভার বন্ধ হচ্ছে; একটু পরে আবার চেষ্টা করুন
server-error-internal = সার্ভারে একটি অভ্যন্তরীণ ত্রুটি হয়েছে; পরে চেষ্টা করুন
server-error-unavailable = সার্ভার এটি দেয় না
server-error-fell-behind = একটি ডিভাইস এই কথোপকথনে পিছিয়ে পড়েছে এবং কোনো সদস্যের আবার যোগ করার অপেক্ষায় আছে
server-error-relay-tokens-used-up = ব্যক্তিগত ব্রাউজিংয়ের আজকের কোটা শেষ; এটি 00:00 UTC-তে নবায়ন হয়
server-error-relay-tokens-unavailable = এই সার্ভার ব্যক্তিগত ব্রাউজিং দেয় না
server-error-call-tokens-unavailable = এই সার্ভার কল দেয় না
server-error-unknown-code = সার্ভার প্রত্যাখ্যান করেছে (ত্রুটি { $code })
server-error-unsupported = সার্ভার এই অনুরোধটি চেনে না: এটি Conclave-এর পুরোনো সংস্করণ চালায়
cli-server-account-expired = অ্যাকাউন্ট { $user }-এর মেয়াদ { $date } তারিখে শেষ হয়েছে; কোনো অ্যাডমিনের কাছে নবায়ন কোড চান এবং `conclave renew CODE` চালান
cli-server-account-expired-plain = আপনার অ্যাকাউন্টের মেয়াদ শেষ হয়েছে; কোনো অ্যাডমিনের কাছে নবায়ন কোড চান এবং `conclave renew CODE` চালান
cli-client-connect = { $address }-এ সংযোগ করা যাচ্ছে না: { $reason }
cli-client-pin-mismatch = সার্ভারের TLS সার্টিফিকেট পিন করা ফিঙ্গারপ্রিন্টের সঙ্গে মেলে না (প্রত্যাশিত { $expected }, পাওয়া গেছে { $got }); এটি আক্রমণ হতে পারে, অথবা সার্ভারের সার্টিফিকেট বদলেছে
cli-client-timeout = সার্ভারের অপেক্ষায় সময় শেষ হয়ে গেছে
cli-client-closed = সংযোগ বন্ধ হয়ে গেছে
cli-client-closed-because = সংযোগ বন্ধ হয়ে গেছে: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (উত্তর) { $text }
preview-reaction = (প্রতিক্রিয়া) { $emoji }
preview-edit = (সম্পাদিত) { $text }
preview-deleted = (একটি বার্তা মুছেছেন)
preview-receipt = ({ $seq } পর্যন্ত পড়া হয়েছে)
preview-conversation-started = (কথোপকথন শুরু হয়েছে)
preview-group = (গ্রুপ #{ $name })
preview-file = (ফাইল) { $name } ({ $size ->
    [one] { $size } বাইট
   *[other] { $size } বাইট
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (ফরওয়ার্ড করা) { $text }
preview-timer-off = (অদৃশ্য হওয়া বার্তা বন্ধ)
preview-timer = (অদৃশ্য হওয়া বার্তা: { $time })
preview-display-name-cleared = (প্রদর্শন নাম মুছে ফেলা হয়েছে)
preview-display-name = (প্রদর্শন নাম: { $name })
preview-call-started-audio = (কল) অডিও কল { $call } শুরু করেছেন
preview-call-started-video = (কল) ভিডিও কল { $call } শুরু করেছেন
preview-call-ringing = (কল) { $call }-এর জন্য রিং হচ্ছে
preview-call-answered = (কল) { $call }-এর উত্তর দিয়েছেন
preview-call-declined = (কল) { $call } প্রত্যাখ্যান করেছেন
preview-call-joined = (কল) { $call }-এ যোগ দিয়েছেন
preview-call-left = (কল) { $call } ছেড়েছেন
preview-call-ended = (কল) { $call } শেষ করেছেন
preview-call-unreadable = (অপাঠ্য কল সংকেত: { $reason })
preview-ledger = (হিসাব) { $entry }
preview-ledger-handover = (হিসাব) { $count ->
    [one] আগের { $count }টি এন্ট্রি
   *[other] আগের { $count }টি এন্ট্রি
} যোগ দেওয়া ডিভাইসগুলিকে হস্তান্তর করা হয়েছে ({ $parts }টির মধ্যে অংশ { $part })
preview-ledger-unreadable = (অপাঠ্য হিসাব এন্ট্রি: { $reason })
ledger-payment-to = { $from } { $names }-কে { $money } দিয়েছেন
ledger-payment-equal = { $from } { $names }-এর জন্য { $money } দিয়েছেন (সমান ভাগ)
ledger-payment-exact = { $from } { $names }-এর জন্য { $money } দিয়েছেন (ভাগ { $shares })
ledger-payment-weights = { $from } { $names }-এর জন্য { $money } দিয়েছেন (ওজন অনুযায়ী ভাগ { $weights })
ledger-debt-to = { $names } { $from }-এর কাছে { $money } ঋণী
ledger-debt-equal = { $names } { $from }-এর কাছে { $money } ঋণী (সমান ভাগ)
ledger-debt-exact = { $names } { $from }-এর কাছে { $money } ঋণী (ভাগ { $shares })
ledger-debt-weights = { $names } { $from }-এর কাছে { $money } ঋণী (ওজন অনুযায়ী ভাগ { $weights })
ledger-reversed-entry = এন্ট্রি { $id } বাতিল করা হয়েছে
ledger-with-memo = { $entry }: { $memo }
ledger-refused = প্রত্যাখ্যাত: { $entry } ({ $error })
ledger-refused-plain = প্রত্যাখ্যাত: { $error }
ledger-unreadable = অপাঠ্য: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = যোগ দিয়েছেন
history-unreadable = অপাঠযোগ্য বার্তা ({ $reason })
history-fell-behind = এই ডিভাইসটি এখানে পিছিয়ে পড়েছে এবং কিছু বার্তা পায়নি; পরের বার কোনো সদস্য বার্তা পাঠালে এটিকে আবার যোগ করা হবে
history-fell-behind-long = এই ডিভাইসটি এখানে পিছিয়ে পড়েছে (সার্ভারে এর সারি পূর্ণ ছিল) এবং এই জায়গা থেকে বার্তাগুলো পায়নি; পরের বার কোনো সদস্য বার্তা পাঠালে এটিকে আবার যোগ করা হবে।
history-added = { $names }-কে যোগ করেছেন
history-removed = { $names }-কে সরিয়েছেন
history-added-removed = { $added }-কে যোগ করেছেন; { $removed }-কে সরিয়েছেন
history-keys-updated = কী হালনাগাদ করেছেন
history-deleted = (মুছে ফেলা হয়েছে)
preview-photo = ছবি: { $name }
preview-voice-note = ভয়েস নোট: { $name }
preview-file-named = ফাইল: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = অদৃশ্য হওয়া বার্তার টাইমার হয় বন্ধ থাকে, নয়তো { $min } s থেকে 4 সপ্তাহ ({ $max } s) পর্যন্ত; { $secs } s গ্রহণযোগ্য নয়
refused-one-to-one-self = 1:1 কথোপকথনের জন্য অন্য একটি অ্যাকাউন্ট দরকার
refused-group-exists = আপনার ইতিমধ্যে #{ $name } নামে একটি গ্রুপ আছে
refused-remove-self = কথোপকথন ছাড়তে `leave` ব্যবহার করুন
refused-not-members = তাদের কেউই সদস্য নয়
refused-no-key-packages = যোগ করার ডিভাইসগুলোর কোনোটিই এখনও কী প্যাকেজ প্রকাশ করেনি
refused-busy = গ্রুপটি খুব ব্যস্ত; আবার চেষ্টা করুন
refused-not-in-conversation = আপনি এই কথোপকথনে নেই
refused-fell-behind = এই ডিভাইসটি এই কথোপকথনে পিছিয়ে পড়েছে (সার্ভারে এর সারি পূর্ণ ছিল); পরের বার অন্য কোনো সদস্য বার্তা পাঠালে এটিকে আবার যোগ করা হবে
refused-server-too-old-for-timer = এই কথোপকথনের বার্তাগুলো অদৃশ্য হয়, আর সার্ভারটি এত পুরোনো যে তার সারিতে সেগুলোর মেয়াদ শেষ হতে দিতে পারে না (প্রোটোকল সংশোধন 1): সার্ভার আপগ্রেড করুন, অথবা টাইমার বন্ধ করুন
refused-call-running = এই কথোপকথনে একটি কল ({ $call }, { $caller } শুরু করেছেন) চলছে: এতে যোগ দিন
refused-display-name-too-long = প্রদর্শন নামে সর্বোচ্চ { $max }টি অক্ষর থাকতে পারে ({ $given }টি দেওয়া হয়েছে)
refused-display-name-invisible = প্রদর্শন নামে নিয়ন্ত্রণ, দিক-ওভাররাইড বা অদৃশ্য অক্ষর থাকতে পারে না ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = ত্রুটি: { $message }
cli-usage-invalid-value = { $arg }-এর জন্য অবৈধ মান { $value }
cli-usage-value-required = { $arg }-এর জন্য একটি মান প্রয়োজন, কিন্তু কোনো মান দেওয়া হয়নি
cli-usage-invalid-value-because = { $arg }-এর জন্য অবৈধ মান { $value }: { $reason }
cli-usage-possible-values = সম্ভাব্য মান: { $values }
cli-usage-unknown-argument = অপ্রত্যাশিত আর্গুমেন্ট { $arg } পাওয়া গেছে
cli-usage-unknown-subcommand = অপরিচিত সাবকমান্ড { $command }
cli-usage-missing-arguments = নিচের আবশ্যক আর্গুমেন্টগুলো দেওয়া হয়নি: { $args }
cli-usage-missing-subcommand = { $command }-এর জন্য একটি সাবকমান্ড প্রয়োজন, কিন্তু কোনোটি দেওয়া হয়নি
cli-usage-subcommands = সাবকমান্ড: { $values }
cli-usage-too-many-values = { $arg }-এর জন্য অপ্রত্যাশিত মান { $value } পাওয়া গেছে; আর কোনো মান প্রত্যাশিত ছিল না
cli-usage-conflict = আর্গুমেন্ট { $arg } { $other }-এর সাথে ব্যবহার করা যায় না
cli-usage-used-twice = আর্গুমেন্ট { $arg } একাধিকবার ব্যবহার করা যায় না
cli-usage-similar-subcommand = পরামর্শ: একটি অনুরূপ সাবকমান্ড আছে: { $names }
cli-usage-similar-argument = পরামর্শ: একটি অনুরূপ আর্গুমেন্ট আছে: { $names }
cli-usage-similar-value = পরামর্শ: একটি অনুরূপ মান আছে: { $names }
cli-usage-more = আরও তথ্যের জন্য { $help } চেষ্টা করুন।

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = নিরাপত্তা নম্বর { $number }
members-safety-number-verified = নিরাপত্তা নম্বর { $number } (যাচাইকৃত)
members-no-safety-number = কোনো নিরাপত্তা নম্বর নেই: { $error }
notice-not-sent = পাঠানো হয়নি: { $error }
notice-ledger-failed = হিসাব: { $error }
notice-members-failed = সদস্য: { $error }
notice-error = ত্রুটি: { $error }

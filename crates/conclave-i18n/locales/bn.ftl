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

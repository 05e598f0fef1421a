# Conclave: Bengali (বাংলা), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## শুরু, যোগদান, লিংক, আনলক

boot-loading = লোড হচ্ছে…
boot-failed = Conclave চালু হতে পারেনি: { $error }
boot-other-tab = Conclave এই ব্রাউজারের অন্য একটি ট্যাব বা উইন্ডোতে ইতিমধ্যে খোলা আছে। সেটি বন্ধ করে এই পৃষ্ঠাটি আবার লোড করুন।
working = কাজ চলছে…
wrong-passphrase = ভুল পাসফ্রেজ। { $detail }। আবার চেষ্টা করুন।
tagline = শুধু আমন্ত্রণে, এন্ড-টু-এন্ড এনক্রিপ্টেড বার্তা। আপনার কী এই ব্রাউজারেই তৈরি ও সংরক্ষিত হয়।
passphrase = পাসফ্রেজ
passphrase-hint = অন্তত ৮টি অক্ষর। এটি এই ব্রাউজারে এই ডিভাইসের কী ও ইতিহাস এনক্রিপ্ট করে এবং কখনো ব্রাউজারের বাইরে যায় না; ভুলে গেলে এই ব্রাউজারের কপি খোলা যাবে না।
passphrase-again = পাসফ্রেজটি আবার লিখুন
passphrase-differ = দুটি পাসফ্রেজ মেলেনি।
join-title = আমন্ত্রণ দিয়ে যোগ দিন
join-link = আমন্ত্রণ লিংক
join-link-hint = https://…/join#code=… অথবা conclave://…/join#code=…
username = ব্যবহারকারীর নাম
username-hint = ৩ থেকে ৩২টি অক্ষর: a–z, 0–9, “.”, “_”, “-”।
device-name = এই ডিভাইসের নাম
join-button = যোগ দিন
joining = যোগ দেওয়া হচ্ছে…
link-title = এই ব্রাউজারটি আপনার অ্যাকাউন্টের সঙ্গে লিংক করুন
link-intro = যে ডিভাইসে আপনার অ্যাকাউন্ট আছে, সেখানে “conclave device link” চালান এবং যে লিংকটি দেখায় সেটি এখানে পেস্ট করুন। সেই ডিভাইসটি তখন এই ব্রাউজারকে আপনার কথোপকথনগুলোতে যোগ করবে।
link-link = ডিভাইস লিংক
link-link-hint = https://…/device#code=… অথবা conclave://…/device#code=…
link-button = এই ব্রাউজারটি লিংক করুন
linking = লিংক করা হচ্ছে…
unlock-title = Conclave আনলক করুন
unlock-holds = এই ব্রাউজারে { $username }-এর ডিভাইস “{ $device }” আছে।
unlock-button = আনলক
unlocking = আনলক করা হচ্ছে…
unlock-link-ignored = এই ব্রাউজারে ইতিমধ্যে একটি Conclave ডিভাইস আছে; আপনার খোলা লিংকটি ব্যবহার করা হচ্ছে না। এটি ব্যবহার করতে আগে এই ব্রাউজার থেকে এই ডিভাইসটি সরান।
unlock-forgot = পাসফ্রেজ ভুলে গেছেন? এটি ছাড়া এই ব্রাউজারের কপি খোলা যায় না। এখানে এটি সরান এবং আপনার অন্য কোনো ডিভাইস থেকে এই ব্রাউজারটি আবার লিংক করুন।
forget-button = এই ব্রাউজার থেকে এই ডিভাইসটি সরান
forget-confirm = এই ব্রাউজার থেকে { $username }-এর ডিভাইস সরাবেন? এখানকার কী ও ইতিহাস মুছে যাবে; আপনার অ্যাকাউন্ট ও অন্য ডিভাইসগুলো থাকবে।

## মূল কাঠামো

conversations = কথোপকথন
new-button = নতুন
new-conversation = নতুন কথোপকথন
private-button = প্রাইভেট
private-browsing = প্রাইভেট ব্রাউজিং
account-button = অ্যাকাউন্ট
account = অ্যাকাউন্ট
details = বিস্তারিত
call-button = কল
call-start = কল শুরু করুন
call-voice = ভয়েস কল
video-button = ভিডিও
video-start = ভিডিও কল শুরু করুন
video-call = ভিডিও কল
ledger = খাতা
ledger-button-title = যৌথ খরচ ও ব্যালান্স
messages = বার্তা
composer-placeholder = বার্তা
send = পাঠান
sending = পাঠানো হচ্ছে…
attach = ফাইল সংযুক্ত করুন
take-photo = ছবি তুলুন
voice-hold = ভয়েস নোট রেকর্ড করতে চেপে ধরে রাখুন
back-chats = ‹ চ্যাট
back-to-conversations = কথোপকথনে ফিরে যান
back = ‹ ফিরে যান
close-panel = প্যানেল বন্ধ করুন
conversation-panels = কথোপকথনের প্যানেল
members = সদস্য
choose-conversation = একটি কথোপকথন বেছে নিন, অথবা “নতুন” দিয়ে শুরু করুন।
call = কল

## অবস্থা ও ব্যানার

status-online = { $username } · অনলাইন
status-offline = { $username } · অফলাইন
status-expired = { $username } · মেয়াদোত্তীর্ণ
status-replaced = { $username } · প্রতিস্থাপিত
status-refused = { $username } · প্রত্যাখ্যাত
status-connecting = { $username } · সংযোগ হচ্ছে
banner-expired = আপনার অ্যাকাউন্টের মেয়াদ শেষ হয়েছে। চালিয়ে যেতে অ্যাকাউন্ট অংশে একটি নবায়ন কোড ব্যবহার করুন।
banner-replaced = এই ডিভাইসের জন্য Conclave অন্য কোথাও খোলা হয়েছে; এই পৃষ্ঠাটি থেমে গেছে। এখানে ব্যবহার করতে আবার লোড করুন।
banner-refused = সার্ভার এই ডিভাইসটি প্রত্যাখ্যান করেছে: { $reason }
banner-offline = অফলাইন: এই ব্রাউজারে যা আছে তা দেখানো হচ্ছে। { $reason }
banner-expires-soon = আপনার অ্যাকাউন্টের মেয়াদ { $date } তারিখে শেষ হবে। একজন অ্যাডমিনের কাছে নবায়ন কোড চান।
conn-expired = আপনার অ্যাকাউন্টের মেয়াদ শেষ হয়েছে: অ্যাকাউন্ট অংশে নবায়ন করুন।
conn-offline = অফলাইন: আপনি পড়তে পারবেন; আবার সংযুক্ত হলে পাঠানো যাবে।
expiry-unknown = অজানা (অফলাইন)
expiry-expired = { $date } (মেয়াদোত্তীর্ণ)
expiry-days = { $days ->
    [one] { $date } ({ $days } দিন)
   *[other] { $date } ({ $days } দিন)
}

## কথোপকথনের তালিকা ও বার্তা

you = আপনি
last-message = { $who }: { $text }
ledger-line = খাতা: { $text }
group-created = গ্রুপ তৈরি হয়েছে
no-messages-yet = এখনো কোনো বার্তা নেই
no-conversations = এখনো কোনো কথোপকথন নেই।
not-on-device = এই কথোপকথনটি এই ডিভাইসে নেই।
conversation = কথোপকথন
removed-banner = আপনাকে এই কথোপকথন থেকে সরানো হয়েছে। আপনি আর এর বার্তা পাবেন না।
membership-added = { $who } যোগ করেছেন { $names }-কে
membership-removed = { $who } সরিয়েছেন { $names }-কে
membership-added-removed = { $who } যোগ করেছেন { $added }-কে এবং সরিয়েছেন { $removed }-কে
membership-keys = { $who } কী হালনাগাদ করেছেন
unreadable-message = অপাঠযোগ্য বার্তা ({ $reason })
handover-mine = আপনার ডিভাইস খাতার আগের এন্ট্রিগুলো নতুন যোগ দেওয়া ডিভাইসগুলোকে হস্তান্তর করেছে।
handover-theirs = { $sender }-এর ডিভাইস খাতার আগের এন্ট্রিগুলো নতুন যোগ দেওয়া ডিভাইসগুলোকে হস্তান্তর করেছে।
open-ledger-link = খাতা ›
open-ledger = খাতা খুলুন
joined-here = আপনি এই ডিভাইসে এই কথোপকথনে যোগ দিয়েছেন।
empty-conversation = এখনো কোনো বার্তা নেই। বার্তাগুলো এন্ড-টু-এন্ড এনক্রিপ্টেড।
upload-sending = { $name } পাঠানো হচ্ছে…
upload-failed = { $name }: { $error }
dismiss = বাতিল
record-failed = রেকর্ড করা যাচ্ছে না: { $error }
record-hold = ভয়েস নোট রেকর্ড করতে মাইক্রোফোন বোতামটি চেপে ধরে রাখুন।
toast-added-to-conversation = আপনাকে একটি কথোপকথনে যোগ করা হয়েছে।
toast-fell-behind = এই ডিভাইসটি একটি কথোপকথনে পিছিয়ে পড়েছে এবং আবার যোগ হওয়ার অপেক্ষায় আছে।
invites-admin = কোনো সীমা নেই (অ্যাডমিন)
invites-left = { $count }টি বাকি

## সদস্য

no-longer-member = আপনি আর এই কথোপকথনের সদস্য নন।
safety-number = নিরাপত্তা নম্বর
safety-number-with = { $username }-এর সঙ্গে নিরাপত্তা নম্বর
remove = সরান
remove-member = { $username }-কে সরান
remove-confirm = { $conversation } থেকে { $username }-কে সরাবেন? তিনি পরের বার্তাগুলো পড়তে পারবেন না।
removing = সরানো হচ্ছে…
removed-toast = { $username }-কে সরানো হয়েছে।
devices-line = { $count ->
    [one] ডিভাইস { $ids }
   *[other] ডিভাইস { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = ডিভাইস ({ $id })
member-you = { $username } (আপনি)
members-summary = { $count ->
    [one] { $count } জন সদস্য · পর্ব { $epoch }
   *[other] { $count } জন সদস্য · পর্ব { $epoch }
}
add = যোগ করুন
adding = যোগ করা হচ্ছে…
added-toast = { $names }-কে যোগ করা হয়েছে।
add-members = সদস্য যোগ করুন
add-members-hint = ব্যবহারকারীর নাম, কমা দিয়ে আলাদা করে। তাদের সব ডিভাইস যোগ দেবে।
leave = এই কথোপকথন ছেড়ে যান
leave-confirm = আপনার সব ডিভাইসে { $conversation } ছেড়ে যাবেন?
leaving = ছেড়ে যাওয়া হচ্ছে…
epoch-authenticator = পর্বের প্রমাণক (প্রত্যেক সদস্যের ডিভাইসে একই): { $code }
loading = লোড হচ্ছে…
safety-verified = যাচাইকৃত
safety-changed = যাচাইয়ের পর কী বদলেছে
safety-unverified = যাচাই করা হয়নি
mark-verified = যাচাইকৃত হিসেবে চিহ্নিত করুন
saving = সংরক্ষণ করা হচ্ছে…
verified-toast = { $username } যাচাইকৃত হিসেবে চিহ্নিত হয়েছেন।
safety-with = { $username }-এর সঙ্গে নিরাপত্তা নম্বর { $badge }
safety-hint = সরাসরি দেখা করে বা অন্য কোনো মাধ্যমে তাঁর নম্বরের সঙ্গে মিলিয়ে নিন। মিললে যাচাইকৃত হিসেবে চিহ্নিত করুন: তখন পরে তাঁর কী বদলালে তা স্পষ্টভাবে দেখানো হবে।

## খাতা

ledger-paid-by = যিনি পরিশোধ করেছেন
ledger-paid-to = যাকে / যার জন্য পরিশোধ
ledger-owed-to = যার পাওনা
ledger-owed-by = যার দেনা
split-to = সবটা একজন সদস্যকে
split-equal = সমানভাবে ভাগ
split-exact = পরিমাণ অনুযায়ী ভাগ
split-weights = অনুপাত অনুযায়ী ভাগ
badge-reversed = বাতিলকৃত
badge-reversal = বাতিলকরণ
badge-refused = প্রত্যাখ্যাত
badge-unreadable = অপাঠযোগ্য
device-id = ডিভাইস { $id }
device-id-named = ডিভাইস { $id } ({ $name })
entries = এন্ট্রি
entries-count = এন্ট্রি ({ $count })
export-csv = CSV ডাউনলোড করুন
export-json = JSON ডাউনলোড করুন
balances = ব্যালান্স
export = এক্সপোর্ট
export-hint = CSV: প্রতিটি এন্ট্রির প্রত্যেক সদস্যের জন্য এক সারি (সদস্য ও মুদ্রা অনুযায়ী যোগফল: ব্যালান্স)। JSON: প্রতিটি রেকর্ড, ব্যালান্স এবং হিসাব মেটানোর তালিকা।
discrepancy-title = সতর্কতা: নতুন ডিভাইসকে হস্তান্তর করা একটি খাতা আপনার খাতা থেকে আলাদা।
discrepancy = { $by }-এর ডিভাইস { $device } (বার্তা { $seq }) নতুনদের এমন একটি খাতা দিয়েছে যা এই ডিভাইসে থাকা খাতার মতো নয়: { $detail }। তাদের ব্যালান্স আপনার থেকে আলাদা হতে পারে; { $by }-এর সঙ্গে মিলিয়ে দেখুন।
ledger-unreadable = { $count ->
    [one] { $count }টি এন্ট্রি Conclave-এর নতুন সংস্করণে লেখা এবং এখানে পড়া যায় না; আপনি হালনাগাদ না করা পর্যন্ত ব্যালান্সে এটি ধরা হবে না।
   *[other] { $count }টি এন্ট্রি Conclave-এর নতুন সংস্করণে লেখা এবং এখানে পড়া যায় না; আপনি হালনাগাদ না করা পর্যন্ত ব্যালান্সে এগুলো ধরা হবে না।
}
handed-over-mine = এই ডিভাইসটি বার্তা { $seq }-এ যোগ দিয়েছে: তার আগের এন্ট্রিগুলো আপনার ডিভাইস { $device } যেভাবে হস্তান্তর করেছে সেভাবেই আছে।
handed-over-theirs = এই ডিভাইসটি বার্তা { $seq }-এ যোগ দিয়েছে: তার আগের এন্ট্রিগুলো { $by }-এর ডিভাইস { $device } যেভাবে হস্তান্তর করেছে সেভাবেই আছে।
ledger-empty = এখনো কোনো এন্ট্রি নেই। নিচে একটি যৌথ খরচ, পরিশোধ বা দেনা লিখুন; প্রত্যেক সদস্য একই ব্যালান্স দেখবেন।
balances-in = { $currency }-এ ব্যালান্স
balance-owed = পাওনা আছে
balance-owes = দেনা আছে
balance-settled = মিটে গেছে
settle-title = হিসাব মেটাতে
settle-you-pay = আপনি { $to }-কে { $amount } { $currency } দেবেন
settle-pays-you = { $from } আপনাকে { $amount } { $currency } দেবেন
settle-pays = { $from } { $to }-কে { $amount } { $currency } দেবেন
all-settled = সব হিসাব মিটে গেছে।
records-empty = সার্ভার যে ক্রমে এন্ট্রিগুলো রেখেছে সেই ক্রমে এখানে দেখা যাবে, প্রতিটি ডিভাইসে একই।
recorded-by-you = { $day } · আপনি { $device } থেকে { $time }-এ লিখেছেন
recorded-by = { $day } · { $member } { $device } থেকে { $time }-এ লিখেছেন
reference-line = রেফারেন্স: { $reference }
reversed-by-you = আপনি বাতিল করেছেন (এন্ট্রি { $entry }); আর গণনা করা হয় না।
reversed-by = { $member } বাতিল করেছেন (এন্ট্রি { $entry }); আর গণনা করা হয় না।
reversed-by-someone = কেউ বাতিল করেছেন (এন্ট্রি { $entry }); আর গণনা করা হয় না।
undoes = বাতিল করে: { $description }
refused-everywhere = যেসব ডিভাইসে পৌঁছেছে সবগুলোই প্রত্যাখ্যান করেছে; এটি কোনো ব্যালান্স বদলায় না।
handed-by-mine = এই ডিভাইস যোগ দেওয়ার সময় আপনার ডিভাইস { $device } হস্তান্তর করেছে
handed-by-theirs = এই ডিভাইস যোগ দেওয়ার সময় { $username }-এর ডিভাইস { $device } হস্তান্তর করেছে
reverse-toggle = বাতিল করুন…
reverse-entry-label = এন্ট্রি { $entry } বাতিল করুন
reverse-entry = এন্ট্রি বাতিল করুন
cancel = বাতিল
reverse-why = কারণ (ঐচ্ছিক)
reverse-hint = এন্ট্রিটি ইতিহাসে বাতিলকৃত হিসেবে চিহ্নিত থাকবে; প্রতিটি ডিভাইসে ব্যালান্সের ওপর এর প্রভাব মুছে যাবে।
reversing = বাতিল করা হচ্ছে…
reversed-toast = বাতিল হয়েছে: { $description }
kind-payment = পরিশোধ: কেউ টাকা দিয়েছেন
kind-debt = দেনা: কারো কাছে পাওনা
record-entry = এন্ট্রি লিখুন
member = সদস্য
split-equal-among = যাদের মধ্যে সমানভাবে ভাগ
split-equal-hint = যিনি পরিশোধ করেছেন তাঁকেও ভাগ দিতে চাইলে তাঁকে অন্তর্ভুক্ত করুন। এক সেন্টের অবশিষ্টাংশ তালিকার প্রথম সদস্যদের কাছে যায়।
weights-legend = অনুপাত (যেমন ২ এবং ১: দুই-তৃতীয়াংশ ও এক-তৃতীয়াংশ)
amounts-legend = পরিমাণ (যোগফল মোটের সমান)
share-empty-hint = কোনো সদস্যকে ভাগ না দিতে ঘরটি খালি রাখুন।
will-record = লেখা হবে: { $description }
will-record-shares = লেখা হবে: { $description } — { $shares } { $currency }
amount = পরিমাণ
currency = মুদ্রা
add-entry-form = খাতায় একটি এন্ট্রি যোগ করুন
what-happened = কী হয়েছে
date = তারিখ
memo-optional = নোট (ঐচ্ছিক)
reference-optional = রেফারেন্স (ঐচ্ছিক)
reference-hint = একটি চালান নম্বর, একটি ট্রান্সফার আইডি…
add-entry = এন্ট্রি যোগ করুন
ledger-intro = এন্ট্রিগুলো এন্ড-টু-এন্ড এনক্রিপ্টেড বার্তা; কেউ এগুলো সম্পাদনা বা মুছতে পারে না, ভুল হলে তা বাতিল করা হয়।
recording = লেখা হচ্ছে…
recorded-toast = লেখা হয়েছে: { $description }
preparing = প্রস্তুত করা হচ্ছে…
exported-toast = { $count ->
    [one] { $count }টি খাতার রেকর্ড { $file }-এ এক্সপোর্ট করা হয়েছে।
   *[other] { $count }টি খাতার রেকর্ড { $file }-এ এক্সপোর্ট করা হয়েছে।
}

## নতুন কথোপকথন, অ্যাকাউন্ট

start = শুরু করুন
starting = শুরু হচ্ছে…
create-group = গ্রুপ তৈরি করুন
creating = তৈরি হচ্ছে…
message-person = একজনকে বার্তা পাঠান
new-group = নতুন গ্রুপ
group-name = গ্রুপের নাম
members-hint = ব্যবহারকারীর নাম, কমা দিয়ে আলাদা করে।
your-account = আপনার অ্যাকাউন্ট
this-device = এই ডিভাইস
this-device-value = { $name } (ডিভাইস { $id })
valid-until = মেয়াদ পর্যন্ত
invitations = আমন্ত্রণ
connection = সংযোগ
online = অনলাইন
offline = অফলাইন
offline-reason = অফলাইন: { $reason }
renew = নবায়ন করুন
renewing = নবায়ন করা হচ্ছে…
renewed-toast = { $date } পর্যন্ত নবায়ন করা হয়েছে।
renew-title = আপনার অ্যাকাউন্ট নবায়ন করুন
renewal-code = নবায়ন কোড
renewal-hint = একজন অ্যাডমিন আপনাকে এটি দেবেন; এটি আপনার অ্যাকাউন্টের মেয়াদ বাড়ায়, মেয়াদ শেষ হওয়ার পরেও।
expires-1-day = ১ দিন
expires-7-days = ৭ দিন
expires-30-days = ৩০ দিন
create-invitation = আমন্ত্রণ তৈরি করুন
your-invitations = আপনার আমন্ত্রণ
copy = কপি
copied = কপি করা হয়েছে।
copy-failed = লিংকটি নির্বাচন করে কপি করুন।
invitation-created = আমন্ত্রণ তৈরি হয়েছে।
invitation-for = { $count ->
    [one] { $count } জনের জন্য, { $date } পর্যন্ত বৈধ।
   *[other] { $count } জনের জন্য, { $date } পর্যন্ত বৈধ।
}
link-for-browser = ব্রাউজারের জন্য লিংক:
link-for-cli = কমান্ড লাইনের জন্য (conclave join):
invite-row = #{ $id } · { $state } · { $left }/{ $total } বাকি · { $date } পর্যন্ত
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } বাকি · { $date } পর্যন্ত · যোগ দিয়েছেন: { $names }
no-invitations = এখনো কোনো আমন্ত্রণ নেই।
invite-someone = কাউকে আমন্ত্রণ জানান
number-of-people = মানুষের সংখ্যা
valid-for = মেয়াদ
your-devices = আপনার ডিভাইস
add-device-hint = ডিভাইস যোগ করতে, যে ডিভাইসে আপনার অ্যাকাউন্ট আছে সেখানে “conclave device link” চালান।
lock = লক করুন
this-browser = এই ব্রাউজার
lock-hint = লক করলে সেশন বন্ধ হয়; পাসফ্রেজ দিয়ে আবার খোলা যায়।
device-row = { $name } (ডিভাইস { $id }), যোগ করা হয়েছে { $date }
device-row-this = { $name } (ডিভাইস { $id }), যোগ করা হয়েছে { $date } — এই ব্রাউজার
offline-short = অফলাইন।
language = ভাষা
language-hint = এই ডিভাইসে এই পৃষ্ঠার ভাষা। “স্বয়ংক্রিয়” ব্রাউজারের ভাষা অনুসরণ করে।
language-auto = স্বয়ংক্রিয়

## প্রাইভেট ব্রাউজিং

pb-what-title = প্রাইভেট ব্রাউজিং কী
pb-what-1 = প্রাইভেট ব্রাউজিং একটি ডিভাইসের ওয়েব ট্রাফিক সরাসরি সাইটে না পাঠিয়ে দুটি রিলের মধ্য দিয়ে পাঠায়। প্রবেশ রিলে জানে আপনি কে (আপনার ঠিকানা), কিন্তু কোথায় যাচ্ছেন তা জানে না; প্রস্থান রিলে জানে আপনি কোথায় যাচ্ছেন (সাইট), কিন্তু আপনি কে তা জানে না। কেউই দুটো একসঙ্গে জানে না।
pb-what-2 = আপনার ডিভাইস থেকে প্রস্থান রিলে পর্যন্ত ট্রাফিক এনক্রিপ্টেড, তাই প্রবেশ রিলে শুধু সিল করা, নির্দিষ্ট আকারের সেল দেখে। প্রতিটি রিলে শুধু একটি অসংযোগযোগ্য টোকেন দিয়েই সংযোগ ঢুকতে দেয়, যা এই সার্ভার অন্ধভাবে সই করে: কোন সংযোগ বা সাইটে টোকেনটি খরচ হয়েছে তা সে জানতে পারে না।
pb-what-3 = এই পৃষ্ঠা নিজে কিছু রাউট করে না: একটি ওয়েব পৃষ্ঠা অন্য ট্রাফিক বহন করতে পারে না। ডিভাইসে থাকা conclave প্রোগ্রামটি তা করে (দেখুন “এই ডিভাইসে ব্যবহার করুন”)।
pb-limits-title = এটি যা থেকে রক্ষা করে না
pb-limits-1 = দুটি ধাপ একজন কৌতূহলী রিলে পরিচালককে ব্যর্থ করে। কিন্তু একটি পথের দুটি রিলে একসঙ্গে কাজ করলে, বা কোনো পর্যবেক্ষক দুই প্রান্তে ট্রাফিক দেখে সময় মিলিয়ে নিলে (একজন বৈশ্বিক পর্যবেক্ষক) এটি সাহায্য করে না।
pb-limits-2 = একই পরিচালকের চালানো রিলেগুলো নিচের তালিকায় চিহ্নিত থাকে, এবং অন্য পরিচালকের রিলে থাকলে কোনো পথ কখনো তাদের দুটি ব্যবহার করে না। যখন শুধু একজন পরিচালক রিলে চালান, তখন দুটি ধাপই তাঁর এবং বিভাজনটি নামমাত্র; তখন conclave proxy সতর্ক করে।
pb-limits-3 = সাইটগুলো এখনো দেখে আপনি তাদের কী পাঠান: লগ ইন, কুকি ও ব্রাউজারের ফিঙ্গারপ্রিন্ট আগের মতোই আপনাকে চিনিয়ে দেয়।
pb-limits-4 = শুধু প্রক্সির দিকে নির্দেশিত প্রোগ্রামগুলোই সুরক্ষিত। নাম রেজলভ করার কাজও প্রক্সিকে করতে দিন (socks5h, curl-এর --socks5-hostname, Firefox-এর “Proxy DNS”), নইলে আপনার DNS অনুসন্ধান প্রক্সির বাইরে দিয়ে যাবে।
pb-allowance-note = প্রতিটি সার্কিটে দুটি টোকেন লাগে, প্রতিটি রিলের জন্য একটি; একটি সার্কিট অনেক সংযোগ বহন করে এবং ১০ মিনিট পরে নবায়ন হয়। বরাদ্দ 00:00 UTC-তে নবায়ন হয়।
pb-allowance-title = এই ডিভাইসের বরাদ্দ
pb-per-day = প্রতিদিনের টোকেন
pb-left-today = আজ বাকি
pb-fetching = রিলে ডিরেক্টরি আনা হচ্ছে…
relays = রিলে
pb-setup = { $first }: যে ডিভাইসে conclave-এ আপনার অ্যাকাউন্ট আছে সেখানে { $link } চালান, তারপর এখানে { $join } (অথবা আমন্ত্রণ থাকলে { $joininvite })।
pb-use-title = এই ডিভাইসে ব্যবহার করুন
pb-desktop = কম্পিউটার (Linux, macOS, Windows)
pb-desktop-install = conclave কমান্ড লাইন ইনস্টল করুন এবং এতে আপনার অ্যাকাউন্ট দিন
pb-desktop-run = { $cmd } চালান। এটি { $addr }-এ SOCKS5 ও HTTP CONNECT পরিবেশন করে, শুধু এই কম্পিউটারের জন্য, এবং প্রতিটি সার্কিটের প্রবেশ ও প্রস্থান দেখায়।
pb-desktop-chromium = Chromium, Chrome বা Edge: { $cmd } দিয়ে চালু করুন (তখন নাম প্রক্সি রেজলভ করে)। একটি আলাদা প্রোফাইল ({ $profile }) প্রাইভেট ব্রাউজিংকে আপনার সাধারণ প্রোফাইল থেকে আলাদা রাখে।
pb-desktop-firefox = Firefox: Settings → General → Network Settings → Settings…: Manual proxy configuration, SOCKS Host 127.0.0.1, Port 1080, SOCKS v5, এবং “Proxy DNS when using SOCKS v5”-এ টিক দিন।
pb-desktop-curl = কমান্ড-লাইন টুল: { $cmd }।
pb-desktop-options = বিকল্প: { $country } সেই দেশের একটি প্রস্থান রিলে দিয়ে বের হয়; { $circuit } প্রতিটি সাইটকে নিজস্ব সার্কিট দেয়।
pb-android = Android ফোন বা ট্যাবলেট
pb-android-intro = ব্রাউজার SOCKS প্রক্সি চালাতে পারে না, তাই ফোনে একটি প্রোগ্রামকে তা করতে হয়:
pb-android-termux = Termux ইনস্টল করুন (F-Droid থেকে), এবং তার মধ্যে conclave কমান্ড লাইন।
pb-android-account = এতে আপনার অ্যাকাউন্ট দিন
pb-android-run = Termux-এ { $cmd } চালান এবং চালু রাখুন (ব্যাটারি সেটিংসে Termux-কে ব্যাকগ্রাউন্ডে চলতে দিন)।
pb-android-wifi = Settings → Wi-Fi → আপনার নেটওয়ার্ক → Edit → Advanced → Proxy: Manual, host { $host }, port { $port }। Android-এর প্রক্সি সেটিং HTTP CONNECT ব্যবহার করে, যা প্রক্সি একই পোর্টে বোঝে। যে ব্রাউজারগুলো এটি মানে, সেগুলো ওই Wi-Fi নেটওয়ার্কে রিলের মধ্য দিয়ে যায় (মোবাইল ডেটায় নয়)।
pb-android-browser = অথবা নিজস্ব প্রক্সি সেটিংসসহ একটি ব্রাউজার ব্যবহার করুন: রিমোট DNS-সহ SOCKS5 { $socks }, অথবা HTTP প্রক্সি { $http } (CONNECT)।
pb-ios = iPhone ও iPad
pb-ios-text = এখন উপলব্ধ নয়। iOS-এ স্থানীয় প্রক্সি হিসেবে কাজ করার জন্য কোনো কমান্ড-লাইন প্রোগ্রাম ব্যাকগ্রাউন্ডে চালু রাখার উপায় নেই (Termux নেই, এবং অ্যাপগুলো স্থগিত হয়ে যায়), আর ফোনের ট্রাফিক বহন করতে একটি VPN-ধরনের অ্যাপ (Network Extension) লাগে, যা Conclave-এর এখনো নেই। ফোন কম্পিউটারের প্রক্সিও ধার নিতে পারে না: conclave proxy-র কোনো পাসওয়ার্ড নেই, তাই এটি শুধু নিজের মেশিনেই শোনে।
pb-no-tokens = এই সার্ভার কোনো রিলে টোকেন দেয় না, তাই এই অ্যাকাউন্ট থেকে এর রিলেগুলো ব্যবহার করা যায় না।
pb-zero-tokens = সার্ভার সদস্যদের কোনো রিলে টোকেন দেয় না (এর বরাদ্দ দিনে 0)।
pb-same-operator = একই পরিচালক
pb-country-unknown = দেশ অজানা
pb-relay-meta = { $country } · পরিচালক { $operator } · { $addr }
pb-relay-meta-ours = { $country } · পরিচালক { $operator } (এই সার্ভারের) · { $addr }
pb-same-operator-note = { $others }-এর ({ $count }টি রিলে) একই পরিচালক চালান: অন্য পরিচালকের রিলে থাকলে কখনো একসঙ্গে ব্যবহার হয় না।
pb-no-relays = এই সার্ভার কোনো রিলে তালিকাভুক্ত করে না।
pb-two-operators = একটি পথ ভিন্ন পরিচালকের দুটি রিলে ব্যবহার করতে পারে।
pb-one-operator = এই রিলেগুলো শুধু একজন পরিচালক চালান, তাই একটি পথের দুটি ধাপই তাঁর: বিভাজনটি নামমাত্র।
pb-no-path = এখনো কোনো পথ তৈরি করা যাচ্ছে না: { $reason }।
pb-signed-new = { $operator } কী { $key } দিয়ে সই করেছেন; সইটি সঠিক। এই ডিভাইস এখন সেই কী মনে রাখে, এবং অন্য কী দিয়ে সই করা ডিরেক্টরি প্রত্যাখ্যান করে। { $date } পর্যন্ত বৈধ।
pb-signed-known = { $operator } কী { $key } দিয়ে সই করেছেন; সইটি সঠিক। এটিই সেই কী যা এই ডিভাইস মনে রেখেছে, এবং অন্য কী দিয়ে সই করা ডিরেক্টরি প্রত্যাখ্যান করে। { $date } পর্যন্ত বৈধ।

## কল

declined = { $names } প্রত্যাখ্যান করেছেন।
join-call = কলে যোগ দিন
accept = গ্রহণ করুন
accept-call = কলটি গ্রহণ করুন
accept-video-call = ভিডিও কলটি গ্রহণ করুন
decline = প্রত্যাখ্যান করুন
is-calling = { $caller } কল করছেন
ringing-voice = ভয়েস কল · { $conversation }
ringing-video = ভিডিও কল · { $conversation }
already-in-call = আপনি ইতিমধ্যে একটি কলে আছেন।
calling = কল করা হচ্ছে…
call-failed = কলটি শুরু করা যায়নি: { $error }
connecting = সংযোগ হচ্ছে…
your-camera = আপনার ক্যামেরা
mute = মিউট
unmute = আনমিউট
camera-off = ক্যামেরা বন্ধ
camera-on = ক্যামেরা চালু
switch-camera = ক্যামেরা বদলান
one-camera = এই ডিভাইসে একটিই ক্যামেরা আছে।
hang-up = কল কাটুন
call-controls = কল নিয়ন্ত্রণ
tile-name = { $username } · ডিভাইস { $device }
tile-leaf = লিফ { $leaf }
reconnecting = আবার সংযোগ হচ্ছে…
connection-failed = সংযোগ ব্যর্থ হয়েছে
ended = শেষ হয়েছে
in-call = { $count ->
    [one] { $state } · কলে { $count } জন
   *[other] { $state } · কলে { $count } জন
}

## ফাইল ও ভয়েস নোট

file-too-large = ফাইলটি সার্ভারের অনুমোদিত আকারের চেয়ে বড়।
file-too-large-max = ফাইলটি সার্ভারের অনুমোদিত আকারের চেয়ে বড় (সর্বোচ্চ { $max })।
file-over-quota = সার্ভারে আপনার স্টোরেজ পূর্ণ। ফাইলগুলোর মেয়াদ কিছুদিন পর শেষ হয়; পরে আবার চেষ্টা করুন।
file-too-many = একসঙ্গে অনেক বেশি আপলোড। একটু পরে আবার চেষ্টা করুন।
file-grant = আপলোডের অনুমতির মেয়াদ শেষ হয়েছে। আবার চেষ্টা করুন।
file-not-found = ফাইলটি আর সার্ভারে নেই (ফাইলগুলোর মেয়াদ কিছুদিন পর শেষ হয়)।
file-hash-mismatch = আপলোডটি পথে নষ্ট হয়ে গেছে। আবার চেষ্টা করুন।
file-unavailable = সার্ভারের ফাইল স্টোর এখন উপলব্ধ নয়। পরে আবার চেষ্টা করুন।
file-busy = সার্ভার এই ফাইলটি নিয়ে ব্যস্ত। একটু পরে আবার চেষ্টা করুন।
file-cut = আপলোডের সময় সংযোগ বিচ্ছিন্ন হয়েছে। আবার চেষ্টা করুন।
file-no-resume = আপলোডটি আবার শুরু করা যায়নি।
file-kept-other = সার্ভার ফাইলটির একটি ভিন্ন অংশ রেখেছে।
upload-refused = আপলোড ব্যর্থ হয়েছে: { $reason }
download-refused = ডাউনলোড ব্যর্থ হয়েছে: { $reason }
file-corrupted = এই ফাইলটি পথে পরিবর্তিত বা নষ্ট হয়েছে; এটি দেখানো হচ্ছে না।
open-image = ছবি { $name } খুলুন
open = খুলুন
preview-of = { $name }-এর প্রিভিউ
image-unreadable = এই ছবিটি এখানে দেখানো যাচ্ছে না; এটি এমন ছবি নয় যা এই ব্রাউজার পড়তে পারে।
play-voice-note = ভয়েস নোট { $name } চালান
recording-unplayable = এই রেকর্ডিংটি এই ব্রাউজারে চালানো যায় না।
download = ডাউনলোড
download-name = { $name } ডাউনলোড করুন
save-again = আবার সংরক্ষণ করুন
close = বন্ধ করুন
play-name = { $name } চালান
pause-name = { $name } থামান
position = অবস্থান

## বিজ্ঞপ্তি

notifications = বিজ্ঞপ্তি
hide-contents = বিজ্ঞপ্তিতে বিষয়বস্তু লুকান
push-blocked = এই সাইটের জন্য বিজ্ঞপ্তি বন্ধ করা আছে: ব্রাউজারের সাইট সেটিংসে এগুলোর অনুমতি দিন।
push-not-allowed = বিজ্ঞপ্তির অনুমতি দেওয়া হয়নি।
push-no-server = এই সার্ভার কোনো পুশ বিজ্ঞপ্তি পাঠায় না।
push-no-service = এই ব্রাউজারের পুশ সেবা সাড়া দেয়নি (নেটওয়ার্ক নেই, অথবা ব্রাউজারে এই সেবা নেই)।
push-unsupported = এই ব্রাউজার পুশ বিজ্ঞপ্তি দেখাতে পারে না (iPhone ও iPad-এ: আগে Conclave-কে হোম স্ক্রিনে যোগ করুন)।
push-on-hidden = চালু: বিজ্ঞপ্তিতে শুধু "নতুন বার্তা" লেখা থাকে, আর কিছু নয়।
push-on = চালু: বিজ্ঞপ্তিতে দেখায় কে কী লিখেছেন, যা এই ডিভাইসে পড়া হয়।
push-off = বন্ধ। সার্ভারের পুশে শুধু "নতুন কিছু" লেখা থাকে; বাকিটা এই ডিভাইস ডিক্রিপ্ট করে।
new-message = নতুন বার্তা

## ইতিহাসে কল, কল টাইল, আমন্ত্রণের অবস্থা

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
tile-waiting-keys = কী-এর অপেক্ষায়
tile-cant-decrypt = ডিক্রিপ্ট করা যাচ্ছে না ({ $reason })
tile-key-mismatch = তাঁর কী এই ডিভাইসের সঙ্গে মেলে না: ভিন্ন MLS পর্ব অথবা সদস্য নন
invite-open = খোলা
invite-used = ব্যবহৃত
invite-expired = মেয়াদোত্তীর্ণ
invite-revoked = প্রত্যাহার করা

## Typing indicators
typing-one = { $name } লিখছেন…
typing-two = { $first } ও { $second } লিখছেন…
typing-several = কয়েকজন লিখছেন…
typing-title = টাইপিং নির্দেশক
typing-setting = অন্যরা কখন লিখছেন দেখাও, আর আমি লিখলে তাদের দেখতে দাও
typing-hint = বন্ধ থাকলে এই ডিভাইস এগুলো পাঠায়ও না, দেখায়ও না। এগুলো কেবল এখন অনলাইনে থাকা সদস্যদের কাছে যায়; সার্ভার কিছুই রাখে না।

## History from another device
toast-history-imported = আপনার ডিভাইস { $device } থেকে ইতিহাস এসেছে (এন্ট্রি: { $count }; কথোপকথন: { $conversations })।
history-note = উপরের ইতিহাস আপনার ডিভাইস { $device } থেকে এসেছে (পাঠানো হয়েছে { $date })।

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = ইনকামিং কল
push-ring-body = উত্তর দিতে Conclave খুলুন
push-title-group = { $conversation }-এ { $sender }

# Conclave: Vietnamese (Tiếng Việt), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Khởi động, tham gia, liên kết, mở khóa

boot-loading = Đang tải…
boot-failed = Conclave không thể khởi động: { $error }
boot-other-tab = Conclave đã được mở ở một thẻ hoặc cửa sổ khác của trình duyệt này. Hãy đóng nó rồi tải lại trang này.
working = Đang xử lý…
wrong-passphrase = Sai cụm mật khẩu. { $detail }. Hãy thử lại.
tagline = Nhắn tin mã hóa đầu cuối, chỉ dành cho người được mời. Khóa của bạn được tạo và lưu giữ trong trình duyệt này.
passphrase = Cụm mật khẩu
passphrase-hint = Ít nhất 8 ký tự. Nó mã hóa khóa và lịch sử của thiết bị này trong trình duyệt này và không bao giờ rời khỏi đây; nếu quên, bản sao trong trình duyệt này sẽ không mở được.
passphrase-again = Nhập lại cụm mật khẩu
passphrase-differ = Hai cụm mật khẩu không khớp.
join-title = Tham gia bằng lời mời
join-link = Liên kết mời
join-link-hint = https://…/join#code=… hoặc conclave://…/join#code=…
username = Tên người dùng
username-hint = Từ 3 đến 32 ký tự: a–z, 0–9, “.”, “_”, “-”.
device-name = Tên thiết bị này
join-button = Tham gia
joining = Đang tham gia…
link-title = Liên kết trình duyệt này với tài khoản của bạn
link-intro = Trên một thiết bị có tài khoản của bạn, hãy chạy “conclave device link” và dán liên kết mà nó in ra. Thiết bị đó sẽ thêm trình duyệt này vào các cuộc trò chuyện của bạn.
link-link = Liên kết thiết bị
link-link-hint = https://…/device#code=… hoặc conclave://…/device#code=…
link-button = Liên kết trình duyệt này
linking = Đang liên kết…
unlock-title = Mở khóa Conclave
unlock-holds = Trình duyệt này chứa thiết bị “{ $device }” của { $username }.
unlock-button = Mở khóa
unlocking = Đang mở khóa…
unlock-link-ignored = Trình duyệt này đã chứa một thiết bị Conclave; liên kết bạn mở sẽ không được dùng. Để dùng nó, trước tiên hãy xóa thiết bị này khỏi trình duyệt này.
unlock-forgot = Quên cụm mật khẩu? Không có nó thì bản sao trong trình duyệt này không mở được. Hãy xóa nó ở đây rồi liên kết lại trình duyệt này từ một thiết bị khác của bạn.
forget-button = Xóa thiết bị này khỏi trình duyệt này
forget-confirm = Xóa thiết bị của { $username } khỏi trình duyệt này? Khóa và lịch sử của nó ở đây sẽ bị xóa; tài khoản và các thiết bị khác của bạn vẫn giữ nguyên.

## Giao diện chính

conversations = Cuộc trò chuyện
new-button = Mới
new-conversation = Cuộc trò chuyện mới
private-button = Riêng tư
private-browsing = Duyệt web riêng tư
account-button = Tài khoản
account = Tài khoản
details = Chi tiết
call-button = Gọi
call-start = Bắt đầu cuộc gọi
call-voice = Cuộc gọi thoại
video-button = Video
video-start = Bắt đầu cuộc gọi video
video-call = Cuộc gọi video
ledger = Sổ quỹ
ledger-button-title = Chi tiêu chung và số dư
messages = Tin nhắn
composer-placeholder = Tin nhắn
send = Gửi
sending = Đang gửi…
attach = Đính kèm tệp
take-photo = Chụp ảnh
voice-hold = Nhấn giữ để ghi tin nhắn thoại
back-chats = ‹ Trò chuyện
back-to-conversations = Quay lại danh sách trò chuyện
back = ‹ Quay lại
close-panel = Đóng bảng
conversation-panels = Các bảng của cuộc trò chuyện
members = Thành viên
choose-conversation = Chọn một cuộc trò chuyện, hoặc bắt đầu cuộc mới bằng “Mới”.
call = Cuộc gọi

## Trạng thái và thông báo

status-online = { $username } · trực tuyến
status-offline = { $username } · ngoại tuyến
status-expired = { $username } · đã hết hạn
status-replaced = { $username } · đã bị thay thế
status-refused = { $username } · bị từ chối
status-connecting = { $username } · đang kết nối
banner-expired = Tài khoản của bạn đã hết hạn. Hãy nhập mã gia hạn trong Tài khoản để tiếp tục.
banner-replaced = Conclave đã được mở cho thiết bị này ở nơi khác; trang này đã dừng. Tải lại để dùng ở đây.
banner-refused = Máy chủ đã từ chối thiết bị này: { $reason }
banner-offline = Ngoại tuyến: đang hiển thị những gì trình duyệt này có. { $reason }
banner-expires-soon = Tài khoản của bạn hết hạn vào { $date }. Hãy xin quản trị viên một mã gia hạn.
conn-expired = Tài khoản của bạn đã hết hạn: hãy gia hạn trong Tài khoản.
conn-offline = Ngoại tuyến: bạn vẫn đọc được; gửi tin sẽ hoạt động lại khi kết nối lại.
expiry-unknown = không rõ (ngoại tuyến)
expiry-expired = { $date } (đã hết hạn)
expiry-days = { $days ->
   *[other] { $date } ({ $days } ngày)
}

## Danh sách cuộc trò chuyện và tin nhắn

you = Bạn
last-message = { $who }: { $text }
ledger-line = Sổ quỹ: { $text }
group-created = Đã tạo nhóm
no-messages-yet = Chưa có tin nhắn
no-conversations = Chưa có cuộc trò chuyện nào.
not-on-device = Cuộc trò chuyện này không có trên thiết bị này.
conversation = Cuộc trò chuyện
removed-banner = Bạn đã bị xóa khỏi cuộc trò chuyện này. Bạn không còn nhận được tin nhắn của nó.
membership-added = { $who } đã thêm { $names }
membership-removed = { $who } đã xóa { $names }
membership-added-removed = { $who } đã thêm { $added } và xóa { $removed }
membership-keys = { $who } đã cập nhật khóa
unreadable-message = Tin nhắn không đọc được ({ $reason })
handover-mine = Thiết bị của bạn đã chuyển các mục trước đây của sổ quỹ cho các thiết bị mới tham gia.
handover-theirs = Thiết bị của { $sender } đã chuyển các mục trước đây của sổ quỹ cho các thiết bị mới tham gia.
open-ledger-link = Sổ quỹ ›
open-ledger = Mở sổ quỹ
joined-here = Bạn đã tham gia cuộc trò chuyện này trên thiết bị này.
empty-conversation = Chưa có tin nhắn. Tin nhắn được mã hóa đầu cuối.
upload-sending = Đang gửi { $name }…
upload-failed = { $name }: { $error }
dismiss = Bỏ qua
record-failed = Không thể ghi âm: { $error }
record-hold = Nhấn giữ nút micrô để ghi tin nhắn thoại.
toast-added-to-conversation = Bạn đã được thêm vào một cuộc trò chuyện.
toast-fell-behind = Thiết bị này bị tụt lại trong một cuộc trò chuyện và đang chờ được thêm lại.
invites-admin = không giới hạn (quản trị viên)
invites-left = còn { $count }

## Thành viên

no-longer-member = Bạn không còn là thành viên của cuộc trò chuyện này.
safety-number = Mã an toàn
safety-number-with = Mã an toàn với { $username }
remove = Xóa
remove-member = Xóa { $username }
remove-confirm = Xóa { $username } khỏi { $conversation }? Họ sẽ không đọc được các tin nhắn sau này.
removing = Đang xóa…
removed-toast = Đã xóa { $username }.
devices-line = { $count ->
   *[other] thiết bị { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = thiết bị ({ $id })
member-you = { $username } (bạn)
members-summary = { $count ->
   *[other] { $count } thành viên · epoch { $epoch }
}
add = Thêm
adding = Đang thêm…
added-toast = Đã thêm { $names }.
add-members = Thêm thành viên
add-members-hint = Tên người dùng, cách nhau bằng dấu phẩy. Tất cả thiết bị của họ đều tham gia.
leave = Rời cuộc trò chuyện này
leave-confirm = Rời { $conversation } trên tất cả thiết bị của bạn?
leaving = Đang rời…
epoch-authenticator = Mã xác thực epoch (giống nhau trên thiết bị của mọi thành viên): { $code }
loading = Đang tải…
safety-verified = đã xác minh
safety-changed = KHÓA ĐÃ THAY ĐỔI kể từ khi bạn xác minh
safety-unverified = chưa xác minh
mark-verified = Đánh dấu đã xác minh
saving = Đang lưu…
verified-toast = Đã đánh dấu { $username } là đã xác minh.
safety-with = Mã an toàn với { $username } { $badge }
safety-hint = Hãy so sánh với mã của họ khi gặp trực tiếp hoặc qua một kênh khác. Nếu khớp, hãy đánh dấu họ đã xác minh: khi khóa của họ thay đổi sau này, điều đó sẽ được cảnh báo rõ ràng.

## Sổ quỹ

ledger-paid-by = Người trả
ledger-paid-to = Trả cho / thay cho
ledger-owed-to = Nợ ai
ledger-owed-by = Ai nợ
split-to = Tất cả cho một thành viên
split-equal = Chia đều
split-exact = Chia theo số tiền
split-weights = Chia theo tỷ lệ
badge-reversed = đã hoàn tác
badge-reversal = hoàn tác
badge-refused = bị từ chối
badge-unreadable = không đọc được
device-id = thiết bị { $id }
device-id-named = thiết bị { $id } ({ $name })
entries = Các mục
entries-count = Các mục ({ $count })
export-csv = Tải CSV
export-json = Tải JSON
balances = Số dư
export = Xuất
export-hint = CSV: một dòng cho mỗi thành viên trong mỗi mục (cộng theo thành viên và tiền tệ: chính là số dư). JSON: mọi bản ghi, số dư và cách thanh toán.
discrepancy-title = Cảnh báo: sổ quỹ được chuyển cho một thiết bị mới khác với sổ của bạn.
discrepancy = Thiết bị { $device } của { $by } (tin nhắn { $seq }) đã chuyển cho người mới một sổ quỹ không giống với sổ mà thiết bị này đang giữ: { $detail }. Số dư của họ có thể khác với của bạn; hãy đối chiếu với { $by }.
ledger-unreadable = { $count ->
   *[other] { $count } mục được ghi bởi phiên bản Conclave mới hơn và không đọc được ở đây; số dư chưa tính chúng cho đến khi bạn cập nhật.
}
handed-over-mine = Thiết bị này tham gia tại tin nhắn { $seq }: các mục trước đó là do thiết bị { $device } của bạn chuyển giao.
handed-over-theirs = Thiết bị này tham gia tại tin nhắn { $seq }: các mục trước đó là do thiết bị { $device } của { $by } chuyển giao.
ledger-empty = Chưa có mục nào. Hãy ghi một khoản chi chung, một khoản thanh toán hoặc một khoản nợ bên dưới; mọi thành viên đều thấy cùng một số dư.
balances-in = Số dư bằng { $currency }
balance-owed = được nợ
balance-owes = nợ
balance-settled = đã hòa
settle-title = Để thanh toán
settle-you-pay = Bạn trả { $to } { $amount } { $currency }
settle-pays-you = { $from } trả bạn { $amount } { $currency }
settle-pays = { $from } trả { $to } { $amount } { $currency }
all-settled = Mọi người đã hòa.
records-empty = Các mục hiện ở đây theo thứ tự máy chủ sắp xếp, giống nhau trên mọi thiết bị.
recorded-by-you = { $day } · bạn ghi từ { $device } lúc { $time }
recorded-by = { $day } · { $member } ghi từ { $device } lúc { $time }
reference-line = Tham chiếu: { $reference }
reversed-by-you = Bạn đã hoàn tác (mục { $entry }); không còn được tính.
reversed-by = { $member } đã hoàn tác (mục { $entry }); không còn được tính.
reversed-by-someone = Ai đó đã hoàn tác (mục { $entry }); không còn được tính.
undoes = Hoàn tác: { $description }
refused-everywhere = Bị mọi thiết bị nhận được từ chối; nó không làm thay đổi số dư nào.
handed-by-mine = Do thiết bị { $device } của bạn chuyển giao khi thiết bị này tham gia
handed-by-theirs = Do thiết bị { $device } của { $username } chuyển giao khi thiết bị này tham gia
reverse-toggle = Hoàn tác…
reverse-entry-label = Hoàn tác mục { $entry }
reverse-entry = Hoàn tác mục
cancel = Hủy
reverse-why = Lý do (không bắt buộc)
reverse-hint = Mục này vẫn nằm trong lịch sử, được đánh dấu đã hoàn tác; tác động của nó lên số dư được gỡ bỏ trên mọi thiết bị.
reversing = Đang hoàn tác…
reversed-toast = Đã hoàn tác: { $description }
kind-payment = Thanh toán: ai đó đã trả
kind-debt = Nợ: ai đó đang nợ
record-entry = Ghi mục
member = Thành viên
split-equal-among = Chia đều cho
split-equal-hint = Hãy chọn cả người trả để họ cũng có một phần. Phần dư một xu được chia cho các thành viên đứng đầu danh sách.
weights-legend = Tỷ lệ (vd. 2 và 1: hai phần ba và một phần ba)
amounts-legend = Số tiền (cộng lại bằng tổng)
share-empty-hint = Để trống một thành viên để không chia phần cho họ.
will-record = Sẽ ghi: { $description }
will-record-shares = Sẽ ghi: { $description } — { $shares } { $currency }
amount = Số tiền
currency = Tiền tệ
add-entry-form = Thêm một mục vào sổ quỹ
what-happened = Chuyện gì đã xảy ra
date = Ngày
memo-optional = Ghi chú (không bắt buộc)
reference-optional = Tham chiếu (không bắt buộc)
reference-hint = Số hóa đơn, mã chuyển khoản…
add-entry = Thêm mục
ledger-intro = Các mục là tin nhắn được mã hóa đầu cuối; không ai có thể sửa hay xóa một mục, sai sót thì được hoàn tác.
recording = Đang ghi…
recorded-toast = Đã ghi: { $description }
preparing = Đang chuẩn bị…
exported-toast = { $count ->
   *[other] Đã xuất { $count } bản ghi sổ quỹ vào { $file }.
}

## Cuộc trò chuyện mới, tài khoản

start = Bắt đầu
starting = Đang bắt đầu…
create-group = Tạo nhóm
creating = Đang tạo…
message-person = Nhắn tin cho một người
new-group = Nhóm mới
group-name = Tên nhóm
members-hint = Tên người dùng, cách nhau bằng dấu phẩy.
your-account = Tài khoản của bạn
this-device = Thiết bị này
this-device-value = { $name } (thiết bị { $id })
valid-until = Có hiệu lực đến
invitations = Lời mời
connection = Kết nối
online = trực tuyến
offline = ngoại tuyến
offline-reason = ngoại tuyến: { $reason }
renew = Gia hạn
renewing = Đang gia hạn…
renewed-toast = Đã gia hạn đến { $date }.
renew-title = Gia hạn tài khoản của bạn
renewal-code = Mã gia hạn
renewal-hint = Quản trị viên sẽ cấp cho bạn một mã; nó gia hạn tài khoản của bạn, kể cả sau khi đã hết hạn.
expires-1-day = 1 ngày
expires-7-days = 7 ngày
expires-30-days = 30 ngày
create-invitation = Tạo lời mời
your-invitations = Lời mời của bạn
copy = Sao chép
copied = Đã sao chép.
copy-failed = Hãy chọn liên kết và sao chép nó.
invitation-created = Đã tạo lời mời.
invitation-for = { $count ->
   *[other] Cho { $count } người, có hiệu lực đến { $date }.
}
link-for-browser = Liên kết cho trình duyệt:
link-for-cli = Cho dòng lệnh (conclave join):
invite-row = #{ $id } · { $state } · còn { $left }/{ $total } · đến { $date }
invite-row-joined = #{ $id } · { $state } · còn { $left }/{ $total } · đến { $date } · đã tham gia: { $names }
no-invitations = Chưa có lời mời nào.
invite-someone = Mời một người
number-of-people = Số người
valid-for = Hiệu lực trong
your-devices = Thiết bị của bạn
add-device-hint = Để thêm thiết bị, hãy chạy “conclave device link” trên một thiết bị có tài khoản của bạn.
lock = Khóa
this-browser = Trình duyệt này
lock-hint = Khóa sẽ đóng phiên; cụm mật khẩu sẽ mở lại.
device-row = { $name } (thiết bị { $id }), thêm ngày { $date }
device-row-this = { $name } (thiết bị { $id }), thêm ngày { $date } — trình duyệt này
offline-short = Ngoại tuyến.
language = Ngôn ngữ
language-hint = Ngôn ngữ của trang này trên thiết bị này. “Tự động” theo ngôn ngữ của trình duyệt.
language-auto = Tự động

## Duyệt web riêng tư

pb-what-title = Duyệt web riêng tư là gì
pb-what-1 = Duyệt web riêng tư đưa lưu lượng web của thiết bị đi qua hai relay thay vì đi thẳng đến trang web. Relay vào biết bạn là ai (địa chỉ của bạn) nhưng không biết bạn đi đâu; relay ra biết bạn đi đâu (trang web) nhưng không biết bạn là ai. Không relay nào biết cả hai.
pb-what-2 = Giữa thiết bị của bạn và relay ra, lưu lượng được mã hóa, nên relay vào chỉ thấy các ô dữ liệu đã niêm phong, kích thước cố định. Mỗi relay chỉ cho một kết nối vào khi có token không thể liên kết, do máy chủ này ký mù: máy chủ không thể biết token được dùng cho kết nối hay trang web nào.
pb-what-3 = Bản thân trang này không định tuyến gì cả: một trang web không thể mang lưu lượng khác. Chương trình conclave trên thiết bị làm việc đó (xem “Dùng trên thiết bị này”).
pb-limits-title = Những gì nó không bảo vệ được
pb-limits-1 = Hai chặng chống lại được một nhà vận hành relay tò mò. Chúng không giúp được nếu cả hai relay của một đường đi thông đồng với nhau, cũng như trước một kẻ quan sát theo dõi lưu lượng ở cả hai đầu và đối chiếu thời gian (kẻ quan sát toàn cục).
pb-limits-2 = Các relay do cùng một nhà vận hành chạy được đánh dấu trong danh sách bên dưới, và một đường đi không bao giờ dùng hai relay như vậy khi còn relay của nhà vận hành khác. Khi chỉ có một nhà vận hành chạy relay, cả hai chặng đều thuộc về họ và việc tách chỉ là danh nghĩa; khi đó conclave proxy sẽ cảnh báo.
pb-limits-3 = Các trang web vẫn thấy những gì bạn gửi cho chúng: đăng nhập, cookie và dấu vân tay trình duyệt vẫn nhận diện bạn như thường.
pb-limits-4 = Chỉ những chương trình được trỏ tới proxy mới được bảo vệ. Hãy để proxy phân giải cả tên miền (socks5h, --socks5-hostname của curl, “Proxy DNS” của Firefox), nếu không các truy vấn DNS của bạn sẽ đi ra ngoài nó.
pb-allowance-note = Mỗi mạch dùng hai token, mỗi relay một token; một mạch mang nhiều kết nối và được làm mới sau 10 phút. Hạn mức được làm mới lúc 00:00 UTC.
pb-allowance-title = Hạn mức của thiết bị này
pb-per-day = Token mỗi ngày
pb-left-today = Còn lại hôm nay
pb-fetching = Đang tải danh bạ relay…
relays = Relay
pb-setup = { $first }: trên một thiết bị mà conclave có tài khoản của bạn, hãy chạy { $link }, rồi ở đây chạy { $join } (hoặc { $joininvite } nếu có lời mời).
pb-use-title = Dùng trên thiết bị này
pb-desktop = Máy tính (Linux, macOS, Windows)
pb-desktop-install = Cài đặt dòng lệnh conclave và cấp tài khoản của bạn cho nó
pb-desktop-run = Chạy { $cmd }. Nó cung cấp SOCKS5 và HTTP CONNECT trên { $addr }, chỉ cho máy tính này, và in ra relay vào và relay ra của mỗi mạch.
pb-desktop-chromium = Chromium, Chrome hoặc Edge: khởi động với { $cmd } (tên miền khi đó do proxy phân giải). Một hồ sơ riêng ({ $profile }) giữ việc duyệt web riêng tư tách biệt với hồ sơ thường dùng của bạn.
pb-desktop-firefox = Firefox: Cài đặt → Chung → Cài đặt mạng → Cài đặt…: Cấu hình proxy thủ công, SOCKS Host 127.0.0.1, Port 1080, SOCKS v5, và đánh dấu “Proxy DNS khi dùng SOCKS v5”.
pb-desktop-curl = Công cụ dòng lệnh: { $cmd }.
pb-desktop-options = Tùy chọn: { $country } đi ra qua một relay ra ở quốc gia đó; { $circuit } cho mỗi trang web một mạch riêng.
pb-android = Điện thoại hoặc máy tính bảng Android
pb-android-intro = Trình duyệt không thể chạy proxy SOCKS, nên phải có một chương trình trên điện thoại làm việc đó:
pb-android-termux = Cài Termux (từ F-Droid), và trong đó cài dòng lệnh conclave.
pb-android-account = Cấp tài khoản của bạn cho nó
pb-android-run = Trong Termux hãy chạy { $cmd } và để nó chạy (cho phép Termux chạy nền trong cài đặt pin).
pb-android-wifi = Cài đặt → Wi-Fi → mạng của bạn → Sửa → Nâng cao → Proxy: Thủ công, máy chủ { $host }, cổng { $port }. Cài đặt proxy của Android dùng HTTP CONNECT, mà proxy hiểu trên cùng cổng đó. Các trình duyệt tuân theo nó sẽ đi qua relay trên mạng Wi-Fi đó (không phải trên dữ liệu di động).
pb-android-browser = Hoặc dùng một trình duyệt có cài đặt proxy riêng: SOCKS5 { $socks } với DNS từ xa, hoặc proxy HTTP { $http } (CONNECT).
pb-ios = iPhone và iPad
pb-ios-text = Hiện chưa có. iOS không có cách nào giữ một chương trình dòng lệnh chạy nền để làm proxy cục bộ (không có Termux, và ứng dụng bị tạm dừng), còn việc mang lưu lượng của điện thoại cần một ứng dụng kiểu VPN (Network Extension), mà Conclave chưa có. Điện thoại cũng không thể mượn proxy của máy tính: conclave proxy không có mật khẩu, nên nó chỉ lắng nghe trên chính máy của nó.
pb-no-tokens = Máy chủ này không cấp token relay, nên không thể dùng relay của nó từ tài khoản này.
pb-zero-tokens = Máy chủ không cấp token relay cho thành viên (hạn mức là 0 mỗi ngày).
pb-same-operator = cùng nhà vận hành
pb-country-unknown = không rõ quốc gia
pb-relay-meta = { $country } · nhà vận hành { $operator } · { $addr }
pb-relay-meta-ours = { $country } · nhà vận hành { $operator } (của máy chủ này) · { $addr }
pb-same-operator-note = Do cùng nhà vận hành với { $others } chạy ({ $count } relay): không bao giờ được dùng cùng nhau khi còn relay của nhà vận hành khác.
pb-no-relays = Máy chủ này không liệt kê relay nào.
pb-two-operators = Một đường đi có thể dùng hai relay của các nhà vận hành khác nhau.
pb-one-operator = Chỉ một nhà vận hành chạy các relay này, nên cả hai chặng của một đường đi đều thuộc về họ: việc tách chỉ là danh nghĩa.
pb-no-path = Chưa thể tạo đường đi nào: { $reason }.
pb-signed-new = Được ký bởi { $operator } bằng khóa { $key }; chữ ký hợp lệ. Thiết bị này giờ ghi nhớ khóa đó và từ chối danh bạ được ký bằng khóa khác. Có hiệu lực đến { $date }.
pb-signed-known = Được ký bởi { $operator } bằng khóa { $key }; chữ ký hợp lệ. Đây là khóa mà thiết bị này đã ghi nhớ, và nó từ chối danh bạ được ký bằng khóa khác. Có hiệu lực đến { $date }.

## Cuộc gọi

declined = { $names } đã từ chối.
join-call = Tham gia cuộc gọi
accept = Chấp nhận
accept-call = Chấp nhận cuộc gọi
accept-video-call = Chấp nhận cuộc gọi video
decline = Từ chối
is-calling = { $caller } đang gọi
ringing-voice = Cuộc gọi thoại · { $conversation }
ringing-video = Cuộc gọi video · { $conversation }
already-in-call = Bạn đang trong một cuộc gọi.
calling = Đang gọi…
call-failed = Không thể bắt đầu cuộc gọi: { $error }
connecting = Đang kết nối…
your-camera = Camera của bạn
mute = Tắt tiếng
unmute = Bật tiếng
camera-off = Tắt camera
camera-on = Bật camera
switch-camera = Đổi camera
one-camera = Thiết bị này chỉ có một camera.
hang-up = Gác máy
call-controls = Điều khiển cuộc gọi
tile-name = { $username } · thiết bị { $device }
tile-leaf = leaf { $leaf }
reconnecting = Đang kết nối lại…
connection-failed = Kết nối thất bại
ended = Đã kết thúc
in-call = { $count ->
   *[other] { $state } · { $count } người trong cuộc gọi
}

## Tệp và tin nhắn thoại

file-too-large = Tệp lớn hơn mức máy chủ chấp nhận.
file-too-large-max = Tệp lớn hơn mức máy chủ chấp nhận (tối đa { $max }).
file-over-quota = Dung lượng lưu trữ của bạn trên máy chủ đã đầy. Tệp sẽ hết hạn sau một thời gian; hãy thử lại sau.
file-too-many = Quá nhiều lượt tải lên cùng lúc. Hãy thử lại sau giây lát.
file-grant = Quyền tải lên đã hết hạn. Hãy thử lại.
file-not-found = Tệp không còn trên máy chủ (tệp hết hạn sau một thời gian).
file-hash-mismatch = Tệp tải lên bị hỏng trên đường truyền. Hãy thử lại.
file-unavailable = Kho tệp của máy chủ hiện không khả dụng. Hãy thử lại sau.
file-busy = Máy chủ đang bận xử lý tệp này. Hãy thử lại sau giây lát.
file-cut = Kết nối bị ngắt trong lúc tải lên. Hãy thử lại.
file-no-resume = Không thể tiếp tục tải lên.
file-kept-other = Máy chủ đã giữ một phần khác của tệp.
upload-refused = Tải lên thất bại: { $reason }
download-refused = Tải xuống thất bại: { $reason }
file-corrupted = Tệp này đã bị thay đổi hoặc hỏng trên đường truyền; nó không được hiển thị.
open-image = Mở ảnh { $name }
open = Mở
preview-of = Xem trước { $name }
image-unreadable = Không thể hiển thị ảnh này ở đây; trình duyệt này không đọc được định dạng của nó.
play-voice-note = Phát tin nhắn thoại { $name }
recording-unplayable = Không thể phát bản ghi âm này trong trình duyệt này.
download = Tải xuống
download-name = Tải xuống { $name }
save-again = Lưu lại
close = Đóng
play-name = Phát { $name }
pause-name = Tạm dừng { $name }
position = Vị trí

## Thông báo

notifications = Thông báo
hide-contents = Ẩn nội dung trong thông báo
push-blocked = Thông báo đã bị chặn cho trang này: hãy cho phép trong cài đặt trang web của trình duyệt.
push-not-allowed = Thông báo không được cho phép.
push-no-server = Máy chủ này không gửi thông báo đẩy.
push-no-service = Dịch vụ đẩy của trình duyệt này không phản hồi (không có mạng, hoặc trình duyệt không có dịch vụ này).
push-unsupported = Trình duyệt này không thể hiển thị thông báo đẩy (trên iPhone và iPad: hãy thêm Conclave vào màn hình chính trước).
push-on-hidden = Bật: thông báo chỉ ghi "Tin nhắn mới".
push-on = Bật: thông báo hiển thị ai đã viết và nội dung gì, được đọc trên thiết bị này.
push-off = Tắt. Thông báo đẩy từ máy chủ chỉ ghi "có gì đó mới"; thiết bị này giải mã phần còn lại.
new-message = Tin nhắn mới

## Cuộc gọi trong lịch sử, ô cuộc gọi, trạng thái lời mời

call-held-audio = Cuộc gọi, { $duration }, { $people ->
   *[other] { $people } người
}
call-held-video = Cuộc gọi video, { $duration }, { $people ->
   *[other] { $people } người
}
call-missed-audio = Cuộc gọi nhỡ từ { $from }
call-missed-video = Cuộc gọi video nhỡ từ { $from }
call-missed-declined-audio = Cuộc gọi nhỡ từ { $from } (đã từ chối)
call-missed-declined-video = Cuộc gọi video nhỡ từ { $from } (đã từ chối)
call-not-answered-audio = Cuộc gọi không được trả lời
call-not-answered-video = Cuộc gọi video không được trả lời
call-declined-by-audio = { $names } đã từ chối cuộc gọi
call-declined-by-video = { $names } đã từ chối cuộc gọi video
call-ringing-audio = { $caller } đang gọi (cuộc gọi)
call-ringing-video = { $caller } đang gọi (cuộc gọi video)
call-in-progress-audio = Cuộc gọi đang diễn ra, { $count ->
   *[other] { $count } người
} tham gia ({ $names })
call-in-progress-video = Cuộc gọi video đang diễn ra, { $count ->
   *[other] { $count } người
} tham gia ({ $names })
duration-seconds = { $n } giây
duration-minutes = { $n } phút
duration-hours = { $h } giờ { $min } phút
tile-waiting-keys = đang chờ khóa
tile-cant-decrypt = không giải mã được ({ $reason })
tile-key-mismatch = khóa của họ không khớp với khóa của thiết bị này: khác epoch MLS hoặc không phải thành viên
invite-open = còn hiệu lực
invite-used = đã dùng
invite-expired = đã hết hạn
invite-revoked = đã thu hồi

## Typing indicators
typing-one = { $name } đang soạn tin…
typing-two = { $first } và { $second } đang soạn tin…
typing-several = Nhiều người đang soạn tin…
typing-title = Chỉ báo đang soạn tin
typing-setting = Hiện khi người khác đang soạn tin, và cho họ thấy khi tôi soạn
typing-hint = Khi tắt, thiết bị này không gửi và không hiện chỉ báo. Chỉ báo chỉ đến các thành viên đang trực tuyến; máy chủ không lưu lại gì.

## History from another device
toast-history-imported = Lịch sử từ thiết bị { $device } của bạn đã đến (mục: { $count }; cuộc trò chuyện: { $conversations }).
history-note = Lịch sử ở trên đến từ thiết bị { $device } của bạn (gửi lúc { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Cuộc gọi đến
push-ring-body = Mở Conclave để trả lời
push-title-group = { $sender } trong { $conversation }

# Conclave: Vietnamese (Tiếng Việt).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = đã kết nối
status-reconnecting = đang kết nối lại… ({ $reason })
status-paused = tạm dừng: một lệnh conclave khác đang dùng thiết bị này
pane-conversations = Cuộc trò chuyện
pane-unread = { $count ->
   *[other] { $count } chưa đọc
}
pane-message = Tin nhắn
pane-none = Không có cuộc trò chuyện
compose-hint = Tab hoặc Enter để viết
empty-conversations = Chưa có cuộc trò chuyện. Bắt đầu từ dòng lệnh: conclave send USER TEXT
empty-messages = Chưa có tin nhắn. Gõ bên dưới rồi nhấn Enter.
keys-short = Tab chuyển · Enter gửi · ^L sổ quỹ · ^E mục · ^U thành viên · ? trợ giúp · q thoát
keys-long = Tab chuyển · Enter gửi · Alt+Enter xuống dòng · ^L sổ quỹ · ^E thêm mục · ^U thành viên · ? trợ giúp · q thoát
help-title = Trợ giúp (Esc)
help-focus = chuyển giữa cuộc trò chuyện, tin nhắn và dòng viết
help-choose = chọn cuộc trò chuyện; cuộn tin nhắn
help-scroll = cuộn tin nhắn
help-enter = gửi (ở dòng viết); viết (chỗ khác)
help-newline = xuống dòng trong tin nhắn
help-ledger = sổ quỹ của cuộc trò chuyện: số dư, thanh toán
help-add-entry = thêm một mục
help-members = thành viên, thiết bị và mã an toàn của họ
help-esc = đóng bảng; rời dòng viết
help-vim = phím kiểu vim (với --vim)
help-help = trợ giúp này
help-quit = thoát
ledger-title = Sổ quỹ (Esc)
ledger-balances = Số dư
ledger-none = chưa có mục nào (Ctrl+E để thêm)
ledger-settle = Thanh toán
ledger-even = mọi người đã hòa
ledger-entries = Các mục
members-title = Thành viên (Esc)
members-device = thiết bị { $id }
members-you = bạn
form-title = Thêm một mục
form-kind = loại
form-amount = số tiền
form-currency = tiền tệ
form-from = từ
form-split = chia
form-to = cho
form-memo = ghi chú
form-hint = loại: payment|debt · chia: to|equal (cho: một thành viên, hoặc a,b,c)
form-keys = Tab ô tiếp · Enter thêm · Esc hủy
notice-sent = đã gửi, tin nhắn { $seq }
notice-entry-added = đã thêm mục, tin nhắn { $seq }
notice-reconnected = đã kết nối lại

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } đang soạn tin…
typing-two = { $first } và { $second } đang soạn tin…
typing-several = Nhiều người đang soạn tin…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = không thể khởi động: { $error }
cli-unexpected-response = phản hồi không mong đợi { $response }
cli-invalid-option = { $option } không hợp lệ
cli-invalid-option-value = { $option } không hợp lệ { $value }
cli-invalid-duration = thời lượng không hợp lệ { $value } (vd. 24h, 7d)
cli-not-invite-link = đây không phải liên kết mời (liên kết thiết bị dùng cho `conclave device join`)
cli-not-device-link = đây không phải liên kết thiết bị (tạo bằng `conclave device link` trên thiết bị hiện có của bạn)
cli-joined = đã tham gia { $server } với tên { $user } (thiết bị { $device }); tài khoản có hiệu lực đến { $expires }
cli-linked = đã liên kết với { $server } với tên { $user } (thiết bị { $device }); tài khoản có hiệu lực đến { $expires }
cli-malformed-renewal-code = mã gia hạn sai định dạng
cli-renewed = đã gia hạn: tài khoản { $user } có hiệu lực đến { $expires }
cli-display-name-none = chưa có tên hiển thị: người khác thấy { $user }
cli-whoami-account = tài khoản
cli-whoami-device = thiết bị
cli-whoami-server = máy chủ
cli-whoami-expires = hết hạn
cli-whoami-invites = lời mời
cli-whoami-admin = (quản trị)
cli-whoami-invites-left = còn { $count }
cli-whoami-no-quota = không giới hạn
cli-invite-in-browser = trong trình duyệt: { $link }
cli-invite-created = lời mời { $id } cho { $count ->
   *[other] { $count } tài khoản
}, có hiệu lực đến { $expires }
cli-no-invitations = không có lời mời
cli-invite-open = còn mở
cli-invite-used = đã dùng
cli-invite-expired = hết hạn
cli-invite-revoked = đã thu hồi
cli-invite-row = còn { $left }/{ $total }  hết hạn { $expires }
cli-invite-give = hãy đưa id lời mời (từ `conclave invite list`), mã hoặc liên kết
cli-revoked = đã thu hồi
cli-no-group = không có nhóm { $name }; `conclave group list` hiển thị các nhóm của bạn
cli-no-conversation-with = không có cuộc trò chuyện với { $name }; `conclave send { $name } TEXT` sẽ bắt đầu một cuộc
cli-sent = đã gửi tới { $conversation } thành tin nhắn { $seq }
cli-warn-call-ignored = cảnh báo: đã bỏ qua tín hiệu cuộc gọi { $seq } từ { $sender } trong { $conversation }: { $reason }
cli-history-note = (lịch sử ở trên đến từ thiết bị { $device } của bạn, gửi lúc { $at })
cli-warn-receipt-not-sent = cảnh báo: chưa gửi xác nhận đã đọc: { $error }
cli-warn-delivery-unusable = cảnh báo: không dùng được lần giao { $seq }: { $reason }
cli-history-imported = lịch sử từ thiết bị { $device } của bạn (gửi lúc { $at }): { $entries ->
   *[other] { $entries } mục
} trong { $count ->
   *[other] { $count } cuộc trò chuyện
}
cli-warn-history-later = cảnh báo: lịch sử từ thiết bị { $device } của bạn chưa đến ({ $reason }); lệnh tiếp theo sẽ thử lại
cli-warn-history-unusable = cảnh báo: không dùng được lịch sử từ thiết bị { $device } của bạn: { $reason }
cli-warn-history-fetch = cảnh báo: không tải được lịch sử mà thiết bị khác của bạn đã gửi: { $error }
cli-listen-handover = một lệnh conclave khác đang dùng thiết bị này; đang chờ…
cli-listening-again = đang lắng nghe lại
cli-connection-lost = mất kết nối ({ $error }); đang kết nối lại…
cli-group-created = đã tạo #{ $name } ({ $devices ->
   *[other] { $devices } thiết bị
}, kỷ nguyên { $epoch })
cli-group-added = đã thêm { $users } vào #{ $name }
cli-already-members = đã là thành viên
cli-group-removed = đã xóa { $users } khỏi #{ $name }
cli-group-left = đã rời #{ $name }
cli-no-conversations = không có cuộc trò chuyện
cli-kind-group = nhóm
cli-kind-direct = trực tiếp
cli-kind-unnamed = chưa đặt tên
cli-devices = { $devices ->
   *[other] { $devices } thiết bị
}
cli-group-info = { $name }  kỷ nguyên { $epoch }
cli-device = thiết bị { $id }
cli-device-link-waiting = đang chờ thiết bị mới tham gia (chạy `conclave --home NEWDIR device join LINK`)…
cli-link-expired = liên kết đã hết hạn trước khi có thiết bị tham gia
cli-device-joined = thiết bị { $id } đã tham gia; đã thêm vào { $added } trên { $total ->
   *[other] { $total } cuộc trò chuyện
}
cli-history-sent = đã gửi cho nó lịch sử của { $count ->
   *[other] { $count } cuộc trò chuyện
} ({ $entries ->
   *[other] { $entries } mục
}, { $kib } KiB, mã hóa đầu cuối)
cli-history-none = không có lịch sử cũ để gửi
cli-warn-history-not-sent = cảnh báo: chưa gửi lịch sử tới thiết bị mới: { $error }
cli-device-added = thêm lúc { $at }
cli-device-added-this = thêm lúc { $at } (thiết bị này)
cli-device-removed = đã xóa thiết bị { $id }
cli-safety-changed = !!! CẢNH BÁO: khóa của { $user } đã THAY ĐỔI kể từ khi bạn xác minh !!!
cli-safety-changed-compare = !!! Có thiết bị mới được thêm hoặc một khóa đã bị thay. Hãy so sánh lại mã an toàn. !!!
cli-verified = { $user } đã được xác minh
cli-not-verified = { $user } chưa được xác minh
cli-safety-number = mã an toàn với { $user }:
cli-marked-verified = đã đánh dấu { $user } là đã xác minh; bạn sẽ được cảnh báo nếu khóa của họ thay đổi
cli-replied = đã trả lời trong { $conversation } thành tin nhắn { $seq }
cli-reacted = đã bày tỏ cảm xúc trong { $conversation } thành tin nhắn { $seq }
cli-reaction-taken-back = đã rút lại cảm xúc trong { $conversation } thành tin nhắn { $seq }
cli-edited = đã sửa trong { $conversation } thành tin nhắn { $seq }
cli-deleted = đã xóa với mọi người trong { $conversation } thành tin nhắn { $seq }
cli-forwarded = đã chuyển tiếp trong { $conversation } thành tin nhắn { $seq }
cli-timer-set = đã đặt hẹn giờ trong { $conversation } thành tin nhắn { $seq }
cli-timer-invalid = `{ $value }`: { $error }; hãy dùng off, 30s, 5m, 1h, 1d hoặc 1w
cli-receipts-say-on-or-off = `{ $value }`: hãy dùng `on` hoặc `off`
cli-receipts-on = xác nhận đã đọc bật: thiết bị này cho người khác biết bạn đã đọc gì và hiển thị họ đã đọc gì
cli-receipts-off = xác nhận đã đọc tắt: thiết bị này không gửi và không hiển thị của ai
cli-not-a-file = { $path } không phải tệp
cli-uploading = đang tải lên
cli-downloading = đang tải xuống
cli-file-sent = đã gửi { $file } ({ $size }) tới { $conversation } thành tin nhắn { $seq }
cli-message-not-available = tin nhắn { $message } không khả dụng
cli-message-deleted = tin nhắn { $message } đã bị xóa
cli-message-not-a-file = tin nhắn { $message } trong { $conversation } không phải tệp
cli-no-conversations-yet = chưa có cuộc trò chuyện
cli-files-in-several = { $message } chỉ tới tệp trong nhiều cuộc trò chuyện: hãy dùng `conclave download CONVERSATION { $message }`
cli-too-many-files = có quá nhiều tệp cùng tên ở đây; hãy chỉ nơi lưu bằng --output
cli-file-gone = máy chủ không còn tệp này: nó giữ tệp cho đến khi mọi thiết bị trong cuộc trò chuyện đã tải về, hoặc tối đa { $days ->
   *[other] { $days } ngày
}
cli-file-saved = đã lưu { $file } ({ $size }) từ { $conversation } [{ $seq }] thành { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE không phải UTF-8 hợp lệ
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE trống
cli-prompt-passphrase = Cụm mật khẩu
cli-prompt-again = Nhập lại
cli-reading-passphrase = đọc cụm mật khẩu
cli-passphrase-empty = cụm mật khẩu trống không bảo vệ được gì
cli-passphrases-differ = hai cụm mật khẩu khác nhau
cli-home-taken = { $dir } đã chứa một thiết bị Conclave; hãy dùng --home khác (hoặc CONCLAVE_HOME) cho thiết bị mới
cli-cannot-create = không thể tạo { $path }
cli-cannot-remove = không thể xóa { $path }
cli-cannot-write = không thể ghi { $path }
cli-cannot-open = không thể mở { $path }
cli-cannot-listen = không thể lắng nghe trên { $address }
cli-no-device = không có thiết bị Conclave trong { $dir } — hãy chạy `conclave join LINK --name NAME` trước
cli-malformed-file = { $path } sai định dạng
cli-device-key-missing = thiếu khóa thiết bị trong trạng thái
cli-device-key-malformed = khóa thiết bị sai định dạng
cli-fingerprint-malformed = device.json có vân tay sai định dạng
cli-lock-waiter-stopped = việc chờ khóa đã dừng
cli-lock-wait-cancelled = việc chờ khóa thiết bị đã bị hủy
cli-lock-waiting = đang chờ một tiến trình conclave khác (pid { $pid }) đang dùng thiết bị này…
cli-lock-busy = một tiến trình conclave khác (pid { $pid }) đang dùng trạng thái thiết bị trong { $dir } và không chuyển giao trong { $seconds } giây; hãy dừng nó hoặc chờ nó xong
cli-ledger-no-conversation = không có cuộc trò chuyện "{ $name }": hãy đưa '#nhóm' hoặc tên người dùng của cuộc trò chuyện 1:1
cli-ledger-unreadable = cảnh báo: { $count ->
   *[other] { $count } mục sổ quỹ được ghi bởi Conclave mới hơn và không đọc được ở đây; số dư bỏ qua chúng cho đến khi bạn cập nhật
}
cli-ledger-handed-over = ghi chú: thiết bị này tham gia ở tin nhắn { $seq }; các mục trước đó là như thiết bị { $device } của { $user } đã bàn giao
cli-ledger-discrepancy = CẢNH BÁO: thiết bị { $device } của { $user } đã giao cho người mới một sổ quỹ khác với của thiết bị này (tin nhắn { $seq }): { $detail }
cli-ledger-to-or-split = hãy đưa --to hoặc --split
cli-ledger-stored-without-content = tin nhắn đã được lưu mà không có nội dung
cli-ledger-missing-after-send = mục không có trong sổ quỹ sau khi gửi
cli-ledger-refused = mục đã đến cuộc trò chuyện thành tin nhắn { $seq } nhưng mọi thiết bị đều từ chối: { $error }
cli-ledger-recorded = đã ghi { $id } trong { $conversation }: { $description }
cli-ledger-empty = { $conversation }: chưa có mục sổ quỹ
cli-ledger-title = sổ quỹ của { $conversation }
cli-ledger-reversed-tag = [đã đảo]
cli-ledger-recorded-by = ghi bởi { $user } (thiết bị { $device }) lúc { $at }, tin nhắn { $seq }
cli-ledger-ref = tham chiếu { $reference }
cli-ledger-reversed-by = đảo bởi { $user } ({ $id })
cli-ledger-reversed = đã đảo ({ $id })
cli-ledger-balances-title = số dư của { $conversation }
cli-ledger-is-owed = được nợ
cli-ledger-owes = nợ
cli-ledger-settled = đã xong
cli-ledger-all-settled = mọi người đã xong
cli-ledger-to-settle-up = để thanh toán:
cli-ledger-pays = { $from } trả { $to } { $amount }
cli-writing = đang ghi { $path }
cli-writing-export = đang ghi bản xuất
cli-ledger-exported = đã xuất { $count ->
   *[other] { $count } bản ghi sổ quỹ
} ra { $path }
cli-not-a-call-id = { $value } không phải id cuộc gọi (32 ký tự thập lục phân)
cli-no-call-running = không có cuộc gọi nào trong { $conversation }
cli-call-started = đã bắt đầu cuộc gọi { $call } trong { $conversation }
cli-call-joined = đã tham gia cuộc gọi { $call } trong { $conversation }
cli-call-left = đã rời cuộc gọi { $call } trong { $conversation }
cli-call-declined = đã từ chối cuộc gọi { $call } trong { $conversation }
cli-call-ended = đã kết thúc cuộc gọi { $call } trong { $conversation }
cli-call-not-in = thiết bị này không ở trong cuộc gọi { $call }
cli-call-not-ringing = cuộc gọi { $call } không đổ chuông cho bạn (nó đổ chuông 45 giây, cho đến khi bạn trả lời hoặc từ chối)
cli-call-token = mã thông báo cho cuộc gọi { $call }, hiệu lực đến { $expires }
cli-proxy-loopback-only = proxy phục vụ không xác thực, nên chỉ lắng nghe trên loopback (nhận { $address })
cli-proxy-no-directory = không tải được danh bạ trạm chuyển tiếp: { $error }
cli-proxy-no-server = thiết bị này không biết máy chủ nào
cli-proxy-circuit = mạch { $circuit }: vào { $entry } → ra { $exit } trong { $ms } ms
cli-proxy-same-operator = cảnh báo: một nhà vận hành chạy cả hai trạm chuyển tiếp, nên việc chia hai chặng ở đây chỉ là danh nghĩa
cli-proxy-circuit-failed = mạch thất bại: { $error }
cli-proxy-stream-refused = kết nối bị từ chối: { $reason }
cli-proxy-listening = Duyệt web riêng tư trên socks5://{ $address } và http://{ $address } (CONNECT). Hãy trỏ trình duyệt vào đó, vd.
cli-proxy-two-relays = Hai trạm chuyển tiếp mang mỗi kết nối: trạm vào thấy địa chỉ của bạn, trạm ra thấy trang web; không trạm nào thấy cả hai. Không được bảo vệ: hai trạm thông đồng, hoặc người quan sát thời gian ở cả hai đầu.
cli-proxy-first-circuit-failed = mạch đầu tiên thất bại (thử lại ở kết nối đầu tiên): { $error }
cli-proxy-status = { $circuits ->
   *[other] { $circuits } mạch
}, { $streams ->
   *[other] { $streams } luồng
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = đã dừng: đã dựng { $circuits ->
   *[other] { $circuits } mạch
}, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = máy chủ không đọc được những gì chương trình này gửi; hãy cập nhật Conclave
server-error-unsupported-version = máy chủ dùng một phiên bản khác của giao thức Conclave; hãy cập nhật Conclave
server-error-frame-too-large = những gì chương trình này gửi quá lớn đối với máy chủ
server-error-not-authenticated = máy chủ đã kết thúc phiên trước khi thiết bị này đăng nhập; hãy thử lại
server-error-already-authenticated = thiết bị này đã đăng nhập hai lần trong một phiên; hãy thử lại
server-error-auth-failed = máy chủ không chấp nhận thiết bị này: nó đã bị gỡ khỏi tài khoản, hoặc khóa của nó không khớp
server-error-invite-unknown = lời mời này không tồn tại; hãy kiểm tra liên kết
server-error-invite-used = lời mời này đã được dùng; hãy xin một lời mời mới
server-error-invite-expired = lời mời này đã hết hạn; hãy xin một lời mời mới
server-error-invite-revoked = lời mời này đã bị thu hồi; hãy xin một lời mời mới
server-error-username-taken = tên người dùng này đã có người dùng; hãy chọn tên khác
server-error-username-invalid = máy chủ không chấp nhận tên người dùng này
server-error-device-key-taken = khóa của thiết bị này đã được đăng ký
server-error-account-disabled = tài khoản của bạn đã bị người vận hành máy chủ vô hiệu hóa
server-error-account-expired = tài khoản { $user } đã hết hạn vào { $date }; hãy xin quản trị viên một mã gia hạn
server-error-account-expired-plain = tài khoản của bạn đã hết hạn; hãy xin quản trị viên một mã gia hạn
server-error-renewal-unknown = mã gia hạn này không tồn tại
server-error-renewal-used = mã gia hạn này đã được dùng
server-error-renewal-expired = mã gia hạn này đã hết hạn; hãy xin quản trị viên một mã mới
server-error-forbidden = máy chủ không cho phép việc này
server-error-not-found = máy chủ không biết thứ được yêu cầu
server-error-no-account = không có tài khoản nào tên { $name }
server-error-invalid-argument = máy chủ từ chối yêu cầu vì không hợp lệ
server-error-quota-exceeded = đã hết hạn mức lời mời: bạn đã cấp { $used } trên { $quota } lượt mời, còn lại { $left }
server-error-quota-exceeded-plain = hạn mức lời mời của bạn đã dùng hết
server-error-queue-full = hàng đợi của một thiết bị nhận đã đầy; nó phải trực tuyến và bắt kịp
server-error-rate-limited = quá nhiều yêu cầu; hãy thử lại sau { $seconds } giây
server-error-rate-limited-plain = quá nhiều yêu cầu; hãy thử lại sau giây lát
server-error-too-many-connections = máy chủ đã đạt giới hạn kết nối; hãy thử lại sau
server-error-limit-exceeded = việc này vượt quá một giới hạn của máy chủ
server-error-stale-epoch = cuộc trò chuyện đã thay đổi cùng lúc; hãy thử lại
server-error-not-member = thiết bị này không phải thành viên của cuộc trò chuyện đó
server-error-no-key-package = một thiết bị cần thêm không có gói khóa nào trên máy chủ; nó phải trực tuyến trước
server-error-device-link-invalid = liên kết thiết bị này không rõ, đã dùng hoặc đã hết hạn; hãy tạo liên kết mới trên một thiết bị của tài khoản
server-error-shutting-down = máy chủ đang tắt; hãy thử lại sau giây lát
server-error-internal = máy chủ gặp lỗi nội bộ; hãy thử lại sau
server-error-unavailable = máy chủ không cung cấp việc này
server-error-fell-behind = một thiết bị đã bị tụt lại trong cuộc trò chuyện này và đang chờ một thành viên thêm lại
server-error-relay-tokens-used-up = hạn mức duyệt web riêng tư hôm nay đã hết; nó được làm mới lúc 00:00 UTC
server-error-relay-tokens-unavailable = máy chủ này không cung cấp duyệt web riêng tư
server-error-call-tokens-unavailable = máy chủ này không cung cấp cuộc gọi
server-error-unknown-code = máy chủ đã từ chối (lỗi { $code })
server-error-unsupported = máy chủ không biết yêu cầu này: nó chạy một phiên bản Conclave cũ hơn
cli-server-account-expired = tài khoản { $user } đã hết hạn vào { $date }; hãy xin quản trị viên một mã gia hạn rồi chạy `conclave renew CODE`
cli-server-account-expired-plain = tài khoản của bạn đã hết hạn; hãy xin quản trị viên một mã gia hạn rồi chạy `conclave renew CODE`
cli-client-connect = không kết nối được tới { $address }: { $reason }
cli-client-pin-mismatch = chứng chỉ TLS của máy chủ không khớp với dấu vân tay đã ghim (mong đợi { $expected }, nhận được { $got }); đây có thể là một cuộc tấn công, hoặc chứng chỉ của máy chủ đã thay đổi
cli-client-timeout = hết thời gian chờ máy chủ
cli-client-closed = kết nối đã đóng
cli-client-closed-because = kết nối đã đóng: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (trả lời) { $text }
preview-reaction = (bày tỏ cảm xúc) { $emoji }
preview-edit = (đã sửa) { $text }
preview-deleted = (đã xóa một tin nhắn)
preview-receipt = (đã đọc đến { $seq })
preview-conversation-started = (đã bắt đầu cuộc trò chuyện)
preview-group = (nhóm #{ $name })
preview-file = (tệp) { $name } ({ $size ->
   *[other] { $size } byte
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (đã chuyển tiếp) { $text }
preview-timer-off = (tin nhắn tự hủy đã tắt)
preview-timer = (tin nhắn tự hủy: { $time })
preview-display-name-cleared = (đã xóa tên hiển thị)
preview-display-name = (tên hiển thị: { $name })
preview-call-started-audio = (cuộc gọi) đã bắt đầu cuộc gọi thoại { $call }
preview-call-started-video = (cuộc gọi) đã bắt đầu cuộc gọi video { $call }
preview-call-ringing = (cuộc gọi) đang đổ chuông cho { $call }
preview-call-answered = (cuộc gọi) đã trả lời { $call }
preview-call-declined = (cuộc gọi) đã từ chối { $call }
preview-call-joined = (cuộc gọi) đã tham gia { $call }
preview-call-left = (cuộc gọi) đã rời { $call }
preview-call-ended = (cuộc gọi) đã kết thúc { $call }
preview-call-unreadable = (tín hiệu cuộc gọi không đọc được: { $reason })
preview-ledger = (sổ quỹ) { $entry }
preview-ledger-handover = (sổ quỹ) đã chuyển giao { $count ->
   *[other] { $count } mục trước đó
} cho các thiết bị mới tham gia (phần { $part } trên { $parts })
preview-ledger-unreadable = (mục sổ quỹ không đọc được: { $reason })
ledger-payment-to = { $from } đã trả { $names } { $money }
ledger-payment-equal = { $from } đã trả { $money } cho { $names } (chia đều)
ledger-payment-exact = { $from } đã trả { $money } cho { $names } (chia { $shares })
ledger-payment-weights = { $from } đã trả { $money } cho { $names } (chia theo trọng số { $weights })
ledger-debt-to = { $names } nợ { $from } { $money }
ledger-debt-equal = { $names } nợ { $from } { $money } (chia đều)
ledger-debt-exact = { $names } nợ { $from } { $money } (chia { $shares })
ledger-debt-weights = { $names } nợ { $from } { $money } (chia theo trọng số { $weights })
ledger-reversed-entry = đã đảo mục { $id }
ledger-with-memo = { $entry }: { $memo }
ledger-refused = bị từ chối: { $entry } ({ $error })
ledger-refused-plain = bị từ chối: { $error }
ledger-unreadable = không đọc được: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = đã tham gia
history-unreadable = tin nhắn không đọc được ({ $reason })
history-fell-behind = thiết bị này bị tụt lại ở đây và đã bỏ lỡ tin nhắn; nó sẽ được thêm lại khi một thành viên gửi tin tiếp theo
history-fell-behind-long = Thiết bị này bị tụt lại ở đây (hàng đợi của nó trên máy chủ đã đầy) và đã bỏ lỡ tin nhắn từ thời điểm này; nó sẽ được thêm lại khi một thành viên gửi tin tiếp theo.
history-added = đã thêm { $names }
history-removed = đã xóa { $names }
history-added-removed = đã thêm { $added }; đã xóa { $removed }
history-keys-updated = đã cập nhật khóa
history-deleted = (đã xóa)
preview-photo = Ảnh: { $name }
preview-voice-note = Tin nhắn thoại: { $name }
preview-file-named = Tệp: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = hẹn giờ tin nhắn tự hủy phải tắt hoặc từ { $min } giây đến 4 tuần ({ $max } giây); { $secs } giây không hợp lệ
refused-one-to-one-self = cuộc trò chuyện 1:1 cần một tài khoản khác
refused-group-exists = bạn đã có một nhóm tên #{ $name }
refused-remove-self = để rời cuộc trò chuyện, hãy dùng `leave`
refused-not-members = không ai trong số họ là thành viên
refused-no-key-packages = chưa thiết bị nào cần thêm công bố gói khóa
refused-busy = nhóm đang quá bận; hãy thử lại
refused-not-in-conversation = bạn không ở trong cuộc trò chuyện này
refused-fell-behind = thiết bị này bị tụt lại trong cuộc trò chuyện này (hàng đợi của nó trên máy chủ đã đầy); nó sẽ được thêm lại khi một thành viên khác gửi tin tiếp theo
refused-server-too-old-for-timer = tin nhắn trong cuộc trò chuyện này tự hủy, và máy chủ quá cũ để cho chúng hết hạn trong hàng đợi (phiên bản giao thức 1): hãy nâng cấp máy chủ hoặc tắt hẹn giờ
refused-call-running = một cuộc gọi ({ $call }, do { $caller } bắt đầu) đang diễn ra trong cuộc trò chuyện này: hãy tham gia
refused-display-name-too-long = tên hiển thị có tối đa { $max } ký tự (đã nhập { $given })
refused-display-name-invisible = tên hiển thị không được chứa ký tự điều khiển, ghi đè hướng hoặc ký tự vô hình ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = lỗi: { $message }
cli-usage-invalid-value = giá trị { $value } không hợp lệ cho { $arg }
cli-usage-value-required = { $arg } cần một giá trị nhưng không có giá trị nào được cung cấp
cli-usage-invalid-value-because = giá trị { $value } không hợp lệ cho { $arg }: { $reason }
cli-usage-possible-values = các giá trị có thể dùng: { $values }
cli-usage-unknown-argument = tìm thấy đối số không mong đợi { $arg }
cli-usage-unknown-subcommand = không nhận ra lệnh con { $command }
cli-usage-missing-arguments = thiếu các đối số bắt buộc sau: { $args }
cli-usage-missing-subcommand = { $command } cần một lệnh con nhưng không có lệnh con nào được cung cấp
cli-usage-subcommands = các lệnh con: { $values }
cli-usage-too-many-values = tìm thấy giá trị không mong đợi { $value } cho { $arg }; không cần thêm giá trị nào nữa
cli-usage-conflict = không thể dùng đối số { $arg } cùng với { $other }
cli-usage-used-twice = không thể dùng đối số { $arg } nhiều lần
cli-usage-similar-subcommand = mẹo: có một lệnh con tương tự: { $names }
cli-usage-similar-argument = mẹo: có một đối số tương tự: { $names }
cli-usage-similar-value = mẹo: có một giá trị tương tự: { $names }
cli-usage-more = Để biết thêm thông tin, hãy thử { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = mã an toàn { $number }
members-safety-number-verified = mã an toàn { $number } (đã xác minh)
members-no-safety-number = không có mã an toàn: { $error }
notice-not-sent = chưa gửi được: { $error }
notice-ledger-failed = sổ quỹ: { $error }
notice-members-failed = thành viên: { $error }
notice-error = lỗi: { $error }

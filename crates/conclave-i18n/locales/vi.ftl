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

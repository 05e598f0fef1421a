# Conclave: Thai (ไทย).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = เชื่อมต่อแล้ว
status-reconnecting = กำลังเชื่อมต่อใหม่… ({ $reason })
status-paused = หยุดชั่วคราว: คำสั่ง conclave อื่นกำลังใช้อุปกรณ์นี้
pane-conversations = บทสนทนา
pane-unread = { $count ->
   *[other] ยังไม่อ่าน { $count }
}
pane-message = ข้อความ
pane-none = ไม่มีบทสนทนา
compose-hint = กด Tab หรือ Enter เพื่อเขียน
empty-conversations = ยังไม่มีบทสนทนา เริ่มจากบรรทัดคำสั่ง: conclave send USER TEXT
empty-messages = ยังไม่มีข้อความ พิมพ์ด้านล่างแล้วกด Enter
keys-short = Tab โฟกัส · Enter ส่ง · ^L บัญชี · ^E รายการ · ^U สมาชิก · ? วิธีใช้ · q ออก
keys-long = Tab โฟกัส · Enter ส่ง · Alt+Enter ขึ้นบรรทัดใหม่ · ^L บัญชี · ^E เพิ่มรายการ · ^U สมาชิก · ? วิธีใช้ · q ออก
help-title = วิธีใช้ (Esc)
help-focus = สลับระหว่างบทสนทนา ข้อความ และบรรทัดเขียน
help-choose = เลือกบทสนทนา เลื่อนข้อความ
help-scroll = เลื่อนข้อความ
help-enter = ส่ง (ในบรรทัดเขียน) เขียน (ที่อื่น)
help-newline = ขึ้นบรรทัดใหม่ในข้อความ
help-ledger = บัญชีร่วมของบทสนทนา: ยอดคงเหลือ การเคลียร์
help-add-entry = เพิ่มรายการ
help-members = สมาชิก อุปกรณ์ และหมายเลขความปลอดภัย
help-esc = ปิดแผง ออกจากบรรทัดเขียน
help-vim = ปุ่มแบบ vim (ใช้ --vim)
help-help = วิธีใช้นี้
help-quit = ออก
ledger-title = บัญชี (Esc)
ledger-balances = ยอดคงเหลือ
ledger-none = ยังไม่มีรายการ (Ctrl+E เพื่อเพิ่ม)
ledger-settle = เคลียร์ยอด
ledger-even = ทุกคนเท่ากันแล้ว
ledger-entries = รายการ
members-title = สมาชิก (Esc)
members-device = อุปกรณ์ { $id }
members-you = คุณ
form-title = เพิ่มรายการ
form-kind = ประเภท
form-amount = จำนวนเงิน
form-currency = สกุลเงิน
form-from = จาก
form-split = การแบ่ง
form-to = ถึง
form-memo = บันทึก
form-hint = ประเภท: payment|debt · การแบ่ง: to|equal (ถึง: สมาชิกหนึ่งคน หรือ a,b,c)
form-keys = Tab ช่องถัดไป · Enter เพิ่ม · Esc ยกเลิก
notice-sent = ส่งเป็นข้อความที่ { $seq }
notice-entry-added = เพิ่มรายการเป็นข้อความที่ { $seq }
notice-reconnected = เชื่อมต่อใหม่แล้ว

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } กำลังพิมพ์…
typing-two = { $first } และ { $second } กำลังพิมพ์…
typing-several = หลายคนกำลังพิมพ์…

## Calls in the history
call-held-audio = การโทร { $duration } { $people ->
   *[other] { $people } คน
}
call-held-video = วิดีโอคอล { $duration } { $people ->
   *[other] { $people } คน
}
call-missed-audio = สายที่ไม่ได้รับจาก { $from }
call-missed-video = วิดีโอคอลที่ไม่ได้รับจาก { $from }
call-missed-declined-audio = สายที่ไม่ได้รับจาก { $from } (ปฏิเสธแล้ว)
call-missed-declined-video = วิดีโอคอลที่ไม่ได้รับจาก { $from } (ปฏิเสธแล้ว)
call-not-answered-audio = ไม่มีผู้รับสาย
call-not-answered-video = ไม่มีผู้รับวิดีโอคอล
call-declined-by-audio = { $names } ปฏิเสธสาย
call-declined-by-video = { $names } ปฏิเสธวิดีโอคอล
call-ringing-audio = { $caller } กำลังโทรมา (การโทร)
call-ringing-video = { $caller } กำลังโทรมา (วิดีโอคอล)
call-in-progress-audio = กำลังโทรอยู่ { $count ->
   *[other] { $count } คน
} ในสาย ({ $names })
call-in-progress-video = วิดีโอคอลกำลังดำเนินอยู่ { $count ->
   *[other] { $count } คน
} ในสาย ({ $names })
duration-seconds = { $n } วินาที
duration-minutes = { $n } นาที
duration-hours = { $h } ชม. { $min } นาที

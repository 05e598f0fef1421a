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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = เริ่มทำงานไม่ได้: { $error }
cli-unexpected-response = การตอบกลับที่ไม่คาดคิด { $response }
cli-invalid-option = { $option } ไม่ถูกต้อง
cli-invalid-option-value = { $option } ไม่ถูกต้อง { $value }
cli-invalid-duration = ระยะเวลาไม่ถูกต้อง { $value } (เช่น 24h, 7d)
cli-not-invite-link = นี่ไม่ใช่ลิงก์เชิญ (ลิงก์อุปกรณ์ใช้กับ `conclave device join`)
cli-not-device-link = นี่ไม่ใช่ลิงก์อุปกรณ์ (สร้างด้วย `conclave device link` บนอุปกรณ์เดิมของคุณ)
cli-joined = เข้าร่วม { $server } ในชื่อ { $user } แล้ว (อุปกรณ์ { $device }); บัญชีใช้ได้ถึง { $expires }
cli-linked = เชื่อมกับ { $server } ในชื่อ { $user } แล้ว (อุปกรณ์ { $device }); บัญชีใช้ได้ถึง { $expires }
cli-malformed-renewal-code = รหัสต่ออายุผิดรูปแบบ
cli-renewed = ต่ออายุแล้ว: บัญชี { $user } ใช้ได้ถึง { $expires }
cli-display-name-none = ไม่มีชื่อที่แสดง: คนอื่นเห็น { $user }
cli-whoami-account = บัญชี
cli-whoami-device = อุปกรณ์
cli-whoami-server = เซิร์ฟเวอร์
cli-whoami-expires = หมดอายุ
cli-whoami-invites = คำเชิญ
cli-whoami-admin = (ผู้ดูแล)
cli-whoami-invites-left = เหลือ { $count }
cli-whoami-no-quota = ไม่มีโควตา
cli-invite-in-browser = ในเบราว์เซอร์: { $link }
cli-invite-created = คำเชิญ { $id } สำหรับ { $count ->
   *[other] { $count } บัญชี
} ใช้ได้ถึง { $expires }
cli-no-invitations = ไม่มีคำเชิญ
cli-invite-open = เปิดอยู่
cli-invite-used = ใช้แล้ว
cli-invite-expired = หมดอายุ
cli-invite-revoked = เพิกถอนแล้ว
cli-invite-row = เหลือ { $left }/{ $total }  หมดอายุ { $expires }
cli-invite-give = ระบุรหัสคำเชิญ (จาก `conclave invite list`) โค้ด หรือลิงก์
cli-revoked = เพิกถอนแล้ว
cli-no-group = ไม่มีกลุ่ม { $name }; `conclave group list` แสดงกลุ่มของคุณ
cli-no-conversation-with = ไม่มีการสนทนากับ { $name }; `conclave send { $name } TEXT` เริ่มการสนทนาใหม่
cli-sent = ส่งถึง { $conversation } เป็นข้อความ { $seq } แล้ว
cli-warn-call-ignored = คำเตือน: ละเว้นสัญญาณการโทร { $seq } จาก { $sender } ใน { $conversation }: { $reason }
cli-history-note = (ประวัติด้านบนมาจากอุปกรณ์ { $device } ของคุณ ส่งเมื่อ { $at })
cli-warn-receipt-not-sent = คำเตือน: ไม่ได้ส่งการแจ้งอ่าน: { $error }
cli-warn-delivery-unusable = คำเตือน: ใช้การส่ง { $seq } ไม่ได้: { $reason }
cli-history-imported = ประวัติจากอุปกรณ์ { $device } ของคุณ (ส่งเมื่อ { $at }): { $entries ->
   *[other] { $entries } รายการ
} ใน { $count ->
   *[other] { $count } การสนทนา
}
cli-warn-history-later = คำเตือน: ประวัติจากอุปกรณ์ { $device } ของคุณยังมาไม่ถึง ({ $reason }); คำสั่งถัดไปจะลองใหม่
cli-warn-history-unusable = คำเตือน: ใช้ประวัติจากอุปกรณ์ { $device } ของคุณไม่ได้: { $reason }
cli-warn-history-fetch = คำเตือน: ดึงประวัติที่อุปกรณ์อื่นของคุณส่งมาไม่ได้: { $error }
cli-listen-handover = คำสั่ง conclave อื่นกำลังใช้อุปกรณ์นี้; กำลังรอ…
cli-listening-again = กลับมารอฟังอีกครั้ง
cli-connection-lost = การเชื่อมต่อขาด ({ $error }); กำลังเชื่อมต่อใหม่…
cli-group-created = สร้าง #{ $name } แล้ว ({ $devices ->
   *[other] { $devices } อุปกรณ์
}, epoch { $epoch })
cli-group-added = เพิ่ม { $users } เข้า #{ $name } แล้ว
cli-already-members = เป็นสมาชิกอยู่แล้ว
cli-group-removed = นำ { $users } ออกจาก #{ $name } แล้ว
cli-group-left = ออกจาก #{ $name } แล้ว
cli-no-conversations = ไม่มีการสนทนา
cli-kind-group = กลุ่ม
cli-kind-direct = ส่วนตัว
cli-kind-unnamed = ไม่มีชื่อ
cli-devices = { $devices ->
   *[other] { $devices } อุปกรณ์
}
cli-group-info = { $name }  epoch { $epoch }
cli-device = อุปกรณ์ { $id }
cli-device-link-waiting = กำลังรออุปกรณ์ใหม่เข้าร่วม (รัน `conclave --home NEWDIR device join LINK`)…
cli-link-expired = ลิงก์หมดอายุก่อนที่อุปกรณ์จะเข้าร่วม
cli-device-joined = อุปกรณ์ { $id } เข้าร่วมแล้ว; เพิ่มใน { $added } จาก { $total ->
   *[other] { $total } การสนทนา
}
cli-history-sent = ส่งประวัติของ { $count ->
   *[other] { $count } การสนทนา
} ให้แล้ว ({ $entries ->
   *[other] { $entries } รายการ
}, { $kib } KiB, เข้ารหัสตลอดเส้นทาง)
cli-history-none = ไม่มีประวัติก่อนหน้าให้ส่ง
cli-warn-history-not-sent = คำเตือน: ไม่ได้ส่งประวัติให้อุปกรณ์ใหม่: { $error }
cli-device-added = เพิ่มเมื่อ { $at }
cli-device-added-this = เพิ่มเมื่อ { $at } (อุปกรณ์นี้)
cli-device-removed = นำอุปกรณ์ { $id } ออกแล้ว
cli-safety-changed = !!! คำเตือน: กุญแจของ { $user } เปลี่ยนไปแล้วตั้งแต่คุณยืนยัน !!!
cli-safety-changed-compare = !!! มีการเพิ่มอุปกรณ์ใหม่หรือเปลี่ยนกุญแจ โปรดเทียบหมายเลขความปลอดภัยอีกครั้ง !!!
cli-verified = { $user } ได้รับการยืนยันแล้ว
cli-not-verified = { $user } ยังไม่ได้รับการยืนยัน
cli-safety-number = หมายเลขความปลอดภัยกับ { $user }:
cli-marked-verified = ทำเครื่องหมาย { $user } ว่ายืนยันแล้ว; คุณจะได้รับคำเตือนหากกุญแจของเขาเปลี่ยน
cli-replied = ตอบกลับใน { $conversation } เป็นข้อความ { $seq } แล้ว
cli-reacted = แสดงความรู้สึกใน { $conversation } เป็นข้อความ { $seq } แล้ว
cli-reaction-taken-back = ถอนความรู้สึกใน { $conversation } เป็นข้อความ { $seq } แล้ว
cli-edited = แก้ไขใน { $conversation } เป็นข้อความ { $seq } แล้ว
cli-deleted = ลบสำหรับทุกคนใน { $conversation } เป็นข้อความ { $seq } แล้ว
cli-forwarded = ส่งต่อใน { $conversation } เป็นข้อความ { $seq } แล้ว
cli-timer-set = ตั้งตัวจับเวลาใน { $conversation } เป็นข้อความ { $seq } แล้ว
cli-timer-invalid = `{ $value }`: { $error }; ใช้ off, 30s, 5m, 1h, 1d หรือ 1w
cli-receipts-say-on-or-off = `{ $value }`: ใช้ `on` หรือ `off`
cli-receipts-on = การแจ้งอ่านเปิด: อุปกรณ์นี้บอกคนอื่นว่าคุณอ่านอะไร และแสดงว่าพวกเขาอ่านอะไร
cli-receipts-off = การแจ้งอ่านปิด: อุปกรณ์นี้ไม่ส่งและไม่แสดงของใคร
cli-not-a-file = { $path } ไม่ใช่ไฟล์
cli-uploading = กำลังอัปโหลด
cli-downloading = กำลังดาวน์โหลด
cli-file-sent = ส่ง { $file } ({ $size }) ถึง { $conversation } เป็นข้อความ { $seq } แล้ว
cli-message-not-available = ข้อความ { $message } ไม่พร้อมใช้งาน
cli-message-deleted = ข้อความ { $message } ถูกลบแล้ว
cli-message-not-a-file = ข้อความ { $message } ใน { $conversation } ไม่ใช่ไฟล์
cli-no-conversations-yet = ยังไม่มีการสนทนา
cli-files-in-several = { $message } ชี้ไปยังไฟล์ในหลายการสนทนา: ใช้ `conclave download CONVERSATION { $message }`
cli-too-many-files = มีไฟล์ชื่อนี้มากเกินไป; ระบุที่เก็บด้วย --output
cli-file-gone = เซิร์ฟเวอร์ไม่มีไฟล์นี้แล้ว: จะเก็บไฟล์ไว้จนทุกอุปกรณ์ในการสนทนาดึงไป หรือนานสุด { $days ->
   *[other] { $days } วัน
}
cli-file-saved = บันทึก { $file } ({ $size }) จาก { $conversation } [{ $seq }] เป็น { $path } แล้ว
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE ไม่ใช่ UTF-8 ที่ถูกต้อง
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE ว่างเปล่า
cli-prompt-passphrase = วลีรหัสผ่าน
cli-prompt-again = อีกครั้ง
cli-reading-passphrase = การอ่านวลีรหัสผ่าน
cli-passphrase-empty = วลีรหัสผ่านว่างเปล่าไม่ปกป้องอะไรเลย
cli-passphrases-differ = วลีรหัสผ่านไม่ตรงกัน
cli-home-taken = { $dir } มีอุปกรณ์ Conclave อยู่แล้ว; ใช้ --home อื่น (หรือ CONCLAVE_HOME) สำหรับอุปกรณ์ใหม่
cli-cannot-create = สร้าง { $path } ไม่ได้
cli-cannot-remove = ลบ { $path } ไม่ได้
cli-cannot-write = เขียน { $path } ไม่ได้
cli-cannot-open = เปิด { $path } ไม่ได้
cli-cannot-listen = รอฟังที่ { $address } ไม่ได้
cli-no-device = ไม่มีอุปกรณ์ Conclave ใน { $dir } — รัน `conclave join LINK --name NAME` ก่อน
cli-malformed-file = { $path } ผิดรูปแบบ
cli-device-key-missing = ไม่มีกุญแจอุปกรณ์ในสถานะ
cli-device-key-malformed = กุญแจอุปกรณ์ผิดรูปแบบ
cli-fingerprint-malformed = device.json มีลายนิ้วมือผิดรูปแบบ
cli-lock-waiter-stopped = การรอล็อกหยุดลง
cli-lock-wait-cancelled = การรอล็อกของอุปกรณ์ถูกยกเลิก
cli-lock-waiting = กำลังรอกระบวนการ conclave อื่น (pid { $pid }) ที่ใช้อุปกรณ์นี้…
cli-lock-busy = กระบวนการ conclave อื่น (pid { $pid }) กำลังใช้สถานะของอุปกรณ์นี้ใน { $dir } และไม่ส่งต่อภายใน { $seconds } วินาที; หยุดมันหรือรอจนเสร็จ
cli-ledger-no-conversation = ไม่มีการสนทนา "{ $name }": ระบุ '#กลุ่ม' หรือชื่อผู้ใช้ของการสนทนา 1:1
cli-ledger-unreadable = คำเตือน: รายการบัญชี { $count ->
   *[other] { $count } รายการ
} ถูกเขียนโดย Conclave รุ่นใหม่กว่าและอ่านที่นี่ไม่ได้; ยอดคงเหลือจะไม่นับจนกว่าคุณจะอัปเดต
cli-ledger-handed-over = หมายเหตุ: อุปกรณ์นี้เข้าร่วมที่ข้อความ { $seq }; รายการก่อนหน้าเป็นไปตามที่อุปกรณ์ { $device } ของ { $user } ส่งมอบ
cli-ledger-discrepancy = คำเตือน: อุปกรณ์ { $device } ของ { $user } ส่งบัญชีที่ต่างจากของอุปกรณ์นี้ให้ผู้มาใหม่ (ข้อความ { $seq }): { $detail }
cli-ledger-to-or-split = ระบุ --to หรือ --split อย่างใดอย่างหนึ่ง
cli-ledger-stored-without-content = ข้อความถูกเก็บโดยไม่มีเนื้อหา
cli-ledger-missing-after-send = ไม่พบรายการในบัญชีหลังจากส่ง
cli-ledger-refused = รายการถึงการสนทนาเป็นข้อความ { $seq } แต่ทุกอุปกรณ์ปฏิเสธ: { $error }
cli-ledger-recorded = บันทึก { $id } ใน { $conversation } แล้ว: { $description }
cli-ledger-empty = { $conversation }: ยังไม่มีรายการบัญชี
cli-ledger-title = บัญชีของ { $conversation }
cli-ledger-reversed-tag = [กลับรายการแล้ว]
cli-ledger-recorded-by = บันทึกโดย { $user } (อุปกรณ์ { $device }) เมื่อ { $at }, ข้อความ { $seq }
cli-ledger-ref = อ้างอิง { $reference }
cli-ledger-reversed-by = กลับรายการโดย { $user } ({ $id })
cli-ledger-reversed = กลับรายการแล้ว ({ $id })
cli-ledger-balances-title = ยอดคงเหลือของ { $conversation }
cli-ledger-is-owed = มีคนติดค้าง
cli-ledger-owes = ติดค้าง
cli-ledger-settled = เคลียร์แล้ว
cli-ledger-all-settled = ทุกคนเคลียร์แล้ว
cli-ledger-to-settle-up = เพื่อเคลียร์ยอด:
cli-ledger-pays = { $from } จ่าย { $to } { $amount }
cli-writing = กำลังเขียน { $path }
cli-writing-export = กำลังเขียนไฟล์ส่งออก
cli-ledger-exported = ส่งออกรายการบัญชี { $count ->
   *[other] { $count } รายการ
} ไปยัง { $path } แล้ว
cli-not-a-call-id = { $value } ไม่ใช่รหัสการโทร (อักขระฐานสิบหก 32 ตัว)
cli-no-call-running = ไม่มีการโทรที่กำลังดำเนินอยู่ใน { $conversation }
cli-call-started = เริ่มการโทร { $call } ใน { $conversation } แล้ว
cli-call-joined = เข้าร่วมการโทร { $call } ใน { $conversation } แล้ว
cli-call-left = ออกจากการโทร { $call } ใน { $conversation } แล้ว
cli-call-declined = ปฏิเสธการโทร { $call } ใน { $conversation } แล้ว
cli-call-ended = วางสายการโทร { $call } ใน { $conversation } แล้ว
cli-call-not-in = อุปกรณ์นี้ไม่ได้อยู่ในการโทร { $call }
cli-call-not-ringing = การโทร { $call } ไม่ได้ดังสำหรับคุณ (ดัง 45 วินาที จนกว่าคุณจะรับหรือปฏิเสธ)
cli-call-token = โทเค็นการโทรสำหรับการโทร { $call } ใช้ได้ถึง { $expires }
cli-proxy-loopback-only = พร็อกซีให้บริการโดยไม่ยืนยันตัวตน จึงรอฟังเฉพาะ loopback (ได้รับ { $address })
cli-proxy-no-directory = ดึงรายชื่อรีเลย์ไม่ได้: { $error }
cli-proxy-no-server = อุปกรณ์นี้ไม่รู้จักเซิร์ฟเวอร์ใด
cli-proxy-circuit = วงจร { $circuit }: ทางเข้า { $entry } → ทางออก { $exit } ใน { $ms } ms
cli-proxy-same-operator = คำเตือน: ผู้ให้บริการรายเดียวรันรีเลย์ทั้งสอง การแยกสองช่วงที่นี่จึงเป็นเพียงในนาม
cli-proxy-circuit-failed = วงจรล้มเหลว: { $error }
cli-proxy-stream-refused = การเชื่อมต่อถูกปฏิเสธ: { $reason }
cli-proxy-listening = ท่องเว็บแบบส่วนตัวที่ socks5://{ $address } และ http://{ $address } (CONNECT) ชี้เบราว์เซอร์มาที่นี่ เช่น
cli-proxy-two-relays = รีเลย์สองตัวส่งต่อทุกการเชื่อมต่อ: ทางเข้าเห็นที่อยู่ของคุณ ทางออกเห็นเว็บไซต์ ไม่มีตัวใดเห็นทั้งสองอย่าง ไม่ได้ป้องกัน: รีเลย์ทั้งสองสมรู้ร่วมคิด หรือผู้สังเกตจังหวะเวลาที่ปลายทั้งสองด้าน
cli-proxy-first-circuit-failed = วงจรแรกล้มเหลว (จะลองใหม่ในการเชื่อมต่อแรก): { $error }
cli-proxy-status = { $circuits ->
   *[other] { $circuits } วงจร
}, { $streams ->
   *[other] { $streams } สตรีม
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = หยุดแล้ว: สร้าง { $circuits ->
   *[other] { $circuits } วงจร
}, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = เซิร์ฟเวอร์อ่านสิ่งที่โปรแกรมนี้ส่งไปไม่ได้ โปรดอัปเดต Conclave
server-error-unsupported-version = เซิร์ฟเวอร์ใช้โพรโทคอลของ Conclave คนละรุ่น โปรดอัปเดต Conclave
server-error-frame-too-large = สิ่งที่โปรแกรมนี้ส่งไปใหญ่เกินไปสำหรับเซิร์ฟเวอร์
server-error-not-authenticated = เซิร์ฟเวอร์ปิดเซสชันก่อนที่อุปกรณ์นี้จะลงชื่อเข้าใช้ โปรดลองอีกครั้ง
server-error-already-authenticated = อุปกรณ์นี้ลงชื่อเข้าใช้สองครั้งในเซสชันเดียว โปรดลองอีกครั้ง
server-error-auth-failed = เซิร์ฟเวอร์ไม่รับอุปกรณ์นี้: อุปกรณ์ถูกนำออกจากบัญชี หรือกุญแจไม่ตรงกัน
server-error-invite-unknown = ไม่มีคำเชิญนี้ โปรดตรวจสอบลิงก์
server-error-invite-used = คำเชิญนี้ถูกใช้ไปแล้ว โปรดขอคำเชิญใหม่
server-error-invite-expired = คำเชิญนี้หมดอายุแล้ว โปรดขอคำเชิญใหม่
server-error-invite-revoked = คำเชิญนี้ถูกเพิกถอนแล้ว โปรดขอคำเชิญใหม่
server-error-username-taken = ชื่อผู้ใช้นี้มีผู้ใช้แล้ว โปรดเลือกชื่ออื่น
server-error-username-invalid = เซิร์ฟเวอร์ไม่รับชื่อผู้ใช้นี้
server-error-device-key-taken = กุญแจของอุปกรณ์นี้ลงทะเบียนไว้แล้ว
server-error-account-disabled = ผู้ดูแลเซิร์ฟเวอร์ปิดใช้งานบัญชีของคุณ
server-error-account-expired = บัญชี { $user } หมดอายุเมื่อ { $date } โปรดขอรหัสต่ออายุจากผู้ดูแล
server-error-account-expired-plain = บัญชีของคุณหมดอายุแล้ว โปรดขอรหัสต่ออายุจากผู้ดูแล
server-error-renewal-unknown = ไม่มีรหัสต่ออายุนี้
server-error-renewal-used = รหัสต่ออายุนี้ถูกใช้ไปแล้ว
server-error-renewal-expired = รหัสต่ออายุนี้หมดอายุแล้ว โปรดขอรหัสใหม่จากผู้ดูแล
server-error-forbidden = เซิร์ฟเวอร์ไม่อนุญาตสิ่งนี้
server-error-not-found = เซิร์ฟเวอร์ไม่รู้จักสิ่งที่ขอ
server-error-no-account = ไม่มีบัญชีชื่อ { $name }
server-error-invalid-argument = เซิร์ฟเวอร์ปฏิเสธคำขอเพราะไม่ถูกต้อง
server-error-quota-exceeded = โควตาคำเชิญเต็มแล้ว: คุณให้สิทธิ์เชิญไป { $used } จาก { $quota } ครั้ง เหลือ { $left }
server-error-quota-exceeded-plain = โควตาคำเชิญของคุณหมดแล้ว
server-error-queue-full = คิวของอุปกรณ์ผู้รับเต็ม อุปกรณ์นั้นต้องออนไลน์และรับข้อมูลที่ค้างให้ทัน
server-error-rate-limited = คำขอมากเกินไป โปรดลองอีกครั้งใน { $seconds } วินาที
server-error-rate-limited-plain = คำขอมากเกินไป โปรดลองอีกครั้งในอีกสักครู่
server-error-too-many-connections = เซิร์ฟเวอร์รับการเชื่อมต่อเต็มขีดจำกัดแล้ว โปรดลองภายหลัง
server-error-limit-exceeded = สิ่งนี้เกินขีดจำกัดของเซิร์ฟเวอร์
server-error-stale-epoch = บทสนทนาเปลี่ยนไปในเวลาเดียวกัน โปรดลองอีกครั้ง
server-error-not-member = อุปกรณ์นี้ไม่ใช่สมาชิกของบทสนทนานั้น
server-error-no-key-package = อุปกรณ์ที่จะเพิ่มไม่มีแพ็กเกจกุญแจบนเซิร์ฟเวอร์ ต้องออนไลน์ก่อน
server-error-device-link-invalid = ลิงก์อุปกรณ์นี้ไม่รู้จัก ถูกใช้แล้ว หรือหมดอายุ โปรดสร้างใหม่บนอุปกรณ์ของบัญชี
server-error-shutting-down = เซิร์ฟเวอร์กำลังปิดตัว โปรดลองอีกครั้งในอีกสักครู่
server-error-internal = เซิร์ฟเวอร์เกิดข้อผิดพลาดภายใน โปรดลองภายหลัง
server-error-unavailable = เซิร์ฟเวอร์ไม่มีบริการนี้
server-error-fell-behind = อุปกรณ์หนึ่งตามไม่ทันในบทสนทนานี้และรอให้สมาชิกเพิ่มกลับเข้ามา
server-error-relay-tokens-used-up = โควตาการท่องเว็บแบบส่วนตัวของวันนี้หมดแล้ว จะต่ออายุเมื่อ 00:00 UTC
server-error-relay-tokens-unavailable = เซิร์ฟเวอร์นี้ไม่มีการท่องเว็บแบบส่วนตัว
server-error-call-tokens-unavailable = เซิร์ฟเวอร์นี้ไม่มีบริการโทร
server-error-unknown-code = เซิร์ฟเวอร์ปฏิเสธ (ข้อผิดพลาด { $code })
server-error-unsupported = เซิร์ฟเวอร์ไม่รู้จักคำขอนี้ เพราะใช้ Conclave รุ่นเก่ากว่า
cli-server-account-expired = บัญชี { $user } หมดอายุเมื่อ { $date } โปรดขอรหัสต่ออายุจากผู้ดูแลแล้วรัน `conclave renew CODE`
cli-server-account-expired-plain = บัญชีของคุณหมดอายุแล้ว โปรดขอรหัสต่ออายุจากผู้ดูแลแล้วรัน `conclave renew CODE`
cli-client-connect = เชื่อมต่อกับ { $address } ไม่ได้: { $reason }
cli-client-pin-mismatch = ใบรับรอง TLS ของเซิร์ฟเวอร์ไม่ตรงกับลายนิ้วมือที่ปักหมุดไว้ (ควรเป็น { $expected } แต่ได้ { $got }) อาจเป็นการโจมตี หรือใบรับรองของเซิร์ฟเวอร์เปลี่ยนไป
cli-client-timeout = หมดเวลารอเซิร์ฟเวอร์
cli-client-closed = การเชื่อมต่อถูกปิด
cli-client-closed-because = การเชื่อมต่อถูกปิด: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (ตอบกลับ) { $text }
preview-reaction = (แสดงความรู้สึก) { $emoji }
preview-edit = (แก้ไข) { $text }
preview-deleted = (ลบข้อความ)
preview-receipt = (อ่านถึง { $seq })
preview-conversation-started = (เริ่มการสนทนาแล้ว)
preview-group = (กลุ่ม #{ $name })
preview-file = (ไฟล์) { $name } ({ $size ->
   *[other] { $size } ไบต์
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (ส่งต่อ) { $text }
preview-timer-off = (ปิดข้อความที่หายไปเอง)
preview-timer = (ข้อความที่หายไปเอง: { $time })
preview-display-name-cleared = (ล้างชื่อที่แสดงแล้ว)
preview-display-name = (ชื่อที่แสดง: { $name })
preview-call-started-audio = (การโทร) เริ่มการโทรด้วยเสียง { $call }
preview-call-started-video = (การโทร) เริ่มวิดีโอคอล { $call }
preview-call-ringing = (การโทร) กำลังเรียกสาย { $call }
preview-call-answered = (การโทร) รับสาย { $call }
preview-call-declined = (การโทร) ปฏิเสธ { $call }
preview-call-joined = (การโทร) เข้าร่วม { $call }
preview-call-left = (การโทร) ออกจาก { $call }
preview-call-ended = (การโทร) วางสาย { $call }
preview-call-unreadable = (สัญญาณการโทรที่อ่านไม่ได้: { $reason })
preview-ledger = (บัญชี) { $entry }
preview-ledger-handover = (บัญชี) ส่งมอบรายการก่อนหน้า { $count ->
   *[other] { $count } รายการ
} ให้อุปกรณ์ที่เข้าร่วม (ส่วนที่ { $part } จาก { $parts })
preview-ledger-unreadable = (รายการบัญชีที่อ่านไม่ได้: { $reason })
ledger-payment-to = { $from } จ่าย { $money } ให้ { $names }
ledger-payment-equal = { $from } จ่าย { $money } แทน { $names } (แบ่งเท่ากัน)
ledger-payment-exact = { $from } จ่าย { $money } แทน { $names } (แบ่ง { $shares })
ledger-payment-weights = { $from } จ่าย { $money } แทน { $names } (แบ่งตามน้ำหนัก { $weights })
ledger-debt-to = { $names } ติดค้าง { $from } { $money }
ledger-debt-equal = { $names } ติดค้าง { $from } { $money } (แบ่งเท่ากัน)
ledger-debt-exact = { $names } ติดค้าง { $from } { $money } (แบ่ง { $shares })
ledger-debt-weights = { $names } ติดค้าง { $from } { $money } (แบ่งตามน้ำหนัก { $weights })
ledger-reversed-entry = กลับรายการ { $id } แล้ว
ledger-with-memo = { $entry }: { $memo }
ledger-refused = ถูกปฏิเสธ: { $entry } ({ $error })
ledger-refused-plain = ถูกปฏิเสธ: { $error }
ledger-unreadable = อ่านไม่ได้: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = เข้าร่วมแล้ว
history-unreadable = ข้อความที่อ่านไม่ได้ ({ $reason })
history-fell-behind = อุปกรณ์นี้ตามไม่ทันตรงนี้และพลาดข้อความไป จะถูกเพิ่มกลับเข้าไปเมื่อสมาชิกส่งข้อความครั้งถัดไป
history-fell-behind-long = อุปกรณ์นี้ตามไม่ทันตรงนี้ (คิวของอุปกรณ์บนเซิร์ฟเวอร์เต็ม) และพลาดข้อความตั้งแต่จุดนี้ไป จะถูกเพิ่มกลับเข้าไปเมื่อสมาชิกส่งข้อความครั้งถัดไป
history-added = เพิ่ม { $names } แล้ว
history-removed = นำ { $names } ออกแล้ว
history-added-removed = เพิ่ม { $added } แล้ว; นำ { $removed } ออกแล้ว
history-keys-updated = อัปเดตกุญแจแล้ว
history-deleted = (ถูกลบแล้ว)
preview-photo = รูปภาพ: { $name }
preview-voice-note = ข้อความเสียง: { $name }
preview-file-named = ไฟล์: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = ตัวจับเวลาข้อความที่หายไปเองต้องปิดหรืออยู่ระหว่าง { $min } วินาทีถึง 4 สัปดาห์ ({ $max } วินาที); { $secs } วินาทีใช้ไม่ได้
refused-one-to-one-self = การสนทนา 1:1 ต้องมีบัญชีอื่น
refused-group-exists = คุณมีกลุ่มชื่อ #{ $name } อยู่แล้ว
refused-remove-self = หากต้องการออกจากการสนทนา ให้ใช้ `leave`
refused-not-members = ไม่มีใครในนั้นเป็นสมาชิก
refused-no-key-packages = ยังไม่มีอุปกรณ์ที่จะเพิ่มเครื่องใดเผยแพร่แพ็กเกจกุญแจ
refused-busy = กลุ่มกำลังยุ่งเกินไป; โปรดลองอีกครั้ง
refused-not-in-conversation = คุณไม่ได้อยู่ในการสนทนานี้
refused-fell-behind = อุปกรณ์นี้ตามไม่ทันในการสนทนานี้ (คิวของอุปกรณ์บนเซิร์ฟเวอร์เต็ม); จะถูกเพิ่มกลับเข้าไปเมื่อสมาชิกคนอื่นส่งข้อความครั้งถัดไป
refused-server-too-old-for-timer = ข้อความในการสนทนานี้หายไปเอง และเซิร์ฟเวอร์เก่าเกินกว่าจะให้ข้อความหมดอายุในคิวได้ (โปรโตคอลรุ่น 1): อัปเกรดเซิร์ฟเวอร์ หรือปิดตัวจับเวลา
refused-call-running = มีการโทร ({ $call } เริ่มโดย { $caller }) กำลังดำเนินอยู่ในการสนทนานี้: เข้าร่วมการโทรนั้น
refused-display-name-too-long = ชื่อที่แสดงมีได้ไม่เกิน { $max } อักขระ (ระบุมา { $given })
refused-display-name-invisible = ชื่อที่แสดงต้องไม่มีอักขระควบคุม อักขระกำหนดทิศทางทับ หรืออักขระที่มองไม่เห็น ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = ข้อผิดพลาด: { $message }
cli-usage-invalid-value = ค่า { $value } ไม่ถูกต้องสำหรับ { $arg }
cli-usage-value-required = { $arg } ต้องมีค่า แต่ไม่ได้ระบุค่าไว้
cli-usage-invalid-value-because = ค่า { $value } ไม่ถูกต้องสำหรับ { $arg }: { $reason }
cli-usage-possible-values = ค่าที่เป็นไปได้: { $values }
cli-usage-unknown-argument = พบอาร์กิวเมนต์ที่ไม่คาดคิด { $arg }
cli-usage-unknown-subcommand = ไม่รู้จักคำสั่งย่อย { $command }
cli-usage-missing-arguments = ไม่ได้ระบุอาร์กิวเมนต์ที่จำเป็นต่อไปนี้: { $args }
cli-usage-missing-subcommand = { $command } ต้องมีคำสั่งย่อย แต่ไม่ได้ระบุไว้
cli-usage-subcommands = คำสั่งย่อย: { $values }
cli-usage-too-many-values = พบค่าที่ไม่คาดคิด { $value } สำหรับ { $arg }; ไม่ต้องการค่าเพิ่มอีก
cli-usage-conflict = ใช้อาร์กิวเมนต์ { $arg } ร่วมกับ { $other } ไม่ได้
cli-usage-used-twice = ใช้อาร์กิวเมนต์ { $arg } หลายครั้งไม่ได้
cli-usage-similar-subcommand = คำแนะนำ: มีคำสั่งย่อยที่คล้ายกัน: { $names }
cli-usage-similar-argument = คำแนะนำ: มีอาร์กิวเมนต์ที่คล้ายกัน: { $names }
cli-usage-similar-value = คำแนะนำ: มีค่าที่คล้ายกัน: { $names }
cli-usage-more = หากต้องการข้อมูลเพิ่มเติม ลองใช้ { $help }

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = หมายเลขความปลอดภัย { $number }
members-safety-number-verified = หมายเลขความปลอดภัย { $number } (ยืนยันแล้ว)
members-no-safety-number = ไม่มีหมายเลขความปลอดภัย: { $error }
notice-not-sent = ไม่ได้ส่ง: { $error }
notice-ledger-failed = บัญชี: { $error }
notice-members-failed = สมาชิก: { $error }
notice-error = ข้อผิดพลาด: { $error }

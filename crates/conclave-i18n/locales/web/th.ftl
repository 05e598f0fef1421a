# Conclave: Thai (ไทย), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## เริ่มต้น เข้าร่วม เชื่อมโยง ปลดล็อก

boot-loading = กำลังโหลด…
boot-failed = Conclave เริ่มทำงานไม่ได้: { $error }
boot-other-tab = Conclave เปิดอยู่แล้วในแท็บหรือหน้าต่างอื่นของเบราว์เซอร์นี้ ปิดหน้านั้นแล้วโหลดหน้านี้ใหม่
working = กำลังดำเนินการ…
wrong-passphrase = วลีรหัสผ่านไม่ถูกต้อง { $detail } ลองอีกครั้ง
tagline = การส่งข้อความที่เข้ารหัสตั้งแต่ต้นทางถึงปลายทาง เฉพาะผู้ได้รับเชิญ กุญแจของคุณถูกสร้างและเก็บไว้ในเบราว์เซอร์นี้
passphrase = วลีรหัสผ่าน
passphrase-hint = อย่างน้อย 8 ตัวอักษร ใช้เข้ารหัสกุญแจและประวัติของอุปกรณ์นี้ในเบราว์เซอร์นี้ และไม่ถูกส่งออกไปไหน หากลืม จะเปิดสำเนาในเบราว์เซอร์นี้ไม่ได้
passphrase-again = ป้อนวลีรหัสผ่านอีกครั้ง
passphrase-differ = วลีรหัสผ่านทั้งสองไม่ตรงกัน
join-title = เข้าร่วมด้วยคำเชิญ
join-link = ลิงก์คำเชิญ
join-link-hint = https://…/join#code=… หรือ conclave://…/join#code=…
username = ชื่อผู้ใช้
username-hint = 3 ถึง 32 ตัวอักษร: a–z, 0–9, “.”, “_”, “-”
device-name = ชื่อของอุปกรณ์นี้
join-button = เข้าร่วม
joining = กำลังเข้าร่วม…
link-title = เชื่อมโยงเบราว์เซอร์นี้กับบัญชีของคุณ
link-intro = บนอุปกรณ์ที่มีบัญชีของคุณ ให้รัน “conclave device link” แล้ววางลิงก์ที่แสดงออกมา จากนั้นอุปกรณ์นั้นจะเพิ่มเบราว์เซอร์นี้เข้าในบทสนทนาของคุณ
link-link = ลิงก์อุปกรณ์
link-link-hint = https://…/device#code=… หรือ conclave://…/device#code=…
link-button = เชื่อมโยงเบราว์เซอร์นี้
linking = กำลังเชื่อมโยง…
unlock-title = ปลดล็อก Conclave
unlock-holds = เบราว์เซอร์นี้เก็บอุปกรณ์ “{ $device }” ของ { $username }
unlock-button = ปลดล็อก
unlocking = กำลังปลดล็อก…
unlock-link-ignored = เบราว์เซอร์นี้มีอุปกรณ์ Conclave อยู่แล้ว ลิงก์ที่คุณเปิดจะไม่ถูกใช้ หากต้องการใช้ ให้ลบอุปกรณ์นี้ออกจากเบราว์เซอร์นี้ก่อน
unlock-forgot = ลืมวลีรหัสผ่านหรือ? สำเนาในเบราว์เซอร์นี้เปิดไม่ได้หากไม่มีวลีนั้น ลบออกที่นี่ แล้วเชื่อมโยงเบราว์เซอร์นี้ใหม่จากอุปกรณ์อื่นของคุณ
forget-button = ลบอุปกรณ์นี้ออกจากเบราว์เซอร์นี้
forget-confirm = ลบอุปกรณ์ของ { $username } ออกจากเบราว์เซอร์นี้หรือไม่? กุญแจและประวัติที่นี่จะถูกลบ บัญชีและอุปกรณ์อื่นของคุณยังอยู่

## หน้าหลัก

conversations = บทสนทนา
new-button = ใหม่
new-conversation = บทสนทนาใหม่
private-button = ส่วนตัว
private-browsing = การท่องเว็บแบบส่วนตัว
account-button = บัญชี
account = บัญชี
details = รายละเอียด
call-button = โทร
call-start = เริ่มการโทร
call-voice = โทรด้วยเสียง
video-button = วิดีโอ
video-start = เริ่มวิดีโอคอล
video-call = วิดีโอคอล
ledger = บัญชีร่วม
ledger-button-title = ค่าใช้จ่ายร่วมและยอดคงเหลือ
messages = ข้อความ
composer-placeholder = ข้อความ
send = ส่ง
sending = กำลังส่ง…
attach = แนบไฟล์
take-photo = ถ่ายรูป
voice-hold = กดค้างไว้เพื่ออัดข้อความเสียง
back-chats = ‹ แชต
back-to-conversations = กลับไปที่บทสนทนา
back = ‹ กลับ
close-panel = ปิดแผง
conversation-panels = แผงบทสนทนา
members = สมาชิก
choose-conversation = เลือกบทสนทนา หรือเริ่มบทสนทนาใหม่ด้วย “ใหม่”
call = การโทร

## สถานะและแบนเนอร์

status-online = { $username } · ออนไลน์
status-offline = { $username } · ออฟไลน์
status-expired = { $username } · หมดอายุ
status-replaced = { $username } · ถูกแทนที่
status-refused = { $username } · ถูกปฏิเสธ
status-connecting = { $username } · กำลังเชื่อมต่อ
banner-expired = บัญชีของคุณหมดอายุแล้ว ใช้รหัสต่ออายุในหน้า บัญชี เพื่อใช้งานต่อ
banner-replaced = Conclave ถูกเปิดสำหรับอุปกรณ์นี้ที่อื่น หน้านี้จึงหยุดทำงาน โหลดใหม่เพื่อใช้ที่นี่
banner-refused = เซิร์ฟเวอร์ปฏิเสธอุปกรณ์นี้: { $reason }
banner-offline = ออฟไลน์: แสดงสิ่งที่มีในเบราว์เซอร์นี้ { $reason }
banner-expires-soon = บัญชีของคุณจะหมดอายุในวันที่ { $date } ขอรหัสต่ออายุจากผู้ดูแล
conn-expired = บัญชีของคุณหมดอายุแล้ว: ต่ออายุได้ในหน้า บัญชี
conn-offline = ออฟไลน์: คุณอ่านได้ และจะส่งได้อีกครั้งเมื่อเชื่อมต่อใหม่
expiry-unknown = ไม่ทราบ (ออฟไลน์)
expiry-expired = { $date } (หมดอายุแล้ว)
expiry-days = { $days ->
   *[other] { $date } ({ $days } วัน)
}

## รายการบทสนทนาและข้อความ

you = คุณ
last-message = { $who }: { $text }
ledger-line = บัญชีร่วม: { $text }
group-created = สร้างกลุ่มแล้ว
no-messages-yet = ยังไม่มีข้อความ
no-conversations = ยังไม่มีบทสนทนา
not-on-device = บทสนทนานี้ไม่อยู่บนอุปกรณ์นี้
conversation = บทสนทนา
removed-banner = คุณถูกนำออกจากบทสนทนานี้ คุณจะไม่ได้รับข้อความของบทสนทนานี้อีก
membership-added = { $who } เพิ่ม { $names }
membership-removed = { $who } นำ { $names } ออก
membership-added-removed = { $who } เพิ่ม { $added } และนำ { $removed } ออก
membership-keys = { $who } อัปเดตกุญแจ
unreadable-message = ข้อความที่อ่านไม่ได้ ({ $reason })
handover-mine = อุปกรณ์ของคุณส่งต่อรายการก่อนหน้าของบัญชีร่วมให้อุปกรณ์ที่เข้าร่วมแล้ว
handover-theirs = อุปกรณ์ของ { $sender } ส่งต่อรายการก่อนหน้าของบัญชีร่วมให้อุปกรณ์ที่เข้าร่วมแล้ว
open-ledger-link = บัญชีร่วม ›
open-ledger = เปิดบัญชีร่วม
joined-here = คุณเข้าร่วมบทสนทนานี้บนอุปกรณ์นี้
empty-conversation = ยังไม่มีข้อความ ข้อความถูกเข้ารหัสตั้งแต่ต้นทางถึงปลายทาง
upload-sending = กำลังส่ง { $name }…
upload-failed = { $name }: { $error }
dismiss = ปิด
record-failed = อัดเสียงไม่ได้: { $error }
record-hold = กดปุ่มไมโครโฟนค้างไว้เพื่ออัดข้อความเสียง
toast-added-to-conversation = คุณถูกเพิ่มเข้าในบทสนทนา
toast-fell-behind = อุปกรณ์นี้ตามไม่ทันในบทสนทนาหนึ่ง และกำลังรอให้ถูกเพิ่มกลับเข้าไป
invites-admin = ไม่จำกัดโควตา (ผู้ดูแล)
invites-left = เหลือ { $count }

## สมาชิก

no-longer-member = คุณไม่ได้เป็นสมาชิกของบทสนทนานี้แล้ว
safety-number = หมายเลขความปลอดภัย
safety-number-with = หมายเลขความปลอดภัยกับ { $username }
remove = นำออก
remove-member = นำ { $username } ออก
remove-confirm = นำ { $username } ออกจาก { $conversation } หรือไม่? เขาจะอ่านข้อความหลังจากนี้ไม่ได้
removing = กำลังนำออก…
removed-toast = นำ { $username } ออกแล้ว
devices-line = { $count ->
   *[other] อุปกรณ์ { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = อุปกรณ์ ({ $id })
member-you = { $username } (คุณ)
members-summary = { $count ->
   *[other] สมาชิก { $count } คน · epoch { $epoch }
}
add = เพิ่ม
adding = กำลังเพิ่ม…
added-toast = เพิ่ม { $names } แล้ว
add-members = เพิ่มสมาชิก
add-members-hint = ชื่อผู้ใช้ คั่นด้วยจุลภาค อุปกรณ์ทั้งหมดของเขาจะเข้าร่วม
leave = ออกจากบทสนทนานี้
leave-confirm = ออกจาก { $conversation } บนอุปกรณ์ทั้งหมดของคุณหรือไม่?
leaving = กำลังออก…
epoch-authenticator = ตัวยืนยัน epoch (เหมือนกันบนอุปกรณ์ของสมาชิกทุกคน): { $code }
loading = กำลังโหลด…
safety-verified = ยืนยันแล้ว
safety-changed = กุญแจเปลี่ยนไปตั้งแต่คุณยืนยัน
safety-unverified = ยังไม่ยืนยัน
mark-verified = ทำเครื่องหมายว่ายืนยันแล้ว
saving = กำลังบันทึก…
verified-toast = ทำเครื่องหมาย { $username } ว่ายืนยันแล้ว
safety-with = หมายเลขความปลอดภัยกับ { $username } { $badge }
safety-hint = เปรียบเทียบกับหมายเลขของอีกฝ่ายต่อหน้าหรือผ่านช่องทางอื่น หากตรงกัน ให้ทำเครื่องหมายว่ายืนยันแล้ว การเปลี่ยนกุญแจของเขาในภายหลังจะแสดงให้เห็นอย่างชัดเจน

## บัญชีร่วม

ledger-paid-by = จ่ายโดย
ledger-paid-to = จ่ายให้ / เพื่อ
ledger-owed-to = ค้างจ่ายให้
ledger-owed-by = ค้างจ่ายโดย
split-to = ทั้งหมดให้สมาชิกคนเดียว
split-equal = แบ่งเท่ากัน
split-exact = แบ่งตามจำนวนเงิน
split-weights = แบ่งตามสัดส่วน
badge-reversed = ถูกกลับรายการ
badge-reversal = การกลับรายการ
badge-refused = ถูกปฏิเสธ
badge-unreadable = อ่านไม่ได้
device-id = อุปกรณ์ { $id }
device-id-named = อุปกรณ์ { $id } ({ $name })
entries = รายการ
entries-count = รายการ ({ $count })
export-csv = ดาวน์โหลด CSV
export-json = ดาวน์โหลด JSON
balances = ยอดคงเหลือ
export = ส่งออก
export-hint = CSV: หนึ่งแถวต่อสมาชิกหนึ่งคนต่อรายการ (รวมตามสมาชิกและสกุลเงินคือยอดคงเหลือ) JSON: ทุกระเบียน ยอดคงเหลือ และการเคลียร์ยอด
discrepancy-title = คำเตือน: บัญชีร่วมที่ส่งต่อให้อุปกรณ์ใหม่ไม่ตรงกับของคุณ
discrepancy = อุปกรณ์ { $device } ของ { $by } (ข้อความ { $seq }) ส่งบัญชีร่วมที่ไม่ตรงกับที่อุปกรณ์นี้มีให้ผู้มาใหม่: { $detail } ยอดคงเหลือของพวกเขาอาจต่างจากของคุณ ลองเปรียบเทียบกับ { $by }
ledger-unreadable = { $count ->
   *[other] มี { $count } รายการที่เขียนโดย Conclave รุ่นใหม่กว่าและอ่านที่นี่ไม่ได้ ยอดคงเหลือจะไม่นับรายการเหล่านั้นจนกว่าคุณจะอัปเดต
}
handed-over-mine = อุปกรณ์นี้เข้าร่วมที่ข้อความ { $seq }: รายการก่อนหน้านั้นเป็นไปตามที่อุปกรณ์ { $device } ของคุณส่งต่อมา
handed-over-theirs = อุปกรณ์นี้เข้าร่วมที่ข้อความ { $seq }: รายการก่อนหน้านั้นเป็นไปตามที่อุปกรณ์ { $device } ของ { $by } ส่งต่อมา
ledger-empty = ยังไม่มีรายการ บันทึกค่าใช้จ่ายร่วม การชำระเงิน หรือหนี้ด้านล่าง สมาชิกทุกคนจะเห็นยอดคงเหลือเดียวกัน
balances-in = ยอดคงเหลือเป็น { $currency }
balance-owed = มีคนค้างจ่ายให้
balance-owes = ค้างจ่าย
balance-settled = เคลียร์แล้ว
settle-title = เพื่อเคลียร์ยอด
settle-you-pay = คุณจ่ายให้ { $to } { $amount } { $currency }
settle-pays-you = { $from } จ่ายให้คุณ { $amount } { $currency }
settle-pays = { $from } จ่ายให้ { $to } { $amount } { $currency }
all-settled = เคลียร์ครบแล้ว
records-empty = รายการจะแสดงที่นี่ตามลำดับที่เซิร์ฟเวอร์จัดไว้ เหมือนกันทุกอุปกรณ์
recorded-by-you = { $day } · บันทึกโดยคุณจาก { $device } เวลา { $time }
recorded-by = { $day } · บันทึกโดย { $member } จาก { $device } เวลา { $time }
reference-line = อ้างอิง: { $reference }
reversed-by-you = กลับรายการโดยคุณ (รายการ { $entry }) ไม่นับอีกต่อไป
reversed-by = กลับรายการโดย { $member } (รายการ { $entry }) ไม่นับอีกต่อไป
reversed-by-someone = กลับรายการโดยใครบางคน (รายการ { $entry }) ไม่นับอีกต่อไป
undoes = ยกเลิก: { $description }
refused-everywhere = ถูกปฏิเสธโดยทุกอุปกรณ์ที่ได้รับ ไม่เปลี่ยนยอดคงเหลือใด
handed-by-mine = ส่งต่อโดยอุปกรณ์ { $device } ของคุณเมื่ออุปกรณ์นี้เข้าร่วม
handed-by-theirs = ส่งต่อโดยอุปกรณ์ { $device } ของ { $username } เมื่ออุปกรณ์นี้เข้าร่วม
reverse-toggle = กลับรายการ…
reverse-entry-label = กลับรายการ { $entry }
reverse-entry = กลับรายการ
cancel = ยกเลิก
reverse-why = เหตุผล (ไม่บังคับ)
reverse-hint = รายการจะยังอยู่ในประวัติโดยทำเครื่องหมายว่าถูกกลับรายการ ผลต่อยอดคงเหลือจะถูกยกเลิกบนทุกอุปกรณ์
reversing = กำลังกลับรายการ…
reversed-toast = กลับรายการแล้ว: { $description }
kind-payment = การชำระเงิน: มีคนจ่าย
kind-debt = หนี้: มีคนค้างจ่าย
record-entry = บันทึกรายการ
member = สมาชิก
split-equal-among = แบ่งเท่ากันระหว่าง
split-equal-hint = รวมคนที่จ่ายด้วยเพื่อให้เขาได้ส่วนแบ่งเช่นกัน เศษหนึ่งสตางค์จะตกเป็นของสมาชิกที่อยู่ลำดับแรก
weights-legend = สัดส่วน (เช่น 2 และ 1: สองในสามและหนึ่งในสาม)
amounts-legend = จำนวนเงิน (รวมกันเท่ากับยอดทั้งหมด)
share-empty-hint = เว้นว่างไว้หากไม่ให้ส่วนแบ่งแก่สมาชิกคนนั้น
will-record = จะบันทึก: { $description }
will-record-shares = จะบันทึก: { $description } — { $shares } { $currency }
amount = จำนวนเงิน
currency = สกุลเงิน
add-entry-form = เพิ่มรายการในบัญชีร่วม
what-happened = เกิดอะไรขึ้น
date = วันที่
memo-optional = บันทึกย่อ (ไม่บังคับ)
reference-optional = อ้างอิง (ไม่บังคับ)
reference-hint = เลขที่ใบแจ้งหนี้ รหัสการโอนเงิน…
add-entry = เพิ่มรายการ
ledger-intro = รายการคือข้อความที่เข้ารหัสตั้งแต่ต้นทางถึงปลายทาง ไม่มีใครแก้ไขหรือลบได้ หากผิดพลาดให้กลับรายการ
recording = กำลังบันทึก…
recorded-toast = บันทึกแล้ว: { $description }
preparing = กำลังเตรียม…
exported-toast = { $count ->
   *[other] ส่งออก { $count } ระเบียนของบัญชีร่วมไปยัง { $file } แล้ว
}

## บทสนทนาใหม่ บัญชี

start = เริ่ม
starting = กำลังเริ่ม…
create-group = สร้างกลุ่ม
creating = กำลังสร้าง…
message-person = ส่งข้อความถึงบุคคล
new-group = กลุ่มใหม่
group-name = ชื่อกลุ่ม
members-hint = ชื่อผู้ใช้ คั่นด้วยจุลภาค
your-account = บัญชีของคุณ
this-device = อุปกรณ์นี้
this-device-value = { $name } (อุปกรณ์ { $id })
valid-until = ใช้ได้ถึง
invitations = คำเชิญ
connection = การเชื่อมต่อ
online = ออนไลน์
offline = ออฟไลน์
offline-reason = ออฟไลน์: { $reason }
renew = ต่ออายุ
renewing = กำลังต่ออายุ…
renewed-toast = ต่ออายุถึง { $date } แล้ว
renew-title = ต่ออายุบัญชีของคุณ
renewal-code = รหัสต่ออายุ
renewal-hint = ผู้ดูแลจะให้รหัสนี้แก่คุณ ใช้ขยายอายุบัญชีของคุณได้ แม้หลังจากหมดอายุแล้ว
expires-1-day = 1 วัน
expires-7-days = 7 วัน
expires-30-days = 30 วัน
create-invitation = สร้างคำเชิญ
your-invitations = คำเชิญของคุณ
copy = คัดลอก
copied = คัดลอกแล้ว
copy-failed = เลือกลิงก์แล้วคัดลอกเอง
invitation-created = สร้างคำเชิญแล้ว
invitation-for = { $count ->
   *[other] สำหรับ { $count } คน ใช้ได้ถึง { $date }
}
link-for-browser = ลิงก์สำหรับเบราว์เซอร์:
link-for-cli = สำหรับบรรทัดคำสั่ง (conclave join):
invite-row = #{ $id } · { $state } · เหลือ { $left }/{ $total } · ถึง { $date }
invite-row-joined = #{ $id } · { $state } · เหลือ { $left }/{ $total } · ถึง { $date } · เข้าร่วมแล้ว: { $names }
no-invitations = ยังไม่มีคำเชิญ
invite-someone = เชิญใครสักคน
number-of-people = จำนวนคน
valid-for = ใช้ได้เป็นเวลา
your-devices = อุปกรณ์ของคุณ
add-device-hint = หากต้องการเพิ่มอุปกรณ์ ให้รัน “conclave device link” บนอุปกรณ์ที่มีบัญชีของคุณ
lock = ล็อก
this-browser = เบราว์เซอร์นี้
lock-hint = การล็อกจะปิดเซสชัน วลีรหัสผ่านจะเปิดอีกครั้ง
device-row = { $name } (อุปกรณ์ { $id }) เพิ่มเมื่อ { $date }
device-row-this = { $name } (อุปกรณ์ { $id }) เพิ่มเมื่อ { $date } — เบราว์เซอร์นี้
offline-short = ออฟไลน์
language = ภาษา
language-hint = ภาษาของหน้านี้บนอุปกรณ์นี้ “อัตโนมัติ” จะใช้ตามภาษาของเบราว์เซอร์
language-auto = อัตโนมัติ

## การท่องเว็บแบบส่วนตัว

pb-what-title = การท่องเว็บแบบส่วนตัวคืออะไร
pb-what-1 = การท่องเว็บแบบส่วนตัวส่งทราฟฟิกเว็บของอุปกรณ์ผ่านรีเลย์สองตัวแทนที่จะตรงไปยังเว็บไซต์ รีเลย์ขาเข้ารู้ว่าคุณเป็นใคร (ที่อยู่ของคุณ) แต่ไม่รู้ว่าคุณไปที่ไหน รีเลย์ขาออกรู้ว่าคุณไปที่ไหน (เว็บไซต์) แต่ไม่รู้ว่าคุณเป็นใคร ไม่มีตัวใดรู้ทั้งสองอย่าง
pb-what-2 = ระหว่างอุปกรณ์ของคุณกับรีเลย์ขาออก ทราฟฟิกถูกเข้ารหัส รีเลย์ขาเข้าจึงเห็นเพียงเซลล์ที่ปิดผนึกและมีขนาดคงที่ รีเลย์แต่ละตัวยอมให้การเชื่อมต่อเข้ามาด้วยโทเค็นที่เชื่อมโยงกลับไม่ได้เท่านั้น ซึ่งเซิร์ฟเวอร์นี้ลงนามแบบไม่เห็นเนื้อหา (blind) เซิร์ฟเวอร์จึงไม่รู้ว่าโทเค็นถูกใช้กับการเชื่อมต่อหรือเว็บไซต์ใด
pb-what-3 = หน้านี้ไม่ได้ส่งต่อสิ่งใดเอง: หน้าเว็บไม่สามารถส่งทราฟฟิกอื่นได้ โปรแกรม conclave บนอุปกรณ์เป็นผู้ทำ (ดู “ใช้บนอุปกรณ์นี้”)
pb-limits-title = สิ่งที่ไม่สามารถป้องกันได้
pb-limits-1 = สองช่วงต่อช่วยป้องกันผู้ให้บริการรีเลย์ที่อยากรู้อยากเห็นรายเดียวได้ แต่ไม่ช่วยหากรีเลย์ทั้งสองของเส้นทางร่วมมือกัน หรือจากผู้สังเกตการณ์ที่เฝ้าดูทราฟฟิกทั้งสองฝั่งแล้วจับคู่จังหวะเวลา (ผู้สังเกตการณ์ระดับโลก)
pb-limits-2 = รีเลย์ที่มีผู้ให้บริการเดียวกันจะถูกทำเครื่องหมายในรายการด้านล่าง และเส้นทางจะไม่ใช้รีเลย์สองตัวจากผู้ให้บริการเดียวกันหากมีรีเลย์ของผู้ให้บริการอื่น เมื่อมีผู้ให้บริการรีเลย์เพียงรายเดียว ทั้งสองช่วงต่อเป็นของเขาและการแยกเป็นเพียงในนาม จากนั้น conclave proxy จะแจ้งเตือน
pb-limits-3 = เว็บไซต์ยังคงเห็นสิ่งที่คุณส่งให้: การเข้าสู่ระบบ คุกกี้ และลายนิ้วมือของเบราว์เซอร์ระบุตัวคุณได้ตามปกติ
pb-limits-4 = ครอบคลุมเฉพาะโปรแกรมที่ตั้งค่าให้ใช้พร็อกซีเท่านั้น ให้พร็อกซีแปลงชื่อโดเมนด้วย (socks5h, --socks5-hostname ของ curl, “Proxy DNS” ของ Firefox) มิฉะนั้นการค้นหา DNS ของคุณจะออกไปนอกพร็อกซี
pb-allowance-note = แต่ละวงจรใช้สองโทเค็น หนึ่งโทเค็นต่อรีเลย์หนึ่งตัว วงจรหนึ่งรองรับการเชื่อมต่อได้หลายรายการและจะถูกสร้างใหม่หลัง 10 นาที โควตาจะรีเซ็ตเวลา 00:00 UTC
pb-allowance-title = โควตาของอุปกรณ์นี้
pb-per-day = โทเค็นต่อวัน
pb-left-today = เหลือวันนี้
pb-fetching = กำลังดึงไดเรกทอรีรีเลย์…
relays = รีเลย์
pb-setup = { $first }: บนอุปกรณ์ที่ conclave มีบัญชีของคุณ ให้รัน { $link } แล้วที่นี่รัน { $join } (หรือ { $joininvite } หากมีคำเชิญ)
pb-use-title = ใช้บนอุปกรณ์นี้
pb-desktop = คอมพิวเตอร์ (Linux, macOS, Windows)
pb-desktop-install = ติดตั้งบรรทัดคำสั่ง conclave และให้บัญชีของคุณแก่มัน
pb-desktop-run = รัน { $cmd } มันให้บริการ SOCKS5 และ HTTP CONNECT ที่ { $addr } สำหรับคอมพิวเตอร์นี้เท่านั้น และแสดงรีเลย์ขาเข้าและขาออกของแต่ละวงจร
pb-desktop-chromium = Chromium, Chrome หรือ Edge: เริ่มด้วย { $cmd } (ชื่อโดเมนจะถูกแปลงโดยพร็อกซี) โปรไฟล์แยก ({ $profile }) ช่วยแยกการท่องเว็บแบบส่วนตัวออกจากโปรไฟล์ปกติของคุณ
pb-desktop-firefox = Firefox: การตั้งค่า → ทั่วไป → การตั้งค่าเครือข่าย → ตั้งค่า…: ตั้งค่าพร็อกซีด้วยตนเอง, SOCKS Host 127.0.0.1, Port 1080, SOCKS v5 และเลือก “Proxy DNS when using SOCKS v5”
pb-desktop-curl = เครื่องมือบรรทัดคำสั่ง: { $cmd }
pb-desktop-options = ตัวเลือก: { $country } ออกผ่านรีเลย์ขาออกในประเทศนั้น { $circuit } ให้แต่ละเว็บไซต์มีวงจรของตัวเอง
pb-android = โทรศัพท์หรือแท็บเล็ต Android
pb-android-intro = เบราว์เซอร์รันพร็อกซี SOCKS ไม่ได้ จึงต้องมีโปรแกรมบนโทรศัพท์ทำแทน:
pb-android-termux = ติดตั้ง Termux (จาก F-Droid) และติดตั้งบรรทัดคำสั่ง conclave ในนั้น
pb-android-account = ให้บัญชีของคุณแก่มัน
pb-android-run = ใน Termux ให้รัน { $cmd } และปล่อยให้ทำงานต่อไป (อนุญาตให้ Termux ทำงานเบื้องหลังในการตั้งค่าแบตเตอรี่)
pb-android-wifi = การตั้งค่า → Wi-Fi → เครือข่ายของคุณ → แก้ไข → ขั้นสูง → พร็อกซี: ด้วยตนเอง, โฮสต์ { $host }, พอร์ต { $port } การตั้งค่าพร็อกซีของ Android ใช้ HTTP CONNECT ซึ่งพร็อกซีเข้าใจบนพอร์ตเดียวกัน เบราว์เซอร์ที่ทำตามการตั้งค่านี้จะผ่านรีเลย์เมื่อใช้เครือข่าย Wi-Fi นั้น (ไม่ใช่บนเน็ตมือถือ)
pb-android-browser = หรือใช้เบราว์เซอร์ที่มีการตั้งค่าพร็อกซีของตัวเอง: SOCKS5 { $socks } พร้อม DNS ระยะไกล หรือพร็อกซี HTTP { $http } (CONNECT)
pb-ios = iPhone และ iPad
pb-ios-text = ยังไม่พร้อมใช้งานในตอนนี้ iOS ไม่มีวิธีให้โปรแกรมบรรทัดคำสั่งทำงานเบื้องหลังต่อไปเพื่อเป็นพร็อกซีในเครื่อง (ไม่มี Termux และแอปจะถูกพักการทำงาน) และการส่งทราฟฟิกของโทรศัพท์ต้องใช้แอปแบบ VPN (Network Extension) ซึ่ง Conclave ยังไม่มี โทรศัพท์ก็ยืมพร็อกซีของคอมพิวเตอร์ไม่ได้เช่นกัน: conclave proxy ไม่มีรหัสผ่าน จึงรับฟังเฉพาะบนเครื่องของตัวเองเท่านั้น
pb-no-tokens = เซิร์ฟเวอร์นี้ไม่ออกโทเค็นรีเลย์ จึงใช้รีเลย์ของเซิร์ฟเวอร์จากบัญชีนี้ไม่ได้
pb-zero-tokens = เซิร์ฟเวอร์ไม่ให้โทเค็นรีเลย์แก่สมาชิก (โควตาคือ 0 ต่อวัน)
pb-same-operator = ผู้ให้บริการเดียวกัน
pb-country-unknown = ไม่ทราบประเทศ
pb-relay-meta = { $country } · ผู้ให้บริการ { $operator } · { $addr }
pb-relay-meta-ours = { $country } · ผู้ให้บริการ { $operator } (ของเซิร์ฟเวอร์นี้) · { $addr }
pb-same-operator-note = ดำเนินการโดยผู้ให้บริการเดียวกับ { $others } ({ $count } รีเลย์): จะไม่ถูกใช้ด้วยกันขณะที่มีรีเลย์ของผู้ให้บริการอื่น
pb-no-relays = เซิร์ฟเวอร์นี้ไม่มีรายการรีเลย์
pb-two-operators = เส้นทางหนึ่งสามารถใช้รีเลย์สองตัวจากผู้ให้บริการต่างกันได้
pb-one-operator = มีผู้ให้บริการเพียงรายเดียวที่ดำเนินการรีเลย์เหล่านี้ ทั้งสองช่วงต่อของเส้นทางจึงเป็นของเขา: การแยกเป็นเพียงในนาม
pb-no-path = ยังสร้างเส้นทางไม่ได้: { $reason }
pb-signed-new = ลงนามโดย { $operator } ด้วยกุญแจ { $key } ลายเซ็นถูกต้อง อุปกรณ์นี้จำกุญแจนั้นไว้แล้ว และจะปฏิเสธไดเรกทอรีที่ลงนามด้วยกุญแจอื่น ใช้ได้ถึง { $date }
pb-signed-known = ลงนามโดย { $operator } ด้วยกุญแจ { $key } ลายเซ็นถูกต้อง เป็นกุญแจที่อุปกรณ์นี้จำไว้ และจะปฏิเสธไดเรกทอรีที่ลงนามด้วยกุญแจอื่น ใช้ได้ถึง { $date }

## การโทร

declined = { $names } ปฏิเสธแล้ว
join-call = เข้าร่วมการโทร
accept = รับสาย
accept-call = รับสาย
accept-video-call = รับวิดีโอคอล
decline = ปฏิเสธ
is-calling = { $caller } กำลังโทรมา
ringing-voice = โทรด้วยเสียง · { $conversation }
ringing-video = วิดีโอคอล · { $conversation }
already-in-call = คุณอยู่ในสายแล้ว
calling = กำลังโทร…
call-failed = เริ่มการโทรไม่ได้: { $error }
connecting = กำลังเชื่อมต่อ…
your-camera = กล้องของคุณ
mute = ปิดเสียง
unmute = เปิดเสียง
camera-off = ปิดกล้อง
camera-on = เปิดกล้อง
switch-camera = สลับกล้อง
one-camera = อุปกรณ์นี้มีกล้องเดียว
hang-up = วางสาย
call-controls = ปุ่มควบคุมการโทร
tile-name = { $username } · อุปกรณ์ { $device }
tile-leaf = leaf { $leaf }
reconnecting = กำลังเชื่อมต่อใหม่…
connection-failed = การเชื่อมต่อล้มเหลว
ended = สิ้นสุดแล้ว
in-call = { $count ->
   *[other] { $state } · { $count } คนในสาย
}

## ไฟล์และข้อความเสียง

file-too-large = ไฟล์มีขนาดใหญ่กว่าที่เซิร์ฟเวอร์รับได้
file-too-large-max = ไฟล์มีขนาดใหญ่กว่าที่เซิร์ฟเวอร์รับได้ (สูงสุด { $max })
file-over-quota = พื้นที่เก็บข้อมูลของคุณบนเซิร์ฟเวอร์เต็มแล้ว ไฟล์จะหมดอายุหลังจากช่วงเวลาหนึ่ง ลองอีกครั้งภายหลัง
file-too-many = อัปโหลดพร้อมกันมากเกินไป ลองอีกครั้งในอีกสักครู่
file-grant = สิทธิ์ในการอัปโหลดหมดอายุแล้ว ลองอีกครั้ง
file-not-found = ไฟล์ไม่อยู่บนเซิร์ฟเวอร์แล้ว (ไฟล์จะหมดอายุหลังจากช่วงเวลาหนึ่ง)
file-hash-mismatch = การอัปโหลดเสียหายระหว่างทาง ลองอีกครั้ง
file-unavailable = ที่เก็บไฟล์ของเซิร์ฟเวอร์ใช้งานไม่ได้ในขณะนี้ ลองอีกครั้งภายหลัง
file-busy = เซิร์ฟเวอร์กำลังจัดการไฟล์นี้อยู่ ลองอีกครั้งในอีกสักครู่
file-cut = การเชื่อมต่อขาดระหว่างอัปโหลด ลองอีกครั้ง
file-no-resume = ไม่สามารถอัปโหลดต่อได้
file-kept-other = เซิร์ฟเวอร์เก็บส่วนอื่นของไฟล์ไว้
upload-refused = การอัปโหลดล้มเหลว: { $reason }
download-refused = การดาวน์โหลดล้มเหลว: { $reason }
file-corrupted = ไฟล์นี้ถูกแก้ไขหรือเสียหายระหว่างทาง จึงไม่แสดง
open-image = เปิดรูปภาพ { $name }
open = เปิด
preview-of = ตัวอย่างของ { $name }
image-unreadable = แสดงรูปภาพนี้ที่นี่ไม่ได้ เพราะไม่ใช่รูปแบบที่เบราว์เซอร์นี้อ่านได้
play-voice-note = เล่นข้อความเสียง { $name }
recording-unplayable = เล่นไฟล์เสียงนี้ในเบราว์เซอร์นี้ไม่ได้
download = ดาวน์โหลด
download-name = ดาวน์โหลด { $name }
save-again = บันทึกอีกครั้ง
close = ปิด
play-name = เล่น { $name }
pause-name = หยุด { $name } ชั่วคราว
position = ตำแหน่ง

## การแจ้งเตือน

notifications = การแจ้งเตือน
hide-contents = ซ่อนเนื้อหาในการแจ้งเตือน
push-blocked = การแจ้งเตือนถูกบล็อกสำหรับเว็บไซต์นี้: อนุญาตได้ในการตั้งค่าเว็บไซต์ของเบราว์เซอร์
push-not-allowed = ไม่ได้รับอนุญาตให้แจ้งเตือน
push-no-server = เซิร์ฟเวอร์นี้ไม่ส่งการแจ้งเตือนแบบพุช
push-no-service = บริการพุชของเบราว์เซอร์นี้ไม่ตอบสนอง (ไม่มีเครือข่าย หรือเบราว์เซอร์ไม่มีบริการนี้)
push-unsupported = เบราว์เซอร์นี้แสดงการแจ้งเตือนแบบพุชไม่ได้ (บน iPhone และ iPad: เพิ่ม Conclave ไปยังหน้าจอโฮมก่อน)
push-on-hidden = เปิด: การแจ้งเตือนจะแสดงเพียง "ข้อความใหม่" เท่านั้น
push-on = เปิด: การแจ้งเตือนจะแสดงว่าใครเขียนและเขียนอะไร โดยอ่านบนอุปกรณ์นี้
push-off = ปิด การพุชจากเซิร์ฟเวอร์จะบอกเพียง "มีสิ่งใหม่" เท่านั้น ส่วนที่เหลืออุปกรณ์นี้เป็นผู้ถอดรหัส
new-message = ข้อความใหม่

## การโทรในประวัติ ช่องผู้เข้าร่วม สถานะคำเชิญ

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
tile-waiting-keys = กำลังรอคีย์
tile-cant-decrypt = ถอดรหัสไม่ได้ ({ $reason })
tile-key-mismatch = คีย์ของผู้นี้ไม่ตรงกับคีย์ของอุปกรณ์นี้: epoch ของ MLS ต่างกันหรือไม่ใช่สมาชิก
invite-open = ใช้ได้
invite-used = ใช้แล้ว
invite-expired = หมดอายุ
invite-revoked = ถูกเพิกถอน

## Typing indicators
typing-one = { $name } กำลังพิมพ์…
typing-two = { $first } และ { $second } กำลังพิมพ์…
typing-several = หลายคนกำลังพิมพ์…
typing-title = สถานะกำลังพิมพ์
typing-setting = แสดงเมื่อผู้อื่นกำลังพิมพ์ และให้พวกเขาเห็นเมื่อฉันพิมพ์
typing-hint = เมื่อปิด อุปกรณ์นี้จะไม่ส่งและไม่แสดงสถานะนี้ สถานะไปถึงเฉพาะสมาชิกที่ออนไลน์อยู่ตอนนี้ และเซิร์ฟเวอร์ไม่เก็บไว้เลย

## History from another device
toast-history-imported = ประวัติจากอุปกรณ์ { $device } ของคุณมาถึงแล้ว (รายการ: { $count }; การสนทนา: { $conversations })
history-note = ประวัติด้านบนมาจากอุปกรณ์ { $device } ของคุณ (ส่งเมื่อ { $date })

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = สายเรียกเข้า
push-ring-body = เปิด Conclave เพื่อรับสาย
push-title-group = { $sender } ใน { $conversation }

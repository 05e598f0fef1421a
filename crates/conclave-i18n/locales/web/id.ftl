# Conclave: Indonesian (Bahasa Indonesia), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Mulai, bergabung, menautkan, membuka kunci

boot-loading = Memuat…
boot-failed = Conclave tidak dapat dimulai: { $error }
boot-other-tab = Conclave sudah terbuka di tab atau jendela lain di browser ini. Tutup dulu, lalu muat ulang halaman ini.
working = Memproses…
wrong-passphrase = Frasa sandi salah. { $detail }. Coba lagi.
tagline = Pesan terenkripsi end-to-end, khusus undangan. Kuncimu dibuat dan disimpan di browser ini.
passphrase = Frasa sandi
passphrase-hint = Minimal 8 karakter. Frasa ini mengenkripsi kunci dan riwayat perangkat ini di browser ini dan tidak pernah keluar darinya; jika terlupa, salinan di browser ini tidak dapat dibuka.
passphrase-again = Ulangi frasa sandi
passphrase-differ = Kedua frasa sandi tidak sama.
join-title = Bergabung dengan undangan
join-link = Tautan undangan
join-link-hint = https://…/join#code=… atau conclave://…/join#code=…
username = Nama pengguna
username-hint = 3 sampai 32 karakter: a–z, 0–9, “.”, “_”, “-”.
device-name = Nama perangkat ini
join-button = Bergabung
joining = Bergabung…
link-title = Tautkan browser ini ke akunmu
link-intro = Di perangkat yang memiliki akunmu, jalankan “conclave device link” dan tempel tautan yang dicetaknya. Perangkat itu lalu menambahkan browser ini ke percakapanmu.
link-link = Tautan perangkat
link-link-hint = https://…/device#code=… atau conclave://…/device#code=…
link-button = Tautkan browser ini
linking = Menautkan…
unlock-title = Buka kunci Conclave
unlock-holds = Browser ini menyimpan perangkat “{ $device }” milik { $username }.
unlock-button = Buka kunci
unlocking = Membuka kunci…
unlock-link-ignored = Browser ini sudah menyimpan perangkat Conclave; tautan yang kamu buka tidak dipakai. Untuk memakainya, hapus dulu perangkat ini dari browser ini.
unlock-forgot = Lupa frasa sandi? Salinan di browser ini tidak dapat dibuka tanpanya. Hapus di sini, lalu tautkan lagi browser ini dari perangkatmu yang lain.
forget-button = Hapus perangkat ini dari browser ini
forget-confirm = Hapus perangkat { $username } dari browser ini? Kunci dan riwayatnya di sini akan dihapus; akunmu dan perangkat lain tetap ada.

## Tampilan utama

conversations = Percakapan
new-button = Baru
new-conversation = Percakapan baru
private-button = Privat
private-browsing = Penjelajahan privat
account-button = Akun
account = Akun
details = Detail
call-button = Panggil
call-start = Mulai panggilan
call-voice = Panggilan suara
video-button = Video
video-start = Mulai panggilan video
video-call = Panggilan video
ledger = Kas
ledger-button-title = Pengeluaran bersama dan saldo
messages = Pesan
composer-placeholder = Pesan
send = Kirim
sending = Mengirim…
attach = Lampirkan file
take-photo = Ambil foto
voice-hold = Tahan untuk merekam pesan suara
back-chats = ‹ Obrolan
back-to-conversations = Kembali ke percakapan
back = ‹ Kembali
close-panel = Tutup panel
conversation-panels = Panel percakapan
members = Anggota
choose-conversation = Pilih percakapan, atau mulai yang baru dengan “Baru”.
call = Panggilan

## Status dan spanduk

status-online = { $username } · online
status-offline = { $username } · offline
status-expired = { $username } · kedaluwarsa
status-replaced = { $username } · digantikan
status-refused = { $username } · ditolak
status-connecting = { $username } · menghubungkan
banner-expired = Akunmu sudah kedaluwarsa. Tukarkan kode perpanjangan di Akun untuk melanjutkan.
banner-replaced = Conclave dibuka untuk perangkat ini di tempat lain; halaman ini berhenti. Muat ulang untuk memakainya di sini.
banner-refused = Server menolak perangkat ini: { $reason }
banner-offline = Offline: menampilkan isi yang ada di browser ini. { $reason }
banner-expires-soon = Akunmu kedaluwarsa pada { $date }. Minta kode perpanjangan kepada admin.
conn-expired = Akunmu sudah kedaluwarsa: perpanjang di Akun.
conn-offline = Offline: kamu bisa membaca; pengiriman berfungsi lagi setelah tersambung kembali.
expiry-unknown = tidak diketahui (offline)
expiry-expired = { $date } (kedaluwarsa)
expiry-days = { $days ->
   *[other] { $date } ({ $days } hari)
}

## Daftar percakapan dan pesan

you = Kamu
last-message = { $who }: { $text }
ledger-line = Kas: { $text }
group-created = Grup dibuat
no-messages-yet = Belum ada pesan
no-conversations = Belum ada percakapan.
not-on-device = Percakapan ini tidak ada di perangkat ini.
conversation = Percakapan
removed-banner = Kamu dikeluarkan dari percakapan ini. Kamu tidak lagi menerima pesannya.
membership-added = { $who } menambahkan { $names }
membership-removed = { $who } mengeluarkan { $names }
membership-added-removed = { $who } menambahkan { $added } dan mengeluarkan { $removed }
membership-keys = { $who } memperbarui kunci
unreadable-message = Pesan tidak terbaca ({ $reason })
handover-mine = Perangkatmu menyerahkan catatan kas sebelumnya kepada perangkat yang bergabung.
handover-theirs = Perangkat { $sender } menyerahkan catatan kas sebelumnya kepada perangkat yang bergabung.
open-ledger-link = Kas ›
open-ledger = Buka kas
joined-here = Kamu bergabung ke percakapan ini di perangkat ini.
empty-conversation = Belum ada pesan. Pesan terenkripsi end-to-end.
upload-sending = Mengirim { $name }…
upload-failed = { $name }: { $error }
dismiss = Tutup
record-failed = Tidak dapat merekam: { $error }
record-hold = Tahan tombol mikrofon untuk merekam pesan suara.
toast-added-to-conversation = Kamu ditambahkan ke sebuah percakapan.
toast-fell-behind = Perangkat ini tertinggal dalam sebuah percakapan dan menunggu ditambahkan kembali.
invites-admin = tanpa kuota (admin)
invites-left = sisa { $count }

## Anggota

no-longer-member = Kamu bukan lagi anggota percakapan ini.
safety-number = Nomor keamanan
safety-number-with = Nomor keamanan dengan { $username }
remove = Keluarkan
remove-member = Keluarkan { $username }
remove-confirm = Keluarkan { $username } dari { $conversation }? Dia tidak akan membaca pesan berikutnya.
removing = Mengeluarkan…
removed-toast = { $username } dikeluarkan.
devices-line = { $count ->
   *[other] perangkat { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = perangkat ({ $id })
member-you = { $username } (kamu)
members-summary = { $count ->
   *[other] { $count } anggota · epoch { $epoch }
}
add = Tambah
adding = Menambahkan…
added-toast = { $names } ditambahkan.
add-members = Tambah anggota
add-members-hint = Nama pengguna, dipisahkan koma. Semua perangkat mereka ikut bergabung.
leave = Tinggalkan percakapan ini
leave-confirm = Tinggalkan { $conversation } di semua perangkatmu?
leaving = Meninggalkan…
epoch-authenticator = Autentikator epoch (sama di perangkat setiap anggota): { $code }
loading = Memuat…
safety-verified = terverifikasi
safety-changed = KUNCI BERUBAH sejak kamu memverifikasi
safety-unverified = belum diverifikasi
mark-verified = Tandai terverifikasi
saving = Menyimpan…
verified-toast = { $username } ditandai terverifikasi.
safety-with = Nomor keamanan dengan { $username } { $badge }
safety-hint = Bandingkan dengan milik mereka secara langsung atau lewat saluran lain. Jika cocok, tandai terverifikasi: perubahan kunci mereka nanti akan ditampilkan dengan jelas.

## Kas

ledger-paid-by = Dibayar oleh
ledger-paid-to = Dibayar kepada / untuk
ledger-owed-to = Utang kepada
ledger-owed-by = Utang dari
split-to = Semua ke satu anggota
split-equal = Bagi rata
split-exact = Bagi per jumlah
split-weights = Bagi per bobot
badge-reversed = dibatalkan
badge-reversal = pembatalan
badge-refused = ditolak
badge-unreadable = tidak terbaca
device-id = perangkat { $id }
device-id-named = perangkat { $id } ({ $name })
entries = Catatan
entries-count = Catatan ({ $count })
export-csv = Unduh CSV
export-json = Unduh JSON
balances = Saldo
export = Ekspor
export-hint = CSV: satu baris per anggota per catatan (dijumlahkan per anggota dan mata uang: saldo). JSON: setiap catatan, saldo, dan pelunasan.
discrepancy-title = Peringatan: kas yang diserahkan ke perangkat baru berbeda dari milikmu.
discrepancy = Perangkat { $device } milik { $by } (pesan { $seq }) menyerahkan kas kepada pendatang baru yang tidak sama dengan yang disimpan perangkat ini: { $detail }. Saldo mereka mungkin berbeda dari milikmu; bandingkan dengan { $by }.
ledger-unreadable = { $count ->
   *[other] { $count } catatan ditulis oleh Conclave versi lebih baru dan tidak dapat dibaca di sini; saldo tidak menghitungnya sampai kamu memperbarui.
}
handed-over-mine = Perangkat ini bergabung pada pesan { $seq }: catatan sebelumnya sesuai yang diserahkan perangkatmu { $device }.
handed-over-theirs = Perangkat ini bergabung pada pesan { $seq }: catatan sebelumnya sesuai yang diserahkan perangkat { $device } milik { $by }.
ledger-empty = Belum ada catatan. Catat pengeluaran bersama, pembayaran, atau utang di bawah; setiap anggota melihat saldo yang sama.
balances-in = Saldo dalam { $currency }
balance-owed = berpiutang
balance-owes = berutang
balance-settled = impas
settle-title = Untuk pelunasan
settle-you-pay = Kamu membayar { $to } { $amount } { $currency }
settle-pays-you = { $from } membayarmu { $amount } { $currency }
settle-pays = { $from } membayar { $to } { $amount } { $currency }
all-settled = Semua sudah impas.
records-empty = Catatan muncul di sini sesuai urutan yang ditetapkan server, sama di setiap perangkat.
recorded-by-you = { $day } · dicatat olehmu dari { $device } pukul { $time }
recorded-by = { $day } · dicatat oleh { $member } dari { $device } pukul { $time }
reference-line = Referensi: { $reference }
reversed-by-you = Dibatalkan olehmu (catatan { $entry }); tidak lagi dihitung.
reversed-by = Dibatalkan oleh { $member } (catatan { $entry }); tidak lagi dihitung.
reversed-by-someone = Dibatalkan oleh seseorang (catatan { $entry }); tidak lagi dihitung.
undoes = Membatalkan: { $description }
refused-everywhere = Ditolak oleh setiap perangkat yang menerimanya; tidak mengubah saldo apa pun.
handed-by-mine = Diserahkan oleh perangkatmu { $device } saat perangkat ini bergabung
handed-by-theirs = Diserahkan oleh perangkat { $device } milik { $username } saat perangkat ini bergabung
reverse-toggle = Batalkan…
reverse-entry-label = Batalkan catatan { $entry }
reverse-entry = Batalkan catatan
cancel = Batal
reverse-why = Alasan (opsional)
reverse-hint = Catatan tetap ada di riwayat, ditandai dibatalkan; pengaruhnya pada saldo dihapus di setiap perangkat.
reversing = Membatalkan…
reversed-toast = Dibatalkan: { $description }
kind-payment = Pembayaran: seseorang membayar
kind-debt = Utang: seseorang berutang
record-entry = Simpan catatan
member = Anggota
split-equal-among = Bagi rata di antara
split-equal-hint = Sertakan yang membayar agar dia juga mendapat bagian. Sisa satu sen diberikan ke anggota yang tercantum pertama.
weights-legend = Bobot (mis. 2 dan 1: dua pertiga dan sepertiga)
amounts-legend = Jumlah (semuanya harus berjumlah sama dengan total)
share-empty-hint = Biarkan anggota kosong agar dia tidak mendapat bagian.
will-record = Akan dicatat: { $description }
will-record-shares = Akan dicatat: { $description } — { $shares } { $currency }
amount = Jumlah
currency = Mata uang
add-entry-form = Tambah catatan kas
what-happened = Apa yang terjadi
date = Tanggal
memo-optional = Memo (opsional)
reference-optional = Referensi (opsional)
reference-hint = Nomor faktur, ID transfer…
add-entry = Tambah catatan
ledger-intro = Catatan adalah pesan terenkripsi end-to-end; tidak ada yang bisa mengubah atau menghapusnya, kesalahan dibatalkan dengan catatan pembatalan.
recording = Mencatat…
recorded-toast = Dicatat: { $description }
preparing = Menyiapkan…
exported-toast = { $count ->
   *[other] { $count } catatan kas diekspor ke { $file }.
}

## Percakapan baru, akun

start = Mulai
starting = Memulai…
create-group = Buat grup
creating = Membuat…
message-person = Kirim pesan ke seseorang
new-group = Grup baru
group-name = Nama grup
members-hint = Nama pengguna, dipisahkan koma.
your-account = Akunmu
this-device = Perangkat ini
this-device-value = { $name } (perangkat { $id })
valid-until = Berlaku sampai
invitations = Undangan
connection = Koneksi
online = online
offline = offline
offline-reason = offline: { $reason }
renew = Perpanjang
renewing = Memperpanjang…
renewed-toast = Diperpanjang sampai { $date }.
renew-title = Perpanjang akunmu
renewal-code = Kode perpanjangan
renewal-hint = Admin memberimu kode ini; kode ini memperpanjang akunmu, juga setelah kedaluwarsa.
expires-1-day = 1 hari
expires-7-days = 7 hari
expires-30-days = 30 hari
create-invitation = Buat undangan
your-invitations = Undanganmu
copy = Salin
copied = Disalin.
copy-failed = Pilih tautannya lalu salin.
invitation-created = Undangan dibuat.
invitation-for = { $count ->
   *[other] Untuk { $count } orang, berlaku sampai { $date }.
}
link-for-browser = Tautan untuk browser:
link-for-cli = Untuk baris perintah (conclave join):
invite-row = #{ $id } · { $state } · sisa { $left }/{ $total } · sampai { $date }
invite-row-joined = #{ $id } · { $state } · sisa { $left }/{ $total } · sampai { $date } · bergabung: { $names }
no-invitations = Belum ada undangan.
invite-someone = Undang seseorang
number-of-people = Jumlah orang
valid-for = Berlaku selama
your-devices = Perangkatmu
add-device-hint = Untuk menambah perangkat, jalankan “conclave device link” di perangkat yang memiliki akunmu.
lock = Kunci
this-browser = Browser ini
lock-hint = Mengunci akan menutup sesi; frasa sandi membukanya lagi.
device-row = { $name } (perangkat { $id }), ditambahkan { $date }
device-row-this = { $name } (perangkat { $id }), ditambahkan { $date } — browser ini
offline-short = Offline.
language = Bahasa
language-hint = Bahasa halaman ini di perangkat ini. “Otomatis” mengikuti bahasa browser.
language-auto = Otomatis

## Penjelajahan privat

pb-what-title = Apa itu penjelajahan privat
pb-what-1 = Penjelajahan privat membawa lalu lintas web perangkat melalui dua relay, bukan langsung ke situs. Relay masuk tahu siapa kamu (alamatmu) tetapi tidak tahu ke mana kamu pergi; relay keluar tahu ke mana kamu pergi (situsnya) tetapi tidak tahu siapa kamu. Tidak ada yang tahu keduanya.
pb-what-2 = Antara perangkatmu dan relay keluar, lalu lintas terenkripsi, jadi relay masuk hanya melihat sel tersegel berukuran tetap. Setiap relay hanya menerima koneksi dengan token yang tidak dapat ditautkan, yang ditandatangani server ini secara buta: server tidak dapat mengetahui di koneksi atau situs mana token dipakai.
pb-what-3 = Halaman ini sendiri tidak merutekan apa pun: halaman web tidak dapat membawa lalu lintas lain. Program conclave di perangkatlah yang melakukannya (lihat “Pakai di perangkat ini”).
pb-limits-title = Apa yang tidak dilindunginya
pb-limits-1 = Dua lompatan mengalahkan satu operator relay yang ingin tahu. Ini tidak membantu jika kedua relay dalam satu jalur bekerja sama, atau terhadap pengamat yang memantau lalu lintas di kedua ujung dan mencocokkan waktunya (pengamat global).
pb-limits-2 = Relay yang dijalankan operator yang sama ditandai di daftar di bawah, dan satu jalur tidak pernah memakai dua di antaranya selama ada relay dari operator lain. Jika hanya satu operator yang menjalankan relay, kedua lompatan milik operator itu dan pemisahannya hanya nominal; conclave proxy lalu memberi peringatan.
pb-limits-3 = Situs tetap melihat apa yang kamu kirim: login, cookie, dan sidik jari browser mengenalimu seperti biasa.
pb-limits-4 = Hanya program yang diarahkan ke proxy yang terlindungi. Biarkan proxy juga me-resolve nama (socks5h, --socks5-hostname di curl, “Proxy DNS” di Firefox), atau pencarian DNS-mu keluar di luarnya.
pb-allowance-note = Setiap sirkuit memakai dua token, satu untuk tiap relay; satu sirkuit membawa banyak koneksi dan diperbarui setelah 10 menit. Jatah diperbarui pukul 00:00 UTC.
pb-allowance-title = Jatah perangkat ini
pb-per-day = Token per hari
pb-left-today = Sisa hari ini
pb-fetching = Mengambil direktori relay…
relays = Relay
pb-setup = { $first }: di perangkat tempat conclave memiliki akunmu, jalankan { $link }, lalu di sini { $join } (atau { $joininvite } dengan undangan).
pb-use-title = Pakai di perangkat ini
pb-desktop = Komputer (Linux, macOS, Windows)
pb-desktop-install = Pasang baris perintah conclave dan berikan akunmu
pb-desktop-run = Jalankan { $cmd }. Program ini menyediakan SOCKS5 dan HTTP CONNECT di { $addr }, hanya untuk komputer ini, dan mencetak relay masuk dan keluar setiap sirkuit.
pb-desktop-chromium = Chromium, Chrome, atau Edge: jalankan dengan { $cmd } (nama lalu di-resolve oleh proxy). Profil terpisah ({ $profile }) memisahkan penjelajahan privat dari profil biasamu.
pb-desktop-firefox = Firefox: Pengaturan → Umum → Pengaturan Jaringan → Pengaturan…: Konfigurasi proxy manual, SOCKS Host 127.0.0.1, Port 1080, SOCKS v5, lalu centang “Proxy DNS saat memakai SOCKS v5”.
pb-desktop-curl = Alat baris perintah: { $cmd }.
pb-desktop-options = Opsi: { $country } keluar lewat relay keluar di negara itu; { $circuit } memberi setiap situs sirkuitnya sendiri.
pb-android = Ponsel atau tablet Android
pb-android-intro = Browser tidak dapat menjalankan proxy SOCKS, jadi program di ponsel yang harus melakukannya:
pb-android-termux = Pasang Termux (dari F-Droid), lalu di dalamnya baris perintah conclave.
pb-android-account = Berikan akunmu kepadanya
pb-android-run = Di Termux jalankan { $cmd } dan biarkan berjalan (izinkan Termux berjalan di latar belakang di pengaturan baterai).
pb-android-wifi = Pengaturan → Wi-Fi → jaringanmu → Edit → Lanjutan → Proxy: Manual, host { $host }, port { $port }. Pengaturan proxy Android memakai HTTP CONNECT, yang dipahami proxy di port yang sama. Browser yang mengikutinya melewati relay di jaringan Wi-Fi itu (tidak di data seluler).
pb-android-browser = Atau pakai browser dengan pengaturan proxy sendiri: SOCKS5 { $socks } dengan DNS jarak jauh, atau proxy HTTP { $http } (CONNECT).
pb-ios = iPhone dan iPad
pb-ios-text = Belum tersedia saat ini. iOS tidak punya cara untuk menjaga program baris perintah tetap berjalan di latar belakang sebagai proxy lokal (tidak ada Termux, dan aplikasi ditangguhkan), dan membawa lalu lintas ponsel memerlukan aplikasi bergaya VPN (Network Extension), yang belum dimiliki Conclave. Ponsel juga tidak bisa meminjam proxy komputer: conclave proxy tidak punya kata sandi, jadi hanya mendengarkan di mesinnya sendiri.
pb-no-tokens = Server ini tidak menerbitkan token relay, jadi relaynya tidak dapat dipakai dari akun ini.
pb-zero-tokens = Server tidak memberi anggota token relay (jatahnya 0 per hari).
pb-same-operator = operator sama
pb-country-unknown = negara tidak diketahui
pb-relay-meta = { $country } · operator { $operator } · { $addr }
pb-relay-meta-ours = { $country } · operator { $operator } (milik server ini) · { $addr }
pb-same-operator-note = Dijalankan oleh operator yang sama dengan { $others } ({ $count } relay): tidak pernah dipakai bersama selama ada relay dari operator lain.
pb-no-relays = Server ini tidak mencantumkan relay.
pb-two-operators = Satu jalur dapat memakai dua relay dari operator berbeda.
pb-one-operator = Hanya satu operator yang menjalankan relay ini, jadi kedua lompatan dalam satu jalur miliknya: pemisahannya hanya nominal.
pb-no-path = Belum ada jalur yang dapat dibuat: { $reason }.
pb-signed-new = Ditandatangani oleh { $operator } dengan kunci { $key }; tanda tangannya valid. Perangkat ini sekarang mengingat kunci itu dan menolak direktori yang ditandatangani kunci lain. Berlaku sampai { $date }.
pb-signed-known = Ditandatangani oleh { $operator } dengan kunci { $key }; tanda tangannya valid. Ini kunci yang diingat perangkat ini, dan direktori yang ditandatangani kunci lain ditolak. Berlaku sampai { $date }.

## Panggilan

declined = { $names } menolak.
join-call = Ikut panggilan
accept = Terima
accept-call = Terima panggilan
accept-video-call = Terima panggilan video
decline = Tolak
is-calling = { $caller } menelepon
ringing-voice = Panggilan suara · { $conversation }
ringing-video = Panggilan video · { $conversation }
already-in-call = Kamu sudah dalam panggilan.
calling = Memanggil…
call-failed = Panggilan tidak dapat dimulai: { $error }
connecting = Menghubungkan…
your-camera = Kameramu
mute = Bisukan
unmute = Bunyikan
camera-off = Matikan kamera
camera-on = Nyalakan kamera
switch-camera = Ganti kamera
one-camera = Perangkat ini hanya punya satu kamera.
hang-up = Tutup
call-controls = Kontrol panggilan
tile-name = { $username } · perangkat { $device }
tile-leaf = leaf { $leaf }
reconnecting = Menghubungkan ulang…
connection-failed = Koneksi gagal
ended = Berakhir
in-call = { $count ->
   *[other] { $state } · { $count } dalam panggilan
}

## File dan pesan suara

file-too-large = File lebih besar dari yang diterima server.
file-too-large-max = File lebih besar dari yang diterima server (maksimal { $max }).
file-over-quota = Penyimpananmu di server sudah penuh. File kedaluwarsa setelah beberapa waktu; coba lagi nanti.
file-too-many = Terlalu banyak unggahan sekaligus. Coba lagi sebentar lagi.
file-grant = Izin mengunggah sudah kedaluwarsa. Coba lagi.
file-not-found = File sudah tidak ada di server (file kedaluwarsa setelah beberapa waktu).
file-hash-mismatch = Unggahan rusak di perjalanan. Coba lagi.
file-unavailable = Penyimpanan file server sedang tidak tersedia. Coba lagi nanti.
file-busy = Server sedang sibuk dengan file ini. Coba lagi sebentar lagi.
file-cut = Koneksi terputus saat mengunggah. Coba lagi.
file-no-resume = Unggahan tidak dapat dilanjutkan.
file-kept-other = Server menyimpan bagian file yang berbeda.
upload-refused = Unggahan gagal: { $reason }
download-refused = Unduhan gagal: { $reason }
file-corrupted = File ini diubah atau rusak di perjalanan; tidak ditampilkan.
open-image = Buka gambar { $name }
open = Buka
preview-of = Pratinjau { $name }
image-unreadable = Gambar ini tidak dapat ditampilkan di sini; formatnya tidak dapat dibaca browser ini.
play-voice-note = Putar pesan suara { $name }
recording-unplayable = Rekaman ini tidak dapat diputar di browser ini.
download = Unduh
download-name = Unduh { $name }
save-again = Simpan lagi
close = Tutup
play-name = Putar { $name }
pause-name = Jeda { $name }
position = Posisi

## Notifikasi

notifications = Notifikasi
hide-contents = Sembunyikan isi di notifikasi
push-blocked = Notifikasi diblokir untuk situs ini: izinkan di pengaturan situs browser.
push-not-allowed = Notifikasi tidak diizinkan.
push-no-server = Server ini tidak mengirim notifikasi push.
push-no-service = Layanan push browser ini tidak menjawab (tidak ada jaringan, atau browser tanpa layanan push).
push-unsupported = Browser ini tidak dapat menampilkan notifikasi push (di iPhone dan iPad: tambahkan Conclave ke layar utama dulu).
push-on-hidden = Aktif: notifikasi hanya bertuliskan "Pesan baru".
push-on = Aktif: notifikasi menampilkan siapa yang menulis dan apa isinya, dibaca di perangkat ini.
push-off = Nonaktif. Push dari server hanya bertuliskan "ada yang baru"; perangkat ini mendekripsi sisanya.
new-message = Pesan baru

## Panggilan di riwayat, ubin panggilan, status undangan

call-held-audio = Panggilan, { $duration }, { $people ->
   *[other] { $people } orang
}
call-held-video = Panggilan video, { $duration }, { $people ->
   *[other] { $people } orang
}
call-missed-audio = Panggilan tak terjawab dari { $from }
call-missed-video = Panggilan video tak terjawab dari { $from }
call-missed-declined-audio = Panggilan tak terjawab dari { $from } (ditolak)
call-missed-declined-video = Panggilan video tak terjawab dari { $from } (ditolak)
call-not-answered-audio = Panggilan tidak dijawab
call-not-answered-video = Panggilan video tidak dijawab
call-declined-by-audio = Panggilan ditolak oleh { $names }
call-declined-by-video = Panggilan video ditolak oleh { $names }
call-ringing-audio = { $caller } memanggil (panggilan)
call-ringing-video = { $caller } memanggil (panggilan video)
call-in-progress-audio = Panggilan sedang berlangsung, { $count ->
   *[other] { $count } orang
} di dalamnya ({ $names })
call-in-progress-video = Panggilan video sedang berlangsung, { $count ->
   *[other] { $count } orang
} di dalamnya ({ $names })
duration-seconds = { $n } dtk
duration-minutes = { $n } mnt
duration-hours = { $h } j { $min } mnt
tile-waiting-keys = menunggu kunci
tile-cant-decrypt = tidak dapat didekripsi ({ $reason })
tile-key-mismatch = kuncinya tidak cocok dengan kunci perangkat ini: epoch MLS berbeda atau bukan anggota
invite-open = terbuka
invite-used = terpakai
invite-expired = kedaluwarsa
invite-revoked = dicabut

## Typing indicators
typing-one = { $name } sedang mengetik…
typing-two = { $first } dan { $second } sedang mengetik…
typing-several = Beberapa orang sedang mengetik…
typing-title = Indikator mengetik
typing-setting = Tampilkan saat orang lain mengetik, dan biarkan mereka melihat saat saya mengetik
typing-hint = Jika dimatikan, perangkat ini tidak mengirim maupun menampilkannya. Indikator hanya sampai ke anggota yang sedang daring; server tidak menyimpannya.

## History from another device
toast-history-imported = Riwayat dari perangkat Anda { $device } telah tiba (entri: { $count }; percakapan: { $conversations }).
history-note = Riwayat di atas berasal dari perangkat Anda { $device } (dikirim { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Panggilan masuk
push-ring-body = Buka Conclave untuk menjawab
push-title-group = { $sender } di { $conversation }

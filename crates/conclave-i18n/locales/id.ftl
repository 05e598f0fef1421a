# Conclave: Indonesian (Bahasa Indonesia).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = terhubung
status-reconnecting = menghubungkan ulang… ({ $reason })
status-paused = dijeda: perintah conclave lain sedang memakai perangkat ini
pane-conversations = Percakapan
pane-unread = { $count ->
   *[other] { $count } belum dibaca
}
pane-message = Pesan
pane-none = Tidak ada percakapan
compose-hint = Tab atau Enter untuk menulis
empty-conversations = Belum ada percakapan. Mulai dari baris perintah: conclave send USER TEXT
empty-messages = Belum ada pesan. Ketik di bawah lalu tekan Enter.
keys-short = Tab fokus · Enter kirim · ^L kas · ^E catatan · ^U anggota · ? bantuan · q keluar
keys-long = Tab fokus · Enter kirim · Alt+Enter baris baru · ^L kas · ^E tambah catatan · ^U anggota · ? bantuan · q keluar
help-title = Bantuan (Esc)
help-focus = pindah antara percakapan, pesan, dan baris tulis
help-choose = pilih percakapan; gulir pesan
help-scroll = gulir pesan
help-enter = kirim (di baris tulis); tulis (di tempat lain)
help-newline = baris baru dalam pesan
help-ledger = kas bersama percakapan: saldo, pelunasan
help-add-entry = tambah catatan
help-members = anggota, perangkat mereka, dan nomor keamanan
help-esc = tutup panel; keluar dari baris tulis
help-vim = tombol gaya vim (dengan --vim)
help-help = bantuan ini
help-quit = keluar
ledger-title = Kas (Esc)
ledger-balances = Saldo
ledger-none = belum ada catatan (Ctrl+E menambah)
ledger-settle = Pelunasan
ledger-even = semua sudah impas
ledger-entries = Catatan
members-title = Anggota (Esc)
members-device = perangkat { $id }
members-you = kamu
form-title = Tambah catatan
form-kind = jenis
form-amount = jumlah
form-currency = mata uang
form-from = dari
form-split = pembagian
form-to = kepada
form-memo = memo
form-hint = jenis: payment|debt · pembagian: to|equal (kepada: satu anggota, atau a,b,c)
form-keys = Tab kolom berikut · Enter tambah · Esc batal
notice-sent = terkirim sebagai pesan { $seq }
notice-entry-added = catatan ditambahkan sebagai pesan { $seq }
notice-reconnected = terhubung kembali

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } sedang mengetik…
typing-two = { $first } dan { $second } sedang mengetik…
typing-several = Beberapa orang sedang mengetik…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = tidak dapat memulai: { $error }
cli-unexpected-response = respons tak terduga { $response }
cli-invalid-option = { $option } tidak valid
cli-invalid-option-value = { $option } tidak valid { $value }
cli-invalid-duration = durasi tidak valid { $value } (mis. 24h, 7d)
cli-not-invite-link = ini bukan tautan undangan (tautan perangkat dipakai untuk `conclave device join`)
cli-not-device-link = ini bukan tautan perangkat (buat dengan `conclave device link` di perangkat Anda yang sudah ada)
cli-joined = bergabung ke { $server } sebagai { $user } (perangkat { $device }); akun berlaku hingga { $expires }
cli-linked = tertaut ke { $server } sebagai { $user } (perangkat { $device }); akun berlaku hingga { $expires }
cli-malformed-renewal-code = kode perpanjangan salah format
cli-renewed = diperpanjang: akun { $user } berlaku hingga { $expires }
cli-display-name-none = tidak ada nama tampilan: orang lain melihat { $user }
cli-whoami-account = akun
cli-whoami-device = perangkat
cli-whoami-server = server
cli-whoami-expires = kedaluwarsa
cli-whoami-invites = undangan
cli-whoami-admin = (admin)
cli-whoami-invites-left = sisa { $count }
cli-whoami-no-quota = tanpa kuota
cli-invite-in-browser = di peramban: { $link }
cli-invite-created = undangan { $id } untuk { $count ->
   *[other] { $count } akun
}, berlaku hingga { $expires }
cli-no-invitations = tidak ada undangan
cli-invite-open = terbuka
cli-invite-used = terpakai
cli-invite-expired = kedaluwarsa
cli-invite-revoked = dicabut
cli-invite-row = sisa { $left }/{ $total }  kedaluwarsa { $expires }
cli-invite-give = berikan id undangan (dari `conclave invite list`), kode, atau tautan
cli-revoked = dicabut
cli-no-group = tidak ada grup { $name }; `conclave group list` menampilkan grup Anda
cli-no-conversation-with = tidak ada percakapan dengan { $name }; `conclave send { $name } TEXT` memulainya
cli-sent = terkirim ke { $conversation } sebagai pesan { $seq }
cli-warn-call-ignored = peringatan: sinyal panggilan { $seq } dari { $sender } di { $conversation } diabaikan: { $reason }
cli-history-note = (riwayat di atas berasal dari perangkat Anda { $device }, dikirim { $at })
cli-warn-receipt-not-sent = peringatan: tanda baca tidak terkirim: { $error }
cli-warn-delivery-unusable = peringatan: pengiriman { $seq } tidak dapat dipakai: { $reason }
cli-history-imported = riwayat dari perangkat Anda { $device } (dikirim { $at }): { $entries ->
   *[other] { $entries } entri
} dalam { $count ->
   *[other] { $count } percakapan
}
cli-warn-history-later = peringatan: riwayat dari perangkat Anda { $device } belum tiba ({ $reason }); perintah berikutnya mencoba lagi
cli-warn-history-unusable = peringatan: riwayat dari perangkat Anda { $device } tidak dapat dipakai: { $reason }
cli-warn-history-fetch = peringatan: tidak dapat mengambil riwayat yang dikirim perangkat Anda yang lain: { $error }
cli-listen-handover = perintah conclave lain sedang memakai perangkat ini; menunggu…
cli-listening-again = mendengarkan lagi
cli-connection-lost = koneksi terputus ({ $error }); menyambung ulang…
cli-group-created = membuat #{ $name } ({ $devices ->
   *[other] { $devices } perangkat
}, epoch { $epoch })
cli-group-added = menambahkan { $users } ke #{ $name }
cli-already-members = sudah menjadi anggota
cli-group-removed = mengeluarkan { $users } dari #{ $name }
cli-group-left = keluar dari #{ $name }
cli-no-conversations = tidak ada percakapan
cli-kind-group = grup
cli-kind-direct = langsung
cli-kind-unnamed = tanpa nama
cli-devices = { $devices ->
   *[other] { $devices } perangkat
}
cli-group-info = { $name }  epoch { $epoch }
cli-device = perangkat { $id }
cli-device-link-waiting = menunggu perangkat baru bergabung (jalankan `conclave --home NEWDIR device join LINK`)…
cli-link-expired = tautan kedaluwarsa sebelum ada perangkat yang bergabung
cli-device-joined = perangkat { $id } bergabung; ditambahkan ke { $added } dari { $total ->
   *[other] { $total } percakapan
}
cli-history-sent = mengirimkan riwayat { $count ->
   *[other] { $count } percakapan
} ({ $entries ->
   *[other] { $entries } entri
}, { $kib } KiB, terenkripsi ujung ke ujung)
cli-history-none = tidak ada riwayat sebelumnya untuk dikirim
cli-warn-history-not-sent = peringatan: riwayat tidak terkirim ke perangkat baru: { $error }
cli-device-added = ditambahkan { $at }
cli-device-added-this = ditambahkan { $at } (perangkat ini)
cli-device-removed = perangkat { $id } dihapus
cli-safety-changed = !!! PERINGATAN: kunci { $user } BERUBAH sejak Anda memverifikasinya !!!
cli-safety-changed-compare = !!! Perangkat baru ditambahkan atau kunci diganti. Bandingkan lagi nomor keamanan. !!!
cli-verified = { $user } terverifikasi
cli-not-verified = { $user } belum terverifikasi
cli-safety-number = nomor keamanan dengan { $user }:
cli-marked-verified = { $user } ditandai terverifikasi; Anda akan diperingatkan jika kuncinya berubah
cli-replied = membalas di { $conversation } sebagai pesan { $seq }
cli-reacted = bereaksi di { $conversation } sebagai pesan { $seq }
cli-reaction-taken-back = reaksi ditarik di { $conversation } sebagai pesan { $seq }
cli-edited = disunting di { $conversation } sebagai pesan { $seq }
cli-deleted = dihapus untuk semua di { $conversation } sebagai pesan { $seq }
cli-forwarded = diteruskan di { $conversation } sebagai pesan { $seq }
cli-timer-set = pengatur waktu disetel di { $conversation } sebagai pesan { $seq }
cli-timer-invalid = `{ $value }`: { $error }; sebutkan off, 30s, 5m, 1h, 1d, atau 1w
cli-receipts-say-on-or-off = `{ $value }`: sebutkan `on` atau `off`
cli-receipts-on = tanda baca aktif: perangkat ini memberi tahu orang lain apa yang Anda baca dan menampilkan apa yang mereka baca
cli-receipts-off = tanda baca nonaktif: perangkat ini tidak mengirim dan tidak menampilkan milik siapa pun
cli-not-a-file = { $path } bukan berkas
cli-uploading = mengunggah
cli-downloading = mengunduh
cli-file-sent = mengirim { $file } ({ $size }) ke { $conversation } sebagai pesan { $seq }
cli-message-not-available = pesan { $message } tidak tersedia
cli-message-deleted = pesan { $message } telah dihapus
cli-message-not-a-file = pesan { $message } di { $conversation } bukan berkas
cli-no-conversations-yet = belum ada percakapan
cli-files-in-several = { $message } menunjuk berkas di beberapa percakapan: sebutkan `conclave download CONVERSATION { $message }`
cli-too-many-files = terlalu banyak berkas bernama sama di sini; tentukan lokasi dengan --output
cli-file-gone = server tidak lagi menyimpan berkas ini: server menyimpan berkas sampai setiap perangkat dalam percakapan mengambilnya, atau paling lama { $days ->
   *[other] { $days } hari
}
cli-file-saved = menyimpan { $file } ({ $size }) dari { $conversation } [{ $seq }] sebagai { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE bukan UTF-8 yang valid
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE kosong
cli-prompt-passphrase = Frasa sandi
cli-prompt-again = Sekali lagi
cli-reading-passphrase = membaca frasa sandi
cli-passphrase-empty = frasa sandi kosong tidak melindungi apa pun
cli-passphrases-differ = frasa sandi tidak sama
cli-home-taken = { $dir } sudah berisi perangkat Conclave; gunakan --home lain (atau CONCLAVE_HOME) untuk yang baru
cli-cannot-create = tidak dapat membuat { $path }
cli-cannot-remove = tidak dapat menghapus { $path }
cli-cannot-write = tidak dapat menulis { $path }
cli-cannot-open = tidak dapat membuka { $path }
cli-cannot-listen = tidak dapat mendengarkan di { $address }
cli-no-device = tidak ada perangkat Conclave di { $dir } — jalankan dulu `conclave join LINK --name NAME`
cli-malformed-file = { $path } salah format
cli-device-key-missing = kunci perangkat tidak ada dalam status
cli-device-key-malformed = kunci perangkat salah format
cli-fingerprint-malformed = device.json memiliki sidik jari yang salah format
cli-lock-waiter-stopped = penantian kunci berhenti
cli-lock-wait-cancelled = penantian kunci perangkat dibatalkan
cli-lock-waiting = menunggu proses conclave lain (pid { $pid }) yang memakai perangkat ini…
cli-lock-busy = proses conclave lain (pid { $pid }) memakai status perangkat ini di { $dir } dan tidak menyerahkannya dalam { $seconds } dtk; hentikan atau tunggu hingga selesai
cli-ledger-no-conversation = tidak ada percakapan "{ $name }": berikan '#grup' atau nama pengguna percakapan 1:1
cli-ledger-unreadable = peringatan: { $count ->
   *[other] { $count } entri buku kas ditulis oleh Conclave yang lebih baru dan tidak dapat dibaca di sini; saldo mengabaikannya sampai Anda memperbarui
}
cli-ledger-handed-over = catatan: perangkat ini bergabung pada pesan { $seq }; entri sebelumnya sesuai yang diserahkan perangkat { $device } milik { $user }
cli-ledger-discrepancy = PERINGATAN: perangkat { $device } milik { $user } memberi anggota baru buku kas yang berbeda dari milik perangkat ini (pesan { $seq }): { $detail }
cli-ledger-to-or-split = berikan --to atau --split
cli-ledger-stored-without-content = pesan disimpan tanpa isinya
cli-ledger-missing-after-send = entri tidak ada di buku kas setelah dikirim
cli-ledger-refused = entri tiba di percakapan sebagai pesan { $seq } tetapi setiap perangkat menolaknya: { $error }
cli-ledger-recorded = mencatat { $id } di { $conversation }: { $description }
cli-ledger-empty = { $conversation }: belum ada entri buku kas
cli-ledger-title = buku kas { $conversation }
cli-ledger-reversed-tag = [dibatalkan]
cli-ledger-recorded-by = dicatat oleh { $user } (perangkat { $device }) pada { $at }, pesan { $seq }
cli-ledger-ref = ref { $reference }
cli-ledger-reversed-by = dibatalkan oleh { $user } ({ $id })
cli-ledger-reversed = dibatalkan ({ $id })
cli-ledger-balances-title = saldo { $conversation }
cli-ledger-is-owed = berpiutang
cli-ledger-owes = berutang
cli-ledger-settled = lunas
cli-ledger-all-settled = semua lunas
cli-ledger-to-settle-up = untuk melunasi:
cli-ledger-pays = { $from } membayar { $to } { $amount }
cli-writing = menulis { $path }
cli-writing-export = menulis ekspor
cli-ledger-exported = mengekspor { $count ->
   *[other] { $count } catatan buku kas
} ke { $path }
cli-not-a-call-id = { $value } bukan id panggilan (32 karakter heksadesimal)
cli-no-call-running = tidak ada panggilan berlangsung di { $conversation }
cli-call-started = memulai panggilan { $call } di { $conversation }
cli-call-joined = bergabung ke panggilan { $call } di { $conversation }
cli-call-left = keluar dari panggilan { $call } di { $conversation }
cli-call-declined = menolak panggilan { $call } di { $conversation }
cli-call-ended = mengakhiri panggilan { $call } di { $conversation }
cli-call-not-in = perangkat ini tidak ada dalam panggilan { $call }
cli-call-not-ringing = panggilan { $call } tidak berdering untuk Anda (berdering 45 dtk, sampai Anda menjawab atau menolak)
cli-call-token = token panggilan untuk panggilan { $call }, berlaku hingga { $expires }
cli-proxy-loopback-only = proksi melayani tanpa autentikasi, jadi hanya mendengarkan di loopback (diterima { $address })
cli-proxy-no-directory = tidak dapat mengambil direktori relai: { $error }
cli-proxy-no-server = perangkat ini tidak mengenal server
cli-proxy-circuit = sirkuit { $circuit }: masuk { $entry } → keluar { $exit } dalam { $ms } md
cli-proxy-same-operator = peringatan: satu operator menjalankan kedua relai, jadi pemisahan dua lompatan di sini hanya nominal
cli-proxy-circuit-failed = sirkuit gagal: { $error }
cli-proxy-stream-refused = koneksi ditolak: { $reason }
cli-proxy-listening = Penjelajahan pribadi di socks5://{ $address } dan http://{ $address } (CONNECT). Arahkan peramban ke sana, mis.
cli-proxy-two-relays = Dua relai membawa setiap koneksi: pintu masuk melihat alamat Anda, pintu keluar melihat situsnya; tidak ada yang melihat keduanya. Tidak terlindungi: kedua relai berkolusi, atau pengamat waktu di kedua ujung.
cli-proxy-first-circuit-failed = sirkuit pertama gagal (dicoba lagi pada koneksi pertama): { $error }
cli-proxy-status = { $circuits ->
   *[other] { $circuits } sirkuit
}, { $streams ->
   *[other] { $streams } aliran
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = berhenti: { $circuits ->
   *[other] { $circuits } sirkuit
} dibangun, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = server tidak dapat membaca apa yang dikirim program ini; perbarui Conclave
server-error-unsupported-version = server memakai versi lain dari protokol Conclave; perbarui Conclave
server-error-frame-too-large = apa yang dikirim program ini terlalu besar untuk server
server-error-not-authenticated = server mengakhiri sesi sebelum perangkat ini masuk; coba lagi
server-error-already-authenticated = perangkat ini masuk dua kali dalam satu sesi; coba lagi
server-error-auth-failed = server tidak menerima perangkat ini: perangkat ini dihapus dari akunnya, atau kuncinya tidak cocok
server-error-invite-unknown = undangan ini tidak ada; periksa tautannya
server-error-invite-used = undangan ini sudah dipakai; minta yang baru
server-error-invite-expired = undangan ini sudah kedaluwarsa; minta yang baru
server-error-invite-revoked = undangan ini sudah dicabut; minta yang baru
server-error-username-taken = nama pengguna ini sudah dipakai; pilih yang lain
server-error-username-invalid = server tidak menerima nama pengguna ini
server-error-device-key-taken = kunci perangkat ini sudah terdaftar
server-error-account-disabled = akun Anda dinonaktifkan oleh operator server
server-error-account-expired = akun { $user } kedaluwarsa pada { $date }; minta kode perpanjangan kepada admin
server-error-account-expired-plain = akun Anda sudah kedaluwarsa; minta kode perpanjangan kepada admin
server-error-renewal-unknown = kode perpanjangan ini tidak ada
server-error-renewal-used = kode perpanjangan ini sudah dipakai
server-error-renewal-expired = kode perpanjangan ini sudah kedaluwarsa; minta yang baru kepada admin
server-error-forbidden = server tidak mengizinkan ini
server-error-not-found = server tidak mengenal apa yang diminta
server-error-no-account = tidak ada akun bernama { $name }
server-error-invalid-argument = server menolak permintaan karena tidak valid
server-error-quota-exceeded = kuota undangan tercapai: Anda telah memberikan { $used } dari { $quota } penggunaan undangan, sisa { $left }
server-error-quota-exceeded-plain = kuota undangan Anda sudah habis
server-error-queue-full = antrean sebuah perangkat penerima penuh; perangkat itu harus daring dan menyusul
server-error-rate-limited = terlalu banyak permintaan; coba lagi dalam { $seconds } dtk
server-error-rate-limited-plain = terlalu banyak permintaan; coba lagi sebentar lagi
server-error-too-many-connections = server mencapai batas koneksinya; coba lagi nanti
server-error-limit-exceeded = ini melampaui batas server
server-error-stale-epoch = percakapan berubah pada saat yang sama; coba lagi
server-error-not-member = perangkat ini bukan anggota percakapan itu
server-error-no-key-package = perangkat yang akan ditambahkan tidak punya paket kunci di server; perangkat itu harus daring dulu
server-error-device-link-invalid = tautan perangkat ini tidak dikenal, sudah dipakai, atau kedaluwarsa; buat yang baru di perangkat akun ini
server-error-shutting-down = server sedang dimatikan; coba lagi sebentar lagi
server-error-internal = server mengalami galat internal; coba lagi nanti
server-error-unavailable = server tidak menyediakan ini
server-error-fell-behind = sebuah perangkat tertinggal dalam percakapan ini dan menunggu anggota menambahkannya kembali
server-error-relay-tokens-used-up = jatah penjelajahan pribadi hari ini sudah habis; jatah diperbarui pukul 00:00 UTC
server-error-relay-tokens-unavailable = server ini tidak menyediakan penjelajahan pribadi
server-error-call-tokens-unavailable = server ini tidak menyediakan panggilan
server-error-unknown-code = server menolak (galat { $code })
server-error-unsupported = server tidak mengenal permintaan ini: server menjalankan versi Conclave yang lebih lama
cli-server-account-expired = akun { $user } kedaluwarsa pada { $date }; minta kode perpanjangan kepada admin lalu jalankan `conclave renew CODE`
cli-server-account-expired-plain = akun Anda sudah kedaluwarsa; minta kode perpanjangan kepada admin lalu jalankan `conclave renew CODE`
cli-client-connect = tidak dapat terhubung ke { $address }: { $reason }
cli-client-pin-mismatch = sertifikat TLS server tidak cocok dengan sidik jari yang disematkan (diharapkan { $expected }, diterima { $got }); ini mungkin serangan, atau sertifikat server berubah
cli-client-timeout = waktu habis saat menunggu server
cli-client-closed = koneksi tertutup
cli-client-closed-because = koneksi tertutup: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (balasan) { $text }
preview-reaction = (reaksi) { $emoji }
preview-edit = (disunting) { $text }
preview-deleted = (menghapus pesan)
preview-receipt = (dibaca sampai { $seq })
preview-conversation-started = (percakapan dimulai)
preview-group = (grup #{ $name })
preview-file = (berkas) { $name } ({ $size ->
   *[other] { $size } byte
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (diteruskan) { $text }
preview-timer-off = (pesan sementara nonaktif)
preview-timer = (pesan sementara: { $time })
preview-display-name-cleared = (nama tampilan dihapus)
preview-display-name = (nama tampilan: { $name })
preview-call-started-audio = (panggilan) memulai panggilan suara { $call }
preview-call-started-video = (panggilan) memulai panggilan video { $call }
preview-call-ringing = (panggilan) berdering untuk { $call }
preview-call-answered = (panggilan) menjawab { $call }
preview-call-declined = (panggilan) menolak { $call }
preview-call-joined = (panggilan) bergabung ke { $call }
preview-call-left = (panggilan) keluar dari { $call }
preview-call-ended = (panggilan) mengakhiri { $call }
preview-call-unreadable = (sinyal panggilan tak terbaca: { $reason })
preview-ledger = (kas) { $entry }
preview-ledger-handover = (kas) { $count ->
   *[other] { $count } catatan sebelumnya
} diserahkan ke perangkat yang bergabung (bagian { $part } dari { $parts })
preview-ledger-unreadable = (entri kas tak terbaca: { $reason })
ledger-payment-to = { $from } membayar { $names } { $money }
ledger-payment-equal = { $from } membayar { $money } untuk { $names } (dibagi rata)
ledger-payment-exact = { $from } membayar { $money } untuk { $names } (dibagi { $shares })
ledger-payment-weights = { $from } membayar { $money } untuk { $names } (dibagi menurut bobot { $weights })
ledger-debt-to = { $names } berutang { $money } kepada { $from }
ledger-debt-equal = { $names } berutang { $money } kepada { $from } (dibagi rata)
ledger-debt-exact = { $names } berutang { $money } kepada { $from } (dibagi { $shares })
ledger-debt-weights = { $names } berutang { $money } kepada { $from } (dibagi menurut bobot { $weights })
ledger-reversed-entry = membatalkan entri { $id }
ledger-with-memo = { $entry }: { $memo }
ledger-refused = ditolak: { $entry } ({ $error })
ledger-refused-plain = ditolak: { $error }
ledger-unreadable = tak terbaca: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = bergabung
history-unreadable = pesan tidak terbaca ({ $reason })
history-fell-behind = perangkat ini tertinggal di sini dan melewatkan pesan; perangkat ini ditambahkan kembali saat seorang anggota mengirim pesan berikutnya
history-fell-behind-long = Perangkat ini tertinggal di sini (antreannya di server penuh) dan melewatkan pesan sejak titik ini; perangkat ini ditambahkan kembali saat seorang anggota mengirim pesan berikutnya.
history-added = menambahkan { $names }
history-removed = mengeluarkan { $names }
history-added-removed = menambahkan { $added }; mengeluarkan { $removed }
history-keys-updated = memperbarui kunci
history-deleted = (dihapus)
preview-photo = Foto: { $name }
preview-voice-note = Pesan suara: { $name }
preview-file-named = File: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = pengatur waktu pesan sementara harus nonaktif atau antara { $min } dtk hingga 4 minggu ({ $max } dtk); { $secs } dtk tidak diperbolehkan
refused-one-to-one-self = percakapan 1:1 memerlukan akun lain
refused-group-exists = Anda sudah punya grup bernama #{ $name }
refused-remove-self = untuk keluar dari percakapan, gunakan `leave`
refused-not-members = tidak satu pun dari mereka adalah anggota
refused-no-key-packages = belum ada satu pun perangkat yang akan ditambahkan yang menerbitkan paket kunci
refused-busy = grup sedang terlalu sibuk; coba lagi
refused-not-in-conversation = Anda tidak berada dalam percakapan ini
refused-fell-behind = perangkat ini tertinggal dalam percakapan ini (antreannya di server penuh); perangkat ini ditambahkan kembali saat anggota lain mengirim pesan berikutnya
refused-server-too-old-for-timer = pesan dalam percakapan ini menghilang, dan versi server terlalu lama untuk membiarkannya kedaluwarsa di antreannya (revisi protokol 1): perbarui server, atau matikan pengatur waktu
refused-call-running = sebuah panggilan ({ $call }, dimulai oleh { $caller }) sedang berlangsung di percakapan ini: bergabunglah
refused-display-name-too-long = nama tampilan paling banyak { $max } karakter ({ $given } diberikan)
refused-display-name-invisible = nama tampilan tidak boleh berisi karakter kontrol, penimpa arah, atau tak terlihat ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = galat: { $message }
cli-usage-invalid-value = nilai { $value } tidak valid untuk { $arg }
cli-usage-value-required = { $arg } memerlukan nilai, tetapi tidak ada yang diberikan
cli-usage-invalid-value-because = nilai { $value } tidak valid untuk { $arg }: { $reason }
cli-usage-possible-values = nilai yang mungkin: { $values }
cli-usage-unknown-argument = ditemukan argumen tak terduga { $arg }
cli-usage-unknown-subcommand = subperintah tidak dikenal { $command }
cli-usage-missing-arguments = argumen wajib berikut tidak diberikan: { $args }
cli-usage-missing-subcommand = { $command } memerlukan subperintah, tetapi tidak ada yang diberikan
cli-usage-subcommands = subperintah: { $values }
cli-usage-too-many-values = ditemukan nilai tak terduga { $value } untuk { $arg }; tidak ada nilai lain yang diharapkan
cli-usage-conflict = argumen { $arg } tidak dapat dipakai bersama { $other }
cli-usage-used-twice = argumen { $arg } tidak dapat dipakai lebih dari sekali
cli-usage-similar-subcommand = tips: ada subperintah yang mirip: { $names }
cli-usage-similar-argument = tips: ada argumen yang mirip: { $names }
cli-usage-similar-value = tips: ada nilai yang mirip: { $names }
cli-usage-more = Untuk informasi lebih lanjut, coba { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = nomor keamanan { $number }
members-safety-number-verified = nomor keamanan { $number } (terverifikasi)
members-no-safety-number = tidak ada nomor keamanan: { $error }
notice-not-sent = tidak terkirim: { $error }
notice-ledger-failed = kas: { $error }
notice-members-failed = anggota: { $error }
notice-error = kesalahan: { $error }

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

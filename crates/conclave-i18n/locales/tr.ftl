# Conclave: Turkish (Türkçe).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = bağlı
status-reconnecting = yeniden bağlanılıyor… ({ $reason })
status-paused = duraklatıldı: başka bir conclave komutu bu cihazı kullanıyor
pane-conversations = Sohbetler
pane-unread = { $count ->
    [one] { $count } okunmamış
   *[other] { $count } okunmamış
}
pane-message = Mesaj
pane-none = Sohbet yok
compose-hint = Yazmak için Tab veya Enter
empty-conversations = Henüz sohbet yok. Komut satırından başlatın: conclave send USER TEXT
empty-messages = Henüz mesaj yok. Aşağıya yazıp Enter'a basın.
keys-short = Tab odak · Enter gönder · ^L hesap · ^E kayıt · ^U üyeler · ? yardım · q çık
keys-long = Tab odak · Enter gönder · Alt+Enter yeni satır · ^L hesap · ^E kayıt ekle · ^U üyeler · ? yardım · q çık
help-title = Yardım (Esc)
help-focus = sohbetler, mesajlar ve yazma satırı arasında geçiş
help-choose = sohbet seç; mesajları kaydır
help-scroll = mesajları kaydır
help-enter = gönder (yazma satırında); yaz (başka yerde)
help-newline = mesajda yeni satır
help-ledger = sohbetin ortak hesabı: bakiyeler, hesaplaşma
help-add-entry = kayıt ekle
help-members = üyeler, cihazları ve güvenlik numaraları
help-esc = paneli kapat; yazma satırından çık
help-vim = vim tarzı tuşlar (--vim ile)
help-help = bu yardım
help-quit = çık
ledger-title = Hesap (Esc)
ledger-balances = Bakiyeler
ledger-none = henüz kayıt yok (Ctrl+E ekler)
ledger-settle = Hesaplaşma
ledger-even = herkes ödeşti
ledger-entries = Kayıtlar
members-title = Üyeler (Esc)
members-device = cihaz { $id }
members-you = sen
form-title = Kayıt ekle
form-kind = tür
form-amount = tutar
form-currency = para birimi
form-from = kimden
form-split = paylaşım
form-to = kime
form-memo = not
form-hint = tür: payment|debt · paylaşım: to|equal (kime: bir üye veya a,b,c)
form-keys = Tab sonraki alan · Enter ekle · Esc vazgeç
notice-sent = { $seq } numaralı mesaj olarak gönderildi
notice-entry-added = kayıt { $seq } numaralı mesaj olarak eklendi
notice-reconnected = yeniden bağlandı

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } yazıyor…
typing-two = { $first } ve { $second } yazıyor…
typing-several = Birkaç kişi yazıyor…

## Calls in the history
call-held-audio = Arama, { $duration }, { $people ->
    [one] { $people } kişi
   *[other] { $people } kişi
}
call-held-video = Görüntülü arama, { $duration }, { $people ->
    [one] { $people } kişi
   *[other] { $people } kişi
}
call-missed-audio = Cevapsız arama: { $from }
call-missed-video = Cevapsız görüntülü arama: { $from }
call-missed-declined-audio = Cevapsız arama: { $from } (reddedildi)
call-missed-declined-video = Cevapsız görüntülü arama: { $from } (reddedildi)
call-not-answered-audio = Arama yanıtlanmadı
call-not-answered-video = Görüntülü arama yanıtlanmadı
call-declined-by-audio = Aramayı reddedenler: { $names }
call-declined-by-video = Görüntülü aramayı reddedenler: { $names }
call-ringing-audio = { $caller } arıyor (sesli arama)
call-ringing-video = { $caller } arıyor (görüntülü arama)
call-in-progress-audio = Arama sürüyor, aramada { $count ->
    [one] { $count } kişi
   *[other] { $count } kişi
} var ({ $names })
call-in-progress-video = Görüntülü arama sürüyor, aramada { $count ->
    [one] { $count } kişi
   *[other] { $count } kişi
} var ({ $names })
duration-seconds = { $n } sn
duration-minutes = { $n } dk
duration-hours = { $h } sa { $min } dk

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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = başlatılamıyor: { $error }
cli-unexpected-response = beklenmeyen yanıt { $response }
cli-invalid-option = geçersiz { $option }
cli-invalid-option-value = geçersiz { $option } { $value }
cli-invalid-duration = geçersiz süre { $value } (ör. 24h, 7d)
cli-not-invite-link = bu bir davet bağlantısı değil (cihaz bağlantısı `conclave device join` içindir)
cli-not-device-link = bu bir cihaz bağlantısı değil (mevcut cihazınızda `conclave device link` ile bir tane oluşturun)
cli-joined = { $server } sunucusuna { $user } olarak katıldınız (cihaz { $device }); hesap { $expires } tarihine kadar geçerli
cli-linked = { $server } sunucusuna { $user } olarak bağlandı (cihaz { $device }); hesap { $expires } tarihine kadar geçerli
cli-malformed-renewal-code = hatalı yenileme kodu
cli-renewed = yenilendi: { $user } hesabı { $expires } tarihine kadar geçerli
cli-display-name-none = görünen ad yok: diğerleri { $user } görüyor
cli-whoami-account = hesap
cli-whoami-device = cihaz
cli-whoami-server = sunucu
cli-whoami-expires = bitiş
cli-whoami-invites = davetler
cli-whoami-admin = (yönetici)
cli-whoami-invites-left = { $count } kaldı
cli-whoami-no-quota = kota yok
cli-invite-in-browser = tarayıcıda: { $link }
cli-invite-created = davet { $id }, { $count ->
    [one] { $count } hesap
   *[other] { $count } hesap
} için, { $expires } tarihine kadar geçerli
cli-no-invitations = davet yok
cli-invite-open = açık
cli-invite-used = kullanıldı
cli-invite-expired = süresi doldu
cli-invite-revoked = iptal edildi
cli-invite-row = { $left }/{ $total } kaldı  bitiş { $expires }
cli-invite-give = bir davet kimliği (`conclave invite list` çıktısından), kod veya bağlantı verin
cli-revoked = iptal edildi
cli-no-group = { $name } grubu yok; `conclave group list` sizinkileri gösterir
cli-no-conversation-with = { $name } ile sohbet yok; `conclave send { $name } TEXT` bir tane başlatır
cli-sent = { $conversation } sohbetine { $seq } numaralı mesaj olarak gönderildi
cli-warn-call-ignored = uyarı: { $conversation } içinde { $sender } kaynaklı { $seq } numaralı arama sinyali yok sayıldı: { $reason }
cli-history-note = (yukarıdaki geçmiş { $device } numaralı cihazınızdan geldi, gönderilme { $at })
cli-warn-receipt-not-sent = uyarı: okundu bilgisi gönderilmedi: { $error }
cli-warn-delivery-unusable = uyarı: { $seq } numaralı teslimat kullanılamadı: { $reason }
cli-history-imported = { $device } numaralı cihazınızdan geçmiş (gönderilme { $at }): { $count ->
    [one] { $count } sohbette
   *[other] { $count } sohbette
} { $entries ->
    [one] { $entries } kayıt
   *[other] { $entries } kayıt
}
cli-warn-history-later = uyarı: { $device } numaralı cihazınızdan geçmiş henüz gelmedi ({ $reason }); sonraki komut yeniden dener
cli-warn-history-unusable = uyarı: { $device } numaralı cihazınızdan gelen geçmiş kullanılamıyor: { $reason }
cli-warn-history-fetch = uyarı: diğer cihazınızın gönderdiği geçmiş alınamadı: { $error }
cli-listen-handover = başka bir conclave komutu bu cihazı kullanıyor; bekleniyor…
cli-listening-again = yeniden dinleniyor
cli-connection-lost = bağlantı koptu ({ $error }); yeniden bağlanılıyor…
cli-group-created = #{ $name } oluşturuldu ({ $devices ->
    [one] { $devices } cihaz
   *[other] { $devices } cihaz
}, dönem { $epoch })
cli-group-added = { $users } #{ $name } grubuna eklendi
cli-already-members = zaten üyeler
cli-group-removed = { $users } #{ $name } grubundan çıkarıldı
cli-group-left = #{ $name } grubundan ayrıldınız
cli-no-conversations = sohbet yok
cli-kind-group = grup
cli-kind-direct = birebir
cli-kind-unnamed = adsız
cli-devices = { $devices ->
    [one] { $devices } cihaz
   *[other] { $devices } cihaz
}
cli-group-info = { $name }  dönem { $epoch }
cli-device = cihaz { $id }
cli-device-link-waiting = yeni cihazın katılması bekleniyor (`conclave --home NEWDIR device join LINK` çalıştırın)…
cli-link-expired = bir cihaz katılmadan bağlantının süresi doldu
cli-device-joined = cihaz { $id } katıldı; { $total ->
    [one] { $total } sohbetin
   *[other] { $total } sohbetin
} { $added } tanesine eklendi
cli-history-sent = ona { $count ->
    [one] { $count } sohbetin
   *[other] { $count } sohbetin
} geçmişi gönderildi ({ $entries ->
    [one] { $entries } kayıt
   *[other] { $entries } kayıt
}, { $kib } KiB, uçtan uca şifreli)
cli-history-none = gönderilecek önceki geçmiş yok
cli-warn-history-not-sent = uyarı: geçmiş yeni cihaza gönderilmedi: { $error }
cli-device-added = eklendi { $at }
cli-device-added-this = eklendi { $at } (bu cihaz)
cli-device-removed = cihaz { $id } kaldırıldı
cli-safety-changed = !!! UYARI: { $user } kullanıcısının anahtarları siz doğruladıktan sonra DEĞİŞTİ !!!
cli-safety-changed-compare = !!! Yeni bir cihaz eklendi veya bir anahtar değiştirildi. Güvenlik numarasını yeniden karşılaştırın. !!!
cli-verified = { $user } doğrulandı
cli-not-verified = { $user } henüz doğrulanmadı
cli-safety-number = { $user } ile güvenlik numarası:
cli-marked-verified = { $user } doğrulanmış olarak işaretlendi; anahtarları değişirse uyarılacaksınız
cli-replied = { $conversation } içinde { $seq } numaralı mesaj olarak yanıtlandı
cli-reacted = { $conversation } içinde { $seq } numaralı mesaj olarak tepki verildi
cli-reaction-taken-back = { $conversation } içinde tepki geri alındı, { $seq } numaralı mesaj
cli-edited = { $conversation } içinde { $seq } numaralı mesaj olarak düzenlendi
cli-deleted = { $conversation } içinde herkes için silindi, { $seq } numaralı mesaj
cli-forwarded = { $conversation } içinde { $seq } numaralı mesaj olarak iletildi
cli-timer-set = { $conversation } içinde zamanlayıcı ayarlandı, { $seq } numaralı mesaj
cli-timer-invalid = `{ $value }`: { $error }; off, 30s, 5m, 1h, 1d veya 1w deyin
cli-receipts-say-on-or-off = `{ $value }`: `on` veya `off` deyin
cli-receipts-on = okundu bilgisi açık: bu cihaz okuduklarınızı diğerlerine söyler ve onların okuduklarını gösterir
cli-receipts-off = okundu bilgisi kapalı: bu cihaz hiç göndermez ve kimsenikini göstermez
cli-not-a-file = { $path } bir dosya değil
cli-uploading = yükleniyor
cli-downloading = indiriliyor
cli-file-sent = { $file } ({ $size }) { $conversation } sohbetine { $seq } numaralı mesaj olarak gönderildi
cli-message-not-available = { $message } mesajı kullanılamıyor
cli-message-deleted = { $message } mesajı silindi
cli-message-not-a-file = { $conversation } içindeki { $message } mesajı bir dosya değil
cli-no-conversations-yet = henüz sohbet yok
cli-files-in-several = { $message } birden çok sohbette dosya belirtiyor: `conclave download CONVERSATION { $message }` deyin
cli-too-many-files = burada bu adda çok fazla dosya var; --output ile yeri belirtin
cli-file-gone = sunucuda bu dosya artık yok: bir dosyayı sohbetteki her cihaz alana kadar, en fazla { $days ->
    [one] { $days } gün
   *[other] { $days } gün
} saklar
cli-file-saved = { $conversation } [{ $seq }] içinden { $file } ({ $size }) { $path } olarak kaydedildi
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE geçerli UTF-8 değil
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE boş
cli-prompt-passphrase = Parola ifadesi
cli-prompt-again = Tekrar
cli-reading-passphrase = parola ifadesi okunuyor
cli-passphrase-empty = boş bir parola ifadesi hiçbir şeyi korumaz
cli-passphrases-differ = parola ifadeleri farklı
cli-home-taken = { $dir } zaten bir Conclave cihazı içeriyor; yenisi için başka bir --home (veya CONCLAVE_HOME) kullanın
cli-cannot-create = { $path } oluşturulamıyor
cli-cannot-remove = { $path } kaldırılamıyor
cli-cannot-write = { $path } yazılamıyor
cli-cannot-open = { $path } açılamıyor
cli-cannot-listen = { $address } üzerinde dinlenemiyor
cli-no-device = { $dir } içinde Conclave cihazı yok — önce `conclave join LINK --name NAME` çalıştırın
cli-malformed-file = hatalı { $path }
cli-device-key-missing = cihaz anahtarı durumda yok
cli-device-key-malformed = hatalı cihaz anahtarı
cli-fingerprint-malformed = device.json hatalı bir parmak izi içeriyor
cli-lock-waiter-stopped = kilit beklemesi durdu
cli-lock-wait-cancelled = cihaz kilidi beklemesi iptal edildi
cli-lock-waiting = bu cihazı kullanan başka bir conclave işlemi (pid { $pid }) bekleniyor…
cli-lock-busy = başka bir conclave işlemi (pid { $pid }) { $dir } içindeki cihaz durumunu kullanıyor ve { $seconds } s içinde devretmedi; durdurun veya bitmesini bekleyin
cli-ledger-no-conversation = "{ $name }" sohbeti yok: '#grup' veya birebir bir sohbetin kullanıcı adını verin
cli-ledger-unreadable = uyarı: { $count ->
    [one] { $count } kasa kaydı daha yeni bir Conclave tarafından yazılmış ve burada okunamıyor; güncelleyene kadar bakiyeler bunları dışarıda bırakır
   *[other] { $count } kasa kaydı daha yeni bir Conclave tarafından yazılmış ve burada okunamıyor; güncelleyene kadar bakiyeler bunları dışarıda bırakır
}
cli-ledger-handed-over = not: bu cihaz { $seq } numaralı mesajda katıldı; önceki kayıtlar { $user } kullanıcısının { $device } numaralı cihazının devrettiği gibidir
cli-ledger-discrepancy = UYARI: { $user } kullanıcısının { $device } numaralı cihazı yeni gelenlere bu cihazınkinden farklı bir kasa verdi ({ $seq } numaralı mesaj): { $detail }
cli-ledger-to-or-split = ya --to ya da --split verin
cli-ledger-stored-without-content = mesaj içeriği olmadan saklandı
cli-ledger-missing-after-send = kayıt gönderildikten sonra kasada yok
cli-ledger-refused = kayıt sohbete { $seq } numaralı mesaj olarak ulaştı ama her cihaz onu reddediyor: { $error }
cli-ledger-recorded = { $id }, { $conversation } içine kaydedildi: { $description }
cli-ledger-empty = { $conversation }: henüz kasa kaydı yok
cli-ledger-title = { $conversation } kasası
cli-ledger-reversed-tag = [iptal edildi]
cli-ledger-recorded-by = { $user } kaydetti (cihaz { $device }) { $at }, mesaj { $seq }
cli-ledger-ref = ref { $reference }
cli-ledger-reversed-by = { $user } iptal etti ({ $id })
cli-ledger-reversed = iptal edildi ({ $id })
cli-ledger-balances-title = { $conversation } bakiyeleri
cli-ledger-is-owed = alacaklı
cli-ledger-owes = borçlu
cli-ledger-settled = ödeşti
cli-ledger-all-settled = herkes ödeşti
cli-ledger-to-settle-up = ödeşmek için:
cli-ledger-pays = { $from }, { $to } kişisine { $amount } öder
cli-writing = { $path } yazılıyor
cli-writing-export = dışa aktarım yazılıyor
cli-ledger-exported = { $count ->
    [one] { $count } kasa kaydı
   *[other] { $count } kasa kaydı
} { $path } konumuna aktarıldı
cli-not-a-call-id = { $value } bir arama kimliği değil (32 onaltılık karakter)
cli-no-call-running = { $conversation } içinde süren arama yok
cli-call-started = { $conversation } içinde { $call } araması başlatıldı
cli-call-joined = { $conversation } içinde { $call } aramasına katıldınız
cli-call-left = { $conversation } içinde { $call } aramasından ayrıldınız
cli-call-declined = { $conversation } içinde { $call } araması reddedildi
cli-call-ended = { $conversation } içinde { $call } araması sonlandırıldı
cli-call-not-in = bu cihaz { $call } aramasında değil
cli-call-not-ringing = { $call } araması sizin için çalmıyor (yanıtlayana veya reddedene kadar 45 s çalar)
cli-call-token = { $call } araması için arama belirteci, { $expires } tarihine kadar geçerli
cli-proxy-loopback-only = vekil sunucu kimlik doğrulamasız hizmet verir, bu yüzden yalnızca loopback üzerinde dinler (alınan { $address })
cli-proxy-no-directory = aktarıcı dizini alınamıyor: { $error }
cli-proxy-no-server = bu cihaz hiçbir sunucu bilmiyor
cli-proxy-circuit = devre { $circuit }: giriş { $entry } → çıkış { $exit }, { $ms } ms
cli-proxy-same-operator = uyarı: iki aktarıcıyı da tek bir işletmeci çalıştırıyor, bu yüzden iki atlamalı ayrım burada yalnızca adda kalıyor
cli-proxy-circuit-failed = devre başarısız: { $error }
cli-proxy-stream-refused = bağlantı reddedildi: { $reason }
cli-proxy-listening = socks5://{ $address } ve http://{ $address } (CONNECT) üzerinde özel gezinme. Bir tarayıcıyı buraya yönlendirin, ör.
cli-proxy-two-relays = Her bağlantıyı iki aktarıcı taşır: giriş adresinizi, çıkış siteyi görür; hiçbiri ikisini birden görmez. Korunmaz: iki aktarıcının işbirliği veya iki uçtaki zamanlamayı gözleyen biri.
cli-proxy-first-circuit-failed = ilk devre başarısız (ilk bağlantıda yeniden denenir): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } devre
   *[other] { $circuits } devre
}, { $streams ->
    [one] { $streams } akış
   *[other] { $streams } akış
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = durduruldu: { $circuits ->
    [one] { $circuits } devre
   *[other] { $circuits } devre
} kuruldu, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = sunucu bu programın gönderdiğini okuyamadı; Conclave'ı güncelleyin
server-error-unsupported-version = sunucu Conclave protokolünün başka bir sürümünü konuşuyor; Conclave'ı güncelleyin
server-error-frame-too-large = bu programın gönderdiği sunucu için çok büyük
server-error-not-authenticated = sunucu, bu cihaz oturum açmadan önce oturumu kapattı; yeniden deneyin
server-error-already-authenticated = bu cihaz aynı oturumda iki kez oturum açtı; yeniden deneyin
server-error-auth-failed = sunucu bu cihazı kabul etmiyor: hesabından kaldırıldı ya da anahtarı eşleşmiyor
server-error-invite-unknown = bu davet yok; bağlantıyı kontrol edin
server-error-invite-used = bu davet zaten kullanıldı; yenisini isteyin
server-error-invite-expired = bu davetin süresi doldu; yenisini isteyin
server-error-invite-revoked = bu davet geri alındı; yenisini isteyin
server-error-username-taken = bu kullanıcı adı alınmış; başka birini seçin
server-error-username-invalid = sunucu bu kullanıcı adını kabul etmiyor
server-error-device-key-taken = bu cihazın anahtarı zaten kayıtlı
server-error-account-disabled = hesabınız sunucunun işletmecisi tarafından devre dışı bırakıldı
server-error-account-expired = { $user } hesabının süresi { $date } tarihinde doldu; bir yöneticiden yenileme kodu isteyin
server-error-account-expired-plain = hesabınızın süresi doldu; bir yöneticiden yenileme kodu isteyin
server-error-renewal-unknown = bu yenileme kodu yok
server-error-renewal-used = bu yenileme kodu zaten kullanıldı
server-error-renewal-expired = bu yenileme kodunun süresi doldu; bir yöneticiden yenisini isteyin
server-error-forbidden = sunucu buna izin vermiyor
server-error-not-found = sunucu istenen şeyi tanımıyor
server-error-no-account = { $name } adında bir hesap yok
server-error-invalid-argument = sunucu isteği geçersiz diye reddetti
server-error-quota-exceeded = davet kotası doldu: { $quota } davet hakkınızdan { $used } tanesini verdiniz, { $left } kaldı
server-error-quota-exceeded-plain = davet kotanız tükendi
server-error-queue-full = alıcı bir cihazın kuyruğu dolu; çevrimiçi olup geri kalanı alması gerekiyor
server-error-rate-limited = çok fazla istek; { $seconds } sn sonra yeniden deneyin
server-error-rate-limited-plain = çok fazla istek; birazdan yeniden deneyin
server-error-too-many-connections = sunucu bağlantı sınırında; daha sonra yeniden deneyin
server-error-limit-exceeded = bu, sunucunun bir sınırını aşıyor
server-error-stale-epoch = sohbet aynı anda değişti; yeniden deneyin
server-error-not-member = bu cihaz o sohbetin üyesi değil
server-error-no-key-package = eklenecek bir cihazın sunucuda anahtar paketi yok; önce çevrimiçi olması gerekiyor
server-error-device-link-invalid = bu cihaz bağlantısı bilinmiyor, kullanılmış ya da süresi dolmuş; hesabın bir cihazında yenisini oluşturun
server-error-shutting-down = sunucu kapanıyor; birazdan yeniden deneyin
server-error-internal = sunucuda dahili bir hata oluştu; daha sonra yeniden deneyin
server-error-unavailable = sunucu bunu sunmuyor
server-error-fell-behind = bir cihaz bu sohbette geride kaldı ve bir üyenin onu yeniden eklemesini bekliyor
server-error-relay-tokens-used-up = bugünkü gizli gezinme hakkı tükendi; 00:00 UTC'de yenilenir
server-error-relay-tokens-unavailable = bu sunucu gizli gezinme sunmuyor
server-error-call-tokens-unavailable = bu sunucu arama sunmuyor
server-error-unknown-code = sunucu reddetti (hata { $code })
server-error-unsupported = sunucu bu isteği tanımıyor: Conclave'ın daha eski bir sürümünü çalıştırıyor
cli-server-account-expired = { $user } hesabının süresi { $date } tarihinde doldu; bir yöneticiden yenileme kodu isteyin ve `conclave renew CODE` çalıştırın
cli-server-account-expired-plain = hesabınızın süresi doldu; bir yöneticiden yenileme kodu isteyin ve `conclave renew CODE` çalıştırın
cli-client-connect = { $address } adresine bağlanılamıyor: { $reason }
cli-client-pin-mismatch = sunucunun TLS sertifikası sabitlenmiş parmak iziyle eşleşmiyor (beklenen { $expected }, gelen { $got }); bu bir saldırı olabilir ya da sunucunun sertifikası değişti
cli-client-timeout = sunucu beklenirken zaman aşımı oldu
cli-client-closed = bağlantı kapandı
cli-client-closed-because = bağlantı kapandı: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (yanıt) { $text }
preview-reaction = (tepki) { $emoji }
preview-edit = (düzenlendi) { $text }
preview-deleted = (bir mesajı sildi)
preview-receipt = ({ $seq } numaralı mesaja kadar okundu)
preview-conversation-started = (sohbet başladı)
preview-group = (grup #{ $name })
preview-file = (dosya) { $name } ({ $size ->
    [one] { $size } bayt
   *[other] { $size } bayt
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (iletildi) { $text }
preview-timer-off = (kaybolan mesajlar kapalı)
preview-timer = (kaybolan mesajlar: { $time })
preview-display-name-cleared = (görünen ad temizlendi)
preview-display-name = (görünen ad: { $name })
preview-call-started-audio = (arama) sesli arama başlattı { $call }
preview-call-started-video = (arama) görüntülü arama başlattı { $call }
preview-call-ringing = (arama) çalıyor: { $call }
preview-call-answered = (arama) yanıtladı: { $call }
preview-call-declined = (arama) reddetti: { $call }
preview-call-joined = (arama) katıldı: { $call }
preview-call-left = (arama) ayrıldı: { $call }
preview-call-ended = (arama) sonlandırdı: { $call }
preview-call-unreadable = (okunamayan arama sinyali: { $reason })
preview-ledger = (kasa) { $entry }
preview-ledger-handover = (kasa) { $count ->
    [one] { $count } önceki kayıt
   *[other] { $count } önceki kayıt
} katılan cihazlara devredildi (bölüm { $part }/{ $parts })
preview-ledger-unreadable = (okunamayan kasa kaydı: { $reason })
ledger-payment-to = { $from }, { $names } kişisine { $money } ödedi
ledger-payment-equal = { $from }, { $names } için { $money } ödedi (eşit paylaşım)
ledger-payment-exact = { $from }, { $names } için { $money } ödedi (paylaşım { $shares })
ledger-payment-weights = { $from }, { $names } için { $money } ödedi (ağırlığa göre paylaşım { $weights })
ledger-debt-to = { $names }, { $from } kişisine { $money } borçlu
ledger-debt-equal = { $names }, { $from } kişisine { $money } borçlu (eşit paylaşım)
ledger-debt-exact = { $names }, { $from } kişisine { $money } borçlu (paylaşım { $shares })
ledger-debt-weights = { $names }, { $from } kişisine { $money } borçlu (ağırlığa göre paylaşım { $weights })
ledger-reversed-entry = { $id } kaydı iptal edildi
ledger-with-memo = { $entry }: { $memo }
ledger-refused = reddedildi: { $entry } ({ $error })
ledger-refused-plain = reddedildi: { $error }
ledger-unreadable = okunamadı: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = katıldı
history-unreadable = okunamayan mesaj ({ $reason })
history-fell-behind = bu cihaz burada geride kaldı ve mesajları kaçırdı; bir üye bir sonraki mesajını gönderdiğinde yeniden eklenir
history-fell-behind-long = Bu cihaz burada geride kaldı (sunucudaki kuyruğu doluydu) ve bu noktadan itibaren mesajları kaçırdı; bir üye bir sonraki mesajını gönderdiğinde yeniden eklenir.
history-added = ekledi: { $names }
history-removed = çıkardı: { $names }
history-added-removed = ekledi: { $added }; çıkardı: { $removed }
history-keys-updated = anahtarları güncelledi
history-deleted = (silindi)
preview-photo = Fotoğraf: { $name }
preview-voice-note = Sesli not: { $name }
preview-file-named = Dosya: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = kaybolan mesaj zamanlayıcısı ya kapalıdır ya da { $min } s ile 4 hafta ({ $max } s) arasındadır; { $secs } s geçerli değil
refused-one-to-one-self = 1:1 sohbet için başka bir hesap gerekir
refused-group-exists = zaten #{ $name } adında bir grubunuz var
refused-remove-self = bir sohbetten ayrılmak için `leave` kullanın
refused-not-members = hiçbiri üye değil
refused-no-key-packages = eklenecek cihazların hiçbiri henüz anahtar paketi yayımlamadı
refused-busy = grup çok meşgul; yeniden deneyin
refused-not-in-conversation = bu sohbette değilsiniz
refused-fell-behind = bu cihaz bu sohbette geride kaldı (sunucudaki kuyruğu doluydu); başka bir üye bir sonraki mesajını gönderdiğinde yeniden eklenir
refused-server-too-old-for-timer = bu sohbetin mesajları kayboluyor ve sunucu, kuyruğundaki mesajların süresinin dolmasına izin veremeyecek kadar eski (protokol revizyonu 1): sunucuyu yükseltin veya zamanlayıcıyı kapatın
refused-call-running = bu sohbette bir arama sürüyor ({ $call }, başlatan: { $caller }): aramaya katılın
refused-display-name-too-long = görünen ad en fazla { $max } karakter olabilir ({ $given } verildi)
refused-display-name-invisible = görünen ad kontrol, yön geçersiz kılma veya görünmez karakterler içeremez ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = hata: { $message }
cli-usage-invalid-value = { $arg } için geçersiz değer { $value }
cli-usage-value-required = { $arg } için bir değer gerekli, ancak verilmedi
cli-usage-invalid-value-because = { $arg } için geçersiz değer { $value }: { $reason }
cli-usage-possible-values = olası değerler: { $values }
cli-usage-unknown-argument = beklenmeyen argüman { $arg } bulundu
cli-usage-unknown-subcommand = tanınmayan alt komut { $command }
cli-usage-missing-arguments = şu gerekli argümanlar verilmedi: { $args }
cli-usage-missing-subcommand = { $command } komutu bir alt komut gerektiriyor, ancak verilmedi
cli-usage-subcommands = alt komutlar: { $values }
cli-usage-too-many-values = { $arg } için beklenmeyen değer { $value } bulundu; başka değer beklenmiyordu
cli-usage-conflict = { $arg } argümanı { $other } ile birlikte kullanılamaz
cli-usage-used-twice = { $arg } argümanı birden fazla kez kullanılamaz
cli-usage-similar-subcommand = ipucu: benzer bir alt komut var: { $names }
cli-usage-similar-argument = ipucu: benzer bir argüman var: { $names }
cli-usage-similar-value = ipucu: benzer bir değer var: { $names }
cli-usage-more = Daha fazla bilgi için { $help } deneyin.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = güvenlik numarası { $number }
members-safety-number-verified = güvenlik numarası { $number } (doğrulandı)
members-no-safety-number = güvenlik numarası yok: { $error }
notice-not-sent = gönderilmedi: { $error }
notice-ledger-failed = hesap: { $error }
notice-members-failed = üyeler: { $error }
notice-error = hata: { $error }

# Conclave: Turkish (Türkçe), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Başlatma, katılma, bağlama, kilit açma

boot-loading = Yükleniyor…
boot-failed = Conclave başlatılamadı: { $error }
boot-other-tab = Conclave bu tarayıcının başka bir sekmesinde veya penceresinde zaten açık. Onu kapatın, sonra bu sayfayı yeniden yükleyin.
working = İşleniyor…
wrong-passphrase = Yanlış parola. { $detail }. Yeniden deneyin.
tagline = Yalnızca davetle, uçtan uca şifreli mesajlaşma. Anahtarlarınız bu tarayıcıda oluşturulur ve burada saklanır.
passphrase = Parola
passphrase-hint = En az 8 karakter. Bu cihazın anahtarlarını ve geçmişini bu tarayıcıda şifreler ve tarayıcıdan hiç çıkmaz; unutulursa bu tarayıcıdaki kopya açılamaz.
passphrase-again = Parolayı tekrarlayın
passphrase-differ = İki parola birbirini tutmuyor.
join-title = Davetle katıl
join-link = Davet bağlantısı
join-link-hint = https://…/join#code=… veya conclave://…/join#code=…
username = Kullanıcı adı
username-hint = 3 ila 32 karakter: a–z, 0–9, “.”, “_”, “-”.
device-name = Bu cihazın adı
join-button = Katıl
joining = Katılınıyor…
link-title = Bu tarayıcıyı hesabınıza bağlayın
link-intro = Hesabınızın bulunduğu bir cihazda “conclave device link” komutunu çalıştırın ve yazdırdığı bağlantıyı buraya yapıştırın. O cihaz bu tarayıcıyı sohbetlerinize ekler.
link-link = Cihaz bağlantısı
link-link-hint = https://…/device#code=… veya conclave://…/device#code=…
link-button = Bu tarayıcıyı bağla
linking = Bağlanıyor…
unlock-title = Conclave kilidini aç
unlock-holds = Bu tarayıcıda { $username } kullanıcısının “{ $device }” cihazı var.
unlock-button = Kilidi aç
unlocking = Kilit açılıyor…
unlock-link-ignored = Bu tarayıcıda zaten bir Conclave cihazı var; açtığınız bağlantı kullanılmıyor. Kullanmak için önce bu cihazı bu tarayıcıdan kaldırın.
unlock-forgot = Parolayı mı unuttunuz? Bu tarayıcıdaki kopya parola olmadan açılamaz. Kopyayı burada kaldırın ve bu tarayıcıyı diğer cihazlarınızdan birinden yeniden bağlayın.
forget-button = Bu cihazı bu tarayıcıdan kaldır
forget-confirm = { $username } kullanıcısının cihazı bu tarayıcıdan kaldırılsın mı? Buradaki anahtarları ve geçmişi silinir; hesabınız ve diğer cihazlarınız kalır.

## Arayüz

conversations = Sohbetler
new-button = Yeni
new-conversation = Yeni sohbet
private-button = Gizli
private-browsing = Gizli gezinme
account-button = Hesap
account = Hesap
details = Ayrıntılar
call-button = Ara
call-start = Arama başlat
call-voice = Sesli arama
video-button = Görüntülü
video-start = Görüntülü arama başlat
video-call = Görüntülü arama
ledger = Ortak hesap
ledger-button-title = Ortak harcamalar ve bakiyeler
messages = Mesajlar
composer-placeholder = Mesaj
send = Gönder
sending = Gönderiliyor…
attach = Dosya ekle
take-photo = Fotoğraf çek
voice-hold = Sesli not kaydetmek için basılı tutun
back-chats = ‹ Sohbetler
back-to-conversations = Sohbetlere dön
back = ‹ Geri
close-panel = Paneli kapat
conversation-panels = Sohbet panelleri
members = Üyeler
choose-conversation = Bir sohbet seçin veya “Yeni” ile bir sohbet başlatın.
call = Arama

## Durum ve uyarılar

status-online = { $username } · çevrimiçi
status-offline = { $username } · çevrimdışı
status-expired = { $username } · süresi doldu
status-replaced = { $username } · değiştirildi
status-refused = { $username } · reddedildi
status-connecting = { $username } · bağlanıyor
banner-expired = Hesabınızın süresi doldu. Devam etmek için Hesap bölümünde bir yenileme kodu kullanın.
banner-replaced = Conclave bu cihaz için başka bir yerde açıldı; bu sayfa durdu. Burada kullanmak için yeniden yükleyin.
banner-refused = Sunucu bu cihazı reddetti: { $reason }
banner-offline = Çevrimdışı: bu tarayıcıdakiler gösteriliyor. { $reason }
banner-expires-soon = Hesabınızın süresi { $date } tarihinde doluyor. Bir yöneticiden yenileme kodu isteyin.
conn-expired = Hesabınızın süresi doldu: Hesap bölümünden yenileyin.
conn-offline = Çevrimdışı: okuyabilirsiniz; gönderme, bağlantı kurulunca yeniden çalışır.
expiry-unknown = bilinmiyor (çevrimdışı)
expiry-expired = { $date } (süresi doldu)
expiry-days = { $days ->
    [one] { $date } ({ $days } gün)
   *[other] { $date } ({ $days } gün)
}

## Sohbet listesi ve mesajlar

you = Sen
last-message = { $who }: { $text }
ledger-line = Ortak hesap: { $text }
group-created = Grup oluşturuldu
no-messages-yet = Henüz mesaj yok
no-conversations = Henüz sohbet yok.
not-on-device = Bu sohbet bu cihazda yok.
conversation = Sohbet
removed-banner = Bu sohbetten çıkarıldınız. Artık mesajlarını almıyorsunuz.
membership-added = { $who }, { $names } kişisini ekledi
membership-removed = { $who }, { $names } kişisini çıkardı
membership-added-removed = { $who }, { $added } kişisini ekledi ve { $removed } kişisini çıkardı
membership-keys = { $who } anahtarları güncelledi
unreadable-message = Okunamayan mesaj ({ $reason })
handover-mine = Cihazınız ortak hesabın önceki kayıtlarını katılan cihazlara aktardı.
handover-theirs = { $sender } kullanıcısının cihazı ortak hesabın önceki kayıtlarını katılan cihazlara aktardı.
open-ledger-link = Ortak hesap ›
open-ledger = Ortak hesabı aç
joined-here = Bu sohbete bu cihazda katıldınız.
empty-conversation = Henüz mesaj yok. Mesajlar uçtan uca şifrelidir.
upload-sending = { $name } gönderiliyor…
upload-failed = { $name }: { $error }
dismiss = Kapat
record-failed = Kayıt yapılamıyor: { $error }
record-hold = Sesli not kaydetmek için mikrofon düğmesini basılı tutun.
toast-added-to-conversation = Bir sohbete eklendiniz.
toast-fell-behind = Bu cihaz bir sohbette geride kaldı ve yeniden eklenmeyi bekliyor.
invites-admin = kota yok (yönetici)
invites-left = { $count } kaldı

## Üyeler

no-longer-member = Artık bu sohbetin üyesi değilsiniz.
safety-number = Güvenlik numarası
safety-number-with = { $username } ile güvenlik numarası
remove = Çıkar
remove-member = { $username } kişisini çıkar
remove-confirm = { $username }, { $conversation } sohbetinden çıkarılsın mı? Sonraki mesajları okuyamayacak.
removing = Çıkarılıyor…
removed-toast = { $username } çıkarıldı.
devices-line = { $count ->
    [one] cihaz { $ids }
   *[other] cihazlar { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = cihaz ({ $id })
member-you = { $username } (sen)
members-summary = { $count ->
    [one] { $count } üye · dönem { $epoch }
   *[other] { $count } üye · dönem { $epoch }
}
add = Ekle
adding = Ekleniyor…
added-toast = Eklendi: { $names }.
add-members = Üye ekle
add-members-hint = Virgülle ayrılmış kullanıcı adları. Tüm cihazları katılır.
leave = Bu sohbetten ayrıl
leave-confirm = { $conversation } sohbetinden tüm cihazlarınızda ayrılınsın mı?
leaving = Ayrılınıyor…
epoch-authenticator = Dönem doğrulayıcısı (her üyenin cihazında aynı): { $code }
loading = Yükleniyor…
safety-verified = doğrulandı
safety-changed = doğrulamanızdan beri ANAHTARLAR DEĞİŞTİ
safety-unverified = doğrulanmadı
mark-verified = Doğrulandı olarak işaretle
saving = Kaydediliyor…
verified-toast = { $username } doğrulandı olarak işaretlendi.
safety-with = { $username } ile güvenlik numarası { $badge }
safety-hint = Bunu karşı tarafınkiyle yüz yüze veya başka bir kanaldan karşılaştırın. Eşleşiyorsa doğrulandı olarak işaretleyin: anahtarları daha sonra değişirse bu açıkça gösterilir.

## Ortak hesap

ledger-paid-by = Ödeyen
ledger-paid-to = Kime / kimin için
ledger-owed-to = Alacaklı
ledger-owed-by = Borçlu
split-to = Tümü bir üyeye
split-equal = Eşit paylaştır
split-exact = Tutarlara göre paylaştır
split-weights = Ağırlıklara göre paylaştır
badge-reversed = iptal edildi
badge-reversal = iptal kaydı
badge-refused = reddedildi
badge-unreadable = okunamıyor
device-id = cihaz { $id }
device-id-named = cihaz { $id } ({ $name })
entries = Kayıtlar
entries-count = Kayıtlar ({ $count })
export-csv = CSV indir
export-json = JSON indir
balances = Bakiyeler
export = Dışa aktar
export-hint = CSV: her kayıt için üye başına bir satır (üye ve para birimine göre toplamı bakiyeleri verir). JSON: tüm kayıtlar, bakiyeler ve hesaplaşma.
discrepancy-title = Uyarı: yeni bir cihaza aktarılan ortak hesap sizinkinden farklı.
discrepancy = { $by } kullanıcısının { $device } cihazı (mesaj { $seq }) yeni gelenlere bu cihazdakinden farklı bir ortak hesap aktardı: { $detail }. Onların bakiyeleri sizinkinden farklı olabilir; { $by } ile karşılaştırın.
ledger-unreadable = { $count ->
    [one] { $count } kayıt daha yeni bir Conclave ile yazıldı ve burada okunamıyor; siz güncelleyene kadar bakiyeler bu kaydı hesaba katmaz.
   *[other] { $count } kayıt daha yeni bir Conclave ile yazıldı ve burada okunamıyor; siz güncelleyene kadar bakiyeler bu kayıtları hesaba katmaz.
}
handed-over-mine = Bu cihaz { $seq } numaralı mesajda katıldı: ondan önceki kayıtlar, { $device } cihazınızın aktardığı gibidir.
handed-over-theirs = Bu cihaz { $seq } numaralı mesajda katıldı: ondan önceki kayıtlar, { $by } kullanıcısının { $device } cihazının aktardığı gibidir.
ledger-empty = Henüz kayıt yok. Aşağıya ortak bir harcama, ödeme veya borç girin; her üye aynı bakiyeleri görür.
balances-in = { $currency } cinsinden bakiyeler
balance-owed = alacaklı
balance-owes = borçlu
balance-settled = ödeşildi
settle-title = Hesaplaşmak için
settle-you-pay = { $to } kişisine { $amount } { $currency } ödersiniz
settle-pays-you = { $from } size { $amount } { $currency } öder
settle-pays = { $from }, { $to } kişisine { $amount } { $currency } öder
all-settled = Herkes ödeşti.
records-empty = Kayıtlar burada sunucunun sıraladığı düzende, her cihazda aynı şekilde görünür.
recorded-by-you = { $day } · sizin tarafınızdan { $device } cihazından { $time } saatinde kaydedildi
recorded-by = { $day } · { $member } tarafından { $device } cihazından { $time } saatinde kaydedildi
reference-line = Referans: { $reference }
reversed-by-you = Sizin tarafınızdan iptal edildi (kayıt { $entry }); artık hesaba katılmıyor.
reversed-by = { $member } tarafından iptal edildi (kayıt { $entry }); artık hesaba katılmıyor.
reversed-by-someone = Biri tarafından iptal edildi (kayıt { $entry }); artık hesaba katılmıyor.
undoes = İptal ettiği: { $description }
refused-everywhere = Ulaştığı her cihaz tarafından reddedildi; hiçbir bakiyeyi değiştirmez.
handed-by-mine = Bu cihaz katıldığında { $device } cihazınız tarafından aktarıldı
handed-by-theirs = Bu cihaz katıldığında { $username } kullanıcısının { $device } cihazı tarafından aktarıldı
reverse-toggle = İptal et…
reverse-entry-label = { $entry } numaralı kaydı iptal et
reverse-entry = Kaydı iptal et
cancel = Vazgeç
reverse-why = Neden (isteğe bağlı)
reverse-hint = Kayıt, iptal edildi olarak işaretlenip geçmişte kalır; bakiyelere etkisi her cihazda geri alınır.
reversing = İptal ediliyor…
reversed-toast = İptal edildi: { $description }
kind-payment = Ödeme: biri ödedi
kind-debt = Borç: biri borçlu
record-entry = Kaydı gir
member = Üye
split-equal-among = Eşit paylaştırılacak kişiler
split-equal-hint = Ödeyen kişiye de pay düşmesi için onu da dahil edin. Artan kuruş, listedeki ilk üyelere gider.
weights-legend = Ağırlıklar (ör. 2 ve 1: üçte iki ve üçte bir)
amounts-legend = Tutarlar (toplamı toplam tutara eşit)
share-empty-hint = Bir üyeye pay vermemek için alanını boş bırakın.
will-record = Kaydedilecek: { $description }
will-record-shares = Kaydedilecek: { $description } — { $shares } { $currency }
amount = Tutar
currency = Para birimi
add-entry-form = Ortak hesaba kayıt ekle
what-happened = Ne oldu
date = Tarih
memo-optional = Not (isteğe bağlı)
reference-optional = Referans (isteğe bağlı)
reference-hint = Bir fatura numarası, bir havale kimliği…
add-entry = Kayıt ekle
ledger-intro = Kayıtlar uçtan uca şifreli mesajlardır; kimse bir kaydı düzenleyemez veya silemez, hatalı kayıt iptal edilir.
recording = Kaydediliyor…
recorded-toast = Kaydedildi: { $description }
preparing = Hazırlanıyor…
exported-toast = { $count ->
    [one] { $count } ortak hesap kaydı { $file } dosyasına aktarıldı.
   *[other] { $count } ortak hesap kaydı { $file } dosyasına aktarıldı.
}

## Yeni sohbet, hesap

start = Başlat
starting = Başlatılıyor…
create-group = Grup oluştur
creating = Oluşturuluyor…
message-person = Bir kişiye mesaj gönder
new-group = Yeni grup
group-name = Grup adı
members-hint = Virgülle ayrılmış kullanıcı adları.
your-account = Hesabınız
this-device = Bu cihaz
this-device-value = { $name } (cihaz { $id })
valid-until = Geçerlilik sonu
invitations = Davetler
connection = Bağlantı
online = çevrimiçi
offline = çevrimdışı
offline-reason = çevrimdışı: { $reason }
renew = Yenile
renewing = Yenileniyor…
renewed-toast = { $date } tarihine kadar yenilendi.
renew-title = Hesabınızı yenileyin
renewal-code = Yenileme kodu
renewal-hint = Bir yönetici size verir; hesabınızın süresini, dolmuş olsa bile uzatır.
expires-1-day = 1 gün
expires-7-days = 7 gün
expires-30-days = 30 gün
create-invitation = Davet oluştur
your-invitations = Davetleriniz
copy = Kopyala
copied = Kopyalandı.
copy-failed = Bağlantıyı seçip kopyalayın.
invitation-created = Davet oluşturuldu.
invitation-for = { $count ->
    [one] { $count } kişi için, { $date } tarihine kadar geçerli.
   *[other] { $count } kişi için, { $date } tarihine kadar geçerli.
}
link-for-browser = Tarayıcı için bağlantı:
link-for-cli = Komut satırı için (conclave join):
invite-row = #{ $id } · { $state } · { $left }/{ $total } kaldı · { $date } tarihine kadar
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } kaldı · { $date } tarihine kadar · katılanlar: { $names }
no-invitations = Henüz davet yok.
invite-someone = Birini davet et
number-of-people = Kişi sayısı
valid-for = Geçerlilik süresi
your-devices = Cihazlarınız
add-device-hint = Bir cihaz eklemek için hesabınızın bulunduğu bir cihazda “conclave device link” komutunu çalıştırın.
lock = Kilitle
this-browser = Bu tarayıcı
lock-hint = Kilitlemek oturumu kapatır; parola oturumu yeniden açar.
device-row = { $name } (cihaz { $id }), eklenme: { $date }
device-row-this = { $name } (cihaz { $id }), eklenme: { $date } — bu tarayıcı
offline-short = Çevrimdışı.
language = Dil
language-hint = Bu cihazda bu sayfanın dili. “Otomatik”, tarayıcının dillerini izler.
language-auto = Otomatik

## Gizli gezinme

pb-what-title = Gizli gezinme nedir
pb-what-1 = Gizli gezinme, bir cihazın web trafiğini doğrudan siteye değil, iki aktarıcı üzerinden taşır. Giriş aktarıcısı kim olduğunuzu (adresinizi) öğrenir ama nereye gittiğinizi öğrenmez; çıkış aktarıcısı nereye gittiğinizi (siteyi) öğrenir ama kim olduğunuzu öğrenmez. Hiçbiri ikisini birden öğrenmez.
pb-what-2 = Cihazınızla çıkış arasında trafik şifrelidir, bu yüzden giriş yalnızca mühürlü, sabit boyutlu hücreler görür. Her aktarıcı bir bağlantıyı yalnızca ilişkilendirilemeyen bir jetonla içeri alır; bu sunucu jetonları kör imzalar: bir jetonun hangi bağlantı veya site için harcandığını bilemez.
pb-what-3 = Bu sayfa kendisi hiçbir şeyi yönlendirmez: bir web sayfası başka trafiği taşıyamaz. Bunu bir cihazdaki conclave programı yapar (bkz. “Bu cihazda kullanın”).
pb-limits-title = Neye karşı korumaz
pb-limits-1 = İki atlama, tek bir meraklı aktarıcı işletmecisine karşı korur. Bir yoldaki iki aktarıcı birlikte çalışırsa işe yaramaz; trafiği iki uçta izleyip zamanlamasını eşleştiren bir gözlemciye (küresel gözlemci) karşı da korumaz.
pb-limits-2 = Aynı işletmecinin aktarıcıları aşağıdaki listede işaretlidir ve başka bir işletmecinin aktarıcısı varken bir yol asla bunlardan ikisini kullanmaz. Aktarıcıları yalnızca bir işletmeci çalıştırıyorsa iki atlama da onundur ve ayrım yalnızca görünüştedir; conclave proxy bu durumda uyarır.
pb-limits-3 = Siteler onlara gönderdiklerinizi yine görür: oturum açma, çerezler ve tarayıcının parmak izi sizi her zamanki gibi tanıtır.
pb-limits-4 = Yalnızca proxy'ye yönlendirilen programlar korunur. Ad çözümlemeyi de proxy'ye bırakın (socks5h, curl'ün --socks5-hostname seçeneği, Firefox'un “Proxy DNS” ayarı), yoksa DNS sorgularınız proxy'nin dışından gider.
pb-allowance-note = Her devre, her aktarıcı için bir tane olmak üzere iki jeton harcar; bir devre birçok bağlantı taşır ve 10 dakika sonra yenilenir. Kota 00:00 UTC'de yenilenir.
pb-allowance-title = Bu cihazın kotası
pb-per-day = Günlük jeton
pb-left-today = Bugün kalan
pb-fetching = Aktarıcı dizini alınıyor…
relays = Aktarıcılar
pb-setup = { $first }: conclave'da hesabınızın bulunduğu bir cihazda { $link } komutunu, sonra burada { $join } komutunu çalıştırın (davetle: { $joininvite }).
pb-use-title = Bu cihazda kullanın
pb-desktop = Bilgisayar (Linux, macOS, Windows)
pb-desktop-install = conclave komut satırını kurun ve ona hesabınızı verin
pb-desktop-run = { $cmd } komutunu çalıştırın. Yalnızca bu bilgisayar için { $addr } adresinde SOCKS5 ve HTTP CONNECT sunar ve her devrenin giriş ve çıkışını yazdırır.
pb-desktop-chromium = Chromium, Chrome veya Edge: { $cmd } ile başlatın (adlar bu durumda proxy tarafından çözümlenir). Ayrı bir profil ({ $profile }) gizli gezinmeyi normal profilinizden ayrı tutar.
pb-desktop-firefox = Firefox: Ayarlar → Genel → Ağ Ayarları → Ayarlar…: Elle vekil sunucu yapılandırması, SOCKS sunucusu 127.0.0.1, Port 1080, SOCKS v5 ve “SOCKS v5 kullanırken DNS için vekil sunucu kullan” seçeneğini işaretleyin.
pb-desktop-curl = Komut satırı araçları: { $cmd }.
pb-desktop-options = Seçenekler: { $country } o ülkedeki bir çıkıştan çıkar; { $circuit } her siteye kendi devresini verir.
pb-android = Android telefon veya tablet
pb-android-intro = Bir tarayıcı SOCKS proxy çalıştıramaz, bu yüzden telefondaki bir programın çalıştırması gerekir:
pb-android-termux = Termux'u (F-Droid'den) ve onun içine conclave komut satırını kurun.
pb-android-account = Ona hesabınızı verin
pb-android-run = Termux'ta { $cmd } komutunu çalıştırın ve açık bırakın (pil ayarlarında Termux'un arka planda çalışmasına izin verin).
pb-android-wifi = Ayarlar → Wi-Fi → ağınız → Düzenle → Gelişmiş → Proxy: Manuel, ana bilgisayar { $host }, bağlantı noktası { $port }. Android'in proxy ayarı HTTP CONNECT kullanır; proxy bunu aynı bağlantı noktasında anlar. Bu ayarı izleyen tarayıcılar o Wi-Fi ağında (mobil veride değil) aktarıcılar üzerinden gider.
pb-android-browser = Ya da kendi proxy ayarları olan bir tarayıcı kullanın: uzak DNS ile SOCKS5 { $socks } veya HTTP proxy { $http } (CONNECT).
pb-ios = iPhone ve iPad
pb-ios-text = Şu an kullanılamıyor. iOS'ta bir komut satırı programını yerel proxy olarak arka planda çalışır tutmanın yolu yok (Termux yok ve uygulamalar askıya alınır); bir telefonun trafiğini taşımak da VPN tarzı bir uygulama (Network Extension) gerektirir ve Conclave'da henüz bu yok. Telefon bir bilgisayarın proxy'sini de ödünç alamaz: conclave proxy'nin parolası yoktur, bu yüzden yalnızca kendi makinesinde dinler.
pb-no-tokens = Bu sunucu aktarıcı jetonu vermiyor, bu yüzden aktarıcıları bu hesaptan kullanılamaz.
pb-zero-tokens = Sunucu üyelere aktarıcı jetonu vermiyor (kotası günde 0).
pb-same-operator = aynı işletmeci
pb-country-unknown = ülke bilinmiyor
pb-relay-meta = { $country } · işletmeci { $operator } · { $addr }
pb-relay-meta-ours = { $country } · işletmeci { $operator } (bu sunucunun) · { $addr }
pb-same-operator-note = { $others } ile aynı işletmeci tarafından çalıştırılıyor ({ $count } aktarıcı): başka bir işletmecinin aktarıcısı varken asla birlikte kullanılmaz.
pb-no-relays = Bu sunucu hiç aktarıcı listelemiyor.
pb-two-operators = Bir yol, farklı işletmecilere ait iki aktarıcı kullanabilir.
pb-one-operator = Bu aktarıcıları yalnızca bir işletmeci çalıştırıyor, bu yüzden bir yolun iki atlaması da onun: ayrım yalnızca görünüşte.
pb-no-path = Henüz yol kurulamıyor: { $reason }.
pb-signed-new = { $operator } tarafından { $key } anahtarıyla imzalandı; imza doğrulandı. Bu cihaz artık bu anahtarı hatırlıyor ve başka bir anahtarla imzalanmış dizini reddediyor. { $date } tarihine kadar geçerli.
pb-signed-known = { $operator } tarafından { $key } anahtarıyla imzalandı; imza doğrulandı. Bu, bu cihazın hatırladığı anahtar; başka bir anahtarla imzalanmış dizini reddeder. { $date } tarihine kadar geçerli.

## Aramalar

declined = { $names } reddetti.
join-call = Aramaya katıl
accept = Kabul et
accept-call = Aramayı kabul et
accept-video-call = Görüntülü aramayı kabul et
decline = Reddet
is-calling = { $caller } arıyor
ringing-voice = Sesli arama · { $conversation }
ringing-video = Görüntülü arama · { $conversation }
already-in-call = Zaten bir aramadasınız.
calling = Aranıyor…
call-failed = Arama başlatılamadı: { $error }
connecting = Bağlanıyor…
your-camera = Kameranız
mute = Sesi kapat
unmute = Sesi aç
camera-off = Kamerayı kapat
camera-on = Kamerayı aç
switch-camera = Kamerayı değiştir
one-camera = Bu cihazda tek kamera var.
hang-up = Kapat
call-controls = Arama denetimleri
tile-name = { $username } · cihaz { $device }
tile-leaf = yaprak { $leaf }
reconnecting = Yeniden bağlanıyor…
connection-failed = Bağlantı başarısız
ended = Bitti
in-call = { $count ->
    [one] { $state } · aramada { $count } kişi
   *[other] { $state } · aramada { $count } kişi
}

## Dosyalar ve sesli notlar

file-too-large = Dosya, sunucunun kabul ettiğinden büyük.
file-too-large-max = Dosya, sunucunun kabul ettiğinden büyük (en fazla { $max }).
file-over-quota = Sunucudaki depolama alanınız dolu. Dosyaların süresi bir süre sonra dolar; daha sonra yeniden deneyin.
file-too-many = Aynı anda çok fazla yükleme var. Birazdan yeniden deneyin.
file-grant = Yükleme izninin süresi doldu. Yeniden deneyin.
file-not-found = Dosya artık sunucuda değil (dosyaların süresi bir süre sonra dolar).
file-hash-mismatch = Yükleme yolda bozuldu. Yeniden deneyin.
file-unavailable = Sunucunun dosya deposu şu anda kullanılamıyor. Daha sonra yeniden deneyin.
file-busy = Sunucu bu dosyayla meşgul. Birazdan yeniden deneyin.
file-cut = Yükleme sırasında bağlantı koptu. Yeniden deneyin.
file-no-resume = Yüklemeye devam edilemedi.
file-kept-other = Sunucu dosyanın farklı bir bölümünü sakladı.
upload-refused = Yükleme başarısız: { $reason }
download-refused = İndirme başarısız: { $reason }
file-corrupted = Bu dosya yolda değiştirilmiş veya bozulmuş; gösterilmiyor.
open-image = { $name } görselini aç
open = Aç
preview-of = { $name } önizlemesi
image-unreadable = Bu görsel burada gösterilemiyor; bu tarayıcının okuyabildiği bir resim değil.
play-voice-note = { $name } sesli notunu oynat
recording-unplayable = Bu kayıt bu tarayıcıda oynatılamıyor.
download = İndir
download-name = { $name } dosyasını indir
save-again = Yeniden kaydet
close = Kapat
play-name = Oynat: { $name }
pause-name = Duraklat: { $name }
position = Konum

## Bildirimler

notifications = Bildirimler
hide-contents = Bildirimlerde içeriği gizle
push-blocked = Bu site için bildirimler engellendi: tarayıcının site ayarlarından izin verin.
push-not-allowed = Bildirimlere izin verilmedi.
push-no-server = Bu sunucu anlık bildirim göndermiyor.
push-no-service = Bu tarayıcının anlık bildirim hizmeti yanıt vermedi (ağ yok veya tarayıcıda böyle bir hizmet yok).
push-unsupported = Bu tarayıcı anlık bildirim gösteremiyor (iPhone ve iPad'de: önce Conclave'ı ana ekrana ekleyin).
push-on-hidden = Açık: bildirimler yalnızca “Yeni mesaj” der.
push-on = Açık: bildirimler, bu cihazda çözülerek kimin ne yazdığını gösterir.
push-off = Kapalı. Sunucunun bildirimleri yalnızca “yeni bir şey var” der; gerisini bu cihaz çözer.
new-message = Yeni mesaj

## Geçmişteki aramalar, arama kutucukları, davet durumları

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
tile-waiting-keys = anahtarlar bekleniyor
tile-cant-decrypt = çözülemiyor ({ $reason })
tile-key-mismatch = anahtarı bu cihazınkiyle eşleşmiyor: farklı MLS dönemi ya da üye değil
invite-open = açık
invite-used = kullanıldı
invite-expired = süresi doldu
invite-revoked = iptal edildi

## Typing indicators
typing-one = { $name } yazıyor…
typing-two = { $first } ve { $second } yazıyor…
typing-several = Birkaç kişi yazıyor…
typing-title = Yazıyor göstergeleri
typing-setting = Başkaları yazarken göster ve ben yazarken onların görmesine izin ver
typing-hint = Kapalıyken bu cihaz bunları ne gönderir ne gösterir. Yalnızca şu anda çevrimiçi olan üyelere ulaşır; sunucu hiçbirini saklamaz.

## History from another device
toast-history-imported = { $device } numaralı cihazınızdan geçmiş geldi (kayıtlar: { $count }; sohbetler: { $conversations }).
history-note = Yukarıdaki geçmiş { $device } numaralı cihazınızdan geldi (gönderildi: { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Gelen arama
push-ring-body = Yanıtlamak için Conclave'ı açın
push-title-group = { $conversation } içinde { $sender }

# Conclave: Traditional Chinese, Taiwan (繁體中文，台灣), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Start, join, link, unlock

boot-loading = 載入中…
boot-failed = Conclave 無法啟動：{ $error }
boot-other-tab = Conclave 已在此瀏覽器的另一個分頁或視窗中開啟。請關閉它，然後重新載入此頁面。
working = 處理中…
wrong-passphrase = 密碼片語錯誤。{ $detail }。請再試一次。
tagline = 僅限邀請、端對端加密的通訊。你的金鑰在此瀏覽器中產生並保存。
passphrase = 密碼片語
passphrase-hint = 至少 8 個字元。它會在此瀏覽器中加密此裝置的金鑰與歷史紀錄，而且絕不會離開此瀏覽器；一旦忘記，此瀏覽器中的副本就無法開啟。
passphrase-again = 再次輸入密碼片語
passphrase-differ = 兩次輸入的密碼片語不一致。
join-title = 透過邀請加入
join-link = 邀請連結
join-link-hint = https://…/join#code=… 或 conclave://…/join#code=…
username = 使用者名稱
username-hint = 3 到 32 個字元：a–z、0–9、「.」、「_」、「-」。
device-name = 此裝置的名稱
join-button = 加入
joining = 正在加入…
link-title = 將此瀏覽器連結到你的帳號
link-intro = 在已有你帳號的裝置上執行「conclave device link」，然後貼上它顯示的連結。那台裝置接著會把此瀏覽器加入你的對話。
link-link = 裝置連結
link-link-hint = https://…/device#code=… 或 conclave://…/device#code=…
link-button = 連結此瀏覽器
linking = 正在連結…
unlock-title = 解鎖 Conclave
unlock-holds = 此瀏覽器中保存著 { $username } 的裝置「{ $device }」。
unlock-button = 解鎖
unlocking = 正在解鎖…
unlock-link-ignored = 此瀏覽器中已有一個 Conclave 裝置，你開啟的連結不會被使用。如要使用它，請先從此瀏覽器移除此裝置。
unlock-forgot = 忘記密碼片語了嗎？沒有它，就無法開啟此瀏覽器中的副本。請在這裡移除它，再從你的另一台裝置重新連結此瀏覽器。
forget-button = 從此瀏覽器移除此裝置
forget-confirm = 要從此瀏覽器移除 { $username } 的裝置嗎？這裡的金鑰與歷史紀錄會被刪除；你的帳號和其他裝置不受影響。

## The shell

conversations = 對話
new-button = 新增
new-conversation = 新對話
private-button = 隱私
private-browsing = 隱私瀏覽
account-button = 帳號
account = 帳號
details = 詳細資料
call-button = 通話
call-start = 開始通話
call-voice = 語音通話
video-button = 視訊
video-start = 開始視訊通話
video-call = 視訊通話
ledger = 帳本
ledger-button-title = 共同支出與餘額
messages = 訊息
composer-placeholder = 訊息
send = 傳送
sending = 正在傳送…
attach = 附加檔案
take-photo = 拍照
voice-hold = 按住以錄製語音訊息
back-chats = ‹ 聊天
back-to-conversations = 返回對話列表
back = ‹ 返回
close-panel = 關閉面板
conversation-panels = 對話面板
members = 成員
choose-conversation = 選擇一個對話，或按「新增」開始一個。
call = 通話

## Status and banners

status-online = { $username } · 上線
status-offline = { $username } · 離線
status-expired = { $username } · 已過期
status-replaced = { $username } · 已被取代
status-refused = { $username } · 被拒絕
status-connecting = { $username } · 連線中
banner-expired = 你的帳號已過期。請在「帳號」中兌換展延碼以繼續使用。
banner-replaced = 此裝置的 Conclave 已在別處開啟，本頁面已停止。重新載入即可在這裡使用。
banner-refused = 伺服器拒絕了此裝置：{ $reason }
banner-offline = 離線：顯示的是此瀏覽器中已有的內容。{ $reason }
banner-expires-soon = 你的帳號將於 { $date } 到期。請向管理員索取展延碼。
conn-expired = 你的帳號已過期：請在「帳號」中展延。
conn-offline = 離線：可以閱讀；重新連線後即可傳送。
expiry-unknown = 不明（離線）
expiry-expired = { $date }（已過期）
expiry-days = { $days ->
   *[other] { $date }（還剩 { $days } 天）
}

## The conversation list and the messages

you = 你
last-message = { $who }：{ $text }
ledger-line = 帳本：{ $text }
group-created = 已建立群組
no-messages-yet = 還沒有訊息
no-conversations = 還沒有對話。
not-on-device = 此對話不在此裝置上。
conversation = 對話
removed-banner = 你已被移出此對話，不會再收到它的訊息。
membership-added = { $who } 新增了 { $names }
membership-removed = { $who } 移除了 { $names }
membership-added-removed = { $who } 新增了 { $added }，並移除了 { $removed }
membership-keys = { $who } 更新了金鑰
unreadable-message = 無法讀取的訊息（{ $reason }）
handover-mine = 你的裝置已將帳本中較早的記帳交給新加入的裝置。
handover-theirs = { $sender } 的裝置已將帳本中較早的記帳交給新加入的裝置。
open-ledger-link = 帳本 ›
open-ledger = 開啟帳本
joined-here = 你在此裝置上加入了此對話。
empty-conversation = 還沒有訊息。訊息皆經過端對端加密。
upload-sending = 正在傳送 { $name }…
upload-failed = { $name }：{ $error }
dismiss = 關閉
record-failed = 無法錄音：{ $error }
record-hold = 按住麥克風按鈕即可錄製語音訊息。
toast-added-to-conversation = 你被加入了一個對話。
toast-fell-behind = 此裝置在一個對話中進度落後，正在等待被重新加入。
invites-admin = 不限額度（管理員）
invites-left = 剩餘 { $count }

## Members

no-longer-member = 你已不再是此對話的成員。
safety-number = 安全碼
safety-number-with = 與 { $username } 的安全碼
remove = 移除
remove-member = 移除 { $username }
remove-confirm = 要將 { $username } 移出 { $conversation } 嗎？對方將無法閱讀之後的訊息。
removing = 正在移除…
removed-toast = 已移除 { $username }。
devices-line = { $count ->
   *[other] 裝置 { $ids }
}
device-named = { $name }（{ $id }）
device-unnamed = 裝置（{ $id }）
member-you = { $username }（你）
members-summary = { $count ->
   *[other] { $count } 位成員 · 紀元 { $epoch }
}
add = 新增
adding = 正在新增…
added-toast = 已新增 { $names }。
add-members = 新增成員
add-members-hint = 輸入使用者名稱，以逗號分隔。對方的所有裝置都會加入。
leave = 退出此對話
leave-confirm = 要在你的所有裝置上退出 { $conversation } 嗎？
leaving = 正在退出…
epoch-authenticator = 紀元驗證碼（每位成員的裝置上都相同）：{ $code }
loading = 載入中…
safety-verified = 已驗證
safety-changed = 驗證後金鑰已變更
safety-unverified = 未驗證
mark-verified = 標記為已驗證
saving = 正在儲存…
verified-toast = 已將 { $username } 標記為已驗證。
safety-with = 與 { $username } 的安全碼 { $badge }
safety-hint = 當面或透過其他管道與對方的安全碼比對。如果相符，就將對方標記為已驗證：之後對方的金鑰若有變更，會醒目地提醒你。

## The ledger

ledger-paid-by = 付款人
ledger-paid-to = 收款人／受益人
ledger-owed-to = 債權人
ledger-owed-by = 欠款人
split-to = 全部算給一位成員
split-equal = 平均分攤
split-exact = 依金額分攤
split-weights = 依比例分攤
badge-reversed = 已沖銷
badge-reversal = 沖銷
badge-refused = 被拒絕
badge-unreadable = 無法讀取
device-id = 裝置 { $id }
device-id-named = 裝置 { $id }（{ $name }）
entries = 記帳
entries-count = 記帳（{ $count }）
export-csv = 下載 CSV
export-json = 下載 JSON
balances = 餘額
export = 匯出
export-hint = CSV：每筆記帳的每位成員佔一列（依成員與貨幣加總即為餘額）。JSON：所有紀錄、餘額與結清方式。
discrepancy-title = 警告：交給新裝置的帳本與你的不同。
discrepancy = { $by } 的裝置 { $device }（訊息 { $seq }）交給新成員的帳本與此裝置上的不一致：{ $detail }。他們的餘額可能與你的不同；請與 { $by } 核對。
ledger-unreadable = { $count ->
   *[other] 有 { $count } 筆記帳是由較新版本的 Conclave 寫入，無法在這裡讀取；在你更新之前，餘額不會計入這些記帳。
}
handed-over-mine = 此裝置從第 { $seq } 則訊息起加入：之前的記帳是由你的裝置 { $device } 交接而來。
handed-over-theirs = 此裝置從第 { $seq } 則訊息起加入：之前的記帳是由 { $by } 的裝置 { $device } 交接而來。
ledger-empty = 還沒有記帳。在下方記錄一筆共同支出、付款或欠款；每位成員看到的餘額都相同。
balances-in = { $currency } 餘額
balance-owed = 應收
balance-owes = 應付
balance-settled = 已結清
settle-title = 結清方式
settle-you-pay = 你付給 { $to } { $amount } { $currency }
settle-pays-you = { $from } 付給你 { $amount } { $currency }
settle-pays = { $from } 付給 { $to } { $amount } { $currency }
all-settled = 全部已結清。
records-empty = 記帳會依伺服器排定的順序顯示在這裡，每台裝置上都相同。
recorded-by-you = { $day } · 由你於 { $time } 在 { $device } 上記錄
recorded-by = { $day } · 由 { $member } 於 { $time } 在 { $device } 上記錄
reference-line = 參考編號：{ $reference }
reversed-by-you = 已由你沖銷（記帳 { $entry }）；不再計入。
reversed-by = 已由 { $member } 沖銷（記帳 { $entry }）；不再計入。
reversed-by-someone = 已被某人沖銷（記帳 { $entry }）；不再計入。
undoes = 沖銷：{ $description }
refused-everywhere = 所有收到它的裝置都拒絕了它；它不影響任何餘額。
handed-by-mine = 此裝置加入時由你的裝置 { $device } 交接
handed-by-theirs = 此裝置加入時由 { $username } 的裝置 { $device } 交接
reverse-toggle = 沖銷…
reverse-entry-label = 沖銷記帳 { $entry }
reverse-entry = 沖銷這筆記帳
cancel = 取消
reverse-why = 原因（選填）
reverse-hint = 這筆記帳會留在歷史紀錄中並標記為已沖銷；它對餘額的影響會在每台裝置上撤回。
reversing = 正在沖銷…
reversed-toast = 已沖銷：{ $description }
kind-payment = 付款：有人付了錢
kind-debt = 欠款：有人欠錢
record-entry = 記一筆
member = 成員
split-equal-among = 平均分攤給
split-equal-hint = 如果付款人也要分攤一份，請把他也選進來。除不盡的零頭歸給列在最前面的成員。
weights-legend = 比例（例如 2 和 1：三分之二和三分之一）
amounts-legend = 金額（加起來須等於總額）
share-empty-hint = 某位成員留空，表示不讓他分攤。
will-record = 將記錄：{ $description }
will-record-shares = 將記錄：{ $description } — { $shares } { $currency }
amount = 金額
currency = 貨幣
add-entry-form = 新增帳本記帳
what-happened = 類型
date = 日期
memo-optional = 備註（選填）
reference-optional = 參考編號（選填）
reference-hint = 發票號碼、轉帳編號…
add-entry = 新增一筆記帳
ledger-intro = 每筆記帳都是一則端對端加密的訊息；任何人都無法編輯或刪除，記錯了就沖銷。
recording = 正在記錄…
recorded-toast = 已記錄：{ $description }
preparing = 正在準備…
exported-toast = { $count ->
   *[other] 已將 { $count } 筆帳本紀錄匯出至 { $file }。
}

## New conversation, account

start = 開始
starting = 正在開始…
create-group = 建立群組
creating = 正在建立…
message-person = 傳訊息給某人
new-group = 新群組
group-name = 群組名稱
members-hint = 輸入使用者名稱，以逗號分隔。
your-account = 你的帳號
this-device = 此裝置
this-device-value = { $name }（裝置 { $id }）
valid-until = 有效期限
invitations = 邀請
connection = 連線
online = 上線
offline = 離線
offline-reason = 離線：{ $reason }
renew = 展延
renewing = 正在展延…
renewed-toast = 已展延至 { $date }。
renew-title = 展延你的帳號
renewal-code = 展延碼
renewal-hint = 由管理員提供；它能延長你的帳號期限，帳號過期後也能使用。
expires-1-day = 1 天
expires-7-days = 7 天
expires-30-days = 30 天
create-invitation = 建立邀請
your-invitations = 你的邀請
copy = 複製
copied = 已複製。
copy-failed = 請選取連結並複製。
invitation-created = 已建立邀請。
invitation-for = { $count ->
   *[other] 可供 { $count } 人使用，有效期限至 { $date }。
}
link-for-browser = 瀏覽器用連結：
link-for-cli = 命令列用（conclave join）：
invite-row = #{ $id } · { $state } · 剩餘 { $left }/{ $total } · 至 { $date }
invite-row-joined = #{ $id } · { $state } · 剩餘 { $left }/{ $total } · 至 { $date } · 已加入：{ $names }
no-invitations = 還沒有邀請。
invite-someone = 邀請他人
number-of-people = 人數
valid-for = 有效期間
your-devices = 你的裝置
add-device-hint = 如要新增裝置，請在已有你帳號的裝置上執行「conclave device link」。
lock = 鎖定
this-browser = 此瀏覽器
lock-hint = 鎖定後，需要輸入密碼片語才能再次開啟。
device-row = { $name }（裝置 { $id }），新增於 { $date }
device-row-this = { $name }（裝置 { $id }），新增於 { $date } — 此瀏覽器
offline-short = 離線。
language = 語言
language-hint = 此裝置上本頁面的語言。「自動」會依照瀏覽器的語言設定。
language-auto = 自動

## Private browsing

pb-what-title = 什麼是隱私瀏覽
pb-what-1 = 隱私瀏覽會讓裝置的網頁流量經過兩個中繼，而不是直接連到網站。入口中繼知道你是誰（你的位址），但不知道你要去哪裡；出口中繼知道你要去哪裡（網站），但不知道你是誰。沒有任何一個中繼能同時知道兩者。
pb-what-2 = 在你的裝置與出口之間，流量是加密的，所以入口只看得到密封的、固定大小的資料單元。每個中繼只放行持有無法關聯權杖的連線，權杖由本伺服器盲簽章：伺服器無從得知某個權杖用在哪個連線或網站上。
pb-what-3 = 本頁面本身不轉送任何流量：網頁無法承載其他流量。轉送是由裝置上的 conclave 程式完成（請見「在此裝置上使用」）。
pb-limits-title = 它防不了什麼
pb-limits-1 = 兩個跳點足以防範一個好奇的中繼營運者。但如果一條路徑上的兩個中繼串通，或有觀察者同時監看兩端的流量並比對時間（全域觀察者），它就無能為力了。
pb-limits-2 = 同一營運者的中繼會在下方清單中標示；只要有其他營運者的中繼存在，一條路徑就絕不會同時使用其中兩個。如果只有一個營運者在執行中繼，兩個跳點都屬於它，分離只是名義上的；這時 conclave proxy 會發出警告。
pb-limits-3 = 網站仍看得到你傳給它的內容：登入、Cookie 和瀏覽器指紋會像平常一樣識別出你。
pb-limits-4 = 只有設定為使用 Proxy 的程式才受保護。也要讓 Proxy 解析網域名稱（socks5h、curl 的 --socks5-hostname、Firefox 的「使用 SOCKS v5 時也代理 DNS 查詢」），否則你的 DNS 查詢會繞過 Proxy。
pb-allowance-note = 每條線路需要兩個權杖，每個中繼一個；一條線路可承載許多連線，10 分鐘後更換。額度在 00:00 UTC 重置。
pb-allowance-title = 此裝置的額度
pb-per-day = 每日權杖數
pb-left-today = 今日剩餘
pb-fetching = 正在取得中繼目錄…
relays = 中繼
pb-setup = { $first }：在 conclave 已有你帳號的裝置上執行 { $link }，然後在這裡執行 { $join }（如有邀請，則執行 { $joininvite }）。
pb-use-title = 在此裝置上使用
pb-desktop = 電腦（Linux、macOS、Windows）
pb-desktop-install = 安裝 conclave 命令列工具，並登入你的帳號
pb-desktop-run = 執行 { $cmd }。它會在 { $addr } 提供 SOCKS5 與 HTTP CONNECT，僅供本機使用，並顯示每條線路的入口與出口。
pb-desktop-chromium = Chromium、Chrome 或 Edge：以 { $cmd } 啟動（網域名稱會由 Proxy 解析）。使用獨立的設定檔（{ $profile }）可將隱私瀏覽與平常使用的設定檔分開。
pb-desktop-firefox = Firefox：設定 → 一般 → 網路設定 → 設定…：「手動設定 Proxy」，SOCKS 主機 127.0.0.1，埠 1080，SOCKS v5，並勾選「使用 SOCKS v5 時也代理 DNS 查詢」。
pb-desktop-curl = 命令列工具：{ $cmd }。
pb-desktop-options = 選項：{ $country } 從該國家的出口離開；{ $circuit } 為每個網站使用獨立的線路。
pb-android = Android 手機或平板
pb-android-intro = 瀏覽器無法執行 SOCKS Proxy，所以需要由手機上的程式來執行：
pb-android-termux = 安裝 Termux（從 F-Droid），並在其中安裝 conclave 命令列工具。
pb-android-account = 登入你的帳號
pb-android-run = 在 Termux 中執行 { $cmd } 並讓它持續執行（在電池設定中允許 Termux 在背景執行）。
pb-android-wifi = 設定 → Wi-Fi → 你的網路 → 編輯 → 進階選項 → Proxy：手動，主機名稱 { $host }，通訊埠 { $port }。Android 的 Proxy 設定使用 HTTP CONNECT，而 Proxy 在同一個通訊埠上也支援它。遵循此設定的瀏覽器在該 Wi-Fi 網路上（行動數據則不會）會經過中繼。
pb-android-browser = 或者使用有自己 Proxy 設定的瀏覽器：SOCKS5 { $socks }（啟用遠端 DNS），或 HTTP Proxy { $http }（CONNECT）。
pb-ios = iPhone 和 iPad
pb-ios-text = 目前無法使用。iOS 無法讓命令列程式在背景持續執行、充當本機 Proxy（沒有 Termux，而且 App 會被暫停）；而承載手機的流量需要 VPN 類型的 App（Network Extension），Conclave 目前還沒有。手機也無法借用電腦的 Proxy：conclave proxy 沒有密碼，所以只在它自己的機器上監聽。
pb-no-tokens = 此伺服器不發放中繼權杖，因此此帳號無法使用它的中繼。
pb-zero-tokens = 此伺服器不發放中繼權杖給成員（額度為每天 0 個）。
pb-same-operator = 同一營運者
pb-country-unknown = 國家不明
pb-relay-meta = { $country } · 營運者 { $operator } · { $addr }
pb-relay-meta-ours = { $country } · 營運者 { $operator }（本伺服器的營運者）· { $addr }
pb-same-operator-note = 與 { $others } 屬於同一營運者（{ $count } 個中繼）：只要有其他營運者的中繼存在，就絕不會一起使用。
pb-no-relays = 此伺服器沒有列出任何中繼。
pb-two-operators = 一條路徑可以使用兩個不同營運者的中繼。
pb-one-operator = 這些中繼只由一個營運者執行，所以路徑的兩個跳點都屬於它：分離只是名義上的。
pb-no-path = 暫時無法建立路徑：{ $reason }。
pb-signed-new = 由 { $operator } 以金鑰 { $key } 簽章；簽章驗證通過。此裝置現在會記住這把金鑰，並拒絕由其他金鑰簽章的目錄。有效期限至 { $date }。
pb-signed-known = 由 { $operator } 以金鑰 { $key } 簽章；簽章驗證通過。這是此裝置記住的金鑰，由其他金鑰簽章的目錄會被拒絕。有效期限至 { $date }。

## Calls

declined = { $names } 拒絕了通話。
join-call = 加入通話
accept = 接聽
accept-call = 接聽通話
accept-video-call = 接聽視訊通話
decline = 拒絕
is-calling = { $caller } 來電
ringing-voice = 語音通話 · { $conversation }
ringing-video = 視訊通話 · { $conversation }
already-in-call = 你已在通話中。
calling = 正在撥號…
call-failed = 無法開始通話：{ $error }
connecting = 連線中…
your-camera = 你的相機
mute = 靜音
unmute = 取消靜音
camera-off = 關閉相機
camera-on = 開啟相機
switch-camera = 切換相機
one-camera = 此裝置只有一個相機。
hang-up = 掛斷
call-controls = 通話控制
tile-name = { $username } · 裝置 { $device }
tile-leaf = 葉節點 { $leaf }
reconnecting = 正在重新連線…
connection-failed = 連線失敗
ended = 已結束
in-call = { $count ->
   *[other] { $state } · { $count } 人在通話中
}

## Files and voice notes

file-too-large = 檔案超過伺服器允許的大小。
file-too-large-max = 檔案超過伺服器允許的大小（最大 { $max }）。
file-over-quota = 你在伺服器上的儲存空間已滿。檔案會在一段時間後過期；請稍後再試。
file-too-many = 同時上傳的檔案太多。請稍候再試。
file-grant = 上傳權限已過期。請再試一次。
file-not-found = 該檔案已不在伺服器上（檔案會在一段時間後過期）。
file-hash-mismatch = 上傳途中檔案損毀了。請再試一次。
file-unavailable = 伺服器的檔案儲存空間目前無法使用。請稍後再試。
file-busy = 伺服器正在處理此檔案。請稍候再試。
file-cut = 上傳過程中連線中斷了。請再試一次。
file-no-resume = 無法繼續上傳。
file-kept-other = 伺服器保存的是該檔案的另一部分。
upload-refused = 上傳失敗：{ $reason }
download-refused = 下載失敗：{ $reason }
file-corrupted = 此檔案在傳輸途中遭竄改或損毀，因此不予顯示。
open-image = 開啟圖片 { $name }
open = 開啟
preview-of = { $name } 的預覽
image-unreadable = 此圖片無法在這裡顯示；它不是此瀏覽器能讀取的圖片格式。
play-voice-note = 播放語音訊息 { $name }
recording-unplayable = 此錄音無法在此瀏覽器中播放。
download = 下載
download-name = 下載 { $name }
save-again = 再次儲存
close = 關閉
play-name = 播放 { $name }
pause-name = 暫停 { $name }
position = 播放位置

## Notifications

notifications = 通知
hide-contents = 在通知中隱藏內容
push-blocked = 此網站的通知已被封鎖：請在瀏覽器的網站設定中允許通知。
push-not-allowed = 未取得通知權限。
push-no-server = 此伺服器不傳送推播通知。
push-no-service = 此瀏覽器的推播服務沒有回應（沒有網路，或瀏覽器沒有推播服務）。
push-unsupported = 此瀏覽器無法顯示推播通知（在 iPhone 和 iPad 上：請先將 Conclave 加入主畫面）。
push-on-hidden = 已開啟：通知只會顯示「新訊息」，不含其他內容。
push-on = 已開啟：通知會顯示傳送者與內容，內容在此裝置上解密。
push-off = 已關閉。伺服器的推播只會說「有新內容」；其餘內容由此裝置解密。
new-message = 新訊息

## 歷史紀錄中的通話、通話畫面標籤、邀請狀態

call-held-audio = 通話，{ $duration }，{ $people ->
   *[other] { $people } 人
}
call-held-video = 視訊通話，{ $duration }，{ $people ->
   *[other] { $people } 人
}
call-missed-audio = 來自 { $from } 的未接來電
call-missed-video = 來自 { $from } 的未接視訊通話
call-missed-declined-audio = 來自 { $from } 的未接來電（已拒絕）
call-missed-declined-video = 來自 { $from } 的未接視訊通話（已拒絕）
call-not-answered-audio = 通話無人接聽
call-not-answered-video = 視訊通話無人接聽
call-declined-by-audio = { $names } 拒絕了通話
call-declined-by-video = { $names } 拒絕了視訊通話
call-ringing-audio = { $caller } 來電（通話）
call-ringing-video = { $caller } 來電（視訊通話）
call-in-progress-audio = 通話進行中，{ $count ->
   *[other] { $count } 人
}參與（{ $names }）
call-in-progress-video = 視訊通話進行中，{ $count ->
   *[other] { $count } 人
}參與（{ $names }）
duration-seconds = { $n } 秒
duration-minutes = { $n } 分鐘
duration-hours = { $h } 小時 { $min } 分鐘
tile-waiting-keys = 正在等待金鑰
tile-cant-decrypt = 無法解密（{ $reason }）
tile-key-mismatch = 對方的金鑰與此裝置的不相符：MLS 紀元不同或對方不是成員
invite-open = 可用
invite-used = 已用完
invite-expired = 已過期
invite-revoked = 已撤銷

## Typing indicators
typing-one = { $name } 正在輸入…
typing-two = { $first } 和 { $second } 正在輸入…
typing-several = 多人正在輸入…
typing-title = 輸入狀態提示
typing-setting = 顯示他人正在輸入，也讓他們看到我正在輸入
typing-hint = 關閉後，此裝置既不傳送也不顯示輸入狀態。它只送給此刻在線的成員；伺服器不保存任何內容。

## History from another device
toast-history-imported = 來自你的裝置 { $device } 的歷史紀錄已送達（項目：{ $count }；對話：{ $conversations }）。
history-note = 以上歷史紀錄來自你的裝置 { $device }（傳送於 { $date }）。

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = 來電
push-ring-body = 開啟 Conclave 接聽
push-title-group = { $conversation } 中的 { $sender }

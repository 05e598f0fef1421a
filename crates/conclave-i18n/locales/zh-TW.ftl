# Conclave: Chinese (Traditional) (繁體中文).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = 已連線
status-reconnecting = 正在重新連線…（{ $reason }）
status-paused = 已暫停：另一個 conclave 指令正在使用此裝置
pane-conversations = 對話
pane-unread = { $count ->
   *[other] { $count } 則未讀
}
pane-message = 訊息
pane-none = 沒有對話
compose-hint = 按 Tab 或 Enter 輸入
empty-conversations = 還沒有對話。從命令列開始一個：conclave send USER TEXT
empty-messages = 還沒有訊息。在下方輸入並按 Enter。
keys-short = Tab 切換 · Enter 傳送 · ^L 帳本 · ^E 記帳 · ^U 成員 · ? 說明 · q 離開
keys-long = Tab 切換 · Enter 傳送 · Alt+Enter 換行 · ^L 帳本 · ^E 新增記帳 · ^U 成員 · ? 說明 · q 離開
help-title = 說明（Esc）
help-focus = 在對話、訊息和輸入列之間切換
help-choose = 選擇對話；捲動訊息
help-scroll = 捲動訊息
help-enter = 傳送（在輸入列中）；輸入（其他位置）
help-newline = 在訊息中換行
help-ledger = 對話的共用帳本：餘額、結清
help-add-entry = 新增一筆記帳
help-members = 成員、他們的裝置和安全碼
help-esc = 關閉面板；離開輸入列
help-vim = vim 風格按鍵（使用 --vim）
help-help = 本說明
help-quit = 離開
ledger-title = 帳本（Esc）
ledger-balances = 餘額
ledger-none = 還沒有記帳（按 Ctrl+E 新增）
ledger-settle = 結清
ledger-even = 大家已兩清
ledger-entries = 記帳
members-title = 成員（Esc）
members-device = 裝置 { $id }
members-you = 你
form-title = 新增一筆記帳
form-kind = 類型
form-amount = 金額
form-currency = 貨幣
form-from = 付款人
form-split = 分攤
form-to = 給
form-memo = 備註
form-hint = 類型：payment|debt · 分攤：to|equal（給：一位成員，或 a,b,c）
form-keys = Tab 下一項 · Enter 新增 · Esc 取消
notice-sent = 已作為第 { $seq } 則訊息傳送
notice-entry-added = 記帳已作為第 { $seq } 則訊息新增
notice-reconnected = 已重新連線

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } 正在輸入…
typing-two = { $first } 和 { $second } 正在輸入…
typing-several = 多人正在輸入…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = 無法啟動：{ $error }
cli-unexpected-response = 非預期的回應 { $response }
cli-invalid-option = 無效的 { $option }
cli-invalid-option-value = 無效的 { $option } { $value }
cli-invalid-duration = 無效的時間長度 { $value }（例如 24h、7d）
cli-not-invite-link = 這不是邀請連結（裝置連結用於 `conclave device join`）
cli-not-device-link = 這不是裝置連結（請在現有裝置上用 `conclave device link` 產生）
cli-joined = 已以 { $user } 身分加入 { $server }（裝置 { $device }）；帳號有效至 { $expires }
cli-linked = 已以 { $user } 身分連結到 { $server }（裝置 { $device }）；帳號有效至 { $expires }
cli-malformed-renewal-code = 續期碼格式錯誤
cli-renewed = 已續期：帳號 { $user } 有效至 { $expires }
cli-display-name-none = 沒有顯示名稱：其他人看到的是 { $user }
cli-whoami-account = 帳號
cli-whoami-device = 裝置
cli-whoami-server = 伺服器
cli-whoami-expires = 到期
cli-whoami-invites = 邀請
cli-whoami-admin = （管理員）
cli-whoami-invites-left = 剩下 { $count } 個
cli-whoami-no-quota = 無配額
cli-invite-in-browser = 在瀏覽器中：{ $link }
cli-invite-created = 邀請 { $id }，可用於 { $count ->
   *[other] { $count } 個帳號
}，有效至 { $expires }
cli-no-invitations = 沒有邀請
cli-invite-open = 可用
cli-invite-used = 已使用
cli-invite-expired = 已過期
cli-invite-revoked = 已撤銷
cli-invite-row = 剩下 { $left }/{ $total }  到期 { $expires }
cli-invite-give = 請提供邀請 ID（見 `conclave invite list`）、邀請碼或連結
cli-revoked = 已撤銷
cli-no-group = 沒有群組 { $name }；`conclave group list` 會列出你的群組
cli-no-conversation-with = 沒有與 { $name } 的對話；`conclave send { $name } TEXT` 可以開始一個
cli-sent = 已傳送到 { $conversation }，訊息 { $seq }
cli-warn-call-ignored = 警告：已忽略 { $conversation } 中來自 { $sender } 的通話信號 { $seq }：{ $reason }
cli-history-note = （以上紀錄來自你的裝置 { $device }，傳送於 { $at }）
cli-warn-receipt-not-sent = 警告：已讀回條未傳送：{ $error }
cli-warn-delivery-unusable = 警告：遞送 { $seq } 無法使用：{ $reason }
cli-history-imported = 來自你的裝置 { $device } 的紀錄（傳送於 { $at }）：{ $count ->
   *[other] { $count } 個對話
}中的 { $entries ->
   *[other] { $entries } 筆項目
}
cli-warn-history-later = 警告：來自你的裝置 { $device } 的紀錄尚未送達（{ $reason }）；下一個指令會再試一次
cli-warn-history-unusable = 警告：來自你的裝置 { $device } 的紀錄無法使用：{ $reason }
cli-warn-history-fetch = 警告：無法取得你另一台裝置傳送的紀錄：{ $error }
cli-listen-handover = 另一個 conclave 指令正在使用此裝置；等待中…
cli-listening-again = 重新開始接聽
cli-connection-lost = 連線中斷（{ $error }）；正在重新連線…
cli-group-created = 已建立 #{ $name }（{ $devices ->
   *[other] { $devices } 台裝置
}，紀元 { $epoch }）
cli-group-added = 已將 { $users } 加入 #{ $name }
cli-already-members = 已經是成員
cli-group-removed = 已將 { $users } 移出 #{ $name }
cli-group-left = 已離開 #{ $name }
cli-no-conversations = 沒有對話
cli-kind-group = 群組
cli-kind-direct = 一對一
cli-kind-unnamed = 未命名
cli-devices = { $devices ->
   *[other] { $devices } 台裝置
}
cli-group-info = { $name }  紀元 { $epoch }
cli-device = 裝置 { $id }
cli-device-link-waiting = 正在等待新裝置加入（執行 `conclave --home NEWDIR device join LINK`）…
cli-link-expired = 連結在裝置加入前已過期
cli-device-joined = 裝置 { $id } 已加入；已新增到 { $total ->
   *[other] { $total } 個對話
}中的 { $added } 個
cli-history-sent = 已傳送給它 { $count ->
   *[other] { $count } 個對話
}的紀錄（{ $entries ->
   *[other] { $entries } 筆項目
}，{ $kib } KiB，端對端加密）
cli-history-none = 沒有可傳送的較早紀錄
cli-warn-history-not-sent = 警告：紀錄未傳送到新裝置：{ $error }
cli-device-added = 新增於 { $at }
cli-device-added-this = 新增於 { $at }（此裝置）
cli-device-removed = 裝置 { $id } 已移除
cli-safety-changed = !!! 警告：自你驗證以來，{ $user } 的金鑰已變更 !!!
cli-safety-changed-compare = !!! 有新裝置加入或金鑰被更換。請再次比對安全碼。 !!!
cli-verified = { $user } 已驗證
cli-not-verified = { $user } 尚未驗證
cli-safety-number = 與 { $user } 的安全碼：
cli-marked-verified = 已將 { $user } 標記為已驗證；其金鑰變更時你會收到警告
cli-replied = 已在 { $conversation } 回覆，訊息 { $seq }
cli-reacted = 已在 { $conversation } 回應，訊息 { $seq }
cli-reaction-taken-back = 已在 { $conversation } 收回回應，訊息 { $seq }
cli-edited = 已在 { $conversation } 編輯，訊息 { $seq }
cli-deleted = 已在 { $conversation } 為所有人刪除，訊息 { $seq }
cli-forwarded = 已轉寄到 { $conversation }，訊息 { $seq }
cli-timer-set = 已在 { $conversation } 設定計時器，訊息 { $seq }
cli-timer-invalid = `{ $value }`：{ $error }；請使用 off、30s、5m、1h、1d 或 1w
cli-receipts-say-on-or-off = `{ $value }`：請使用 `on` 或 `off`
cli-receipts-on = 已讀回條已開啟：此裝置會告訴別人你讀了什麼，並顯示他們讀了什麼
cli-receipts-off = 已讀回條已關閉：此裝置不傳送回條，也不顯示任何人的回條
cli-not-a-file = { $path } 不是檔案
cli-uploading = 上傳中
cli-downloading = 下載中
cli-file-sent = 已將 { $file }（{ $size }）傳送到 { $conversation }，訊息 { $seq }
cli-message-not-available = 訊息 { $message } 無法使用
cli-message-deleted = 訊息 { $message } 已被刪除
cli-message-not-a-file = { $conversation } 中的訊息 { $message } 不是檔案
cli-no-conversations-yet = 還沒有對話
cli-files-in-several = { $message } 指向多個對話中的檔案：請使用 `conclave download CONVERSATION { $message }`
cli-too-many-files = 這裡同名檔案太多；請用 --output 指定位置
cli-file-gone = 伺服器已不再保存此檔案：檔案會保留到對話中每台裝置都取得為止，最長 { $days ->
   *[other] { $days } 天
}
cli-file-saved = 已將 { $conversation } [{ $seq }] 中的 { $file }（{ $size }）儲存為 { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE 不是有效的 UTF-8
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE 是空的
cli-prompt-passphrase = 通關密語
cli-prompt-again = 再輸入一次
cli-reading-passphrase = 讀取通關密語
cli-passphrase-empty = 空的通關密語無法保護任何東西
cli-passphrases-differ = 兩次輸入的通關密語不一致
cli-home-taken = { $dir } 已有一台 Conclave 裝置；新裝置請使用另一個 --home（或 CONCLAVE_HOME）
cli-cannot-create = 無法建立 { $path }
cli-cannot-remove = 無法移除 { $path }
cli-cannot-write = 無法寫入 { $path }
cli-cannot-open = 無法開啟 { $path }
cli-cannot-listen = 無法在 { $address } 上接聽
cli-no-device = { $dir } 中沒有 Conclave 裝置 — 請先執行 `conclave join LINK --name NAME`
cli-malformed-file = { $path } 格式錯誤
cli-device-key-missing = 狀態中缺少裝置金鑰
cli-device-key-malformed = 裝置金鑰格式錯誤
cli-fingerprint-malformed = device.json 中的指紋格式錯誤
cli-lock-waiter-stopped = 等待鎖定已停止
cli-lock-wait-cancelled = 等待裝置鎖定已取消
cli-lock-waiting = 正在等待使用此裝置的另一個 conclave 程序（pid { $pid }）…
cli-lock-busy = 另一個 conclave 程序（pid { $pid }）正在使用 { $dir } 中此裝置的狀態，且未在 { $seconds } 秒內交出；請停止它或等它完成
cli-ledger-no-conversation = 沒有對話「{ $name }」：請提供 '#群組' 或一對一對話的使用者名稱
cli-ledger-unreadable = 警告：{ $count ->
   *[other] { $count } 筆帳本項目
}由較新版本的 Conclave 寫入，這裡無法讀取；更新前餘額不計入這些項目
cli-ledger-handed-over = 注意：此裝置在訊息 { $seq } 時加入；之前的項目為 { $user } 的裝置 { $device } 移交的內容
cli-ledger-discrepancy = 警告：{ $user } 的裝置 { $device } 交給新成員的帳本與此裝置的不同（訊息 { $seq }）：{ $detail }
cli-ledger-to-or-split = 請提供 --to 或 --split
cli-ledger-stored-without-content = 訊息在儲存時缺少內容
cli-ledger-missing-after-send = 傳送後帳本中缺少該項目
cli-ledger-refused = 該項目以訊息 { $seq } 送達對話，但所有裝置都拒絕它：{ $error }
cli-ledger-recorded = 已在 { $conversation } 記錄 { $id }：{ $description }
cli-ledger-empty = { $conversation }：還沒有帳本項目
cli-ledger-title = { $conversation } 的帳本
cli-ledger-reversed-tag = [已沖銷]
cli-ledger-recorded-by = 由 { $user } 記錄（裝置 { $device }）於 { $at }，訊息 { $seq }
cli-ledger-ref = 參考 { $reference }
cli-ledger-reversed-by = 由 { $user } 沖銷（{ $id }）
cli-ledger-reversed = 已沖銷（{ $id }）
cli-ledger-balances-title = { $conversation } 的餘額
cli-ledger-is-owed = 應收
cli-ledger-owes = 應付
cli-ledger-settled = 已結清
cli-ledger-all-settled = 全部已結清
cli-ledger-to-settle-up = 結算方式：
cli-ledger-pays = { $from } 付給 { $to } { $amount }
cli-writing = 寫入 { $path }
cli-writing-export = 寫入匯出內容
cli-ledger-exported = 已將 { $count ->
   *[other] { $count } 筆帳本紀錄
}匯出到 { $path }
cli-not-a-call-id = { $value } 不是通話 ID（32 個十六進位字元）
cli-no-call-running = { $conversation } 中沒有進行中的通話
cli-call-started = 已在 { $conversation } 發起通話 { $call }
cli-call-joined = 已加入 { $conversation } 中的通話 { $call }
cli-call-left = 已離開 { $conversation } 中的通話 { $call }
cli-call-declined = 已拒絕 { $conversation } 中的通話 { $call }
cli-call-ended = 已結束 { $conversation } 中的通話 { $call }
cli-call-not-in = 此裝置不在通話 { $call } 中
cli-call-not-ringing = 通話 { $call } 沒有在呼叫你（會響 45 秒，直到你接聽或拒絕）
cli-call-token = 通話 { $call } 的通話權杖，有效至 { $expires }
cli-proxy-loopback-only = 代理伺服器不做身分驗證，因此只在迴路位址上接聽（收到 { $address }）
cli-proxy-no-directory = 無法取得中繼目錄：{ $error }
cli-proxy-no-server = 此裝置不知道任何伺服器
cli-proxy-circuit = 線路 { $circuit }：入口 { $entry } → 出口 { $exit }，耗時 { $ms } ms
cli-proxy-same-operator = 警告：兩個中繼由同一個營運者執行，因此這裡的兩跳分離只是名義上的
cli-proxy-circuit-failed = 線路失敗：{ $error }
cli-proxy-stream-refused = 連線遭拒：{ $reason }
cli-proxy-listening = 在 socks5://{ $address } 和 http://{ $address }（CONNECT）上提供隱私瀏覽。將瀏覽器指向它，例如
cli-proxy-two-relays = 每個連線經過兩個中繼：入口看到你的位址，出口看到網站；沒有誰同時看到兩者。不受保護的情況：兩個中繼串通，或有人同時觀察兩端的時序。
cli-proxy-first-circuit-failed = 第一條線路失敗（將在第一次連線時重試）：{ $error }
cli-proxy-status = { $circuits ->
   *[other] { $circuits } 條線路
}，{ $streams ->
   *[other] { $streams } 個串流
}，↑ { $sent } ↓ { $received }
cli-proxy-stopped = 已停止：建立了 { $circuits ->
   *[other] { $circuits } 條線路
}，↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error }（{ $detail }）
server-error-bad-frame = 伺服器無法讀取此程式傳送的內容；請更新 Conclave
server-error-unsupported-version = 伺服器使用的是另一版本的 Conclave 協定；請更新 Conclave
server-error-frame-too-large = 此程式傳送的內容對伺服器來說太大
server-error-not-authenticated = 此裝置登入前伺服器就結束了工作階段；請再試一次
server-error-already-authenticated = 此裝置在同一工作階段中登入了兩次；請再試一次
server-error-auth-failed = 伺服器不接受此裝置：它已從帳號中移除，或其金鑰不符
server-error-invite-unknown = 此邀請不存在；請檢查連結
server-error-invite-used = 此邀請已被使用；請索取新的邀請
server-error-invite-expired = 此邀請已過期；請索取新的邀請
server-error-invite-revoked = 此邀請已被撤銷；請索取新的邀請
server-error-username-taken = 此使用者名稱已被使用；請另選一個
server-error-username-invalid = 伺服器不接受此使用者名稱
server-error-device-key-taken = 此裝置的金鑰已經註冊
server-error-account-disabled = 您的帳號已被伺服器營運者停用
server-error-account-expired = 帳號 { $user } 已於 { $date } 到期；請向管理員索取續期碼
server-error-account-expired-plain = 您的帳號已到期；請向管理員索取續期碼
server-error-renewal-unknown = 此續期碼不存在
server-error-renewal-used = 此續期碼已被使用
server-error-renewal-expired = 此續期碼已過期；請向管理員索取新的
server-error-forbidden = 伺服器不允許此操作
server-error-not-found = 伺服器不知道所要求的內容
server-error-no-account = 沒有名為 { $name } 的帳號
server-error-invalid-argument = 伺服器以無效為由拒絕了請求
server-error-quota-exceeded = 已達邀請配額：您已發出 { $quota } 次中的 { $used } 次邀請，剩餘 { $left } 次
server-error-quota-exceeded-plain = 您的邀請配額已用完
server-error-queue-full = 某個接收裝置的佇列已滿；它須上線並趕上進度
server-error-rate-limited = 要求過多；請在 { $seconds } 秒後再試
server-error-rate-limited-plain = 要求過多；請稍後再試
server-error-too-many-connections = 伺服器的連線數已達上限；請稍後再試
server-error-limit-exceeded = 這超出了伺服器的某項限制
server-error-stale-epoch = 對話在同一時刻發生了變化；請再試一次
server-error-not-member = 此裝置不是該對話的成員
server-error-no-key-package = 要加入的裝置在伺服器上沒有金鑰包；它須先上線
server-error-device-link-invalid = 此裝置連結未知、已使用或已過期；請在該帳號的裝置上建立新的
server-error-shutting-down = 伺服器正在關閉；請稍後再試
server-error-internal = 伺服器發生內部錯誤；請稍後再試
server-error-unavailable = 伺服器不提供此功能
server-error-fell-behind = 某裝置在此對話中落後了，正等待成員將其重新加入
server-error-relay-tokens-used-up = 今天的隱私瀏覽額度已用完；將於 00:00 UTC 恢復
server-error-relay-tokens-unavailable = 此伺服器不提供隱私瀏覽
server-error-call-tokens-unavailable = 此伺服器不提供通話
server-error-unknown-code = 伺服器拒絕了（錯誤 { $code }）
server-error-unsupported = 伺服器不認得此要求：它執行的是較舊版本的 Conclave
cli-server-account-expired = 帳號 { $user } 已於 { $date } 到期；請向管理員索取續期碼，然後執行 `conclave renew CODE`
cli-server-account-expired-plain = 您的帳號已到期；請向管理員索取續期碼，然後執行 `conclave renew CODE`
cli-client-connect = 無法連線到 { $address }：{ $reason }
cli-client-pin-mismatch = 伺服器的 TLS 憑證與固定的指紋不符（應為 { $expected }，實為 { $got }）；這可能是攻擊，或伺服器的憑證已更換
cli-client-timeout = 等待伺服器逾時
cli-client-closed = 連線已關閉
cli-client-closed-because = 連線已關閉：{ $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = （回覆）{ $text }
preview-reaction = （回應）{ $emoji }
preview-edit = （已編輯）{ $text }
preview-deleted = （刪除了一則訊息）
preview-receipt = （已讀至 { $seq }）
preview-conversation-started = （對話已開始）
preview-group = （群組 #{ $name }）
preview-file = （檔案）{ $name }（{ $size ->
   *[other] { $size } 位元組
}，{ $type }）
preview-file-unreadable = （{ $reason }）
preview-forwarded = （轉寄）{ $text }
preview-timer-off = （限時訊息已關閉）
preview-timer = （限時訊息：{ $time }）
preview-display-name-cleared = （已清除顯示名稱）
preview-display-name = （顯示名稱：{ $name }）
preview-call-started-audio = （通話）發起了語音通話 { $call }
preview-call-started-video = （通話）發起了視訊通話 { $call }
preview-call-ringing = （通話）{ $call } 正在響鈴
preview-call-answered = （通話）接聽了 { $call }
preview-call-declined = （通話）拒絕了 { $call }
preview-call-joined = （通話）加入了 { $call }
preview-call-left = （通話）離開了 { $call }
preview-call-ended = （通話）結束了 { $call }
preview-call-unreadable = （無法讀取的通話信號：{ $reason }）
preview-ledger = （帳本）{ $entry }
preview-ledger-handover = （帳本）已將 { $count ->
   *[other] { $count } 筆
}較早的記錄移交給新加入的裝置（第 { $part } 部分，共 { $parts } 部分）
preview-ledger-unreadable = （無法讀取的帳本項目：{ $reason }）
ledger-payment-to = { $from } 付給 { $names } { $money }
ledger-payment-equal = { $from } 為 { $names } 支付了 { $money }（平均分攤）
ledger-payment-exact = { $from } 為 { $names } 支付了 { $money }（分攤：{ $shares }）
ledger-payment-weights = { $from } 為 { $names } 支付了 { $money }（依權重分攤：{ $weights }）
ledger-debt-to = { $names } 欠 { $from } { $money }
ledger-debt-equal = { $names } 欠 { $from } { $money }（平均分攤）
ledger-debt-exact = { $names } 欠 { $from } { $money }（分攤：{ $shares }）
ledger-debt-weights = { $names } 欠 { $from } { $money }（依權重分攤：{ $weights }）
ledger-reversed-entry = 已沖銷項目 { $id }
ledger-with-memo = { $entry }：{ $memo }
ledger-refused = 已拒絕：{ $entry }（{ $error }）
ledger-refused-plain = 已拒絕：{ $error }
ledger-unreadable = 無法讀取：{ $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = 已加入
history-unreadable = 無法讀取的訊息（{ $reason }）
history-fell-behind = 此裝置在此處進度落後並錯過了訊息；下次有成員傳送訊息時會被重新加入
history-fell-behind-long = 此裝置在此處進度落後（它在伺服器上的佇列已滿），錯過了從此處開始的訊息；下次有成員傳送訊息時會被重新加入。
history-added = 新增了 { $names }
history-removed = 移除了 { $names }
history-added-removed = 新增了 { $added }；移除了 { $removed }
history-keys-updated = 更新了金鑰
history-deleted = （已刪除）
preview-photo = 照片：{ $name }
preview-voice-note = 語音訊息：{ $name }
preview-file-named = 檔案：{ $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = 限時訊息計時器只能關閉，或設為 { $min } 秒到 4 週（{ $max } 秒）；{ $secs } 秒不行
refused-one-to-one-self = 一對一對話需要另一個帳號
refused-group-exists = 你已經有一個名為 #{ $name } 的群組
refused-remove-self = 要離開對話，請使用 `leave`
refused-not-members = 他們都不是成員
refused-no-key-packages = 要加入的裝置都還沒有發布金鑰包
refused-busy = 群組太忙；請再試一次
refused-not-in-conversation = 你不在此對話中
refused-fell-behind = 此裝置在此對話中進度落後（它在伺服器上的佇列已滿）；下次有其他成員傳送訊息時會被重新加入
refused-server-too-old-for-timer = 此對話的訊息會消失，但伺服器版本太舊，無法讓它們在佇列中過期（協定修訂版 1）：請升級伺服器，或關閉計時器
refused-call-running = 此對話中有通話（{ $call }，由 { $caller } 發起）正在進行：請加入
refused-display-name-too-long = 顯示名稱最多 { $max } 個字元（提供了 { $given } 個）
refused-display-name-invisible = 顯示名稱不能包含控制字元、方向覆寫字元或不可見字元（{ $character }）
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = 錯誤：{ $message }
cli-usage-invalid-value = { $arg } 的值 { $value } 無效
cli-usage-value-required = { $arg } 需要一個值，但未提供
cli-usage-invalid-value-because = { $arg } 的值 { $value } 無效：{ $reason }
cli-usage-possible-values = 可用的值：{ $values }
cli-usage-unknown-argument = 發現非預期的引數 { $arg }
cli-usage-unknown-subcommand = 無法辨識的子指令 { $command }
cli-usage-missing-arguments = 未提供下列必要的引數：{ $args }
cli-usage-missing-subcommand = { $command } 需要一個子指令，但未提供
cli-usage-subcommands = 子指令：{ $values }
cli-usage-too-many-values = 發現 { $arg } 的非預期值 { $value }；不應再有更多值
cli-usage-conflict = 引數 { $arg } 不能與 { $other } 一起使用
cli-usage-used-twice = 引數 { $arg } 不能多次使用
cli-usage-similar-subcommand = 提示：有類似的子指令：{ $names }
cli-usage-similar-argument = 提示：有類似的引數：{ $names }
cli-usage-similar-value = 提示：有類似的值：{ $names }
cli-usage-more = 如需更多資訊，請嘗試 { $help }。

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = 安全碼 { $number }
members-safety-number-verified = 安全碼 { $number }（已驗證）
members-no-safety-number = 無安全碼：{ $error }
notice-not-sent = 未傳送：{ $error }
notice-ledger-failed = 帳本：{ $error }
notice-members-failed = 成員：{ $error }
notice-error = 錯誤：{ $error }

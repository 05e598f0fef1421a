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

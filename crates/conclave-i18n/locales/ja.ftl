# Conclave: Japanese (日本語).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = 接続済み
status-reconnecting = 再接続中…（{ $reason }）
status-paused = 一時停止中：別の conclave コマンドがこの端末を使用中です
pane-conversations = 会話
pane-unread = { $count ->
   *[other] 未読 { $count } 件
}
pane-message = メッセージ
pane-none = 会話がありません
compose-hint = Tab か Enter で入力
empty-conversations = まだ会話がありません。コマンドラインから始めてください：conclave send USER TEXT
empty-messages = まだメッセージがありません。下に入力して Enter を押してください。
keys-short = Tab 移動 · Enter 送信 · ^L 会計 · ^E 記帳 · ^U メンバー · ? ヘルプ · q 終了
keys-long = Tab 移動 · Enter 送信 · Alt+Enter 改行 · ^L 会計 · ^E 記帳を追加 · ^U メンバー · ? ヘルプ · q 終了
help-title = ヘルプ（Esc）
help-focus = 会話・メッセージ・入力欄の間を移動
help-choose = 会話を選ぶ／メッセージをスクロール
help-scroll = メッセージをスクロール
help-enter = 送信（入力欄で）／入力（その他）
help-newline = メッセージ内で改行
help-ledger = 会話の共有会計：残高・精算
help-add-entry = 記帳を追加
help-members = メンバー、その端末と安全番号
help-esc = パネルを閉じる／入力欄を離れる
help-vim = vim 風のキー（--vim 指定時）
help-help = このヘルプ
help-quit = 終了
ledger-title = 会計（Esc）
ledger-balances = 残高
ledger-none = 記帳はまだありません（Ctrl+E で追加）
ledger-settle = 精算
ledger-even = 全員精算済みです
ledger-entries = 記帳
members-title = メンバー（Esc）
members-device = 端末 { $id }
members-you = あなた
form-title = 記帳を追加
form-kind = 種類
form-amount = 金額
form-currency = 通貨
form-from = 支払者
form-split = 分け方
form-to = 相手
form-memo = メモ
form-hint = 種類：payment|debt · 分け方：to|equal（相手：1人、または a,b,c）
form-keys = Tab 次の項目 · Enter 追加 · Esc 取消
notice-sent = メッセージ { $seq } として送信しました
notice-entry-added = 記帳をメッセージ { $seq } として追加しました
notice-reconnected = 再接続しました

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } さんが入力中…
typing-two = { $first } さんと { $second } さんが入力中…
typing-several = 複数の人が入力中…

## Calls in the history
call-held-audio = 通話、{ $duration }、{ $people ->
   *[other] { $people } 人
}
call-held-video = ビデオ通話、{ $duration }、{ $people ->
   *[other] { $people } 人
}
call-missed-audio = { $from } からの不在着信
call-missed-video = { $from } からのビデオ通話の不在着信
call-missed-declined-audio = { $from } からの不在着信（拒否）
call-missed-declined-video = { $from } からのビデオ通話の不在着信（拒否）
call-not-answered-audio = 通話に応答がありませんでした
call-not-answered-video = ビデオ通話に応答がありませんでした
call-declined-by-audio = { $names } が通話を拒否しました
call-declined-by-video = { $names } がビデオ通話を拒否しました
call-ringing-audio = { $caller } から着信中（通話）
call-ringing-video = { $caller } から着信中（ビデオ通話）
call-in-progress-audio = 通話中、参加者 { $count ->
   *[other] { $count } 人
}（{ $names }）
call-in-progress-video = ビデオ通話中、参加者 { $count ->
   *[other] { $count } 人
}（{ $names }）
duration-seconds = { $n } 秒
duration-minutes = { $n } 分
duration-hours = { $h } 時間 { $min } 分

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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = 起動できません: { $error }
cli-unexpected-response = 予期しない応答 { $response }
cli-invalid-option = { $option } が不正です
cli-invalid-option-value = { $option } が不正です { $value }
cli-invalid-duration = 期間 { $value } が不正です (例: 24h、7d)
cli-not-invite-link = これは招待リンクではありません (デバイスリンクは `conclave device join` で使います)
cli-not-device-link = これはデバイスリンクではありません (既存のデバイスで `conclave device link` を実行して作成してください)
cli-joined = { $server } に { $user } として参加しました (デバイス { $device })。アカウントの有効期限 { $expires }
cli-linked = { $server } に { $user } としてリンクしました (デバイス { $device })。アカウントの有効期限 { $expires }
cli-malformed-renewal-code = 更新コードの形式が不正です
cli-renewed = 更新しました: アカウント { $user } の有効期限は { $expires } です
cli-display-name-none = 表示名はありません: 他の人には { $user } と表示されます
cli-whoami-account = アカウント
cli-whoami-device = デバイス
cli-whoami-server = サーバー
cli-whoami-expires = 有効期限
cli-whoami-invites = 招待
cli-whoami-admin = (管理者)
cli-whoami-invites-left = 残り { $count }
cli-whoami-no-quota = 上限なし
cli-invite-in-browser = ブラウザーで: { $link }
cli-invite-created = 招待 { $id }: { $count ->
   *[other] { $count } アカウント分
}、有効期限 { $expires }
cli-no-invitations = 招待はありません
cli-invite-open = 有効
cli-invite-used = 使用済み
cli-invite-expired = 期限切れ
cli-invite-revoked = 取り消し済み
cli-invite-row = 残り { $left }/{ $total }  期限 { $expires }
cli-invite-give = 招待 ID (`conclave invite list` で表示)、コード、またはリンクを指定してください
cli-revoked = 取り消しました
cli-no-group = グループ { $name } はありません。`conclave group list` で自分のグループを確認できます
cli-no-conversation-with = { $name } との会話はありません。`conclave send { $name } TEXT` で始められます
cli-sent = { $conversation } にメッセージ { $seq } として送信しました
cli-warn-call-ignored = 警告: { $conversation } の { $sender } からの通話シグナル { $seq } を無視しました: { $reason }
cli-history-note = (上の履歴はあなたのデバイス { $device } から届きました。送信 { $at })
cli-warn-receipt-not-sent = 警告: 既読通知を送信できませんでした: { $error }
cli-warn-delivery-unusable = 警告: 配信 { $seq } を使用できませんでした: { $reason }
cli-history-imported = あなたのデバイス { $device } からの履歴 (送信 { $at }): { $count ->
   *[other] { $count } 件の会話
}、{ $entries ->
   *[other] { $entries } 件の項目
}
cli-warn-history-later = 警告: デバイス { $device } からの履歴はまだ届いていません ({ $reason })。次のコマンドで再試行します
cli-warn-history-unusable = 警告: デバイス { $device } からの履歴は使用できません: { $reason }
cli-warn-history-fetch = 警告: 他のデバイスが送った履歴を取得できませんでした: { $error }
cli-listen-handover = 別の conclave コマンドがこのデバイスを使用中です。待機しています…
cli-listening-again = 再び待ち受けています
cli-connection-lost = 接続が切れました ({ $error })。再接続中…
cli-group-created = #{ $name } を作成しました ({ $devices ->
   *[other] { $devices } 台のデバイス
}、エポック { $epoch })
cli-group-added = { $users } を #{ $name } に追加しました
cli-already-members = すでにメンバーです
cli-group-removed = { $users } を #{ $name } から削除しました
cli-group-left = #{ $name } から退出しました
cli-no-conversations = 会話はありません
cli-kind-group = グループ
cli-kind-direct = 1対1
cli-kind-unnamed = 名前なし
cli-devices = { $devices ->
   *[other] { $devices } 台のデバイス
}
cli-group-info = { $name }  エポック { $epoch }
cli-device = デバイス { $id }
cli-device-link-waiting = 新しいデバイスの参加を待っています (`conclave --home NEWDIR device join LINK` を実行してください)…
cli-link-expired = デバイスが参加する前にリンクの期限が切れました
cli-device-joined = デバイス { $id } が参加しました。{ $total ->
   *[other] { $total } 件の会話
}のうち { $added } 件に追加しました
cli-history-sent = { $count ->
   *[other] { $count } 件の会話
}の履歴を送信しました ({ $entries ->
   *[other] { $entries } 件の項目
}、{ $kib } KiB、エンドツーエンド暗号化)
cli-history-none = 送信する以前の履歴はありません
cli-warn-history-not-sent = 警告: 新しいデバイスに履歴を送信できませんでした: { $error }
cli-device-added = 追加 { $at }
cli-device-added-this = 追加 { $at } (このデバイス)
cli-device-removed = デバイス { $id } を削除しました
cli-safety-changed = !!! 警告: 確認後に { $user } の鍵が変更されました !!!
cli-safety-changed-compare = !!! 新しいデバイスが追加されたか、鍵が置き換えられました。安全番号をもう一度照合してください。 !!!
cli-verified = { $user } は確認済みです
cli-not-verified = { $user } はまだ確認されていません
cli-safety-number = { $user } との安全番号:
cli-marked-verified = { $user } を確認済みにしました。鍵が変わると警告します
cli-replied = { $conversation } にメッセージ { $seq } として返信しました
cli-reacted = { $conversation } にメッセージ { $seq } としてリアクションしました
cli-reaction-taken-back = { $conversation } でリアクションを取り消しました (メッセージ { $seq })
cli-edited = { $conversation } でメッセージ { $seq } として編集しました
cli-deleted = { $conversation } で全員から削除しました (メッセージ { $seq })
cli-forwarded = { $conversation } にメッセージ { $seq } として転送しました
cli-timer-set = { $conversation } でタイマーを設定しました (メッセージ { $seq })
cli-timer-invalid = `{ $value }`: { $error }。off、30s、5m、1h、1d、1w のいずれかを指定してください
cli-receipts-say-on-or-off = `{ $value }`: `on` か `off` を指定してください
cli-receipts-on = 既読通知オン: このデバイスは読んだものを他の人に伝え、他の人が読んだものを表示します
cli-receipts-off = 既読通知オフ: このデバイスは通知を送らず、誰の既読も表示しません
cli-not-a-file = { $path } はファイルではありません
cli-uploading = アップロード中
cli-downloading = ダウンロード中
cli-file-sent = { $file } ({ $size }) を { $conversation } にメッセージ { $seq } として送信しました
cli-message-not-available = メッセージ { $message } は利用できません
cli-message-deleted = メッセージ { $message } は削除されました
cli-message-not-a-file = { $conversation } のメッセージ { $message } はファイルではありません
cli-no-conversations-yet = まだ会話はありません
cli-files-in-several = { $message } は複数の会話のファイルを指しています: `conclave download CONVERSATION { $message }` と指定してください
cli-too-many-files = 同じ名前のファイルが多すぎます。--output で保存先を指定してください
cli-file-gone = サーバーにはこのファイルがもうありません: 会話のすべてのデバイスが取得するまで、最長 { $days ->
   *[other] { $days } 日
}保管します
cli-file-saved = { $conversation } [{ $seq }] の { $file } ({ $size }) を { $path } に保存しました
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE が正しい UTF-8 ではありません
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE が空です
cli-prompt-passphrase = パスフレーズ
cli-prompt-again = もう一度
cli-reading-passphrase = パスフレーズの読み取り
cli-passphrase-empty = 空のパスフレーズでは何も保護されません
cli-passphrases-differ = パスフレーズが一致しません
cli-home-taken = { $dir } にはすでに Conclave デバイスがあります。新しいデバイスには別の --home (または CONCLAVE_HOME) を使ってください
cli-cannot-create = { $path } を作成できません
cli-cannot-remove = { $path } を削除できません
cli-cannot-write = { $path } に書き込めません
cli-cannot-open = { $path } を開けません
cli-cannot-listen = { $address } で待ち受けできません
cli-no-device = { $dir } に Conclave デバイスがありません — まず `conclave join LINK --name NAME` を実行してください
cli-malformed-file = { $path } の形式が不正です
cli-device-key-missing = 状態にデバイスの鍵がありません
cli-device-key-malformed = デバイスの鍵の形式が不正です
cli-fingerprint-malformed = device.json のフィンガープリントの形式が不正です
cli-lock-waiter-stopped = ロック待ちが停止しました
cli-lock-wait-cancelled = デバイスのロック待ちが取り消されました
cli-lock-waiting = このデバイスを使用中の別の conclave プロセス (pid { $pid }) を待っています…
cli-lock-busy = 別の conclave プロセス (pid { $pid }) が { $dir } のデバイス状態を使用中で、{ $seconds } 秒以内に引き渡しませんでした。停止するか、終わるまで待ってください
cli-ledger-no-conversation = 会話「{ $name }」はありません: '#グループ' か 1対1 の会話のユーザー名を指定してください
cli-ledger-unreadable = 警告: { $count ->
   *[other] { $count } 件の台帳エントリーは新しい Conclave で書かれており、ここでは読めません。更新するまで残高から除外されます
}
cli-ledger-handed-over = 注: このデバイスはメッセージ { $seq } で参加しました。それ以前のエントリーは { $user } のデバイス { $device } が引き渡したものです
cli-ledger-discrepancy = 警告: { $user } のデバイス { $device } が新しいメンバーに渡した台帳は、このデバイスのものと異なります (メッセージ { $seq }): { $detail }
cli-ledger-to-or-split = --to か --split のどちらかを指定してください
cli-ledger-stored-without-content = メッセージが内容なしで保存されました
cli-ledger-missing-after-send = 送信後、エントリーが台帳にありません
cli-ledger-refused = エントリーはメッセージ { $seq } として会話に届きましたが、すべてのデバイスが拒否しています: { $error }
cli-ledger-recorded = { $conversation } に { $id } を記録しました: { $description }
cli-ledger-empty = { $conversation }: まだ台帳エントリーはありません
cli-ledger-title = { $conversation } の台帳
cli-ledger-reversed-tag = [取り消し済み]
cli-ledger-recorded-by = 記録者 { $user } (デバイス { $device }) { $at }、メッセージ { $seq }
cli-ledger-ref = 参照 { $reference }
cli-ledger-reversed-by = { $user } が取り消し ({ $id })
cli-ledger-reversed = 取り消し済み ({ $id })
cli-ledger-balances-title = { $conversation } の残高
cli-ledger-is-owed = 受け取り
cli-ledger-owes = 支払い
cli-ledger-settled = 精算済み
cli-ledger-all-settled = 全員精算済みです
cli-ledger-to-settle-up = 精算するには:
cli-ledger-pays = { $from } が { $to } に { $amount } を支払う
cli-writing = { $path } の書き込み
cli-writing-export = エクスポートの書き込み
cli-ledger-exported = { $count ->
   *[other] { $count } 件の台帳レコード
}を { $path } にエクスポートしました
cli-not-a-call-id = { $value } は通話 ID ではありません (16 進数 32 文字)
cli-no-call-running = { $conversation } で進行中の通話はありません
cli-call-started = { $conversation } で通話 { $call } を開始しました
cli-call-joined = { $conversation } の通話 { $call } に参加しました
cli-call-left = { $conversation } の通話 { $call } から退出しました
cli-call-declined = { $conversation } の通話 { $call } を拒否しました
cli-call-ended = { $conversation } の通話 { $call } を終了しました
cli-call-not-in = このデバイスは通話 { $call } に参加していません
cli-call-not-ringing = 通話 { $call } はあなたを呼び出していません (応答か拒否まで 45 秒間呼び出します)
cli-call-token = 通話 { $call } の通話トークン、有効期限 { $expires }
cli-proxy-loopback-only = プロキシは認証なしで動作するため、ループバックでのみ待ち受けます (指定 { $address })
cli-proxy-no-directory = リレーディレクトリを取得できません: { $error }
cli-proxy-no-server = このデバイスはサーバーを知りません
cli-proxy-circuit = 回線 { $circuit }: 入口 { $entry } → 出口 { $exit }、{ $ms } ms
cli-proxy-same-operator = 警告: 両方のリレーを同じ運営者が動かしているため、2 ホップの分離はここでは名目だけです
cli-proxy-circuit-failed = 回線に失敗しました: { $error }
cli-proxy-stream-refused = 接続が拒否されました: { $reason }
cli-proxy-listening = socks5://{ $address } と http://{ $address } (CONNECT) でプライベートブラウジング。ブラウザーをここに向けてください。例:
cli-proxy-two-relays = 各接続は 2 つのリレーを通ります: 入口はあなたのアドレスを、出口はサイトを見ますが、両方を見るものはありません。保護されないもの: 2 つのリレーの共謀、または両端のタイミングの観測。
cli-proxy-first-circuit-failed = 最初の回線に失敗しました (最初の接続で再試行します): { $error }
cli-proxy-status = { $circuits ->
   *[other] 回線 { $circuits }
}、{ $streams ->
   *[other] ストリーム { $streams }
}、↑ { $sent } ↓ { $received }
cli-proxy-stopped = 停止しました: 構築した回線 { $circuits ->
   *[other] { $circuits }
}、↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error }（{ $detail }）
server-error-bad-frame = このプログラムが送った内容をサーバーが読み取れませんでした。Conclave を更新してください
server-error-unsupported-version = サーバーは Conclave のプロトコルの別のバージョンを使っています。Conclave を更新してください
server-error-frame-too-large = このプログラムが送った内容はサーバーには大きすぎます
server-error-not-authenticated = このデバイスがサインインする前にサーバーがセッションを終了しました。もう一度お試しください
server-error-already-authenticated = このデバイスは 1 つのセッションで 2 回サインインしました。もう一度お試しください
server-error-auth-failed = サーバーはこのデバイスを受け付けません。アカウントから削除されたか、鍵が一致しません
server-error-invite-unknown = この招待は存在しません。リンクを確認してください
server-error-invite-used = この招待はすでに使われています。新しい招待を頼んでください
server-error-invite-expired = この招待は期限切れです。新しい招待を頼んでください
server-error-invite-revoked = この招待は取り消されました。新しい招待を頼んでください
server-error-username-taken = このユーザー名は使われています。別の名前を選んでください
server-error-username-invalid = サーバーはこのユーザー名を受け付けません
server-error-device-key-taken = このデバイスの鍵はすでに登録されています
server-error-account-disabled = あなたのアカウントはサーバーの運営者によって無効にされています
server-error-account-expired = アカウント { $user } は { $date } に期限切れになりました。管理者に更新コードを頼んでください
server-error-account-expired-plain = あなたのアカウントは期限切れです。管理者に更新コードを頼んでください
server-error-renewal-unknown = この更新コードは存在しません
server-error-renewal-used = この更新コードはすでに使われています
server-error-renewal-expired = この更新コードは期限切れです。管理者に新しいコードを頼んでください
server-error-forbidden = サーバーはこれを許可していません
server-error-not-found = 要求されたものをサーバーは知りません
server-error-no-account = { $name } という名前のアカウントはありません
server-error-invalid-argument = サーバーは要求を無効として拒否しました
server-error-quota-exceeded = 招待の上限に達しました：{ $quota } 回分のうち { $used } 回分を発行済み、残り { $left } 回分
server-error-quota-exceeded-plain = 招待の上限を使い切りました
server-error-queue-full = 受信側デバイスのキューがいっぱいです。オンラインになって追いつく必要があります
server-error-rate-limited = リクエストが多すぎます。{ $seconds } 秒後にもう一度お試しください
server-error-rate-limited-plain = リクエストが多すぎます。少ししてからもう一度お試しください
server-error-too-many-connections = サーバーの接続数が上限に達しています。後でもう一度お試しください
server-error-limit-exceeded = サーバーの上限を超えています
server-error-stale-epoch = 同じ瞬間に会話が変わりました。もう一度お試しください
server-error-not-member = このデバイスはその会話のメンバーではありません
server-error-no-key-package = 追加するデバイスの鍵パッケージがサーバーにありません。先にオンラインになる必要があります
server-error-device-link-invalid = このデバイスリンクは不明、使用済み、または期限切れです。アカウントのデバイスで新しく作ってください
server-error-shutting-down = サーバーは停止中です。少ししてからもう一度お試しください
server-error-internal = サーバーで内部エラーが起きました。後でもう一度お試しください
server-error-unavailable = サーバーはこれを提供していません
server-error-fell-behind = この会話であるデバイスが遅れており、メンバーが追加し直すのを待っています
server-error-relay-tokens-used-up = 今日のプライベートブラウジングの割り当てを使い切りました。00:00 UTC に更新されます
server-error-relay-tokens-unavailable = このサーバーはプライベートブラウジングを提供していません
server-error-call-tokens-unavailable = このサーバーは通話を提供していません
server-error-unknown-code = サーバーが拒否しました（エラー { $code }）
server-error-unsupported = サーバーはこの要求を知りません。古いバージョンの Conclave で動いています
cli-server-account-expired = アカウント { $user } は { $date } に期限切れになりました。管理者に更新コードを頼み、`conclave renew CODE` を実行してください
cli-server-account-expired-plain = あなたのアカウントは期限切れです。管理者に更新コードを頼み、`conclave renew CODE` を実行してください
cli-client-connect = { $address } に接続できません：{ $reason }
cli-client-pin-mismatch = サーバーの TLS 証明書が固定されたフィンガープリントと一致しません（期待値 { $expected }、実際 { $got }）。攻撃の可能性があります。またはサーバーの証明書が変わりました
cli-client-timeout = サーバーの応答待ちでタイムアウトしました
cli-client-closed = 接続が閉じられました
cli-client-closed-because = 接続が閉じられました：{ $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = （返信）{ $text }
preview-reaction = （リアクション）{ $emoji }
preview-edit = （編集）{ $text }
preview-deleted = （メッセージを削除しました）
preview-receipt = （{ $seq } まで既読）
preview-conversation-started = （会話が始まりました）
preview-group = （グループ #{ $name }）
preview-file = （ファイル）{ $name }（{ $size ->
   *[other] { $size } バイト
}、{ $type }）
preview-file-unreadable = （{ $reason }）
preview-forwarded = （転送）{ $text }
preview-timer-off = （消えるメッセージ：オフ）
preview-timer = （消えるメッセージ：{ $time }）
preview-display-name-cleared = （表示名を消去しました）
preview-display-name = （表示名：{ $name }）
preview-call-started-audio = （通話）音声通話 { $call } を開始しました
preview-call-started-video = （通話）ビデオ通話 { $call } を開始しました
preview-call-ringing = （通話）{ $call } を呼び出し中
preview-call-answered = （通話）{ $call } に応答しました
preview-call-declined = （通話）{ $call } を拒否しました
preview-call-joined = （通話）{ $call } に参加しました
preview-call-left = （通話）{ $call } から退出しました
preview-call-ended = （通話）{ $call } を終了しました
preview-call-unreadable = （読み取れない通話シグナル：{ $reason }）
preview-ledger = （会計）{ $entry }
preview-ledger-handover = （会計）以前の記帳 { $count ->
   *[other] { $count } 件
}を参加したデバイスに引き渡しました（全 { $parts } 部中 { $part } 部目）
preview-ledger-unreadable = （読み取れない記帳：{ $reason }）
ledger-payment-to = { $from } が { $names } に { $money } を支払いました
ledger-payment-equal = { $from } が { $names } の分として { $money } を支払いました（均等割り）
ledger-payment-exact = { $from } が { $names } の分として { $money } を支払いました（内訳：{ $shares }）
ledger-payment-weights = { $from } が { $names } の分として { $money } を支払いました（重みで分割：{ $weights }）
ledger-debt-to = { $names } は { $from } に { $money } の借りがあります
ledger-debt-equal = { $names } は { $from } に { $money } の借りがあります（均等割り）
ledger-debt-exact = { $names } は { $from } に { $money } の借りがあります（内訳：{ $shares }）
ledger-debt-weights = { $names } は { $from } に { $money } の借りがあります（重みで分割：{ $weights }）
ledger-reversed-entry = 記帳 { $id } を取り消しました
ledger-with-memo = { $entry }：{ $memo }
ledger-refused = 拒否：{ $entry }（{ $error }）
ledger-refused-plain = 拒否：{ $error }
ledger-unreadable = 読み取り不可：{ $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = 参加しました
history-unreadable = 読めないメッセージ（{ $reason }）
history-fell-behind = この端末はここで遅れを取り、メッセージを受け取れませんでした。次にメンバーが送信すると再び追加されます
history-fell-behind-long = この端末はここで遅れを取り（サーバー上のキューがいっぱいでした）、この時点からのメッセージを受け取れませんでした。次にメンバーが送信すると再び追加されます。
history-added = { $names } を追加しました
history-removed = { $names } を削除しました
history-added-removed = { $added } を追加し、{ $removed } を削除しました
history-keys-updated = 鍵を更新しました
history-deleted = （削除済み）
preview-photo = 写真: { $name }
preview-voice-note = ボイスメッセージ: { $name }
preview-file-named = ファイル: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = 消えるメッセージのタイマーはオフか、{ $min } 秒から 4 週間 ({ $max } 秒) までです。{ $secs } 秒は指定できません
refused-one-to-one-self = 1対1 の会話には別のアカウントが必要です
refused-group-exists = #{ $name } という名前のグループはすでにあります
refused-remove-self = 会話から退出するには `leave` を使ってください
refused-not-members = 指定した人はだれもメンバーではありません
refused-no-key-packages = 追加するデバイスはどれもまだ鍵パッケージを公開していません
refused-busy = グループが混み合っています。もう一度お試しください
refused-not-in-conversation = あなたはこの会話に参加していません
refused-fell-behind = このデバイスはこの会話で遅れを取りました (サーバー上のキューがいっぱいでした)。次に別のメンバーが送信すると再び追加されます
refused-server-too-old-for-timer = この会話のメッセージは消えますが、サーバーが古すぎてキュー内で期限切れにできません (プロトコル リビジョン 1)。サーバーを更新するか、タイマーをオフにしてください
refused-call-running = この会話では通話 ({ $call }、{ $caller } が開始) が進行中です。その通話に参加してください
refused-display-name-too-long = 表示名は最大 { $max } 文字です ({ $given } 文字が指定されました)
refused-display-name-invisible = 表示名には制御文字、方向上書き文字、不可視文字を含められません ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = エラー: { $message }
cli-usage-invalid-value = { $arg } の値 { $value } が不正です
cli-usage-value-required = { $arg } には値が必要ですが、指定されていません
cli-usage-invalid-value-because = { $arg } の値 { $value } が不正です: { $reason }
cli-usage-possible-values = 指定できる値: { $values }
cli-usage-unknown-argument = 予期しない引数 { $arg } が見つかりました
cli-usage-unknown-subcommand = サブコマンド { $command } を認識できません
cli-usage-missing-arguments = 次の必須の引数が指定されていません: { $args }
cli-usage-missing-subcommand = { $command } にはサブコマンドが必要ですが、指定されていません
cli-usage-subcommands = サブコマンド: { $values }
cli-usage-too-many-values = { $arg } に予期しない値 { $value } が見つかりました。これ以上の値は指定できません
cli-usage-conflict = 引数 { $arg } は { $other } と同時に使用できません
cli-usage-used-twice = 引数 { $arg } は複数回使用できません
cli-usage-similar-subcommand = ヒント: 似たサブコマンドがあります: { $names }
cli-usage-similar-argument = ヒント: 似た引数があります: { $names }
cli-usage-similar-value = ヒント: 似た値があります: { $names }
cli-usage-more = 詳しくは { $help } を試してください。

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = 安全番号 { $number }
members-safety-number-verified = 安全番号 { $number }（確認済み）
members-no-safety-number = 安全番号なし: { $error }
notice-not-sent = 送信できませんでした: { $error }
notice-ledger-failed = 会計: { $error }
notice-members-failed = メンバー: { $error }
notice-error = エラー: { $error }

# Conclave: Japanese (日本語), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Start, join, link, unlock

boot-loading = 読み込み中…
boot-failed = Conclave を起動できませんでした：{ $error }
boot-other-tab = Conclave はこのブラウザの別のタブかウィンドウですでに開いています。そちらを閉じてから、このページを再読み込みしてください。
working = 処理中…
wrong-passphrase = パスフレーズが違います。{ $detail }。もう一度お試しください。
tagline = 招待制の、エンドツーエンド暗号化メッセンジャー。鍵はこのブラウザで作られ、このブラウザに保管されます。
passphrase = パスフレーズ
passphrase-hint = 8 文字以上。この端末の鍵と履歴をこのブラウザ内で暗号化するもので、外に送られることはありません。忘れると、このブラウザのコピーは開けなくなります。
passphrase-again = パスフレーズをもう一度入力
passphrase-differ = 2 つのパスフレーズが一致しません。
join-title = 招待で参加
join-link = 招待リンク
join-link-hint = https://…/join#code=… または conclave://…/join#code=…
username = ユーザー名
username-hint = 3〜32 文字：a–z、0–9、「.」「_」「-」
device-name = この端末の名前
join-button = 参加
joining = 参加中…
link-title = このブラウザをアカウントにリンク
link-intro = アカウントのある端末で「conclave device link」を実行し、表示されたリンクを貼り付けてください。その端末がこのブラウザをあなたの会話に追加します。
link-link = 端末リンク
link-link-hint = https://…/device#code=… または conclave://…/device#code=…
link-button = このブラウザをリンク
linking = リンク中…
unlock-title = Conclave のロックを解除
unlock-holds = このブラウザには { $username } の端末「{ $device }」が保存されています。
unlock-button = ロック解除
unlocking = ロック解除中…
unlock-link-ignored = このブラウザにはすでに Conclave の端末があるため、開いたリンクは使われません。使うには、先にこのブラウザからこの端末を削除してください。
unlock-forgot = パスフレーズを忘れましたか？ パスフレーズがないと、このブラウザのコピーは開けません。ここで削除して、別の端末からこのブラウザをもう一度リンクしてください。
forget-button = このブラウザからこの端末を削除
forget-confirm = { $username } の端末をこのブラウザから削除しますか？ ここにある鍵と履歴は消去されます。アカウントと他の端末はそのまま残ります。

## The shell

conversations = 会話
new-button = 新規
new-conversation = 新しい会話
private-button = プライベート
private-browsing = プライベートブラウジング
account-button = アカウント
account = アカウント
details = 詳細
call-button = 通話
call-start = 通話を開始
call-voice = 音声通話
video-button = ビデオ
video-start = ビデオ通話を開始
video-call = ビデオ通話
ledger = 会計
ledger-button-title = 共有の支出と残高
messages = メッセージ
composer-placeholder = メッセージ
send = 送信
sending = 送信中…
attach = ファイルを添付
take-photo = 写真を撮る
voice-hold = 長押しでボイスメッセージを録音
back-chats = ‹ チャット
back-to-conversations = 会話一覧に戻る
back = ‹ 戻る
close-panel = パネルを閉じる
conversation-panels = 会話のパネル
members = メンバー
choose-conversation = 会話を選ぶか、「新規」で始めてください。
call = 通話

## Status and banners

status-online = { $username } · オンライン
status-offline = { $username } · オフライン
status-expired = { $username } · 期限切れ
status-replaced = { $username } · 置き換え済み
status-refused = { $username } · 拒否されました
status-connecting = { $username } · 接続中
banner-expired = アカウントの有効期限が切れました。続けるには「アカウント」で更新コードを使ってください。
banner-replaced = この端末の Conclave が別の場所で開かれたため、このページは停止しました。ここで使うには再読み込みしてください。
banner-refused = サーバーがこの端末を拒否しました：{ $reason }
banner-offline = オフライン：このブラウザにあるものを表示しています。{ $reason }
banner-expires-soon = アカウントの有効期限は { $date } です。管理者に更新コードをもらってください。
conn-expired = アカウントの有効期限が切れました：「アカウント」で更新してください。
conn-offline = オフライン：閲覧はできます。送信は再接続すると使えます。
expiry-unknown = 不明（オフライン）
expiry-expired = { $date }（期限切れ）
expiry-days = { $days ->
   *[other] { $date }（あと { $days } 日）
}

## The conversation list and the messages

you = あなた
last-message = { $who }：{ $text }
ledger-line = 会計：{ $text }
group-created = グループを作成しました
no-messages-yet = まだメッセージはありません
no-conversations = まだ会話はありません。
not-on-device = この会話はこの端末にはありません。
conversation = 会話
removed-banner = あなたはこの会話から削除されました。今後のメッセージは届きません。
membership-added = { $who } が { $names } を追加しました
membership-removed = { $who } が { $names } を削除しました
membership-added-removed = { $who } が { $added } を追加し、{ $removed } を削除しました
membership-keys = { $who } が鍵を更新しました
unreadable-message = 読めないメッセージ（{ $reason }）
handover-mine = あなたの端末が、新しく参加した端末に会計の過去の記帳を引き渡しました。
handover-theirs = { $sender } の端末が、新しく参加した端末に会計の過去の記帳を引き渡しました。
open-ledger-link = 会計 ›
open-ledger = 会計を開く
joined-here = あなたはこの端末でこの会話に参加しました。
empty-conversation = まだメッセージはありません。メッセージはエンドツーエンドで暗号化されます。
upload-sending = { $name } を送信中…
upload-failed = { $name }：{ $error }
dismiss = 閉じる
record-failed = 録音できません：{ $error }
record-hold = マイクボタンを長押しするとボイスメッセージを録音できます。
toast-added-to-conversation = 会話に追加されました。
toast-fell-behind = この端末は会話に遅れを取ったため、再び追加されるのを待っています。
invites-admin = 上限なし（管理者）
invites-left = 残り { $count }

## Members

no-longer-member = あなたはもうこの会話のメンバーではありません。
safety-number = 安全番号
safety-number-with = { $username } との安全番号
remove = 削除
remove-member = { $username } を削除
remove-confirm = { $conversation } から { $username } を削除しますか？ 今後のメッセージは読めなくなります。
removing = 削除中…
removed-toast = { $username } を削除しました。
devices-line = { $count ->
   *[other] 端末 { $ids }
}
device-named = { $name }（{ $id }）
device-unnamed = 端末（{ $id }）
member-you = { $username }（あなた）
members-summary = { $count ->
   *[other] メンバー { $count } 人 · エポック { $epoch }
}
add = 追加
adding = 追加中…
added-toast = { $names } を追加しました。
add-members = メンバーを追加
add-members-hint = ユーザー名をカンマ区切りで入力します。その人のすべての端末が参加します。
leave = この会話から退出
leave-confirm = すべての端末で { $conversation } から退出しますか？
leaving = 退出中…
epoch-authenticator = エポック認証子（全メンバーの端末で同じです）：{ $code }
loading = 読み込み中…
safety-verified = 確認済み
safety-changed = 確認後に鍵が変更されました
safety-unverified = 未確認
mark-verified = 確認済みにする
saving = 保存中…
verified-toast = { $username } を確認済みにしました。
safety-with = { $username } との安全番号 { $badge }
safety-hint = 相手の番号と、直接会うか別の手段で照合してください。一致したら確認済みにしましょう。その後で相手の鍵が変わると、目立つように表示されます。

## The ledger

ledger-paid-by = 支払った人
ledger-paid-to = 支払先／対象
ledger-owed-to = 貸し手
ledger-owed-by = 借り手
split-to = 1 人に全額
split-equal = 均等に割る
split-exact = 金額で分ける
split-weights = 比率で分ける
badge-reversed = 取り消し済み
badge-reversal = 取り消し
badge-refused = 拒否
badge-unreadable = 読めません
device-id = 端末 { $id }
device-id-named = 端末 { $id }（{ $name }）
entries = 記帳
entries-count = 記帳（{ $count }）
export-csv = CSV をダウンロード
export-json = JSON をダウンロード
balances = 残高
export = エクスポート
export-hint = CSV：記帳ごと・メンバーごとに 1 行（メンバーと通貨ごとに合計すると残高になります）。JSON：すべての記録、残高、精算方法。
discrepancy-title = 警告：新しい端末に引き渡された会計が、あなたのものと異なります。
discrepancy = { $by } の端末 { $device }（メッセージ { $seq }）が新しい参加者に引き渡した会計は、この端末のものと一致しません：{ $detail }。相手の残高はあなたのものと違う可能性があります。{ $by } と確認してください。
ledger-unreadable = { $count ->
   *[other] { $count } 件の記帳は新しいバージョンの Conclave で書かれたため、ここでは読めません。アップデートするまで残高には含まれません。
}
handed-over-mine = この端末はメッセージ { $seq } の時点で参加しました。それより前の記帳は、あなたの端末 { $device } から引き渡されたものです。
handed-over-theirs = この端末はメッセージ { $seq } の時点で参加しました。それより前の記帳は、{ $by } の端末 { $device } から引き渡されたものです。
ledger-empty = まだ記帳はありません。共有の支出、支払い、借りを下で記録しましょう。全メンバーに同じ残高が表示されます。
balances-in = 残高（{ $currency }）
balance-owed = 受け取る
balance-owes = 支払う
balance-settled = 精算済み
settle-title = 精算方法
settle-you-pay = あなたが { $to } に { $amount } { $currency } を支払う
settle-pays-you = { $from } があなたに { $amount } { $currency } を支払う
settle-pays = { $from } が { $to } に { $amount } { $currency } を支払う
all-settled = すべて精算済みです。
records-empty = 記帳は、サーバーが並べた順にここに表示されます。どの端末でも同じ順です。
recorded-by-you = { $day } · { $time } にあなたが { $device } から記帳
recorded-by = { $day } · { $time } に { $member } が { $device } から記帳
reference-line = 参照番号：{ $reference }
reversed-by-you = あなたが取り消しました（記帳 { $entry }）。集計には含まれません。
reversed-by = { $member } が取り消しました（記帳 { $entry }）。集計には含まれません。
reversed-by-someone = 誰かが取り消しました（記帳 { $entry }）。集計には含まれません。
undoes = 取り消し対象：{ $description }
refused-everywhere = 届いたすべての端末で拒否されました。残高には影響しません。
handed-by-mine = この端末の参加時に、あなたの端末 { $device } から引き渡されました
handed-by-theirs = この端末の参加時に、{ $username } の端末 { $device } から引き渡されました
reverse-toggle = 取り消す…
reverse-entry-label = 記帳 { $entry } を取り消す
reverse-entry = 記帳を取り消す
cancel = キャンセル
reverse-why = 理由（任意）
reverse-hint = 記帳は「取り消し済み」として履歴に残り、残高への影響はすべての端末で元に戻ります。
reversing = 取り消し中…
reversed-toast = 取り消しました：{ $description }
kind-payment = 支払い：誰かが支払った
kind-debt = 借り：誰かが借りている
record-entry = 記帳する
member = メンバー
split-equal-among = 均等に割るメンバー
split-equal-hint = 支払った人にも負担させるなら、その人も含めてください。割り切れない端数は、先に並んでいるメンバーに割り当てられます。
weights-legend = 比率（例：2 と 1 なら 3 分の 2 と 3 分の 1）
amounts-legend = 金額（合計と一致するように）
share-empty-hint = 負担しないメンバーは空欄のままにしてください。
will-record = 記帳内容：{ $description }
will-record-shares = 記帳内容：{ $description } — { $shares } { $currency }
amount = 金額
currency = 通貨
add-entry-form = 会計に記帳を追加
what-happened = 種類
date = 日付
memo-optional = メモ（任意）
reference-optional = 参照番号（任意）
reference-hint = 請求書番号、振込 ID など
add-entry = 記帳を追加
ledger-intro = 記帳はエンドツーエンドで暗号化されたメッセージです。誰も編集や削除はできず、間違いは取り消しで直します。
recording = 記帳中…
recorded-toast = 記帳しました：{ $description }
preparing = 準備中…
exported-toast = { $count ->
   *[other] 会計の記録 { $count } 件を { $file } にエクスポートしました。
}

## New conversation, account

start = 開始
starting = 開始中…
create-group = グループを作成
creating = 作成中…
message-person = 個人にメッセージ
new-group = 新しいグループ
group-name = グループ名
members-hint = ユーザー名をカンマ区切りで入力します。
your-account = あなたのアカウント
this-device = この端末
this-device-value = { $name }（端末 { $id }）
valid-until = 有効期限
invitations = 招待
connection = 接続
online = オンライン
offline = オフライン
offline-reason = オフライン：{ $reason }
renew = 更新
renewing = 更新中…
renewed-toast = { $date } まで更新しました。
renew-title = アカウントを更新
renewal-code = 更新コード
renewal-hint = 管理者からもらえます。期限が切れた後でも、アカウントを延長できます。
expires-1-day = 1 日
expires-7-days = 7 日
expires-30-days = 30 日
create-invitation = 招待を作成
your-invitations = あなたの招待
copy = コピー
copied = コピーしました。
copy-failed = リンクを選択してコピーしてください。
invitation-created = 招待を作成しました。
invitation-for = { $count ->
   *[other] { $count } 人用、{ $date } まで有効。
}
link-for-browser = ブラウザ用のリンク：
link-for-cli = コマンドライン用（conclave join）：
invite-row = #{ $id } · { $state } · 残り { $left }/{ $total } · { $date } まで
invite-row-joined = #{ $id } · { $state } · 残り { $left }/{ $total } · { $date } まで · 参加済み：{ $names }
no-invitations = まだ招待はありません。
invite-someone = 誰かを招待
number-of-people = 人数
valid-for = 有効期間
your-devices = あなたの端末
add-device-hint = 端末を追加するには、アカウントのある端末で「conclave device link」を実行してください。
lock = ロック
this-browser = このブラウザ
lock-hint = ロックするとセッションが閉じます。パスフレーズで再び開けます。
device-row = { $name }（端末 { $id }）、{ $date } に追加
device-row-this = { $name }（端末 { $id }）、{ $date } に追加 — このブラウザ
offline-short = オフライン。
language = 言語
language-hint = この端末でのこのページの言語です。「自動」はブラウザの言語設定に従います。
language-auto = 自動

## Private browsing

pb-what-title = プライベートブラウジングとは
pb-what-1 = プライベートブラウジングでは、端末の Web 通信をサイトへ直接送らず、2 つのリレーを経由させます。入口リレーはあなたが誰か（アドレス）を知りますが、行き先は知りません。出口リレーは行き先（サイト）を知りますが、あなたが誰かは知りません。両方を知るリレーはありません。
pb-what-2 = 端末と出口の間の通信は暗号化されているので、入口に見えるのは封をされた固定サイズのセルだけです。各リレーは、紐づけのできないトークンを持つ接続しか通しません。トークンはこのサーバーがブラインド署名するので、どの接続やサイトに使われたかはサーバーにもわかりません。
pb-what-3 = このページ自体は何も中継しません。Web ページは他の通信を運べないからです。中継するのは端末上の conclave プログラムです（「この端末で使う」を参照）。
pb-limits-title = 守れないもの
pb-limits-1 = 2 ホップにすれば、好奇心の強いリレー運営者ひとりには対抗できます。ただし、経路の 2 つのリレーが結託している場合や、両端の通信を見てタイミングを照合する観測者（グローバルな観測者）には効果がありません。
pb-limits-2 = 同じ運営者のリレーは下の一覧で示され、別の運営者のリレーがある限り、1 つの経路でそのうち 2 つが使われることはありません。リレーを運営しているのが 1 人だけの場合、両方のホップがその運営者のもので、分割は名目だけになります。このとき conclave proxy が警告します。
pb-limits-3 = サイトには、あなたが送る内容はそのまま見えます。ログイン、Cookie、ブラウザのフィンガープリントで、いつも通りあなただと特定されます。
pb-limits-4 = 保護されるのは、プロキシを使うよう設定したプログラムだけです。名前解決もプロキシに任せてください（socks5h、curl の --socks5-hostname、Firefox の「SOCKS v5 を使用するときは DNS もプロキシーを使用する」）。そうしないと DNS の問い合わせがプロキシの外に出ます。
pb-allowance-note = 1 つの回線には、リレーごとに 1 つずつ、計 2 つのトークンが必要です。1 つの回線で多くの接続を運び、10 分後に更新されます。割り当ては 00:00 UTC に更新されます。
pb-allowance-title = この端末の割り当て
pb-per-day = 1 日あたりのトークン
pb-left-today = 今日の残り
pb-fetching = リレーディレクトリを取得中…
relays = リレー
pb-setup = { $first }：conclave にアカウントのある端末で { $link } を実行し、次にここで { $join } を実行します（招待を使う場合は { $joininvite }）。
pb-use-title = この端末で使う
pb-desktop = パソコン（Linux、macOS、Windows）
pb-desktop-install = conclave コマンドラインをインストールし、アカウントを設定する
pb-desktop-run = { $cmd } を実行します。このパソコン専用に { $addr } で SOCKS5 と HTTP CONNECT を提供し、各回線の入口と出口を表示します。
pb-desktop-chromium = Chromium、Chrome、Edge：{ $cmd } を付けて起動します（名前解決はプロキシが行います）。別のプロファイル（{ $profile }）を使えば、プライベートブラウジングを普段のプロファイルと分けられます。
pb-desktop-firefox = Firefox：設定 → 一般 → ネットワーク設定 → 接続設定…：「手動でプロキシーを設定する」、SOCKS ホスト 127.0.0.1、ポート 1080、SOCKS v5 を選び、「SOCKS v5 を使用するときは DNS もプロキシーを使用する」にチェックを入れます。
pb-desktop-curl = コマンドラインツール：{ $cmd }。
pb-desktop-options = オプション：{ $country } を付けるとその国の出口から出ます。{ $circuit } を付けるとサイトごとに別の回線を使います。
pb-android = Android スマートフォン・タブレット
pb-android-intro = ブラウザは SOCKS プロキシを動かせないので、スマートフォン上のプログラムが必要です：
pb-android-termux = Termux を（F-Droid から）インストールし、その中に conclave コマンドラインをインストールします。
pb-android-account = アカウントを設定する
pb-android-run = Termux で { $cmd } を実行し、そのまま動かしておきます（電池の設定で Termux のバックグラウンド実行を許可してください）。
pb-android-wifi = 設定 → Wi-Fi → 使用中のネットワーク → 編集 → 詳細設定 → プロキシ：手動、ホスト名 { $host }、ポート { $port }。Android のプロキシ設定は HTTP CONNECT を使い、プロキシは同じポートでそれを受け付けます。この設定に従うブラウザは、その Wi-Fi ネットワークでは（モバイルデータでは不可）リレーを経由します。
pb-android-browser = または、独自のプロキシ設定を持つブラウザを使います：リモート DNS 付きの SOCKS5 { $socks }、または HTTP プロキシ { $http }（CONNECT）。
pb-ios = iPhone・iPad
pb-ios-text = 現在は使えません。iOS には、ローカルプロキシとしてコマンドラインプログラムをバックグラウンドで動かし続ける方法がありません（Termux はなく、アプリは一時停止されます）。また、スマートフォンの通信を運ぶには VPN 型のアプリ（Network Extension）が必要ですが、Conclave にはまだありません。パソコンのプロキシを借りることもできません。conclave proxy にはパスワードがないため、自分のマシン上でしか待ち受けないからです。
pb-no-tokens = このサーバーはリレートークンを発行していないため、このアカウントではリレーを使えません。
pb-zero-tokens = このサーバーはメンバーにリレートークンを配っていません（割り当ては 1 日 0）。
pb-same-operator = 同じ運営者
pb-country-unknown = 国不明
pb-relay-meta = { $country } · 運営者 { $operator } · { $addr }
pb-relay-meta-ours = { $country } · 運営者 { $operator }（このサーバーの運営者）· { $addr }
pb-same-operator-note = { $others } と同じ運営者（リレー { $count } 台）：別の運営者のリレーがある限り、一緒には使われません。
pb-no-relays = このサーバーにはリレーが登録されていません。
pb-two-operators = 経路には、別々の運営者の 2 つのリレーを使えます。
pb-one-operator = これらのリレーの運営者は 1 人だけなので、経路の両方のホップがその運営者のものです：分割は名目だけです。
pb-no-path = まだ経路を作れません：{ $reason }。
pb-signed-new = { $operator } が鍵 { $key } で署名しており、署名は正しいです。この端末は今後この鍵を記憶し、別の鍵で署名されたディレクトリは拒否します。有効期限：{ $date }。
pb-signed-known = { $operator } が鍵 { $key } で署名しており、署名は正しいです。この端末が記憶している鍵です。別の鍵で署名されたディレクトリは拒否します。有効期限：{ $date }。

## Calls

declined = { $names } が通話を拒否しました。
join-call = 通話に参加
accept = 応答
accept-call = 通話に応答
accept-video-call = ビデオ通話に応答
decline = 拒否
is-calling = { $caller } から着信中
ringing-voice = 音声通話 · { $conversation }
ringing-video = ビデオ通話 · { $conversation }
already-in-call = すでに通話中です。
calling = 発信中…
call-failed = 通話を開始できませんでした：{ $error }
connecting = 接続中…
your-camera = あなたのカメラ
mute = ミュート
unmute = ミュート解除
camera-off = カメラをオフ
camera-on = カメラをオン
switch-camera = カメラを切り替え
one-camera = この端末にはカメラが 1 台しかありません。
hang-up = 通話を終了
call-controls = 通話の操作
tile-name = { $username } · 端末 { $device }
tile-leaf = リーフ { $leaf }
reconnecting = 再接続中…
connection-failed = 接続に失敗しました
ended = 終了しました
in-call = { $count ->
   *[other] { $state } · 通話中 { $count } 人
}

## Files and voice notes

file-too-large = ファイルがサーバーの上限を超えています。
file-too-large-max = ファイルがサーバーの上限を超えています（最大 { $max }）。
file-over-quota = サーバー上のあなたの保存容量がいっぱいです。ファイルはしばらくすると期限切れになるので、後でもう一度お試しください。
file-too-many = 同時アップロードが多すぎます。少ししてからもう一度お試しください。
file-grant = アップロードの許可が期限切れになりました。もう一度お試しください。
file-not-found = ファイルはもうサーバーにありません（ファイルはしばらくすると期限切れになります）。
file-hash-mismatch = アップロードが途中で破損しました。もう一度お試しください。
file-unavailable = サーバーのファイル保存領域は現在利用できません。後でもう一度お試しください。
file-busy = サーバーがこのファイルを処理中です。少ししてからもう一度お試しください。
file-cut = アップロード中に接続が切れました。もう一度お試しください。
file-no-resume = アップロードを再開できませんでした。
file-kept-other = サーバーが保存していたのは、ファイルの別の部分でした。
upload-refused = アップロードに失敗しました：{ $reason }
download-refused = ダウンロードに失敗しました：{ $reason }
file-corrupted = このファイルは途中で改ざんされたか破損したため、表示しません。
open-image = 画像 { $name } を開く
open = 開く
preview-of = { $name } のプレビュー
image-unreadable = この画像はここでは表示できません。このブラウザが読める形式の画像ではありません。
play-voice-note = ボイスメッセージ { $name } を再生
recording-unplayable = この録音はこのブラウザでは再生できません。
download = ダウンロード
download-name = { $name } をダウンロード
save-again = もう一度保存
close = 閉じる
play-name = { $name } を再生
pause-name = { $name } を一時停止
position = 再生位置

## Notifications

notifications = 通知
hide-contents = 通知に内容を表示しない
push-blocked = このサイトの通知はブロックされています：ブラウザのサイト設定で許可してください。
push-not-allowed = 通知が許可されませんでした。
push-no-server = このサーバーはプッシュ通知を送りません。
push-no-service = このブラウザのプッシュサービスが応答しませんでした（ネットワークがないか、プッシュサービスのないブラウザです）。
push-unsupported = このブラウザではプッシュ通知を表示できません（iPhone・iPad では、先に Conclave をホーム画面に追加してください）。
push-on-hidden = オン：通知には「新着メッセージ」とだけ表示されます。
push-on = オン：通知に送信者と内容を表示します（この端末で読み取ります）。
push-off = オフ。サーバーからのプッシュは「新着あり」としか伝えず、それ以外はこの端末が復号します。
new-message = 新着メッセージ

## 履歴の通話、通話タイル、招待の状態

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
tile-waiting-keys = 鍵を待っています
tile-cant-decrypt = 復号できません（{ $reason }）
tile-key-mismatch = 相手の鍵がこの端末の鍵と一致しません：MLS エポックが異なるか、メンバーではありません
invite-open = 有効
invite-used = 使用済み
invite-expired = 期限切れ
invite-revoked = 取り消し済み

## Typing indicators
typing-one = { $name } さんが入力中…
typing-two = { $first } さんと { $second } さんが入力中…
typing-several = 複数の人が入力中…
typing-title = 入力中の表示
typing-setting = ほかの人の入力中を表示し、自分の入力中も相手に見せる
typing-hint = オフにすると、この端末は入力中の表示を送らず、表示もしません。いまオンラインのメンバーにだけ届き、サーバーには残りません。

## History from another device
toast-history-imported = 端末 { $device } から履歴が届きました（項目: { $count }、会話: { $conversations }）。
history-note = 上の履歴は端末 { $device } から届いたものです（送信 { $date }）。

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = 着信
push-ring-body = 応答するには Conclave を開いてください
push-title-group = { $conversation } の { $sender }

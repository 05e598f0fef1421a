# Conclave: Simplified Chinese (简体中文), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Start, join, link, unlock

boot-loading = 正在加载…
boot-failed = Conclave 无法启动：{ $error }
boot-other-tab = Conclave 已在此浏览器的另一个标签页或窗口中打开。请关闭它，然后重新加载此页面。
working = 正在处理…
wrong-passphrase = 密码短语错误。{ $detail }。请重试。
tagline = 仅限邀请的端到端加密通讯。你的密钥在此浏览器中生成并保存。
passphrase = 密码短语
passphrase-hint = 至少 8 个字符。它在此浏览器中加密此设备的密钥和历史记录，且不会离开此浏览器；一旦忘记，此浏览器中的副本将无法打开。
passphrase-again = 再次输入密码短语
passphrase-differ = 两次输入的密码短语不一致。
join-title = 通过邀请加入
join-link = 邀请链接
join-link-hint = https://…/join#code=… 或 conclave://…/join#code=…
username = 用户名
username-hint = 3 到 32 个字符：a–z、0–9、“.”、“_”、“-”。
device-name = 此设备的名称
join-button = 加入
joining = 正在加入…
link-title = 将此浏览器关联到你的账号
link-intro = 在已有你账号的设备上运行“conclave device link”，然后粘贴它输出的链接。那台设备随后会把此浏览器加入你的会话。
link-link = 设备关联链接
link-link-hint = https://…/device#code=… 或 conclave://…/device#code=…
link-button = 关联此浏览器
linking = 正在关联…
unlock-title = 解锁 Conclave
unlock-holds = 此浏览器中保存着 { $username } 的设备“{ $device }”。
unlock-button = 解锁
unlocking = 正在解锁…
unlock-link-ignored = 此浏览器中已有一个 Conclave 设备，你打开的链接不会被使用。如要使用它，请先从此浏览器中移除此设备。
unlock-forgot = 忘记密码短语了？没有它，此浏览器中的副本无法打开。请在这里移除它，然后从你的另一台设备重新关联此浏览器。
forget-button = 从此浏览器中移除此设备
forget-confirm = 要从此浏览器中移除 { $username } 的设备吗？这里的密钥和历史记录将被删除；你的账号和其他设备不受影响。

## The shell

conversations = 会话
new-button = 新建
new-conversation = 新会话
private-button = 隐私
private-browsing = 隐私浏览
account-button = 账号
account = 账号
details = 详情
call-button = 通话
call-start = 发起通话
call-voice = 语音通话
video-button = 视频
video-start = 发起视频通话
video-call = 视频通话
ledger = 账本
ledger-button-title = 共同开销和余额
messages = 消息
composer-placeholder = 消息
send = 发送
sending = 正在发送…
attach = 添加附件
take-photo = 拍照
voice-hold = 按住录制语音消息
back-chats = ‹ 聊天
back-to-conversations = 返回会话列表
back = ‹ 返回
close-panel = 关闭面板
conversation-panels = 会话面板
members = 成员
choose-conversation = 选择一个会话，或点“新建”开始一个。
call = 通话

## Status and banners

status-online = { $username } · 在线
status-offline = { $username } · 离线
status-expired = { $username } · 已过期
status-replaced = { $username } · 已被取代
status-refused = { $username } · 被拒绝
status-connecting = { $username } · 正在连接
banner-expired = 你的账号已过期。请在“账号”中兑换续期码以继续使用。
banner-replaced = 此设备的 Conclave 已在别处打开，本页面已停止。重新加载即可在这里使用。
banner-refused = 服务器拒绝了此设备：{ $reason }
banner-offline = 离线：显示的是此浏览器中已有的内容。{ $reason }
banner-expires-soon = 你的账号将于 { $date } 过期。请向管理员索取续期码。
conn-expired = 你的账号已过期：请在“账号”中续期。
conn-offline = 离线：可以阅读；重新连接后即可发送。
expiry-unknown = 未知（离线）
expiry-expired = { $date }（已过期）
expiry-days = { $days ->
   *[other] { $date }（还剩 { $days } 天）
}

## The conversation list and the messages

you = 你
last-message = { $who }：{ $text }
ledger-line = 账本：{ $text }
group-created = 群组已创建
no-messages-yet = 还没有消息
no-conversations = 还没有会话。
not-on-device = 此会话不在此设备上。
conversation = 会话
removed-banner = 你已被移出此会话，不会再收到它的消息。
membership-added = { $who } 添加了 { $names }
membership-removed = { $who } 移除了 { $names }
membership-added-removed = { $who } 添加了 { $added }，并移除了 { $removed }
membership-keys = { $who } 更新了密钥
unreadable-message = 无法读取的消息（{ $reason }）
handover-mine = 你的设备已将账本中较早的记账交给新加入的设备。
handover-theirs = { $sender } 的设备已将账本中较早的记账交给新加入的设备。
open-ledger-link = 账本 ›
open-ledger = 打开账本
joined-here = 你在此设备上加入了此会话。
empty-conversation = 还没有消息。消息经过端到端加密。
upload-sending = 正在发送 { $name }…
upload-failed = { $name }：{ $error }
dismiss = 关闭
record-failed = 无法录音：{ $error }
record-hold = 按住麦克风按钮即可录制语音消息。
toast-added-to-conversation = 你被加入了一个会话。
toast-fell-behind = 此设备在一个会话中落后了，正在等待被重新加入。
invites-admin = 不限额（管理员）
invites-left = 剩余 { $count }

## Members

no-longer-member = 你已不再是此会话的成员。
safety-number = 安全码
safety-number-with = 与 { $username } 的安全码
remove = 移除
remove-member = 移除 { $username }
remove-confirm = 要将 { $username } 移出 { $conversation } 吗？对方将无法阅读之后的消息。
removing = 正在移除…
removed-toast = 已移除 { $username }。
devices-line = { $count ->
   *[other] 设备 { $ids }
}
device-named = { $name }（{ $id }）
device-unnamed = 设备（{ $id }）
member-you = { $username }（你）
members-summary = { $count ->
   *[other] { $count } 位成员 · 纪元 { $epoch }
}
add = 添加
adding = 正在添加…
added-toast = 已添加 { $names }。
add-members = 添加成员
add-members-hint = 输入用户名，用逗号分隔。对方的所有设备都会加入。
leave = 退出此会话
leave-confirm = 要在你的所有设备上退出 { $conversation } 吗？
leaving = 正在退出…
epoch-authenticator = 纪元验证码（每位成员的设备上都相同）：{ $code }
loading = 正在加载…
safety-verified = 已验证
safety-changed = 验证后密钥已更改
safety-unverified = 未验证
mark-verified = 标记为已验证
saving = 正在保存…
verified-toast = 已将 { $username } 标记为已验证。
safety-with = 与 { $username } 的安全码 { $badge }
safety-hint = 当面或通过其他渠道与对方的安全码比对。如果一致，就将对方标记为已验证：之后对方的密钥若有变化，会醒目地提示你。

## The ledger

ledger-paid-by = 付款人
ledger-paid-to = 收款人 / 受益人
ledger-owed-to = 债权人
ledger-owed-by = 欠款人
split-to = 全部算给一位成员
split-equal = 平均分摊
split-exact = 按金额分摊
split-weights = 按比例分摊
badge-reversed = 已冲销
badge-reversal = 冲销
badge-refused = 被拒绝
badge-unreadable = 无法读取
device-id = 设备 { $id }
device-id-named = 设备 { $id }（{ $name }）
entries = 记账
entries-count = 记账（{ $count }）
export-csv = 下载 CSV
export-json = 下载 JSON
balances = 余额
export = 导出
export-hint = CSV：每笔记账的每位成员占一行（按成员和货币求和即为余额）。JSON：全部记录、余额和结清方案。
discrepancy-title = 警告：交给新设备的账本与你的不同。
discrepancy = { $by } 的设备 { $device }（消息 { $seq }）交给新成员的账本与此设备上的不一致：{ $detail }。他们的余额可能与你的不同；请与 { $by } 核对。
ledger-unreadable = { $count ->
   *[other] 有 { $count } 笔记账由更新版本的 Conclave 写入，无法在这里读取；在你更新之前，余额不计入这些记账。
}
handed-over-mine = 此设备从第 { $seq } 条消息起加入：之前的记账由你的设备 { $device } 交接而来。
handed-over-theirs = 此设备从第 { $seq } 条消息起加入：之前的记账由 { $by } 的设备 { $device } 交接而来。
ledger-empty = 还没有记账。在下方记录一笔共同开销、付款或欠款；每位成员看到的余额都相同。
balances-in = { $currency } 余额
balance-owed = 应收
balance-owes = 应付
balance-settled = 已结清
settle-title = 结清方案
settle-you-pay = 你付给 { $to } { $amount } { $currency }
settle-pays-you = { $from } 付给你 { $amount } { $currency }
settle-pays = { $from } 付给 { $to } { $amount } { $currency }
all-settled = 全部已结清。
records-empty = 记账按服务器排定的顺序显示在这里，每台设备上都相同。
recorded-by-you = { $day } · 由你于 { $time } 在 { $device } 上记录
recorded-by = { $day } · 由 { $member } 于 { $time } 在 { $device } 上记录
reference-line = 参考号：{ $reference }
reversed-by-you = 已由你冲销（记账 { $entry }）；不再计入。
reversed-by = 已由 { $member } 冲销（记账 { $entry }）；不再计入。
reversed-by-someone = 已被某人冲销（记账 { $entry }）；不再计入。
undoes = 冲销：{ $description }
refused-everywhere = 所有收到它的设备都拒绝了它；它不影响任何余额。
handed-by-mine = 此设备加入时由你的设备 { $device } 交接
handed-by-theirs = 此设备加入时由 { $username } 的设备 { $device } 交接
reverse-toggle = 冲销…
reverse-entry-label = 冲销记账 { $entry }
reverse-entry = 冲销这笔记账
cancel = 取消
reverse-why = 原因（可选）
reverse-hint = 这笔记账会留在历史中并标记为已冲销；它对余额的影响会在每台设备上撤回。
reversing = 正在冲销…
reversed-toast = 已冲销：{ $description }
kind-payment = 付款：有人付了钱
kind-debt = 欠款：有人欠钱
record-entry = 记一笔
member = 成员
split-equal-among = 平均分摊给
split-equal-hint = 如果付款人也要分摊一份，请把他也选上。除不尽的零头（如一分钱）归给排在最前面的成员。
weights-legend = 比例（例如 2 和 1：三分之二和三分之一）
amounts-legend = 金额（加起来须等于总额）
share-empty-hint = 某位成员留空，表示不给他分摊。
will-record = 将记录：{ $description }
will-record-shares = 将记录：{ $description } — { $shares } { $currency }
amount = 金额
currency = 货币
add-entry-form = 添加账本记账
what-happened = 类型
date = 日期
memo-optional = 备注（可选）
reference-optional = 参考号（可选）
reference-hint = 发票号、转账单号…
add-entry = 添加一笔记账
ledger-intro = 每笔记账都是一条端到端加密的消息；任何人都不能编辑或删除，记错了就冲销。
recording = 正在记录…
recorded-toast = 已记录：{ $description }
preparing = 正在准备…
exported-toast = { $count ->
   *[other] 已将 { $count } 条账本记录导出到 { $file }。
}

## New conversation, account

start = 开始
starting = 正在开始…
create-group = 创建群组
creating = 正在创建…
message-person = 给某人发消息
new-group = 新建群组
group-name = 群组名称
members-hint = 输入用户名，用逗号分隔。
your-account = 你的账号
this-device = 此设备
this-device-value = { $name }（设备 { $id }）
valid-until = 有效期至
invitations = 邀请
connection = 连接
online = 在线
offline = 离线
offline-reason = 离线：{ $reason }
renew = 续期
renewing = 正在续期…
renewed-toast = 已续期至 { $date }。
renew-title = 为你的账号续期
renewal-code = 续期码
renewal-hint = 由管理员提供；它能延长你的账号有效期，账号过期后也能用。
expires-1-day = 1 天
expires-7-days = 7 天
expires-30-days = 30 天
create-invitation = 创建邀请
your-invitations = 你的邀请
copy = 复制
copied = 已复制。
copy-failed = 请选中链接并复制。
invitation-created = 邀请已创建。
invitation-for = { $count ->
   *[other] 可供 { $count } 人使用，有效期至 { $date }。
}
link-for-browser = 浏览器用链接：
link-for-cli = 命令行用（conclave join）：
invite-row = #{ $id } · { $state } · 剩余 { $left }/{ $total } · 至 { $date }
invite-row-joined = #{ $id } · { $state } · 剩余 { $left }/{ $total } · 至 { $date } · 已加入：{ $names }
no-invitations = 还没有邀请。
invite-someone = 邀请他人
number-of-people = 人数
valid-for = 有效期
your-devices = 你的设备
add-device-hint = 如要添加设备，请在已有你账号的设备上运行“conclave device link”。
lock = 锁定
this-browser = 此浏览器
lock-hint = 锁定后，需要输入密码短语才能再次打开。
device-row = { $name }（设备 { $id }），添加于 { $date }
device-row-this = { $name }（设备 { $id }），添加于 { $date } — 此浏览器
offline-short = 离线。
language = 语言
language-hint = 此设备上本页面的语言。“自动”跟随浏览器的语言设置。
language-auto = 自动

## Private browsing

pb-what-title = 什么是隐私浏览
pb-what-1 = 隐私浏览让设备的网页流量经过两个中继，而不是直接到达网站。入口中继知道你是谁（你的地址），但不知道你去哪里；出口中继知道你去哪里（网站），但不知道你是谁。没有哪个中继能同时知道两者。
pb-what-2 = 在你的设备和出口之间，流量是加密的，所以入口只能看到密封的、固定大小的数据单元。每个中继只放行持有不可关联令牌的连接，令牌由本服务器盲签名：服务器无法得知某个令牌用在了哪个连接或网站上。
pb-what-3 = 本页面本身不转发任何流量：网页无法承载其他流量。转发由设备上的 conclave 程序完成（见“在此设备上使用”）。
pb-limits-title = 它防不了什么
pb-limits-1 = 两跳足以防住一个好奇的中继运营者。但如果一条路径上的两个中继串通，或者有观察者同时监视两端的流量并比对时间（全局观察者），它就无能为力了。
pb-limits-2 = 同一运营者的中继会在下方列表中标出；只要存在其他运营者的中继，一条路径就绝不会同时使用其中两个。如果只有一个运营者在运行中继，两跳都属于它，分离只是名义上的；此时 conclave proxy 会发出警告。
pb-limits-3 = 网站仍能看到你发给它的内容：登录、Cookie 和浏览器指纹会像平常一样识别出你。
pb-limits-4 = 只有设置为使用代理的程序才受保护。也要让代理来解析域名（socks5h、curl 的 --socks5-hostname、Firefox 的“使用 SOCKS v5 时代理 DNS 查询”），否则你的 DNS 查询会绕过代理。
pb-allowance-note = 每条线路需要两个令牌，每个中继一个；一条线路可承载许多连接，10 分钟后更换。额度在 00:00 UTC 重置。
pb-allowance-title = 此设备的额度
pb-per-day = 每日令牌数
pb-left-today = 今日剩余
pb-fetching = 正在获取中继目录…
relays = 中继
pb-setup = { $first }：在 conclave 已有你账号的设备上运行 { $link }，然后在这里运行 { $join }（如有邀请，则运行 { $joininvite }）。
pb-use-title = 在此设备上使用
pb-desktop = 电脑（Linux、macOS、Windows）
pb-desktop-install = 安装 conclave 命令行，并登录你的账号
pb-desktop-run = 运行 { $cmd }。它在 { $addr } 上提供 SOCKS5 和 HTTP CONNECT，仅供本机使用，并显示每条线路的入口和出口。
pb-desktop-chromium = Chromium、Chrome 或 Edge：用 { $cmd } 启动（域名将由代理解析）。使用单独的配置文件（{ $profile }）可将隐私浏览与平常使用的配置文件分开。
pb-desktop-firefox = Firefox：设置 → 常规 → 网络设置 → 设置…：“手动配置代理”，SOCKS 主机 127.0.0.1，端口 1080，SOCKS v5，并勾选“使用 SOCKS v5 时代理 DNS 查询”。
pb-desktop-curl = 命令行工具：{ $cmd }。
pb-desktop-options = 选项：{ $country } 从该国家的出口离开；{ $circuit } 为每个网站使用单独的线路。
pb-android = Android 手机或平板
pb-android-intro = 浏览器无法运行 SOCKS 代理，所以需要由手机上的程序来运行：
pb-android-termux = 安装 Termux（从 F-Droid），并在其中安装 conclave 命令行。
pb-android-account = 登录你的账号
pb-android-run = 在 Termux 中运行 { $cmd } 并保持运行（在电池设置中允许 Termux 后台运行）。
pb-android-wifi = 设置 → WLAN → 你的网络 → 修改 → 高级选项 → 代理：手动，主机名 { $host }，端口 { $port }。Android 的代理设置使用 HTTP CONNECT，代理在同一端口上支持它。遵循该设置的浏览器在这个 Wi-Fi 网络上（移动数据下不行）会经过中继。
pb-android-browser = 或者使用自带代理设置的浏览器：SOCKS5 { $socks }（启用远程 DNS），或 HTTP 代理 { $http }（CONNECT）。
pb-ios = iPhone 和 iPad
pb-ios-text = 目前不可用。iOS 无法让命令行程序在后台持续运行来充当本地代理（没有 Termux，且应用会被挂起）；而承载手机的流量需要 VPN 类应用（Network Extension），Conclave 目前还没有。手机也不能借用电脑的代理：conclave proxy 没有密码，所以只在它自己的机器上监听。
pb-no-tokens = 此服务器不发放中继令牌，因此此账号无法使用它的中继。
pb-zero-tokens = 此服务器不给成员发放中继令牌（额度为每天 0 个）。
pb-same-operator = 同一运营者
pb-country-unknown = 国家未知
pb-relay-meta = { $country } · 运营者 { $operator } · { $addr }
pb-relay-meta-ours = { $country } · 运营者 { $operator }（本服务器的运营者）· { $addr }
pb-same-operator-note = 与 { $others } 属于同一运营者（{ $count } 个中继）：只要存在其他运营者的中继，就绝不会一起使用。
pb-no-relays = 此服务器没有列出任何中继。
pb-two-operators = 一条路径可以使用两个不同运营者的中继。
pb-one-operator = 这些中继只由一个运营者运行，所以路径的两跳都属于它：分离只是名义上的。
pb-no-path = 暂时无法建立路径：{ $reason }。
pb-signed-new = 由 { $operator } 使用密钥 { $key } 签名；签名验证通过。此设备现在会记住这个密钥，并拒绝由其他密钥签名的目录。有效期至 { $date }。
pb-signed-known = 由 { $operator } 使用密钥 { $key } 签名；签名验证通过。这是此设备记住的密钥，由其他密钥签名的目录会被拒绝。有效期至 { $date }。

## Calls

declined = { $names } 拒绝了通话。
join-call = 加入通话
accept = 接听
accept-call = 接听通话
accept-video-call = 接听视频通话
decline = 拒绝
is-calling = { $caller } 来电
ringing-voice = 语音通话 · { $conversation }
ringing-video = 视频通话 · { $conversation }
already-in-call = 你已在通话中。
calling = 正在呼叫…
call-failed = 无法发起通话：{ $error }
connecting = 正在连接…
your-camera = 你的摄像头
mute = 静音
unmute = 取消静音
camera-off = 关闭摄像头
camera-on = 打开摄像头
switch-camera = 切换摄像头
one-camera = 此设备只有一个摄像头。
hang-up = 挂断
call-controls = 通话控制
tile-name = { $username } · 设备 { $device }
tile-leaf = 叶节点 { $leaf }
reconnecting = 正在重新连接…
connection-failed = 连接失败
ended = 已结束
in-call = { $count ->
   *[other] { $state } · { $count } 人在通话中
}

## Files and voice notes

file-too-large = 文件超出了服务器允许的大小。
file-too-large-max = 文件超出了服务器允许的大小（最大 { $max }）。
file-over-quota = 你在服务器上的存储空间已满。文件会在一段时间后过期；请稍后重试。
file-too-many = 同时上传的文件太多。请稍后再试。
file-grant = 上传权限已过期。请重试。
file-not-found = 该文件已不在服务器上（文件会在一段时间后过期）。
file-hash-mismatch = 上传途中文件损坏了。请重试。
file-unavailable = 服务器的文件存储目前不可用。请稍后重试。
file-busy = 服务器正在处理此文件。请稍后再试。
file-cut = 上传过程中连接中断了。请重试。
file-no-resume = 无法继续上传。
file-kept-other = 服务器保存的是该文件的另一部分。
upload-refused = 上传失败：{ $reason }
download-refused = 下载失败：{ $reason }
file-corrupted = 此文件在传输途中被篡改或损坏，因此不予显示。
open-image = 打开图片 { $name }
open = 打开
preview-of = { $name } 的预览
image-unreadable = 此图片无法在这里显示；它不是此浏览器能读取的图片格式。
play-voice-note = 播放语音消息 { $name }
recording-unplayable = 此录音无法在此浏览器中播放。
download = 下载
download-name = 下载 { $name }
save-again = 再次保存
close = 关闭
play-name = 播放 { $name }
pause-name = 暂停 { $name }
position = 播放位置

## Notifications

notifications = 通知
hide-contents = 在通知中隐藏内容
push-blocked = 此网站的通知已被屏蔽：请在浏览器的网站设置中允许通知。
push-not-allowed = 未获得通知权限。
push-no-server = 此服务器不发送推送通知。
push-no-service = 此浏览器的推送服务没有响应（没有网络，或浏览器没有推送服务）。
push-unsupported = 此浏览器无法显示推送通知（在 iPhone 和 iPad 上：请先将 Conclave 添加到主屏幕）。
push-on-hidden = 已开启：通知只显示“新消息”，不含其他内容。
push-on = 已开启：通知会显示发送者和内容，内容在此设备上解密。
push-off = 已关闭。服务器的推送只会说“有新内容”；其余内容由此设备解密。
new-message = 新消息

## 历史记录中的通话、通话画面标签、邀请状态

call-held-audio = 通话，{ $duration }，{ $people ->
   *[other] { $people } 人
}
call-held-video = 视频通话，{ $duration }，{ $people ->
   *[other] { $people } 人
}
call-missed-audio = 来自 { $from } 的未接来电
call-missed-video = 来自 { $from } 的未接视频通话
call-missed-declined-audio = 来自 { $from } 的未接来电（已拒绝）
call-missed-declined-video = 来自 { $from } 的未接视频通话（已拒绝）
call-not-answered-audio = 通话无人接听
call-not-answered-video = 视频通话无人接听
call-declined-by-audio = { $names } 拒绝了通话
call-declined-by-video = { $names } 拒绝了视频通话
call-ringing-audio = { $caller } 来电（通话）
call-ringing-video = { $caller } 来电（视频通话）
call-in-progress-audio = 通话进行中，{ $count ->
   *[other] { $count } 人
}参与（{ $names }）
call-in-progress-video = 视频通话进行中，{ $count ->
   *[other] { $count } 人
}参与（{ $names }）
duration-seconds = { $n } 秒
duration-minutes = { $n } 分钟
duration-hours = { $h } 小时 { $min } 分钟
tile-waiting-keys = 正在等待密钥
tile-cant-decrypt = 无法解密（{ $reason }）
tile-key-mismatch = 对方的密钥与此设备的不匹配：MLS 纪元不同或对方不是成员
invite-open = 可用
invite-used = 已用完
invite-expired = 已过期
invite-revoked = 已撤销

## Typing indicators
typing-one = { $name } 正在输入…
typing-two = { $first } 和 { $second } 正在输入…
typing-several = 多人正在输入…
typing-title = 输入状态提示
typing-setting = 显示他人正在输入，也让他们看到我正在输入
typing-hint = 关闭后，此设备既不发送也不显示输入状态。它只发给此刻在线的成员；服务器不保存任何内容。

## History from another device
toast-history-imported = 来自你的设备 { $device } 的历史记录已到达（条目：{ $count }；会话：{ $conversations }）。
history-note = 以上历史记录来自你的设备 { $device }（发送于 { $date }）。

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = 来电
push-ring-body = 打开 Conclave 接听
push-title-group = { $conversation } 中的 { $sender }

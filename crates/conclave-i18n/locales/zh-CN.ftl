# Conclave: Chinese (Simplified) (简体中文).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = 已连接
status-reconnecting = 正在重新连接…（{ $reason }）
status-paused = 已暂停：另一个 conclave 命令正在使用此设备
pane-conversations = 会话
pane-unread = { $count ->
   *[other] { $count } 条未读
}
pane-message = 消息
pane-none = 没有会话
compose-hint = 按 Tab 或 Enter 输入
empty-conversations = 还没有会话。从命令行开始一个：conclave send USER TEXT
empty-messages = 还没有消息。在下方输入并按 Enter。
keys-short = Tab 切换 · Enter 发送 · ^L 账本 · ^E 记账 · ^U 成员 · ? 帮助 · q 退出
keys-long = Tab 切换 · Enter 发送 · Alt+Enter 换行 · ^L 账本 · ^E 添加记账 · ^U 成员 · ? 帮助 · q 退出
help-title = 帮助（Esc）
help-focus = 在会话、消息和输入行之间切换
help-choose = 选择会话；滚动消息
help-scroll = 滚动消息
help-enter = 发送（在输入行中）；输入（其他位置）
help-newline = 在消息中换行
help-ledger = 会话的共享账本：余额、结清
help-add-entry = 添加一笔记账
help-members = 成员、他们的设备和安全码
help-esc = 关闭面板；离开输入行
help-vim = vim 风格按键（使用 --vim）
help-help = 本帮助
help-quit = 退出
ledger-title = 账本（Esc）
ledger-balances = 余额
ledger-none = 还没有记账（按 Ctrl+E 添加）
ledger-settle = 结清
ledger-even = 大家已两清
ledger-entries = 记账
members-title = 成员（Esc）
members-device = 设备 { $id }
members-you = 你
form-title = 添加一笔记账
form-kind = 类型
form-amount = 金额
form-currency = 货币
form-from = 付款人
form-split = 分摊
form-to = 给
form-memo = 备注
form-hint = 类型：payment|debt · 分摊：to|equal（给：一位成员，或 a,b,c）
form-keys = Tab 下一项 · Enter 添加 · Esc 取消
notice-sent = 已作为第 { $seq } 条消息发送
notice-entry-added = 记账已作为第 { $seq } 条消息添加
notice-reconnected = 已重新连接

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } 正在输入…
typing-two = { $first } 和 { $second } 正在输入…
typing-several = 多人正在输入…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = 无法启动：{ $error }
cli-unexpected-response = 意外的响应 { $response }
cli-invalid-option = 无效的 { $option }
cli-invalid-option-value = 无效的 { $option } { $value }
cli-invalid-duration = 无效的时长 { $value }（例如 24h、7d）
cli-not-invite-link = 这不是邀请链接（设备链接用于 `conclave device join`）
cli-not-device-link = 这不是设备链接（请在现有设备上用 `conclave device link` 生成）
cli-joined = 已以 { $user } 身份加入 { $server }（设备 { $device }）；账户有效期至 { $expires }
cli-linked = 已以 { $user } 身份关联到 { $server }（设备 { $device }）；账户有效期至 { $expires }
cli-malformed-renewal-code = 续期码格式错误
cli-renewed = 已续期：账户 { $user } 有效期至 { $expires }
cli-display-name-none = 没有显示名称：其他人看到的是 { $user }
cli-whoami-account = 账户
cli-whoami-device = 设备
cli-whoami-server = 服务器
cli-whoami-expires = 到期
cli-whoami-invites = 邀请
cli-whoami-admin = （管理员）
cli-whoami-invites-left = 剩余 { $count } 个
cli-whoami-no-quota = 无配额
cli-invite-in-browser = 在浏览器中：{ $link }
cli-invite-created = 邀请 { $id }，可用于 { $count ->
   *[other] { $count } 个账户
}，有效期至 { $expires }
cli-no-invitations = 没有邀请
cli-invite-open = 可用
cli-invite-used = 已用
cli-invite-expired = 已过期
cli-invite-revoked = 已撤销
cli-invite-row = 剩余 { $left }/{ $total }  到期 { $expires }
cli-invite-give = 请提供邀请 ID（见 `conclave invite list`）、邀请码或链接
cli-revoked = 已撤销
cli-no-group = 没有群组 { $name }；`conclave group list` 会列出你的群组
cli-no-conversation-with = 没有与 { $name } 的会话；`conclave send { $name } TEXT` 可以开始一个
cli-sent = 已发送到 { $conversation }，消息 { $seq }
cli-warn-call-ignored = 警告：已忽略 { $conversation } 中来自 { $sender } 的通话信令 { $seq }：{ $reason }
cli-history-note = （以上历史来自你的设备 { $device }，发送于 { $at }）
cli-warn-receipt-not-sent = 警告：已读回执未发送：{ $error }
cli-warn-delivery-unusable = 警告：投递 { $seq } 无法使用：{ $reason }
cli-history-imported = 来自你的设备 { $device } 的历史（发送于 { $at }）：{ $count ->
   *[other] { $count } 个会话
}中的 { $entries ->
   *[other] { $entries } 条记录
}
cli-warn-history-later = 警告：来自你的设备 { $device } 的历史尚未到达（{ $reason }）；下一个命令会重试
cli-warn-history-unusable = 警告：来自你的设备 { $device } 的历史无法使用：{ $reason }
cli-warn-history-fetch = 警告：无法获取你的另一台设备发送的历史：{ $error }
cli-listen-handover = 另一个 conclave 命令正在使用此设备；等待中…
cli-listening-again = 重新开始监听
cli-connection-lost = 连接已断开（{ $error }）；正在重新连接…
cli-group-created = 已创建 #{ $name }（{ $devices ->
   *[other] { $devices } 台设备
}，纪元 { $epoch }）
cli-group-added = 已将 { $users } 加入 #{ $name }
cli-already-members = 已经是成员
cli-group-removed = 已将 { $users } 移出 #{ $name }
cli-group-left = 已退出 #{ $name }
cli-no-conversations = 没有会话
cli-kind-group = 群组
cli-kind-direct = 私聊
cli-kind-unnamed = 未命名
cli-devices = { $devices ->
   *[other] { $devices } 台设备
}
cli-group-info = { $name }  纪元 { $epoch }
cli-device = 设备 { $id }
cli-device-link-waiting = 正在等待新设备加入（运行 `conclave --home NEWDIR device join LINK`）…
cli-link-expired = 链接在设备加入前已过期
cli-device-joined = 设备 { $id } 已加入；已添加到 { $total ->
   *[other] { $total } 个会话
}中的 { $added } 个
cli-history-sent = 已向它发送 { $count ->
   *[other] { $count } 个会话
}的历史（{ $entries ->
   *[other] { $entries } 条记录
}，{ $kib } KiB，端到端加密）
cli-history-none = 没有可发送的早期历史
cli-warn-history-not-sent = 警告：历史未发送到新设备：{ $error }
cli-device-added = 添加于 { $at }
cli-device-added-this = 添加于 { $at }（本设备）
cli-device-removed = 设备 { $id } 已移除
cli-safety-changed = !!! 警告：自你验证以来，{ $user } 的密钥已更改 !!!
cli-safety-changed-compare = !!! 有新设备加入或密钥被替换。请重新核对安全码。 !!!
cli-verified = { $user } 已验证
cli-not-verified = { $user } 尚未验证
cli-safety-number = 与 { $user } 的安全码：
cli-marked-verified = 已将 { $user } 标记为已验证；其密钥变化时你会收到警告
cli-replied = 已在 { $conversation } 回复，消息 { $seq }
cli-reacted = 已在 { $conversation } 回应，消息 { $seq }
cli-reaction-taken-back = 已在 { $conversation } 撤回回应，消息 { $seq }
cli-edited = 已在 { $conversation } 编辑，消息 { $seq }
cli-deleted = 已在 { $conversation } 为所有人删除，消息 { $seq }
cli-forwarded = 已转发到 { $conversation }，消息 { $seq }
cli-timer-set = 已在 { $conversation } 设置计时器，消息 { $seq }
cli-timer-invalid = `{ $value }`：{ $error }；请使用 off、30s、5m、1h、1d 或 1w
cli-receipts-say-on-or-off = `{ $value }`：请使用 `on` 或 `off`
cli-receipts-on = 已读回执已开启：此设备会告诉别人你读了什么，并显示他们读了什么
cli-receipts-off = 已读回执已关闭：此设备不发送回执，也不显示任何人的回执
cli-not-a-file = { $path } 不是文件
cli-uploading = 正在上传
cli-downloading = 正在下载
cli-file-sent = 已将 { $file }（{ $size }）发送到 { $conversation }，消息 { $seq }
cli-message-not-available = 消息 { $message } 不可用
cli-message-deleted = 消息 { $message } 已被删除
cli-message-not-a-file = { $conversation } 中的消息 { $message } 不是文件
cli-no-conversations-yet = 还没有会话
cli-files-in-several = { $message } 指向多个会话中的文件：请使用 `conclave download CONVERSATION { $message }`
cli-too-many-files = 此处同名文件过多；请用 --output 指定位置
cli-file-gone = 服务器已不再保存此文件：文件会保留到会话中每台设备都取走为止，最长 { $days ->
   *[other] { $days } 天
}
cli-file-saved = 已将 { $conversation } [{ $seq }] 中的 { $file }（{ $size }）保存为 { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE 不是有效的 UTF-8
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE 为空
cli-prompt-passphrase = 口令
cli-prompt-again = 再次输入
cli-reading-passphrase = 读取口令
cli-passphrase-empty = 空口令起不到任何保护作用
cli-passphrases-differ = 两次输入的口令不一致
cli-home-taken = { $dir } 已有一个 Conclave 设备；新设备请使用另一个 --home（或 CONCLAVE_HOME）
cli-cannot-create = 无法创建 { $path }
cli-cannot-remove = 无法删除 { $path }
cli-cannot-write = 无法写入 { $path }
cli-cannot-open = 无法打开 { $path }
cli-cannot-listen = 无法在 { $address } 上监听
cli-no-device = { $dir } 中没有 Conclave 设备 — 请先运行 `conclave join LINK --name NAME`
cli-malformed-file = { $path } 格式错误
cli-device-key-missing = 状态中缺少设备密钥
cli-device-key-malformed = 设备密钥格式错误
cli-fingerprint-malformed = device.json 中的指纹格式错误
cli-lock-waiter-stopped = 等待锁已停止
cli-lock-wait-cancelled = 等待设备锁已取消
cli-lock-waiting = 正在等待使用此设备的另一个 conclave 进程（pid { $pid }）…
cli-lock-busy = 另一个 conclave 进程（pid { $pid }）正在使用 { $dir } 中此设备的状态，且未在 { $seconds } 秒内交出；请停止它或等它完成
cli-ledger-no-conversation = 没有会话“{ $name }”：请提供 '#群组' 或一对一会话的用户名
cli-ledger-unreadable = 警告：{ $count ->
   *[other] { $count } 条账本记录
}由更新版本的 Conclave 写入，此处无法读取；更新前余额不计入这些记录
cli-ledger-handed-over = 注意：此设备在消息 { $seq } 时加入；此前的记录为 { $user } 的设备 { $device } 移交的内容
cli-ledger-discrepancy = 警告：{ $user } 的设备 { $device } 交给新成员的账本与本设备的不同（消息 { $seq }）：{ $detail }
cli-ledger-to-or-split = 请提供 --to 或 --split
cli-ledger-stored-without-content = 消息在保存时缺少内容
cli-ledger-missing-after-send = 发送后账本中缺少该记录
cli-ledger-refused = 该记录以消息 { $seq } 到达会话，但所有设备都拒绝它：{ $error }
cli-ledger-recorded = 已在 { $conversation } 记录 { $id }：{ $description }
cli-ledger-empty = { $conversation }：还没有账本记录
cli-ledger-title = { $conversation } 的账本
cli-ledger-reversed-tag = [已冲销]
cli-ledger-recorded-by = 由 { $user } 记录（设备 { $device }）于 { $at }，消息 { $seq }
cli-ledger-ref = 参考 { $reference }
cli-ledger-reversed-by = 由 { $user } 冲销（{ $id }）
cli-ledger-reversed = 已冲销（{ $id }）
cli-ledger-balances-title = { $conversation } 的余额
cli-ledger-is-owed = 应收
cli-ledger-owes = 应付
cli-ledger-settled = 已结清
cli-ledger-all-settled = 全部已结清
cli-ledger-to-settle-up = 结算方式：
cli-ledger-pays = { $from } 向 { $to } 支付 { $amount }
cli-writing = 写入 { $path }
cli-writing-export = 写入导出内容
cli-ledger-exported = 已将 { $count ->
   *[other] { $count } 条账本记录
}导出到 { $path }
cli-not-a-call-id = { $value } 不是通话 ID（32 个十六进制字符）
cli-no-call-running = { $conversation } 中没有进行中的通话
cli-call-started = 已在 { $conversation } 发起通话 { $call }
cli-call-joined = 已加入 { $conversation } 中的通话 { $call }
cli-call-left = 已离开 { $conversation } 中的通话 { $call }
cli-call-declined = 已拒绝 { $conversation } 中的通话 { $call }
cli-call-ended = 已结束 { $conversation } 中的通话 { $call }
cli-call-not-in = 此设备不在通话 { $call } 中
cli-call-not-ringing = 通话 { $call } 没有在呼叫你（会响铃 45 秒，直到你接听或拒绝）
cli-call-token = 通话 { $call } 的通话令牌，有效期至 { $expires }
cli-proxy-loopback-only = 代理不做身份验证，因此只在回环地址上监听（收到 { $address }）
cli-proxy-no-directory = 无法获取中继目录：{ $error }
cli-proxy-no-server = 此设备不知道任何服务器
cli-proxy-circuit = 线路 { $circuit }：入口 { $entry } → 出口 { $exit }，用时 { $ms } ms
cli-proxy-same-operator = 警告：两个中继由同一运营者运行，因此这里的两跳分离只是名义上的
cli-proxy-circuit-failed = 线路失败：{ $error }
cli-proxy-stream-refused = 连接被拒绝：{ $reason }
cli-proxy-listening = 在 socks5://{ $address } 和 http://{ $address }（CONNECT）上提供隐私浏览。将浏览器指向它，例如
cli-proxy-two-relays = 每个连接经过两个中继：入口看到你的地址，出口看到网站；没有谁同时看到两者。不受保护的情形：两个中继串通，或有人同时观察两端的时序。
cli-proxy-first-circuit-failed = 第一条线路失败（将在第一次连接时重试）：{ $error }
cli-proxy-status = { $circuits ->
   *[other] { $circuits } 条线路
}，{ $streams ->
   *[other] { $streams } 个流
}，↑ { $sent } ↓ { $received }
cli-proxy-stopped = 已停止：建立了 { $circuits ->
   *[other] { $circuits } 条线路
}，↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error }（{ $detail }）
server-error-bad-frame = 服务器无法读取此程序发送的内容；请更新 Conclave
server-error-unsupported-version = 服务器使用的是另一版本的 Conclave 协议；请更新 Conclave
server-error-frame-too-large = 此程序发送的内容对服务器来说太大
server-error-not-authenticated = 此设备登录前服务器就结束了会话；请重试
server-error-already-authenticated = 此设备在同一会话中登录了两次；请重试
server-error-auth-failed = 服务器不接受此设备：它已从账户中移除，或其密钥不匹配
server-error-invite-unknown = 此邀请不存在；请检查链接
server-error-invite-used = 此邀请已被使用；请索取新的邀请
server-error-invite-expired = 此邀请已过期；请索取新的邀请
server-error-invite-revoked = 此邀请已被撤销；请索取新的邀请
server-error-username-taken = 此用户名已被占用；请另选一个
server-error-username-invalid = 服务器不接受此用户名
server-error-device-key-taken = 此设备的密钥已经注册
server-error-account-disabled = 您的账户已被服务器运营者停用
server-error-account-expired = 账户 { $user } 已于 { $date } 到期；请向管理员索取续期码
server-error-account-expired-plain = 您的账户已到期；请向管理员索取续期码
server-error-renewal-unknown = 此续期码不存在
server-error-renewal-used = 此续期码已被使用
server-error-renewal-expired = 此续期码已过期；请向管理员索取新的
server-error-forbidden = 服务器不允许此操作
server-error-not-found = 服务器不知道所请求的内容
server-error-no-account = 没有名为 { $name } 的账户
server-error-invalid-argument = 服务器以无效为由拒绝了请求
server-error-quota-exceeded = 已达邀请配额：您已发出 { $quota } 次中的 { $used } 次邀请，剩余 { $left } 次
server-error-quota-exceeded-plain = 您的邀请配额已用完
server-error-queue-full = 某个接收设备的队列已满；它须上线并赶上进度
server-error-rate-limited = 请求过多；请在 { $seconds } 秒后重试
server-error-rate-limited-plain = 请求过多；请稍后重试
server-error-too-many-connections = 服务器的连接数已达上限；请稍后再试
server-error-limit-exceeded = 这超出了服务器的某项限制
server-error-stale-epoch = 对话在同一时刻发生了变化；请重试
server-error-not-member = 此设备不是该对话的成员
server-error-no-key-package = 要添加的设备在服务器上没有密钥包；它须先上线
server-error-device-link-invalid = 此设备链接未知、已使用或已过期；请在该账户的设备上新建一个
server-error-shutting-down = 服务器正在关闭；请稍后重试
server-error-internal = 服务器发生内部错误；请稍后再试
server-error-unavailable = 服务器不提供此功能
server-error-fell-behind = 某设备在此对话中落后了，正等待成员将其重新加入
server-error-relay-tokens-used-up = 今天的隐私浏览额度已用完；将于 00:00 UTC 恢复
server-error-relay-tokens-unavailable = 此服务器不提供隐私浏览
server-error-call-tokens-unavailable = 此服务器不提供通话
server-error-unknown-code = 服务器拒绝了（错误 { $code }）
server-error-unsupported = 服务器不认识此请求：它运行的是较旧版本的 Conclave
cli-server-account-expired = 账户 { $user } 已于 { $date } 到期；请向管理员索取续期码，然后运行 `conclave renew CODE`
cli-server-account-expired-plain = 您的账户已到期；请向管理员索取续期码，然后运行 `conclave renew CODE`
cli-client-connect = 无法连接到 { $address }：{ $reason }
cli-client-pin-mismatch = 服务器的 TLS 证书与固定的指纹不符（应为 { $expected }，实为 { $got }）；这可能是攻击，或服务器的证书已更换
cli-client-timeout = 等待服务器超时
cli-client-closed = 连接已关闭
cli-client-closed-because = 连接已关闭：{ $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = （回复）{ $text }
preview-reaction = （回应）{ $emoji }
preview-edit = （已编辑）{ $text }
preview-deleted = （删除了一条消息）
preview-receipt = （已读至 { $seq }）
preview-conversation-started = （会话已开始）
preview-group = （群组 #{ $name }）
preview-file = （文件）{ $name }（{ $size ->
   *[other] { $size } 字节
}，{ $type }）
preview-file-unreadable = （{ $reason }）
preview-forwarded = （转发）{ $text }
preview-timer-off = （限时消息已关闭）
preview-timer = （限时消息：{ $time }）
preview-display-name-cleared = （已清除显示名称）
preview-display-name = （显示名称：{ $name }）
preview-call-started-audio = （通话）发起了语音通话 { $call }
preview-call-started-video = （通话）发起了视频通话 { $call }
preview-call-ringing = （通话）{ $call } 正在响铃
preview-call-answered = （通话）接听了 { $call }
preview-call-declined = （通话）拒绝了 { $call }
preview-call-joined = （通话）加入了 { $call }
preview-call-left = （通话）离开了 { $call }
preview-call-ended = （通话）结束了 { $call }
preview-call-unreadable = （无法读取的通话信令：{ $reason }）
preview-ledger = （账本）{ $entry }
preview-ledger-handover = （账本）已将 { $count ->
   *[other] { $count } 条
}较早的记录移交给新加入的设备（第 { $part } 部分，共 { $parts } 部分）
preview-ledger-unreadable = （无法读取的账本记录：{ $reason }）
ledger-payment-to = { $from } 向 { $names } 支付了 { $money }
ledger-payment-equal = { $from } 为 { $names } 支付了 { $money }（平均分摊）
ledger-payment-exact = { $from } 为 { $names } 支付了 { $money }（分摊：{ $shares }）
ledger-payment-weights = { $from } 为 { $names } 支付了 { $money }（按权重分摊：{ $weights }）
ledger-debt-to = { $names } 欠 { $from } { $money }
ledger-debt-equal = { $names } 欠 { $from } { $money }（平均分摊）
ledger-debt-exact = { $names } 欠 { $from } { $money }（分摊：{ $shares }）
ledger-debt-weights = { $names } 欠 { $from } { $money }（按权重分摊：{ $weights }）
ledger-reversed-entry = 已冲销记录 { $id }
ledger-with-memo = { $entry }：{ $memo }
ledger-refused = 已拒绝：{ $entry }（{ $error }）
ledger-refused-plain = 已拒绝：{ $error }
ledger-unreadable = 无法读取：{ $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = 已加入
history-unreadable = 无法读取的消息（{ $reason }）
history-fell-behind = 此设备在此处落后并错过了消息；下次有成员发送消息时会被重新加入
history-fell-behind-long = 此设备在此处落后（它在服务器上的队列已满），错过了从此处开始的消息；下次有成员发送消息时会被重新加入。
history-added = 添加了 { $names }
history-removed = 移除了 { $names }
history-added-removed = 添加了 { $added }；移除了 { $removed }
history-keys-updated = 更新了密钥
history-deleted = （已删除）
preview-photo = 照片：{ $name }
preview-voice-note = 语音消息：{ $name }
preview-file-named = 文件：{ $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = 限时消息计时器只能关闭，或设为 { $min } 秒到 4 周（{ $max } 秒）；{ $secs } 秒不行
refused-one-to-one-self = 一对一会话需要另一个账户
refused-group-exists = 你已经有一个名为 #{ $name } 的群组
refused-remove-self = 要离开会话，请使用 `leave`
refused-not-members = 他们都不是成员
refused-no-key-packages = 要添加的设备都还没有发布密钥包
refused-busy = 群组太忙；请重试
refused-not-in-conversation = 你不在此会话中
refused-fell-behind = 此设备在此会话中落后了（它在服务器上的队列已满）；下次有其他成员发送消息时会被重新加入
refused-server-too-old-for-timer = 此会话的消息会消失，但服务器版本太旧，无法让它们在队列中过期（协议修订版 1）：请升级服务器，或关闭计时器
refused-call-running = 此会话中有通话（{ $call }，由 { $caller } 发起）正在进行：请加入它
refused-display-name-too-long = 显示名称最多 { $max } 个字符（提供了 { $given } 个）
refused-display-name-invisible = 显示名称不能包含控制字符、方向覆盖字符或不可见字符（{ $character }）
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = 错误：{ $message }
cli-usage-invalid-value = { $arg } 的值 { $value } 无效
cli-usage-value-required = { $arg } 需要一个值，但未提供
cli-usage-invalid-value-because = { $arg } 的值 { $value } 无效：{ $reason }
cli-usage-possible-values = 可用的值：{ $values }
cli-usage-unknown-argument = 发现意外的参数 { $arg }
cli-usage-unknown-subcommand = 无法识别的子命令 { $command }
cli-usage-missing-arguments = 未提供以下必需的参数：{ $args }
cli-usage-missing-subcommand = { $command } 需要一个子命令，但未提供
cli-usage-subcommands = 子命令：{ $values }
cli-usage-too-many-values = 发现 { $arg } 的意外值 { $value }；不应再有更多的值
cli-usage-conflict = 参数 { $arg } 不能与 { $other } 一起使用
cli-usage-used-twice = 参数 { $arg } 不能多次使用
cli-usage-similar-subcommand = 提示：存在类似的子命令：{ $names }
cli-usage-similar-argument = 提示：存在类似的参数：{ $names }
cli-usage-similar-value = 提示：存在类似的值：{ $names }
cli-usage-more = 如需更多信息，请尝试 { $help }。

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = 安全码 { $number }
members-safety-number-verified = 安全码 { $number }（已验证）
members-no-safety-number = 无安全码：{ $error }
notice-not-sent = 未发送：{ $error }
notice-ledger-failed = 账本：{ $error }
notice-members-failed = 成员：{ $error }
notice-error = 错误：{ $error }

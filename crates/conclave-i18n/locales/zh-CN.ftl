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

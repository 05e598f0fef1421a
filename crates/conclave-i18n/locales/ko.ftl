# Conclave: Korean (한국어).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = 연결됨
status-reconnecting = 다시 연결 중… ({ $reason })
status-paused = 일시 중지: 다른 conclave 명령이 이 기기를 사용 중입니다
pane-conversations = 대화
pane-unread = { $count ->
   *[other] 읽지 않음 { $count }
}
pane-message = 메시지
pane-none = 대화 없음
compose-hint = Tab 또는 Enter로 입력
empty-conversations = 아직 대화가 없습니다. 명령줄에서 시작하세요: conclave send USER TEXT
empty-messages = 아직 메시지가 없습니다. 아래에 입력하고 Enter를 누르세요.
keys-short = Tab 이동 · Enter 보내기 · ^L 장부 · ^E 항목 · ^U 멤버 · ? 도움말 · q 종료
keys-long = Tab 이동 · Enter 보내기 · Alt+Enter 줄바꿈 · ^L 장부 · ^E 항목 추가 · ^U 멤버 · ? 도움말 · q 종료
help-title = 도움말 (Esc)
help-focus = 대화, 메시지, 입력줄 사이 이동
help-choose = 대화 선택; 메시지 스크롤
help-scroll = 메시지 스크롤
help-enter = 보내기 (입력줄에서); 입력 (그 외)
help-newline = 메시지 안에서 줄바꿈
help-ledger = 대화의 공동 장부: 잔액, 정산
help-add-entry = 항목 추가
help-members = 멤버, 그들의 기기와 안전 번호
help-esc = 패널 닫기; 입력줄 떠나기
help-vim = vim 방식 키 (--vim 사용 시)
help-help = 이 도움말
help-quit = 종료
ledger-title = 장부 (Esc)
ledger-balances = 잔액
ledger-none = 아직 항목이 없습니다 (Ctrl+E로 추가)
ledger-settle = 정산
ledger-even = 모두 정산되었습니다
ledger-entries = 항목
members-title = 멤버 (Esc)
members-device = 기기 { $id }
members-you = 나
form-title = 항목 추가
form-kind = 종류
form-amount = 금액
form-currency = 통화
form-from = 보낸 사람
form-split = 나누기
form-to = 받는 사람
form-memo = 메모
form-hint = 종류: payment|debt · 나누기: to|equal (받는 사람: 한 명 또는 a,b,c)
form-keys = Tab 다음 칸 · Enter 추가 · Esc 취소
notice-sent = 메시지 { $seq }(으)로 보냄
notice-entry-added = 항목을 메시지 { $seq }(으)로 추가함
notice-reconnected = 다시 연결됨

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } 님이 입력 중…
typing-two = { $first } 님과 { $second } 님이 입력 중…
typing-several = 여러 사람이 입력 중…

## Calls in the history
call-held-audio = 통화, { $duration }, { $people ->
   *[other] { $people }명
}
call-held-video = 영상 통화, { $duration }, { $people ->
   *[other] { $people }명
}
call-missed-audio = { $from } 님의 부재중 통화
call-missed-video = { $from } 님의 부재중 영상 통화
call-missed-declined-audio = { $from } 님의 부재중 통화 (거절함)
call-missed-declined-video = { $from } 님의 부재중 영상 통화 (거절함)
call-not-answered-audio = 응답 없는 통화
call-not-answered-video = 응답 없는 영상 통화
call-declined-by-audio = { $names } 님이 통화를 거절했습니다
call-declined-by-video = { $names } 님이 영상 통화를 거절했습니다
call-ringing-audio = { $caller } 님의 전화 (통화)
call-ringing-video = { $caller } 님의 전화 (영상 통화)
call-in-progress-audio = 통화 중, { $count ->
   *[other] { $count }명
} 참여 ({ $names })
call-in-progress-video = 영상 통화 중, { $count ->
   *[other] { $count }명
} 참여 ({ $names })
duration-seconds = { $n }초
duration-minutes = { $n }분
duration-hours = { $h }시간 { $min }분

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = 시작할 수 없습니다: { $error }
cli-unexpected-response = 예상치 못한 응답 { $response }
cli-invalid-option = 잘못된 { $option }
cli-invalid-option-value = 잘못된 { $option } { $value }
cli-invalid-duration = 잘못된 기간 { $value } (예: 24h, 7d)
cli-not-invite-link = 초대 링크가 아닙니다 (기기 링크는 `conclave device join`에 사용합니다)
cli-not-device-link = 기기 링크가 아닙니다 (기존 기기에서 `conclave device link`로 만드세요)
cli-joined = { $server }에 { $user }(으)로 가입했습니다 (기기 { $device }). 계정 유효 기간: { $expires }까지
cli-linked = { $server }에 { $user }(으)로 연결했습니다 (기기 { $device }). 계정 유효 기간: { $expires }까지
cli-malformed-renewal-code = 갱신 코드 형식이 잘못되었습니다
cli-renewed = 갱신됨: { $user } 계정은 { $expires }까지 유효합니다
cli-display-name-none = 표시 이름 없음: 다른 사람에게는 { $user }(으)로 보입니다
cli-whoami-account = 계정
cli-whoami-device = 기기
cli-whoami-server = 서버
cli-whoami-expires = 만료
cli-whoami-invites = 초대
cli-whoami-admin = (관리자)
cli-whoami-invites-left = { $count }개 남음
cli-whoami-no-quota = 한도 없음
cli-invite-in-browser = 브라우저에서: { $link }
cli-invite-created = 초대 { $id }: 계정 { $count ->
   *[other] { $count }개
}, { $expires }까지 유효
cli-no-invitations = 초대가 없습니다
cli-invite-open = 사용 가능
cli-invite-used = 사용됨
cli-invite-expired = 만료됨
cli-invite-revoked = 취소됨
cli-invite-row = { $left }/{ $total } 남음  만료 { $expires }
cli-invite-give = 초대 ID(`conclave invite list`에서 확인), 코드 또는 링크를 입력하세요
cli-revoked = 취소했습니다
cli-no-group = { $name } 그룹이 없습니다. `conclave group list`로 내 그룹을 볼 수 있습니다
cli-no-conversation-with = { $name } 님과의 대화가 없습니다. `conclave send { $name } TEXT`로 시작하세요
cli-sent = { $conversation }에 메시지 { $seq }(으)로 보냈습니다
cli-warn-call-ignored = 경고: { $conversation }에서 { $sender }의 통화 신호 { $seq }을(를) 무시했습니다: { $reason }
cli-history-note = (위 기록은 내 기기 { $device }에서 왔습니다. 보낸 시각 { $at })
cli-warn-receipt-not-sent = 경고: 읽음 확인을 보내지 못했습니다: { $error }
cli-warn-delivery-unusable = 경고: 전달 { $seq }을(를) 사용할 수 없습니다: { $reason }
cli-history-imported = 내 기기 { $device }의 기록 (보낸 시각 { $at }): 대화 { $count ->
   *[other] { $count }개
}, 항목 { $entries ->
   *[other] { $entries }개
}
cli-warn-history-later = 경고: 내 기기 { $device }의 기록이 아직 오지 않았습니다 ({ $reason }). 다음 명령에서 다시 시도합니다
cli-warn-history-unusable = 경고: 내 기기 { $device }의 기록을 사용할 수 없습니다: { $reason }
cli-warn-history-fetch = 경고: 다른 기기가 보낸 기록을 가져오지 못했습니다: { $error }
cli-listen-handover = 다른 conclave 명령이 이 기기를 사용 중입니다. 기다리는 중…
cli-listening-again = 다시 수신 대기 중
cli-connection-lost = 연결이 끊겼습니다 ({ $error }). 다시 연결하는 중…
cli-group-created = #{ $name }을(를) 만들었습니다 (기기 { $devices ->
   *[other] { $devices }대
}, 에포크 { $epoch })
cli-group-added = { $users }을(를) #{ $name }에 추가했습니다
cli-already-members = 이미 멤버입니다
cli-group-removed = { $users }을(를) #{ $name }에서 제거했습니다
cli-group-left = #{ $name }에서 나갔습니다
cli-no-conversations = 대화가 없습니다
cli-kind-group = 그룹
cli-kind-direct = 1:1
cli-kind-unnamed = 이름 없음
cli-devices = 기기 { $devices ->
   *[other] { $devices }대
}
cli-group-info = { $name }  에포크 { $epoch }
cli-device = 기기 { $id }
cli-device-link-waiting = 새 기기가 참여하기를 기다리는 중 (`conclave --home NEWDIR device join LINK`를 실행하세요)…
cli-link-expired = 기기가 참여하기 전에 링크가 만료되었습니다
cli-device-joined = 기기 { $id }이(가) 참여했습니다. 대화 { $total ->
   *[other] { $total }개
} 중 { $added }개에 추가했습니다
cli-history-sent = 대화 { $count ->
   *[other] { $count }개
}의 기록을 보냈습니다 (항목 { $entries ->
   *[other] { $entries }개
}, { $kib } KiB, 종단간 암호화)
cli-history-none = 보낼 이전 기록이 없습니다
cli-warn-history-not-sent = 경고: 새 기기에 기록을 보내지 못했습니다: { $error }
cli-device-added = 추가됨 { $at }
cli-device-added-this = 추가됨 { $at } (이 기기)
cli-device-removed = 기기 { $id }을(를) 제거했습니다
cli-safety-changed = !!! 경고: 확인한 뒤 { $user }의 키가 변경되었습니다 !!!
cli-safety-changed-compare = !!! 새 기기가 추가되었거나 키가 교체되었습니다. 안전 번호를 다시 비교하세요. !!!
cli-verified = { $user } 님은 확인되었습니다
cli-not-verified = { $user } 님은 아직 확인되지 않았습니다
cli-safety-number = { $user } 님과의 안전 번호:
cli-marked-verified = { $user } 님을 확인됨으로 표시했습니다. 키가 바뀌면 경고합니다
cli-replied = { $conversation }에 메시지 { $seq }(으)로 답장했습니다
cli-reacted = { $conversation }에 메시지 { $seq }(으)로 반응했습니다
cli-reaction-taken-back = { $conversation }에서 반응을 취소했습니다 (메시지 { $seq })
cli-edited = { $conversation }에서 메시지 { $seq }(으)로 편집했습니다
cli-deleted = { $conversation }에서 모두에게서 삭제했습니다 (메시지 { $seq })
cli-forwarded = { $conversation }에 메시지 { $seq }(으)로 전달했습니다
cli-timer-set = { $conversation }에 타이머를 설정했습니다 (메시지 { $seq })
cli-timer-invalid = `{ $value }`: { $error }. off, 30s, 5m, 1h, 1d 또는 1w로 입력하세요
cli-receipts-say-on-or-off = `{ $value }`: `on` 또는 `off`로 입력하세요
cli-receipts-on = 읽음 확인 켜짐: 이 기기는 내가 읽은 것을 다른 사람에게 알리고, 다른 사람이 읽은 것을 보여 줍니다
cli-receipts-off = 읽음 확인 꺼짐: 이 기기는 읽음 확인을 보내지 않고 누구의 것도 보여 주지 않습니다
cli-not-a-file = { $path }은(는) 파일이 아닙니다
cli-uploading = 업로드 중
cli-downloading = 다운로드 중
cli-file-sent = { $file } ({ $size })을(를) { $conversation }에 메시지 { $seq }(으)로 보냈습니다
cli-message-not-available = 메시지 { $message }을(를) 사용할 수 없습니다
cli-message-deleted = 메시지 { $message }은(는) 삭제되었습니다
cli-message-not-a-file = { $conversation }의 메시지 { $message }은(는) 파일이 아닙니다
cli-no-conversations-yet = 아직 대화가 없습니다
cli-files-in-several = { $message }은(는) 여러 대화의 파일을 가리킵니다: `conclave download CONVERSATION { $message }`로 지정하세요
cli-too-many-files = 같은 이름의 파일이 너무 많습니다. --output으로 위치를 지정하세요
cli-file-gone = 서버에 이 파일이 더 이상 없습니다: 대화의 모든 기기가 가져갈 때까지, 최대 { $days ->
   *[other] { $days }일
} 동안 보관합니다
cli-file-saved = { $conversation } [{ $seq }]의 { $file } ({ $size })을(를) { $path }(으)로 저장했습니다
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE가 올바른 UTF-8이 아닙니다
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE가 비어 있습니다
cli-prompt-passphrase = 암호 문구
cli-prompt-again = 다시 입력
cli-reading-passphrase = 암호 문구 읽기
cli-passphrase-empty = 빈 암호 문구는 아무것도 보호하지 않습니다
cli-passphrases-differ = 암호 문구가 서로 다릅니다
cli-home-taken = { $dir }에 이미 Conclave 기기가 있습니다. 새 기기에는 다른 --home(또는 CONCLAVE_HOME)을 사용하세요
cli-cannot-create = { $path }을(를) 만들 수 없습니다
cli-cannot-remove = { $path }을(를) 제거할 수 없습니다
cli-cannot-write = { $path }에 쓸 수 없습니다
cli-cannot-open = { $path }을(를) 열 수 없습니다
cli-cannot-listen = { $address }에서 수신 대기할 수 없습니다
cli-no-device = { $dir }에 Conclave 기기가 없습니다 — 먼저 `conclave join LINK --name NAME`을 실행하세요
cli-malformed-file = { $path }의 형식이 잘못되었습니다
cli-device-key-missing = 상태에 기기 키가 없습니다
cli-device-key-malformed = 기기 키의 형식이 잘못되었습니다
cli-fingerprint-malformed = device.json의 지문 형식이 잘못되었습니다
cli-lock-waiter-stopped = 잠금 대기가 중단되었습니다
cli-lock-wait-cancelled = 기기 잠금 대기가 취소되었습니다
cli-lock-waiting = 이 기기를 사용 중인 다른 conclave 프로세스(pid { $pid })를 기다리는 중…
cli-lock-busy = 다른 conclave 프로세스(pid { $pid })가 { $dir }의 기기 상태를 사용 중이며 { $seconds }초 안에 넘겨주지 않았습니다. 중지하거나 끝날 때까지 기다리세요
cli-ledger-no-conversation = "{ $name }" 대화가 없습니다: '#그룹' 또는 1:1 대화의 사용자 이름을 입력하세요
cli-ledger-unreadable = 경고: 장부 항목 { $count ->
   *[other] { $count }개
}는 더 새로운 Conclave가 작성해 여기서 읽을 수 없습니다. 업데이트할 때까지 잔액에서 제외됩니다
cli-ledger-handed-over = 참고: 이 기기는 메시지 { $seq }에서 참여했습니다. 그 이전 항목은 { $user }의 기기 { $device }가 넘겨준 그대로입니다
cli-ledger-discrepancy = 경고: { $user }의 기기 { $device }가 새 멤버에게 넘긴 장부가 이 기기의 장부와 다릅니다 (메시지 { $seq }): { $detail }
cli-ledger-to-or-split = --to 또는 --split 중 하나를 지정하세요
cli-ledger-stored-without-content = 메시지가 내용 없이 저장되었습니다
cli-ledger-missing-after-send = 보낸 뒤 장부에 항목이 없습니다
cli-ledger-refused = 항목이 메시지 { $seq }(으)로 대화에 도착했지만 모든 기기가 거부합니다: { $error }
cli-ledger-recorded = { $conversation }에 { $id }을(를) 기록했습니다: { $description }
cli-ledger-empty = { $conversation }: 아직 장부 항목이 없습니다
cli-ledger-title = { $conversation } 장부
cli-ledger-reversed-tag = [취소됨]
cli-ledger-recorded-by = 기록: { $user } (기기 { $device }) { $at }, 메시지 { $seq }
cli-ledger-ref = 참조 { $reference }
cli-ledger-reversed-by = { $user }이(가) 취소함 ({ $id })
cli-ledger-reversed = 취소됨 ({ $id })
cli-ledger-balances-title = { $conversation } 잔액
cli-ledger-is-owed = 받을 돈
cli-ledger-owes = 줄 돈
cli-ledger-settled = 정산됨
cli-ledger-all-settled = 모두 정산되었습니다
cli-ledger-to-settle-up = 정산하려면:
cli-ledger-pays = { $from } → { $to } { $amount } 지불
cli-writing = { $path } 쓰기
cli-writing-export = 내보내기 쓰기
cli-ledger-exported = 장부 기록 { $count ->
   *[other] { $count }개
}를 { $path }(으)로 내보냈습니다
cli-not-a-call-id = { $value }은(는) 통화 ID가 아닙니다 (16진수 32자)
cli-no-call-running = { $conversation }에서 진행 중인 통화가 없습니다
cli-call-started = { $conversation }에서 통화 { $call }을(를) 시작했습니다
cli-call-joined = { $conversation }의 통화 { $call }에 참여했습니다
cli-call-left = { $conversation }의 통화 { $call }에서 나갔습니다
cli-call-declined = { $conversation }의 통화 { $call }을(를) 거절했습니다
cli-call-ended = { $conversation }의 통화 { $call }을(를) 종료했습니다
cli-call-not-in = 이 기기는 통화 { $call }에 없습니다
cli-call-not-ringing = 통화 { $call }은(는) 나에게 울리고 있지 않습니다 (받거나 거절할 때까지 45초 동안 울립니다)
cli-call-token = 통화 { $call }의 통화 토큰, { $expires }까지 유효
cli-proxy-loopback-only = 프록시는 인증 없이 동작하므로 루프백에서만 수신합니다 (받은 값 { $address })
cli-proxy-no-directory = 릴레이 디렉터리를 가져올 수 없습니다: { $error }
cli-proxy-no-server = 이 기기는 아는 서버가 없습니다
cli-proxy-circuit = 회선 { $circuit }: 입구 { $entry } → 출구 { $exit }, { $ms } ms
cli-proxy-same-operator = 경고: 한 운영자가 두 릴레이를 모두 운영하므로 여기서 2홉 분리는 명목상일 뿐입니다
cli-proxy-circuit-failed = 회선 실패: { $error }
cli-proxy-stream-refused = 연결 거부됨: { $reason }
cli-proxy-listening = socks5://{ $address } 및 http://{ $address } (CONNECT)에서 비공개 브라우징. 브라우저를 여기로 지정하세요. 예:
cli-proxy-two-relays = 각 연결은 두 릴레이를 거칩니다: 입구는 내 주소를, 출구는 사이트를 보며, 둘 다 보는 곳은 없습니다. 보호되지 않는 것: 두 릴레이의 공모, 또는 양 끝의 타이밍을 관찰하는 자.
cli-proxy-first-circuit-failed = 첫 회선 실패 (첫 연결에서 다시 시도): { $error }
cli-proxy-status = 회선 { $circuits ->
   *[other] { $circuits }개
}, 스트림 { $streams ->
   *[other] { $streams }개
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = 중지됨: 회선 { $circuits ->
   *[other] { $circuits }개
} 생성, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = 이 프로그램이 보낸 내용을 서버가 읽지 못했습니다. Conclave를 업데이트하세요
server-error-unsupported-version = 서버가 다른 버전의 Conclave 프로토콜을 사용합니다. Conclave를 업데이트하세요
server-error-frame-too-large = 이 프로그램이 보낸 내용이 서버에 너무 큽니다
server-error-not-authenticated = 이 기기가 로그인하기 전에 서버가 세션을 끝냈습니다. 다시 시도하세요
server-error-already-authenticated = 이 기기가 한 세션에서 두 번 로그인했습니다. 다시 시도하세요
server-error-auth-failed = 서버가 이 기기를 받아들이지 않습니다. 계정에서 제거되었거나 키가 맞지 않습니다
server-error-invite-unknown = 이 초대는 존재하지 않습니다. 링크를 확인하세요
server-error-invite-used = 이 초대는 이미 사용되었습니다. 새 초대를 요청하세요
server-error-invite-expired = 이 초대는 만료되었습니다. 새 초대를 요청하세요
server-error-invite-revoked = 이 초대는 취소되었습니다. 새 초대를 요청하세요
server-error-username-taken = 이 사용자 이름은 이미 사용 중입니다. 다른 이름을 고르세요
server-error-username-invalid = 서버가 이 사용자 이름을 받아들이지 않습니다
server-error-device-key-taken = 이 기기의 키는 이미 등록되어 있습니다
server-error-account-disabled = 서버 운영자가 계정을 비활성화했습니다
server-error-account-expired = 계정 { $user }은(는) { $date }에 만료되었습니다. 관리자에게 갱신 코드를 요청하세요
server-error-account-expired-plain = 계정이 만료되었습니다. 관리자에게 갱신 코드를 요청하세요
server-error-renewal-unknown = 이 갱신 코드는 존재하지 않습니다
server-error-renewal-used = 이 갱신 코드는 이미 사용되었습니다
server-error-renewal-expired = 이 갱신 코드는 만료되었습니다. 관리자에게 새 코드를 요청하세요
server-error-forbidden = 서버가 이것을 허용하지 않습니다
server-error-not-found = 요청한 것을 서버가 알지 못합니다
server-error-no-account = { $name }(이)라는 계정이 없습니다
server-error-invalid-argument = 서버가 요청을 유효하지 않다고 거부했습니다
server-error-quota-exceeded = 초대 한도에 도달했습니다: { $quota }회 중 { $used }회를 발급했고 { $left }회 남았습니다
server-error-quota-exceeded-plain = 초대 한도를 모두 사용했습니다
server-error-queue-full = 수신 기기의 대기열이 가득 찼습니다. 온라인에 접속해 따라잡아야 합니다
server-error-rate-limited = 요청이 너무 많습니다. { $seconds }초 후에 다시 시도하세요
server-error-rate-limited-plain = 요청이 너무 많습니다. 잠시 후 다시 시도하세요
server-error-too-many-connections = 서버의 연결 수가 한도에 도달했습니다. 나중에 다시 시도하세요
server-error-limit-exceeded = 서버의 한도를 넘습니다
server-error-stale-epoch = 같은 순간에 대화가 바뀌었습니다. 다시 시도하세요
server-error-not-member = 이 기기는 그 대화의 구성원이 아닙니다
server-error-no-key-package = 추가할 기기의 키 패키지가 서버에 없습니다. 먼저 온라인에 접속해야 합니다
server-error-device-link-invalid = 이 기기 링크는 알 수 없거나 사용되었거나 만료되었습니다. 계정의 기기에서 새로 만드세요
server-error-shutting-down = 서버가 종료되는 중입니다. 잠시 후 다시 시도하세요
server-error-internal = 서버에 내부 오류가 발생했습니다. 나중에 다시 시도하세요
server-error-unavailable = 서버가 이 기능을 제공하지 않습니다
server-error-fell-behind = 이 대화에서 한 기기가 뒤처져 구성원이 다시 추가해 주기를 기다리고 있습니다
server-error-relay-tokens-used-up = 오늘의 비공개 브라우징 할당량을 모두 사용했습니다. 00:00 UTC에 갱신됩니다
server-error-relay-tokens-unavailable = 이 서버는 비공개 브라우징을 제공하지 않습니다
server-error-call-tokens-unavailable = 이 서버는 통화를 제공하지 않습니다
server-error-unknown-code = 서버가 거부했습니다 (오류 { $code })
server-error-unsupported = 서버가 이 요청을 알지 못합니다. 더 오래된 버전의 Conclave를 실행하고 있습니다
cli-server-account-expired = 계정 { $user }은(는) { $date }에 만료되었습니다. 관리자에게 갱신 코드를 요청하고 `conclave renew CODE`를 실행하세요
cli-server-account-expired-plain = 계정이 만료되었습니다. 관리자에게 갱신 코드를 요청하고 `conclave renew CODE`를 실행하세요
cli-client-connect = { $address }에 연결할 수 없습니다: { $reason }
cli-client-pin-mismatch = 서버의 TLS 인증서가 고정된 지문과 일치하지 않습니다 (예상 { $expected }, 받음 { $got }). 공격일 수 있으며, 또는 서버의 인증서가 바뀌었습니다
cli-client-timeout = 서버를 기다리다 시간이 초과되었습니다
cli-client-closed = 연결이 닫혔습니다
cli-client-closed-because = 연결이 닫혔습니다: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (답장) { $text }
preview-reaction = (반응) { $emoji }
preview-edit = (편집됨) { $text }
preview-deleted = (메시지를 삭제함)
preview-receipt = ({ $seq }까지 읽음)
preview-conversation-started = (대화 시작됨)
preview-group = (그룹 #{ $name })
preview-file = (파일) { $name } ({ $size ->
   *[other] { $size }바이트
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (전달됨) { $text }
preview-timer-off = (사라지는 메시지 꺼짐)
preview-timer = (사라지는 메시지: { $time })
preview-display-name-cleared = (표시 이름 지움)
preview-display-name = (표시 이름: { $name })
preview-call-started-audio = (통화) 음성 통화 { $call }을(를) 시작함
preview-call-started-video = (통화) 영상 통화 { $call }을(를) 시작함
preview-call-ringing = (통화) { $call } 벨 울리는 중
preview-call-answered = (통화) { $call }에 응답함
preview-call-declined = (통화) { $call }을(를) 거절함
preview-call-joined = (통화) { $call }에 참여함
preview-call-left = (통화) { $call }에서 나감
preview-call-ended = (통화) { $call }을(를) 종료함
preview-call-unreadable = (읽을 수 없는 통화 신호: { $reason })
preview-ledger = (장부) { $entry }
preview-ledger-handover = (장부) 이전 기록 { $count ->
   *[other] { $count }건
}을 참여한 기기에 넘겨줌 (전체 { $parts }개 중 { $part }번째)
preview-ledger-unreadable = (읽을 수 없는 장부 항목: { $reason })
ledger-payment-to = { $from } 님이 { $names } 님에게 { $money } 지불
ledger-payment-equal = { $from } 님이 { $names } 님 몫으로 { $money } 지불 (균등 분할)
ledger-payment-exact = { $from } 님이 { $names } 님 몫으로 { $money } 지불 (분할: { $shares })
ledger-payment-weights = { $from } 님이 { $names } 님 몫으로 { $money } 지불 (가중치 분할: { $weights })
ledger-debt-to = { $names } 님이 { $from } 님에게 { $money } 빚짐
ledger-debt-equal = { $names } 님이 { $from } 님에게 { $money } 빚짐 (균등 분할)
ledger-debt-exact = { $names } 님이 { $from } 님에게 { $money } 빚짐 (분할: { $shares })
ledger-debt-weights = { $names } 님이 { $from } 님에게 { $money } 빚짐 (가중치 분할: { $weights })
ledger-reversed-entry = 항목 { $id } 취소됨
ledger-with-memo = { $entry }: { $memo }
ledger-refused = 거부됨: { $entry } ({ $error })
ledger-refused-plain = 거부됨: { $error }
ledger-unreadable = 읽을 수 없음: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = 참여했습니다
history-unreadable = 읽을 수 없는 메시지 ({ $reason })
history-fell-behind = 이 기기가 여기서 뒤처져 메시지를 놓쳤습니다. 다음에 멤버가 메시지를 보내면 다시 추가됩니다
history-fell-behind-long = 이 기기가 여기서 뒤처져(서버의 대기열이 가득 찼습니다) 이 지점부터 메시지를 놓쳤습니다. 다음에 멤버가 메시지를 보내면 다시 추가됩니다.
history-added = { $names }을(를) 추가했습니다
history-removed = { $names }을(를) 제거했습니다
history-added-removed = { $added }을(를) 추가하고 { $removed }을(를) 제거했습니다
history-keys-updated = 키를 업데이트했습니다
history-deleted = (삭제됨)
preview-photo = 사진: { $name }
preview-voice-note = 음성 메시지: { $name }
preview-file-named = 파일: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = 사라지는 메시지 타이머는 꺼짐이거나 { $min }초에서 4주({ $max }초) 사이여야 합니다. { $secs }초는 안 됩니다
refused-one-to-one-self = 1:1 대화에는 다른 계정이 필요합니다
refused-group-exists = 이미 #{ $name }(이)라는 그룹이 있습니다
refused-remove-self = 대화에서 나가려면 `leave`를 사용하세요
refused-not-members = 그중 아무도 멤버가 아닙니다
refused-no-key-packages = 추가할 기기 중 아직 키 패키지를 게시한 기기가 없습니다
refused-busy = 그룹이 너무 바쁩니다. 다시 시도하세요
refused-not-in-conversation = 이 대화에 참여하고 있지 않습니다
refused-fell-behind = 이 기기가 이 대화에서 뒤처졌습니다(서버의 대기열이 가득 찼습니다). 다음에 다른 멤버가 메시지를 보내면 다시 추가됩니다
refused-server-too-old-for-timer = 이 대화의 메시지는 사라지지만, 서버가 너무 오래되어 대기열에서 메시지를 만료시킬 수 없습니다(프로토콜 리비전 1). 서버를 업그레이드하거나 타이머를 끄세요
refused-call-running = 이 대화에서 통화({ $call }, { $caller } 님이 시작)가 진행 중입니다. 통화에 참여하세요
refused-display-name-too-long = 표시 이름은 최대 { $max }자입니다({ $given }자 입력됨)
refused-display-name-invisible = 표시 이름에는 제어 문자, 방향 재정의 문자 또는 보이지 않는 문자를 넣을 수 없습니다({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = 오류: { $message }
cli-usage-invalid-value = { $arg }에 대한 잘못된 값 { $value }
cli-usage-value-required = { $arg }에 값이 필요하지만 제공되지 않았습니다
cli-usage-invalid-value-because = { $arg }에 대한 잘못된 값 { $value }: { $reason }
cli-usage-possible-values = 가능한 값: { $values }
cli-usage-unknown-argument = 예상치 못한 인수가 있습니다: { $arg }
cli-usage-unknown-subcommand = 알 수 없는 하위 명령 { $command }
cli-usage-missing-arguments = 다음 필수 인수가 제공되지 않았습니다: { $args }
cli-usage-missing-subcommand = { $command }에는 하위 명령이 필요하지만 제공되지 않았습니다
cli-usage-subcommands = 하위 명령: { $values }
cli-usage-too-many-values = { $arg }에 대한 예상치 못한 값 { $value }. 더 이상 값을 받지 않습니다
cli-usage-conflict = { $arg } 인수는 { $other }와(과) 함께 사용할 수 없습니다
cli-usage-used-twice = { $arg } 인수는 여러 번 사용할 수 없습니다
cli-usage-similar-subcommand = 팁: 비슷한 하위 명령이 있습니다: { $names }
cli-usage-similar-argument = 팁: 비슷한 인수가 있습니다: { $names }
cli-usage-similar-value = 팁: 비슷한 값이 있습니다: { $names }
cli-usage-more = 자세한 내용을 보려면 { $help } 옵션을 사용해 보세요.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = 안전 번호 { $number }
members-safety-number-verified = 안전 번호 { $number } (확인됨)
members-no-safety-number = 안전 번호 없음: { $error }
notice-not-sent = 보내지 못함: { $error }
notice-ledger-failed = 장부: { $error }
notice-members-failed = 멤버: { $error }
notice-error = 오류: { $error }

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

# Conclave: Korean (한국어), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Start, join, link, unlock

boot-loading = 불러오는 중…
boot-failed = Conclave를 시작할 수 없습니다: { $error }
boot-other-tab = Conclave가 이 브라우저의 다른 탭이나 창에서 이미 열려 있습니다. 그쪽을 닫은 다음 이 페이지를 새로 고치세요.
working = 처리 중…
wrong-passphrase = 암호 문구가 틀렸습니다. { $detail }. 다시 시도하세요.
tagline = 초대받은 사람만 쓰는 종단간 암호화 메신저. 키는 이 브라우저에서 만들어지고 이 브라우저에 보관됩니다.
passphrase = 암호 문구
passphrase-hint = 8자 이상. 이 브라우저에 있는 이 기기의 키와 기록을 암호화하며, 브라우저 밖으로 나가지 않습니다. 잊어버리면 이 브라우저의 사본을 열 수 없습니다.
passphrase-again = 암호 문구 다시 입력
passphrase-differ = 두 암호 문구가 다릅니다.
join-title = 초대로 가입
join-link = 초대 링크
join-link-hint = https://…/join#code=… 또는 conclave://…/join#code=…
username = 사용자 이름
username-hint = 3~32자: a–z, 0–9, “.”, “_”, “-”
device-name = 이 기기의 이름
join-button = 가입
joining = 가입 중…
link-title = 이 브라우저를 내 계정에 연결
link-intro = 계정이 있는 기기에서 “conclave device link”를 실행하고, 출력된 링크를 붙여 넣으세요. 그러면 그 기기가 이 브라우저를 내 대화에 추가합니다.
link-link = 기기 연결 링크
link-link-hint = https://…/device#code=… 또는 conclave://…/device#code=…
link-button = 이 브라우저 연결
linking = 연결 중…
unlock-title = Conclave 잠금 해제
unlock-holds = 이 브라우저에 { $username } 님의 기기 “{ $device }”이(가) 저장되어 있습니다.
unlock-button = 잠금 해제
unlocking = 잠금 해제 중…
unlock-link-ignored = 이 브라우저에는 이미 Conclave 기기가 있어서, 방금 연 링크는 사용되지 않습니다. 링크를 사용하려면 먼저 이 브라우저에서 이 기기를 제거하세요.
unlock-forgot = 암호 문구를 잊으셨나요? 암호 문구 없이는 이 브라우저의 사본을 열 수 없습니다. 여기서 제거한 다음, 다른 기기에서 이 브라우저를 다시 연결하세요.
forget-button = 이 브라우저에서 이 기기 제거
forget-confirm = 이 브라우저에서 { $username } 님의 기기를 제거할까요? 여기 있는 키와 기록이 삭제됩니다. 계정과 다른 기기는 그대로 남습니다.

## The shell

conversations = 대화
new-button = 새로 만들기
new-conversation = 새 대화
private-button = 비공개
private-browsing = 비공개 브라우징
account-button = 계정
account = 계정
details = 세부 정보
call-button = 통화
call-start = 통화 시작
call-voice = 음성 통화
video-button = 영상
video-start = 영상 통화 시작
video-call = 영상 통화
ledger = 장부
ledger-button-title = 공동 지출과 잔액
messages = 메시지
composer-placeholder = 메시지
send = 보내기
sending = 보내는 중…
attach = 파일 첨부
take-photo = 사진 찍기
voice-hold = 길게 눌러 음성 메시지 녹음
back-chats = ‹ 채팅
back-to-conversations = 대화 목록으로 돌아가기
back = ‹ 뒤로
close-panel = 패널 닫기
conversation-panels = 대화 패널
members = 멤버
choose-conversation = 대화를 선택하거나 “새로 만들기”로 새 대화를 시작하세요.
call = 통화

## Status and banners

status-online = { $username } · 온라인
status-offline = { $username } · 오프라인
status-expired = { $username } · 만료됨
status-replaced = { $username } · 대체됨
status-refused = { $username } · 거부됨
status-connecting = { $username } · 연결 중
banner-expired = 계정이 만료되었습니다. 계속하려면 ‘계정’에서 갱신 코드를 사용하세요.
banner-replaced = 이 기기의 Conclave가 다른 곳에서 열려서 이 페이지는 중지되었습니다. 여기서 사용하려면 새로 고치세요.
banner-refused = 서버가 이 기기를 거부했습니다: { $reason }
banner-offline = 오프라인: 이 브라우저에 있는 내용을 보여 줍니다. { $reason }
banner-expires-soon = 계정이 { $date }에 만료됩니다. 관리자에게 갱신 코드를 요청하세요.
conn-expired = 계정이 만료되었습니다: ‘계정’에서 갱신하세요.
conn-offline = 오프라인: 읽을 수는 있으며, 다시 연결되면 보낼 수 있습니다.
expiry-unknown = 알 수 없음 (오프라인)
expiry-expired = { $date } (만료됨)
expiry-days = { $days ->
   *[other] { $date } ({ $days }일 남음)
}

## The conversation list and the messages

you = 나
last-message = { $who }: { $text }
ledger-line = 장부: { $text }
group-created = 그룹이 만들어졌습니다
no-messages-yet = 아직 메시지가 없습니다
no-conversations = 아직 대화가 없습니다.
not-on-device = 이 대화는 이 기기에 없습니다.
conversation = 대화
removed-banner = 이 대화에서 제거되었습니다. 더 이상 메시지를 받지 않습니다.
membership-added = { $who }이(가) { $names }을(를) 추가했습니다
membership-removed = { $who }이(가) { $names }을(를) 제거했습니다
membership-added-removed = { $who }이(가) { $added }을(를) 추가하고 { $removed }을(를) 제거했습니다
membership-keys = { $who }이(가) 키를 업데이트했습니다
unreadable-message = 읽을 수 없는 메시지 ({ $reason })
handover-mine = 내 기기가 새로 참여한 기기들에 장부의 이전 항목을 넘겨주었습니다.
handover-theirs = { $sender } 님의 기기가 새로 참여한 기기들에 장부의 이전 항목을 넘겨주었습니다.
open-ledger-link = 장부 ›
open-ledger = 장부 열기
joined-here = 이 기기에서 이 대화에 참여했습니다.
empty-conversation = 아직 메시지가 없습니다. 메시지는 종단간 암호화됩니다.
upload-sending = { $name } 보내는 중…
upload-failed = { $name }: { $error }
dismiss = 닫기
record-failed = 녹음할 수 없습니다: { $error }
record-hold = 마이크 버튼을 길게 눌러 음성 메시지를 녹음하세요.
toast-added-to-conversation = 대화에 추가되었습니다.
toast-fell-behind = 이 기기가 대화에서 뒤처져서, 다시 추가되기를 기다리고 있습니다.
invites-admin = 한도 없음 (관리자)
invites-left = { $count }개 남음

## Members

no-longer-member = 더 이상 이 대화의 멤버가 아닙니다.
safety-number = 안전 번호
safety-number-with = { $username } 님과의 안전 번호
remove = 제거
remove-member = { $username } 님 제거
remove-confirm = { $conversation }에서 { $username } 님을 제거할까요? 이후 메시지는 읽을 수 없게 됩니다.
removing = 제거 중…
removed-toast = { $username } 님을 제거했습니다.
devices-line = { $count ->
   *[other] 기기 { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = 기기 ({ $id })
member-you = { $username } (나)
members-summary = { $count ->
   *[other] 멤버 { $count }명 · 에포크 { $epoch }
}
add = 추가
adding = 추가 중…
added-toast = { $names } 님을 추가했습니다.
add-members = 멤버 추가
add-members-hint = 사용자 이름을 쉼표로 구분해 입력하세요. 그 사람의 모든 기기가 참여합니다.
leave = 이 대화 나가기
leave-confirm = 모든 기기에서 { $conversation } 대화를 나갈까요?
leaving = 나가는 중…
epoch-authenticator = 에포크 인증 코드 (모든 멤버의 기기에서 같음): { $code }
loading = 불러오는 중…
safety-verified = 확인됨
safety-changed = 확인 후 키가 변경됨
safety-unverified = 확인 안 됨
mark-verified = 확인됨으로 표시
saving = 저장 중…
verified-toast = { $username } 님을 확인됨으로 표시했습니다.
safety-with = { $username } 님과의 안전 번호 { $badge }
safety-hint = 직접 만나거나 다른 채널로 상대방의 번호와 비교하세요. 일치하면 확인됨으로 표시하세요. 그 후 상대방의 키가 바뀌면 눈에 띄게 알려 줍니다.

## The ledger

ledger-paid-by = 낸 사람
ledger-paid-to = 받은 사람 / 대상
ledger-owed-to = 받을 사람
ledger-owed-by = 갚을 사람
split-to = 한 명에게 전액
split-equal = 똑같이 나누기
split-exact = 금액으로 나누기
split-weights = 비율로 나누기
badge-reversed = 되돌림
badge-reversal = 되돌리기
badge-refused = 거부됨
badge-unreadable = 읽을 수 없음
device-id = 기기 { $id }
device-id-named = 기기 { $id } ({ $name })
entries = 항목
entries-count = 항목 ({ $count })
export-csv = CSV 다운로드
export-json = JSON 다운로드
balances = 잔액
export = 내보내기
export-hint = CSV: 항목마다 멤버별로 한 줄 (멤버와 통화별로 합하면 잔액이 됩니다). JSON: 모든 기록, 잔액, 정산 방법.
discrepancy-title = 경고: 새 기기에 넘겨진 장부가 내 장부와 다릅니다.
discrepancy = { $by } 님의 기기 { $device }(메시지 { $seq })가 새로 참여한 사람들에게 넘겨준 장부가 이 기기의 장부와 다릅니다: { $detail }. 그 사람들의 잔액이 내 잔액과 다를 수 있으니 { $by } 님과 확인해 보세요.
ledger-unreadable = { $count ->
   *[other] 항목 { $count }개는 더 새로운 버전의 Conclave로 작성되어 여기서 읽을 수 없습니다. 업데이트하기 전까지 잔액에서 제외됩니다.
}
handed-over-mine = 이 기기는 메시지 { $seq }부터 참여했습니다. 그 이전 항목은 내 기기 { $device }이(가) 넘겨준 그대로입니다.
handed-over-theirs = 이 기기는 메시지 { $seq }부터 참여했습니다. 그 이전 항목은 { $by } 님의 기기 { $device }이(가) 넘겨준 그대로입니다.
ledger-empty = 아직 항목이 없습니다. 아래에서 공동 지출, 지불, 빚을 기록하세요. 모든 멤버에게 같은 잔액이 보입니다.
balances-in = { $currency } 잔액
balance-owed = 받을 돈 있음
balance-owes = 갚을 돈 있음
balance-settled = 정산됨
settle-title = 정산하기
settle-you-pay = 내가 { $to } 님에게 { $amount } { $currency } 지불
settle-pays-you = { $from } 님이 나에게 { $amount } { $currency } 지불
settle-pays = { $from } 님이 { $to } 님에게 { $amount } { $currency } 지불
all-settled = 모두 정산되었습니다.
records-empty = 항목은 서버가 정한 순서대로 여기에 표시되며, 모든 기기에서 순서가 같습니다.
recorded-by-you = { $day } · { $time }에 내가 { $device }에서 기록
recorded-by = { $day } · { $time }에 { $member } 님이 { $device }에서 기록
reference-line = 참조: { $reference }
reversed-by-you = 내가 되돌림 (항목 { $entry }). 더 이상 계산에 넣지 않습니다.
reversed-by = { $member } 님이 되돌림 (항목 { $entry }). 더 이상 계산에 넣지 않습니다.
reversed-by-someone = 누군가 되돌림 (항목 { $entry }). 더 이상 계산에 넣지 않습니다.
undoes = 되돌리는 항목: { $description }
refused-everywhere = 받은 모든 기기에서 거부되었습니다. 잔액에는 영향이 없습니다.
handed-by-mine = 이 기기가 참여할 때 내 기기 { $device }이(가) 넘겨줌
handed-by-theirs = 이 기기가 참여할 때 { $username } 님의 기기 { $device }이(가) 넘겨줌
reverse-toggle = 되돌리기…
reverse-entry-label = 항목 { $entry } 되돌리기
reverse-entry = 항목 되돌리기
cancel = 취소
reverse-why = 이유 (선택)
reverse-hint = 항목은 ‘되돌림’으로 표시된 채 기록에 남고, 잔액에 미친 영향은 모든 기기에서 취소됩니다.
reversing = 되돌리는 중…
reversed-toast = 되돌렸습니다: { $description }
kind-payment = 지불: 누군가 돈을 냈음
kind-debt = 빚: 누군가 갚아야 함
record-entry = 항목 기록
member = 멤버
split-equal-among = 똑같이 나눌 사람
split-equal-hint = 낸 사람도 몫을 내게 하려면 그 사람도 포함하세요. 나누어떨어지지 않는 끝전은 목록 앞쪽의 멤버에게 갑니다.
weights-legend = 비율 (예: 2와 1이면 3분의 2와 3분의 1)
amounts-legend = 금액 (합계가 총액과 같아야 함)
share-empty-hint = 몫을 주지 않을 멤버는 비워 두세요.
will-record = 기록할 내용: { $description }
will-record-shares = 기록할 내용: { $description } — { $shares } { $currency }
amount = 금액
currency = 통화
add-entry-form = 장부 항목 추가
what-happened = 종류
date = 날짜
memo-optional = 메모 (선택)
reference-optional = 참조 (선택)
reference-hint = 청구서 번호, 송금 ID 등
add-entry = 항목 추가
ledger-intro = 항목은 종단간 암호화된 메시지입니다. 누구도 수정하거나 삭제할 수 없으며, 실수는 되돌리기로 바로잡습니다.
recording = 기록 중…
recorded-toast = 기록했습니다: { $description }
preparing = 준비 중…
exported-toast = { $count ->
   *[other] 장부 기록 { $count }개를 { $file }(으)로 내보냈습니다.
}

## New conversation, account

start = 시작
starting = 시작하는 중…
create-group = 그룹 만들기
creating = 만드는 중…
message-person = 한 사람에게 메시지
new-group = 새 그룹
group-name = 그룹 이름
members-hint = 사용자 이름을 쉼표로 구분해 입력하세요.
your-account = 내 계정
this-device = 이 기기
this-device-value = { $name } (기기 { $id })
valid-until = 만료일
invitations = 초대
connection = 연결
online = 온라인
offline = 오프라인
offline-reason = 오프라인: { $reason }
renew = 갱신
renewing = 갱신 중…
renewed-toast = { $date }까지 갱신되었습니다.
renew-title = 계정 갱신
renewal-code = 갱신 코드
renewal-hint = 관리자가 발급해 줍니다. 계정을 연장하며, 만료된 뒤에도 쓸 수 있습니다.
expires-1-day = 1일
expires-7-days = 7일
expires-30-days = 30일
create-invitation = 초대 만들기
your-invitations = 내 초대
copy = 복사
copied = 복사했습니다.
copy-failed = 링크를 선택해서 복사하세요.
invitation-created = 초대를 만들었습니다.
invitation-for = { $count ->
   *[other] { $count }명용, { $date }까지 유효합니다.
}
link-for-browser = 브라우저용 링크:
link-for-cli = 명령줄용 (conclave join):
invite-row = #{ $id } · { $state } · { $left }/{ $total } 남음 · { $date }까지
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } 남음 · { $date }까지 · 가입: { $names }
no-invitations = 아직 초대가 없습니다.
invite-someone = 초대하기
number-of-people = 인원
valid-for = 유효 기간
your-devices = 내 기기
add-device-hint = 기기를 추가하려면 계정이 있는 기기에서 “conclave device link”를 실행하세요.
lock = 잠그기
this-browser = 이 브라우저
lock-hint = 잠그면 세션이 닫힙니다. 암호 문구로 다시 열 수 있습니다.
device-row = { $name } (기기 { $id }), { $date }에 추가됨
device-row-this = { $name } (기기 { $id }), { $date }에 추가됨 — 이 브라우저
offline-short = 오프라인.
language = 언어
language-hint = 이 기기에서 이 페이지에 쓰는 언어입니다. “자동”은 브라우저의 언어를 따릅니다.
language-auto = 자동

## Private browsing

pb-what-title = 비공개 브라우징이란
pb-what-1 = 비공개 브라우징은 기기의 웹 트래픽을 사이트로 바로 보내지 않고 릴레이 두 개를 거쳐 보냅니다. 입구 릴레이는 내가 누구인지(주소)는 알지만 어디로 가는지는 모르고, 출구 릴레이는 어디로 가는지(사이트)는 알지만 내가 누구인지는 모릅니다. 둘 다 아는 릴레이는 없습니다.
pb-what-2 = 기기와 출구 사이의 트래픽은 암호화되어 있어서, 입구에는 봉인된 고정 크기 셀만 보입니다. 각 릴레이는 서로 연관 지을 수 없는 토큰이 있는 연결만 받아들이며, 이 토큰은 이 서버가 블라인드 서명합니다. 그래서 서버는 어떤 토큰이 어느 연결이나 사이트에 쓰였는지 알 수 없습니다.
pb-what-3 = 이 페이지는 직접 아무것도 중계하지 않습니다. 웹 페이지는 다른 트래픽을 실어 나를 수 없기 때문입니다. 중계는 기기에 있는 conclave 프로그램이 합니다 (“이 기기에서 사용하기” 참고).
pb-limits-title = 막아 주지 못하는 것
pb-limits-1 = 홉이 두 개면 호기심 많은 릴레이 운영자 한 명은 막을 수 있습니다. 하지만 경로의 두 릴레이가 서로 협력하거나, 양쪽 끝의 트래픽을 지켜보며 타이밍을 맞춰 보는 관찰자(전역 관찰자)에게는 소용이 없습니다.
pb-limits-2 = 같은 운영자의 릴레이는 아래 목록에 표시되며, 다른 운영자의 릴레이가 있는 한 한 경로에 그중 두 개를 함께 쓰지 않습니다. 릴레이 운영자가 한 명뿐이면 두 홉 모두 그 운영자의 것이라 분리는 이름뿐이며, 이때 conclave proxy가 경고합니다.
pb-limits-3 = 사이트는 여전히 내가 보내는 내용을 봅니다. 로그인, 쿠키, 브라우저 지문으로 평소처럼 나를 식별합니다.
pb-limits-4 = 프록시를 쓰도록 설정한 프로그램만 보호됩니다. 이름 조회도 프록시에 맡기세요 (socks5h, curl의 --socks5-hostname, Firefox의 “SOCKS v5를 사용할 때 DNS 프록시”). 그렇지 않으면 DNS 조회가 프록시 밖으로 나갑니다.
pb-allowance-note = 회로 하나에 릴레이마다 하나씩, 토큰 두 개가 듭니다. 회로 하나로 많은 연결을 실어 나르며, 10분이 지나면 새로 만듭니다. 할당량은 00:00 UTC에 새로 채워집니다.
pb-allowance-title = 이 기기의 할당량
pb-per-day = 하루 토큰 수
pb-left-today = 오늘 남은 수
pb-fetching = 릴레이 디렉터리를 가져오는 중…
relays = 릴레이
pb-setup = { $first }: conclave에 계정이 있는 기기에서 { $link }을(를) 실행한 다음, 여기서 { $join }을(를) 실행하세요 (초대가 있으면 { $joininvite }).
pb-use-title = 이 기기에서 사용하기
pb-desktop = 컴퓨터 (Linux, macOS, Windows)
pb-desktop-install = conclave 명령줄 도구를 설치하고 계정 설정하기
pb-desktop-run = { $cmd }을(를) 실행하세요. 이 컴퓨터 전용으로 { $addr }에서 SOCKS5와 HTTP CONNECT를 제공하고, 각 회로의 입구와 출구를 출력합니다.
pb-desktop-chromium = Chromium, Chrome, Edge: { $cmd } 옵션을 붙여 실행하세요 (이름 조회는 프록시가 합니다). 별도 프로필({ $profile })을 쓰면 비공개 브라우징을 평소 프로필과 분리할 수 있습니다.
pb-desktop-firefox = Firefox: 설정 → 일반 → 네트워크 설정 → 설정…: “수동 프록시 설정”, SOCKS 호스트 127.0.0.1, 포트 1080, SOCKS v5를 선택하고 “SOCKS v5를 사용할 때 DNS 프록시”에 체크하세요.
pb-desktop-curl = 명령줄 도구: { $cmd }.
pb-desktop-options = 옵션: { $country } 옵션은 그 나라의 출구로 나가고, { $circuit } 옵션은 사이트마다 별도의 회로를 씁니다.
pb-android = Android 휴대전화 또는 태블릿
pb-android-intro = 브라우저는 SOCKS 프록시를 실행할 수 없으므로, 휴대전화의 프로그램이 대신해야 합니다:
pb-android-termux = (F-Droid에서) Termux를 설치하고, 그 안에 conclave 명령줄 도구를 설치하세요.
pb-android-account = 계정 설정하기
pb-android-run = Termux에서 { $cmd }을(를) 실행하고 켜 두세요 (배터리 설정에서 Termux가 백그라운드에서 실행되도록 허용하세요).
pb-android-wifi = 설정 → Wi-Fi → 사용 중인 네트워크 → 수정 → 고급 → 프록시: 수동, 호스트 { $host }, 포트 { $port }. Android의 프록시 설정은 HTTP CONNECT를 쓰며, 프록시가 같은 포트에서 이를 처리합니다. 이 설정을 따르는 브라우저는 그 Wi-Fi 네트워크에서만 (모바일 데이터에서는 아님) 릴레이를 거칩니다.
pb-android-browser = 또는 자체 프록시 설정이 있는 브라우저를 쓰세요: 원격 DNS를 쓰는 SOCKS5 { $socks }, 또는 HTTP 프록시 { $http } (CONNECT).
pb-ios = iPhone 및 iPad
pb-ios-text = 현재는 지원되지 않습니다. iOS에서는 명령줄 프로그램을 백그라운드에서 계속 실행해 로컬 프록시로 쓸 방법이 없고 (Termux가 없으며 앱은 일시 중지됩니다), 휴대전화의 트래픽을 실어 나르려면 VPN 방식의 앱(Network Extension)이 필요한데 Conclave에는 아직 없습니다. 컴퓨터의 프록시를 빌려 쓸 수도 없습니다. conclave proxy에는 비밀번호가 없어서 자기 컴퓨터에서만 연결을 받기 때문입니다.
pb-no-tokens = 이 서버는 릴레이 토큰을 발급하지 않으므로, 이 계정으로는 릴레이를 쓸 수 없습니다.
pb-zero-tokens = 이 서버는 멤버에게 릴레이 토큰을 주지 않습니다 (할당량이 하루 0개).
pb-same-operator = 같은 운영자
pb-country-unknown = 국가 알 수 없음
pb-relay-meta = { $country } · 운영자 { $operator } · { $addr }
pb-relay-meta-ours = { $country } · 운영자 { $operator } (이 서버의 운영자) · { $addr }
pb-same-operator-note = { $others }와(과) 같은 운영자 (릴레이 { $count }개): 다른 운영자의 릴레이가 있는 한 함께 쓰이지 않습니다.
pb-no-relays = 이 서버에 등록된 릴레이가 없습니다.
pb-two-operators = 경로에 서로 다른 운영자의 릴레이 두 개를 쓸 수 있습니다.
pb-one-operator = 이 릴레이들은 운영자가 한 명뿐이라 경로의 두 홉이 모두 그 운영자의 것입니다: 분리는 이름뿐입니다.
pb-no-path = 아직 경로를 만들 수 없습니다: { $reason }.
pb-signed-new = { $operator }이(가) 키 { $key }(으)로 서명했으며, 서명이 올바릅니다. 이 기기는 이제 이 키를 기억하고, 다른 키로 서명된 디렉터리는 거부합니다. { $date }까지 유효합니다.
pb-signed-known = { $operator }이(가) 키 { $key }(으)로 서명했으며, 서명이 올바릅니다. 이 기기가 기억해 둔 키이며, 다른 키로 서명된 디렉터리는 거부합니다. { $date }까지 유효합니다.

## Calls

declined = { $names } 님이 거절했습니다.
join-call = 통화 참여
accept = 받기
accept-call = 통화 받기
accept-video-call = 영상 통화 받기
decline = 거절
is-calling = { $caller } 님의 전화
ringing-voice = 음성 통화 · { $conversation }
ringing-video = 영상 통화 · { $conversation }
already-in-call = 이미 통화 중입니다.
calling = 거는 중…
call-failed = 통화를 시작할 수 없습니다: { $error }
connecting = 연결 중…
your-camera = 내 카메라
mute = 음소거
unmute = 음소거 해제
camera-off = 카메라 끄기
camera-on = 카메라 켜기
switch-camera = 카메라 전환
one-camera = 이 기기에는 카메라가 하나뿐입니다.
hang-up = 끊기
call-controls = 통화 제어
tile-name = { $username } · 기기 { $device }
tile-leaf = 리프 { $leaf }
reconnecting = 다시 연결 중…
connection-failed = 연결 실패
ended = 종료됨
in-call = { $count ->
   *[other] { $state } · 통화 중 { $count }명
}

## Files and voice notes

file-too-large = 파일이 서버에서 허용하는 크기보다 큽니다.
file-too-large-max = 파일이 서버에서 허용하는 크기보다 큽니다 (최대 { $max }).
file-over-quota = 서버의 내 저장 공간이 가득 찼습니다. 파일은 시간이 지나면 만료되니, 나중에 다시 시도하세요.
file-too-many = 한꺼번에 올리는 파일이 너무 많습니다. 잠시 후 다시 시도하세요.
file-grant = 업로드 권한이 만료되었습니다. 다시 시도하세요.
file-not-found = 파일이 더 이상 서버에 없습니다 (파일은 시간이 지나면 만료됩니다).
file-hash-mismatch = 업로드 도중 파일이 손상되었습니다. 다시 시도하세요.
file-unavailable = 지금은 서버의 파일 저장소를 사용할 수 없습니다. 나중에 다시 시도하세요.
file-busy = 서버가 이 파일을 처리하고 있습니다. 잠시 후 다시 시도하세요.
file-cut = 업로드 중에 연결이 끊겼습니다. 다시 시도하세요.
file-no-resume = 업로드를 이어서 할 수 없습니다.
file-kept-other = 서버에 파일의 다른 부분이 저장되어 있습니다.
upload-refused = 업로드 실패: { $reason }
download-refused = 다운로드 실패: { $reason }
file-corrupted = 이 파일은 전송 중에 변조되거나 손상되어 표시하지 않습니다.
open-image = 이미지 { $name } 열기
open = 열기
preview-of = { $name } 미리 보기
image-unreadable = 이 이미지는 여기서 표시할 수 없습니다. 이 브라우저가 읽을 수 있는 이미지가 아닙니다.
play-voice-note = 음성 메시지 { $name } 재생
recording-unplayable = 이 녹음은 이 브라우저에서 재생할 수 없습니다.
download = 다운로드
download-name = { $name } 다운로드
save-again = 다시 저장
close = 닫기
play-name = { $name } 재생
pause-name = { $name } 일시 중지
position = 재생 위치

## Notifications

notifications = 알림
hide-contents = 알림에 내용 숨기기
push-blocked = 이 사이트의 알림이 차단되어 있습니다: 브라우저의 사이트 설정에서 허용하세요.
push-not-allowed = 알림이 허용되지 않았습니다.
push-no-server = 이 서버는 푸시 알림을 보내지 않습니다.
push-no-service = 이 브라우저의 푸시 서비스가 응답하지 않았습니다 (네트워크가 없거나, 푸시 서비스가 없는 브라우저입니다).
push-unsupported = 이 브라우저는 푸시 알림을 표시할 수 없습니다 (iPhone과 iPad에서는 먼저 Conclave를 홈 화면에 추가하세요).
push-on-hidden = 켜짐: 알림에는 “새 메시지”라고만 표시됩니다.
push-on = 켜짐: 알림에 보낸 사람과 내용이 표시되며, 내용은 이 기기에서 복호화됩니다.
push-off = 꺼짐. 서버의 푸시는 “새 소식 있음”이라고만 알리며, 나머지는 이 기기가 복호화합니다.
new-message = 새 메시지

## 기록의 통화, 통화 타일, 초대 상태

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
tile-waiting-keys = 키를 기다리는 중
tile-cant-decrypt = 복호화할 수 없음 ({ $reason })
tile-key-mismatch = 상대방의 키가 이 기기의 키와 일치하지 않음: MLS 에포크가 다르거나 멤버가 아님
invite-open = 사용 가능
invite-used = 사용 완료
invite-expired = 만료됨
invite-revoked = 취소됨

## Typing indicators
typing-one = { $name } 님이 입력 중…
typing-two = { $first } 님과 { $second } 님이 입력 중…
typing-several = 여러 사람이 입력 중…
typing-title = 입력 중 표시
typing-setting = 다른 사람이 입력 중일 때 표시하고, 내가 입력 중일 때도 보여 주기
typing-hint = 끄면 이 기기는 입력 중 표시를 보내지도 보여 주지도 않습니다. 지금 온라인인 멤버에게만 전달되며, 서버는 아무것도 보관하지 않습니다.

## History from another device
toast-history-imported = 기기 { $device }에서 기록이 도착했습니다(항목: { $count }, 대화: { $conversations }).
history-note = 위 기록은 기기 { $device }에서 왔습니다({ $date }에 보냄).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = 수신 전화
push-ring-body = 응답하려면 Conclave를 여세요
push-title-group = { $conversation }의 { $sender }

# Conclave: Portuguese (Brazil) (Português (Brasil)), the web app's strings.
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

## Início, entrar, vincular, desbloquear

boot-loading = Carregando…
boot-failed = Não foi possível iniciar o Conclave: { $error }
boot-other-tab = O Conclave já está aberto em outra aba ou janela deste navegador. Feche-a e recarregue esta página.
working = Processando…
wrong-passphrase = Frase secreta incorreta. { $detail }. Tente novamente.
tagline = Mensagens só por convite, com criptografia de ponta a ponta. Suas chaves são criadas e guardadas neste navegador.
passphrase = Frase secreta
passphrase-hint = Pelo menos 8 caracteres. Ela criptografa as chaves e o histórico deste dispositivo neste navegador e nunca sai dele; se você a esquecer, a cópia deste navegador não poderá ser aberta.
passphrase-again = Repita a frase secreta
passphrase-differ = As duas frases secretas são diferentes.
join-title = Entrar com um convite
join-link = Link de convite
join-link-hint = https://…/join#code=… ou conclave://…/join#code=…
username = Nome de usuário
username-hint = De 3 a 32 caracteres: a–z, 0–9, “.”, “_”, “-”.
device-name = Nome deste dispositivo
join-button = Entrar
joining = Entrando…
link-title = Vincular este navegador à sua conta
link-intro = Em um dispositivo que tenha sua conta, execute “conclave device link” e cole o link que ele exibir. Esse dispositivo então adiciona este navegador às suas conversas.
link-link = Link do dispositivo
link-link-hint = https://…/device#code=… ou conclave://…/device#code=…
link-button = Vincular este navegador
linking = Vinculando…
unlock-title = Desbloquear o Conclave
unlock-holds = Este navegador guarda o dispositivo “{ $device }” de { $username }.
unlock-button = Desbloquear
unlocking = Desbloqueando…
unlock-link-ignored = Este navegador já guarda um dispositivo do Conclave; o link que você abriu não será usado. Para usá-lo, remova primeiro este dispositivo deste navegador.
unlock-forgot = Esqueceu a frase secreta? A cópia deste navegador não pode ser aberta sem ela. Remova-a aqui e vincule este navegador de novo a partir de outro dos seus dispositivos.
forget-button = Remover este dispositivo deste navegador
forget-confirm = Remover o dispositivo de { $username } deste navegador? As chaves e o histórico dele aqui serão apagados; sua conta e seus outros dispositivos continuam.

## A interface

conversations = Conversas
new-button = Nova
new-conversation = Nova conversa
private-button = Privado
private-browsing = Navegação privada
account-button = Conta
account = Conta
details = Detalhes
call-button = Ligar
call-start = Iniciar uma chamada
call-voice = Chamada de voz
video-button = Vídeo
video-start = Iniciar uma chamada de vídeo
video-call = Chamada de vídeo
ledger = Contas
ledger-button-title = Despesas compartilhadas e saldos
messages = Mensagens
composer-placeholder = Mensagem
send = Enviar
sending = Enviando…
attach = Anexar um arquivo
take-photo = Tirar uma foto
voice-hold = Segure para gravar uma mensagem de voz
back-chats = ‹ Conversas
back-to-conversations = Voltar às conversas
back = ‹ Voltar
close-panel = Fechar o painel
conversation-panels = Painéis da conversa
members = Membros
choose-conversation = Escolha uma conversa ou comece uma com “Nova”.
call = Chamada

## Status e avisos

status-online = { $username } · online
status-offline = { $username } · offline
status-expired = { $username } · expirada
status-replaced = { $username } · substituído
status-refused = { $username } · recusado
status-connecting = { $username } · conectando
banner-expired = Sua conta expirou. Use um código de renovação em Conta para continuar.
banner-replaced = O Conclave foi aberto para este dispositivo em outro lugar; esta página parou. Recarregue para usá-lo aqui.
banner-refused = O servidor recusou este dispositivo: { $reason }
banner-offline = Offline: mostrando o que este navegador tem. { $reason }
banner-expires-soon = Sua conta expira em { $date }. Peça um código de renovação a um administrador.
conn-expired = Sua conta expirou: renove-a em Conta.
conn-offline = Offline: você pode ler; o envio volta a funcionar quando reconectar.
expiry-unknown = desconhecida (offline)
expiry-expired = { $date } (expirada)
expiry-days = { $days ->
    [one] { $date } ({ $days } dia)
    [many] { $date } ({ $days } dias)
   *[other] { $date } ({ $days } dias)
}

## A lista de conversas e as mensagens

you = Você
last-message = { $who }: { $text }
ledger-line = Contas: { $text }
group-created = Grupo criado
no-messages-yet = Nenhuma mensagem ainda
no-conversations = Nenhuma conversa ainda.
not-on-device = Esta conversa não está neste dispositivo.
conversation = Conversa
removed-banner = Você foi removido desta conversa. Não recebe mais as mensagens dela.
membership-added = { $who } adicionou { $names }
membership-removed = { $who } removeu { $names }
membership-added-removed = { $who } adicionou { $added } e removeu { $removed }
membership-keys = { $who } atualizou as chaves
unreadable-message = Mensagem ilegível ({ $reason })
handover-mine = Seu dispositivo passou os lançamentos anteriores das contas aos dispositivos que entraram.
handover-theirs = O dispositivo de { $sender } passou os lançamentos anteriores das contas aos dispositivos que entraram.
open-ledger-link = Contas ›
open-ledger = Abrir as contas
joined-here = Você entrou nesta conversa neste dispositivo.
empty-conversation = Nenhuma mensagem ainda. As mensagens têm criptografia de ponta a ponta.
upload-sending = Enviando { $name }…
upload-failed = { $name }: { $error }
dismiss = Dispensar
record-failed = Não é possível gravar: { $error }
record-hold = Segure o botão do microfone para gravar uma mensagem de voz.
toast-added-to-conversation = Você foi adicionado a uma conversa.
toast-fell-behind = Este dispositivo ficou para trás em uma conversa e aguarda ser adicionado de novo.
invites-admin = sem cota (admin)
invites-left = { $count } restantes

## Membros

no-longer-member = Você não é mais membro desta conversa.
safety-number = Número de segurança
safety-number-with = Número de segurança com { $username }
remove = Remover
remove-member = Remover { $username }
remove-confirm = Remover { $username } de { $conversation }? A pessoa não lerá as mensagens seguintes.
removing = Removendo…
removed-toast = { $username } removido.
devices-line = { $count ->
    [one] dispositivo { $ids }
    [many] dispositivos { $ids }
   *[other] dispositivos { $ids }
}
device-named = { $name } ({ $id })
device-unnamed = dispositivo ({ $id })
member-you = { $username } (você)
members-summary = { $count ->
    [one] { $count } membro · época { $epoch }
    [many] { $count } membros · época { $epoch }
   *[other] { $count } membros · época { $epoch }
}
add = Adicionar
adding = Adicionando…
added-toast = { $names } adicionados.
add-members = Adicionar membros
add-members-hint = Nomes de usuário, separados por vírgulas. Todos os dispositivos deles entram.
leave = Sair desta conversa
leave-confirm = Sair de { $conversation } em todos os seus dispositivos?
leaving = Saindo…
epoch-authenticator = Autenticador da época (o mesmo no dispositivo de cada membro): { $code }
loading = Carregando…
safety-verified = verificado
safety-changed = CHAVES ALTERADAS desde a sua verificação
safety-unverified = não verificado
mark-verified = Marcar como verificado
saving = Salvando…
verified-toast = { $username } marcado como verificado.
safety-with = Número de segurança com { $username } { $badge }
safety-hint = Compare-o com o da outra pessoa pessoalmente ou por outro canal. Se coincidir, marque-a como verificada: uma mudança posterior nas chaves dela será então mostrada com destaque.

## As contas

ledger-paid-by = Pago por
ledger-paid-to = Pago a / para
ledger-owed-to = Devido a
ledger-owed-by = Devido por
split-to = Tudo para um membro
split-equal = Dividir igualmente
split-exact = Dividir por valores
split-weights = Dividir por pesos
badge-reversed = estornado
badge-reversal = estorno
badge-refused = recusado
badge-unreadable = ilegível
device-id = dispositivo { $id }
device-id-named = dispositivo { $id } ({ $name })
entries = Lançamentos
entries-count = Lançamentos ({ $count })
export-csv = Baixar CSV
export-json = Baixar JSON
balances = Saldos
export = Exportar
export-hint = CSV: uma linha por membro por lançamento (somadas por membro e moeda: os saldos). JSON: todos os registros, os saldos e o acerto.
discrepancy-title = Atenção: as contas passadas a um novo dispositivo diferem das suas.
discrepancy = O dispositivo { $device } de { $by } (mensagem { $seq }) passou aos recém-chegados contas diferentes das que este dispositivo guarda: { $detail }. Os saldos deles podem diferir dos seus; compare com { $by }.
ledger-unreadable = { $count ->
    [one] { $count } lançamento foi escrito por um Conclave mais novo e não pode ser lido aqui; os saldos o deixam de fora até você atualizar.
    [many] { $count } lançamentos foram escritos por um Conclave mais novo e não podem ser lidos aqui; os saldos os deixam de fora até você atualizar.
   *[other] { $count } lançamentos foram escritos por um Conclave mais novo e não podem ser lidos aqui; os saldos os deixam de fora até você atualizar.
}
handed-over-mine = Este dispositivo entrou na mensagem { $seq }: os lançamentos anteriores são como o seu dispositivo { $device } os passou.
handed-over-theirs = Este dispositivo entrou na mensagem { $seq }: os lançamentos anteriores são como o dispositivo { $device } de { $by } os passou.
ledger-empty = Nenhum lançamento ainda. Registre abaixo uma despesa compartilhada, um pagamento ou uma dívida; todos os membros veem os mesmos saldos.
balances-in = Saldos em { $currency }
balance-owed = tem a receber
balance-owes = deve
balance-settled = quite
settle-title = Para acertar
settle-you-pay = Você paga { $amount } { $currency } a { $to }
settle-pays-you = { $from } paga { $amount } { $currency } a você
settle-pays = { $from } paga { $amount } { $currency } a { $to }
all-settled = Tudo acertado.
records-empty = Os lançamentos aparecem aqui na ordem em que o servidor os colocou, a mesma em todos os dispositivos.
recorded-by-you = { $day } · registrado por você em { $device } às { $time }
recorded-by = { $day } · registrado por { $member } em { $device } às { $time }
reference-line = Referência: { $reference }
reversed-by-you = Estornado por você (lançamento { $entry }); não é mais contado.
reversed-by = Estornado por { $member } (lançamento { $entry }); não é mais contado.
reversed-by-someone = Estornado por alguém (lançamento { $entry }); não é mais contado.
undoes = Desfaz: { $description }
refused-everywhere = Recusado por todos os dispositivos onde chegou; não altera nenhum saldo.
handed-by-mine = Passado pelo seu dispositivo { $device } quando este dispositivo entrou
handed-by-theirs = Passado pelo dispositivo { $device } de { $username } quando este dispositivo entrou
reverse-toggle = Estornar…
reverse-entry-label = Estornar o lançamento { $entry }
reverse-entry = Estornar lançamento
cancel = Cancelar
reverse-why = Motivo (opcional)
reverse-hint = O lançamento continua no histórico, marcado como estornado; seu efeito nos saldos é desfeito em todos os dispositivos.
reversing = Estornando…
reversed-toast = Estornado: { $description }
kind-payment = Pagamento: alguém pagou
kind-debt = Dívida: alguém deve
record-entry = Registrar lançamento
member = Membro
split-equal-among = Dividir igualmente entre
split-equal-hint = Inclua quem pagou para que também tenha uma parte. Um resto de um centavo vai para os primeiros membros da lista.
weights-legend = Pesos (p. ex. 2 e 1: dois terços e um terço)
amounts-legend = Valores (somando o total)
share-empty-hint = Deixe um membro vazio para não lhe dar parte.
will-record = Será registrado: { $description }
will-record-shares = Será registrado: { $description } — { $shares } { $currency }
amount = Valor
currency = Moeda
add-entry-form = Adicionar um lançamento às contas
what-happened = O que aconteceu
date = Data
memo-optional = Nota (opcional)
reference-optional = Referência (opcional)
reference-hint = Um número de fatura, um id de transferência…
add-entry = Adicionar um lançamento
ledger-intro = Os lançamentos são mensagens com criptografia de ponta a ponta; ninguém pode editá-los nem apagá-los, um erro é estornado.
recording = Registrando…
recorded-toast = Registrado: { $description }
preparing = Preparando…
exported-toast = { $count ->
    [one] { $count } registro das contas exportado para { $file }.
    [many] { $count } registros das contas exportados para { $file }.
   *[other] { $count } registros das contas exportados para { $file }.
}

## Nova conversa, conta

start = Iniciar
starting = Iniciando…
create-group = Criar grupo
creating = Criando…
message-person = Conversar com uma pessoa
new-group = Novo grupo
group-name = Nome do grupo
members-hint = Nomes de usuário, separados por vírgulas.
your-account = Sua conta
this-device = Este dispositivo
this-device-value = { $name } (dispositivo { $id })
valid-until = Válida até
invitations = Convites
connection = Conexão
online = online
offline = offline
offline-reason = offline: { $reason }
renew = Renovar
renewing = Renovando…
renewed-toast = Renovada até { $date }.
renew-title = Renove sua conta
renewal-code = Código de renovação
renewal-hint = Um administrador lhe dá um; ele estende sua conta, também depois que ela expirou.
expires-1-day = 1 dia
expires-7-days = 7 dias
expires-30-days = 30 dias
create-invitation = Criar convite
your-invitations = Seus convites
copy = Copiar
copied = Copiado.
copy-failed = Selecione o link e copie-o.
invitation-created = Convite criado.
invitation-for = { $count ->
    [one] Para { $count } pessoa, válido até { $date }.
    [many] Para { $count } pessoas, válido até { $date }.
   *[other] Para { $count } pessoas, válido até { $date }.
}
link-for-browser = Link para um navegador:
link-for-cli = Para a linha de comando (conclave join):
invite-row = #{ $id } · { $state } · { $left }/{ $total } restantes · até { $date }
invite-row-joined = #{ $id } · { $state } · { $left }/{ $total } restantes · até { $date } · entraram: { $names }
no-invitations = Nenhum convite ainda.
invite-someone = Convidar alguém
number-of-people = Número de pessoas
valid-for = Válido por
your-devices = Seus dispositivos
add-device-hint = Para adicionar um dispositivo, execute “conclave device link” em um que tenha sua conta.
lock = Bloquear
this-browser = Este navegador
lock-hint = Bloquear encerra a sessão; a frase-senha a abre de novo.
device-row = { $name } (dispositivo { $id }), adicionado em { $date }
device-row-this = { $name } (dispositivo { $id }), adicionado em { $date } — este navegador
offline-short = Offline.
language = Idioma
language-hint = O idioma desta página neste dispositivo. “Automático” segue os idiomas do navegador.
language-auto = Automático

## Navegação privada

pb-what-title = O que é a navegação privada
pb-what-1 = A navegação privada leva o tráfego web de um dispositivo por dois relays em vez de direto ao site. O relay de entrada sabe quem você é (seu endereço), mas não aonde você vai; o relay de saída sabe aonde você vai (o site), mas não quem você é. Nenhum dos dois sabe ambos.
pb-what-2 = Entre seu dispositivo e a saída, o tráfego é criptografado, então a entrada vê apenas células seladas de tamanho fixo. Cada relay só aceita uma conexão com um token não vinculável, que este servidor assina às cegas: ele não consegue saber em qual conexão ou site um token foi usado.
pb-what-3 = Esta página não encaminha nada por si mesma: uma página web não pode transportar outro tráfego. Quem faz isso é o programa conclave em um dispositivo (veja “Use neste dispositivo”).
pb-limits-title = Contra o que ela não protege
pb-limits-1 = Dois saltos derrotam um operador de relay curioso. Eles não ajudam se os dois relays de um caminho trabalharem juntos, nem contra um observador que vê o tráfego nas duas pontas e compara os tempos (um observador global).
pb-limits-2 = Relays do mesmo operador são marcados na lista abaixo, e um caminho nunca usa dois deles quando existe um relay de outro operador. Quando só um operador tem relays, os dois saltos são dele e a separação é só nominal; o conclave proxy então avisa.
pb-limits-3 = Os sites ainda veem o que você lhes envia: login, cookies e a impressão digital do navegador identificam você como sempre.
pb-limits-4 = Só os programas apontados para o proxy ficam protegidos. Deixe o proxy resolver os nomes também (socks5h, --socks5-hostname do curl, “DNS via proxy” do Firefox), senão suas consultas DNS saem por fora dele.
pb-allowance-note = Cada circuito usa dois tokens, um para cada relay; um circuito leva muitas conexões e é renovado após 10 minutos. A cota se renova às 00:00 UTC.
pb-allowance-title = A cota deste dispositivo
pb-per-day = Tokens por dia
pb-left-today = Restantes hoje
pb-fetching = Buscando o diretório de relays…
relays = Relays
pb-setup = { $first }: em um dispositivo em que o conclave tem sua conta, execute { $link }, depois aqui { $join } (ou { $joininvite } com um convite).
pb-use-title = Use neste dispositivo
pb-desktop = Computador (Linux, macOS, Windows)
pb-desktop-install = Instale a linha de comando conclave e dê a ela sua conta
pb-desktop-run = Execute { $cmd }. Ele oferece SOCKS5 e HTTP CONNECT em { $addr }, só para este computador, e mostra a entrada e a saída de cada circuito.
pb-desktop-chromium = Chromium, Chrome ou Edge: inicie com { $cmd } (os nomes passam a ser resolvidos pelo proxy). Um perfil separado ({ $profile }) mantém a navegação privada longe do seu perfil habitual.
pb-desktop-firefox = Firefox: Configurações → Geral → Configurações de rede → Configurar…: Configuração manual de proxy, Host SOCKS 127.0.0.1, Porta 1080, SOCKS v5, e marque “Usar DNS via proxy ao usar SOCKS v5”.
pb-desktop-curl = Ferramentas de linha de comando: { $cmd }.
pb-desktop-options = Opções: { $country } sai por uma saída naquele país; { $circuit } dá a cada site seu próprio circuito.
pb-android = Celular ou tablet Android
pb-android-intro = Um navegador não pode executar um proxy SOCKS, então um programa no celular precisa fazê-lo:
pb-android-termux = Instale o Termux (pelo F-Droid) e, nele, a linha de comando conclave.
pb-android-account = Dê a ele sua conta
pb-android-run = No Termux execute { $cmd } e deixe rodando (permita que o Termux rode em segundo plano nas configurações de bateria).
pb-android-wifi = Configurações → Wi-Fi → sua rede → Editar → Avançado → Proxy: Manual, host { $host }, porta { $port }. A configuração de proxy do Android fala HTTP CONNECT, que o proxy entende na mesma porta. Os navegadores que a seguem passam pelos relays nessa rede Wi-Fi (não nos dados móveis).
pb-android-browser = Ou use um navegador com configurações de proxy próprias: SOCKS5 { $socks } com DNS remoto, ou proxy HTTP { $http } (CONNECT).
pb-ios = iPhone e iPad
pb-ios-text = Não disponível hoje. O iOS não permite manter um programa de linha de comando rodando em segundo plano como proxy local (não há Termux, e os apps são suspensos), e levar o tráfego de um celular exige um app tipo VPN (uma Network Extension), que o Conclave ainda não tem. Um celular também não pode usar o proxy de um computador: o conclave proxy não tem senha, então só escuta na própria máquina.
pb-no-tokens = Este servidor não emite tokens de relay, então seus relays não podem ser usados a partir desta conta.
pb-zero-tokens = O servidor não dá tokens de relay aos membros (sua cota é 0 por dia).
pb-same-operator = mesmo operador
pb-country-unknown = país desconhecido
pb-relay-meta = { $country } · operador { $operator } · { $addr }
pb-relay-meta-ours = { $country } · operador { $operator } (deste servidor) · { $addr }
pb-same-operator-note = Do mesmo operador que { $others } ({ $count } relays): nunca usados juntos enquanto existir um relay de outro operador.
pb-no-relays = Este servidor não lista nenhum relay.
pb-two-operators = Um caminho pode usar dois relays de operadores diferentes.
pb-one-operator = Só um operador tem estes relays, então os dois saltos de um caminho são dele: a separação é nominal.
pb-no-path = Ainda não é possível montar um caminho: { $reason }.
pb-signed-new = Assinado por { $operator } com a chave { $key }; a assinatura confere. Este dispositivo agora lembra essa chave e recusa um diretório assinado por outra. Válido até { $date }.
pb-signed-known = Assinado por { $operator } com a chave { $key }; a assinatura confere. É a chave que este dispositivo lembrou, e ele recusa um diretório assinado por outra. Válido até { $date }.

## Chamadas

declined = { $names } recusou.
join-call = Entrar na chamada
accept = Aceitar
accept-call = Aceitar a chamada
accept-video-call = Aceitar a chamada de vídeo
decline = Recusar
is-calling = { $caller } está ligando
ringing-voice = Chamada de voz · { $conversation }
ringing-video = Chamada de vídeo · { $conversation }
already-in-call = Você já está em uma chamada.
calling = Chamando…
call-failed = A chamada não pôde começar: { $error }
connecting = Conectando…
your-camera = Sua câmera
mute = Silenciar
unmute = Ativar som
camera-off = Desligar câmera
camera-on = Ligar câmera
switch-camera = Trocar câmera
one-camera = Este dispositivo tem uma só câmera.
hang-up = Desligar
call-controls = Controles da chamada
tile-name = { $username } · dispositivo { $device }
tile-leaf = folha { $leaf }
reconnecting = Reconectando…
connection-failed = A conexão falhou
ended = Encerrada
in-call = { $count ->
    [one] { $state } · { $count } na chamada
    [many] { $state } · { $count } na chamada
   *[other] { $state } · { $count } na chamada
}

## Arquivos e mensagens de voz

file-too-large = O arquivo é maior do que o servidor aceita.
file-too-large-max = O arquivo é maior do que o servidor aceita (no máximo { $max }).
file-over-quota = Seu armazenamento no servidor está cheio. Os arquivos expiram depois de um tempo; tente mais tarde.
file-too-many = Envios demais ao mesmo tempo. Tente de novo em instantes.
file-grant = A permissão para enviar expirou. Tente de novo.
file-not-found = O arquivo não está mais no servidor (os arquivos expiram depois de um tempo).
file-hash-mismatch = O envio foi danificado no caminho. Tente de novo.
file-unavailable = O armazenamento de arquivos do servidor está indisponível agora. Tente mais tarde.
file-busy = O servidor está ocupado com este arquivo. Tente de novo em instantes.
file-cut = A conexão caiu durante o envio. Tente de novo.
file-no-resume = Não foi possível retomar o envio.
file-kept-other = O servidor guardou outra parte do arquivo.
upload-refused = O envio falhou: { $reason }
download-refused = O download falhou: { $reason }
file-corrupted = Este arquivo foi alterado ou corrompido no caminho; ele não é mostrado.
open-image = Abrir a imagem { $name }
open = Abrir
preview-of = Prévia de { $name }
image-unreadable = Esta imagem não pode ser mostrada aqui; não é uma imagem que este navegador lê.
play-voice-note = Tocar a mensagem de voz { $name }
recording-unplayable = Esta gravação não pode ser tocada neste navegador.
download = Baixar
download-name = Baixar { $name }
save-again = Salvar de novo
close = Fechar
play-name = Tocar { $name }
pause-name = Pausar { $name }
position = Posição

## Notificações

notifications = Notificações
hide-contents = Ocultar o conteúdo nas notificações
push-blocked = As notificações estão bloqueadas para este site: permita-as nas configurações do site no navegador.
push-not-allowed = As notificações não foram permitidas.
push-no-server = Este servidor não envia notificações push.
push-no-service = O serviço de push deste navegador não respondeu (sem rede, ou um navegador sem esse serviço).
push-unsupported = Este navegador não pode mostrar notificações push (no iPhone e iPad: adicione o Conclave à tela de início primeiro).
push-on-hidden = Ativadas: as notificações dizem "Nova mensagem" e nada mais.
push-on = Ativadas: as notificações mostram quem escreveu e o quê, lido neste dispositivo.
push-off = Desativadas. Os pushes do servidor só dizem "algo novo"; este dispositivo descriptografa o resto.
new-message = Nova mensagem

## Chamadas no histórico, blocos de chamada, estados dos convites

call-held-audio = Chamada, { $duration }, { $people ->
    [one] { $people } pessoa
    [many] { $people } pessoas
   *[other] { $people } pessoas
}
call-held-video = Chamada de vídeo, { $duration }, { $people ->
    [one] { $people } pessoa
    [many] { $people } pessoas
   *[other] { $people } pessoas
}
call-missed-audio = Chamada perdida de { $from }
call-missed-video = Chamada de vídeo perdida de { $from }
call-missed-declined-audio = Chamada perdida de { $from } (recusada)
call-missed-declined-video = Chamada de vídeo perdida de { $from } (recusada)
call-not-answered-audio = Chamada não atendida
call-not-answered-video = Chamada de vídeo não atendida
call-declined-by-audio = Chamada recusada por { $names }
call-declined-by-video = Chamada de vídeo recusada por { $names }
call-ringing-audio = { $caller } está ligando (chamada)
call-ringing-video = { $caller } está ligando (chamada de vídeo)
call-in-progress-audio = Chamada em andamento, { $count ->
    [one] { $count } pessoa
    [many] { $count } pessoas
   *[other] { $count } pessoas
} nela ({ $names })
call-in-progress-video = Chamada de vídeo em andamento, { $count ->
    [one] { $count } pessoa
    [many] { $count } pessoas
   *[other] { $count } pessoas
} nela ({ $names })
duration-seconds = { $n } s
duration-minutes = { $n } min
duration-hours = { $h } h { $min } min
tile-waiting-keys = aguardando as chaves
tile-cant-decrypt = não foi possível descriptografar ({ $reason })
tile-key-mismatch = a chave dessa pessoa não corresponde à deste dispositivo: época MLS diferente ou não é membro
invite-open = aberto
invite-used = usado
invite-expired = expirado
invite-revoked = revogado

## Typing indicators
typing-one = { $name } está digitando…
typing-two = { $first } e { $second } estão digitando…
typing-several = Várias pessoas estão digitando…
typing-title = Indicadores de digitação
typing-setting = Mostrar quando outras pessoas estão digitando e deixar que vejam quando eu estou
typing-hint = Desligados, este dispositivo não os envia nem os mostra. Eles chegam só aos membros online no momento; o servidor não guarda nenhum.

## History from another device
toast-history-imported = O histórico do seu dispositivo { $device } chegou (entradas: { $count }; conversas: { $conversations }).
history-note = O histórico acima veio do seu dispositivo { $device } (enviado em { $date }).

## Push notifications: a call ringing while the app is closed, a group message's title
push-ring-title = Chamada recebida
push-ring-body = Abra o Conclave para atender
push-title-group = { $sender } em { $conversation }

# Conclave: Portuguese (Brazil) (Português (Brasil)).
# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.
# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.

status-connected = conectado
status-reconnecting = reconectando… ({ $reason })
status-paused = pausado: outro comando do conclave está usando este dispositivo
pane-conversations = Conversas
pane-unread = { $count ->
    [one] { $count } não lida
   *[other] { $count } não lidas
}
pane-message = Mensagem
pane-none = Nenhuma conversa
compose-hint = Tab ou Enter para escrever
empty-conversations = Nenhuma conversa ainda. Comece uma pela linha de comando: conclave send USER TEXT
empty-messages = Nenhuma mensagem ainda. Digite abaixo e pressione Enter.
keys-short = Tab foco · Enter enviar · ^L contas · ^E lançamento · ^U membros · ? ajuda · q sair
keys-long = Tab foco · Enter enviar · Alt+Enter nova linha · ^L contas · ^E adicionar lançamento · ^U membros · ? ajuda · q sair
help-title = Ajuda (Esc)
help-focus = mover entre conversas, mensagens e a linha de digitação
help-choose = escolher uma conversa; rolar mensagens
help-scroll = rolar mensagens
help-enter = enviar (na linha de digitação); escrever (em outro lugar)
help-newline = nova linha numa mensagem
help-ledger = as contas da conversa: saldos, acertar
help-add-entry = adicionar um lançamento
help-members = membros, seus dispositivos e números de segurança
help-esc = fechar um painel; sair da linha de digitação
help-vim = teclas estilo vim (com --vim)
help-help = esta ajuda
help-quit = sair
ledger-title = Contas (Esc)
ledger-balances = Saldos
ledger-none = nenhum lançamento ainda (Ctrl+E adiciona um)
ledger-settle = Acertar
ledger-even = todos estão quites
ledger-entries = Lançamentos
members-title = Membros (Esc)
members-device = dispositivo { $id }
members-you = você
form-title = Adicionar um lançamento
form-kind = tipo
form-amount = valor
form-currency = moeda
form-from = de
form-split = divisão
form-to = para
form-memo = nota
form-hint = tipo: payment|debt · divisão: to|equal (para: um membro, ou a,b,c)
form-keys = Tab próximo campo · Enter adicionar · Esc cancelar
notice-sent = enviada como mensagem { $seq }
notice-entry-added = lançamento adicionado como mensagem { $seq }
notice-reconnected = reconectado

## Kept as written (gen.py renders what is above and keeps this part of each file)

## Typing indicators
typing-one = { $name } está digitando…
typing-two = { $first } e { $second } estão digitando…
typing-several = Várias pessoas estão digitando…

## Calls in the history
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

## The command line (conclave …)
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
cli-cannot-start = não foi possível iniciar: { $error }
cli-unexpected-response = resposta inesperada { $response }
cli-invalid-option = { $option } inválido
cli-invalid-option-value = { $option } inválido { $value }
cli-invalid-duration = duração inválida { $value } (ex.: 24h, 7d)
cli-not-invite-link = este não é um link de convite (um link de dispositivo vai para `conclave device join`)
cli-not-device-link = este não é um link de dispositivo (crie um com `conclave device link` no seu dispositivo atual)
cli-joined = entrou em { $server } como { $user } (dispositivo { $device }); conta válida até { $expires }
cli-linked = vinculado a { $server } como { $user } (dispositivo { $device }); conta válida até { $expires }
cli-malformed-renewal-code = código de renovação malformado
cli-renewed = renovada: a conta { $user } é válida até { $expires }
cli-display-name-none = sem nome de exibição: os outros veem { $user }
cli-whoami-account = conta
cli-whoami-device = dispositivo
cli-whoami-server = servidor
cli-whoami-expires = expira
cli-whoami-invites = convites
cli-whoami-admin = (admin)
cli-whoami-invites-left = restam { $count }
cli-whoami-no-quota = sem cota
cli-invite-in-browser = no navegador: { $link }
cli-invite-created = convite { $id } para { $count ->
    [one] { $count } conta
    [many] { $count } contas
   *[other] { $count } contas
}, válido até { $expires }
cli-no-invitations = nenhum convite
cli-invite-open = aberto
cli-invite-used = usado
cli-invite-expired = expirado
cli-invite-revoked = revogado
cli-invite-row = restam { $left }/{ $total }  expira { $expires }
cli-invite-give = informe um id de convite (de `conclave invite list`), código ou link
cli-revoked = revogado
cli-no-group = nenhum grupo { $name }; `conclave group list` mostra os seus
cli-no-conversation-with = nenhuma conversa com { $name }; `conclave send { $name } TEXT` inicia uma
cli-sent = enviado para { $conversation } como mensagem { $seq }
cli-warn-call-ignored = aviso: sinal de chamada { $seq } de { $sender } em { $conversation } ignorado: { $reason }
cli-history-note = (o histórico acima veio do seu dispositivo { $device }, enviado em { $at })
cli-warn-receipt-not-sent = aviso: confirmação de leitura não enviada: { $error }
cli-warn-delivery-unusable = aviso: a entrega { $seq } não pôde ser usada: { $reason }
cli-history-imported = histórico do seu dispositivo { $device } (enviado em { $at }): { $entries ->
    [one] { $entries } entrada
    [many] { $entries } entradas
   *[other] { $entries } entradas
} em { $count ->
    [one] { $count } conversa
    [many] { $count } conversas
   *[other] { $count } conversas
}
cli-warn-history-later = aviso: o histórico do seu dispositivo { $device } ainda não chegou ({ $reason }); o próximo comando tenta de novo
cli-warn-history-unusable = aviso: o histórico do seu dispositivo { $device } não pode ser usado: { $reason }
cli-warn-history-fetch = aviso: não foi possível buscar o histórico que seu outro dispositivo enviou: { $error }
cli-listen-handover = outro comando do conclave está usando este dispositivo; aguardando…
cli-listening-again = escutando de novo
cli-connection-lost = conexão perdida ({ $error }); reconectando…
cli-group-created = #{ $name } criado ({ $devices ->
    [one] { $devices } dispositivo
    [many] { $devices } dispositivos
   *[other] { $devices } dispositivos
}, época { $epoch })
cli-group-added = { $users } adicionados a #{ $name }
cli-already-members = já são membros
cli-group-removed = { $users } removidos de #{ $name }
cli-group-left = você saiu de #{ $name }
cli-no-conversations = nenhuma conversa
cli-kind-group = grupo
cli-kind-direct = direta
cli-kind-unnamed = sem nome
cli-devices = { $devices ->
    [one] { $devices } dispositivo
    [many] { $devices } dispositivos
   *[other] { $devices } dispositivos
}
cli-group-info = { $name }  época { $epoch }
cli-device = dispositivo { $id }
cli-device-link-waiting = aguardando o novo dispositivo entrar (execute `conclave --home NEWDIR device join LINK`)…
cli-link-expired = o link expirou antes de um dispositivo entrar
cli-device-joined = o dispositivo { $id } entrou; adicionado a { $added } de { $total ->
    [one] { $total } conversa
    [many] { $total } conversas
   *[other] { $total } conversas
}
cli-history-sent = enviado a ele o histórico de { $count ->
    [one] { $count } conversa
    [many] { $count } conversas
   *[other] { $count } conversas
} ({ $entries ->
    [one] { $entries } entrada
    [many] { $entries } entradas
   *[other] { $entries } entradas
}, { $kib } KiB, criptografado de ponta a ponta)
cli-history-none = nenhum histórico anterior para enviar
cli-warn-history-not-sent = aviso: o histórico não foi enviado ao novo dispositivo: { $error }
cli-device-added = adicionado em { $at }
cli-device-added-this = adicionado em { $at } (este dispositivo)
cli-device-removed = dispositivo { $id } removido
cli-safety-changed = !!! AVISO: as chaves de { $user } MUDARAM desde que você as verificou !!!
cli-safety-changed-compare = !!! Um novo dispositivo foi adicionado ou uma chave foi substituída. Compare o número de segurança de novo. !!!
cli-verified = { $user } está verificado
cli-not-verified = { $user } ainda não está verificado
cli-safety-number = número de segurança com { $user }:
cli-marked-verified = { $user } marcado como verificado; você será avisado se as chaves mudarem
cli-replied = respondido em { $conversation } como mensagem { $seq }
cli-reacted = reagido em { $conversation } como mensagem { $seq }
cli-reaction-taken-back = reação retirada em { $conversation } como mensagem { $seq }
cli-edited = editado em { $conversation } como mensagem { $seq }
cli-deleted = apagado para todos em { $conversation } como mensagem { $seq }
cli-forwarded = encaminhado em { $conversation } como mensagem { $seq }
cli-timer-set = temporizador definido em { $conversation } como mensagem { $seq }
cli-timer-invalid = `{ $value }`: { $error }; diga off, 30s, 5m, 1h, 1d ou 1w
cli-receipts-say-on-or-off = `{ $value }`: diga `on` ou `off`
cli-receipts-on = confirmações de leitura ativadas: este dispositivo diz aos outros o que você leu e mostra o que eles leram
cli-receipts-off = confirmações de leitura desativadas: este dispositivo não envia nenhuma e não mostra as de ninguém
cli-not-a-file = { $path } não é um arquivo
cli-uploading = enviando
cli-downloading = baixando
cli-file-sent = { $file } ({ $size }) enviado para { $conversation } como mensagem { $seq }
cli-message-not-available = a mensagem { $message } não está disponível
cli-message-deleted = a mensagem { $message } foi apagada
cli-message-not-a-file = a mensagem { $message } em { $conversation } não é um arquivo
cli-no-conversations-yet = nenhuma conversa ainda
cli-files-in-several = { $message } indica arquivos em várias conversas: diga `conclave download CONVERSATION { $message }`
cli-too-many-files = arquivos demais com esse nome aqui; diga onde com --output
cli-file-gone = o servidor não tem mais este arquivo: ele guarda um arquivo até todos os dispositivos da conversa o buscarem, ou { $days ->
    [one] { $days } dia
    [many] { $days } dias
   *[other] { $days } dias
} no máximo
cli-file-saved = { $file } ({ $size }) de { $conversation } [{ $seq }] salvo como { $path }
cli-passphrase-env-not-utf8 = CONCLAVE_PASSPHRASE não é UTF-8 válido
cli-passphrase-env-empty = CONCLAVE_PASSPHRASE está vazia
cli-prompt-passphrase = Frase-senha
cli-prompt-again = De novo
cli-reading-passphrase = lendo a frase-senha
cli-passphrase-empty = uma frase-senha vazia não protege nada
cli-passphrases-differ = as frases-senha são diferentes
cli-home-taken = { $dir } já contém um dispositivo Conclave; use outro --home (ou CONCLAVE_HOME) para um novo
cli-cannot-create = não foi possível criar { $path }
cli-cannot-remove = não foi possível remover { $path }
cli-cannot-write = não foi possível gravar { $path }
cli-cannot-open = não foi possível abrir { $path }
cli-cannot-listen = não foi possível escutar em { $address }
cli-no-device = nenhum dispositivo Conclave em { $dir } — execute primeiro `conclave join LINK --name NAME`
cli-malformed-file = { $path } malformado
cli-device-key-missing = a chave do dispositivo está faltando no estado
cli-device-key-malformed = chave do dispositivo malformada
cli-fingerprint-malformed = device.json tem uma impressão digital malformada
cli-lock-waiter-stopped = a espera pelo bloqueio parou
cli-lock-wait-cancelled = a espera pelo bloqueio do dispositivo foi cancelada
cli-lock-waiting = aguardando outro processo do conclave (pid { $pid }) que está usando este dispositivo…
cli-lock-busy = outro processo do conclave (pid { $pid }) está usando o estado deste dispositivo em { $dir } e não o entregou em { $seconds } s; pare-o ou espere ele terminar
cli-ledger-no-conversation = nenhuma conversa "{ $name }": informe '#grupo' ou o nome de usuário de uma conversa 1:1
cli-ledger-unreadable = aviso: { $count ->
    [one] { $count } lançamento foi escrito por um Conclave mais novo e não pode ser lido aqui; os saldos o deixam de fora até você atualizar
    [many] { $count } lançamentos foram escritos por um Conclave mais novo e não podem ser lidos aqui; os saldos os deixam de fora até você atualizar
   *[other] { $count } lançamentos foram escritos por um Conclave mais novo e não podem ser lidos aqui; os saldos os deixam de fora até você atualizar
}
cli-ledger-handed-over = nota: este dispositivo entrou na mensagem { $seq }; os lançamentos anteriores são como o dispositivo { $device } de { $user } os entregou
cli-ledger-discrepancy = AVISO: o dispositivo { $device } de { $user } entregou aos novatos contas diferentes das deste dispositivo (mensagem { $seq }): { $detail }
cli-ledger-to-or-split = informe --to ou --split
cli-ledger-stored-without-content = a mensagem foi armazenada sem seu conteúdo
cli-ledger-missing-after-send = o lançamento está faltando nas contas após o envio
cli-ledger-refused = o lançamento chegou à conversa como mensagem { $seq }, mas todos os dispositivos o recusam lá: { $error }
cli-ledger-recorded = { $id } registrado em { $conversation }: { $description }
cli-ledger-empty = { $conversation }: nenhum lançamento ainda
cli-ledger-title = contas de { $conversation }
cli-ledger-reversed-tag = [estornado]
cli-ledger-recorded-by = registrado por { $user } (dispositivo { $device }) em { $at }, mensagem { $seq }
cli-ledger-ref = ref. { $reference }
cli-ledger-reversed-by = estornado por { $user } ({ $id })
cli-ledger-reversed = estornado ({ $id })
cli-ledger-balances-title = saldos de { $conversation }
cli-ledger-is-owed = a receber
cli-ledger-owes = deve
cli-ledger-settled = quitado
cli-ledger-all-settled = tudo quitado
cli-ledger-to-settle-up = para acertar:
cli-ledger-pays = { $from } paga a { $to } { $amount }
cli-writing = gravando { $path }
cli-writing-export = gravando a exportação
cli-ledger-exported = { $count ->
    [one] { $count } lançamento exportado
    [many] { $count } lançamentos exportados
   *[other] { $count } lançamentos exportados
} para { $path }
cli-not-a-call-id = { $value } não é um id de chamada (32 caracteres hexadecimais)
cli-no-call-running = nenhuma chamada em andamento em { $conversation }
cli-call-started = chamada { $call } iniciada em { $conversation }
cli-call-joined = entrou na chamada { $call } em { $conversation }
cli-call-left = saiu da chamada { $call } em { $conversation }
cli-call-declined = chamada { $call } recusada em { $conversation }
cli-call-ended = chamada { $call } encerrada em { $conversation }
cli-call-not-in = este dispositivo não está na chamada { $call }
cli-call-not-ringing = a chamada { $call } não está tocando para você (ela toca por 45 s, até você atender ou recusar)
cli-call-token = token de chamada para a chamada { $call }, válido até { $expires }
cli-proxy-loopback-only = o proxy atende sem autenticação, por isso escuta só em loopback (recebido { $address })
cli-proxy-no-directory = não foi possível buscar o diretório de relays: { $error }
cli-proxy-no-server = este dispositivo não conhece nenhum servidor
cli-proxy-circuit = circuito { $circuit }: entrada { $entry } → saída { $exit } em { $ms } ms
cli-proxy-same-operator = aviso: um só operador roda os dois relays, então a divisão em dois saltos é só nominal aqui
cli-proxy-circuit-failed = falha no circuito: { $error }
cli-proxy-stream-refused = conexão recusada: { $reason }
cli-proxy-listening = Navegação privada em socks5://{ $address } e http://{ $address } (CONNECT). Aponte um navegador para ele, ex.:
cli-proxy-two-relays = Dois relays levam cada conexão: a entrada vê seu endereço, a saída o site; nenhum vê ambos. Sem proteção: os dois relays em conluio, ou um observador do tempo nas duas pontas.
cli-proxy-first-circuit-failed = o primeiro circuito falhou (tentado de novo na primeira conexão): { $error }
cli-proxy-status = { $circuits ->
    [one] { $circuits } circuito
    [many] { $circuits } circuitos
   *[other] { $circuits } circuitos
}, { $streams ->
    [one] { $streams } fluxo
    [many] { $streams } fluxos
   *[other] { $streams } fluxos
}, ↑ { $sent } ↓ { $received }
cli-proxy-stopped = parado: { $circuits ->
    [one] { $circuits } circuito construído
    [many] { $circuits } circuitos construídos
   *[other] { $circuits } circuitos construídos
}, ↑ { $sent } ↓ { $received }

## Refusals of the server (any front end), by their error code
# Machine-drafted from en.ftl like the rest of this file; wants a native speaker's review.
server-error-detail = { $error } ({ $detail })
server-error-bad-frame = o servidor não conseguiu ler o que este programa enviou; atualize o Conclave
server-error-unsupported-version = o servidor fala outra versão do protocolo do Conclave; atualize o Conclave
server-error-frame-too-large = o que este programa enviou é grande demais para o servidor
server-error-not-authenticated = o servidor encerrou a sessão antes de este dispositivo entrar; tente de novo
server-error-already-authenticated = este dispositivo entrou duas vezes na mesma sessão; tente de novo
server-error-auth-failed = o servidor não aceita este dispositivo: ele foi removido da conta, ou a chave dele não confere
server-error-invite-unknown = este convite não existe; confira o link
server-error-invite-used = este convite já foi usado; peça um novo
server-error-invite-expired = este convite expirou; peça um novo
server-error-invite-revoked = este convite foi revogado; peça um novo
server-error-username-taken = este nome de usuário já está em uso; escolha outro
server-error-username-invalid = o servidor não aceita este nome de usuário
server-error-device-key-taken = a chave deste dispositivo já está registrada
server-error-account-disabled = sua conta foi desativada pelo operador do servidor
server-error-account-expired = a conta { $user } expirou em { $date }; peça a um administrador um código de renovação
server-error-account-expired-plain = sua conta expirou; peça a um administrador um código de renovação
server-error-renewal-unknown = este código de renovação não existe
server-error-renewal-used = este código de renovação já foi usado
server-error-renewal-expired = este código de renovação expirou; peça um novo a um administrador
server-error-forbidden = o servidor não permite isso
server-error-not-found = o servidor não conhece o que foi pedido
server-error-no-account = nenhuma conta chamada { $name }
server-error-invalid-argument = o servidor recusou o pedido como inválido
server-error-quota-exceeded = cota de convites atingida: você concedeu { $used } dos seus { $quota } usos de convite, restam { $left }
server-error-quota-exceeded-plain = sua cota de convites acabou
server-error-queue-full = a fila de um dispositivo destinatário está cheia; ele precisa ficar online e se atualizar
server-error-rate-limited = pedidos demais; tente de novo em { $seconds } s
server-error-rate-limited-plain = pedidos demais; tente de novo daqui a pouco
server-error-too-many-connections = o servidor está no limite de conexões; tente mais tarde
server-error-limit-exceeded = isso passa de um limite do servidor
server-error-stale-epoch = a conversa mudou no mesmo momento; tente de novo
server-error-not-member = este dispositivo não é membro dessa conversa
server-error-no-key-package = um dispositivo a ser adicionado não tem pacotes de chaves no servidor; ele precisa ficar online primeiro
server-error-device-link-invalid = este link de dispositivo é desconhecido, já usado ou expirado; crie um novo em um dispositivo da conta
server-error-shutting-down = o servidor está sendo desligado; tente de novo daqui a pouco
server-error-internal = o servidor teve um erro interno; tente mais tarde
server-error-unavailable = o servidor não oferece isso
server-error-fell-behind = um dispositivo ficou para trás nesta conversa e espera que um membro o adicione de novo
server-error-relay-tokens-used-up = a cota de hoje para navegação privada acabou; ela se renova às 00:00 UTC
server-error-relay-tokens-unavailable = este servidor não oferece navegação privada
server-error-call-tokens-unavailable = este servidor não oferece chamadas
server-error-unknown-code = o servidor recusou (erro { $code })
server-error-unsupported = o servidor não conhece este pedido: ele roda uma versão mais antiga do Conclave
cli-server-account-expired = a conta { $user } expirou em { $date }; peça a um administrador um código de renovação e execute `conclave renew CODE`
cli-server-account-expired-plain = sua conta expirou; peça a um administrador um código de renovação e execute `conclave renew CODE`
cli-client-connect = não foi possível conectar a { $address }: { $reason }
cli-client-pin-mismatch = o certificado TLS do servidor não confere com a impressão digital fixada (esperada { $expected }, recebida { $got }); pode ser um ataque, ou o certificado do servidor mudou
cli-client-timeout = tempo esgotado esperando o servidor
cli-client-closed = a conexão foi fechada
cli-client-closed-because = a conexão foi fechada: { $reason }

## Previews and ledger lines the client core composes (Content::phrase, Record::phrase)
# Machine-drafted from en.ftl; wants a native speaker's review.
preview-text = { $text }
preview-reply = (resposta) { $text }
preview-reaction = (reação) { $emoji }
preview-edit = (editado) { $text }
preview-deleted = (apagou uma mensagem)
preview-receipt = (lido até { $seq })
preview-conversation-started = (conversa iniciada)
preview-group = (grupo #{ $name })
preview-file = (arquivo) { $name } ({ $size ->
    [one] { $size } byte
    [many] { $size } de bytes
   *[other] { $size } bytes
}, { $type })
preview-file-unreadable = ({ $reason })
preview-forwarded = (encaminhado) { $text }
preview-timer-off = (mensagens temporárias desativadas)
preview-timer = (mensagens temporárias: { $time })
preview-display-name-cleared = (nome de exibição removido)
preview-display-name = (nome de exibição: { $name })
preview-call-started-audio = (chamada) iniciou uma chamada de voz { $call }
preview-call-started-video = (chamada) iniciou uma chamada de vídeo { $call }
preview-call-ringing = (chamada) tocando para { $call }
preview-call-answered = (chamada) atendeu { $call }
preview-call-declined = (chamada) recusou { $call }
preview-call-joined = (chamada) entrou em { $call }
preview-call-left = (chamada) saiu de { $call }
preview-call-ended = (chamada) encerrou { $call }
preview-call-unreadable = (sinal de chamada ilegível: { $reason })
preview-ledger = (contas) { $entry }
preview-ledger-handover = (contas) { $count ->
    [one] { $count } lançamento anterior entregue
    [many] { $count } de lançamentos anteriores entregues
   *[other] { $count } lançamentos anteriores entregues
} aos dispositivos que entraram (parte { $part } de { $parts })
preview-ledger-unreadable = (lançamento ilegível: { $reason })
ledger-payment-to = { $from } pagou { $money } a { $names }
ledger-payment-equal = { $from } pagou { $money } por { $names } (dividido igualmente)
ledger-payment-exact = { $from } pagou { $money } por { $names } (divisão { $shares })
ledger-payment-weights = { $from } pagou { $money } por { $names } (divisão por peso { $weights })
ledger-debt-to = { $names } deve { $money } a { $from }
ledger-debt-equal = { $names } devem { $money } a { $from } (dividido igualmente)
ledger-debt-exact = { $names } devem { $money } a { $from } (divisão { $shares })
ledger-debt-weights = { $names } devem { $money } a { $from } (divisão por peso { $weights })
ledger-reversed-entry = lançamento { $id } estornado
ledger-with-memo = { $entry }: { $memo }
ledger-refused = recusado: { $entry } ({ $error })
ledger-refused-plain = recusado: { $error }
ledger-unreadable = ilegível: { $reason }

## History lines and previews the TUI and the web app word (history-*, preview-photo …)
# Machine-drafted from en.ftl; wants a native speaker's review.
history-joined = entrou
history-unreadable = mensagem ilegível ({ $reason })
history-fell-behind = este dispositivo ficou para trás aqui e perdeu mensagens; ele é adicionado de novo quando um membro enviar a próxima mensagem
history-fell-behind-long = Este dispositivo ficou para trás aqui (sua fila no servidor estava cheia) e perdeu mensagens a partir deste ponto; ele é adicionado de novo quando um membro enviar a próxima mensagem.
history-added = adicionou { $names }
history-removed = removeu { $names }
history-added-removed = adicionou { $added }; removeu { $removed }
history-keys-updated = atualizou as chaves
history-deleted = (apagada)
preview-photo = Foto: { $name }
preview-voice-note = Mensagem de voz: { $name }
preview-file-named = Arquivo: { $name }

## What this device declines to do, any front end (conclave_client::messenger::Declined)
# Machine-drafted from en.ftl; wants a native speaker's review.
refused-timer-range = um temporizador de mensagens temporárias fica desativado ou vai de { $min } s a 4 semanas ({ $max } s); { $secs } s não é válido
refused-one-to-one-self = uma conversa 1:1 precisa de outra conta
refused-group-exists = você já tem um grupo chamado #{ $name }
refused-remove-self = para sair de uma conversa, use `leave`
refused-not-members = nenhum deles é membro
refused-no-key-packages = nenhum dos dispositivos a adicionar publicou pacotes de chaves ainda
refused-busy = o grupo está ocupado demais; tente de novo
refused-not-in-conversation = você não está nesta conversa
refused-fell-behind = este dispositivo ficou para trás nesta conversa (sua fila no servidor estava cheia); ele é adicionado de novo quando outro membro enviar a próxima mensagem
refused-server-too-old-for-timer = as mensagens desta conversa desaparecem, e o servidor é antigo demais para deixá-las expirar na fila dele (revisão 1 do protocolo): atualize o servidor ou desative o temporizador
refused-call-running = há uma chamada ({ $call }, iniciada por { $caller }) em andamento nesta conversa: entre nela
refused-display-name-too-long = um nome de exibição tem no máximo { $max } caracteres ({ $given } informados)
refused-display-name-invisible = um nome de exibição não pode conter caracteres de controle, de substituição de direção ou invisíveis ({ $character })
refused-plain = { $reason }

## clap's refusals of a command line, worded from their kind (conclave-cli's help::error_text)
# Machine-drafted from en.ftl; wants a native speaker's review.
cli-usage-error = erro: { $message }
cli-usage-invalid-value = valor inválido { $value } para { $arg }
cli-usage-value-required = é necessário um valor para { $arg }, mas nenhum foi fornecido
cli-usage-invalid-value-because = valor inválido { $value } para { $arg }: { $reason }
cli-usage-possible-values = valores possíveis: { $values }
cli-usage-unknown-argument = argumento inesperado { $arg } encontrado
cli-usage-unknown-subcommand = subcomando não reconhecido { $command }
cli-usage-missing-arguments = os seguintes argumentos obrigatórios não foram fornecidos: { $args }
cli-usage-missing-subcommand = { $command } exige um subcomando, mas nenhum foi fornecido
cli-usage-subcommands = subcomandos: { $values }
cli-usage-too-many-values = valor inesperado { $value } encontrado para { $arg }; nenhum outro era esperado
cli-usage-conflict = o argumento { $arg } não pode ser usado com { $other }
cli-usage-used-twice = o argumento { $arg } não pode ser usado mais de uma vez
cli-usage-similar-subcommand = dica: existe um subcomando parecido: { $names }
cli-usage-similar-argument = dica: existe um argumento parecido: { $names }
cli-usage-similar-value = dica: existe um valor parecido: { $names }
cli-usage-more = Para mais informações, tente { $help }.

## The terminal UI's members panel and notices
# Machine-drafted from en.ftl; wants a native speaker's review.
members-safety-number = número de segurança { $number }
members-safety-number-verified = número de segurança { $number } (verificado)
members-no-safety-number = sem número de segurança: { $error }
notice-not-sent = não enviada: { $error }
notice-ledger-failed = contas: { $error }
notice-members-failed = membros: { $error }
notice-error = erro: { $error }

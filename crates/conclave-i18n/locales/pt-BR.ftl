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

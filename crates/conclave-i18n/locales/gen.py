# Writes locales/*.ftl from the table below (the ids come from en.ftl, in its order).
# Run: python3 crates/conclave-i18n/locales/gen.py  (kept so a reviewer can fix one table row).
import os, re
here = os.path.dirname(os.path.abspath(__file__))
# Messages added after the table below live under MARK in each file, edited in place: this
# script renders what is above the mark and keeps the rest of every file as it is.
MARK = "## Kept as written (gen.py renders what is above and keeps this part of each file)\n"
en = open(os.path.join(here, "en.ftl"), encoding="utf-8").read().split(MARK)[0]
ids = [m.group(1) for m in re.finditer(r"^([a-z][a-z0-9-]*) = ", en, re.M)]
assert len(ids) == 47, len(ids)

# (tag, English name, native name, plural categories besides other, 47 strings; pane-unread is a dict)
T = {}
def L(tag, name, native, rows):
    assert len(rows) == 47, (tag, len(rows))
    T[tag] = (name, native, rows)

L("de", "German", "Deutsch", [
 "verbunden", "verbinde neu… ({ $reason })", "pausiert: ein anderer conclave-Befehl nutzt dieses Gerät",
 "Unterhaltungen", {"one": "{ $count } ungelesen", "other": "{ $count } ungelesen"},
 "Nachricht", "Keine Unterhaltung", "Tab oder Enter zum Schreiben",
 "Noch keine Unterhaltungen. Starte eine über die Kommandozeile: conclave send USER TEXT",
 "Noch keine Nachrichten. Unten tippen und Enter drücken.",
 "Tab Fokus · Enter senden · ^L Kasse · ^E Eintrag · ^U Mitglieder · ? Hilfe · q beenden",
 "Tab Fokus · Enter senden · Alt+Enter neue Zeile · ^L Kasse · ^E Eintrag hinzufügen · ^U Mitglieder · ? Hilfe · q beenden",
 "Hilfe (Esc)", "zwischen Unterhaltungen, Nachrichten und Eingabezeile wechseln", "Unterhaltung wählen; Nachrichten blättern",
 "Nachrichten blättern", "senden (in der Eingabezeile); schreiben (sonst)", "neue Zeile in einer Nachricht",
 "die Kasse der Unterhaltung: Salden, ausgleichen", "einen Kasseneintrag hinzufügen", "Mitglieder, ihre Geräte und Sicherheitsnummern",
 "Feld schließen; Eingabezeile verlassen", "vim-Tasten (mit --vim)", "diese Hilfe", "beenden",
 "Kasse (Esc)", "Salden", "noch keine Einträge (Ctrl+E fügt einen hinzu)", "Ausgleichen", "alle sind quitt", "Einträge",
 "Mitglieder (Esc)", "Gerät { $id }", "du",
 "Kasseneintrag hinzufügen", "Art", "Betrag", "Währung", "von", "Aufteilung", "an", "Notiz",
 "Art: payment|debt · Aufteilung: to|equal (an: ein Mitglied oder a,b,c)", "Tab nächstes Feld · Enter hinzufügen · Esc abbrechen",
 "gesendet als Nachricht { $seq }", "Eintrag hinzugefügt als Nachricht { $seq }", "wieder verbunden"])

L("fr", "French", "Français", [
 "connecté", "reconnexion… ({ $reason })", "en pause : une autre commande conclave utilise cet appareil",
 "Conversations", {"one": "{ $count } non lu", "other": "{ $count } non lus"},
 "Message", "Aucune conversation", "Tab ou Entrée pour écrire",
 "Aucune conversation. Commencez-en une en ligne de commande : conclave send USER TEXT",
 "Aucun message. Tapez ci-dessous puis Entrée.",
 "Tab focus · Entrée envoyer · ^L comptes · ^E écriture · ^U membres · ? aide · q quitter",
 "Tab focus · Entrée envoyer · Alt+Entrée nouvelle ligne · ^L comptes · ^E ajouter une écriture · ^U membres · ? aide · q quitter",
 "Aide (Échap)", "passer des conversations aux messages et à la ligne de saisie", "choisir une conversation ; faire défiler les messages",
 "faire défiler les messages", "envoyer (dans la ligne de saisie) ; écrire (ailleurs)", "nouvelle ligne dans un message",
 "les comptes de la conversation : soldes, règlement", "ajouter une écriture", "membres, leurs appareils et numéros de sécurité",
 "fermer un panneau ; quitter la ligne de saisie", "touches façon vim (avec --vim)", "cette aide", "quitter",
 "Comptes (Échap)", "Soldes", "aucune écriture (Ctrl+E en ajoute une)", "Régler", "tout le monde est quitte", "Écritures",
 "Membres (Échap)", "appareil { $id }", "vous",
 "Ajouter une écriture", "type", "montant", "devise", "de", "partage", "à", "note",
 "type : payment|debt · partage : to|equal (à : un membre, ou a,b,c)", "Tab champ suivant · Entrée ajouter · Échap annuler",
 "envoyé comme message { $seq }", "écriture ajoutée comme message { $seq }", "reconnecté"])

L("es", "Spanish", "Español", [
 "conectado", "reconectando… ({ $reason })", "en pausa: otro comando de conclave usa este dispositivo",
 "Conversaciones", {"one": "{ $count } sin leer", "other": "{ $count } sin leer"},
 "Mensaje", "Ninguna conversación", "Tab o Intro para escribir",
 "Aún no hay conversaciones. Empieza una desde la línea de comandos: conclave send USER TEXT",
 "Aún no hay mensajes. Escribe abajo y pulsa Intro.",
 "Tab foco · Intro enviar · ^L cuentas · ^E apunte · ^U miembros · ? ayuda · q salir",
 "Tab foco · Intro enviar · Alt+Intro nueva línea · ^L cuentas · ^E añadir apunte · ^U miembros · ? ayuda · q salir",
 "Ayuda (Esc)", "moverse entre conversaciones, mensajes y la línea de escritura", "elegir una conversación; desplazar mensajes",
 "desplazar mensajes", "enviar (en la línea de escritura); escribir (en otro lugar)", "nueva línea en un mensaje",
 "las cuentas de la conversación: saldos, saldar", "añadir un apunte", "miembros, sus dispositivos y números de seguridad",
 "cerrar un panel; salir de la línea de escritura", "teclas estilo vim (con --vim)", "esta ayuda", "salir",
 "Cuentas (Esc)", "Saldos", "aún no hay apuntes (Ctrl+E añade uno)", "Saldar", "todos están a mano", "Apuntes",
 "Miembros (Esc)", "dispositivo { $id }", "tú",
 "Añadir un apunte", "tipo", "importe", "moneda", "de", "reparto", "a", "nota",
 "tipo: payment|debt · reparto: to|equal (a: un miembro, o a,b,c)", "Tab campo siguiente · Intro añadir · Esc cancelar",
 "enviado como mensaje { $seq }", "apunte añadido como mensaje { $seq }", "reconectado"])

L("pt-BR", "Portuguese (Brazil)", "Português (Brasil)", [
 "conectado", "reconectando… ({ $reason })", "pausado: outro comando do conclave está usando este dispositivo",
 "Conversas", {"one": "{ $count } não lida", "other": "{ $count } não lidas"},
 "Mensagem", "Nenhuma conversa", "Tab ou Enter para escrever",
 "Nenhuma conversa ainda. Comece uma pela linha de comando: conclave send USER TEXT",
 "Nenhuma mensagem ainda. Digite abaixo e pressione Enter.",
 "Tab foco · Enter enviar · ^L contas · ^E lançamento · ^U membros · ? ajuda · q sair",
 "Tab foco · Enter enviar · Alt+Enter nova linha · ^L contas · ^E adicionar lançamento · ^U membros · ? ajuda · q sair",
 "Ajuda (Esc)", "mover entre conversas, mensagens e a linha de digitação", "escolher uma conversa; rolar mensagens",
 "rolar mensagens", "enviar (na linha de digitação); escrever (em outro lugar)", "nova linha numa mensagem",
 "as contas da conversa: saldos, acertar", "adicionar um lançamento", "membros, seus dispositivos e números de segurança",
 "fechar um painel; sair da linha de digitação", "teclas estilo vim (com --vim)", "esta ajuda", "sair",
 "Contas (Esc)", "Saldos", "nenhum lançamento ainda (Ctrl+E adiciona um)", "Acertar", "todos estão quites", "Lançamentos",
 "Membros (Esc)", "dispositivo { $id }", "você",
 "Adicionar um lançamento", "tipo", "valor", "moeda", "de", "divisão", "para", "nota",
 "tipo: payment|debt · divisão: to|equal (para: um membro, ou a,b,c)", "Tab próximo campo · Enter adicionar · Esc cancelar",
 "enviada como mensagem { $seq }", "lançamento adicionado como mensagem { $seq }", "reconectado"])

L("it", "Italian", "Italiano", [
 "connesso", "riconnessione… ({ $reason })", "in pausa: un altro comando conclave usa questo dispositivo",
 "Conversazioni", {"one": "{ $count } non letto", "other": "{ $count } non letti"},
 "Messaggio", "Nessuna conversazione", "Tab o Invio per scrivere",
 "Ancora nessuna conversazione. Iniziane una dalla riga di comando: conclave send USER TEXT",
 "Ancora nessun messaggio. Scrivi qui sotto e premi Invio.",
 "Tab focus · Invio invia · ^L conti · ^E voce · ^U membri · ? aiuto · q esci",
 "Tab focus · Invio invia · Alt+Invio nuova riga · ^L conti · ^E aggiungi voce · ^U membri · ? aiuto · q esci",
 "Aiuto (Esc)", "passare tra conversazioni, messaggi e riga di scrittura", "scegliere una conversazione; scorrere i messaggi",
 "scorrere i messaggi", "inviare (nella riga di scrittura); scrivere (altrove)", "nuova riga in un messaggio",
 "i conti della conversazione: saldi, pareggio", "aggiungere una voce", "membri, i loro dispositivi e numeri di sicurezza",
 "chiudere un pannello; lasciare la riga di scrittura", "tasti stile vim (con --vim)", "questo aiuto", "esci",
 "Conti (Esc)", "Saldi", "ancora nessuna voce (Ctrl+E ne aggiunge una)", "Pareggiare", "tutti sono pari", "Voci",
 "Membri (Esc)", "dispositivo { $id }", "tu",
 "Aggiungi una voce", "tipo", "importo", "valuta", "da", "ripartizione", "a", "nota",
 "tipo: payment|debt · ripartizione: to|equal (a: un membro, o a,b,c)", "Tab campo successivo · Invio aggiungi · Esc annulla",
 "inviato come messaggio { $seq }", "voce aggiunta come messaggio { $seq }", "riconnesso"])

L("nl", "Dutch", "Nederlands", [
 "verbonden", "opnieuw verbinden… ({ $reason })", "gepauzeerd: een ander conclave-commando gebruikt dit apparaat",
 "Gesprekken", {"one": "{ $count } ongelezen", "other": "{ $count } ongelezen"},
 "Bericht", "Geen gesprek", "Tab of Enter om te schrijven",
 "Nog geen gesprekken. Begin er een vanaf de opdrachtregel: conclave send USER TEXT",
 "Nog geen berichten. Typ hieronder en druk op Enter.",
 "Tab focus · Enter versturen · ^L kas · ^E post · ^U leden · ? hulp · q stoppen",
 "Tab focus · Enter versturen · Alt+Enter nieuwe regel · ^L kas · ^E post toevoegen · ^U leden · ? hulp · q stoppen",
 "Hulp (Esc)", "wisselen tussen gesprekken, berichten en de invoerregel", "een gesprek kiezen; berichten scrollen",
 "berichten scrollen", "versturen (in de invoerregel); schrijven (elders)", "nieuwe regel in een bericht",
 "de kas van het gesprek: saldi, verrekenen", "een post toevoegen", "leden, hun apparaten en veiligheidsnummers",
 "een paneel sluiten; de invoerregel verlaten", "vim-toetsen (met --vim)", "deze hulp", "stoppen",
 "Kas (Esc)", "Saldi", "nog geen posten (Ctrl+E voegt er een toe)", "Verrekenen", "iedereen staat quitte", "Posten",
 "Leden (Esc)", "apparaat { $id }", "jij",
 "Een post toevoegen", "soort", "bedrag", "valuta", "van", "verdeling", "aan", "notitie",
 "soort: payment|debt · verdeling: to|equal (aan: één lid, of a,b,c)", "Tab volgend veld · Enter toevoegen · Esc annuleren",
 "verstuurd als bericht { $seq }", "post toegevoegd als bericht { $seq }", "weer verbonden"])

L("pl", "Polish", "Polski", [
 "połączono", "ponowne łączenie… ({ $reason })", "wstrzymano: inne polecenie conclave używa tego urządzenia",
 "Rozmowy", {"one": "{ $count } nieprzeczytana", "few": "{ $count } nieprzeczytane", "many": "{ $count } nieprzeczytanych", "other": "{ $count } nieprzeczytanych"},
 "Wiadomość", "Brak rozmowy", "Tab lub Enter, aby pisać",
 "Brak rozmów. Zacznij jedną z wiersza poleceń: conclave send USER TEXT",
 "Brak wiadomości. Pisz poniżej i naciśnij Enter.",
 "Tab fokus · Enter wyślij · ^L rozliczenia · ^E wpis · ^U członkowie · ? pomoc · q wyjdź",
 "Tab fokus · Enter wyślij · Alt+Enter nowy wiersz · ^L rozliczenia · ^E dodaj wpis · ^U członkowie · ? pomoc · q wyjdź",
 "Pomoc (Esc)", "przechodzenie między rozmowami, wiadomościami i polem pisania", "wybór rozmowy; przewijanie wiadomości",
 "przewijanie wiadomości", "wyślij (w polu pisania); pisz (gdzie indziej)", "nowy wiersz w wiadomości",
 "rozliczenia rozmowy: salda, wyrównanie", "dodaj wpis", "członkowie, ich urządzenia i numery bezpieczeństwa",
 "zamknij panel; opuść pole pisania", "klawisze jak w vim (z --vim)", "ta pomoc", "wyjdź",
 "Rozliczenia (Esc)", "Salda", "brak wpisów (Ctrl+E dodaje wpis)", "Wyrównanie", "wszyscy są kwita", "Wpisy",
 "Członkowie (Esc)", "urządzenie { $id }", "ty",
 "Dodaj wpis", "rodzaj", "kwota", "waluta", "od", "podział", "dla", "notatka",
 "rodzaj: payment|debt · podział: to|equal (dla: jeden członek lub a,b,c)", "Tab następne pole · Enter dodaj · Esc anuluj",
 "wysłano jako wiadomość { $seq }", "dodano wpis jako wiadomość { $seq }", "połączono ponownie"])

L("ru", "Russian", "Русский", [
 "подключено", "переподключение… ({ $reason })", "пауза: другая команда conclave использует это устройство",
 "Беседы", {"one": "{ $count } непрочитанное", "few": "{ $count } непрочитанных", "many": "{ $count } непрочитанных", "other": "{ $count } непрочитанных"},
 "Сообщение", "Нет беседы", "Tab или Enter, чтобы писать",
 "Бесед пока нет. Начните из командной строки: conclave send USER TEXT",
 "Сообщений пока нет. Пишите ниже и нажмите Enter.",
 "Tab фокус · Enter отправить · ^L счёт · ^E запись · ^U участники · ? справка · q выход",
 "Tab фокус · Enter отправить · Alt+Enter новая строка · ^L счёт · ^E добавить запись · ^U участники · ? справка · q выход",
 "Справка (Esc)", "переход между беседами, сообщениями и строкой ввода", "выбрать беседу; прокрутить сообщения",
 "прокрутить сообщения", "отправить (в строке ввода); писать (в других местах)", "новая строка в сообщении",
 "общий счёт беседы: балансы, взаиморасчёт", "добавить запись", "участники, их устройства и коды безопасности",
 "закрыть панель; выйти из строки ввода", "клавиши как в vim (с --vim)", "эта справка", "выход",
 "Счёт (Esc)", "Балансы", "записей пока нет (Ctrl+E добавляет)", "Взаиморасчёт", "все в расчёте", "Записи",
 "Участники (Esc)", "устройство { $id }", "вы",
 "Добавить запись", "вид", "сумма", "валюта", "от", "раздел", "кому", "заметка",
 "вид: payment|debt · раздел: to|equal (кому: один участник или a,b,c)", "Tab следующее поле · Enter добавить · Esc отмена",
 "отправлено как сообщение { $seq }", "запись добавлена как сообщение { $seq }", "снова подключено"])

L("uk", "Ukrainian", "Українська", [
 "під'єднано", "перепід'єднання… ({ $reason })", "пауза: інша команда conclave використовує цей пристрій",
 "Розмови", {"one": "{ $count } непрочитане", "few": "{ $count } непрочитані", "many": "{ $count } непрочитаних", "other": "{ $count } непрочитаних"},
 "Повідомлення", "Немає розмови", "Tab або Enter, щоб писати",
 "Розмов ще немає. Почніть із командного рядка: conclave send USER TEXT",
 "Повідомлень ще немає. Пишіть нижче й натисніть Enter.",
 "Tab фокус · Enter надіслати · ^L рахунок · ^E запис · ^U учасники · ? довідка · q вийти",
 "Tab фокус · Enter надіслати · Alt+Enter новий рядок · ^L рахунок · ^E додати запис · ^U учасники · ? довідка · q вийти",
 "Довідка (Esc)", "перехід між розмовами, повідомленнями та рядком введення", "вибрати розмову; гортати повідомлення",
 "гортати повідомлення", "надіслати (у рядку введення); писати (деінде)", "новий рядок у повідомленні",
 "спільний рахунок розмови: баланси, розрахунок", "додати запис", "учасники, їхні пристрої та коди безпеки",
 "закрити панель; вийти з рядка введення", "клавіші як у vim (з --vim)", "ця довідка", "вийти",
 "Рахунок (Esc)", "Баланси", "записів ще немає (Ctrl+E додає)", "Розрахунок", "усі в розрахунку", "Записи",
 "Учасники (Esc)", "пристрій { $id }", "ви",
 "Додати запис", "вид", "сума", "валюта", "від", "поділ", "кому", "нотатка",
 "вид: payment|debt · поділ: to|equal (кому: один учасник або a,b,c)", "Tab наступне поле · Enter додати · Esc скасувати",
 "надіслано як повідомлення { $seq }", "запис додано як повідомлення { $seq }", "знову під'єднано"])

L("cs", "Czech", "Čeština", [
 "připojeno", "znovu se připojuji… ({ $reason })", "pozastaveno: toto zařízení používá jiný příkaz conclave",
 "Konverzace", {"one": "{ $count } nepřečtená", "few": "{ $count } nepřečtené", "many": "{ $count } nepřečtených", "other": "{ $count } nepřečtených"},
 "Zpráva", "Žádná konverzace", "Tab nebo Enter pro psaní",
 "Zatím žádné konverzace. Začněte z příkazové řádky: conclave send USER TEXT",
 "Zatím žádné zprávy. Pište níže a stiskněte Enter.",
 "Tab fokus · Enter odeslat · ^L účet · ^E položka · ^U členové · ? nápověda · q konec",
 "Tab fokus · Enter odeslat · Alt+Enter nový řádek · ^L účet · ^E přidat položku · ^U členové · ? nápověda · q konec",
 "Nápověda (Esc)", "přecházet mezi konverzacemi, zprávami a řádkem psaní", "vybrat konverzaci; posouvat zprávy",
 "posouvat zprávy", "odeslat (v řádku psaní); psát (jinde)", "nový řádek ve zprávě",
 "společný účet konverzace: zůstatky, vyrovnání", "přidat položku", "členové, jejich zařízení a bezpečnostní čísla",
 "zavřít panel; opustit řádek psaní", "klávesy jako ve vim (s --vim)", "tato nápověda", "konec",
 "Účet (Esc)", "Zůstatky", "zatím žádné položky (Ctrl+E přidá)", "Vyrovnání", "všichni jsou vyrovnáni", "Položky",
 "Členové (Esc)", "zařízení { $id }", "vy",
 "Přidat položku", "druh", "částka", "měna", "od", "rozdělení", "komu", "poznámka",
 "druh: payment|debt · rozdělení: to|equal (komu: jeden člen nebo a,b,c)", "Tab další pole · Enter přidat · Esc zrušit",
 "odesláno jako zpráva { $seq }", "položka přidána jako zpráva { $seq }", "znovu připojeno"])

L("tr", "Turkish", "Türkçe", [
 "bağlı", "yeniden bağlanılıyor… ({ $reason })", "duraklatıldı: başka bir conclave komutu bu cihazı kullanıyor",
 "Sohbetler", {"one": "{ $count } okunmamış", "other": "{ $count } okunmamış"},
 "Mesaj", "Sohbet yok", "Yazmak için Tab veya Enter",
 "Henüz sohbet yok. Komut satırından başlatın: conclave send USER TEXT",
 "Henüz mesaj yok. Aşağıya yazıp Enter'a basın.",
 "Tab odak · Enter gönder · ^L hesap · ^E kayıt · ^U üyeler · ? yardım · q çık",
 "Tab odak · Enter gönder · Alt+Enter yeni satır · ^L hesap · ^E kayıt ekle · ^U üyeler · ? yardım · q çık",
 "Yardım (Esc)", "sohbetler, mesajlar ve yazma satırı arasında geçiş", "sohbet seç; mesajları kaydır",
 "mesajları kaydır", "gönder (yazma satırında); yaz (başka yerde)", "mesajda yeni satır",
 "sohbetin ortak hesabı: bakiyeler, hesaplaşma", "kayıt ekle", "üyeler, cihazları ve güvenlik numaraları",
 "paneli kapat; yazma satırından çık", "vim tarzı tuşlar (--vim ile)", "bu yardım", "çık",
 "Hesap (Esc)", "Bakiyeler", "henüz kayıt yok (Ctrl+E ekler)", "Hesaplaşma", "herkes ödeşti", "Kayıtlar",
 "Üyeler (Esc)", "cihaz { $id }", "sen",
 "Kayıt ekle", "tür", "tutar", "para birimi", "kimden", "paylaşım", "kime", "not",
 "tür: payment|debt · paylaşım: to|equal (kime: bir üye veya a,b,c)", "Tab sonraki alan · Enter ekle · Esc vazgeç",
 "{ $seq } numaralı mesaj olarak gönderildi", "kayıt { $seq } numaralı mesaj olarak eklendi", "yeniden bağlandı"])

L("sv", "Swedish", "Svenska", [
 "ansluten", "återansluter… ({ $reason })", "pausad: ett annat conclave-kommando använder enheten",
 "Konversationer", {"one": "{ $count } oläst", "other": "{ $count } olästa"},
 "Meddelande", "Ingen konversation", "Tab eller Enter för att skriva",
 "Inga konversationer än. Starta en från kommandoraden: conclave send USER TEXT",
 "Inga meddelanden än. Skriv nedan och tryck Enter.",
 "Tab fokus · Enter skicka · ^L kassa · ^E post · ^U medlemmar · ? hjälp · q avsluta",
 "Tab fokus · Enter skicka · Alt+Enter ny rad · ^L kassa · ^E lägg till post · ^U medlemmar · ? hjälp · q avsluta",
 "Hjälp (Esc)", "flytta mellan konversationer, meddelanden och skrivraden", "välj konversation; rulla meddelanden",
 "rulla meddelanden", "skicka (på skrivraden); skriv (annars)", "ny rad i ett meddelande",
 "konversationens kassa: saldon, gör upp", "lägg till en post", "medlemmar, deras enheter och säkerhetsnummer",
 "stäng en panel; lämna skrivraden", "vim-tangenter (med --vim)", "denna hjälp", "avsluta",
 "Kassa (Esc)", "Saldon", "inga poster än (Ctrl+E lägger till)", "Gör upp", "alla är kvitt", "Poster",
 "Medlemmar (Esc)", "enhet { $id }", "du",
 "Lägg till en post", "typ", "belopp", "valuta", "från", "fördelning", "till", "anteckning",
 "typ: payment|debt · fördelning: to|equal (till: en medlem, eller a,b,c)", "Tab nästa fält · Enter lägg till · Esc avbryt",
 "skickat som meddelande { $seq }", "post tillagd som meddelande { $seq }", "ansluten igen"])

L("da", "Danish", "Dansk", [
 "forbundet", "genforbinder… ({ $reason })", "sat på pause: en anden conclave-kommando bruger enheden",
 "Samtaler", {"one": "{ $count } ulæst", "other": "{ $count } ulæste"},
 "Besked", "Ingen samtale", "Tab eller Enter for at skrive",
 "Ingen samtaler endnu. Start en fra kommandolinjen: conclave send USER TEXT",
 "Ingen beskeder endnu. Skriv nedenfor og tryk Enter.",
 "Tab fokus · Enter send · ^L kasse · ^E post · ^U medlemmer · ? hjælp · q afslut",
 "Tab fokus · Enter send · Alt+Enter ny linje · ^L kasse · ^E tilføj post · ^U medlemmer · ? hjælp · q afslut",
 "Hjælp (Esc)", "skift mellem samtaler, beskeder og skrivelinjen", "vælg en samtale; rul i beskeder",
 "rul i beskeder", "send (i skrivelinjen); skriv (andre steder)", "ny linje i en besked",
 "samtalens kasse: saldi, afregning", "tilføj en post", "medlemmer, deres enheder og sikkerhedsnumre",
 "luk et panel; forlad skrivelinjen", "vim-taster (med --vim)", "denne hjælp", "afslut",
 "Kasse (Esc)", "Saldi", "ingen poster endnu (Ctrl+E tilføjer)", "Afregning", "alle er kvit", "Poster",
 "Medlemmer (Esc)", "enhed { $id }", "dig",
 "Tilføj en post", "type", "beløb", "valuta", "fra", "fordeling", "til", "note",
 "type: payment|debt · fordeling: to|equal (til: ét medlem eller a,b,c)", "Tab næste felt · Enter tilføj · Esc annuller",
 "sendt som besked { $seq }", "post tilføjet som besked { $seq }", "forbundet igen"])

L("nb", "Norwegian Bokmål", "Norsk bokmål", [
 "tilkoblet", "kobler til igjen… ({ $reason })", "pauset: en annen conclave-kommando bruker enheten",
 "Samtaler", {"one": "{ $count } ulest", "other": "{ $count } uleste"},
 "Melding", "Ingen samtale", "Tab eller Enter for å skrive",
 "Ingen samtaler ennå. Start en fra kommandolinjen: conclave send USER TEXT",
 "Ingen meldinger ennå. Skriv nedenfor og trykk Enter.",
 "Tab fokus · Enter send · ^L kasse · ^E post · ^U medlemmer · ? hjelp · q avslutt",
 "Tab fokus · Enter send · Alt+Enter ny linje · ^L kasse · ^E legg til post · ^U medlemmer · ? hjelp · q avslutt",
 "Hjelp (Esc)", "bytt mellom samtaler, meldinger og skrivelinjen", "velg en samtale; rull meldinger",
 "rull meldinger", "send (i skrivelinjen); skriv (ellers)", "ny linje i en melding",
 "samtalens kasse: saldoer, gjør opp", "legg til en post", "medlemmer, enhetene deres og sikkerhetsnumre",
 "lukk et panel; forlat skrivelinjen", "vim-taster (med --vim)", "denne hjelpen", "avslutt",
 "Kasse (Esc)", "Saldoer", "ingen poster ennå (Ctrl+E legger til)", "Gjør opp", "alle er skuls", "Poster",
 "Medlemmer (Esc)", "enhet { $id }", "deg",
 "Legg til en post", "type", "beløp", "valuta", "fra", "fordeling", "til", "notat",
 "type: payment|debt · fordeling: to|equal (til: ett medlem eller a,b,c)", "Tab neste felt · Enter legg til · Esc avbryt",
 "sendt som melding { $seq }", "post lagt til som melding { $seq }", "tilkoblet igjen"])

L("fi", "Finnish", "Suomi", [
 "yhdistetty", "yhdistetään uudelleen… ({ $reason })", "tauolla: toinen conclave-komento käyttää tätä laitetta",
 "Keskustelut", {"one": "{ $count } lukematon", "other": "{ $count } lukematonta"},
 "Viesti", "Ei keskustelua", "Tab tai Enter kirjoittaaksesi",
 "Ei vielä keskusteluja. Aloita komentoriviltä: conclave send USER TEXT",
 "Ei vielä viestejä. Kirjoita alle ja paina Enter.",
 "Tab kohdistus · Enter lähetä · ^L kassa · ^E merkintä · ^U jäsenet · ? ohje · q lopeta",
 "Tab kohdistus · Enter lähetä · Alt+Enter uusi rivi · ^L kassa · ^E lisää merkintä · ^U jäsenet · ? ohje · q lopeta",
 "Ohje (Esc)", "siirry keskustelujen, viestien ja kirjoitusrivin välillä", "valitse keskustelu; vieritä viestejä",
 "vieritä viestejä", "lähetä (kirjoitusrivillä); kirjoita (muualla)", "uusi rivi viestiin",
 "keskustelun kassa: saldot, tasaus", "lisää merkintä", "jäsenet, heidän laitteensa ja turvanumerot",
 "sulje paneeli; poistu kirjoitusriviltä", "vim-näppäimet (--vim)", "tämä ohje", "lopeta",
 "Kassa (Esc)", "Saldot", "ei vielä merkintöjä (Ctrl+E lisää)", "Tasaus", "kaikki ovat sujut", "Merkinnät",
 "Jäsenet (Esc)", "laite { $id }", "sinä",
 "Lisää merkintä", "laji", "summa", "valuutta", "keneltä", "jako", "kenelle", "muistiinpano",
 "laji: payment|debt · jako: to|equal (kenelle: yksi jäsen tai a,b,c)", "Tab seuraava kenttä · Enter lisää · Esc peru",
 "lähetetty viestinä { $seq }", "merkintä lisätty viestinä { $seq }", "yhdistetty uudelleen"])

L("el", "Greek", "Ελληνικά", [
 "συνδεδεμένο", "επανασύνδεση… ({ $reason })", "σε παύση: άλλη εντολή conclave χρησιμοποιεί αυτή τη συσκευή",
 "Συνομιλίες", {"one": "{ $count } αδιάβαστο", "other": "{ $count } αδιάβαστα"},
 "Μήνυμα", "Καμία συνομιλία", "Tab ή Enter για γράψιμο",
 "Δεν υπάρχουν ακόμη συνομιλίες. Ξεκινήστε μία από τη γραμμή εντολών: conclave send USER TEXT",
 "Δεν υπάρχουν ακόμη μηνύματα. Γράψτε παρακάτω και πατήστε Enter.",
 "Tab εστίαση · Enter αποστολή · ^L λογαριασμός · ^E εγγραφή · ^U μέλη · ? βοήθεια · q έξοδος",
 "Tab εστίαση · Enter αποστολή · Alt+Enter νέα γραμμή · ^L λογαριασμός · ^E νέα εγγραφή · ^U μέλη · ? βοήθεια · q έξοδος",
 "Βοήθεια (Esc)", "μετακίνηση ανάμεσα σε συνομιλίες, μηνύματα και γραμμή γραφής", "επιλογή συνομιλίας· κύλιση μηνυμάτων",
 "κύλιση μηνυμάτων", "αποστολή (στη γραμμή γραφής)· γράψιμο (αλλού)", "νέα γραμμή σε μήνυμα",
 "ο κοινός λογαριασμός της συνομιλίας: υπόλοιπα, εξόφληση", "προσθήκη εγγραφής", "μέλη, οι συσκευές τους και αριθμοί ασφαλείας",
 "κλείσιμο πλαισίου· έξοδος από τη γραμμή γραφής", "πλήκτρα τύπου vim (με --vim)", "αυτή η βοήθεια", "έξοδος",
 "Λογαριασμός (Esc)", "Υπόλοιπα", "καμία εγγραφή ακόμη (το Ctrl+E προσθέτει)", "Εξόφληση", "όλοι είναι πάτσι", "Εγγραφές",
 "Μέλη (Esc)", "συσκευή { $id }", "εσύ",
 "Προσθήκη εγγραφής", "είδος", "ποσό", "νόμισμα", "από", "κατανομή", "προς", "σημείωση",
 "είδος: payment|debt · κατανομή: to|equal (προς: ένα μέλος ή a,b,c)", "Tab επόμενο πεδίο · Enter προσθήκη · Esc ακύρωση",
 "στάλθηκε ως μήνυμα { $seq }", "η εγγραφή προστέθηκε ως μήνυμα { $seq }", "επανασυνδέθηκε"])

L("hu", "Hungarian", "Magyar", [
 "kapcsolódva", "újrakapcsolódás… ({ $reason })", "szünetel: egy másik conclave-parancs használja ezt az eszközt",
 "Beszélgetések", {"one": "{ $count } olvasatlan", "other": "{ $count } olvasatlan"},
 "Üzenet", "Nincs beszélgetés", "Tab vagy Enter az íráshoz",
 "Még nincs beszélgetés. Indíts egyet a parancssorból: conclave send USER TEXT",
 "Még nincs üzenet. Írj lent, majd nyomj Entert.",
 "Tab fókusz · Enter küldés · ^L kassza · ^E tétel · ^U tagok · ? súgó · q kilépés",
 "Tab fókusz · Enter küldés · Alt+Enter új sor · ^L kassza · ^E tétel hozzáadása · ^U tagok · ? súgó · q kilépés",
 "Súgó (Esc)", "váltás a beszélgetések, üzenetek és az írósor között", "beszélgetés választása; üzenetek görgetése",
 "üzenetek görgetése", "küldés (az írósorban); írás (máshol)", "új sor az üzenetben",
 "a beszélgetés kasszája: egyenlegek, elszámolás", "tétel hozzáadása", "tagok, eszközeik és biztonsági számaik",
 "panel bezárása; kilépés az írósorból", "vim-stílusú billentyűk (--vim)", "ez a súgó", "kilépés",
 "Kassza (Esc)", "Egyenlegek", "még nincs tétel (Ctrl+E hozzáad egyet)", "Elszámolás", "mindenki kvitt", "Tételek",
 "Tagok (Esc)", "{ $id }. eszköz", "te",
 "Tétel hozzáadása", "fajta", "összeg", "pénznem", "kitől", "felosztás", "kinek", "megjegyzés",
 "fajta: payment|debt · felosztás: to|equal (kinek: egy tag vagy a,b,c)", "Tab következő mező · Enter hozzáadás · Esc mégse",
 "elküldve, { $seq }. üzenet", "tétel hozzáadva, { $seq }. üzenet", "újra kapcsolódva"])

L("ro", "Romanian", "Română", [
 "conectat", "reconectare… ({ $reason })", "în pauză: altă comandă conclave folosește acest dispozitiv",
 "Conversații", {"one": "{ $count } necitit", "few": "{ $count } necitite", "other": "{ $count } necitite"},
 "Mesaj", "Nicio conversație", "Tab sau Enter pentru a scrie",
 "Încă nu există conversații. Începe una din linia de comandă: conclave send USER TEXT",
 "Încă nu există mesaje. Scrie mai jos și apasă Enter.",
 "Tab focus · Enter trimite · ^L cont · ^E înregistrare · ^U membri · ? ajutor · q ieșire",
 "Tab focus · Enter trimite · Alt+Enter rând nou · ^L cont · ^E adaugă înregistrare · ^U membri · ? ajutor · q ieșire",
 "Ajutor (Esc)", "mută între conversații, mesaje și rândul de scriere", "alege o conversație; derulează mesajele",
 "derulează mesajele", "trimite (în rândul de scriere); scrie (în rest)", "rând nou în mesaj",
 "contul comun al conversației: solduri, decontare", "adaugă o înregistrare", "membri, dispozitivele lor și numerele de siguranță",
 "închide un panou; părăsește rândul de scriere", "taste în stil vim (cu --vim)", "acest ajutor", "ieșire",
 "Cont (Esc)", "Solduri", "încă nicio înregistrare (Ctrl+E adaugă)", "Decontare", "toți sunt chit", "Înregistrări",
 "Membri (Esc)", "dispozitivul { $id }", "tu",
 "Adaugă o înregistrare", "tip", "sumă", "monedă", "de la", "împărțire", "către", "notă",
 "tip: payment|debt · împărțire: to|equal (către: un membru sau a,b,c)", "Tab câmpul următor · Enter adaugă · Esc anulează",
 "trimis ca mesajul { $seq }", "înregistrare adăugată ca mesajul { $seq }", "reconectat"])

L("id", "Indonesian", "Bahasa Indonesia", [
 "terhubung", "menghubungkan ulang… ({ $reason })", "dijeda: perintah conclave lain sedang memakai perangkat ini",
 "Percakapan", {"other": "{ $count } belum dibaca"},
 "Pesan", "Tidak ada percakapan", "Tab atau Enter untuk menulis",
 "Belum ada percakapan. Mulai dari baris perintah: conclave send USER TEXT",
 "Belum ada pesan. Ketik di bawah lalu tekan Enter.",
 "Tab fokus · Enter kirim · ^L kas · ^E catatan · ^U anggota · ? bantuan · q keluar",
 "Tab fokus · Enter kirim · Alt+Enter baris baru · ^L kas · ^E tambah catatan · ^U anggota · ? bantuan · q keluar",
 "Bantuan (Esc)", "pindah antara percakapan, pesan, dan baris tulis", "pilih percakapan; gulir pesan",
 "gulir pesan", "kirim (di baris tulis); tulis (di tempat lain)", "baris baru dalam pesan",
 "kas bersama percakapan: saldo, pelunasan", "tambah catatan", "anggota, perangkat mereka, dan nomor keamanan",
 "tutup panel; keluar dari baris tulis", "tombol gaya vim (dengan --vim)", "bantuan ini", "keluar",
 "Kas (Esc)", "Saldo", "belum ada catatan (Ctrl+E menambah)", "Pelunasan", "semua sudah impas", "Catatan",
 "Anggota (Esc)", "perangkat { $id }", "kamu",
 "Tambah catatan", "jenis", "jumlah", "mata uang", "dari", "pembagian", "kepada", "memo",
 "jenis: payment|debt · pembagian: to|equal (kepada: satu anggota, atau a,b,c)", "Tab kolom berikut · Enter tambah · Esc batal",
 "terkirim sebagai pesan { $seq }", "catatan ditambahkan sebagai pesan { $seq }", "terhubung kembali"])

L("vi", "Vietnamese", "Tiếng Việt", [
 "đã kết nối", "đang kết nối lại… ({ $reason })", "tạm dừng: một lệnh conclave khác đang dùng thiết bị này",
 "Cuộc trò chuyện", {"other": "{ $count } chưa đọc"},
 "Tin nhắn", "Không có cuộc trò chuyện", "Tab hoặc Enter để viết",
 "Chưa có cuộc trò chuyện. Bắt đầu từ dòng lệnh: conclave send USER TEXT",
 "Chưa có tin nhắn. Gõ bên dưới rồi nhấn Enter.",
 "Tab chuyển · Enter gửi · ^L sổ quỹ · ^E mục · ^U thành viên · ? trợ giúp · q thoát",
 "Tab chuyển · Enter gửi · Alt+Enter xuống dòng · ^L sổ quỹ · ^E thêm mục · ^U thành viên · ? trợ giúp · q thoát",
 "Trợ giúp (Esc)", "chuyển giữa cuộc trò chuyện, tin nhắn và dòng viết", "chọn cuộc trò chuyện; cuộn tin nhắn",
 "cuộn tin nhắn", "gửi (ở dòng viết); viết (chỗ khác)", "xuống dòng trong tin nhắn",
 "sổ quỹ của cuộc trò chuyện: số dư, thanh toán", "thêm một mục", "thành viên, thiết bị và mã an toàn của họ",
 "đóng bảng; rời dòng viết", "phím kiểu vim (với --vim)", "trợ giúp này", "thoát",
 "Sổ quỹ (Esc)", "Số dư", "chưa có mục nào (Ctrl+E để thêm)", "Thanh toán", "mọi người đã hòa", "Các mục",
 "Thành viên (Esc)", "thiết bị { $id }", "bạn",
 "Thêm một mục", "loại", "số tiền", "tiền tệ", "từ", "chia", "cho", "ghi chú",
 "loại: payment|debt · chia: to|equal (cho: một thành viên, hoặc a,b,c)", "Tab ô tiếp · Enter thêm · Esc hủy",
 "đã gửi, tin nhắn { $seq }", "đã thêm mục, tin nhắn { $seq }", "đã kết nối lại"])

L("th", "Thai", "ไทย", [
 "เชื่อมต่อแล้ว", "กำลังเชื่อมต่อใหม่… ({ $reason })", "หยุดชั่วคราว: คำสั่ง conclave อื่นกำลังใช้อุปกรณ์นี้",
 "บทสนทนา", {"other": "ยังไม่อ่าน { $count }"},
 "ข้อความ", "ไม่มีบทสนทนา", "กด Tab หรือ Enter เพื่อเขียน",
 "ยังไม่มีบทสนทนา เริ่มจากบรรทัดคำสั่ง: conclave send USER TEXT",
 "ยังไม่มีข้อความ พิมพ์ด้านล่างแล้วกด Enter",
 "Tab โฟกัส · Enter ส่ง · ^L บัญชี · ^E รายการ · ^U สมาชิก · ? วิธีใช้ · q ออก",
 "Tab โฟกัส · Enter ส่ง · Alt+Enter ขึ้นบรรทัดใหม่ · ^L บัญชี · ^E เพิ่มรายการ · ^U สมาชิก · ? วิธีใช้ · q ออก",
 "วิธีใช้ (Esc)", "สลับระหว่างบทสนทนา ข้อความ และบรรทัดเขียน", "เลือกบทสนทนา เลื่อนข้อความ",
 "เลื่อนข้อความ", "ส่ง (ในบรรทัดเขียน) เขียน (ที่อื่น)", "ขึ้นบรรทัดใหม่ในข้อความ",
 "บัญชีร่วมของบทสนทนา: ยอดคงเหลือ การเคลียร์", "เพิ่มรายการ", "สมาชิก อุปกรณ์ และหมายเลขความปลอดภัย",
 "ปิดแผง ออกจากบรรทัดเขียน", "ปุ่มแบบ vim (ใช้ --vim)", "วิธีใช้นี้", "ออก",
 "บัญชี (Esc)", "ยอดคงเหลือ", "ยังไม่มีรายการ (Ctrl+E เพื่อเพิ่ม)", "เคลียร์ยอด", "ทุกคนเท่ากันแล้ว", "รายการ",
 "สมาชิก (Esc)", "อุปกรณ์ { $id }", "คุณ",
 "เพิ่มรายการ", "ประเภท", "จำนวนเงิน", "สกุลเงิน", "จาก", "การแบ่ง", "ถึง", "บันทึก",
 "ประเภท: payment|debt · การแบ่ง: to|equal (ถึง: สมาชิกหนึ่งคน หรือ a,b,c)", "Tab ช่องถัดไป · Enter เพิ่ม · Esc ยกเลิก",
 "ส่งเป็นข้อความที่ { $seq }", "เพิ่มรายการเป็นข้อความที่ { $seq }", "เชื่อมต่อใหม่แล้ว"])

L("hi", "Hindi", "हिन्दी", [
 "जुड़ा हुआ", "फिर से जोड़ रहे हैं… ({ $reason })", "रुका हुआ: कोई दूसरा conclave कमांड यह डिवाइस इस्तेमाल कर रहा है",
 "बातचीत", {"one": "{ $count } अपठित", "other": "{ $count } अपठित"},
 "संदेश", "कोई बातचीत नहीं", "लिखने के लिए Tab या Enter",
 "अभी कोई बातचीत नहीं। कमांड लाइन से शुरू करें: conclave send USER TEXT",
 "अभी कोई संदेश नहीं। नीचे लिखें और Enter दबाएँ।",
 "Tab फ़ोकस · Enter भेजें · ^L खाता · ^E प्रविष्टि · ^U सदस्य · ? सहायता · q बाहर",
 "Tab फ़ोकस · Enter भेजें · Alt+Enter नई पंक्ति · ^L खाता · ^E प्रविष्टि जोड़ें · ^U सदस्य · ? सहायता · q बाहर",
 "सहायता (Esc)", "बातचीत, संदेशों और लेखन पंक्ति के बीच जाएँ", "बातचीत चुनें; संदेश स्क्रॉल करें",
 "संदेश स्क्रॉल करें", "भेजें (लेखन पंक्ति में); लिखें (अन्यत्र)", "संदेश में नई पंक्ति",
 "बातचीत का साझा खाता: शेष, हिसाब चुकता", "प्रविष्टि जोड़ें", "सदस्य, उनके डिवाइस और सुरक्षा नंबर",
 "पैनल बंद करें; लेखन पंक्ति छोड़ें", "vim जैसी कुंजियाँ (--vim के साथ)", "यह सहायता", "बाहर",
 "खाता (Esc)", "शेष", "अभी कोई प्रविष्टि नहीं (Ctrl+E से जोड़ें)", "हिसाब चुकता", "सबका हिसाब बराबर है", "प्रविष्टियाँ",
 "सदस्य (Esc)", "डिवाइस { $id }", "आप",
 "प्रविष्टि जोड़ें", "प्रकार", "राशि", "मुद्रा", "किससे", "बँटवारा", "किसको", "टिप्पणी",
 "प्रकार: payment|debt · बँटवारा: to|equal (किसको: एक सदस्य, या a,b,c)", "Tab अगला फ़ील्ड · Enter जोड़ें · Esc रद्द",
 "संदेश { $seq } के रूप में भेजा गया", "प्रविष्टि संदेश { $seq } के रूप में जोड़ी गई", "फिर से जुड़ गया"])

L("bn", "Bengali", "বাংলা", [
 "সংযুক্ত", "আবার সংযোগ হচ্ছে… ({ $reason })", "বিরতি: অন্য একটি conclave কমান্ড এই ডিভাইস ব্যবহার করছে",
 "কথোপকথন", {"one": "{ $count }টি অপঠিত", "other": "{ $count }টি অপঠিত"},
 "বার্তা", "কোনো কথোপকথন নেই", "লিখতে Tab বা Enter",
 "এখনো কোনো কথোপকথন নেই। কমান্ড লাইন থেকে শুরু করুন: conclave send USER TEXT",
 "এখনো কোনো বার্তা নেই। নিচে লিখে Enter চাপুন।",
 "Tab ফোকাস · Enter পাঠান · ^L হিসাব · ^E এন্ট্রি · ^U সদস্য · ? সাহায্য · q প্রস্থান",
 "Tab ফোকাস · Enter পাঠান · Alt+Enter নতুন লাইন · ^L হিসাব · ^E এন্ট্রি যোগ · ^U সদস্য · ? সাহায্য · q প্রস্থান",
 "সাহায্য (Esc)", "কথোপকথন, বার্তা ও লেখার লাইনের মধ্যে যান", "কথোপকথন বাছুন; বার্তা স্ক্রল করুন",
 "বার্তা স্ক্রল করুন", "পাঠান (লেখার লাইনে); লিখুন (অন্যত্র)", "বার্তায় নতুন লাইন",
 "কথোপকথনের যৌথ হিসাব: ব্যালান্স, মিটমাট", "এন্ট্রি যোগ করুন", "সদস্য, তাদের ডিভাইস ও নিরাপত্তা নম্বর",
 "প্যানেল বন্ধ করুন; লেখার লাইন ছাড়ুন", "vim-এর মতো কী (--vim সহ)", "এই সাহায্য", "প্রস্থান",
 "হিসাব (Esc)", "ব্যালান্স", "এখনো কোনো এন্ট্রি নেই (Ctrl+E যোগ করে)", "মিটমাট", "সবার হিসাব সমান", "এন্ট্রি",
 "সদস্য (Esc)", "ডিভাইস { $id }", "আপনি",
 "এন্ট্রি যোগ করুন", "ধরন", "পরিমাণ", "মুদ্রা", "থেকে", "ভাগ", "প্রতি", "নোট",
 "ধরন: payment|debt · ভাগ: to|equal (প্রতি: একজন সদস্য, বা a,b,c)", "Tab পরের ঘর · Enter যোগ · Esc বাতিল",
 "বার্তা { $seq } হিসেবে পাঠানো হয়েছে", "এন্ট্রি বার্তা { $seq } হিসেবে যোগ হয়েছে", "আবার সংযুক্ত"])

L("sw", "Swahili", "Kiswahili", [
 "imeunganishwa", "inaunganisha upya… ({ $reason })", "imesitishwa: amri nyingine ya conclave inatumia kifaa hiki",
 "Mazungumzo", {"one": "{ $count } haijasomwa", "other": "{ $count } hazijasomwa"},
 "Ujumbe", "Hakuna mazungumzo", "Tab au Enter kuandika",
 "Bado hakuna mazungumzo. Anzisha kutoka mstari wa amri: conclave send USER TEXT",
 "Bado hakuna ujumbe. Andika hapa chini kisha bonyeza Enter.",
 "Tab lenga · Enter tuma · ^L hesabu · ^E ingizo · ^U wanachama · ? msaada · q ondoka",
 "Tab lenga · Enter tuma · Alt+Enter mstari mpya · ^L hesabu · ^E ongeza ingizo · ^U wanachama · ? msaada · q ondoka",
 "Msaada (Esc)", "hamia kati ya mazungumzo, jumbe na mstari wa kuandika", "chagua mazungumzo; sogeza jumbe",
 "sogeza jumbe", "tuma (kwenye mstari wa kuandika); andika (kwingineko)", "mstari mpya katika ujumbe",
 "hesabu ya pamoja ya mazungumzo: salio, kulipana", "ongeza ingizo", "wanachama, vifaa vyao na namba za usalama",
 "funga paneli; ondoka kwenye mstari wa kuandika", "vitufe vya mtindo wa vim (na --vim)", "msaada huu", "ondoka",
 "Hesabu (Esc)", "Salio", "bado hakuna maingizo (Ctrl+E huongeza)", "Kulipana", "kila mtu yuko sawa", "Maingizo",
 "Wanachama (Esc)", "kifaa { $id }", "wewe",
 "Ongeza ingizo", "aina", "kiasi", "sarafu", "kutoka", "mgawanyo", "kwa", "dokezo",
 "aina: payment|debt · mgawanyo: to|equal (kwa: mwanachama mmoja, au a,b,c)", "Tab sehemu inayofuata · Enter ongeza · Esc ghairi",
 "imetumwa kama ujumbe { $seq }", "ingizo limeongezwa kama ujumbe { $seq }", "imeunganishwa tena"])

L("ja", "Japanese", "日本語", [
 "接続済み", "再接続中…（{ $reason }）", "一時停止中：別の conclave コマンドがこの端末を使用中です",
 "会話", {"other": "未読 { $count } 件"},
 "メッセージ", "会話がありません", "Tab か Enter で入力",
 "まだ会話がありません。コマンドラインから始めてください：conclave send USER TEXT",
 "まだメッセージがありません。下に入力して Enter を押してください。",
 "Tab 移動 · Enter 送信 · ^L 会計 · ^E 記帳 · ^U メンバー · ? ヘルプ · q 終了",
 "Tab 移動 · Enter 送信 · Alt+Enter 改行 · ^L 会計 · ^E 記帳を追加 · ^U メンバー · ? ヘルプ · q 終了",
 "ヘルプ（Esc）", "会話・メッセージ・入力欄の間を移動", "会話を選ぶ／メッセージをスクロール",
 "メッセージをスクロール", "送信（入力欄で）／入力（その他）", "メッセージ内で改行",
 "会話の共有会計：残高・精算", "記帳を追加", "メンバー、その端末と安全番号",
 "パネルを閉じる／入力欄を離れる", "vim 風のキー（--vim 指定時）", "このヘルプ", "終了",
 "会計（Esc）", "残高", "記帳はまだありません（Ctrl+E で追加）", "精算", "全員精算済みです", "記帳",
 "メンバー（Esc）", "端末 { $id }", "あなた",
 "記帳を追加", "種類", "金額", "通貨", "支払者", "分け方", "相手", "メモ",
 "種類：payment|debt · 分け方：to|equal（相手：1人、または a,b,c）", "Tab 次の項目 · Enter 追加 · Esc 取消",
 "メッセージ { $seq } として送信しました", "記帳をメッセージ { $seq } として追加しました", "再接続しました"])

L("ko", "Korean", "한국어", [
 "연결됨", "다시 연결 중… ({ $reason })", "일시 중지: 다른 conclave 명령이 이 기기를 사용 중입니다",
 "대화", {"other": "읽지 않음 { $count }"},
 "메시지", "대화 없음", "Tab 또는 Enter로 입력",
 "아직 대화가 없습니다. 명령줄에서 시작하세요: conclave send USER TEXT",
 "아직 메시지가 없습니다. 아래에 입력하고 Enter를 누르세요.",
 "Tab 이동 · Enter 보내기 · ^L 장부 · ^E 항목 · ^U 멤버 · ? 도움말 · q 종료",
 "Tab 이동 · Enter 보내기 · Alt+Enter 줄바꿈 · ^L 장부 · ^E 항목 추가 · ^U 멤버 · ? 도움말 · q 종료",
 "도움말 (Esc)", "대화, 메시지, 입력줄 사이 이동", "대화 선택; 메시지 스크롤",
 "메시지 스크롤", "보내기 (입력줄에서); 입력 (그 외)", "메시지 안에서 줄바꿈",
 "대화의 공동 장부: 잔액, 정산", "항목 추가", "멤버, 그들의 기기와 안전 번호",
 "패널 닫기; 입력줄 떠나기", "vim 방식 키 (--vim 사용 시)", "이 도움말", "종료",
 "장부 (Esc)", "잔액", "아직 항목이 없습니다 (Ctrl+E로 추가)", "정산", "모두 정산되었습니다", "항목",
 "멤버 (Esc)", "기기 { $id }", "나",
 "항목 추가", "종류", "금액", "통화", "보낸 사람", "나누기", "받는 사람", "메모",
 "종류: payment|debt · 나누기: to|equal (받는 사람: 한 명 또는 a,b,c)", "Tab 다음 칸 · Enter 추가 · Esc 취소",
 "메시지 { $seq }(으)로 보냄", "항목을 메시지 { $seq }(으)로 추가함", "다시 연결됨"])

L("zh-CN", "Chinese (Simplified)", "简体中文", [
 "已连接", "正在重新连接…（{ $reason }）", "已暂停：另一个 conclave 命令正在使用此设备",
 "会话", {"other": "{ $count } 条未读"},
 "消息", "没有会话", "按 Tab 或 Enter 输入",
 "还没有会话。从命令行开始一个：conclave send USER TEXT",
 "还没有消息。在下方输入并按 Enter。",
 "Tab 切换 · Enter 发送 · ^L 账本 · ^E 记账 · ^U 成员 · ? 帮助 · q 退出",
 "Tab 切换 · Enter 发送 · Alt+Enter 换行 · ^L 账本 · ^E 添加记账 · ^U 成员 · ? 帮助 · q 退出",
 "帮助（Esc）", "在会话、消息和输入行之间切换", "选择会话；滚动消息",
 "滚动消息", "发送（在输入行中）；输入（其他位置）", "在消息中换行",
 "会话的共享账本：余额、结清", "添加一笔记账", "成员、他们的设备和安全码",
 "关闭面板；离开输入行", "vim 风格按键（使用 --vim）", "本帮助", "退出",
 "账本（Esc）", "余额", "还没有记账（按 Ctrl+E 添加）", "结清", "大家已两清", "记账",
 "成员（Esc）", "设备 { $id }", "你",
 "添加一笔记账", "类型", "金额", "货币", "付款人", "分摊", "给", "备注",
 "类型：payment|debt · 分摊：to|equal（给：一位成员，或 a,b,c）", "Tab 下一项 · Enter 添加 · Esc 取消",
 "已作为第 { $seq } 条消息发送", "记账已作为第 { $seq } 条消息添加", "已重新连接"])

L("zh-TW", "Chinese (Traditional)", "繁體中文", [
 "已連線", "正在重新連線…（{ $reason }）", "已暫停：另一個 conclave 指令正在使用此裝置",
 "對話", {"other": "{ $count } 則未讀"},
 "訊息", "沒有對話", "按 Tab 或 Enter 輸入",
 "還沒有對話。從命令列開始一個：conclave send USER TEXT",
 "還沒有訊息。在下方輸入並按 Enter。",
 "Tab 切換 · Enter 傳送 · ^L 帳本 · ^E 記帳 · ^U 成員 · ? 說明 · q 離開",
 "Tab 切換 · Enter 傳送 · Alt+Enter 換行 · ^L 帳本 · ^E 新增記帳 · ^U 成員 · ? 說明 · q 離開",
 "說明（Esc）", "在對話、訊息和輸入列之間切換", "選擇對話；捲動訊息",
 "捲動訊息", "傳送（在輸入列中）；輸入（其他位置）", "在訊息中換行",
 "對話的共用帳本：餘額、結清", "新增一筆記帳", "成員、他們的裝置和安全碼",
 "關閉面板；離開輸入列", "vim 風格按鍵（使用 --vim）", "本說明", "離開",
 "帳本（Esc）", "餘額", "還沒有記帳（按 Ctrl+E 新增）", "結清", "大家已兩清", "記帳",
 "成員（Esc）", "裝置 { $id }", "你",
 "新增一筆記帳", "類型", "金額", "貨幣", "付款人", "分攤", "給", "備註",
 "類型：payment|debt · 分攤：to|equal（給：一位成員，或 a,b,c）", "Tab 下一項 · Enter 新增 · Esc 取消",
 "已作為第 { $seq } 則訊息傳送", "記帳已作為第 { $seq } 則訊息新增", "已重新連線"])

L("ar", "Arabic", "العربية", [
 "متصل", "جارٍ إعادة الاتصال… ({ $reason })", "متوقف مؤقتًا: أمر conclave آخر يستخدم هذا الجهاز",
 "المحادثات", {"zero": "لا غير مقروء", "one": "واحدة غير مقروءة", "two": "اثنتان غير مقروءتين", "few": "{ $count } غير مقروءة", "many": "{ $count } غير مقروءة", "other": "{ $count } غير مقروءة"},
 "رسالة", "لا محادثة", "Tab أو Enter للكتابة",
 "لا محادثات بعد. ابدأ واحدة من سطر الأوامر: conclave send USER TEXT",
 "لا رسائل بعد. اكتب في الأسفل واضغط Enter.",
 "Tab تنقل · Enter إرسال · ^L الحساب · ^E قيد · ^U الأعضاء · ? مساعدة · q خروج",
 "Tab تنقل · Enter إرسال · Alt+Enter سطر جديد · ^L الحساب · ^E إضافة قيد · ^U الأعضاء · ? مساعدة · q خروج",
 "مساعدة (Esc)", "التنقل بين المحادثات والرسائل وسطر الكتابة", "اختيار محادثة؛ تمرير الرسائل",
 "تمرير الرسائل", "إرسال (في سطر الكتابة)؛ كتابة (في غيره)", "سطر جديد في الرسالة",
 "حساب المحادثة المشترك: الأرصدة والتسوية", "إضافة قيد", "الأعضاء وأجهزتهم وأرقام الأمان",
 "إغلاق لوحة؛ مغادرة سطر الكتابة", "مفاتيح على طريقة vim (مع --vim)", "هذه المساعدة", "خروج",
 "الحساب (Esc)", "الأرصدة", "لا قيود بعد (Ctrl+E يضيف قيدًا)", "التسوية", "الجميع متعادلون", "القيود",
 "الأعضاء (Esc)", "الجهاز { $id }", "أنت",
 "إضافة قيد", "النوع", "المبلغ", "العملة", "من", "التقسيم", "إلى", "ملاحظة",
 "النوع: payment|debt · التقسيم: to|equal (إلى: عضو واحد، أو a,b,c)", "Tab الحقل التالي · Enter إضافة · Esc إلغاء",
 "أُرسلت بوصفها الرسالة { $seq }", "أُضيف القيد بوصفه الرسالة { $seq }", "أُعيد الاتصال"])

L("he", "Hebrew", "עברית", [
 "מחובר", "מתחבר מחדש… ({ $reason })", "מושהה: פקודת conclave אחרת משתמשת במכשיר הזה",
 "שיחות", {"one": "{ $count } לא נקראה", "two": "{ $count } לא נקראו", "other": "{ $count } לא נקראו"},
 "הודעה", "אין שיחה", "Tab או Enter לכתיבה",
 "אין עדיין שיחות. התחילו אחת משורת הפקודה: conclave send USER TEXT",
 "אין עדיין הודעות. כתבו למטה והקישו Enter.",
 "Tab מיקוד · Enter שליחה · ^L קופה · ^E רישום · ^U חברים · ? עזרה · q יציאה",
 "Tab מיקוד · Enter שליחה · Alt+Enter שורה חדשה · ^L קופה · ^E הוספת רישום · ^U חברים · ? עזרה · q יציאה",
 "עזרה (Esc)", "מעבר בין שיחות, הודעות ושורת הכתיבה", "בחירת שיחה; גלילת הודעות",
 "גלילת הודעות", "שליחה (בשורת הכתיבה); כתיבה (במקום אחר)", "שורה חדשה בהודעה",
 "הקופה המשותפת של השיחה: יתרות, סגירת חשבון", "הוספת רישום", "חברים, המכשירים שלהם ומספרי הביטחון",
 "סגירת חלונית; יציאה משורת הכתיבה", "מקשים בסגנון vim (עם --vim)", "עזרה זו", "יציאה",
 "קופה (Esc)", "יתרות", "אין עדיין רישומים (Ctrl+E מוסיף)", "סגירת חשבון", "כולם מאוזנים", "רישומים",
 "חברים (Esc)", "מכשיר { $id }", "את/ה",
 "הוספת רישום", "סוג", "סכום", "מטבע", "מאת", "חלוקה", "אל", "הערה",
 "סוג: payment|debt · חלוקה: to|equal (אל: חבר אחד, או a,b,c)", "Tab השדה הבא · Enter הוספה · Esc ביטול",
 "נשלחה כהודעה { $seq }", "הרישום נוסף כהודעה { $seq }", "התחבר מחדש"])

L("fa", "Persian", "فارسی", [
 "متصل", "در حال اتصال دوباره… ({ $reason })", "متوقف: فرمان دیگری از conclave از این دستگاه استفاده می‌کند",
 "گفتگوها", {"one": "{ $count } خوانده‌نشده", "other": "{ $count } خوانده‌نشده"},
 "پیام", "گفتگویی نیست", "برای نوشتن Tab یا Enter",
 "هنوز گفتگویی نیست. از خط فرمان یکی را شروع کنید: conclave send USER TEXT",
 "هنوز پیامی نیست. پایین بنویسید و Enter را بزنید.",
 "Tab تمرکز · Enter ارسال · ^L حساب · ^E ثبت · ^U اعضا · ? راهنما · q خروج",
 "Tab تمرکز · Enter ارسال · Alt+Enter خط جدید · ^L حساب · ^E افزودن ثبت · ^U اعضا · ? راهنما · q خروج",
 "راهنما (Esc)", "جابه‌جایی میان گفتگوها، پیام‌ها و خط نوشتن", "انتخاب گفتگو؛ پیمایش پیام‌ها",
 "پیمایش پیام‌ها", "ارسال (در خط نوشتن)؛ نوشتن (جای دیگر)", "خط جدید در پیام",
 "حساب مشترک گفتگو: مانده‌ها، تسویه", "افزودن ثبت", "اعضا، دستگاه‌هایشان و شماره‌های امنیتی",
 "بستن پنل؛ ترک خط نوشتن", "کلیدهای به سبک vim (با --vim)", "همین راهنما", "خروج",
 "حساب (Esc)", "مانده‌ها", "هنوز ثبتی نیست (Ctrl+E یکی می‌افزاید)", "تسویه", "همه بی‌حساب‌اند", "ثبت‌ها",
 "اعضا (Esc)", "دستگاه { $id }", "شما",
 "افزودن ثبت", "نوع", "مبلغ", "ارز", "از", "تقسیم", "به", "یادداشت",
 "نوع: payment|debt · تقسیم: to|equal (به: یک عضو، یا a,b,c)", "Tab فیلد بعدی · Enter افزودن · Esc لغو",
 "به‌عنوان پیام { $seq } فرستاده شد", "ثبت به‌عنوان پیام { $seq } افزوده شد", "دوباره متصل شد"])

L("ur", "Urdu", "اردو", [
 "منسلک", "دوبارہ جڑ رہا ہے… ({ $reason })", "رکا ہوا: conclave کی کوئی اور کمانڈ یہ آلہ استعمال کر رہی ہے",
 "گفتگوئیں", {"one": "{ $count } غیر پڑھا", "other": "{ $count } غیر پڑھے"},
 "پیغام", "کوئی گفتگو نہیں", "لکھنے کے لیے Tab یا Enter",
 "ابھی کوئی گفتگو نہیں۔ کمانڈ لائن سے شروع کریں: conclave send USER TEXT",
 "ابھی کوئی پیغام نہیں۔ نیچے لکھیں اور Enter دبائیں۔",
 "Tab توجہ · Enter بھیجیں · ^L کھاتہ · ^E اندراج · ^U اراکین · ? مدد · q باہر",
 "Tab توجہ · Enter بھیجیں · Alt+Enter نئی سطر · ^L کھاتہ · ^E اندراج شامل کریں · ^U اراکین · ? مدد · q باہر",
 "مدد (Esc)", "گفتگوؤں، پیغامات اور لکھنے کی سطر کے درمیان جائیں", "گفتگو چنیں؛ پیغامات اسکرول کریں",
 "پیغامات اسکرول کریں", "بھیجیں (لکھنے کی سطر میں)؛ لکھیں (کہیں اور)", "پیغام میں نئی سطر",
 "گفتگو کا مشترکہ کھاتہ: بقایا، حساب برابر", "اندراج شامل کریں", "اراکین، ان کے آلات اور حفاظتی نمبر",
 "پینل بند کریں؛ لکھنے کی سطر چھوڑیں", "vim جیسی کلیدیں (--vim کے ساتھ)", "یہ مدد", "باہر",
 "کھاتہ (Esc)", "بقایا", "ابھی کوئی اندراج نہیں (Ctrl+E شامل کرتا ہے)", "حساب برابر", "سب کا حساب برابر ہے", "اندراجات",
 "اراکین (Esc)", "آلہ { $id }", "آپ",
 "اندراج شامل کریں", "قسم", "رقم", "کرنسی", "از", "تقسیم", "بنام", "نوٹ",
 "قسم: payment|debt · تقسیم: to|equal (بنام: ایک رکن، یا a,b,c)", "Tab اگلا خانہ · Enter شامل · Esc منسوخ",
 "پیغام { $seq } کے طور پر بھیجا گیا", "اندراج پیغام { $seq } کے طور پر شامل ہوا", "دوبارہ جڑ گیا"])

RTL = {"ar", "he", "fa", "ur"}
en_lines = en.splitlines()
def render(tag, name, native, rows):
    out = [f"# Conclave: {name} ({native}).",
           "# Translator: drafted by a Conclave engineer (not a native speaker) from en.ftl.",
           "# Wants a native speaker's review: corrections are welcome, keep ids and { $placeholders }.",
           ""]
    for mid, row in zip(ids, rows):
        if isinstance(row, dict):
            out.append(f"{mid} = {{ $count ->")
            for cat in ["zero", "one", "two", "few", "many"]:
                if cat in row:
                    out.append(f"    [{cat}] {row[cat]}")
            out.append(f"   *[other] {row['other']}")
            out.append("}")
        else:
            out.append(f"{mid} = {row}")
    return "\n".join(out) + "\n"

def kept(tag):
    path = os.path.join(here, f"{tag}.ftl")
    if not os.path.exists(path):
        return ""
    parts = open(path, encoding="utf-8").read().split(MARK, 1)
    return "\n" + MARK + parts[1] if len(parts) == 2 else ""

for tag, (name, native, rows) in T.items():
    text = render(tag, name, native, rows) + kept(tag)
    open(os.path.join(here, f"{tag}.ftl"), "w", encoding="utf-8").write(text)

# locales.rs: the table the crate builds in.
entries = [("en", "English", "English", False)] + [(t, n, nat, t in RTL) for t, (n, nat, _) in T.items()]
entries.append(("en-XA", "Pseudo-locale", "[Ƥşḗŭḓǿ]", False))
rs = ["//! The locales built in (written by `locales/gen.py` with the files; keep them in step).", "",
      "use crate::Locale;", "", "pub static LOCALES: &[Locale] = &["]
for tag, name, native, rtl in entries:
    src = "en" if tag == "en-XA" else tag
    # A web catalog not yet translated is None: the web app falls back to the next wanted
    # language, then English, and does not offer it.
    web = f'web!("{src}")' if os.path.exists(os.path.join(here, "web", f"{src}.ftl")) else "None"
    # The same for the command line's --help (locales/help); the pseudo-locale has none.
    help_ = f'help!("{tag}")' if tag != "en-XA" and os.path.exists(os.path.join(here, "help", f"{tag}.ftl")) else "None"
    rs.append(f"    Locale {{ tag: \"{tag}\", english_name: \"{name}\", native_name: \"{native}\", rtl: {str(rtl).lower()}, source: include_str!(\"../locales/{src}.ftl\"), web: {web}, help: {help_} }},")
rs.append("];")
open(os.path.join(here, "..", "src", "locales.rs"), "w", encoding="utf-8").write("\n".join(rs) + "\n")
print(len(entries) - 1, "locales + pseudo")

"""Article prose data (pl, ru, uk, tr). Format: see articles_data_a."""

PL = dict(
    first="Anna|Piotr|Katarzyna|Tomasz|Magdalena|Paweł|Agnieszka|Michał|Joanna|Krzysztof|Ewa|Marcin",
    last="Kowalski|Wiśniewska|Zieliński|Lewandowska|Wójcik|Kamińska|Dąbrowski|Szymańska|Kaczmarek|Mazur|Krawczyk",
    city="Kraków|Wrocław|Gdańsk|Poznań|Lublin|Białystok|Katowice|Rzeszów|Toruń|Opole|Olsztyn|Szczecin",
    org="rada miasta|Ministerstwo Transportu|Uniwersytet Jasnogórski|wojewódzki sanepid|spółka Energa Północ|związek nauczycieli|spółdzielnia Zielone Pole",
    agency="PAN Info|Agencja Wisła",
    months="stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
    days="poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę",
    th="Miasto|Mieszkańcy|Zmiana",
    qa="P:|O:",
    by="Autor: {p}|{p} i {q}|{p}, {c}",
    date="{dd} {m} {y}|Opublikowano {dd} {m} {y}",
    dateline="{C} (PAN Info) -|{C} —",
    ts=" ", ds=",",
    sub="Co dalej|Tło sprawy|Długa historia|Rosnące koszty|Reakcje|Liczby|Dlaczego to ważne",
    cap="{p} rozmawia z dziennikarzami w mieście {c}.|Widok na stare miasto.|Wolontariusze pakują paczki żywnościowe.",
    title="""{O} przyjęła nowy budżet po długiej debacie
Mieszkańcy domagają się lepszej komunikacji
Ceny wzrosły o {pc} proc.
Co nowe przepisy oznaczają dla małych firm
{p} odchodzi ze stanowiska""",
    sent="""{p}, który kieruje instytucją od {y} roku, zapowiedział, że decyzja zostanie ponownie rozpatrzona do końca {m}.
Plan przyjęto w {d} po debacie, która trwała ponad {n} godzin.
Według danych opublikowanych przez {o} tylko w mieście {c} dotyczyło to około {N} osób.
Mieszkańcy od lat skarżą się na stan dróg i brak wieczornych autobusów.
"Nie spodziewaliśmy się, że przyjdzie aż tyle osób" - mówi {p}, jedna z wolontariuszek.
Do {dd} {m} ceny wzrosły o {pc} proc., najbardziej od {y} roku.
Firma, która zatrudnia około {N} pracowników, nie odpowiedziała na nasze pytania.
Krytycy uważają, że nowe przepisy najmocniej uderzą w małe firmy poza dużymi miastami.
Budowa mostu rozpoczęła się w {y} roku i ma się zakończyć z dwuletnim opóźnieniem.
Nauczyciele twierdzą, że zmiany wprowadzono zbyt szybko i bez odpowiednich szkoleń.
Badanie objęło {N} dorosłych, których obserwowano przez {n} lat.
Wiele osób, z którymi rozmawialiśmy, nigdy nie słyszało o programie.""",
)

RU = dict(
    first="Анна|Дмитрий|Екатерина|Алексей|Мария|Сергей|Ольга|Иван|Наталья|Павел|Юлия|Михаил",
    last="Соколов|Морозова|Лебедев|Волкова|Орлов|Никитина|Захаров|Белова|Громов|Тихонова|Фролов",
    city="Казань|Самара|Пермь|Томск|Ярославль|Калуга|Вологда|Тверь|Омск|Иркутск|Рязань|Псков",
    org="городская дума|Министерство транспорта|Северный государственный университет|региональный минздрав|компания «Светлая энергия»|профсоюз учителей|кооператив «Зелёное поле»",
    agency="Северное агентство|НИА «Волга»",
    months="января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря",
    days="понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье",
    th="Город|Жители|Изменение",
    qa="Вопрос:|Ответ:",
    by="Автор: {p}|{p}, {q}|{p}, корреспондент в городе {c}|Текст: {p}",
    date="{dd} {m} {y}|{dd} {m} {y} г.|Опубликовано {dd} {m} {y}",
    dateline="{C}, {dd} {m} — ",
    ts=" ", ds=",",
    sub="Что дальше|Предыстория|Долгая история|Рост расходов|Реакция|Цифры|Почему это важно",
    cap="{p} отвечает на вопросы журналистов.|Вид на исторический центр города {c}.|Волонтёры собирают продуктовые наборы.",
    title="""{O} утвердила новый бюджет после долгих споров
Жители города {c} просят больше автобусов
Цены выросли на {pc}% за год
Что новые правила означают для малого бизнеса
{p} покидает пост""",
    sent="""{p}, возглавляющий ведомство с {y} года, заявил, что решение будет пересмотрено до конца {m}.
План был утверждён в {d} после дискуссии, продолжавшейся более {n} часов.
По данным, которые опубликовала {o}, только в городе {c} пострадали около {N} человек.
Жители города {c} уже много лет жалуются на состояние дорог и нехватку вечерних автобусов.
«Мы не ожидали, что придёт столько людей», — рассказал {p}, один из волонтёров.
К {dd} {m} цены выросли на {pc}%, это самый быстрый рост с {y} года.
В компании, где работают около {N} человек, на запрос не ответили.
Критики считают, что новые правила сильнее всего ударят по малому бизнесу за пределами крупных городов.
Переговоры продолжаются, и соглашение может быть достигнуто в ближайшие недели, сказал {p}.
Строительство моста началось в {y} году и, как ожидается, завершится с опозданием на два года.
Учителя говорят, что изменения ввели слишком быстро и без необходимой подготовки.
В исследовании участвовали {N} взрослых, за которыми наблюдали {n} лет.
Многие из тех, с кем мы поговорили, никогда не слышали об этой программе.""",
)

UK = dict(
    first="Олена|Андрій|Ірина|Тарас|Наталія|Богдан|Оксана|Віктор|Марія|Юрій|Софія|Остап",
    last="Шевчук|Коваленко|Бондар|Мельник|Ткачук|Кравець|Литвин|Гнатюк|Савчук|Олійник|Мороз",
    city="Львів|Одеса|Вінниця|Полтава|Чернігів|Ужгород|Житомир|Суми|Рівне|Луцьк|Тернопіль",
    org="міська рада|Міністерство транспорту|Подільський університет|обласне управління охорони здоров'я|компанія «Ясна енергія»|профспілка вчителів",
    agency="Агенція «Поділля»|Новини Заходу",
    months="січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня",
    days="понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю",
    th="Місто|Мешканці|Зміна",
    qa="Питання:|Відповідь:",
    by="Автор: {p}|{p}, {q}|Текст: {p}",
    date="{dd} {m} {y}|Опубліковано {dd} {m} {y}",
    dateline="{C} —",
    ts=" ", ds=",",
    sub="Що далі|Передісторія|Зростання витрат|Реакція|Цифри|Чому це важливо",
    cap="{p} відповідає на запитання журналістів.|Вигляд на центр міста.|Волонтери збирають продуктові набори.",
    title="""{O} ухвалила новий бюджет після тривалих дебатів
Мешканці міста {c} просять більше автобусів
Ціни зросли на {pc}% за рік
Що нові правила означають для малого бізнесу""",
    sent="""{p}, який очолює відомство з {y} року, заявив, що рішення переглянуть до кінця {m}.
План ухвалили в {d} після дискусії, що тривала понад {n} годин.
За даними, які оприлюднила {o}, лише в місті {c} постраждали близько {N} людей.
Мешканці вже багато років скаржаться на стан доріг і брак вечірніх автобусів.
«Ми не очікували, що прийде стільки людей», — розповів {p}, один із волонтерів.
До {dd} {m} ціни зросли на {pc}%, найшвидше з {y} року.
У компанії, де працюють близько {N} людей, на запит не відповіли.
Критики вважають, що нові правила найбільше вдарять по малому бізнесу.
Будівництво мосту почалося в {y} році й, як очікують, затягнеться ще на два роки.
Учителі кажуть, що зміни запровадили надто швидко і без належної підготовки.
Багато людей, з якими ми поговорили, ніколи не чули про цю програму.""",
)

TR = dict(
    first="Ayşe|Mehmet|Elif|Emre|Zeynep|Burak|Selin|Murat|Deniz|Can|Esra|Hakan",
    last="Yılmaz|Kaya|Demir|Şahin|Çelik|Aydın|Öztürk|Arslan|Doğan|Kılıç|Koç|Erdem",
    city="İzmir|Bursa|Eskişehir|Trabzon|Konya|Gaziantep|Samsun|Mersin|Kayseri|Edirne|Antalya|Malatya",
    org="belediye meclisi|Ulaştırma Bakanlığı|Yeşilvadi Üniversitesi|il sağlık müdürlüğü|Aydınlık Enerji A.Ş.|öğretmenler sendikası|Toprak Kooperatifi",
    agency="Anka Haber|Kuzey Ajansı",
    months="Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık",
    days="pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar",
    th="Şehir|Nüfus|Değişim",
    qa="Soru:|Cevap:",
    by="{p}|Haber: {p}|{p} - {c}",
    date="{dd} {m} {y}|Yayınlanma: {dd} {m} {y}",
    dateline="{C} (Anka Haber) -|{C} —",
    ts=".", ds=",",
    sub="Bundan sonra ne olacak|Arka plan|Uzun bir hikaye|Artan maliyetler|Tepkiler|Rakamlar|Neden önemli",
    cap="{p}, {d} günü {c}'de gazetecilerin sorularını yanıtladı.|{c} şehir merkezinden bir görünüm.|Gönüllüler gıda kolilerini hazırlıyor.",
    title="""{O} uzun tartışmanın ardından yeni bütçeyi onayladı
{c}'de vatandaşlar daha fazla otobüs istiyor
Fiyatlar yıllık yüzde {pc} arttı
Yeni kurallar küçük işletmeler için ne anlama geliyor
{p} görevinden ayrılıyor""",
    sent="""{y} yılından bu yana kurumun başında olan {p}, kararın {m} ayı sonuna kadar yeniden değerlendirileceğini söyledi.
Plan, {n} saatten uzun süren bir tartışmanın ardından {d} günü kabul edildi.
{O} tarafından açıklanan verilere göre yalnızca {c}'de yaklaşık {N} kişi etkilendi.
{c}'de yaşayanlar yıllardır yolların durumundan ve akşam saatlerinde otobüs bulunmamasından şikâyet ediyor.
Gönüllülerden {p}, "Bu kadar kalabalık beklemiyorduk" dedi.
Fiyatlar {m} ayında yüzde {pc} artarak {y} yılından bu yana en yüksek seviyeye çıktı.
Yaklaşık {N} kişiyi istihdam eden şirket, soruları yanıtlamadı.
Eleştirmenler, yeni kuralların en çok büyük şehirler dışındaki küçük işletmeleri etkileyeceğini savunuyor.
Köprü inşaatı {y} yılında başladı ve şimdi iki yıl gecikmeyle tamamlanması bekleniyor.
Öğretmenler, değişikliklerin çok hızlı ve yeterli eğitim verilmeden uygulandığını söylüyor.
Araştırmada {N} yetişkin {n} yıl boyunca izlendi.
Konuştuğumuz kişilerin çoğu programı daha önce hiç duymamıştı.""",
)

LANGS = {"pl": PL, "ru": RU, "uk": UK, "tr": TR}

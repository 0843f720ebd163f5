"""Hard-negative topic prose: articles ABOUT gambling, crypto, SEO spam, privacy/cookies, pharma.
One template per line; slots as in articles_data_a. Written for this project."""

TOPICS = {
"gambling_news": {
"en": """The regulator fined three online casino operators a total of {N} pounds for failing to check the age of new customers.
Advertising for sports betting and online slots will be banned before 9 pm under the new rules, {p} said.
Researchers at {o} found that {pc} percent of young men had placed a bet on a football match in the past month.
Lottery ticket sales rose sharply in {m}, driven by a jackpot that reached record levels.
Campaigners say bonus offers such as free spins and no deposit deals lure vulnerable players back.
The casino in {c} reopened on {d} after a two-year renovation that cost more than {N} dollars.
Illegal betting sites, many registered offshore, change their domain names every few weeks to avoid being blocked.""",
"de": """Die Glücksspielbehörde hat drei Anbieter von Online-Casinos mit Bußgeldern von insgesamt {N} Euro belegt.
Werbung für Sportwetten und Online-Slots soll künftig erst nach 21 Uhr erlaubt sein, sagte {p}.
Laut einer Studie von {o} hat fast jeder fünfte junge Mann im vergangenen Monat eine Wette abgeschlossen.
Der Lotto-Jackpot ist auf eine Rekordsumme gestiegen, und die Annahmestellen in {c} melden lange Schlangen.
Suchtberater warnen, dass Bonusangebote wie Freispiele gefährdete Spieler immer wieder anlocken.""",
"es": """La Dirección de Juego multó a tres casinos online con {N} euros por no verificar la edad de sus clientes.
La publicidad de apuestas deportivas y tragaperras en línea quedará limitada a la franja nocturna, explicó {p}.
Según un estudio de {o}, el {pc} % de los jóvenes ha apostado en algún partido de fútbol en el último mes.
Las ventas de lotería se dispararon en {m} por un bote récord.
Las asociaciones de afectados denuncian que los bonos de bienvenida y las tiradas gratis atrapan a los jugadores más vulnerables.""",
"ru": """Регулятор оштрафовал три онлайн-казино на {N} рублей за отсутствие проверки возраста клиентов.
Рекламу ставок на спорт и игровых автоматов ограничат вечерним временем, сообщил {p}.
По данным {o}, около {pc}% молодых мужчин делали ставку на футбольный матч в прошлом месяце.
Нелегальные букмекеры меняют адреса сайтов и так называемые «зеркала» каждые несколько недель, чтобы обойти блокировки.
Продажи лотерейных билетов резко выросли к {dd} {m} на фоне рекордного джекпота.""",
"tr": """Yasa dışı bahis sitelerine yönelik operasyonda {n} şüpheli gözaltına alındı.
Savcılık, sosyal medyada "deneme bonusu veren siteler" ve "casino siteleri" gibi ifadelerle reklam yapan hesapları inceliyor.
Uzmanlar, yasa dışı bahis platformlarının engellenmemek için her hafta yeni bir giriş adresi kullandığını belirtiyor.
{o} tarafından yapılan araştırmaya göre gençlerin yüzde {pc}'i son bir ayda en az bir kez bahis oynadı.
Milli Piyango'nun yılbaşı ikramiyesi bu yıl rekor seviyeye ulaştı.""",
"ko": """경찰은 불법 토토 사이트를 운영한 일당 {n}명을 검거했다고 {d} 밝혔다.
이들은 "먹튀 검증" 커뮤니티를 사칭해 회원을 모은 것으로 조사됐다.
{o}의 조사에 따르면 청소년의 {pc}%가 온라인 도박 광고를 본 적이 있다고 답했다.
불법 카지노 사이트는 차단을 피하기 위해 주소를 수시로 바꾸는 것으로 알려졌다.
복권 판매액은 {m} 들어 크게 늘었다.""",
"zh": """警方近日破获一起网络赌博案，涉案金额超过{N}万元。
该团伙以“注册送彩金”为诱饵，在社交平台上招揽会员。
{o}的调查显示，约{pc}%的受访大学生曾看到过境外博彩网站的广告。
专家提醒，所谓“百家乐稳赢技巧”都是骗局。
今年{m}，体育彩票销量同比增长明显。""",
},
"crypto_news": {
"en": """The price of bitcoin fell by {pc} percent on {d}, wiping billions off the value of the crypto market.
Regulators in {c} warned investors about token sales that promise guaranteed returns.
{p}, an analyst at {o}, said the exchange had frozen withdrawals for about {N} customers.
Several crypto casinos accept stablecoins such as USDT, which makes them hard to trace.
The court heard that the scheme used fake trading bots and a referral bonus to attract new deposits.""",
"de": """Der Bitcoin-Kurs fiel am {d} um {pc} Prozent.
Die Finanzaufsicht warnt vor Token-Verkäufen, die garantierte Renditen versprechen.
Nach Angaben von {p} hat die Kryptobörse Auszahlungen für rund {N} Kunden eingefroren.""",
"es": """El precio del bitcoin cayó un {pc} % el {d}.
La CNMV advirtió sobre plataformas de criptomonedas que prometen rentabilidades garantizadas.
Según {p}, el exchange congeló los retiros de unos {N} clientes.""",
"ru": """Курс биткоина упал на {pc}% в {d}.
Регулятор предупредил инвесторов о проектах, обещающих гарантированный доход в криптовалюте.
По словам {p}, биржа заморозила вывод средств примерно для {N} клиентов.""",
"tr": """Bitcoin fiyatı {d} günü yüzde {pc} düştü.
Sermaye Piyasası Kurulu, garantili kazanç vaat eden kripto para projelerine karşı uyardı.
{p}, borsanın yaklaşık {N} müşterinin para çekme işlemlerini durdurduğunu söyledi.""",
"ko": """비트코인 가격이 {d} {pc}% 하락했다.
금융당국은 확정 수익을 약속하는 가상자산 투자 권유에 주의하라고 경고했다.
{p} 연구원은 거래소가 고객 약 {N}명의 출금을 막았다고 말했다.""",
"zh": """比特币价格在{d}下跌了{pc}%。
监管部门提醒投资者警惕承诺“保本高收益”的虚拟货币项目。
{p}表示，该交易平台冻结了约{N}名用户的提现。""",
},
"seo_news": {
"en": """Search engines have tightened their rules against link spam, penalising sites that buy backlinks in bulk.
Hackers often inject hidden lists of casino and pharmacy links into the footers of abandoned blogs.
{p}, who runs a small web agency in {c}, said clients still ask for keyword stuffing even though it no longer works.
The spam comments, signed with names like "best essay writing service", contained dozens of links to the same domain.
According to {o}, about {pc} percent of the university's old web pages had been filled with gambling keywords.""",
"de": """Suchmaschinen gehen schärfer gegen Linkspam vor und strafen Seiten ab, die Backlinks kaufen.
Angreifer verstecken oft Listen mit Casino- und Apotheken-Links im Fußbereich verwaister Blogs.
Viele Kunden verlangen noch immer Keyword-Stuffing, obwohl es längst nicht mehr funktioniert, sagt {p}.""",
"es": """Los buscadores endurecen sus normas contra el spam de enlaces y penalizan a quienes compran backlinks.
Los atacantes esconden listas de enlaces de casinos y farmacias en el pie de página de blogs abandonados.""",
"ru": """Поисковые системы ужесточили правила против ссылочного спама и понижают сайты, которые покупают ссылки.
Злоумышленники часто прячут списки ссылок на казино и аптеки в подвалах заброшенных блогов.""",
"tr": """Arama motorları, toplu backlink satın alan sitelere karşı kurallarını sertleştirdi.
Saldırganlar terk edilmiş blogların alt kısmına gizli bahis ve casino bağlantıları yerleştiriyor.""",
"ko": """검색 엔진들이 대량으로 백링크를 사는 사이트에 대한 제재를 강화했다.
해커들은 방치된 블로그 하단에 카지노와 약국 링크 목록을 몰래 심어 둔다.""",
"zh": """搜索引擎加大了对垃圾外链的打击力度，批量购买外链的网站将被降权。
黑客常在无人维护的博客页脚中隐藏赌博和药品链接。""",
},
"privacy_news": {
"en": """The new law requires websites to ask for consent before placing tracking cookies on a visitor's device.
Regulators fined the retailer {N} euros after it kept sending its newsletter to people who had unsubscribed.
{p} said the newspaper would close the comments section on most stories because moderation had become too expensive.
Privacy campaigners argue that cookie banners are designed to make "Accept all" the easiest option.
Under the rules, an email address counts as personal data and must not be published without permission.""",
"de": """Das neue Gesetz verpflichtet Websites, vor dem Setzen von Tracking-Cookies eine Einwilligung einzuholen.
Die Datenschutzbehörde verhängte ein Bußgeld, weil der Händler seinen Newsletter weiter an abgemeldete Kunden verschickte.
Die Zeitung will die Kommentarfunktion unter den meisten Artikeln schließen, sagte {p}.""",
"es": """La nueva ley obliga a las webs a pedir consentimiento antes de instalar cookies de seguimiento.
La agencia de protección de datos multó a la empresa por seguir enviando su boletín a usuarios que se habían dado de baja.
El diario cerrará los comentarios en la mayoría de las noticias, anunció {p}.""",
"ru": """Новый закон обязывает сайты спрашивать согласие перед установкой файлов cookie.
Компанию оштрафовали за то, что она продолжала рассылать новостную рассылку отписавшимся клиентам.""",
"tr": """Yeni düzenleme, web sitelerinin çerez kullanmadan önce ziyaretçiden açık rıza almasını zorunlu kılıyor.
Kurul, abonelikten çıkan kullanıcılara bülten göndermeye devam eden şirkete para cezası verdi.""",
"ko": """새 법은 웹사이트가 추적 쿠키를 설치하기 전에 이용자의 동의를 받도록 규정한다.
당국은 수신 거부한 고객에게 뉴스레터를 계속 보낸 업체에 과태료를 부과했다.""",
"zh": """新规要求网站在设置追踪Cookie前必须征得用户同意。
监管部门对继续向已退订用户发送电子报的公司处以罚款。""",
},
"pharma_news": {
"en": """The drug, sold under the name Velnora, was approved for adults with high blood pressure in {m}.
Doctors warn that pills bought from online pharmacies without a prescription are often fake.
{p}, a pharmacist in {c}, said shortages of common antibiotics had lasted for {n} months.
The trial involved {N} patients and found a modest improvement compared with placebo.
Customs officers seized {N} packets of counterfeit erectile dysfunction tablets at the port.""",
"de": """Das Medikament ist seit {m} für Erwachsene mit Bluthochdruck zugelassen.
Ärzte warnen, dass Tabletten aus Online-Apotheken ohne Rezept häufig gefälscht sind.
Der Zoll stellte {N} Packungen gefälschter Potenzmittel sicher.""",
"es": """El fármaco fue autorizado en {m} para adultos con hipertensión.
Los médicos advierten de que las pastillas compradas en farmacias online sin receta suelen ser falsas.""",
"ru": """Препарат одобрен для взрослых с повышенным давлением {dd} {m}.
Врачи предупреждают, что таблетки из интернет-аптек без рецепта часто оказываются подделкой.""",
"tr": """İlaç, {m} ayında yüksek tansiyonlu yetişkinler için onay aldı.
Doktorlar, reçetesiz internetten alınan hapların çoğunun sahte olduğu konusunda uyarıyor.""",
"ko": """이 약은 {m}에 고혈압 성인 환자용으로 승인됐다.
의사들은 처방전 없이 온라인에서 산 약이 가짜인 경우가 많다고 경고했다.""",
"zh": """该药物于{m}获批用于成人高血压患者。
医生提醒，网上无处方购买的药品很多是假药。""",
},
}

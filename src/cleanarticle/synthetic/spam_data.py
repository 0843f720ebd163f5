"""Word lists for the SEO-spam grammars. All brands/domains/keywords invented for this project."""

# domain grammar: prefix x stem x suffix x digits x tld
GAMBLE_PRE = "bet|win|lucky|mega|royal|vip|super|golden|star|king|jet|max|pro|top|grand|ace|spin|cash|fortune|turbo|red|blue|wild|neon".split("|")
GAMBLE_STEM = "bet|bahis|casino|slot|win|spin|toto|play|jackpot|poker|odds|gol|kazan|bonus|vegas|palace|club|parlay|rulet|bingo|gacor|judi|cuoc|cassino".split("|")
GAMBLE_SUF = "||||x|io|ist|zone|hub|land|city|plus|tr|giris|vip|365|88|777|24|pro|bet|win|max|king|-tr|-giris|tv|go".split("|")
DIGITS = "||||||1|7|8|88|99|365|777|2024|24|101|555|69|10".split("|")
TLDS = ".com|.org|.net|.info|.xyz|.top|.bet|.casino|.vip|.club|.io|.co|.me|.com.tr|.in|.id|.vn|.ru|.kr|.cc|.site|.online|.live|.pro|.biz|.ws|.win|.fun|.link|.app|.tv|.bz|.to".split("|")

PHARMA_NAMES = "Virexa|Cialtra|Levomax|Tadorin|Sildora|Fluxamin|Erecor|Vardiplex|Kamarix|Slimtera|Xenolin|Modavex|Tramivan|Priligex".split("|")
PHARMA_STEM = "pill|med|rx|pharma|tab|cure|health|drug|care|apotek|meds|pharm".split("|")
PHARMA_PHRASES = """buy {d} online|cheap {d} without prescription|{d} {mg}mg price|generic {d} next day delivery|order {d} no rx|{d} for sale|best place to buy {d}|{d} online pharmacy|discount {d} tablets|where to buy {d} in {place}|{d} overnight shipping|{d} {mg} mg generic""".split("|")
PLACES = "usa|uk|canada|australia|europe|dubai|singapore|india".split("|")

ESSAY_STEM = "essay|paper|homework|thesis|writer|grade|assign|study|dissertation|term".split("|")
ESSAY_PHRASES = """write my essay|essay writing service|buy essay online cheap|do my homework for money|pay someone to write my paper|best dissertation writing service|custom term papers|college essay help|write my research paper|cheap essay writers uk|assignment help online|thesis writing service {place}|buy college essays|essay writer free""".split("|")

REPLICA_BRANDS = "Rolvex|Omeira|Cartello|Luivon|Hermosa|Pradella|Vanteur|Breitlan|Audemont|Chanelle|Balmora|Tagliore".split("|")
REPLICA_PHRASES = """replica {b} watches|fake {b} bags|{b} replica outlet|AAA quality {b} copy|best {b} replica site|swiss made {b} replica|cheap {b} handbags|{b} knockoff for sale|1:1 {b} replica|mirror quality {b}""".split("|")

CRYPTO_STEM = "coin|satoshi|btc|crypto|block|chain|token|usdt|eth|dice|moon".split("|")
CRYPTO_PHRASES = """bitcoin casino no deposit bonus|best crypto casino {yr}|usdt slots|btc dice|crypto casino free spins|anonymous bitcoin gambling|eth roulette|bitcoin sportsbook|instant withdrawal crypto casino|provably fair dice|crypto casino without kyc|{b} bitcoin bonus code""".split("|")

CASINO_ANCHORS = {
"en": "best online casino|online slots real money|free spins no deposit|casino bonus|sports betting sites|live casino|online poker|no deposit casino bonus|real money slots|betting tips|new casino sites {yr}|fast payout casino".split("|"),
"tr": "casino siteleri|deneme bonusu veren siteler|bahis siteleri|canlı bahis|güvenilir bahis siteleri|slot siteleri|bonus veren siteler|güncel giriş|kaçak bahis|casino giriş|yatırımsız deneme bonusu|bedava bonus|canlı casino siteleri|en iyi bahis siteleri|illegal bahis siteleri".split("|"),
"id": "situs judi slot online|slot gacor hari ini|agen togel terpercaya|link alternatif|situs slot gacor|judi bola online|daftar slot|bandar togel|slot deposit pulsa|rtp slot live|maxwin hari ini".split("|"),
"vi": "nhà cái uy tín|cá cược bóng đá|tải app nhận thưởng|đăng ký nhận thưởng|link vào nhà cái|game bài đổi thưởng|nổ hũ|soi kèo hôm nay|kèo nhà cái".split("|"),
"pt": "cassino online|apostas esportivas|bônus de boas-vindas|site de apostas|jogo do tigrinho|rodadas grátis|melhor cassino online|aposta ganha|bônus sem depósito".split("|"),
}

KOREAN = "토토사이트|먹튀검증|안전놀이터|메이저사이트|카지노사이트|바카라사이트|슬롯사이트|파워볼|스포츠토토|온라인카지노|먹튀사이트|토토커뮤니티|사설토토|라이브카지노|꽁머니|가입머니|토토 추천|메이저놀이터|먹튀폴리스|홀덤사이트".split("|")
KOREAN_STEM = "toto|mt|major|safe|casino|baccarat|slot|powerball|sports|vip|gold|king".split("|")

CHINESE = "网上赌博|真人百家乐|体育投注|彩票平台|注册送彩金|棋牌游戏|在线娱乐城|官方网站|电子游艺|亚洲博彩|返水|首存送|银河湾娱乐|鼎盛国际|天利彩票|百胜娱乐官网|开户|时时彩|六合彩资料|足球外围".split("|")
CHINESE_STEM = "cp|yl|bet|vip|88|hg|tyc|amxpj|ag|bbin|dz".split("|")

CYRILLIC = "казино онлайн|игровые автоматы на деньги|бонус без депозита|рабочее зеркало|скачать казино|ставки на спорт|букмекерская контора|слоты с выводом|фриспины за регистрацию|лучшие онлайн казино|Казино Северное Сияние|Фортуна Слотс официальный сайт|играть бесплатно|промокод казино|вход в казино|казино на рубли".split("|")
CYRILLIC_STEM = "kazino|slots|stavki|vulk|fortuna|zerkalo|igra|bonus|azart|kush".split("|")

THAI = "สล็อตเว็บตรง|สล็อตแตกง่าย|เว็บพนันออนไลน์|บาคาร่าออนไลน์|ฝากถอนไม่มีขั้นต่ำ|เครดิตฟรี|แทงบอลออนไลน์|ทางเข้า|สมัครสมาชิก|โบนัส 100%|เว็บตรงไม่ผ่านเอเย่นต์|สล็อต pg|หวยออนไลน์|คาสิโนออนไลน์".split("|")
THAI_STEM = "slot|ufa|pg|betflix|joker|lotto|hengheng|sbo|lava".split("|")

LOANS = {
"en": "payday loans online no credit check|quick cash loan same day|instant approval loans|bad credit personal loans|loans near me|title loans online|guaranteed loan approval|fast cash advance".split("|"),
"tr": "hızlı kredi başvurusu|taksitli nakit avans|kefilsiz kredi|anında kredi onayı|faizsiz kredi veren bankalar".split("|"),
"id": "pinjaman online cepat cair|pinjol tanpa bi checking|dana tunai cepat|pinjaman tanpa jaminan".split("|"),
"pt": "empréstimo online rápido|empréstimo para negativado|crédito na hora|dinheiro rápido sem consulta".split("|"),
"vi": "vay tiền online nhanh|vay tiền không cần thế chấp|vay tiêu dùng lãi suất thấp".split("|"),
}
LOAN_STEM = "loan|cash|credit|kredi|pinjam|vay|emprestimo|fund|money".split("|")

DATING = {
"en": "meet singles near you|free dating site no registration|chat with women tonight|find your soulmate online|local dating app|lonely hearts chat|sugar dating site".split("|"),
"tr": "arkadaşlık sitesi|ücretsiz sohbet odaları|yakınındaki bekarlarla tanış".split("|"),
"ru": "сайт знакомств бесплатно|знакомства без регистрации|познакомиться онлайн".split("|"),
"id": "situs kencan gratis|cari jodoh online|aplikasi kenalan".split("|"),
"pt": "site de namoro grátis|conheça solteiros perto de você|bate-papo online".split("|"),
}
DATING_STEM = "date|love|single|match|flirt|meet|heart|chat|tanis".split("|")

STUFF_SEEDS = {
"casino": ("casino", "best|online|bonus|slots|free spins|no deposit|real money|jackpot|play|win|top|new|mobile|live"),
"slot": ("slot", "gacor|online|terpercaya|maxwin|hari ini|deposit|pulsa|resmi|link|daftar|situs"),
"bahis": ("bahis", "siteleri|güvenilir|canlı|deneme bonusu|giriş|güncel|casino|yasal|kazan|en iyi"),
"essay": ("essay", "writing|service|cheap|custom|online|best|buy|write my|help|uk|fast"),
"pills": ("pills", "cheap|buy|online|generic|no prescription|fast delivery|discount|order|best price"),
"loans": ("loans", "payday|online|fast|instant|no credit check|cash|easy|approval|bad credit|today"),
}

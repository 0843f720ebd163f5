"""Reader comment threads appended after articles (families "comment:<part>", JUNK by default)."""
from __future__ import annotations

import random

from . import articles as A

# header | meta templates ({u} user, {t} time) | crumbs | bodies (one per line)
DATA = {
"en": ("{n} Comments|{n} comments|Leave a Reply|Join the discussion|Comments ({n})|{n} thoughts on this article|Reader comments",
       "{u} says:|{u} says: {date}|{u}|{u} on {date} said:|{u} · {ago}|@{u} replied|{u} replied to {v}|{u} ({ago})",
       "Reply|Report|Like|Reply ↓|Like ({k})|Share|Flag as inappropriate|Log in to Reply|Reply · Report",
       """Great article, thanks for sharing! :)
I live in this area and honestly nothing has changed in years.
Does anyone know if the buses will run on Sundays now?
This is exactly what I said would happen lol
Totally agree with the previous commenter.
Wow, I had no idea. Thanks for explaining it so clearly!
I'm not sure about this... who is paying for all of it?
My kids go to that school and the teachers are wonderful, just saying.
Can you write a follow-up next month? Would love to know how it turns out.
Same here, we waited almost two hours on Tuesday :(
Finally someone is talking about this!!
Been saying this for years. Nobody listens."""),
"de": ("{n} Kommentare|Kommentare|Kommentare ({n})|Diskutieren Sie mit|Leserkommentare|Schreiben Sie einen Kommentar",
       "{u} sagt:|{u} sagt: {date}|{u}|{u} schrieb am {date}:|{u} · vor {k} Stunden|@{u} antwortete|Antwort an {v}",
       "Antworten|Melden|Gefällt mir|Antworten ↓|Kommentar melden|Zitieren",
       """Toller Artikel, danke dafür!
Ich wohne da und ehrlich gesagt hat sich seit Jahren nichts geändert.
Weiß jemand, ob die Busse jetzt auch sonntags fahren?
Genau das habe ich vorausgesagt :)
Sehe ich genauso wie mein Vorredner.
Wer soll das eigentlich alles bezahlen?
Bitte bleibt an dem Thema dran, würde mich interessieren, wie es weitergeht.
Bei uns war es am Dienstag genauso, fast zwei Stunden gewartet :(
Endlich spricht mal jemand darüber!"""),
"es": ("{n} comentarios|Comentarios|Deja una respuesta|Únete a la conversación|Comentarios ({n})",
       "{u} dice:|{u} dice: {date}|{u}|{u} el {date}:|{u} · hace {k} horas|@{u} respondió|Respuesta a {v}",
       "Responder|Denunciar|Me gusta|Responder ↓|Reportar",
       """¡Muy buen artículo, gracias por compartir!
Vivo en la zona y la verdad es que nada ha cambiado en años.
¿Alguien sabe si los autobuses funcionarán los domingos?
Justo lo que yo decía jaja
Totalmente de acuerdo con el comentario anterior.
¿Y quién va a pagar todo esto?
Ojalá hagan un seguimiento el mes que viene :)
¡Por fin alguien habla de esto!"""),
"fr": ("{n} commentaires|Commentaires|Laisser un commentaire|Réagissez|Commentaires ({n})",
       "{u} dit :|{u} dit : {date}|{u}|{u} le {date} :|{u} · il y a {k} heures|@{u} a répondu",
       "Répondre|Signaler|J'aime|Répondre ↓|Signaler un abus",
       """Super article, merci pour le partage !
J'habite le quartier et franchement rien n'a changé depuis des années.
Quelqu'un sait si les bus vont circuler le dimanche ?
C'est exactement ce que je disais mdr
Entièrement d'accord avec le commentaire précédent.
Et qui va payer tout ça ?
Enfin quelqu'un qui en parle !"""),
"pt": ("{n} comentários|Comentários|Deixe um comentário|Participe da conversa|Comentários ({n})",
       "{u} disse:|{u} disse: {date}|{u}|{u} em {date}:|{u} · há {k} horas|@{u} respondeu",
       "Responder|Denunciar|Curtir|Responder ↓",
       """Ótima matéria, obrigado por compartilhar!
Moro na região e sinceramente nada mudou em anos.
Alguém sabe se os ônibus vão rodar no domingo?
Exatamente o que eu falei kkkk
Concordo totalmente com o comentário acima.
E quem vai pagar tudo isso?
Finalmente alguém falando disso!"""),
"it": ("{n} commenti|Commenti|Lascia un commento|Partecipa alla discussione",
       "{u} scrive:|{u} ha detto: {date}|{u}|{u} il {date}:|@{u} ha risposto",
       "Rispondi|Segnala|Mi piace|Rispondi ↓",
       """Bell'articolo, grazie!
Abito in zona e onestamente non è cambiato niente da anni.
Qualcuno sa se gli autobus passeranno anche la domenica?
Esattamente quello che dicevo io ahah
Sono d'accordo con il commento precedente.
E chi paga tutto questo?"""),
"ru": ("Комментарии ({n})|{n} комментариев|Комментарии|Оставить комментарий|Обсуждение",
       "{u} пишет:|{u}|{u}, {date}|{u} · {k} часов назад|@{u} ответил|Ответ для {v}",
       "Ответить|Пожаловаться|Нравится|Ответить ↓|Цитировать",
       """Отличная статья, спасибо!
Живу в этом районе, и честно говоря, ничего не меняется годами.
Кто-нибудь знает, будут ли автобусы ходить по воскресеньям?
Ну я же говорил :)
Полностью согласен с предыдущим комментатором.
А кто за всё это заплатит?
Наконец-то кто-то об этом написал!"""),
"tr": ("{n} Yorum|Yorumlar|Yorum yap|Yorumlar ({n})|Tartışmaya katılın",
       "{u} dedi ki:|{u}|{u} - {date}|{u} · {k} saat önce|@{u} yanıtladı",
       "Yanıtla|Şikayet et|Beğen|Cevapla",
       """Çok güzel bir yazı, teşekkürler!
Ben de orada oturuyorum, yıllardır hiçbir şey değişmedi.
Otobüsler pazar günü de çalışacak mı bilen var mı?
Aynen söylediğim gibi oldu :)
Bir önceki yoruma katılıyorum.
Peki bunların parasını kim ödeyecek?"""),
"pl": ("Komentarze ({n})|{n} komentarzy|Dodaj komentarz|Komentarze",
       "{u} pisze:|{u}|{u}, {date}|@{u} odpowiedział",
       "Odpowiedz|Zgłoś|Lubię to",
       """Świetny artykuł, dzięki!
Mieszkam tam i szczerze mówiąc nic się nie zmieniło od lat.
Ktoś wie, czy autobusy będą jeździć w niedziele?
A kto za to wszystko zapłaci?"""),
"zh": ("评论（{n}）|{n}条评论|网友评论|发表评论|热门评论",
       "{u}|{u} {date}|{u}　{k}小时前|@{u} 回复|{u} 回复 {v}",
       "回复|举报|赞|赞({k})|回复 ↓",
       """写得很好，谢谢分享！
我就住在那边，说实话这么多年一点变化都没有。
有人知道周末公交车开不开吗？
我早就说过会这样哈哈
同意楼上的看法。
这些钱到底谁来出？"""),
"ko": ("댓글 {n}|댓글|댓글 ({n})|의견 남기기|베스트 댓글",
       "{u}|{u} {date}|{u} · {k}시간 전|@{u} 님이 답글",
       "답글|신고|좋아요|좋아요 {k}|답글 ↓",
       """좋은 기사 감사합니다!
저도 그 동네 사는데 몇 년째 바뀐 게 하나도 없어요.
주말에도 버스 다니는지 아시는 분?
제가 그럴 줄 알았다니까요 ㅋㅋ
윗분 말씀에 동의합니다.
그 돈은 누가 내나요?"""),
"hi": ("{n} टिप्पणियाँ|टिप्पणियाँ|एक टिप्पणी छोड़ें|चर्चा में शामिल हों|टिप्पणियाँ ({n})|पाठकों की राय",
       "{u} ने कहा:|{u} ने कहा: {date}|{u}|{u}, {date}:|{u} · {k} घंटे पहले|@{u} ने जवाब दिया|{v} को जवाब",
       "जवाब दें|रिपोर्ट करें|पसंद करें|जवाब दें ↓|पसंद ({k})|शिकायत करें",
       """बहुत अच्छा लेख, साझा करने के लिए धन्यवाद!
मैं इसी इलाके में रहता हूँ और सच कहूँ तो सालों से कुछ नहीं बदला।
क्या किसी को पता है कि अब रविवार को भी बसें चलेंगी?
मैंने तो पहले ही कहा था कि यही होगा
पिछली टिप्पणी से पूरी तरह सहमत हूँ।
आखिर इसका खर्च कौन उठाएगा?
अगले महीने इस पर आगे की खबर भी लिखिए।
हमने भी मंगलवार को लगभग दो घंटे इंतज़ार किया :(
आखिरकार कोई तो इस बारे में बात कर रहा है!"""),
"bn": ("{n}টি মন্তব্য|মন্তব্য|একটি মন্তব্য করুন|আলোচনায় যোগ দিন|মন্তব্য ({n})|পাঠকের মতামত",
       "{u} বলেছেন:|{u} বলেছেন: {date}|{u}|{u}, {date}:|{u} · {k} ঘণ্টা আগে|@{u} উত্তর দিয়েছেন|{v}-কে উত্তর",
       "উত্তর দিন|রিপোর্ট করুন|পছন্দ|উত্তর দিন ↓|পছন্দ ({k})|অভিযোগ করুন",
       """খুব ভালো লেখা, শেয়ার করার জন্য ধন্যবাদ!
আমি এই এলাকাতেই থাকি, সত্যি বলতে বছরের পর বছর কিছুই বদলায়নি।
কেউ কি জানেন এখন রবিবারেও বাস চলবে কি না?
আমি তো আগেই বলেছিলাম এমনটাই হবে
আগের মন্তব্যের সঙ্গে পুরোপুরি একমত।
এত খরচ শেষ পর্যন্ত কে দেবে?
পরের মাসে এ নিয়ে আরেকটি খবর লিখবেন প্লিজ।
আমরাও মঙ্গলবার প্রায় দুই ঘণ্টা অপেক্ষা করেছি :(
অবশেষে কেউ তো এ নিয়ে কথা বলছে!"""),
}
_PARSED = {k: tuple(x.split("|") if i < 3 else x.split("\n") for i, x in enumerate(v)) for k, v in DATA.items()}

_HANDLES = ("{f}", "{f} {L}.", "{f}_{y}", "{f}{k}", "{f} from {c}", "anon{y}", "{f}.{l}", "{F}")


def _user(L: A.Lang, rng: random.Random) -> str:
    f = rng.choice(L["first"])
    l = rng.choice(L["last"])
    h = rng.choice(_HANDLES)
    if L.cjk or L.code == "ko":
        h = rng.choice(("{f}", "{l}{f}", "{f}{k}", "anon{y}"))
    return h.format(f=f, L=l[:1], l=l.lower(), y=rng.randint(1970, 2005), k=rng.randint(1, 99),
                    c=rng.choice(L["city"]), F=f + " " + l)


def body_line(code: str, rng: random.Random) -> str:
    bodies = _PARSED.get(code, _PARSED["en"])[3]
    return rng.choice(bodies)


def _date(L: A.Lang, rng: random.Random) -> str:
    if L.code == "en":
        d = f"{rng.choice(L['months'])} {rng.randint(1, 28)}, {rng.randint(2012, 2023)}"
        if rng.random() < 0.6:
            d += f" at {rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('am', 'pm'))}"
        return d
    if rng.random() < 0.5:
        return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2012, 2023)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    return f"{rng.randint(2012, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _ago(rng: random.Random) -> str:
    return rng.choice(("2 hours ago", "5 minutes ago", "1 day ago", "3 days ago", "a week ago", "just now", "1 year ago"))


def thread(L: A.Lang, rng: random.Random) -> list[list[tuple[str, str]]]:
    """Blocks of (line, part) where part in header/meta/body/crumb."""
    code = L.code if L.code in _PARSED else "en"
    UL = L if code == L.code else A.lang("en")
    header, metas, crumbs, bodies = _PARSED[code]
    blocks: list[list[tuple[str, str]]] = []
    n_comments = rng.randint(1, 6)
    if rng.random() < 0.85:
        blocks.append([(rng.choice(header).format(n=n_comments + rng.randint(0, 20)), "header")])
    users: list[str] = []
    numbered = rng.random() < 0.15
    crumb_p = rng.random()
    for i in range(n_comments):
        u = _user(UL, rng)
        v = rng.choice(users) if users else _user(UL, rng)
        users.append(u)
        meta = rng.choice(metas).format(u=u, v=v, date=_date(UL, rng), ago=_ago(rng), k=rng.randint(1, 23))
        block = []
        if numbered:
            meta = f"{i + 1}. {meta}"
        block.append((meta, "meta"))
        if rng.random() < 0.3 and "{date}" not in meta:
            block.append((_date(UL, rng) if rng.random() < 0.5 else _ago(rng), "meta"))
        for j in range(rng.choice((1, 1, 1, 2, 3))):
            b = " ".join(rng.sample(bodies, rng.randint(1, min(3, len(bodies)))))
            if users[:-1] and rng.random() < 0.2 and j == 0:
                b = f"@{v} {b}"
            block.append((b, "body"))
        if rng.random() < crumb_p:
            block.append((rng.choice(crumbs).format(k=rng.randint(1, 40)), "crumb"))
        blocks.append(block)
    return blocks

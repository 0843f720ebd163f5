"""Spam glued onto a content line is cut off where the text changes character; content stays byte-identical."""

import random
import time

import numpy as np
import pytest

from cleanarticle import Cleaner, Reason, glued, realdata
from cleanarticle.glued import choose_cut, head_starts, plan, tail_starts
from cleanarticle.synthetic import spam

SENTENCE = "The committee will publish its final report on the new rail line in the spring, officials said."
GLUED = "luckyspin777.combetzone-giris.orgmegaslot88.net casino bonus kazan365.vip"


def test_glued_tail_is_cut_at_the_sentence_end(cleaner):
    assert cleaner.clean(f"{SENTENCE}{GLUED}\n") == f"{SENTENCE}\n"
    assert cleaner.clean(f"{SENTENCE} {GLUED}\r\n") == f"{SENTENCE}\r\n"


def test_explain_shows_the_cut(cleaner):
    verdict = cleaner.explain(f"{SENTENCE}{GLUED}")[0]
    assert verdict.kept and verdict.reason is Reason.TRIMMED
    assert verdict.kept_span == (0, len(SENTENCE))


@pytest.mark.parametrize(
    "tail",
    [
        "cheap viagra online pharmacy no prescription",  # glued lowercase words with spam signals
        " 바카라사이트 온라인카지노 먹튀사이트",  # a change of script
        " | cheap essay writers | essay writer free | buy essay online",  # a pipe run
    ],
    ids=["glued-lowercase", "script-change", "pipe"],
)
def test_marked_tails_are_cut(cleaner, tail):
    assert cleaner.clean(f"{SENTENCE}{tail}\n") == f"{SENTENCE}\n"


def test_head_with_spam_is_cut_before_the_content(cleaner):
    assert cleaner.clean(f"luckyspin777.com betzone-giris.org megaslot88.net {SENTENCE}\n") == f"{SENTENCE}\n"
    assert cleaner.clean(f"바카라사이트 온라인카지노 먹튀사이트{SENTENCE}\n") == f"{SENTENCE}\n"


@pytest.mark.parametrize(
    "line",
    [
        "Officials said the full report is available at www.example.org/report.",
        "Who are we as a nation if we answer threats with more threats? pic.twitter.com/s96jjh8AlD",
        "The casino in Halifax reopened on Tuesday after a two-year renovation that cost millions.",
        "Mix 4 oz. cooked chicken, 1 Tbsp. olive oil and 1 tsp. balsamic vinegar, then serve",
        "Run the script as python fetch.py --since 2020-01-01 to refresh the local copy of the data",
        "Thank you for writing, I will try to follow your advice. -- CONCERNED SISTER",
        "Prices rose 2.5 percent in the year to March, according to figures published on Monday",
        "Visit PanARMENIAN.Net - Verified video footage shows the convoy crossing the border at dawn",
        "- Do 3 sierpnia ceny wzrosły o 3,6 proc., najbardziej od 1998 roku",
        "Wir danken allen Leser.innen, die uns geschrieben haben, und dem Team von ver.di in Berlin",
        "Write the key to server_key.pem and the certificate to server_cert.pem before you restart it",
        "Write to the clerk at jane.doe@council.example.org | Room 4 | Mondays and Thursdays",
        "| Ward | Councillor | Email | Party |",
    ],
    ids=["url", "embed-link", "spam-word-in-prose", "abbreviations", "code", "signature", "number", "domain",
         "abbreviation-before-comma", "glued-lowercase-in-words", "file-names", "e-mail", "table-row"],
)
def test_content_lines_are_never_trimmed(cleaner, line):
    assert cleaner.clean(line + "\n") == line + "\n"


def test_tail_starts_skip_urls_abbreviations_and_numbers():
    line = "Mr. Li paid 3.5 million at https://www.example.com/a. Then he left.spamname.comother.net"
    tails = [line[start:] for _, start, _ in tail_starts(line)]
    assert tails[0].startswith("Li paid")
    assert not any(t.startswith(("5 million", "example", "com/a")) for t in tails)
    assert "spamname.comother.net" in tails


def test_a_spam_name_glued_to_the_last_word_is_no_host_name():
    # "evening.toto-x1.pro" has the shape of a host (pic.twitter.com), but a spam name follows the dot.
    line = "The road stays closed until Saturday evening.toto-x1.pro || bingozone7 || toto101.net"
    assert "toto-x1.pro || bingozone7 || toto101.net" in [line[start:] for _, start, _ in tail_starts(line)]
    host = "Read the full story on the council's pages at news.example.org"
    assert not any(host[start:].startswith("example") for _, start, _ in tail_starts(host))


def test_a_tail_starts_after_a_closing_quote():
    line = '"We will be back in March," the coach said. "We are confident."luckyspin777.com casino bonus'
    assert "luckyspin777.com casino bonus" in [line[start:] for _, start, _ in tail_starts(line)]


def test_no_tail_starts_inside_a_quoted_name():
    line = "On Monday the library runs a workshop on »ask.now« for teachers who have not used it yet"
    assert tail_starts(line) == []
    closed = 'He called the app "ask.now" last year.spamname.comother.net'
    assert [closed[start:] for _, start, _ in tail_starts(closed)] == ["spamname.comother.net"]


def test_tail_marks_say_how_the_text_changes():
    marks = {end: m for end, _, m in tail_starts("Ends here.glued words. lower words. | Next. Другой текст")}
    assert [sorted(m) for m in marks.values()] == [["glued", "lower"], ["lower"], ["separator"], ["script"]]


def test_head_starts_need_a_capital_after_a_break():
    line = "megaslot88.net | bonus kazan | The report was published on Monday."
    starts = {line[start:]: marks for _, start, marks in head_starts(line)}
    assert starts["The report was published on Monday."] == frozenset({"separator"})
    assert not any(s.startswith(("bonus", "kazan", "report")) for s in starts)


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("megaslotvipnet casinobonus kazanvip", True),  # glued to the sentence end
        (" | megaslot vip | casino bonus kazan", True),  # after a separator run
        (" thanks so much for writing this up", False),  # a lowercase word: real replies end so
        (" - Maria Lopez, Springfield", False),  # a dash leads into an attribution
    ],
    ids=["glued", "separator", "lowercase", "dash"],
)
def test_a_tail_without_spam_words_goes_only_after_a_glue_mark(tail, cut):
    # Whatever the cut head scores, the rule decides which tails with no spam signal may go.
    line = SENTENCE + tail
    p = plan(line)
    found = choose_cut(p, [1.0] * len(p.cuts), [False] * len(p.cuts), 0.5)
    assert (found is not None and line[found.start : found.end] == SENTENCE) is cut
    assert found is None or found.start == 0


@pytest.mark.parametrize(("tail", "cut"), [(" and here is the onlinekasinobonus for all of you to use", True),
                                           (" and here is the new timetable for all of you to use", False)])
def test_spam_words_count_in_a_tail_of_function_words(cleaner, tail, cut):
    # The line features skip spam words in a span of mostly function words; the cut rule does not.
    m = glued.cut_matrix(cleaner.model, [SENTENCE + tail])
    found = glued.cuts_from_scores(m, np.ones(len(m.inputs)), 0.5)[0]
    assert (found == (0, len(SENTENCE))) is cut


def test_a_head_goes_only_with_spam_signals():
    line = "free chat rooms meet singles near you Prices rose by 3 percent in July, officials said on Monday."
    p = plan(line)
    heads = [c.keep[0] > 0 for c in p.cuts]
    assert any(heads)
    assert choose_cut(p, [1.0] * len(p.cuts), [False] * len(p.cuts), 0.5) is None
    found = choose_cut(p, [1.0] * len(p.cuts), heads, 0.5)
    assert found is not None and line[found.start :].startswith("Prices rose")


def test_clean_lines_are_never_trimmed():
    cleaner = Cleaner()
    text = "U.S. officials met on Jan. 5 in Washington, D.C. to discuss the plan.\nIt was approved.\n"
    assert cleaner.clean(text) == text


needs_real_pages = pytest.mark.skipif(
    realdata.data_root() is None, reason="the benchmark pages (../shared/data) are not beside this checkout")


@needs_real_pages
def test_cuts_on_real_pages_keep_their_article_text(cleaner):
    # Real extractor output as it is, and with generated spam glued to the end of its longest line:
    # no cut removes gold article text (aeb) or cuts through a must-keep segment (traf-eval), and
    # where spam was glued on, the real line stays whole.
    rng = random.Random(0)
    cuts = 0
    for page in realdata.pages("aeb"):
        gold = f" {realdata.norm(page.gold)} "
        lines = page.text.split("\n")
        longest = max(range(len(lines)), key=lambda i: len(lines[i]))
        original = lines[longest]
        lines[longest] += spam.glued_run(rng.choice(("casino_glued", "korean_toto", "essay")), rng)
        for text in (page.text, "\n".join(lines)):
            for v in cleaner.explain(text):
                if v.kept_span is not None:
                    cuts += 1
                    a, b = v.kept_span
                    if text != page.text and v.index == longest:
                        assert original in v.line[a:b], v.line
                        continue
                    for gone in (v.line[:a], v.line[b:]):
                        assert not realdata.norm(gone) or f" {realdata.norm(gone)} " not in gold, v.line
    for page in realdata.pages("traf-eval"):
        for v in cleaner.explain(page.text):
            if v.kept_span is not None:
                a, b = v.kept_span
                assert all(seg not in v.line or seg in v.line[a:b] for seg in page.keep_segments), v.line
    assert cuts > 0  # the check ran on real cuts


def _cpu(fn, arg) -> float:
    start = time.process_time()
    fn(arg)
    return time.process_time() - start


def test_tail_starts_scan_a_long_line_once():
    # Inside an open quotation every sentence end is skipped: each must not rescan the line before it.
    small = min(_cpu(tail_starts, '"' + "Word. " * 10_000) for _ in range(3))
    large = min(_cpu(tail_starts, '"' + "Word. " * 40_000) for _ in range(3))
    assert large < 8 * small + 0.02  # linear work is 4x; rescanning would be 16x


def test_spam_checks_scan_a_long_line_once():
    # Thousands of lexicon hits inside plain words ("cialis" in "specialist"): each is looked at once.
    small = min(_cpu(glued.spam_shaped, "specialist " * 5_000) for _ in range(3))
    large = min(_cpu(glued.spam_shaped, "specialist " * 20_000) for _ in range(3))
    assert large < 8 * small + 0.02  # linear work is 4x; counting every hit again per hit would be 16x


def _cut_all_accepted(cleaner, line):
    """The cut the rules make when the cut head accepts every candidate (its worst case)."""
    m = glued.cut_matrix(cleaner.model, [line])
    return glued.cuts_from_scores(m, np.ones(len(m.inputs)), 0.5)[0]


def test_a_head_cut_never_takes_a_sentence_that_runs_to_it(cleaner):
    # The head may pass over the content's start and accept only a cut at a word-inner capital.
    spam = "bitcoin casino no deposit bonus|anonymous bitcoin gambling - crypto casino without kyc "
    line = spam + ("Our aim with these monthly posts is to let our members ask any questions "
                   "about OpenAir and the way it is run. We answer them all by the end of the month.")
    m = glued.cut_matrix(cleaner.model, [line])
    deep = line.index("Air and")
    scores = np.array([1.0 if c.keep[0] == deep else 0.0 for c in m.plans[0].cuts])
    assert scores.any()
    found = glued.cuts_from_scores(m, scores, 0.5)[0]
    assert found is None or found.start <= len(spam)
    assert not glued._ends_in_a_sentence("usdt slots | Crypto casino without kyc in the best place to play ")


def test_a_head_of_keywords_holds_no_sentence_glued_to_another_script():
    # A short line of content, then spam glued on: its sentence end is no part of a keyword head.
    head = ("Studien följde 632 vuxna under 9 år.开户mega-bbin.kr返水grandyl.bz棋牌游戏Grand8824.to足球外围"
            "vipcity555.vip开户jetdzpro.vip时时彩Dztr69.com开户88101.co")
    assert not glued._spam_head(head)
    assert glued._spam_head(head[head.index("开户") :])


def test_cjk_text_and_a_word_cut_at_its_hyphen_are_no_glued_names():
    assert not glued._spam_piece("約41,")
    assert not glued._spam_piece("Marc-")  # of Marc-Andre
    assert glued._spam_piece("luckyspin777.")


def test_keyword_stuffing_is_spam_without_a_known_word():
    assert glued.stuffed("zorbly mop frenz - zorbly mop frenz - zorbly mop frenz")
    assert not glued.stuffed("half butter half cream cheese, will it be sturdy enough? I used cream cheese before")
    # Three links to one site repeat its name: a citation, not stuffing.
    assert not glued.stuffed("visit http://www.example.com/a, http://www.example.com/b or http://www.example.com/c")


def test_a_stuffed_tail_goes_without_spam_words(cleaner):
    tail = " zorbly mop frenz zorbly mop frenz zorbly mop frenz"
    assert _cut_all_accepted(cleaner, SENTENCE + tail) == (0, len(SENTENCE))


@pytest.mark.parametrize(
    ("content", "spam_run"),
    [
        ("Tickets for the reunion tour go on sale at 10 a.m. Friday, Dec. 6.",
         "Goldencassinowin777.mebluebonustr24.com.trkingcassinoio.ws"),
        ("The company runs an exchange for advertisers. For more information, please visit www.example.com.",
         "gacorcity99.app/?ref=858kazanland.siteturboparlayist88.wscassinovip.online"),
        ("The council met on Monday to discuss the new rail line. It will publish the rest of its report next week",
         "먹튀폴리스 안전놀이터 먹튀사이트 토토사이트"),
        ("Prices rose in the second half of the year, and growth slowed in the broader U.S. economy.",
         "essay writing service - cheap essay writing service"),
    ],
    ids=["number", "sentence", "script", "word-after-abbreviation"],
)
def test_a_cut_never_takes_the_end_of_the_content(cleaner, content, spam_run):
    # Even when the cut head accepts every candidate, the content stays whole: the spam begins
    # after the last sentence, not at an abbreviation, a number or a sentence before it.
    found = _cut_all_accepted(cleaner, content + spam_run)
    assert found is None or (found.start == 0 and found.end >= len(content))


def _cut_none_accepted(cleaner, line):
    """The cut the rules make when the cut head accepts no candidate."""
    m = glued.cut_matrix(cleaner.model, [line])
    return glued.cuts_from_scores(m, np.zeros(len(m.inputs)), 0.5)[0]


def test_a_head_of_spam_keywords_goes_whatever_the_head_scores(cleaner):
    line = f"jackpot slot gacor maxwin | bahis siteleri {SENTENCE}"
    assert _cut_none_accepted(cleaner, line) == (len(line) - len(SENTENCE), len(line))


@pytest.mark.parametrize("line", [
    f"Daily Forex Technical Analysis - {SENTENCE}",  # a topic in a link list: one spam word
    f"casino bonus slot siteleri. {SENTENCE}",  # a sentence end in the head
    f"See https://casino.example.org/slots {SENTENCE}",  # a link
])
def test_a_head_goes_on_its_words_alone_only_when_it_is_all_spam_keywords(cleaner, line):
    assert _cut_none_accepted(cleaner, line) is None


def test_a_head_of_keywords_holds_no_sentence():
    assert glued._spam_head("casino bonus slot gacor maxwin")
    assert not glued._spam_head("casino bonus slot gacor maxwin jackpot flat screens like the LG")


def test_no_head_of_keywords_is_cut_inside_a_script_without_capitals(cleaner):
    # Korean offers a start at every word; the content here begins glued to the spam.
    line = ("안전놀이터 꽁머니 라이브카지노 안전놀이터비판하는 쪽에서는 "
            "새 규정이 창원 밖의 소규모 업체에 가장 큰 타격을 줄 것이라고 지적한다.")
    found = _cut_none_accepted(cleaner, line)
    assert found is None or found.start <= line.index("비판하는")


def test_a_head_cut_keeps_an_opening_cjk_quote(cleaner):
    content = "「こんなに多くの人が来るとは思わなかった」と、運営を手伝った田中さんは話した。"
    found = _cut_all_accepted(cleaner, "บาคาร่าออนไลน์ สล็อตเว็บตรง lucky88.bet" + content)
    assert found is None or found.start <= len("บาคาร่าออนไลน์ สล็อตเว็บตรง lucky88.bet")


@pytest.mark.parametrize("content", ['He will also be back in March." - Sapa',
                                     "They lost to the Bucks on Wednesday night. J"])
def test_a_tail_cut_keeps_a_signature(cleaner, content):
    content = "The coach said the team was ready for the new season. " + content
    found = _cut_all_accepted(cleaner, content + " | jet-kazinomax10.bz casino bonus slot siteleri")
    assert found is None or found.end >= len(content)


@pytest.mark.parametrize("content", [
    "iOS specialist Sonny Dickson decided to create some screenshots of the new phone.",  # a word's capital
    "- We discovered that many of our customers love the new active storage design.",  # a list dash
])
def test_a_head_cut_keeps_the_start_of_the_content(cleaner, content):
    found = _cut_all_accepted(cleaner, "casino slots casino win bahis siteleri | " + content)
    assert found is None or found.start <= len("casino slots casino win bahis siteleri | ")


@pytest.mark.parametrize("content", [
    "Apoie o jornalismo independente de diversas formas. Veja como em brasil247.com/apoio",  # a link
])
def test_a_tail_cut_keeps_the_last_sentence(cleaner, content):
    found = _cut_all_accepted(cleaner, content + "site de namoro grátis - conheça solteiros perto de você")
    assert found is None or found.end >= len(content)


def test_a_tail_cut_keeps_a_cjk_sentence_before_glued_spam(cleaner):
    # A CJK sentence has no spaces, yet it is no glued name the cut may widen over.
    assert not glued._spam_piece("最终方案预计于9月公布。")
    content = "当地农民告诉记者，春季干旱使收成减少了将近三分之一。最终报告预计于7月发布。"
    assert cleaner.clean(content + "먹튀사이트 먹튀폴리스 카지노사이트") == content


@pytest.mark.parametrize("sep", [" | ", " ", ""])
def test_a_tail_cut_keeps_a_sentence_ending_in_a_danda(cleaner, sep):
    # The danda ends a Hindi sentence as a full stop does: the spam after it goes, the sentence stays.
    content = "आंकड़ों के अनुसार, अकेले भोपाल में लगभग दो हजार लोग प्रभावित हुए हैं।"
    assert cleaner.clean(content + sep + GLUED + "megaslot88.net kazan365.vip") == content


@pytest.mark.parametrize("spam", ["메이저사이트,파워볼,메이저놀이터,카지노사이트,온라인카지노,홀덤사이트",
                                  "lavago.xyz บาคาร่าออนไลน์เว็บตรงไม่ผ่านเอเย่นต์เว็บพนันออนไลน์"])
@pytest.mark.parametrize("glue", ["", " "])
def test_a_head_cut_leaves_the_number_that_opens_the_content(cleaner, spam, glue):
    # In a script without capitals a year and a space may open a sentence ("since 2017 ..."). Spam
    # names end in digits too, but a few of theirs left cost less than the year taken.
    content = "2017 সাল থেকে সংস্থাটির নেতৃত্বে থাকা অমিত দাস বলেন, সিদ্ধান্তটি পুনর্বিবেচনা করা হবে।"
    assert cleaner.clean(spam + glue + content) == content


def test_a_head_never_opens_with_a_sentence(cleaner):
    line = ('"Greenpeace knows where they are but will not tell us," he said.สมัครสมาชิก - เว็บพนันออนไลน์ - '
            "สล็อต pgเครดิตฟรี - สล็อตแตกง่าย - สล็อต pg - โบนัส 100%เว็บตรงไม่ผ่านเอเย่นต์เว็บพนันออนไลน์")
    boundaries = glued._Scripts(line).boundaries()
    heads = [c for c in glued.cut_matrix(cleaner.model, [line]).plans[0].cuts if c.keep[0] > 0]
    assert heads and all(glued._takes_content(line, c, boundaries) for c in heads)


def test_initials_glued_to_a_name_end_a_head_as_content_does():
    assert glued._ends_as_content("먹튀검증 스포츠토토 luckysportsking555.comM.C. ")
    assert not glued._ends_as_content("먹튀검증 스포츠토토 luckysportsking555.com ")


def test_numbers_may_come_between_the_words_of_a_sentence():
    assert glued._sentence_start("Priserna steg med 4,5 procent i april, den största ökningen sedan 1999.")


@pytest.mark.parametrize(("spam", "content"), [
    ("casino bonus free spins slot siteleri", "WeWork agreed to a rescue by its largest shareholder on Tuesday."),
    ("라이브카지노 꽁머니 먹튀검증 메이저놀이터", "- Learning is unlimited. In school, it is limited to hours."),
    ("slot siteleri canlı bahis bedava bonus güncel giriş, ", "[Kentucky Space readers, by the end of the week."),
    ("casino 2023, eth roulette, bitcoin sportsbook",
     "my6sense offers an open advertising platform for ad networks, trading desks, group publishers, DSPs and SSPs. "
     "The company said its technology is used by most of the large publishers in the region."),
    ("title loans online / bad credit personal loans ", "Disgusted? Of course. But surprised? We had seen it coming."),
    ("토토 추천bluepowerballland24.com.tr카지노사이트royalmt365365.io", "M.C. Hammer is best known for his hits."),
    ("best Pradella replica site, best Pradella replica site", "McGovern returns to full status for the first time."),
    ("天利彩票时时彩 turbovip88555.bz/bonus", "82. In France, the tradition of taking in immigrants is old."),
    ("Bahis güncel bahis canlı bahis casino bahis güncel bahis güncel.",
     "Google Maps now labels the forests and deserts of the world."),
])
def test_a_head_cut_never_takes_the_start_of_the_content(cleaner, spam, content):
    found = _cut_all_accepted(cleaner, spam + content)
    assert found is None or found.start <= len(spam)


@pytest.mark.parametrize(("content", "spam"), [
    ("Jabba will probably go unfulfilled though. Sigh...", "메이저사이트 먹튀검증 메이저사이트 라이브카지노"),
    ("They lost to the Bucks on Wednesday night. J", " best crypto casino 2019|Wincryptowin365.com"),
    ("They lost to the Bucks on Wednesday night. J", "在线娱乐城 时时彩首存送 六合彩资料在线娱乐城"),
    ('He will be back in March." - Sapa', "  Yasal bahis bahis canlı deneme bonusu"),
    ("The video shows one of the employees reaching for his face. [MSNBC]", "betting tips online slots real money"),
    ("It is something that others (?you?) might be interested in reading.", "online poker – free spins no deposit"),
    ("Liquid water — is somewhat hard to find beyond Earth,” he said.", "ücretsiz sohbet odaları / sohbet odaları"),
    ("He is going to get the job done. I just hope I'm on the good side of that.\"", " nổ hũ,nhà cái uy tín"),
    ("Sources say there are many more. Some other pertinent technical results:", "casino bonus slot gacor"),
    ("Now he asks you to help him against the Dogs. (Sorry.)", "Casino bahis güvenilir bahis deneme bonusu"),
    ("The vote was close. Smith finished joint third.", " - Güncel bahis giriş bahis bahis güvenilir deneme"),
    ("The mayor called the video a joke. See it here:", " - Casino no deposit casino online real money"),
    ('"We are sure he will be back in March," he said. "He is fit." - Sapa', "Yasal bahis canlı deneme bonusu"),
    ('"We are sure he will be back in March," he said. "He is fit." - Sapa', " fake Cartello bags 1:1 replica"),
])
def test_a_tail_cut_never_takes_the_end_of_the_content(cleaner, content, spam):
    content = "The council met on Monday to discuss the new rail line and its budget. " + content
    found = _cut_all_accepted(cleaner, content + spam)
    assert found is None or found.end >= len(content)


def test_a_sign_off_glued_to_the_last_sentence_stays(cleaner):
    line = "I would be interested in a dealership, fifty miles a gallon?sweet.Good luck peace danny"
    assert _cut_all_accepted(cleaner, line) is None


def test_a_head_cut_keeps_a_list_number(cleaner):
    line = "casino bonus kazan slot siteleri 2. Today the council published its report on the new rail line."
    found = _cut_all_accepted(cleaner, line)
    assert found is None or line[found.start :].startswith("2. Today")


def test_spam_words_inside_ordinary_words_do_not_count():
    # The lexicon is searched anywhere in a span, as spam names are glued together, but not
    # inside a word of plain letters: "specialist" holds "cialis", "judicial" holds "judi".
    assert not glued.spam_shaped("a specialist on judicial review")
    assert glued.spam_shaped("the onlinekasinobonus for you")
    assert glued.spam_shaped("visit luckycasino88 today")


@pytest.mark.parametrize("tail", [
    " - cheap Zorvex without prescription",  # an invented drug name: only the phrase says spam
    "order Zorvex no rx best price",
    " provably fair dice without kyc",
], ids=["dash", "glued", "space"])
def test_spam_phrases_of_the_glued_lexicon_are_cut(cleaner, tail):
    # glued_spam.txt holds phrases that mark a cut-off part as spam but are no line features.
    assert cleaner.clean(f"{SENTENCE}{tail}\n") == f"{SENTENCE}\n"


def test_a_glued_spam_phrase_in_prose_stays(cleaner):
    line = "The pharmacist said the drug is sold without prescription in some countries, which worries doctors."
    assert cleaner.clean(line + "\n") == line + "\n"


@pytest.mark.parametrize("line", [
    "slot Prices rose by 3 percent in July, officials said on Mondayluckyspin777. | said.. www.x1.com.zorbly mop . "
    "먹튀폴리스economy..The | 6..casino.casino casino | bahis siteleri. U.S.more Jan.먹튀폴리스a.zorbly mop ",
    "casinoPrices rose by 3 percent in July, officials said on Monday. Prices rose by 3 percent in July, "
    "officials said on Monday | a a | 6...Sigh....The. zorbly mop. please.2.. zorbly mop | Jan. | said. "
    "azorbly mop | visit.casino",
])
def test_a_line_cut_twice_is_cut_in_one_clean(cleaner, line):
    # What is left after one cut can offer another; clean() goes on until nothing changes.
    once = cleaner.clean(line + "\n")
    assert cleaner.clean(once) == once


@pytest.mark.parametrize(
    ("content", "tail"),
    [
        ("Prices rose 4.1 percent in May, the fastest rise since 1998.", "live casino | no deposit casino bonus"),
        ("The shops outside the city centre will be hit hardest, critics say.", "Casino jackpot casino live casino"),
        ("Företaget har inte svarat på våra frågor.", "1:1 Pradella replica watches"),
        ("Officials did not answer our questions.", "parlaygo555.provipbahis36569neonparlay.net/?ref=178"),
    ],
    ids=["year-then-tld-word", "capital-tld-word", "number-after-word", "spam-named-link"],
)
def test_a_tail_can_start_where_prose_never_glues_on(content, tail):
    # A year or a word, a dot and a top-level domain opening spam words end a sentence (a host name
    # is followed by no run of spam); so do a number glued to a word and a single spam-named link.
    line = content + tail
    assert len(content) in [start for _, start, _ in tail_starts(line)]


def test_a_host_named_in_prose_is_no_tail_start():
    line = "Figures from Casino.org show that casino revenue fell by a third over the year."
    assert not any(line[:end].endswith("Casino.") for end, _, _ in tail_starts(line))


def test_spam_words_at_an_open_end_of_a_paragraph_are_found():
    lines = [
        f"usdt slots {SENTENCE}",  # opens in lowercase with a spam word
        f"{SENTENCE} Cheap casino bonus",  # ends with a spam word and no sentence end
        SENTENCE,
        "The new casino in Halifax opened on Tuesday.",  # a spam word inside a closed paragraph
        f"{SENTENCE} The socialist party",  # a lexicon entry inside a plain word ("cialis")
    ]
    assert glued.spam_at_edges(lines) == [True, True, False, False, False]


def test_a_capital_after_the_last_spam_word_is_content():
    assert glued._capital_after_spam("cá cược bóng đá cá cược bóng đá Meanwhile, acting")
    assert not glued._capital_after_spam("casino siteleri | bahis siteleri bonus")
    assert not glued._capital_after_spam("bahis siteleri Megawin777.bet")  # a capitalised name is spam too
    assert glued._capital_after_spam("Essay help online essay buy.Unfortunately for")  # after a glued sentence end


def test_a_capitalised_run_of_spam_keywords_is_no_sentence():
    assert not glued._sentence_start("Win top casino slots casino real money bonus slots!")
    assert glued._sentence_start("Check it out in action:bitcoin casino no deposit bonus|crypto casino free spins")
    assert not glued._ends_as_content("essay writing service. Win top casino slots casino real money.")
    assert glued._ends_as_content("spam. The casino will reopen next week after the storm.")


def test_a_cut_inside_a_run_of_glued_names_widens_over_the_host_before_it(cleaner):
    line = SENTENCE + " maxpokercity.iowww.gacor24.winbonushub.bzjetbetking99.info"
    assert _cut_all_accepted(cleaner, line) == (0, len(SENTENCE))


@pytest.mark.parametrize("mark", ["• ", "— "])
def test_a_bullet_or_em_dash_after_a_head_stays_with_the_content(mark):
    # Spam runs are parted by pipes, commas, hyphens and en dashes; a bullet opens a list item and an
    # em dash a line of dialogue.
    line = f"casino bonus slot gacor {mark}{SENTENCE}"
    assert len(line) - len(SENTENCE) - len(mark) in [start for _, start, _ in head_starts(line)]


def test_a_capitalised_name_with_a_hyphen_is_no_signature(cleaner):
    # "- Sapa |" after a quote signs the content; "Turbo-rulet..." glued on is a spam name.
    line = SENTENCE + "Turbo-rulet77799.bizaceoddspro99.xyzspin2469.vipodds7778.kr"
    assert _cut_all_accepted(cleaner, line) == (0, len(SENTENCE))


def test_a_capital_after_the_last_spam_word_goes_when_a_separator_sets_it_off():
    # Content that began before the cut runs on to it, a comma included; a brand set off by a pipe is spam's.
    def takes_content(head, rest):
        line = head + rest
        cut = next(c for c in glued.plan(line).cuts if c.keep[0] == len(line) - len(rest))
        return glued._takes_content(line, cut, [])

    assert not takes_content("order pills without prescription Kamarix for sale | ", SENTENCE)
    assert takes_content("casino bonus slot gacor In other news, ", "Nintendo has confirmed another character.")


@pytest.mark.parametrize(
    ("content", "tail"),
    [
        ("Hội đồng sẽ xem xét lại quyết định trước cuối tháng 11.", "букмекерская контора казино онлайн"),
        ("Die Stadt will die Straße bis zum 6. Mai sperren, am 6.", " casino bonus slot gacor hari ini"),
    ],
    ids=["day-glued", "ordinal-then-space"],
)
def test_a_day_number_ends_a_sentence_when_spam_follows(content, tail):
    line = content + tail
    assert len(line) - len(tail.lstrip()) in [start for _, start, _ in tail_starts(line)]


@pytest.mark.parametrize("line", ["Er spielte in der 3.Liga und dann im Ausland.", "Silnice bude do 6. září zavřená."])
def test_a_day_number_before_plain_words_is_no_tail_start(line):
    assert tail_starts(line) == []


def test_a_head_ending_in_a_mark_that_opens_content_keeps_it():
    content = "Nous ne savions pas que la route serait fermée si longtemps, dit une habitante."
    for opening in ("« ", "*** ", "... ", "`` "):
        line = f"cheap pills generic pills buy pills online {opening}{content}"
        # Every head cut that would take the mark with the spam is refused; the one before it may go.
        after_mark = [c for c in plan(line).cuts
                      if c.keep[0] > 0 and line[: c.junk[1]].rstrip().endswith(opening.strip())]
        assert after_mark, opening
        assert all(glued._takes_content(line, c, []) for c in after_mark), opening


def test_spam_phrases_with_stopwords_make_a_head_of_keywords():
    assert glued._spam_head("slot gacor hari ini | togel sgp | judi sbobet | agen togel terpercaya | slot gacor maxwin")
    # A piece that opens as content is a sentence, spam glued on after it or not.
    assert not glued._spam_head("Lewis said of philosophers,eth roulette - usdt slots - bitcoin casino bonus")


def test_one_spam_word_said_again_and_again_is_no_content():
    assert glued._repeats_spam("Pills pills best price pills pills cheap pills discount pills")
    assert not glued._repeats_spam("Pupils, he said, read pupils of pupils more than the masters")  # no spam
    assert not glued._repeats_spam("The casino said the casino would reopen once the storm had passed")
    assert not glued._ends_as_content("casino bonus. Casino casino free spins casino slots casino real money.")


def test_a_run_of_host_names_cut_at_a_dot_is_spam_throughout():
    assert glued._spam_throughout(" | play-tr.vip | oddstr.io")
    assert not glued._spam_throughout("buy the tickets online.")


def test_a_brand_after_the_last_spam_word_is_no_content():
    assert not glued._capital_after_spam("cheap replica watches best replica Luivon watches")
    assert not glued._capital_after_spam("ставки на спорт онлайн казино Северное Сияние")
    assert glued._capital_after_spam("casino bonus Casino-69.xyz Doesn’t")  # a contraction reads as prose
    # A name that runs on into the content up to a comma opens the content's sentence.
    assert glued._capital_after_spam("site de namoro grátis perto de você Tereza", "Král,")
    assert not glued._capital_after_spam("site de namoro grátis perto de você Tereza", "Král")


def test_a_word_opened_by_a_quote_is_no_name_glued_on():
    assert not glued._spam_piece('"HECTo')
    assert glued._spam_piece("luckyspin777.")


def test_lowercase_words_a_colon_and_a_host_are_an_anchor_and_its_link():
    assert not glued._short_sentence("aplikasi kenalan: datex.org")
    assert glued._short_sentence("Watch it: datex.org")


def test_spam_glued_to_a_long_paragraph_is_a_candidate_after_its_last_sentence():
    paragraph = " ".join(f"Sentence number {k} of the report follows the one before." for k in range(30))
    line = paragraph + "luckyspin777.combetzone-giris.org casino bonus"
    assert len(paragraph) in [start for _, start, _ in tail_starts(line)]


def test_a_quotation_left_open_to_the_end_of_its_paragraph_protects_nothing():
    # News style leaves a quote open when it runs on into the next paragraph.
    content = 'The minister said: "We will publish the report in May. Nobody will be surprised by the findings.'
    assert len(content) in [start for _, start, _ in tail_starts(content + "casino bonus slot gacor hari ini")]
    closed = 'She wrote "Ask at frag.jetzt and see." on the board.'
    assert not any(line_end == closed.index("jetzt") for line_end, _, _ in tail_starts(closed))


def test_a_sign_off_set_off_from_the_spam_is_content():
    line = "Thank you all for the kind words about her this week. Love, Maria | pay someone to write my paper"
    cuts = [c for c in plan(line).cuts if c.keep[0] == 0 and c.keep[1] == line.index(" Love")]
    assert cuts and all(glued._takes_content(line, c, []) for c in cuts)


def test_a_line_of_many_sentences_looks_at_a_bounded_number_of_them(monkeypatch):
    calls = []
    in_url = glued._in_url
    monkeypatch.setattr(glued, "_in_url", lambda line, i: calls.append(i) or in_url(line, i))
    counts = []
    for sentences in (1_000, 4_000):
        calls.clear()
        tail_starts("It rained. " * sentences + "casino bonus")
        counts.append(len(calls))
    assert counts[0] == counts[1] <= 2 * glued._ENDS_LOOKED_AT

"""Article prose data (pt, it, nl, sv, cs). Format: see articles_data_a."""

PT = dict(
    first="Ana|João|Beatriz|Rafael|Mariana|Tiago|Carla|Bruno|Inês|Gustavo|Luísa|Pedro",
    last="Silva|Carvalho|Ferreira|Almeida|Costa|Ribeiro|Moreira|Teixeira|Barbosa|Lopes|Pinto|Cardoso",
    city="Porto|Braga|Coimbra|Recife|Curitiba|Fortaleza|Belém|Faro|Campinas|Aveiro|Salvador|Évora",
    org="a câmara municipal|o Ministério dos Transportes|a Universidade de Vale Claro|a secretaria de Saúde|a empresa Luzente Energia|o sindicato dos professores|a cooperativa Terra Boa",
    agency="Agência Norte|Imprensa Livre",
    months="janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
    days="segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo",
    th="Cidade|Habitantes|Variação",
    qa="P:|R:",
    by="Por {p}|Por {p} e {q}|{p}, correspondente em {c}",
    date="{dd} de {m} de {y}|Publicado em {dd} de {m} de {y}",
    dateline="{C} (Agência Norte) —|{C} —",
    ts=".", ds=",",
    sub="O que vem a seguir|Contexto|Uma longa história|Custos em alta|Reações|Os números|Por que isso importa",
    cap="{p} fala com jornalistas em {c} na {d}.|Vista do centro histórico de {c}.|Voluntários organizam cestas básicas em {c}.",
    title="""{O} aprova novo orçamento após longo debate
Moradores de {c} pedem mais ônibus
Preços sobem {pc}% em um ano
O que muda para o pequeno comércio
{p} deixa a presidência
Obras da ponte em {c} voltam a atrasar""",
    sent="""{p}, que comanda a instituição desde {y}, disse que a decisão será revista até o fim de {m}.
O plano foi aprovado na {d} depois de um debate de mais de {n} horas.
Segundo dados divulgados por {o}, cerca de {N} pessoas foram afetadas só em {c}.
Os moradores de {c} reclamam há anos do estado das ruas e da falta de transporte à noite.
"Não esperávamos tanta gente", contou {p}, uma das voluntárias.
Os preços subiram {pc}% em {m}, a maior alta desde {y}.
A empresa, que emprega cerca de {N} funcionários, não respondeu aos pedidos de entrevista.
Para os críticos, as novas regras vão prejudicar principalmente os pequenos negócios fora de {c}.
As conversas com {o} continuam, e um acordo pode sair nas próximas semanas, afirmou {p}.
As obras da ponte em {c} começaram em {y} e devem terminar com dois anos de atraso.
Os professores dizem que as mudanças foram feitas rápido demais e sem formação adequada.
Em nota divulgada na {d}, {o} disse estar "profundamente preocupada" com os resultados.
A pesquisa acompanhou {N} adultos durante {n} anos.
Muitas das pessoas ouvidas pela reportagem nunca tinham ouvido falar do programa.
O relatório final deve ser publicado em {m}.""",
)

IT = dict(
    first="Giulia|Marco|Francesca|Luca|Chiara|Davide|Elena|Matteo|Sara|Paolo|Valentina|Stefano",
    last="Rossi|Bianchi|Ferrara|Galli|Conti|Marino|Greco|Lombardi|Fontana|Moretti|Barbieri|Rinaldi",
    city="Bologna|Torino|Verona|Bari|Padova|Trieste|Perugia|Lecce|Bergamo|Parma|Cagliari|Ancona",
    org="il consiglio comunale|il ministero dei Trasporti|l'Università di Valchiara|l'azienda sanitaria locale|la società Lumina Energia|il sindacato degli insegnanti|la cooperativa Terra Viva",
    agency="Agenzia Nord|Stampa Libera",
    months="gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
    days="lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica",
    th="Città|Abitanti|Variazione",
    qa="D:|R:",
    by="Di {p}|Di {p} e {q}|{p}, inviata a {c}",
    date="{dd} {m} {y}|Pubblicato il {dd} {m} {y}",
    dateline="{C} (Agenzia Nord) -|{C} —",
    ts=".", ds=",",
    sub="Cosa succede ora|Il contesto|Una lunga storia|Costi in aumento|Le reazioni|I numeri|Perché è importante",
    cap="{p} parla con i giornalisti a {c}, {d}.|Veduta del centro storico di {c}.|Volontari preparano pacchi alimentari a {c}.",
    title="""{O} approva il nuovo bilancio dopo un lungo dibattito
A {c} i residenti chiedono più autobus
I prezzi salgono del {pc}% in un anno
Cosa cambia per i piccoli negozi
{p} lascia la presidenza
Ancora ritardi per il ponte di {c}""",
    sent="""{p}, alla guida dell'ente dal {y}, ha detto che la decisione sarà rivista entro la fine di {m}.
Il piano è stato approvato {d} dopo un dibattito durato più di {n} ore.
Secondo i dati diffusi da {o}, circa {N} persone sono state coinvolte soltanto a {c}.
Da anni i residenti di {c} lamentano lo stato delle strade e la mancanza di autobus la sera.
"Non ci aspettavamo così tanta gente", racconta {p}, una delle volontarie.
I prezzi sono aumentati del {pc}% a {m}, il rialzo più forte dal {y}.
L'azienda, che conta circa {N} dipendenti, non ha risposto alle nostre domande.
Secondo i critici le nuove regole colpiranno soprattutto le piccole imprese fuori da {c}.
I colloqui con {o} proseguono e un accordo è possibile nelle prossime settimane, ha spiegato {p}.
I lavori sul ponte di {c} sono iniziati nel {y} e dovrebbero finire con due anni di ritardo.
Gli insegnanti sostengono che i cambiamenti sono stati introdotti troppo in fretta.
In una nota diffusa {d}, {o} si è detta "molto preoccupata" per i risultati.
Lo studio ha seguito {N} adulti per {n} anni.
Molte delle persone che abbiamo sentito non avevano mai sentito parlare del progetto.""",
)

NL = dict(
    first="Sanne|Jeroen|Lotte|Bram|Eva|Thijs|Femke|Ruben|Iris|Maarten|Noor|Joost",
    last="de Vries|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos|Vos|Peeters|Claes",
    city="Utrecht|Groningen|Eindhoven|Gent|Leiden|Zwolle|Nijmegen|Arnhem|Brugge|Delft|Tilburg|Leuven",
    org="de gemeenteraad|het ministerie van Verkeer|de Universiteit van Hoogland|de regionale GGD|energiebedrijf Noordlicht|de lerarenbond|de coöperatie Groenveld",
    agency="NNP|Persbureau Lage Landen",
    months="januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
    days="maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag",
    th="Stad|Inwoners|Verandering",
    qa="V:|A:",
    by="Door {p}|Door {p} en {q}|{p}, correspondent in {c}",
    date="{dd} {m} {y}|Gepubliceerd op {dd} {m} {y}",
    dateline="{C} (NNP) -|{C} —",
    ts=".", ds=",",
    sub="Hoe nu verder|Achtergrond|Een lange geschiedenis|Stijgende kosten|Reacties|De cijfers|Waarom dit belangrijk is",
    cap="{p} spreekt met journalisten in {c}.|Gezicht op de binnenstad van {c}.|Vrijwilligers pakken voedselpakketten in bij {c}.",
    title="""{O} stemt in met nieuwe begroting na lang debat
Inwoners van {c} willen betere busverbindingen
Prijzen stijgen met {pc} procent
Wat de nieuwe regels betekenen voor kleine ondernemers
{p} stapt op als voorzitter
Brug in {c} opnieuw vertraagd""",
    sent="""{p}, sinds {y} voorzitter, zei dat het besluit voor eind {m} opnieuw wordt bekeken.
Het plan werd {d} aangenomen na een debat van meer dan {n} uur.
Volgens cijfers van {o} werden alleen al in {c} ongeveer {N} mensen getroffen.
Bewoners van {c} klagen al jaren over de staat van de wegen en het gebrek aan bussen 's avonds.
"We hadden niet verwacht dat er zoveel mensen zouden komen", zegt {p}, een van de vrijwilligers.
De prijzen stegen in {m} met {pc} procent, de snelste stijging sinds {y}.
Het bedrijf, dat zo'n {N} mensen in dienst heeft, wilde niet reageren.
Critici vrezen dat vooral kleine bedrijven buiten {c} de dupe worden van de nieuwe regels.
De gesprekken met {o} gaan door en een akkoord is binnen enkele weken mogelijk, aldus {p}.
De bouw van de brug in {c} begon in {y} en loopt nu naar verwachting twee jaar uit.
Leraren vinden dat de veranderingen te snel en zonder goede scholing zijn ingevoerd.
Het onderzoek volgde {N} volwassenen gedurende {n} jaar.
Veel mensen met wie we spraken hadden nog nooit van de regeling gehoord.""",
)

SV = dict(
    first="Anna|Erik|Karin|Johan|Elin|Mikael|Sara|Oskar|Maja|Henrik|Linnea|Per",
    last="Lindberg|Johansson|Nyström|Holm|Ekström|Berglund|Sandberg|Lundqvist|Forsberg|Åkesson|Hedlund",
    city="Göteborg|Malmö|Uppsala|Umeå|Örebro|Linköping|Västerås|Luleå|Lund|Gävle|Sundsvall|Visby",
    org="kommunfullmäktige|Trafikdepartementet|Norrdals universitet|regionen|energibolaget Nordsken|lärarfacket|kooperativet Gröna Ängar",
    agency="NTB Norr|Svensk Nyhetsbyrå Syd",
    months="januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december",
    days="måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag",
    th="Stad|Invånare|Förändring",
    qa="F:|S:",
    by="Av {p}|Av {p} och {q}|{p}, {c}",
    date="{dd} {m} {y}|Publicerad {dd} {m} {y}",
    dateline="{C} —",
    ts=" ", ds=",",
    sub="Vad händer nu|Bakgrund|En lång historia|Stigande kostnader|Reaktioner|Siffrorna|Därför spelar det roll",
    cap="{p} talar med journalister i {c} i {d}s.|Vy över gamla stan i {c}.|Frivilliga packar matkassar utanför {c}.",
    title="""{O} klubbar ny budget efter lång debatt
Invånare i {c} kräver fler bussar
Priserna steg med {pc} procent
Vad de nya reglerna innebär för småföretagare
{p} lämnar posten som ordförande""",
    sent="""{p}, som har lett verksamheten sedan {y}, säger att beslutet ska ses över före slutet av {m}.
Planen antogs i {d}s efter en debatt som pågick i mer än {n} timmar.
Enligt siffror från {o} berördes omkring {N} personer bara i {c}.
Invånarna i {c} har i flera år klagat på vägarnas skick och bristen på kvällsbussar.
"Vi hade inte räknat med att så många skulle komma", säger {p}, som var med och ordnade dagen.
Priserna steg med {pc} procent i {m}, den största ökningen sedan {y}.
Företaget, som har ungefär {N} anställda, har inte svarat på våra frågor.
Kritiker menar att de nya reglerna främst drabbar små företag utanför {c}.
Arbetet med bron i {c} inleddes {y} och väntas nu bli två år försenat.
Studien följde {N} vuxna under {n} år.
Många av dem vi talade med hade aldrig hört talas om satsningen.""",
)

CS = dict(
    first="Jana|Petr|Tereza|Martin|Lucie|Tomáš|Eva|Jakub|Kateřina|Ondřej|Veronika|Pavel",
    last="Novák|Dvořák|Procházka|Kučera|Veselý|Horák|Marek|Pokorný|Král|Beneš|Fiala|Šťastný",
    city="Brno|Ostrava|Plzeň|Olomouc|Liberec|Zlín|Jihlava|Pardubice|Opava|Kolín|Tábor|Písek",
    org="zastupitelstvo města|ministerstvo dopravy|Univerzita Horní Lhota|krajská hygienická stanice|společnost Svit Energie|učitelské odbory|družstvo Zelené pole",
    agency="ČNB Zprávy|Tisková kancelář Morava",
    months="ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince",
    days="pondělí|úterý|středu|čtvrtek|pátek|sobotu|neděli",
    th="Město|Obyvatelé|Změna",
    qa="Otázka:|Odpověď:",
    by="Autor: {p}|{p} a {q}|{p}, {c}",
    date="{dd}. {m} {y}|Publikováno {dd}. {m} {y}",
    dateline="{C} —",
    ts=" ", ds=",",
    sub="Co bude dál|Souvislosti|Dlouhá historie|Rostoucí náklady|Reakce|Čísla|Proč na tom záleží",
    cap="{p} hovoří s novináři v {c}.|Pohled na historické centrum.|Dobrovolníci balí potravinové balíčky.",
    title="""{O} schválilo nový rozpočet po dlouhé debatě
Obyvatelé chtějí lepší autobusové spojení
Ceny vzrostly o {pc} procenta
Co nová pravidla znamenají pro malé podniky
{p} končí v čele organizace""",
    sent="""{p}, který organizaci vede od roku {y}, uvedl, že rozhodnutí bude přezkoumáno do konce {m}.
Plán byl schválen v {d} po debatě, která trvala více než {n} hodin.
Podle údajů, které zveřejnilo {o}, se to jen ve městě {c} týkalo zhruba {N} lidí.
Obyvatelé si už roky stěžují na stav silnic a chybějící večerní spoje.
"Nečekali jsme, že přijde tolik lidí," řekl {p}, jeden z dobrovolníků.
Do {dd}. {m} ceny vzrostly o {pc} procenta, nejvíce od roku {y}.
Firma, která zaměstnává asi {N} lidí, na dotazy neodpověděla.
Kritici tvrdí, že nová pravidla nejvíce poškodí malé podniky mimo velká města.
Stavba mostu začala v roce {y} a nyní se počítá se zpožděním dvou let.
Studie sledovala {N} dospělých po dobu {n} let.
Mnozí z lidí, se kterými jsme mluvili, o programu nikdy neslyšeli.""",
)

LANGS = {"pt": PT, "it": IT, "nl": NL, "sv": SV, "cs": CS}

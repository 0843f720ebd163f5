"""Article prose data (en, de, fr, es). All text written for this project.

Lists are stored as "|"-separated strings; ``title`` and ``sent`` are one template per line.
Slots: {p} {q} person, {l} surname, {c} {c2} city, {o} {o2} organisation, {n} {n2} small number,
{N} large number, {pc} percentage, {y} year, {d} weekday, {m} month, {dd} day of month, {agency}.
"""

EN = dict(
    first="Anna|James|Maria|David|Sarah|Michael|Laura|Daniel|Emily|Robert|Grace|Thomas|Olivia|Peter|Hannah|Samuel|Priya|Kwame",
    last="Kowalski|Harper|Bennett|Okafor|Lindqvist|Moreno|Whitfield|Chen|Patel|Donovan|Reyes|Caldwell|Novak|Ashby|Fernsby|Mwangi",
    city="Leeds|Denver|Bristol|Toronto|Auckland|Manchester|Portland|Cardiff|Adelaide|Glasgow|Halifax|Sacramento|Nottingham|Boise",
    org="the city council|the Ministry of Transport|Northfield University|the regional health board|Brightwater Energy|the National Weather Office|Harlow & Finch|the Green Valley Cooperative|the European Rail Forum|Westbridge Hospital|the teachers' union|Copperline Foods",
    agency="Northwire|Meridian Press|Harbour News Service|CityDesk",
    months="January|February|March|April|May|June|July|August|September|October|November|December",
    days="Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
    th="City|Residents|Change",
    qa="Q:|A:",
    by="By {p}|By {p} and {q}|{p}, {c} correspondent|Written by {p}|{p} in {c}",
    date="{m} {dd}, {y}|Published {d}, {m} {dd}, {y}|{dd} {m} {y}",
    dateline="{C} ({agency}) —|{C} —",
    ts=",", ds=".",
    sub="What happens next|Background|A long history|Rising costs|Reaction|The numbers|Why it matters|Looking ahead|A divided town|Lessons from abroad",
    cap="{p} speaks to reporters in {c} on {d}.|A view of the old town centre in {c}.|Volunteers sort food parcels at a warehouse outside {c}.|Workers inspect the damaged section of the line near {c}.",
    title="""{O} approves new budget after a long debate
Residents in {c} demand better bus links
Prices rise {pc}% as costs keep climbing
What the new rules mean for small businesses
{p} to step down as head of {o}
Bridge works in {c} delayed again
Study finds no clear link between sleep and diet
Farmers near {c} count the cost of a dry spring
Why young people are leaving {c}""",
    sent="""{p}, who has led {o} since {y}, said the decision would be reviewed before the end of {m}.
The plan was approved on {d} after a debate that lasted more than {n} hours.
According to figures published by {o}, about {N} people were affected in {c} alone.
Residents of {c} have complained for years about the state of the roads and the lack of buses in the evening.
"We did not expect this many people to turn up," said {p}, a volunteer who helped organise the event.
Prices rose by {pc} percent in {m}, the fastest increase since {y}.
The company, which employs roughly {N} staff, did not respond to a request for comment.
Critics argue that the new rules will hit small businesses hardest, especially outside {c}.
{p} told reporters that talks with {o} were continuing and that an agreement was possible within weeks.
The service has been interrupted {n} times this year, according to a spokesperson for {o}.
Work on the bridge in {c} began in {y} and is now expected to finish two years late.
Teachers say the changes were introduced too quickly and without enough training.
In a statement released on {d}, {o} said it was "deeply concerned" by the findings.
The study followed {N} adults over a period of {n} years and found no clear link between the two.
Local farmers told us that the dry spring had cut their harvest by almost a third.
{p} and {q} are expected to meet in {c} later this month to discuss the next steps.
Police said the road between {c} and {c2} would stay closed until at least {d} evening.
Museum attendance in {c} has recovered slowly, reaching {pc} percent of its former level.
Many of the people we spoke to said they had never heard of the scheme.
The final report is due in {m}, and ministers have promised to act on its recommendations.
It is not the first time that {o} has faced questions about its spending.
For {p}, who moved to {c} in {y}, the change came as a relief.""",
)

DE = dict(
    first="Anna|Jonas|Lena|Felix|Sophie|Lukas|Marie|Tobias|Katrin|Stefan|Jana|Matthias|Ute|Benedikt",
    last="Becker|Hoffmann|Schröder|Krause|Vogel|Lindner|Brandt|Kühn|Albrecht|Seidel|Hartmann|Wendt|Ostermann",
    city="Leipzig|Bremen|Freiburg|Kassel|Rostock|Augsburg|Münster|Erfurt|Kiel|Regensburg|Dresden|Mainz",
    org="der Stadtrat|das Verkehrsministerium|die Universität Nordtal|der Landesverband der Pflegekräfte|die Stadtwerke Elbmark|der Wetterdienst Mitte|die Firma Kessler & Roth|die Genossenschaft Grünland|das Bündnis für Bahnverkehr|das Klinikum Westhafen",
    agency="Nordpresse|dpn|Mitteldeutscher Nachrichtendienst",
    months="Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
    days="Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag",
    th="Stadt|Einwohner|Veränderung",
    qa="Frage:|Antwort:",
    by="Von {p}|Von {p} und {q}|{p}, {c}|Ein Bericht von {p}",
    date="{dd}. {m} {y}|Veröffentlicht am {dd}. {m} {y}|{d}, {dd}. {m} {y}",
    dateline="{C} (dpn) -|{C} —",
    ts=".", ds=",",
    sub="Wie es weitergeht|Hintergrund|Eine lange Geschichte|Steigende Kosten|Reaktionen|Die Zahlen|Warum das wichtig ist|Ausblick|Kritik aus der Opposition",
    cap="{p} spricht am {d} in {c} mit Journalisten.|Blick auf die Altstadt von {c}.|Helferinnen verteilen Lebensmittel in einer Halle am Stadtrand von {c}.",
    title="""{O} beschließt neuen Haushalt nach langer Debatte
Anwohner in {c} fordern bessere Busverbindungen
Preise steigen um {pc} Prozent
Was die neuen Regeln für kleine Betriebe bedeuten
{p} gibt Vorsitz ab
Brückenbau in {c} verzögert sich erneut
Warum junge Menschen {c} verlassen""",
    sent="""{p}, der seit {y} an der Spitze steht, kündigte an, die Entscheidung bis Ende {m} zu prüfen.
Der Plan wurde am {d} nach einer mehr als {n} Stunden langen Debatte angenommen.
Nach Angaben von {o} waren allein in {c} rund {N} Menschen betroffen.
Die Anwohner in {c} beklagen seit Jahren den Zustand der Straßen und fehlende Busse am Abend.
"Mit so vielen Besuchern hatten wir nicht gerechnet", sagte {p}, die das Fest mitorganisiert hat.
Die Preise stiegen im {m} um {pc} Prozent und damit so stark wie seit {y} nicht mehr.
Das Unternehmen, das etwa {N} Mitarbeiter beschäftigt, wollte sich auf Anfrage nicht äußern.
Kritiker befürchten, dass vor allem kleine Betriebe außerhalb von {c} unter den neuen Regeln leiden werden.
Die Gespräche mit {o} gingen weiter, eine Einigung sei in wenigen Wochen möglich, sagte {p}.
In diesem Jahr ist der Betrieb bereits {n} Mal ausgefallen.
Die Arbeiten an der Brücke in {c} begannen {y} und werden nun voraussichtlich zwei Jahre länger dauern.
Lehrkräfte kritisieren, dass die Änderungen zu schnell und ohne ausreichende Schulung eingeführt wurden.
In einer am {d} veröffentlichten Erklärung zeigte sich {o} "tief besorgt" über die Ergebnisse.
Für die Studie wurden {N} Erwachsene über {n} Jahre begleitet.
Viele Landwirte in der Region berichten, dass die Ernte wegen des trockenen Frühjahrs um fast ein Drittel geringer ausfiel.
Die Straße zwischen {c} und {c2} bleibt nach Angaben der Polizei mindestens bis {d} gesperrt.
Viele der Menschen, mit denen wir gesprochen haben, hatten von dem Programm noch nie gehört.
Der Abschlussbericht soll im {m} erscheinen, und die Regierung hat versprochen, die Empfehlungen umzusetzen.
Es ist nicht das erste Mal, dass {o} wegen seiner Ausgaben in der Kritik steht.""",
)

FR = dict(
    first="Claire|Julien|Camille|Antoine|Élodie|Mathieu|Sophie|Nicolas|Léa|Hugo|Amandine|Yves",
    last="Moreau|Lefèvre|Garnier|Rousseau|Dubois|Fontaine|Chevalier|Mercier|Girard|Lambert|Bonnet|Perrin",
    city="Lyon|Nantes|Rennes|Grenoble|Lille|Montpellier|Dijon|Tours|Brest|Limoges|Nancy|Angers",
    org="le conseil municipal|le ministère des Transports|l'université de Valclair|l'agence régionale de santé|la société Énergie Lumen|le syndicat des enseignants|la coopérative Terres Vives|l'hôpital du Port",
    agency="AFN|Presse Ouest|Agence Lumière",
    months="janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    days="lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    th="Ville|Habitants|Évolution",
    qa="Q :|R :",
    by="Par {p}|Par {p} et {q}|{p}, correspondante à {c}",
    date="{dd} {m} {y}|Publié le {dd} {m} {y}|Le {d} {dd} {m} {y}",
    dateline="{C} (AFN) —|{C} —",
    ts=" ", ds=",",
    sub="Et maintenant|Contexte|Une longue histoire|Des coûts en hausse|Réactions|Les chiffres|Pourquoi c'est important|Perspectives",
    cap="{p} s'adresse à la presse à {c}, {d}.|Vue du centre historique de {c}.|Des bénévoles préparent des colis alimentaires près de {c}.",
    title="""{O} adopte un nouveau budget après un long débat
À {c}, les habitants réclament plus de bus
Les prix augmentent de {pc} % sur un an
Ce que les nouvelles règles changent pour les petits commerces
{p} quitte la direction
Les travaux du pont de {c} encore retardés""",
    sent="""{p}, à la tête de l'organisation depuis {y}, a indiqué que la décision serait réexaminée avant la fin du mois de {m}.
Le projet a été adopté {d} après un débat de plus de {n} heures.
Selon les chiffres publiés par {o}, environ {N} personnes ont été touchées rien qu'à {c}.
Depuis des années, les habitants de {c} se plaignent de l'état des routes et du manque de bus le soir.
« Nous ne nous attendions pas à voir autant de monde », confie {p}, bénévole.
Les prix ont augmenté de {pc} % en {m}, la plus forte hausse depuis {y}.
L'entreprise, qui emploie environ {N} salariés, n'a pas répondu à nos sollicitations.
Pour les opposants, ce sont surtout les petits commerces hors de {c} qui paieront le prix de la réforme.
Les discussions avec {o} se poursuivent et un accord reste possible d'ici quelques semaines, a précisé {p}.
Les travaux du pont de {c} ont commencé en {y} et devraient s'achever avec deux ans de retard.
Les enseignants estiment que les changements ont été introduits trop vite et sans formation suffisante.
Dans un communiqué publié {d}, {o} s'est dit « profondément préoccupé » par ces résultats.
L'étude a suivi {N} adultes pendant {n} ans.
La route entre {c} et {c2} restera fermée au moins jusqu'à {d}, selon la gendarmerie.
Beaucoup de personnes interrogées n'avaient jamais entendu parler du dispositif.
Le rapport final est attendu en {m}, et le gouvernement promet d'en suivre les recommandations.""",
)

ES = dict(
    first="Lucía|Javier|Carmen|Alejandro|Marta|Diego|Elena|Pablo|Sofía|Andrés|Inés|Raúl",
    last="García|Martínez|Ortega|Navarro|Romero|Castillo|Vega|Herrera|Molina|Delgado|Serrano|Ibáñez",
    city="Valencia|Zaragoza|Sevilla|Bilbao|Málaga|Córdoba|Valladolid|Granada|Oviedo|Alicante|Rosario|Cuenca",
    org="el ayuntamiento|el Ministerio de Transportes|la Universidad de Valdeluz|la consejería de Sanidad|la empresa Solaria Norte|el sindicato de docentes|la cooperativa Tierra Alta|el hospital del Puerto",
    agency="Agencia Sur|Prensa Ibérica Libre|NotiPress",
    months="enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
    days="lunes|martes|miércoles|jueves|viernes|sábado|domingo",
    th="Ciudad|Habitantes|Variación",
    qa="P:|R:",
    by="Por {p}|Por {p} y {q}|{p}, corresponsal en {c}|Redacción: {p}",
    date="{dd} de {m} de {y}|Publicado el {dd} de {m} de {y}|{d}, {dd} de {m} de {y}",
    dateline="{C} (Agencia Sur) —|{C}.—",
    ts=".", ds=",",
    sub="Qué pasará ahora|Antecedentes|Una larga historia|Costes al alza|Reacciones|Las cifras|Por qué importa|Próximos pasos",
    cap="{p} atiende a los medios en {c} el {d}.|Vista del casco antiguo de {c}.|Voluntarios preparan lotes de comida en un almacén de {c}.",
    title="""{O} aprueba los nuevos presupuestos tras un largo debate
Los vecinos de {c} exigen más autobuses
Los precios suben un {pc} % en un año
Qué cambia para los pequeños comercios con las nuevas normas
{p} deja la presidencia
Las obras del puente de {c} vuelven a retrasarse""",
    sent="""{p}, que dirige la entidad desde {y}, afirmó que la decisión se revisará antes de que termine {m}.
El plan se aprobó el {d} tras un debate de más de {n} horas.
Según los datos publicados por {o}, unas {N} personas se vieron afectadas solo en {c}.
Los vecinos de {c} llevan años quejándose del estado de las calles y de la falta de autobuses por la noche.
"No esperábamos que viniera tanta gente", explicó {p}, uno de los voluntarios.
Los precios subieron un {pc} % en {m}, el mayor aumento desde {y}.
La empresa, que tiene unos {N} empleados, no respondió a las preguntas de este diario.
Los críticos sostienen que las nuevas normas perjudicarán sobre todo a los pequeños negocios fuera de {c}.
Las conversaciones con {o} continúan y un acuerdo es posible en las próximas semanas, dijo {p}.
Las obras del puente de {c} comenzaron en {y} y ahora se espera que terminen con dos años de retraso.
Los docentes denuncian que los cambios se introdujeron demasiado rápido y sin formación suficiente.
En un comunicado difundido el {d}, {o} se mostró "muy preocupado" por los resultados.
El estudio siguió a {N} adultos durante {n} años.
La carretera entre {c} y {c2} permanecerá cortada al menos hasta el {d}, según la policía.
Muchas de las personas consultadas nunca habían oído hablar del programa.
El informe final se publicará en {m} y el Gobierno ha prometido aplicar sus recomendaciones.""",
)

LANGS = {"en": EN, "de": DE, "fr": FR, "es": ES}

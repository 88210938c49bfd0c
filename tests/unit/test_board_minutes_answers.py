"""Answers from the minutes of small boards (a samfällighet, a student council, a housing co-operative), whose
minutes are short, written in tables or margin columns, and name people by first name."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.asked import officer_of_meeting
from assistant.answer.intents import apply_intents, intents_of
from assistant.answer.lists import of_asked_outcome
from assistant.answer.units import Unit
from conftest import make_assistant, quoted_lines
from fakes import HashingEmbedder

BOARD_MINUTES = """Ekbackens samfällighet

PROTOKOLL

Styrelsemöte nr 6

Datum och tid:  2024-10-24 19.00
Plats:  Hos Anna Lind, nr 12
Närvarande:  Anna Lind, Per Holm, Ylva Berg

Punkt | Vad
1. | Val av justerare
Ylva väljs till justerare.
2. | Ekonomi
Per mailar ut resultaträkningen efter mötet.
3. | Övrigt
Nästa möte 21 nov hos Per.
"""


def _asked(tmp_path: Path, minutes: str, question: str, refusal_threshold: float | None = None):
    """The answer to ``question`` from an index of these minutes alone; ``refusal_threshold`` 0 where the
    relevance of a one-document index is not what is tested."""
    overrides = {} if refusal_threshold is None else {"refusal_threshold": refusal_threshold}
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), **overrides)
    path = tmp_path / "protokoll.txt"
    path.write_text(minutes, encoding="utf-8")
    assert not assistant.ingest([path]).errors
    return assistant.ask(question)


def test_the_justerare_elected_at_the_meeting_is_that_meetings_justerare(tmp_path) -> None:
    """"Ylva väljs till justerare" is the meeting's justerare, not an election of an officer of the association."""
    answer = _asked(tmp_path, BOARD_MINUTES,
                    "vem valdes till justerare på styrelsemötet i ekbackens samfällighet 24 oktober 2024")
    assert answer.found and "Ylva väljs till justerare." in [c.quote for c in answer.citations]


def test_a_decision_written_on_the_line_after_the_matter_is_quoted_with_it(tmp_path) -> None:
    """Under one item, "E) Asfalt — Offert har inkommit från konsult (Sweco) …" then "Beslut — Offerten
    accepteras …": asked what was decided, the answer quotes the decision line too."""
    minutes = BOARD_MINUTES.replace("3. | Övrigt", (
        "3. | Underhåll\nA) Lekplatser — sanden är bytt.\nB) Asfalt — Offert har inkommit från konsult (Sweco) som "
        "kan\nuppskatta arbetet, så att vi kan få in det i underhållsplanen.\nBeslut — Offerten accepteras och "
        "konsulten kommer i början av september.\nC) Garagen — brädor byts i vår.\n4. | Övrigt"))
    answer = _asked(tmp_path, minutes, "vad beslutades om asfalten på ekbackens samfällighets styrelsemöte i oktober 2024")
    assert answer.found and any(line.startswith("Beslut — Offerten accepteras")
                                for line in quoted_lines(answer.citations))


def test_when_a_meeting_opened_and_closed_gives_both_times(tmp_path) -> None:
    minutes = ("Studierådet\nProtokoll 2019-09-11\n\n§1  Mötets öppnande  Ordföranden förklarade mötet öppnat\n"
               "kl 12:12.\n\n§2  Kursenkäter  Mötet beslöt att skicka ut enkäten.\n\n"
               "§3  Mötets avslutande  Ordföranden förklarade mötet avslutat kl 13:07.\n")
    answer = _asked(tmp_path, minutes, "vilken tid öppnades och avslutades studierådets möte den 11 september 2019")
    assert "12:12" in answer.answer and "13:07" in answer.answer


def test_a_month_named_of_minutes_dated_in_digits_is_no_unknown_subject(tmp_path) -> None:
    """Minutes that write "2019-09-11" only: "den 11 september 2019" names their meeting, not a missing subject."""
    minutes = ("Studierådet\nProtokoll 2019-09-11\nPlats: E:1407\n\n§1  Mötets öppnande\nMötet öppnades kl 12:10.\n\n"
               "§2  Kursenkäter\nEnkäten om kurserna i årskurs 1 diskuterades.\n"
               "Mötet beslöt att skicka ut enkäten till alla.\n\n§3  Mötets avslutande\nMötet avslutades.\n")
    answer = _asked(tmp_path, minutes, "vad beslöt studierådet om kursenkäter den 11 september 2019")
    assert answer.found and "skicka ut enkäten" in answer.answer


def test_the_date_of_another_meeting_told_in_the_minutes_is_not_their_own_date(tmp_path) -> None:
    """"när planeras stämman enligt styrelsemötet i oktober 2024": the date the minutes give for the stämma,
    not the board meeting's own date."""
    minutes = BOARD_MINUTES.replace("Nästa möte 21 nov hos Per.", "Nästa möte 21 nov hos Per.\nStämman planeras till 23 april.")
    answer = _asked(tmp_path, minutes, "när planeras stämman enligt ekbackens styrelsemöte i oktober 2024")
    assert "23 april" in answer.answer


def test_a_decision_about_dessa_is_quoted_with_the_sentence_that_names_them(tmp_path) -> None:
    minutes = BOARD_MINUTES.replace("Per mailar ut resultaträkningen efter mötet.", (
        "Per mailar ut resultaträkningen efter mötet.\nSkötseln av de gemensamma ytorna har inte gjorts i önskad "
        "omfattning under året,\nså styrelsen letar efter en annan firma när rören är spolade och filmade.\n"
        "Valberedningen har hittat två kandidater i "
        "kvarteret;\nGösta Lund nr 59 och Rut Ek nr 55. Styrelsen beslutar att fyllnadsvälja\n"
        "dessa till festkommittén."))
    answer = _asked(tmp_path, minutes, "vilka fyllnadsvaldes till festkommittén i ekbackens samfällighet i oktober 2024",
                    refusal_threshold=0.0)
    assert "Gösta Lund" in answer.answer and "Rut Ek" in answer.answer


def test_what_was_decided_about_fees_asks_for_the_decision_not_a_sum() -> None:
    from assistant.answer.asked import attribute_of

    assert attribute_of("vad beslutade styrelsen om avgifterna hösten 2022") == ""
    assert attribute_of("vad uppmanades styrelsen göra åt snöröjningskostnaderna på stämman 2013?") == ""  # an action
    assert attribute_of("hur mycket ska vi göra av med på festen") == "amount"
    assert attribute_of("hur mycket höjdes avgifterna") == "amount"
    assert attribute_of("vilken avgift beslutade styrelsen") == "amount"
    assert attribute_of("varfor fick relaxgruppen inga pengar på årsmötet 2017") == "reason"  # why, of a sum
    assert attribute_of("sista dag att överklaga valnämndens beslut från mars 2009?") == "time"  # a date of it


def test_who_was_elected_is_not_answered_by_an_election_that_names_no_one(tmp_path) -> None:
    """"Ordförande och kassör valdes till firmatecknare" tells of offices, not of who holds them: asked who was
    elected kassör, the answer says the minutes do not name anyone (a partial answer, counted as a refusal)."""
    minutes = BOARD_MINUTES.replace("3. | Övrigt", (
        "3. | Firmatecknare\nOrdförande och kassör valdes till firmatecknare, var för sig.\n4. | Övrigt"))
    answer = _asked(tmp_path, minutes, "vem valdes till kassör på styrelsemötet i ekbackens samfällighet i oktober 2024",
                    refusal_threshold=0)
    assert not answer.found and "Ordförande och kassör valdes" not in answer.answer, answer.answer


def test_a_numbered_meeting_is_no_count_of_those_present(tmp_path) -> None:
    """"SM#4" and "§ 14" number things; asked how many came, a passage with only such numbers states no count."""
    from assistant.answer.composer import _states_count

    assert not _states_count("MOTIONSSVAR – SM#4 2020") and not _states_count("§ 14 Skuggansvarig")
    assert _states_count("44 stycken närvarande") and _states_count("Röstlängden fastställdes till 31.")
    minutes = BOARD_MINUTES.replace("3. | Övrigt", (
        "3. | Sektionsmöte\nMedlemmar deltog på SM#4 där styrelsen presenterade budgeten.\n4. | Övrigt"))
    answer = _asked(tmp_path, minutes, "hur många medlemmar deltog på sm#4 enligt ekbackens styrelsemöte i oktober 2024",
                    refusal_threshold=0)
    assert not answer.found, answer.answer


COUNCIL_MINUTES = """Protokoll Studierådet 2019-10-02

§ 1 Mötets öppnande
Ordföranden förklarade mötet öppnat kl 12:16.

§ 2 Pågående kurser
Multicoreprogrammering, EDAN25, är dålig. Läraren har ingen email som han svarar på. Labbarna är inte bra.
Ska vi diskutera detta med honom? Riktiga labbledningar hade varit bra. Väldigt dåligt med information.
Labbarna bygger på varandra men inte på ett bra sätt. Läraren rekommenderar böcker om schack.

Kompilatorer, EDAN65 Det känns väldigt udda när man har en labb i veckan som är 18 timmar. Snittet hålls,
men labbarna är olika stora så att det blir intensivt vissa veckor. Labbledningarna kommer sent. Man kan
kolla på förra året om man vill börja i tid. Detta borde tas upp på CEQ.

Reglerteknik, FRTF05, labben är svår om man inte har pluggat. Uppgifterna är också svåra. Labb två är
jobbig, enda labben folk har blivit utslängda från. Labb två är rimlig om du har facit. Läraren är alltid
där och väldigt hjälpsam. Ny tenta i vår.

§ 3 Mötets avslutande
Ordföranden avslutade mötet.
"""


def test_a_list_asked_of_a_section_of_paragraphs_is_each_paragraphs_first_sentence(tmp_path: Path) -> None:
    """The courses a student council discussed, each the opening words of its own paragraph."""
    answer = _asked(tmp_path, COUNCIL_MINUTES, "vilka kurser togs upp under pågående kurser", refusal_threshold=0.0)
    assert all(course in answer.answer for course in ("EDAN25", "EDAN65", "FRTF05")), answer.answer


PURCHASES_MINUTES = """Protokoll styrelsemöte 2018-08-29

1 Mötets öppnande
Ordföranden öppnade mötet.

8 Inköp
8.1 Ny frys
Nuvarande frys rymmer inte det som går åt under terminen.
Beslut
Styrelsen beslutade att allokera 1000 kr för att köpa en ny frys.
8.2 Soppåsar
Soppåsar behöver införskaffas.
8.3 Övrigt
8.3.1 Projektorlampa
Inget extraexemplar finns sedan lampan gick sönder.
Beslut
Styrelsen beslutade att allokera 1000 kr för inköp av en extra projektorlampa.

9 Mötets avslutande
Ordföranden avslutade mötet.
"""


def test_decisions_asked_of_the_items_a_title_names_are_those_items_decisions(tmp_path: Path) -> None:
    """"vilka inköp beviljade styrelsen": what was decided under "8 Inköp" and its sub-items, not their titles."""
    answer = _asked(tmp_path, PURCHASES_MINUTES, "vilka inköp beviljade styrelsen pengar till på mötet 29 augusti 2018",
                    refusal_threshold=0.0)
    assert "köpa en ny frys" in answer.answer and "extra projektorlampa" in answer.answer, answer.answer


INSPECTOR_MINUTES = """Protokoll sektionsmöte 2017-04-19

1 Mötets öppnande
Ordföranden öppnade mötet.

4 Val av inspektor
Johannes Magnusson säger att vår tidigare inspektor, Patrik Jansson, är intresserad av att sitta som inspektor
under ännu en period. Patrik hade tyvärr inte möjlighet att närvara idag då kallelsen, som han själv påpekade,
skickades ut för sent. Därför bordläggs frågan tills nästa möte.
Posten till inspektor vakantsätts.

5 Mötets avslutande
Ordföranden avslutade mötet.
"""


def test_a_reason_asked_brings_the_sentence_after_the_answer_that_gives_one(tmp_path: Path) -> None:
    """The sentence about the inspector answers best by its words; the one after it says why ("då kallelsen …")."""
    answer = _asked(tmp_path, INSPECTOR_MINUTES, "varför kunde inte sektionen välja inspektor", refusal_threshold=0.0)
    assert "skickades ut för sent" in answer.answer, answer.answer


MOTIONS_MINUTES = """Protokoll fört vid ordinarie föreningsstämma i Brf Exemplet 2019-04-25

§ 1 Stämmans öppnande
Ordföranden öppnade stämman.

§ 19 Anmälda ärenden — motioner
Motion 1-2019, Fler cykelställ
Styrelsen yrkar avslag på motionen.
Stämman beslutar,
att avslå motionen.
Motion 2-2019, Outhyrda garageplatser
Styrelsen yrkar avslag på motionen.
Stämman beslutar,
att avslå motionen.
Motion 3-2019, Laddlösningar för parkering i garagen
Styrelsen yrkar att motionen bordläggs för vidare utredning och informationsinsamlande.
Stämman beslutar,
att bordlägga motionen.
Motion 4-2019, Grill på gården
Styrelsen yrkar på att en enkät görs.
Stämman beslutar,
att bifalla styrelsens förslag att genomföra en enkät.

§ 20 Stämmans avslutande
Ordföranden avslutade stämman.
"""


def test_a_motion_in_a_list_of_motions_brings_what_the_meeting_decided_on_it(tmp_path: Path) -> None:
    answer = _asked(tmp_path, MOTIONS_MINUTES, "hur behandlades motionen om laddlösningar i garagen",
                    refusal_threshold=0.0)
    assert "att bordlägga motionen" in answer.answer, answer.answer
    assert "enkät" not in answer.answer.split("Mer i underlagen")[0], answer.answer  # the next motion's is not its


EXTRA_MEETING_MINUTES = """Protokoll extrainsatt sektionsmöte 2018-09-06

1 Mötets öppnande
Ordföranden öppnade mötet.

6 Motioner
6.1 Penslar till nollbrickorna
För bakgrund, se bilaga 3.
Mötet beslutar:
1. att nollkommittén åläggs köpa in penslar omedelbart.
2. att beslutet anses omedelbart justerat.

7 Mötets avslutande
Ordföranden avslutade mötet.

Bilaga 3 Motion: Penslar till nollbrickorna
Nollbrickorna målas med fingrarna. Med ovanstående som bakgrund yrkar jag på
att nollkommittén åläggs köpa in penslar omedelbart.
"""


def test_the_kind_of_meeting_named_with_its_date_is_no_topic(tmp_path: Path) -> None:
    """"det extrainsatta sektionsmötet 6 september 2018" picks the meeting; the decision on the motion never says
    "extrainsatt", and the answer is that decision, not the motion's own yrkande."""
    answer = _asked(tmp_path, EXTRA_MEETING_MINUTES, "hur gick det med motionen om penslar på det extrainsatta "
                    "sektionsmötet 6 september 2018", refusal_threshold=0.0)
    direct = answer.answer.split("Mer i underlagen")[0]
    assert "att beslutet anses omedelbart justerat" in direct, answer.answer


LOAN_AGENDA = """Stadsstyrelsen 26.9.2022

§ 196 Upptagande av långfristiga lån
Staden har begärt offerter på ett budgetlån om totalt 12 000 000 euro. Anbud begärdes för två lån med en löptid
på 10 år, det ena med rörlig ränta och det andra med fast ränta under hela lånetiden.
Anbud på lån
hade lämnats av:
\uf0b7 Vasa Andelsbank
\uf0b7 Kommunfinans Ab
\uf0b7 Nordea
\uf0b7 Aktia
\uf0b7 Danske Bank
Stadens totala upplåning var ca 41 miljoner euro. Av stadens nuvarande lån är 23 miljoner kommuncertifikat med
kort löptid och resten är långfristiga lån. Stadens lånebörda kommer inte att öka eftersom amorteringarna är
ungefär lika stora som de två nya lånen. Räntenivån har stigit markant sedan sommaren. Banken med lägst ränta
föreslås få uppdraget. Danske Bank erbjöd den lägsta fasta räntan och Vasa Andelsbank den lägsta rörliga.
Stadsdirektörens förslag: Stadsstyrelsen beslutar att uppta lånen hos de banker som lämnat de förmånligaste
anbuden.

§ 197 Övriga frågor
Inga övriga frågor.
"""


def test_a_list_asked_for_is_the_whole_list_not_only_the_rows_naming_its_words(tmp_path: Path) -> None:
    """"vilka banker": the rows "Vasa Andelsbank" and "Danske Bank" name the word and are the units picked; the
    list they stand in, announced by "Anbud på lån hade lämnats av:", is the answer, "Nordea" and "Aktia" too."""
    from assistant.answer.sources import SourceTexts
    from assistant.answer.splitting import split_list
    from assistant.answer.units import units_of

    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    path = tmp_path / "foredragningslista.txt"
    path.write_text(LOAN_AGENDA, encoding="utf-8")
    assert not assistant.ingest([path]).errors
    q = assistant.analyse("vilka banker lämnade anbud")
    texts = SourceTexts(assistant.index)
    hit = next(h for h in assistant.retriever.search(q.search_text, 10, q.filters, ()) if "Nordea" in h.chunk.text)
    rows = [u for u in units_of(hit.chunk, texts.text(hit.chunk.doc_id)) if "Vasa" in u.text or "Danske" in u.text]
    direct, _ = split_list(q, [(hit, rows)], texts)
    shown = " ".join(u.text for _, units in direct for u in units)
    assert all(bank in shown for bank in ("Kommunfinans Ab", "Nordea", "Aktia", "Danske Bank")), shown


ANNUAL_MEETING_MOTION = """Protokoll fört vid årsmöte i Bergsviks bouleklubb 2024-02-20

10. Motioner
En motion har inkommit till styrelsen med förslag om att medlemmar som fyllt 80 år skall
uppvaktas med en blomsterbukett och ett presentkort. Styrelsen föreslår att motionen avslås
med motiveringen att styrelsen i varje tillfälle avgör lämplig present. Årsmötet beslöt i enlighet med
styrelsens förslag att avslå motionen. Som övriga ärenden anmäldes hemsidan.

11. Medlemsavgifter
Årsmötet beslöt att medlemsavgiften 2024 är 200 kronor.
"""


def test_what_became_of_a_motion_asks_its_outcome(tmp_path: Path) -> None:
    """"vad blev det med motionen om …" asks what the meeting decided, not what the motion proposed."""
    answer = _asked(tmp_path, ANNUAL_MEETING_MOTION, "vad blev det med motionen om blomsterbukett och presentkort till "
                    "medlemmar som fyller 80?", refusal_threshold=0.0)
    assert "att avslå motionen" in answer.answer.split("Mer i underlagen")[0], answer.answer



def test_an_item_that_announces_its_sub_items_is_answered_with_them(fast_assistant) -> None:
    """Fristad's "5. Husmöte 26/9 … Punkter till kallelsens dagordning:" over numbered sub-items 5.1–5.7: asked
    which points, the answer lists them, not the sentence that announces them."""
    answer = fast_assistant.ask("Vilka punkter skulle stå på dagordningen till husmötet 26/9 i Fristad?")
    direct = answer.answer.split("Mer i underlagen")[0]
    assert "Cafeterian" in direct and "75 000 kr" in direct and "Övriga frågor" in direct, answer.answer


def test_the_hour_of_a_dated_meeting_whose_papers_leave_it_empty_is_said_to_be_unstated(tmp_path) -> None:
    """"Datum" and "Klockan" left empty on the meeting's page: "vilken tid började mötet 24 oktober" is answered
    with what is missing, not with the line that dates the page."""
    minutes = BOARD_MINUTES.replace("Datum och tid:  2024-10-24 19.00", "Sammanträde 2024-10-24\n\nDatum\nKlockan")
    answer = _asked(tmp_path, minutes, "vilken tid började ekbackens styrelsemöte den 24 oktober 2024?",
                    refusal_threshold=0)
    assert not answer.found and "anger inte vilken tid" in answer.answer, answer.answer
    timed = _asked(tmp_path / "timed", BOARD_MINUTES, "vilken tid började ekbackens styrelsemöte den 24 oktober 2024?",
                   refusal_threshold=0)
    assert timed.found and "19.00" in timed.answer, timed.answer



def test_no_meeting_known_of_the_day_is_no_meeting_whose_hour_is_unstated(tmp_path) -> None:
    """"mellan vilka klockslag pågick styrelsemötet 30 mars 2011" when the index's "Styrelsemötet" is another
    organisation's and the minutes of that day are the Landstingsstyrelsen's: no meeting of the name and day is
    known, so nothing tells that its hour is missing; the minutes that say it are quoted."""
    from conftest import indexed_files

    county = tmp_path / "ls-protokoll-2011-03-30.txt"
    county.write_text("Protokoll 1(44) 2011-03-30. Styrelserummet, Landstingshuset, Östersund\n\nden 30 mars 2011 "
                      "klockan 13-15:20\n\n1 Protokoll Landstingsstyrelsen Tid och plats för Sammanträdet\n\n"
                      "§ 1 Val av justerare\nAnna Ek utses att justera.\n", encoding="utf-8")
    club = tmp_path / "styrelsemote-9-20180912.txt"
    club.write_text("Protokoll Styrelsemötet 2018-09-12\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n",
                    encoding="utf-8")
    assistant = indexed_files(tmp_path, county, club, refusal_threshold=0)
    answer = assistant.ask("mellan vilka klockslag pågick styrelsemötet 30 mars 2011?")
    assert "anger inte vilken tid" not in answer.answer and "13-15:20" in answer.answer, answer.answer


def test_a_secretary_chosen_to_keep_the_minutes_answers_who_was_secretary(tmp_path: Path) -> None:
    """The minutes never say "sekreterare" ("I Pierres frånvaro, väljs Anna Green Svensson att skriva kvällens
    protokoll."), though other minutes do: the one chosen is the secretary, not a word the scope lacks."""
    from conftest import indexed_files

    march = tmp_path / "klubben-styrelsemote-2018-03-05.txt"
    march.write_text("Klubbens styrelsemöte 2018-03-05\n\nNärvarande: Anna Green Svensson, Bo Ek, Eva Holm\n\n"
                     "§1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§2 Val av justerare\nBo Ek valdes att "
                     "justera dagens protokoll. I Pierres frånvaro, väljs Anna\nGreen Svensson att\nskriva kvällens "
                     "protokoll.\n\n§3 Ekonomi\nKassan är god.\n", encoding="utf-8")
    april = tmp_path / "klubben-styrelsemote-2018-04-19.txt"
    april.write_text("Klubbens styrelsemöte 2018-04-19\n\nNärvarande: Pierre Lund, Bo Ek\n\n§1 Mötets öppnande\n"
                     "Ordföranden öppnade mötet.\n\n§2 Val av sekreterare\nPierre Lund valdes till sekreterare.\n",
                     encoding="utf-8")
    others = []
    for n in range(1, 41):  # enough passages that "sekreterare" is a rare word of the corpus
        others.append(tmp_path / f"klubben-styrelsemote-2019-{n:02d}.txt")
        others[-1].write_text(f"Klubbens styrelsemöte nummer {n} 2019\n\n§1 Ärende {n}\nÄrende {n} diskuterades. "
                              "Bo Ek redogjorde för läget och mötet beslutade att återkomma.\n", encoding="utf-8")
    answer = indexed_files(tmp_path, march, april, *others).ask("vem var sekreterare på styrelsemötet 5 mars 2018")
    assert answer.found and "Anna Green Svensson" in answer.answer, answer.answer


def test_the_last_day_to_appeal_a_decision_is_answered_by_the_date_and_when_it_was_decided_needs_a_decision(
        tmp_path: Path) -> None:
    """"sista dag att överklaga valnämndens beslut" asks the certificate's date, which decides nothing; "när beslöt
    nämnden att lägga ner skolan" asks of a decision, and a passage that only mentions the school answers no such."""
    from conftest import indexed

    text = ("Sammanträdesprotokoll Valnämnden 2009-03-10\n\n§ 1 Justering\nBirgitta Holm utses att justera. "
            "Valnämnden beslutar att godkänna dagordningen.\n\n"
            "§ 2 Information\nSkolan i Borgholm har 40 elever.\n\nANSLAG/BEVIS\nDatum för anslags uppsättande "
            "2009-03-19 Sista dag för överklagande 2009-04-09\n")
    assistant = indexed(tmp_path, "valnamnden-2009-03-10.txt", text, refusal_threshold=0.0)
    appeal = assistant.ask("sista dag att överklaga valnämndens beslut från mars 2009?")
    assert appeal.found and "2009-04-09" in appeal.answer, appeal.answer
    closed = assistant.ask("när beslöt valnämnden att lägga ner skolan i borgholm?")
    assert not closed.found, closed.answer


def test_the_last_day_to_nominate_for_a_meeting_stands_in_its_notice_beside_its_record(tmp_path: Path) -> None:
    """"sista dag att nominera nån till årsmötet 2020?": the notice announces the deadline; the annual meeting's own
    record, which names who was nominated, does not replace it."""
    from conftest import indexed_files

    notice = tmp_path / "kallelse-arsmote-2020-03-14.txt"
    notice.write_text("Årsmöte 14 mars 2020\n\nAlla medlemmar är välkomna till avdelningens ordinarie årsmöte kl. "
                      "14.00 lördag 14 mars.\n\nLediga uppdrag\n\nVill du nominera någon till styrelsen? Kontakta "
                      "valberedningen och nominera senast 4 mars.\n", encoding="utf-8")
    record = tmp_path / "protokoll-arsmote-2020-03-14.txt"
    record.write_text("Protokoll årsmöte 2020-03-14\n\nSammanfattning\n\nÅrsmötet valde Anna Berg till ordförande. "
                      "Årsmötet biföll styrelsens förslag.\n\nRepresentantskapet\n\n• Bo Ek, nominerad som ledamot\n"
                      "• Cia Holm, nominerad som ersättare\n", encoding="utf-8")
    assistant = indexed_files(tmp_path, notice, record, refusal_threshold=0.0)
    answer = assistant.ask("sista dag att nominera nån till årsmötet 2020?")
    assert "senast 4 mars" in answer.answer.split("Mer i underlagen")[0], answer.answer


def test_a_list_asked_of_one_long_passage_quotes_that_passage(tmp_path: Path) -> None:
    """"vilka paragrafer blev omedelbart justerade": the cover a transcript ran into one long paragraph (longer than a
    list's answer may run) states it; the list is that passage, not nothing."""
    import textwrap

    from conftest import indexed_files

    present = " ".join(f"Ledamot{chr(65 + i % 26)}son Nämndsdotter{i} (S)," for i in range(60))
    head = textwrap.fill(f"Plats och tid Ösel, 17 oktober 2018, klockan 09.00 14.00 Närvarande Beslutande {present} "
                         "Utsedd att justera Justeringens plats och tid 2018-10-22 Paragrafer 132-160 Omedelbart "
                         "justerade 141, 156-157 Underskrifter Sekreterare Eva Ek", 90)
    cover = (f"Socialnämnden 17 oktober 2018\n\n{head}\n\n§ 132\nMuntlig information\n\n"
             "Nämnden tackar för informationen.\n\n§ 141\nRemiss om vård\n\nNämnden antar yttrandet.\n")
    minutes = tmp_path / "son_protokoll_2018-10-17.txt"
    minutes.write_text(cover, encoding="utf-8")
    answer = indexed_files(tmp_path, minutes).ask("vilka paragrafer blev omedelbart justerade på socialnämnden "
                                                   "17 oktober 2018")
    assert "141, 156-157" in answer.answer, answer.answer


def test_between_which_hours_asks_the_time_not_items_whose_title_says_klockan(tmp_path) -> None:
    """"mellan vilka klockslag pågick styrelsemötet 30 mars 2011": "klockslag" is no kind of item, though an item's
    title reads "… den 30 mars 2011 klockan 13-15:20" ("klockan" and "klockslag" begin alike)."""
    from conftest import indexed

    minutes = ("Protokoll 1(44) 2011-03-30\n\n1 Protokoll Landstingsstyrelsen Tid och plats för Sammanträdet\n"
               "Styrelserummet, Landstingshuset, Östersund den 30 mars 2011 klockan 13-15:20\n\n"
               "2 Val av justerare\nAnna Ek utses att justera.\n\n3 Protokoll klockan och tider\n"
               "Inget att rapportera.\n")
    answer = indexed(tmp_path, "ls-protokoll-2011-03-30.txt", minutes, refusal_threshold=0).ask(
        "mellan vilka klockslag pågick styrelsemötet 30 mars 2011?")
    assert not answer.answer.startswith("Ärenden i underlagen") and "13-15:20" in answer.answer, answer.answer


def test_a_decision_announced_a_sentence_after_the_matter_comes_with_its_att_clauses(tmp_path) -> None:
    """A federation's web report gives each matter a heading, a sentence or two, then "Styrelsen beslutade" over its
    att-clauses: asked what was decided, the answer quotes the matter through those clauses, not the background
    alone; the next matter's decision is not this one's."""
    from conftest import indexed

    report = ("Styrelsemöte 9 december\nHär nedan följer en rapport från styrelsemöte nr 17/2021 som genomfördes "
              "digitalt torsdagen den 9 december 2021.\n\nCykelfrämjandet\nOrdförande och GS informerade om att vi nu "
              "muntligt är överens om ett fortsatt samarbete där även de ekonomiska villkoren regleras. Ett avtal för "
              "perioden 2022-2025 kan nu förberedas.\n\nStyrelsen beslutade\n\natt godkänna huvudprinciperna i "
              "avtalet med fokus på fördelning av organisationsstödet.\n\natt ge GS i uppdrag att slutföra "
              "avtalsskrivningen.\n\nAntidopingpolicy, uppdatering\nStyrelsen diskuterade behovet av att uppdatera "
              "policyn.\n\nStyrelsen beslutade\n\natt godkänna den uppdaterade policyn.\n")
    answer = indexed(tmp_path, "styrelsemote-2021-12-09.txt", report, refusal_threshold=0).ask(
        "cykelfrämjandet avtalet – vad beslutade styrelsen i december 2021")
    assert answer.found and "att godkänna huvudprinciperna" in answer.answer and "2022-2025" in answer.answer, \
        answer.answer
    assert "den uppdaterade policyn" not in answer.answer, answer.answer


def test_a_sentence_inside_a_summary_does_not_reach_for_a_later_decision(tmp_path) -> None:
    """Skolskjutsar named in passing in the second sentence of a summary: the decision two sentences on is about
    something else ("Kommunstyrelsen beslöt 2024 att resultatfonderna avskaffas"); the item decides nothing on them."""
    from conftest import indexed

    minutes = ("Protokoll Barn- och utbildningsnämnden 2025-02-18\n\n§ 30\n\n2024 årsbokslut resultatfond\n\n"
               "Sammanfattning\n\nBarn- och utbildningsnämnden redovisar för 2024 en negativ budgetavvikelse med "
               "-12,6 mnkr.\nEkonomiska utfallet för år 2024 präglas av krävande arbetssituation inom förskoleområden "
               "och\nskolområden samt inflationsökning främst inom livsmedel- och skolskjutskostnader. Flera\n"
               "åtgärder har vidtagits centralt för att få ekonomi i balans varför nämnden visar på ett överskott.\n\n"
               "Kommunstyrelsen beslöt 2024 att resultatfonderna avskaffas med undantag för den del som berör\n"
               "resultatregleringen för skolområden. Övriga resultatfonder avslutas och uppgår i det egna kapitalet.\n")
    answer = indexed(tmp_path, "bun-2025-02-18.txt", minutes, refusal_threshold=0).ask(
        "vad beslutade barn- och utbildningsnämnden om skolskjutsarna?")
    assert "resultatfonderna avskaffas" not in answer.answer, answer.answer


def test_who_had_leave_is_the_sentence_that_names_them(tmp_path) -> None:
    """"vilka hade förhinder på sista mötet med gamla styrelsen": the sentence that describes the meeting shares more
    of the question's words; the one naming who had leave answers it."""
    from conftest import indexed

    report = ("Styrelsemöte 25 mars\n\nAllmänt och närvaro\nÅrets tredje styrelsemöte och det sista med ”gamla” "
              "styrelsen inför morgondagens förbundsårsmöte vilket även på olika sätt präglade dagordningen. Frida "
              "Näsman och Karin Movin hade anmält förhinder. Jan Larsson från kansliet deltog som föredragande.\n\n"
              "Ekonomi\nGeneralsekreteraren redovisade det ekonomiska läget.\n")
    answer = indexed(tmp_path, "styrelsemote-2022-03-25.txt", report, refusal_threshold=0).ask(
        "vilka hade förhinder på sista mötet med gamla styrelsen i mars 2022")
    assert "Frida Näsman och Karin Movin" in answer.answer, answer.answer


def test_which_members_is_the_line_that_names_them_not_the_heading_over_it(tmp_path) -> None:
    """"vilka styrelseledamöter blev kontaktpersoner för vilka distrikt": the decision that names them, not the
    heading "Kontaktpersoner för distrikten" that shares the question's words."""
    from conftest import indexed

    report = ("Styrelsemöte 22 maj\n\nBeslutsärenden\n\nKontaktpersoner för distrikten\nStyrelsen beslutar att fördela "
              "ansvar för distrikten enligt följande: Norra Norrland: Anders Svan Södra Norrland: Axel Lund "
              "Mittsvenska: Karin Movin\n\nEkonomi\nGeneralsekreteraren redovisade det ekonomiska läget.\n")
    answer = indexed(tmp_path, "styrelsemote-2022-05-22.txt", report, refusal_threshold=0).ask(
        "vilka styrelseledamöter blev kontaktpersoner för vilka distrikt (maj 2022)")
    assert "Norra Norrland: Anders Svan" in answer.answer, answer.answer


NOTICE_WITH_AGENDA_ITEM = """Kallelse
Regionala utvecklingsnämnden
Datum: 2019-09-18
Tid: 10:00-15:00
Plats: Bolmen, Regionhuset

1 Justering av protokoll
Föreslås att regionala utvecklingsnämnden utser Anna Berg att jämte ordförande justera protokollet.

2 Fastställande av dagordning
Föreslås att regionala utvecklingsnämnden fastställer dagordning i enlighet med utsänd kallelse 2019-09-13.

3 Samplanering i länet
Föreslås att regionala utvecklingsnämnden noterar informationen till protokollet.
"""


def test_a_meeting_document_the_question_asks_about_is_its_topic(tmp_path: Path) -> None:
    """"vad föreslås om dagordningen till mötet 18 september 2019": the agenda is what the proposal is about,
    not only the document the date picks, as "protokollet" is in "vad föreslås om justering av protokollet"."""
    answer = _asked(tmp_path, NOTICE_WITH_AGENDA_ITEM, "vad föreslås om dagordningen till mötet 18 september 2019",
                    refusal_threshold=0.0)
    assert "fastställer dagordning i enlighet med utsänd kallelse 2019-09-13" in answer.answer, answer.answer


ANNUAL_MEETING_NEWS = """Förbundsmötet 23-24 april 2016

I helgen genomfördes förbundets förbundsmöte i Stockholm. Mötet är förbundets högsta beslutande organ.
Avtackningarna av den avgående ordföranden var många. Björn Eriksson, ordförande RF och även förbundsmötets
ordförande, tackar av henne.
Mötet beslutade om en ny strategi för åren 2016-2020 och om medlemsavgifterna för 2017.

Ny ordförande
Under söndagen valdes Anna Iwarsson till ny ordförande för förbundet. Hon kommenterar sitt första förbundsmöte.
"""


def test_the_meetings_own_chair_asked_as_one_word_is_its_ordforande(tmp_path: Path) -> None:
    """"vem var mötesordf på förbundsmötet 2016": the meeting's chair, whom the text calls "förbundsmötets
    ordförande"; no passage need say "mötesordförande", and the organisation's new chair is not the meeting's."""
    answer = _asked(tmp_path, ANNUAL_MEETING_NEWS, "vem var mötesordf på förbundsmötet 2016", refusal_threshold=0.0)
    assert "Björn Eriksson" in answer.answer, answer.answer
    intents = intents_of("vem var mötesordf på förbundsmötet 2016")
    officer = Unit(0, 1, "Björn Eriksson, ordförande RF och även förbundsmötets ordförande, tackar av henne.")
    elected = Unit(0, 1, "Under söndagen valdes Anna Iwarsson till ny ordförande för förbundet.")
    for unit in (officer, elected):
        apply_intents(unit, intents, "", "")
    assert officer.score > elected.score  # the meeting's officer, not the chair the meeting elected
    assert officer_of_meeting("motesordfor") == "ordfor" and officer_of_meeting("arsmotessekreter") == "sekreter"
    assert officer_of_meeting("ordfor") == "" and officer_of_meeting("styrelseordfor") == ""


DROPPED_ITEM_MINUTES = """SAMMANTRÄDESPROTOKOLL
Datum
Miljönämndens arbetsutskott     2023-05-11

§ 12                       Dnr MN 2023-000101
Förändring av ärendelistan

Beslut
Miljönämndens arbetsutskott godkänner förändring av ärendelistan.

Sammanfattning av ärendet
Ordförande anmäler att ärende nr 5, BJÖRKEN 2:14 - Föreläggande om avloppsanordning, utgår från dagens sammanträde.

§ 13                       Dnr MN 2023-000188
ALEN 4:7 - Strandskyddsdispens för brygga

Beslut
Miljönämndens arbetsutskott beviljar strandskyddsdispens för brygga.

§ 14                       Dnr MN 2023-000207
BJÖRKEN 2:14 - Föreläggande om avloppsanordning

Ärendet utgår vid miljönämndens arbetsutskotts sammanträde den 11 maj 2023.
"""


def test_an_item_taken_off_the_agenda_is_what_became_of_it(tmp_path: Path) -> None:
    """"vad beslutade au om BJÖRKEN 2:14": its § records no Beslut but says "Ärendet utgår": that is the outcome,
    not a matter the minutes leave undecided."""
    answer = _asked(tmp_path, DROPPED_ITEM_MINUTES, "vad beslutade miljö-au den 11 maj 2023 om BJÖRKEN 2:14?",
                    refusal_threshold=0.0)
    assert answer.found and "Ärendet utgår" in answer.answer, answer.answer


REQUESTS_DECIDED = """Årsmötesprotokoll Ekbackens samfällighet 2024-03-10

10) Äskanden för verksamhetsåret 2024
Båtklubbens äskande godkänns.
Gästlägenhetens äskande godkänns.
Bastugruppens äskande godkänns.
Lekplatsgruppens äskande avslås då frågan om var lekplatsen ska ligga avgörs på ett senare möte.
Trädgårdsgruppens äskande godkänns.
Snickarrummets äskande godkänns.
Keramikgruppens äskande bordläggs till nästa möte.
Festkommitténs äskande godkänns.

11) Mötets avslutande
Ordföranden avslutade mötet.
"""


def test_a_list_asked_by_an_outcome_leaves_out_the_rows_of_the_other(tmp_path: Path) -> None:
    """"vilka äskanden godkändes inte": the rows refused or tabled, not those approved beside them."""
    answer = _asked(tmp_path, REQUESTS_DECIDED, "vilka äskanden godkändes inte på årsmötet i mars 2024, alltså avslogs "
                    "eller bordlades?",
                    refusal_threshold=0.0)
    assert "Lekplatsgruppens" in answer.answer and "Keramikgruppens" in answer.answer, answer.answer
    assert "Båtklubbens" not in answer.answer, answer.answer
    units = [Unit(0, 1, "Lekplatsgruppens äskande avslås."), Unit(2, 3, "Båtklubbens äskande godkänns."),
             Unit(4, 5, "Keramikgruppens äskande bordläggs.")]
    kept = of_asked_outcome(units, set(), "vilka äskanden avslogs eller bordlades")  # two outcomes asked
    assert [u.text[:5] for u in kept] == ["Lekpl", "Keram"]


ANNUAL_MEETING_RULE = """Protokoll fört vid årsmöte i Ekbackens samfällighet 2024-04-20

Närvarande: 14 medlemmar
Ordförande: Karin Lund
Sekreterare: Per Holm

§ 5 Val av styrelse
Till styrelse valdes Anna Berg, Olle Ek och Sara Lind. Styrelsen konstituerar sig själv.
Årsmötet beslutade att om den nya styrelsen inte har utsett någon ordförande inom tre månader efter årsmötet ska
ett extra årsmöte kallas för att välja ordförande.

§ 6 Mötets avslutande
Ordföranden tackade för visat intresse.
"""


def test_what_happens_if_asks_the_rule_not_the_office_holder(tmp_path: Path) -> None:
    """"vad händer om nya styrelsen inte utser ordförande": what the meeting decided would follow, not who chaired
    the meeting."""
    answer = _asked(tmp_path, ANNUAL_MEETING_RULE, "vad händer om nya styrelsen inte lyckas utse ordförande efter "
                    "årsmötet 2024?", refusal_threshold=0.0)
    assert "tre månader" in answer.answer, answer.answer


REPORTS_MINUTES = """Protokoll styrelsemöte Ekbackens samfällighet 2024-10-26

4 Rapporter
Försäkringskonferens
Anne rapporterade från försäkringskonferensen som hon deltagit i.
Stora uttag från försäkringen har gjorts i samband med vattenskador och brand. Föreningarna ombads se över sina
rutiner, exempelvis sätta in sensorer, och se till att det inte är kallare än +15 grader inomhus.

Framtidsseminarium
Inger rapporterade från mötet i Stockholm 17-18 oktober.

5 Mötets avslutande
Ordföranden avslutade mötet.
"""


def test_a_report_announced_brings_what_it_said(tmp_path: Path) -> None:
    """"vad rapporterade Anne från försäkringskonferensen": "Anne rapporterade från …" only says that she did; the
    sentences after it in its paragraph say what."""
    answer = _asked(tmp_path, REPORTS_MINUTES, "vad rapporterade anne från försäkringskonferensen i oktober 2024?",
                    refusal_threshold=0.0)
    assert "vattenskador" in answer.answer and "+15 grader" in answer.answer, answer.answer

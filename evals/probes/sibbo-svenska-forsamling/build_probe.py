"""Write probe.jsonl for the set `sibbo-svenska-forsamling` (ids sib-01 … sib-25): questions over the församlingsråd
minutes of Sibbo svenska församling (2019–2021), the parish website's page on its governing bodies and the start of
an issue of the parish newsletter, written from the documents' loader text alone; see SOURCES.md.

Usage:  .venv/bin/python evals/probes/sibbo-svenska-forsamling/build_probe.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import answerable_by_type, g, turn, write_probe  # noqa: E402

AUG19 = "sibbo_fr_2019-08-29.pdf"
OKT19 = "sibbo_fr_2019-10-09.pdf"
OKT19B = "sibbo_fr_2019-10-30.pdf"
DEC19 = "sibbo_fr_2019-12-18.pdf"
FEB20 = "sibbo_fr_2020-02-26.pdf"
SEP21 = "sibbo_fr_2021-09-28.pdf"
OKT21 = "sibbo_fr_2021-10-26.pdf"
BESLUT = "sibbo_beslutsfattande.pdf"
KUNG = "sibbo_kungorelser_2010-09.pdf"

QUESTIONS = [
    # person / header
    ("person", "vem var ordförande på församlingsrådets möte i Prästgården i augusti 2019?", [],
     ["Helene Liljeström"],
     [g(AUG19, "Ordförande: Helene Liljeström.")]),
    ("header", "Mellan vilka klockslag pågick församlingsrådets sammanträde den 30.10.2019?", [],
     ["18.02", "19.38"],
     [g(OKT19B, "den 30.10.2019 kl. 18.02–19.38 i Kyrkoby församlingshem.")]),
    ("person", "vilka var protokolljusterare på församlingsrådet 26 okt 2021", [],
     ["Paula Lönnroth", "Olenius-Steffansson"],
     [g(OKT21, "Till protokolljusterare och rösträknare valdes Paula Lönnroth och Ann-Britt")]),
    # dates
    ("date", "Senast när skulle protokollet från församlingsrådets möte 28.9.2021 vara klart för justering?", [],
     ["5.10.2021"],
     [g(SEP21, "Protokollet är klart för justering senast torsdag 5.10.2021 på församlingens")]),
    ("date", "när hålls finlandssvenska kyrkodagar 2020? det anmäldes på församlingsrådet i februari", [],
     ["13.11.2020", "15.11.2020"],
     [g(FEB20, "3. Finlandssvenska kyrkodagar ordnas den 13.11.2020 – 15.11.2020 i Mariehamn.")]),
    # amounts
    ("amount", "Vad beräknas ventilationsreparationen i Nilsas slutligen kosta, och vad var den tidigare "
     "beräkningen?", [],
     ["42.000", "43.000 euro", "56.000 euro"],
     [g(OKT21, "på 42.000 – 43.000 euro i stället för tidigare beräknade 56.000 euro.")]),
    ("amount", "vilken budgetram gällde för församlingens budget år 2020 enligt informationen i oktober 2019?", [],
     ["0%"],
     [g(OKT19, "Budgetram: 0%, Skatteintäkterna f")]),
    # decisions
    ("decision", "Vad beslöt församlingsrådet 28.9.2021 om framläggningen av protokollet – var och hur länge är "
     "det framlagt?", [],
     ["anslagstavla", "hemsida", "6.10 – 3.11.2021"],
     [g(SEP21, "pastorsexpeditionens anslagstavla och hemsida 6.10 – 3.11.2021.")]),
    ("decision", "vilket verk vann tävlingen om altarkonstverk till Söderkulla kyrka?", [],
     ["Kirsti Taviola", "Auringon laulu"],
     [g(OKT19B, "Tävlingskommitén valde glaskonstnär Kirsti Taviolas verk Auringon laulu (Solsången) till")]),
    ("decision", "Vilka befullmäktigade gemensamma kyrkorådet 6.2.2020 när det gäller utbetalningen av personalens "
     "prestationstillägg?", [],
     ["ekonomichefen", "gemensamma kyrkorådets ordförande"],
     [g(FEB20, "Gemensamma kyrkorådet befullmäktigar för den kyrkliga samfällighetens del,\n"
               "ekonomichefen och gemensamma kyrkorådets ordförande")]),
    # lists
    ("list", "vilka suppleanter var närvarande på församlingsrådet 28 september 2021?", [],
     ["Vidar Lindqvist", "Carola Åström", "Martina Helin"],
     [g(SEP21, "Suppleanter: Vidar Lindqvist, Carola Åström och Martina Helin.")]),
    ("list", "Vilka punkter lades till på föredragningslistan när församlingsrådet möttes i augusti 2019?", [],
     ["t.f. församlingspastor", "Följande möte", "kaplanstjänsten"],
     [g(AUG19, "Utlåtande gällande förordnande av t.f. församlingspastor samt 9 §: Följande möte samt")]),
    # vote
    ("vote", "blev justerarna valda enhälligt på församlingsrådets decembermöte 2019, och vilka var det?", [],
     ["enhälligt", "Carola Juselius", "Ann-Britt Gustafsson"],
     [g(DEC19, "Till protokolljusterare utsågs enhälligt Carola Juselius och Ann-Britt Gustafsson.")]),
    # reason
    ("reason", "Varför blev mötets avslutande 7 § på församlingsrådet 30.10.2019?", [],
     ["Följande möte", "tillfogades"],
     [g(OKT19B, "6 § Följande möte tillfogades föredragningslistan varför mötets avslutande blev 7 §.")]),
    # body + date
    ("body_date", "vad anmälde församlingsrådet 9.10.2019 om vem som förordnats till församlingspastor, och för "
     "vilken tid?", [],
     ["Stefan Djupsjöbacka", "1.10–30.11.2019"],
     [g(OKT19, "1. Pastor Stefan Djupsjöbacka har förordnats till församlingspastor i Sibbo")]),
    ("body_date", "Församlingsrådet 18.12.2019: vem ska installeras som kaplan och när?", [],
     ["Helena Rönnberg", "19.1.2020"],
     [g(DEC19, "3. Pastor Helena Rönnberg installeras som kaplan av kontraktsprost Mats")]),
    # reference
    ("reference", "vad handlade 7 § om på församlingsrådets möte 26.10.2021?", [],
     ["församlingssekreterare", "deltid"],
     [g(OKT21, "7 § ANSTÄLLANDE AV EN FÖRSAMLINGSSEKRETERARE PÅ DELTID")]),
    # cross
    ("cross", "På decembermötet 2019 togs förnyelse av S:t Sigfrids Kungörelser upp under övriga ärenden. Vad är "
     "S:t Sigfrids Kungörelser, och vem var dess redaktör hösten 2010?", [],
     ["Informationsblad", "Helene Liljeström"],
     [g(DEC19, "7 § Övriga ärenden: Förnyelse av S:t Sigfrids Kungörelser."),
      g(KUNG, "S:t Sigfrids KUNGÖRELSER Informationsblad för Sibbo svenska församling Redaktör: Helene")]),
    # follow-ups
    ("followup", "och vilka justerade det protokollet?",
     [turn("user", "Vem var sekreterare på församlingsrådets möte 26.2.2020?"),
      turn("assistant", "Sekreterare på mötet 26.2.2020 var Mikael Grönroos.")],
     ["Ingela Lindholm", "Paula Lönnroth"],
     [g(FEB20, "Till protokolljusterare utsågs enhälligt Ingela Lindholm och Paula Lönnroth.")]),
    ("followup", "vem var det som anställdes som granskare, och hur många timmar i veckan?",
     [turn("user", "vad togs upp under anmälningsärenden på församlingsrådet 28.9.2021?"),
      turn("assistant", "Bland annat kyrkoherdens beslutsförteckning och semesterplan, att en granskare av "
                        "digitaliserat församlingsmaterial har anställts, och att gemensamma kyrkorådet godkänt "
                        "ett resereglemente.")],
     ["Siv Malmberg", "20h/veckan"],
     [g(SEP21, "3. Granskare av digitaliserat församlingsmaterial Siv Malmberg har anställts av"),
      g(SEP21, "20h/veckan för tiden 17.8-31.12.2021.")]),
    # English
    ("english", "How many members does the joint church council (gemensamma kyrkofullmäktige) in Sibbo have, and "
     "how many of them come from the Swedish parish?", [],
     ["31 medlemmar", "12 från den svenska"],
     [g(BESLUT, "kyrkoskatten. Till gemensamma kyrkofullmäktige hör 31 medlemmar (12 från den")]),
    # unanswerable
    ("unanswerable", "Vad beslutade församlingsrådet om sommarens konfirmandläger 2020?", [], [], []),
    ("unanswerable", "vem justerade protokollet från församlingsrådets möte i mars 2021", [], [], []),
    # missing attribute
    ("missing_attribute", "Vad kostade altarkonstverket som valdes till Söderkulla kyrka?", [], [],
     [g(OKT19B, "2. Ordförande informerade om tävlingen för altarkonstverk till Söderkulla kyrka.")]),
    ("missing_attribute", "Varför ansökte kaplanen Camilla Ekholm om tjänstledighet för oktober–november 2019?",
     [], [],
     [g(AUG19, "I kontakt med Domkapitlet i Borgå stift har överenskommits att kaplanen Camilla Ekholm")]),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "sib", "sibbo-svenska-forsamling", answerable_by_type(QUESTIONS))
    print(f"wrote {n} questions to {path}")

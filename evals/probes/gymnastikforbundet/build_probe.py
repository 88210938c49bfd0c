"""Write probe.jsonl for the set `gymnastikforbundet` (ids gym-01 … gym-25); see SOURCES.md.

Usage:  .venv/bin/python evals/probes/gymnastikforbundet/build_probe.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import write_probe  # noqa: E402

C = "gymnastikforbundet"
N329 = "gf_styrelse_nr329_2010-02-04.pdf"
N348 = "gf_styrelse_nr348_2012-04-17.pdf"
N369 = "gf_styrelse_nr369_2014-06-09.pdf"
N374 = "gf_styrelse_nr374_2015-02-02.pdf"
F16 = "gf_forbundsmote_2016_nyhet.pdf"
F18 = "gf_forbundsmote_2018_nyhet.pdf"
F20 = "gf_forbundsmote_2020_nyhet.pdf"
F22 = "gf_forbundsmote_2022_motesplats.pdf"
K24 = "gf_kallelse_forbundsmote_2024.pdf"
F24 = "gf_forbundsmote_2024_tillbakablick.pdf"


def g(doc, *quotes):
    return [{"doc": doc, "quote": q} for q in quotes]


def q(type_, question, key_facts, gold, history=None, answerable=True):
    return {"type": type_, "question": question, "history": history or [], "answerable": answerable,
            "key_facts": key_facts, "gold": gold}


Q = [
    q("person", "vem justerade styrelseprotokollet fran 4 februari 2010 ihop med ordf?",
      ["Lennart Nilsson"],
      g(N329, "att utse till Lennart Nilsson justerare vid dagens sammanträde.",
        "Ordförande är permanent justerare av styrelsens protokoll tillsammans med en justerare")),
    q("header", "var satt styrelsen när dom hade möte 17 april 2012?",
      ["Lingsalen", "Lillsved"],
      g(N348, "tisdagen den 17 april 2012 i Lingsalen, på")),
    q("person", "vilka i styrelsen kunde inte komma på mötet 2 feb 2015",
      ["Edit Eriksson", "Ingela Nilsson"],
      g(N374, "Förhindrade: Edit Eriksson och Ingela Nilsson")),
    q("decision", "va beslöts om förra protokollet (nr 328) på styrelsemötet i februari 2010",
      ["med godkännande till handlingarna"],
      g(N329, "att lägga protokoll nr 328 med godkännande till handlingarna.")),
    q("person", "vem var det som hade sitt första styrelsemöte som generalsekreterare i feb 2015?",
      ["Johan Fyrberg"],
      g(N374, "vänder sig speciellt till Johan Fyrberg som gör sitt första riktiga",
        "styrelsesammanträde i sin roll som generalsekreterare.")),
    q("body_date", "när var förbundsmötet 2014, enligt styrelsens protokoll i juni",
      ["5-6 april"],
      g(N369, "Förbundsmötet den 5-6 april summerade")),
    q("person", "vilken GS sa upp sig 2014 och hur länge hade han jobbat",
      ["Stefan Bengtsson", "efter åtta år"],
      g(N369, "hon Stefan Bengtsson har sagt upp sig från tjänsten som GS efter åtta år.")),
    q("amount", "hur manga var på förbundsmötet i umeå 2024 o hur många ombud",
      ["123 personer", "58 ombud", "39 föreningar"],
      g(F24, "beslutande organ samlade denna gång 123 personer på Clarion hotel i Umeå + några som",
        "också tittade på mötet digitalt via Gympabubblan Play. 58 ombud från 39 föreningar och")),
    q("list", "vilka motioner skickade gf örebro in till förbundsmötet 2024",
      ["Idrottens finansiering en statlig fråga", "Höja medlemsavgiften", "anställning av gymnast"],
      g(F24, "GF Örebro var mötets flitigaste motionärer genom sina tre inskickade motioner: Idrottens",
        "finansiering en statlig fråga, Höja medlemsavgiften och Rekommendationer och rutiner vid",
        "anställning av gymnast.")),
    q("followup", "och vad hände med dom? blev nåt bifallet",
      ["avslå de tre motionerna", "uppdra åt förbundsstyrelsen"],
      g(F24, "anställning av gymnast. Förbundsmötet beslutade att avslå de tre motionerna; de två",
        "avslogs med tillägget; förbundsmötet beslutade att uppdra åt förbundsstyrelsen att på"),
      history=[{"role": "user", "content": "vilka motioner hade GF Örebro på förbundsmötet 2024?"},
               {"role": "assistant", "content": "GF Örebro skickade in tre motioner: Idrottens finansiering en "
                "statlig fråga, Höja medlemsavgiften och Rekommendationer och rutiner vid anställning av "
                "gymnast."}]),
    q("date", "vilken tid drog förhandlingarna igång på förbundsmötet 2022, och förforum?",
      ["kl. 13.30", "kl. 10.00"],
      g(F22, "Förhandlingarna inleddes efter lunch på lördagen, kl. 13.30, och fortgick till lunch",
        "Förbundsmötet inleddes på lördagen den 23 april, kl. 10.00, med förforum, där")),
    q("date", "till när kan man anmäla sig till förbundsmötet 2024?",
      ["t.o.m. 31/3"],
      g(K24, "Nu kan du (t.o.m. 31/3) anmäla dig till Förbundsmöte 2024 via länkar nedan. Välj")),
    q("list", "vad ska väljas på förbundsmötet i umeå enligt kallelsen",
      ["förbundsstyrelse", "valberedningssamordnare", "juridiska nämnden", "revisorer"],
      g(K24, "Slutligen så genomförs val till förbundsstyrelse, valberedning,",
        "valberedningssamordnare, juridiska nämnden och revisorer.")),
    q("reason", "varför ställer inte anna iwarsson upp för omval 2024",
      ["ny ordförande för RF/SISU"],
      g(K24, "Anna Iwarsson är vald till ny ordförande för RF/SISU vilket innebär att hon lämnar")),
    q("person", "vem var mötesordf på förbundsmötet 2016",
      ["Björn Eriksson"],
      g(F16, "var många och det visar vilket avtryck Malin har gjort i svensk Gymnastik.Björn Eriksson,",
        "ordförande RF och även förbundsmötets ordförande, tackar av Malin.")),
    q("followup", "vilka ersatte dom då?",
      ["Tina Sahlén", "Patrik Tengwall"],
      g(F16, "Sundmalm, vilka kommer att ersätta Tina Sahlén och Patrik Tengwall, som båda avböjt"),
      history=[{"role": "user", "content": "vilka nya kom in i förbundsstyrelsen 2016?"},
               {"role": "assistant", "content": "Förbundsmötet 23–24 april 2016 valde David Ahlin och Eva "
                "Sundmalm till nya styrelseledamöter."}]),
    q("vote", "blev det omröstning när nya ledamöter valdes 2016?",
      ["sluten omröstning"],
      g(F16, "Efter en sluten omröstning, valde stämman två nya styrelseledamöter. David Ahlin och Eva")),
    q("english", "Who was secretary at the 2020 federation meeting, and why was he thanked at the end?",
      ["Calle Myrsell", "går i pension"],
      g(F20, "Mötets presidium med sekreterare Calle Myrsell, mötesordförande Malin Eggertz Forsmark",
        "för värdefulla insatser för Svensk Gymnastik då han nu går i pension.")),
    q("cross", "hur länge var malin eggertz forsmark ordförande, o vilken roll hade hon på förbundsmötet 2020?",
      ["12 år som ordförande", "mötesordförande"],
      g(F16, "Avtackningarna av Malin Eggertz Forsmark, som efter 12 år som ordförande lämnar posten,")
      + g(F20, "Drygt 200 personer och ombud deltog på förbundsmötet där mötesordförande Malin")),
    q("reference", "§ 4 på styrelsemötet 4 februari 2010, vad var det för punkt och vad rapporterade christer holmgren om",
      ["Rapport - styrelseledamöter", "Gymnaestradan 2015"],
      g(N329, "§ 4 Rapport - styrelseledamöter",
        "Holmgren rapporterar från möte i Göteborg angående vår ansökan att få arrangera",
        "Gymnaestradan 2015.")),
    q("header", "vilket nr hade protokollet från styrelsemötet 9 juni 2014 och i vilket rum var det",
      ["Protokoll nr 369", "konferensrum Rosen"],
      g(N369, "1 Mötet öppnas inledning Protokoll nr 369, fört vid sammanträde med Svenska",
        "konferensrum Rosen, Stockholm. Närvarande: Malin Eggertz Forsmark (ordf.),")),
    q("missing_attribute", "hur mycket blev medlemsavgiften som förbundsmötet i malmö 2018 beslutade om?",
      [],
      g(F18, "Under lördagen och söndagen fattades det beslut som rörde allt ifrån medlemsavgift,"),
      answerable=False),
    q("missing_attribute", "vilken tid börjar förbundsmötet i umeå 2024?",
      [],
      g(K24, "Gymnastikförbundets medlemsföreningar kallas till förbundsmöte 27-28 april 2024"),
      answerable=False),
    q("unanswerable", "vad beslutade styrelsen på mötet med protokoll nr 360?",
      [], [], answerable=False),
    q("unanswerable", "vem valdes till kassör i gymnastikförbundets styrelse 2012?",
      [], [], answerable=False),
]

if __name__ == "__main__":
    rows = [(r["type"], r["question"], r["history"], r["answerable"], r["key_facts"], r["gold"]) for r in Q]
    path, n = write_probe(Path(__file__).resolve().parent, "gym", C, rows)
    print("wrote", path, n)

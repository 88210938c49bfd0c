"""Build probe.jsonl: each gold quote is given here with normalised spaces and is
mapped onto the exact substring of load(path).text (line breaks from the PDF kept).

Run from the repository root:
    .venv/bin/python evals/probes/krokom-kommun/build_probe.py
"""
import json
import re
from pathlib import Path

from assistant.documents.loaders import load

DOCS = Path("/work/probes/docs/krokom-kommun")
OUT = Path(__file__).with_name("probe.jsonl")
TEXT = {p.name: load(p).text for p in DOCS.glob("*.pdf")}

KS13_05 = "krokom_ks_protokoll_2013-05.pdf"
KS13_06 = "krokom_ks_protokoll_2013-06.pdf"
KS17 = "krokom_ks_protokoll_2017-04.pdf"
KF15 = "krokom_kf_protokoll_2015-03.pdf"
KF19 = "krokom_kf_protokoll_2019-02-27.pdf"


def exact(doc, quote):
    pat = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pat, TEXT[doc])
    if not m:
        raise SystemExit(f"not found in {doc}: {quote!r}")
    return m.group(0)


def q(qid, typ, question, facts, gold, answerable=True, history=None):
    return {
        "id": f"krk-{qid:02d}", "type": typ, "corpus": "krokom-kommun", "question": question,
        "history": history or [], "answerable": answerable, "key_facts": facts,
        "gold": [{"doc": d, "quote": exact(d, s)} for d, s in gold],
    }


ROWS = [
    q(1, "header", "Var höll kommunstyrelsen i Krokom sitt sammanträde, det vars protokoll justerades den 27 juni 2013?",
      ["MSSPs lokaler", "Mittuniversitetet"],
      [(KS13_06, "Plats och tid MSSPs lokaler, Mittuniversitetet, onsdagen den, kl")]),
    q(2, "person", "Vem tjänstgjorde som ersättare för Jörgen Blom (V) på KS-mötet i juni 2013?",
      ["Katarina Rosberg"],
      [(KS13_06, "Katarina Rosberg, S, tjg ers för Jörgen Blom, V")]),
    q(3, "date", "När sattes anslaget upp för ks-protokollet från juni 2013, och vilken var sista dagen att överklaga?",
      ["28 juni 2013", "19 juli 2013"],
      [(KS13_06, "Datum då anslaget sätts upp 28 juni 2013 Sista dag för överklagan 19 juli 2013")]),
    q(4, "reference", "vad gällde ärende Ks 132 sommaren 2013?",
      ["slamavvattnare", "Hissmofors avloppsreningsverk"],
      [(KS13_06, "Ks 132 Dnr Igångsättningstillstånd för slamavvattnare inklusive förenklad slamhantering vid Hissmofors avloppsreningsverk")]),
    q(5, "list", "Vilka två justerade kommunstyrelsens protokoll som anslogs den sjuttonde maj 2013?",
      ["Cristine Persson", "Jörgen Blom"],
      [(KS13_05, "Justerare Justeringens plats och tid Cristine Persson och Jörgen Blom Kommunhuset, Krokom, kansliavdelningen")]),
    q(6, "person", "Vem ersatte Eva Handmark på kommunstyrelsens möte i Almdalen våren 2013?",
      ["Yvonne Rosvall"],
      [(KS13_05, "Yvonne Rosvall, S, tjg ers för Eva Handmark, S")]),
    q(7, "unanswerable", "Vad kostar den nya återvinningscentralen i Krokom enligt kommunstyrelsens beslut?",
      [], [], answerable=False),
    q(8, "missing_attribute", "Hur mycket fick BRIS i verksamhetsbidrag av kommunstyrelsen i maj 2013?",
      [], [(KS13_05, "Dnr Ansökan om verksamhetsbidrag för BRIS stödverksamhet")], answerable=False),
    q(9, "header", "mellan vilka klockslag höll KS på i Mus-Olle i april 2017?",
      ["08.30-15.30"],
      [(KS17, "Plats och tid Kommunhuset, Mus-Olle, onsdagen den kl 08.30-15.30")]),
    q(10, "decision", "Fastställdes dagordningen på kommunfullmäktige den 27 februari 2019, eller gjordes det ändringar?",
      ["Dagordningen fastställs"],
      [(KF19, "Fastställande av dagordning Dagordningen fastställs.")]),
    q(11, "person", "peter grundström tjänstgjorde i ks april 2017 – för vem och under vilka paragrafer?",
      ["Niklas Rhodin", "62-79"],
      [(KS17, "Peter Grundström, S, tjg ers, 62-79, för Niklas Rhodin, S")]),
    q(12, "reference", "Vilket diarienummer hade ärendet om rambudget 2018 i kommunstyrelsen våren 2017?",
      ["2017-000115", "Ks 67"],
      [(KS17, "Ks 67 Dnr 2017-000115 Rambudget 2018, plan 2019-2020")]),
    q(13, "list", "Vilka årsredovisningar för 2016 fanns på KS ärendelista i protokollet som justerades 19 april 2017?",
      ["Krokomsbostäder AB", "Jämtlands Räddningstjänstförbund", "Jämtlands Gymnasieförbund", "Årsredovisning 2016, Krokoms kommun"],
      [(KS17, "Ks 63 Dnr 2017-000108 Årsredovisning 2016, Krokomsbostäder AB... 7 Ks 64 Dnr 2017-000086 Årsredovisning 2016, Krokoms kommun... 9 Ks 65 Dnr 2017-000101 Årsredovisning 2016 Jämtlands Räddningstjänstförbund... 11 Ks 66 Dnr 2017-000100 Årsredovisning 2016 Jämtlands Gymnasieförbund")]),
    q(14, "english", "Which citizens' proposals about bus services were on the Krokom municipal executive board's agenda in April 2017?",
      ["Rödön och Östersund", "kvällstid och helger"],
      [(KS17, "Ks 69 Dnr 2017-000042 Medborgarförslag - Fler bussturer mellan Rödön och Östersund"),
       (KS17, "Ks 70 Dnr 2017-000073 Medborgarförslag - Fler bussar kvällstid och helger till och från Ås")]),
    q(15, "header", "Var hölls fullmäktige i mars 2015 och vem var ordförande?",
      ["Trångsvikens Bygdegård", "Gunnar Hellström"],
      [(KF15, "Plats och tid Trångsvikens Bygdegård onsdagen den, klockan"),
       (KF15, "Ordförande Gunnar Hellström")]),
    q(16, "list", "vilka medborgarförslag om fiskodling tog kommunfullmäktige upp 2015?",
      ["kassodling av fisk", "BWFs storskaliga fiskodling", "Svensk fjällröding AB"],
      [(KF15, "Kf 4 Dnr Medborgarförslag - Stoppa utbyggnaden av storskalig kassodling av fisk i våra sjöar och vattendrag... 9 Kf 5 Dnr Medborgarförslag - Medverka till att stoppa BWFs storskaliga fiskodling i Storsjön Kf 6 Dnr Medborgarförslag - Vad säger Krokoms kommun om fiskodlingen i andösjön, (Svensk fjällröding AB)")]),
    q(17, "reference", "vad handlade kf 13 om på marsmötet 2015?",
      ["uranprospektering", "brytning av uran"],
      [(KF15, "Kf 13 Dnr Nytt uttalande mot undersökning, uranprospektering och brytning av uran i Krokoms kommun")]),
    q(18, "cross", "Vem var kommunchef när KS sammanträdde i juni 2013, och vem var kommundirektör vid fullmäktige i februari 2019?",
      ["Ola Skyllbäck", "Jonas Törngren"],
      [(KS13_06, "Övriga närvarande Ola Skyllbäck, kommunchef"),
       (KF19, "Övriga närvarande Jonas Törngren, kommundirektör")]),
    q(19, "amount", "Hur många ledamöter och ersättare noterades vid uppropet på fullmäktige den tjugosjunde februari 2019?",
      ["37 ledamöter", "3 ersättare"],
      [(KF19, "Vid uppropet noteras 37 ledamöter och 3 ersättare.")]),
    q(20, "followup", "och när skulle de justera det?",
      ["15 mars"],
      [(KF19, "Bengt Olofsson, M, och Mikael Karlsson, S, väljs att justera protokollet fredagen den 15 mars")],
      history=[{"role": "user", "content": "Vilka valdes att justera kommunfullmäktiges protokoll den 27 februari 2019?"},
               {"role": "assistant", "content": "Bengt Olofsson (M) och Mikael Karlsson (S) valdes att justera protokollet."}]),
    q(21, "body_date", "När kungjordes fullmäktigesammanträdet i februari 2019 på anslagstavlan, och när skickades kallelsen ut?",
      ["19 februari", "15 februari"],
      [(KF19, "Komunfullmäktige kungjordes på kommunens digitala anslagstavla den 19 februari och kallelse skickades ut den 15 februari")]),
    q(22, "followup", "Och vilka var justerare den gången?",
      ["Lena Persson", "Annika Hansson"],
      [(KS17, "Justerare Lena Persson Annika Hansson")],
      history=[{"role": "user", "content": "Vem var kommundirektör på kommunstyrelsens möte i april 2017?"},
               {"role": "assistant", "content": "Jonas Törngren var kommundirektör; Anette Lihuvudh var kommunsekreterare."}]),
    q(23, "missing_attribute", "Hur stort bidrag beviljade fullmäktige till renoveringen av Kluksgården i Alsen 2015?",
      [], [(KF15, "Kf 10 Dnr Ansökan om kommunalt bidrag för renovering och ombyggnad av Kluksgården, Alsen")], answerable=False),
    q(24, "unanswerable", "Vilken skattesats beslutade kommunfullmäktige i Krokom för år 2020?",
      [], [], answerable=False),
    q(25, "unanswerable", "Who chaired Krokom's social services committee (socialnämnden) in 2018?",
      [], [], answerable=False),
]

with OUT.open("w", encoding="utf-8") as f:
    for r in ROWS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(ROWS)} rows to {OUT}")

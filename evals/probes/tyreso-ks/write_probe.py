"""Write probe.jsonl for the tyreso-ks set (Tyresö kommun, kommunstyrelsen)."""
import json
from pathlib import Path

C = "tyreso-ks"
A = "tyreso_ks_2006-01-24.pdf"
B = "tyreso_ks_2007-10-30.pdf"
Cc = "tyreso_ks_2011-05-31.pdf"
D = "tyreso_ks_2015-03-24.pdf"
E = "tyreso_ks_2015-05-12.pdf"
F = "tyreso_ks_2016-10-04.pdf"
G = "tyreso_ks_2018-10-02.pdf"
H = "tyreso_ks_nyhet_2019-09-18.pdf"
I = "tyreso_ks_om_kommunstyrelsen_2017.pdf"


def q(n, typ, question, facts, gold, answerable=True, history=None):
    return {"id": f"tyr-{n:02d}", "type": typ, "corpus": C, "question": question,
            "history": history or [], "answerable": answerable, "key_facts": facts,
            "gold": [{"doc": d, "quote": s} for d, s in gold]}


P = [
    q(1, "decision", "Vad blev det för beslut om detaljplanen vid Vitsippevägen?",
      ["antas"], [(B, "- Detaljplan för område vid Vitsippevägen antas")]),
    q(2, "decision", "vad beslutade ks om rapporteringen av uppdraget att stärka ungdomars inflytande",
      ["avslutat", "Projekt medborgarfokus"],
      [(Cc, "- Kommunfullmäktiges uppdrag om att stärka ungas inflytande (KF 2010-04-15 § 61) är\navslutat i och med denna rapportering."),
       (Cc, "- Inom ramen för Projekt medborgarfokus utarbetas förslag på hur arbetet med att stärka\nungas inflytande skulle kunna genomföras.")]),
    q(3, "decision", "Vad bestämde kommunstyrelsen om verksamhets- och budgetplanen för 2006?",
      ["Driftbudgetramar", "Investeringsbudget"],
      [(A, "- Driftbudgetramar 2006 delegeras enligt bilaga 1\n\n- Investeringsbudget 2006 delegeras enligt bilaga 2")]),
    q(4, "decision", "Vad var förslaget om miljö- och samhällsbyggnadsutskottets verksamhetsberättelse för 2014?",
      ["godkänns"],
      [(D, "- Miljö- och samhällsbyggnadsutskottets verksamhetsberättelse för 2014 godkänns.")]),
    q(5, "decision", "Vad antog KS för Östra Tyresö hösten 2019?",
      ["masshanteringsstrategi"],
      [(H, "Kommunstyrelsen beslutade vid sitt sammanträde den 10 september om en\nmasshanteringsstrategi för Östra Tyresö.")]),
    q(6, "person", "Vem ska man kontakta som kommunstyrelsens sekreterare enligt kommunens sida om kommunstyrelsen?",
      ["Hillevi Elvhage"],
      [(I, "kontakta kommunstyrelsens sekreterare Hillevi Elvhage")]),
    q(7, "person", "vem var andre vice ordförande i kommunstyrelsen 2017",
      ["Anita Mattsson"], [(I, "2:e vice ordförande är Anita Mattsson (S)")]),
    q(8, "person", "Vilka reserverade sig mot beslutet om verksamhets- och budgetplanen i januari 2006?",
      ["Anders Bergérus", "Mikael Gustafsson"],
      [(A, "Anders Bergérus (s-gruppen) och Mikael Gustafsson (v) reserverar sig mot beslutet med")]),
    q(9, "header", "Vem var ordförande på kommunstyrelsens sammanträde den 24 januari 2006?",
      ["Berit Assarsson"], [(A, "Berit Assarsson, ordförande")]),
    q(10, "header", "När och var skulle protokollet från KS 2006-01-24 justeras?",
      ["27 januari 2006", "kommunstyrelsens kansli"],
      [(A, "Justeringens tid och plats: Läs mer...Fredagen den 27 januari 2006, kommunstyrelsens kansli")]),
    q(11, "header", "vilken tid och var hölls ks-mötet 12 maj 2015?",
      ["18:30", "Bollmora"],
      [(E, "Klockan\n18:30\nPlats\nKommunhuset, sammanträdesrummet Bollmora, Tyresö")]),
    q(12, "amount", "Hur mycket föreslogs föras över för investeringsprojekt som inte avslutats under 2014?",
      ["129 024 tkr"],
      [(D, "2. Överföra 129 024 tkr avseende investeringsprojekt som påbörjats men inte avslutats under")]),
    q(13, "date", "Hur länge skulle borgensåtagandet för båtklubben gälla?",
      ["2026-07-31"], [(E, "2. Borgensåtagandet gäller till och med 2026-07-31.")]),
    q(14, "list", "Vilka uppdrag gav kommunstyrelsen i september 2019?",
      ["förbättrat resultat", "skyfallsutredning"],
      [(H, "Styrelsen gav också två uppdrag, ett om att en plan\nska tas fram för förbättrat resultat för verksamheterna inom arbetsmarknads- och\nsocialsektorn, samt ett om att en skyfallsutredning ska genomföras.")]),
    q(15, "list", "Vilka verksamhetsområden räknade med underskott för helåret 2018 i delårsrapport 2?",
      ["Plan och exploatering", "Gemensam verksamhet"],
      [(G, "Verksamheterna har bedrivits inom ramen för tilldelade resurser undantaget\nverksamhetsområde 10 Plan och exploatering och verksamhetsområde 17 Gemensam\nverksamhet vilka prognosticerar underskott för helåret 2018.")]),
    q(16, "reference", "Vilket fullmäktigebeslut (datum och paragraf) gällde uppdraget om ungas inflytande?",
      ["2010-04-15", "§ 61"], [(Cc, "(KF 2010-04-15 § 61)")]),
    q(17, "reference", "vilken paragraf var det när ks sa att socialnämnden skulle återrapportera åtgärderna mot underskottet",
      ["§ 132"],
      [(F, "Kommunstyrelsen beslutade 14 september 2016 § 132 att socialnämnden ska återrapportera")]),
    q(18, "body_date", "Vad skulle kommunstyrelsen den 24 mars 2015 föreslå fullmäktige om årsredovisningen?",
      ["Godkänna årsredovisningen för 2014"],
      [(D, "Kommunstyrelsen föreslår kommunfullmäktige besluta att:\n\n1. Godkänna årsredovisningen för 2014.")]),
    q(19, "body_date", "Kommunstyrelsen 30 oktober 2007 – vad blev det med månadsuppföljningen för september?",
      ["noteras"], [(B, "- Månadsuppföljningen noteras")]),
    q(20, "cross", "Vem var kommunstyrelsens ordförande på mötet i januari 2006, och vem anges som ordförande på kommunens sida från 2017?",
      ["Berit Assarsson", "Fredrik Saweståhl"],
      [(A, "Berit Assarsson, ordförande"), (I, "Kommunstyrelsens ordförande är Fredrik Saweståhl (M)")]),
    q(21, "followup", "och vad ska båtklubben betala kommunen för det?",
      ["borgensavgift", "0,4 procent"],
      [(E, "För detta ska TSBK till kommunen utge en borgensavgift som årligen\nbeslutas av fullmäktige, för närvarande 0,4 procent på aktuell upplåning.")],
      history=[{"role": "user", "content": "Vad föreslog kommunstyrelsen i maj 2015 om Tyresö Strands båtklubb?"},
               {"role": "assistant", "content": "Kommunstyrelsen föreslog fullmäktige att kommunen går i borgen för båtklubbens banklån, upp till maximalt fyra miljoner kronor jämte ränta och andra kostnader, för att finansiera nya båtplatsbryggor."}]),
    q(22, "english", "In Tyresö, how many written submissions came in during the consultation period for the Vitsippevägen detailed plan?",
      ["31"], [(B, "samrådstiden inkom 31 skrivelser och fem kvartersmöten genomfördes")]),
    q(23, "missing_attribute", "Vilken tid började kommunstyrelsens sammanträde den 31 maj 2011?",
      [], [(Cc, "Sammanträde 2011-05-31\n\nDatum\nKlockan\nPlats")], answerable=False),
    q(24, "missing_attribute", "Hur stort underskott räknade socialnämnden med hösten 2016?",
      [], [(F, "genomförts för att minimera befarat underskott")], answerable=False),
    q(25, "unanswerable", "Vad beslutade kommunstyrelsen om att bygga en ny simhall?",
      [], [], answerable=False),
]

out = Path(__file__).resolve().parent / "probe.jsonl"
out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in P), encoding="utf-8")
print(len(P), "questions ->", out)

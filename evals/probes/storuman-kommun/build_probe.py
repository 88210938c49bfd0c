"""Write probe.jsonl for the set `storuman-kommun` (ids sto-01 … sto-25). The questions were written from the texts
the loader returns for the PDFs in /work/probes/docs/storuman-kommun (built by make_pdfs.py), before any answer was
seen.

Usage:  python evals/probes/storuman-kommun/build_probe.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

C = "storuman-kommun"
AU12 = "sto_ksau_2012-03-27.pdf"
KS13 = "sto_ks_exploateringsavtal-hemavan.pdf"
KS14 = "sto_ks_2014-04-08.pdf"
AU18A = "sto_ksau_2018-01-16.pdf"
AU18B = "sto_ksau_2018-03-20.pdf"
KS18 = "sto_ks_2018-09-11.pdf"
KS19 = "sto_ks_2019-04-09.pdf"
WEB = "sto_kommun-och-politik.pdf"
KF = "sto_kf_snabbreferat.pdf"


def q(type_, question, key_facts, gold, history=None):
    answerable = type_ not in ("unanswerable", "missing_attribute")
    return (type_, question, history or [], answerable, key_facts, gold)


Q = [
    q("decision", "vad klubbade fullmäktige om hastigheterna i tätorterna, blir det 30 överallt?",
      ["hastighetsplan", "30 km/h"],
      [g(KF, "Förslaget till hastighetsplan för Storuman antogs. Storumans kommun saknar idag en"),
       g(KF, "förändringarna som förslaget innebär är att bashastigheten förändras från 50 km/h till 30")]),
    q("decision", "israelssons motion om vård o omsorg, vad gjorde kf med den",
      ["kommunstyrelsen för beredning"],
      [g(AU18A, "har 2017-06-13 lämnat in en motion där hon bland annat beskriver"),
       g(AU18A, "2017-06-13, 54 att överlämna motionen till kommunstyrelsen för beredning")]),
    q("list", "vilka valdes in i styrelsen för skfab på fullmäktige",
      ["Ulrik Dahlgren", "Ulf Vidman", "Leif Karlsson", "Malin Svensson"],
      [g(KF, "Storumans kommunföretag AB (SKFAB)"),
       g(KF, "Ulrik Dahlgren (s) ordförande"),
       g(KF, "Ulf Vidman (m) vice ordförande"),
       g(KF, "Leif Karlsson (s)"),
       g(KF, "Malin Svensson (c)")]),
    q("person", "vem e ordförande i kf i storuman",
      ["Patrik Persson"],
      [g(WEB, "representerar centerpartiet. Ordförande i kommunfullmäktige heter Patrik Persson, också")]),
    q("person", "vilka justerade ks protokollet 11 sept 2018",
      ["Anders Persson", "Kristina Fredriksson"],
      [g(KS18, "Utses att justera Anders Persson och Kristina Fredriksson")]),
    q("date", "ks 8 april 2014, det va visst en ajournering? mellan vilka klockslag och vid vilken paragraf",
      ["13.40", "13.55"],
      [g(KS14, "Kommunhuset, Storuman 2014-04-08 kl.13.00 14.30 Ajournering för"),
       g(KS14, "överläggningar 40, kl. 13.40 13.55 Se bifogad närvarolista Övriga Maria")]),
    q("person", "ksau 16 januari 2018 - vem tjänstgjorde som ersättare o för vem",
      ["Kristina Fredriksson", "Ann-Christine Jonsson"],
      [g(AU18A, "Therese Granström (C) Ulf Vidman (M) Karin Malmfjord (S) Kristina Fredriksson"),
       g(AU18A, "(S) tjänstgörande ersättare för Ann-Christine Jonsson (S) Övriga Maria Mickelsson")]),
    q("header", "vilka paragrafer omfattar au-protokollet fr 20 mars 2018",
      ["18-48"],
      [g(AU18B, "2018-03-27 Paragrafer 18-48 Underskrift Sekreterare Maria Mickelsson")]),
    q("date", "nar och var justerades ks protokollet fran 9 april 2019",
      ["2019-04-15", "Kommunhuset, Storuman"],
      [g(KS19, "Justeringens plats och tid Kommunhuset, Storuman 2019-04-15 Paragrafer 22-58")]),
    q("date", "hur länge höll arbetsutskottet på den 20 mars 2018",
      ["09.00-11.40"],
      [g(AU18B, "Storuman 2018-03-20, kl. 09.00-11.40 Beslutande Tomas Mörtsell (C) ordförande")]),
    q("vote", "blev det nån omröstning på ks i april 2019? hur föll rösterna",
      ["§ 35"],
      [g(KS19, "Omröstning § 35"),
       g(KS19, "Ledamöter Ja Nej Avstår"),
       g(KS19, "9 2 2")]),
    q("reference", "vad gällde ksau 18 i mars 2018?",
      ["samordningsförbund", "Karin Malmfjord"],
      [g(AU18B, "STORUMANS KOMMUN PROTOKOLL 2 (55) KSAU 18 KS/2017:254-106 Motion -"),
       g(AU18B, "deltagande i samordningsförbund Karin Malmfjord (S) har 2017-04-23 lämnat in en")]),
    q("reference", "KS § 80 hösten 2018, vems motion var det o vad ville den",
      ["Gunnar Andersson", "decentralisering av offentliga myndigheter"],
      [g(KS18, "KS § 80 KS/2018:298 - 001"),
       g(KS18, "Motion - decentralisering av offentliga myndigheter"),
       g(KS18, "Gunnar Andersson (S) har 2018-02-12 lämnat in rubricerad motion.")]),
    q("reference", "ks 110 – med vilket bolag gjordes exploateringsavtalet och vilka fastigheter gäller det",
      ["Romar Bygg AB", "Björkfors 1:450 och 1:598"],
      [g(KS13, "2 STORUMANS KOMMUN PROTOKOLL 2 (17) KS 110 KS/2013:"),
       g(KS13, "Exploateringsavtal - Björkfors 1:450 och 1:598, Hemavan Förslag till"),
       g(KS13, "exploateringsavtal har upprättats mellan Storumans kommun och Romar Bygg AB.")]),
    q("body_date", "arbetsutskottet 27/3 2012, vilka var beslutande förutom mörtsell",
      ["Tina Kerro", "Karin Malmfjord", "Peter Åberg", "Patrik Persson"],
      [g(AU12, "Storuman 2012-03-27 kl. 09.00 11.50 Beslutande Tomas Mörtsell (C) ordförande"),
       g(AU12, "Tina Kerro (FP) Karin Malmfjord (S) Peter Åberg (S) Patrik Persson (C)")]),
    q("amount", "vad blir det för hastighet på genomfartslederna enl nya planen",
      ["60 km/h", "40 km/h"],
      [g(KF, "km/h på kommunens gator. Genomfartsled skyltas 60 km/h och 40 km/h. Hela")]),
    q("list", "vad ville israelsson att kommunen skulle utreda, vilka punkter hade hon",
      ["Time Care", "Ny schemastruktur", "Förändrad lönepolitik", "undersköterskornas yrkesroll"],
      [g(AU18A, "och anställda, utreda och genomföra följande: o Säga upp avtal avseende"),
       g(AU18A, "schemaläggnings- och tidplaneringsverktyget Time Care o Anställda får ha sina"),
       g(AU18A, "arbetsplatser som de kan vara trygga på och känna ansvar för o Ny schemastruktur"),
       g(AU18A, "för skapande av lugn och arbetsro o Förändrad lönepolitik o Skapa forum för"),
       g(AU18A, "stärkande av undersköterskornas yrkesroll Kommunfullmäktige beslutade")]),
    q("cross", "i vilka protokoll var karin malmfjord justerare",
      ["2012-03-27", "2018-03-20"],
      [g(AU12, "Inger Carstedt trafikplanerare 47 Utses att justera Karin Malmfjord Justeringens"),
       g(AU18B, "justera Karin Malmfjord Justeringens plats och tid Kommunhuset, Storuman"),
       g(AU18B, "Sammanträdesdatum 2018-03-20 Datum då anslaget sätts upp 2018-03-27 Datum"),
       g(KS13, "Ralph Johansson kanslichef Utses att justera Anna Hedman och Karin Malmfjord")]),
    q("english", "Who took the minutes at the municipal executive board meeting on 9 April 2019, and who was "
                 "appointed to check them?",
      ["Maria Mickelsson", "Marie Berglund"],
      [g(KS19, "Plats och tid Kommunhuset, Storuman 2019-04-09, kl. 13.00-14.20"),
       g(KS19, "Övriga Maria Mickelsson kommunsekreterare"),
       g(KS19, "Utses att justera Marie Berglund")]),
    q("followup", "vem var tjänstgörande ersättare då, o för vem",
      ["Klara Olofsson", "Therese Granström"],
      [g(KS18, "Klara Olofsson (C) tjänstgörande ersättare för Therese Granström (C) Anders Persson (C)")],
      history=[turn("user", "vilka var med och beslutade på ks 11 september 2018?"),
               turn("assistant", "Enligt protokollet var bland andra Tomas Mörtsell (C, ordförande), Anders "
                                 "Persson (C), Ulf Vidman (M), Veronika Håkansson (M), Karin Malmfjord (S), Kristina "
                                 "Fredriksson (S) och Peter Åberg (S) beslutande, och en ersättare tjänstgjorde.")]),
    q("followup", "o var ville hon att huset skulle byggas?",
      ["Laxnäs 1:68"],
      [g(AU12, "bl.a. att f.d. Shellbyggnaden i Tärnaby på fastigheten Laxnäs 1:68 rivs och att")],
      history=[turn("user", "vad handlade ksau 35 om i mars 2012?"),
               turn("assistant", "KSAU 35 gällde ett medborgarförslag från Viola Eriksson om att uppföra ett "
                                 "aktivitetshus i Tärnaby.")]),
    q("missing_attribute", "vad beslutade au om aktivitetshuset i tärnaby till slut?",
      [],
      [g(AU12, "Medborgarförslag - uppförande av aktivitetshus i Tärnaby Viola Eriksson har"),
       g(AU12, "2011-06-21 att överlämna medborgarförslaget till kommuns")]),
    q("missing_attribute", "vilken dag o vilken tid var ks-mötet där exploateringsavtalet i hemavan togs upp",
      [],
      [g(KS13, "1 STORUMANS KOMMUN PROTOKOLL 1 (17) Plats och tid Kommunhuset,"),
       g(KS13, "Sammanträdesdatum Datum då anslaget sätts upp Datum då anslaget tas ned")]),
    q("unanswerable", "vad är skattesatsen i storuman 2018?", [], []),
    q("unanswerable", "vad beslutade ks om skoterlederna runt hemavan", [], []),
]

if __name__ == "__main__":
    path, n = write_probe(Path(__file__).resolve().parent, "sto", C, Q)
    print("wrote", path, n)

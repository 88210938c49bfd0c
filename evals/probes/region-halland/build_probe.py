"""Write probe.jsonl for the set `region-halland` (ids rh-01 … rh-25). The questions were written from the texts the
loader returns for the PDFs in /work/probes/docs/region-halland (built by make_pdfs.py), before any answer was seen.

Usage:  python evals/probes/region-halland/build_probe.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import g, write_probe  # noqa: E402

C = "region-halland"
LS03 = "rh_landstingsstyrelsen_2003-12-08.pdf"
LS09 = "rh_landstingsstyrelsen_2009-11-30.pdf"
FL14 = "rh_regionstyrelsen_foredragningslista_2014-03-26.pdf"
RS04 = "rh_regionstyrelsen_2014-04-30.pdf"
RS10 = "rh_regionstyrelsen_2014-10-15.pdf"
NY09 = "rh_regionstyrelsen_nyheter_2015-09-02.pdf"
NY10 = "rh_regionstyrelsen_nyheter_2015-10-28.pdf"
NY17 = "rh_regionstyrelsen_nyheter_2017-08-30.pdf"
DK17 = "rh_dks_mote_2017-09-28.pdf"
DK18 = "rh_dks_mote_2018-12-11.pdf"


def q(type_, question, key_facts, gold, history=None, answerable=True):
    return {"type": type_, "question": question, "history": history or [], "answerable": answerable,
            "key_facts": key_facts, "gold": gold}


Q = [
    q("decision", "vad beslutade regionstyrelsen om beroendevården i varberg hösten 2015?",
      ["Sexton vårdplatser", "psykiatriavdelningen", "11 miljoner kronor"],
      [g(NY10, "Sexton vårdplatser skapas i Varberg för beroendevård"),
       g(NY10, "Regionstyrelsen godkände på onsdagen förslaget till att bygga till och om"),
       g(NY10, "under våren 2016 och kostnaden är beräknad till 11 miljoner kronor.")]),
    q("decision", "rs 30 april 2014 - vilket ärende lades till på föredragningslistan",
      ["Göteborgsbilagan i lag om trängselskatt"],
      [g(RS04, "förslaget att revidera Göteborgsbilagan i lag om trängselskatt. behandlades sist på")]),
    q("decision", "vilket ärende ströks från landstingsstyrelsens dagordning i slutet av nov 2009?",
      ["Fastarp 3:26", "Tvååker"],
      [g(LS09, "arbetsutskottets förslag, med den ändringen att ärendet Försäljning av,"),
       g(LS09, "tandvårdsmottagningen med mera, fastigheten kv Fastarp 3:26, Tvååker, Varberg")]),
    q("person", "vem justerade landstingsstyrelsens protokoll 8 dec 2003",
      ["Dan Skantz"],
      [g(LS03, "2 188 Justering Landstingsstyrelsen beslutar utse Dan Skantz att jämte")]),
    q("person", "vem var ordförande i regionstyrelsen hösten 2015 och hur når man honom",
      ["Mats Eriksson", "070-595 60 85"],
      [g(NY09, "Mats Eriksson, regionstyrelsens ordförande, 070-595 60 85")]),
    q("header", "vem var sekreterare på landstingsstyrelsens möte 30/11 2009?",
      ["Lena Parmlöv"],
      [g(LS09, "Preuss Lena Parmlöv ordförande 1:e vice ordförande 2:e vice ordförande"),
       g(LS09, "personaldirektör chef för ledning och styrning sekreterare 1 (15)")]),
    q("header", "vilka paragrafer omfattar regionstyrelsens protokoll fran 2014-04-30",
      ["Regionstyrelsen 65 87"],
      [g(RS04, "Protokoll Sammanträdesdatum 2014-04-30 Regionstyrelsen 65 87 Tid Onsdag 30")]),
    q("date", "mellan vilka klockslag höll landstingsstyrelsen på 30 november 2009",
      ["11:15-12:05"],
      [g(LS09, "november 2009, kl 11:15-12:05 Plats Landstingshuset, Södra vägen 9, Halmstad")]),
    q("date", "i vilken sal satt regionstyrelsen den 30 april 2014 och när började mötet",
      ["Borgsalen", "09:00"],
      [g(RS04, "april 2014, kl 09:00 14:30 Plats Regionens Hus, Södra vägen 9, Halmstad"),
       g(RS04, "Sammanträdeslokal Borgsalen Ledamöter Gösta Bergenheim (M) GunMarie")]),
    q("amount", "hur stor är prissumman för regionens kulturpris 2017?",
      ["75 000 kronor"],
      [g(DK17, "vinstsumma på 75 000 kronor.")]),
    q("amount", "hur mycket pengar fick kultur och skola i budgetram för 2019, och hur mkt av det är kultur?",
      ["136 868 tkr", "99 265 tkr"],
      [g(DK18, "Kultur och skola har tilldelats 136 868 tkr, varav 99 265 tkr avser kulturverksamhet och 37")]),
    q("list", "vilka mötesdagar har regionstyrelsen bestämt för 2018",
      ["17 januari", "14 februari", "7 november", "28 november"],
      [g(NY17, "Mötesdagarna är 17 januari, 14 februari, 7 mars, 4 april, 2 maj, 30 maj, 27 juni, 12"),
       g(NY17, "september, 10 oktober, 7 november och 28 november.")]),
    q("list", "hur fördelas skolornas investeringsbudget 2019 mellan skolorna",
      ["Munkagårdsgymnasiet 1,0 mnkr", "Katrinebergs folkhögskola 0,7 mnkr", "Löftadalens folkhögskola 0,5 mnkr"],
      [g(DK18, "2019 fördelat till Munkagårdsgymnasiet 1,0 mnkr, Katrinebergs folkhögskola 0,7 mnkr och"),
       g(DK18, "Löftadalens folkhögskola 0,5 mnkr.")]),
    q("reference", "vad handlade § 66 om på driftnämnden kultur och skola i september 2017",
      ["Anmälningar för kännedom"],
      [g(DK17, "• § 66\n\nAnmälningar för kännedom")]),
    q("reference", "vad gällde paragraf 190 i landstingsstyrelsens protokoll från december 2003 och vad beslöts",
      ["Anmälan av inkomna/utgående skrivelser", "notera skrivelserna till protokollet"],
      [g(LS03, "Anmälan av inkomna/utgående skrivelser Landstingsstyrelsen beslutar notera"),
       g(LS03, "skrivelserna till protokollet.")]),
    q("body_date", "regionstyrelsen 2 sept 2015, vilka ärenden togs upp?",
      ["Ändring av fullmäktiges arbetsordning", "Framställan om ankomstterminaler",
       "Halmstads nämndemannaförening"],
      [g(NY09, "• Ändring av fullmäktiges arbetsordning"),
       g(NY09, "• Ansökan om bidrag från Halmstads nämndemannaförening"),
       g(NY09, "• Framställan om ankomstterminaler")]),
    q("reason", "varför ska belysningen i regionens lokaler bytas ut?",
      ["minska användandet av kvicksilver", "minska energianvändning"],
      [g(NY10, "• Byte av belysning i regionens lokaler ska fortsätta under 2016. Skälet är att regionen vill"),
       g(NY10, "minska användandet av kvicksilver, minska energianvändning och på så sätt bidra till")]),
    q("cross", "var det samma person som justerade rs-protokollen i april och i oktober 2014?",
      ["Per Persson"],
      [g(RS04, "65 Justering Regionstyrelsen utser Per Persson att jämte ordföranden justera"),
       g(RS10, "2 195 Justering Regionstyrelsen utser Per Persson att jämte ordföranden justera")]),
    q("english", "Who chaired the county council board (landstingsstyrelsen) at its meeting on 8 December 2003?",
      ["Mats Eriksson (m) ordförande"],
      [g(LS03, "vägen 9, Halmstad Ledamöter Mats Eriksson (m) ordförande Göran Karlsson (c) 1:e")]),
    q("unanswerable", "vad sa patientnämnden om väntetiderna på akuten i halmstad 2016?",
      [], [], answerable=False),
    q("unanswerable", "vad beslutade regionstyrelsen om en ny ambulansstation i hyltebruk",
      [], [], answerable=False),
    q("missing_attribute", "vem fick region hallands kulturpris 2017?",
      [],
      [g(DK17, "skola förbereda förslag till kulturpristagare. Nomineringar till kulturpristagare för 2017")],
      answerable=False),
    q("missing_attribute", "hur mycket höjs tandvårdstaxorna 2016 enligt rs beslut i oktober 2015",
      [],
      [g(NY10, "• Barntandvårdspeng och tandvårdstaxor 2016")],
      answerable=False),
    q("followup", "vem hade skrivit motionen då?",
      ["Annalena Emilsson (C)"],
      [g(FL14, "Motion från Annalena Emilsson (C) 5 Hallandstrafiken AB, anskaffning och")],
      history=[{"role": "user", "content": "vad föreslog regionstyrelsen i mars 2014 om motionen om att satsa på "
                                             "tågen i öst-västlig riktning?"},
               {"role": "assistant", "content": "Enligt föredragningslistan till regionstyrelsen den 26 mars 2014 "
                                                  "föreslog regionstyrelsen att regionfullmäktige med lämnad "
                                                  "redovisning skulle anse motionen besvarad."}]),
    q("followup", "och hur gamla är borden som finns idag?",
      ["20 år gamla"],
      [g(NY17, "är 20 år gamla, tunga och otympliga. Dagens moderna operationsbord har helt annorlunda")],
      history=[{"role": "user", "content": "hur mkt pengar la regionstyrelsen på nya operationsbord 2017?"},
               {"role": "assistant", "content": "Regionstyrelsen beslöt den 30 augusti 2017 att satsa 12 miljoner "
                                                  "kronor på fjorton nya operationsbord i Halmstad."}]),
]

if __name__ == "__main__":
    rows = [(r["type"], r["question"], r["history"], r["answerable"], r["key_facts"], r["gold"]) for r in Q]
    path, n = write_probe(Path(__file__).resolve().parent, "rh", C, rows)
    print("wrote", path, n)

"""Writes probe.jsonl for stockholm-alvsjo-sdn (questions written from the documents alone)."""
import json
from pathlib import Path

C = "stockholm-alvsjo-sdn"
D = {k: f"alvsjo-sdn-{k}.pdf" for k in [
    "2001-06-19", "2003-05-22", "2006-03-23", "2006-06-15", "2006-11-30",
    "2007-03-22", "2009-05-14", "2011-11-24", "2012-06-14", "2013-03-21"]}


def g(day, quote):
    return {"doc": D[day], "quote": quote}


Q = [
    ("person", "Vem utsågs att justera protokollet ihop med vice ordföranden på Älvsjö stadsdelsnämnds sammanträde den fjortonde juni 2012?", [], True,
     ["Olle Andretzky"], [g("2012-06-14", "Ledamoten Olle Andretzky (M) utses att tillsammans med vice ordföranden Viktor Morawski")]),
    ("body_date", "När skulle protokollet från sdn-mötet 24 november 2011 justeras?", [], True,
     ["29 november"], [g("2011-11-24", "justera dagens protokoll vilket ska ske tisdagen den 29 november.")]),
    ("amount", "hur stort underskott räknade herrängens barn o ungdomsområde med i juni 2001", [], True,
     ["965 tkr"], [g("2001-06-19", "underskottet kommer att öka och beräknas nu uppgå till 965 tkr")]),
    ("amount", "Vad blir den preliminära årshyran för förskolepaviljongerna vid Johan Skytteskolan?", [], True,
     ["1,94 mnkr"], [g("2006-11-30", "paviljongerna uppgår enligt SISAB:s hyresoffert till 1,94 mnkr.")]),
    ("amount", "Hur mycket har stadsdelsnämnden sammanlagt beviljats från Kompetensstegen, och hur mycket av det gick till Blomsterfonden?", [], True,
     ["3 857 000 kr", "826 000 kr"], [g("2009-05-14", "Stadsdelsnämnden har sammanlagt beviljats 3 857 000 kr. Av dessa medel har"),
                                      g("2009-05-14", "826 000 kr gått till Blomsterfonden.")]),
    ("list", "Vilka enheter ville förvaltningen nominera till stadens kvalitetsutmärkelse 2007?", [], True,
     ["Bullerbyn", "Solberga vård- och omsorgsboende", "Älvsjö servicehus"],
     [g("2007-03-22", "Stadsdelsförvaltningen föreslår att stadsdelsnämnden nominerar förskolan Bullerbyn i"),
      g("2007-03-22", "tävlingsklassen förskola samt Solberga vård- och omsorgsboende och Älvsjö servicehus i")]),
    ("cross", "Vilken förskola föreslogs till kvalitetsutmärkelsen 2009, och var det samma förskola som 2007?", [], True,
     ["Sylves-ter", "Bullerbyn"],
     [g("2009-05-14", "Stadsdelsförvaltningen föreslår att stadsdelsnämnden nominerar förskolan Sylves-ter i"),
      g("2007-03-22", "Stadsdelsförvaltningen föreslår att stadsdelsnämnden nominerar förskolan Bullerbyn i")]),
    ("reason", "Varför ville förvaltningen häva ramavtalet med Gillow Förvaltning AB/Rasbohemmet?", [], True,
     ["brister i bolagets åtagande"],
     [g("2006-06-15", "stadsdelsnämnden. Efter uppföljning av verksamheten har sådana brister i bolagets åtagande"),
      g("2006-06-15", "som vårdgivare kunnat konstateras att förvaltningen föreslår nämnden att besluta att med")]),
    ("reference", "vilket dnr har ärendet om hävning av avtalet med rasbohemmet?", [], True,
     ["239-2006-105"], [g("2006-06-15", "Dnr: 239-2006-105")]),
    ("header", "Var och när började Älvsjö stadsdelsnämnds sammanträde den 21 mars 2013?", [], True,
     ["Medborgarkontoret", "18:00"], [g("2013-03-21", "Sammanträde 2013-03-21\n\nDatum\nKlockan\n18:00\nPlats\nMedborgarkontoret, Älvsjö stationsplan 11")]),
    ("list", "Vilka ärenden i juni 2012 skulle justeras omedelbart?", [], True,
     ["parkskötsel med vinterväghållning", "enstaka platser för vuxna"],
     [g("2012-06-14", "20 Upphandling parkskötsel med vinterväghållning på parkvägar, tilldelningsbeslut\n\nDnr 2.2.1.3-2012\nOmedelbar justering"),
      g("2012-06-14", "21 Gemensam upphandling av enstaka platser för vuxna på hem för vård eller boende (HVB)")]),
    ("date", "när justerades protokollet från maj-sammanträdet 2012?", [], True,
     ["30 maj"], [g("2012-06-14", "Anmäldes att protokoll 2012-05-24 justerats den 30 maj.")]),
    ("person", "Vem var handläggare för budgetunderlaget för 2007 med inriktning för 2008 och 2009?", [], True,
     ["Lars Ericsson"], [g("2006-03-23", "Dnr: 95-2006-102"), g("2006-03-23", "Handläggare: Utvecklingssekreterare Lars Ericsson, 08-508 21 079")]),
    ("followup", "Och vem var handläggare för det ärendet?",
     [{"role": "user", "content": "Vad tog Älvsjö stadsdelsnämnd upp om företagshälsovård i november 2006?"},
      {"role": "assistant", "content": "På sammanträdet den 30 november 2006 fanns beslutsärende 3, Anskaffning av företagshälsovård för år 2007 (Dnr: 407-2006-205)."}],
     True, ["Margareta Hamrén"], [g("2006-11-30", "Dnr: 407-2006-205\n\nHandläggare: Personalchef Margareta Hamrén, 08-508 21 020")]),
    ("followup", "Stod det något som borde vidareutvecklas?",
     [{"role": "user", "content": "Vad kom revisorerna fram till om nämndens verksamhet 2002?"},
      {"role": "assistant", "content": "Enligt ärende 12 den 22 maj 2003 gav revisorernas granskning av Älvsjö stadsdelsnämnds verksamhet 2002 inte anledning till anmärkning, och revisorerna tillstyrkte ansvarsfrihet för nämnden och dess ledamöter."}],
     True, ["internkontrollarbetet"], [g("2003-05-22", "- internkontrollarbetet bör vidareutvecklas")]),
    ("english", "In November 2006, for which places did the district committee have applications to extend temporary building permits for recycling stations?", [], True,
     ["Herrängen 1:1", "Långsjö 1:1", "Långbro 13:1"],
     [g("2006-11-30", "material, Herrängen 1:1, Herrängsplan"),
      g("2006-11-30", "material Långsjö 1:1 Svartlösavägen/Strandängsstigen"),
      g("2006-11-30", "material, Långbro 13:1, Linbodavägen")]),
    ("english", "Which units of Älvsjö vård- och omsorgsboende were to be rebuilt according to the June 2006 agenda, and what was the reason?", [], True,
     ["avdelning 14, 16b och 16c", "länsstyrelsens krav"],
     [g("2006-06-15", "fattar inriktningsbeslut för en ombyggnad av avdelning 14, 16b och 16c på Älvsjö vård- och"),
      g("2006-06-15", "I syfte att tillmötesgå länsstyrelsens krav och stadens intentioner enligt äldreomsorgsplan")]),
    ("decision", "Vad föreslogs nämnden besluta om kvalitetsgarantierna 2006 för omsorgen om funktionshindrade?", [], True,
     ["godkänner enheternas förslag"],
     [g("2006-03-23", "Förvaltningen föreslår att nämnden godkänner enheternas förslag till kvalitetsgarantier för")]),
    ("decision", "va gör nämnden med tertialrapport 1 år 2003", [], True,
     ["överlämnar tertialrapport 1", "kommunstyrelsen"],
     [g("2003-05-22", "Nämnden överlämnar tertialrapport 1 med prognos för året till kommunstyrelsen")]),
    ("reference", "Vilket KS-diarienummer hade remissen om ökad insamling av matavfall som Älvsjö sdn hade uppe i mars 2013?", [], True,
     ["KS 303-442/2012"], [g("2013-03-21", "remiss från kommunstyrelsen, KS 303-442/2012")]),
    ("missing_attribute", "Vad kommer den nya lokalen för Solberga 1 och 2 att kosta i hyra per år?", [], False,
     [], [g("2012-06-14", "3 Förhyrning av verksamhetslokal för vård- och omsorgsboendet Solberga 1 och 2")]),
    ("missing_attribute", "Vem lämnade in medborgarförslaget om utegym vid Långsjöbadet?", [], False,
     [], [g("2013-03-21", "6 Utegym vid Långsjöbadet - inkommet medborgarförslag")]),
    ("unanswerable", "Vad beslutade Älvsjö stadsdelsnämnd om budgeten för 2015?", [], False, [], []),
    ("unanswerable", "Vilka ärenden behandlades på Älvsjö stadsdelsnämnds sammanträde i september 2010?", [], False, [], []),
    ("unanswerable", "Hur stort är arvodet för ledamöterna i Älvsjö stadsdelsnämnd?", [], False, [], []),
]

rows = []
for i, (typ, q, hist, ans, kf, gold) in enumerate(Q, 1):
    rows.append({"id": f"alv-{i:02d}", "type": typ, "corpus": C, "question": q, "history": hist,
                 "answerable": ans, "key_facts": kf, "gold": gold})
Path(__file__).with_name("probe.jsonl").write_text(
    "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(len(rows), "questions")

"""Write probe.jsonl for the set `heby-kommun` (Heby kommun: kommunfullmäktige, kommunstyrelsen, its
verksamhetsutskott and vård- och omsorgsnämnden). The questions were written from the documents' loader text alone
(the PDFs that make_pdfs.py typesets from texts/); see SOURCES.md.

Usage:  .venv/bin/python evals/probes/heby-kommun/build_probe.py
Check:  .venv/bin/python evals/probes/verify_set.py heby-kommun --docs /work/probes/docs/heby-kommun --prefix hby- \
            --questions 25
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import answerable_by_type, g, turn, write_probe  # noqa: E402

KF09 = "heby_kf_2009-04.pdf"
KF13 = "heby_kf_2013-02.pdf"
KF1303 = "heby_kf_2013-03-13_arenden.pdf"
VU13 = "heby_vu_2013-05.pdf"
KF1312 = "heby_kf_2013-12-17_arenden.pdf"
KS14 = "heby_ks_2014-09.pdf"
VON15 = "heby_von_2015-03.pdf"
KS20 = "heby_ks_2020-05-13_anslag-granskning.pdf"
KF20 = "heby_kf_2020-06-16_anslag-detaljplan.pdf"
DP394 = "heby_kf_2022-09-27_dp394-horrsta.pdf"
KSPAGE = "heby_kommunstyrelsen_2022.pdf"
KFPAGE = "heby_kommunfullmaktige_2022.pdf"

QUESTIONS = answerable_by_type([
    # 01 person: the secretary of the board's verksamhetsutskott, named in the run-together cover
    ("person", "vem förde protokollet på verksamhetsutskottets möte i maj 2013?", [],
     ["Mona Rönneblad"],
     [g(VU13, "Sekreterare Mona Rönneblad")]),
    # 02 header: place and hours of kommunstyrelsen's meeting in September 2014
    ("header", "Var satt kommunstyrelsen i september 2014 och mellan vilka klockslag?", [],
     ["Stora sammanträdesrummet", "10:00-15:00"],
     [g(KS14, "Stora sammanträdesrummet,\nKommunkontoret, Heby kl 10:00-15:00")]),
    # 03 person: the justerare of the council in 2009, run together with the chair after "Ordförande Justerande"
    ("person", "vilka två var justerare för fullmäktiges protokoll som justerades 8 april 2009?", [],
     ["Mats Pettersson", "Ronny Orvendal"],
     [g(KF09, "Ordförande Justerande Gösta Persson Mats\nPettersson Ronny Orvendal")]),
    # 04 date: the appeal period in the council's posted notice of the adopted plan
    ("date", "Mellan vilka datum gick det att överklaga fullmäktiges beslut om detaljplanen för "
             "vård- och omsorgsboendet Kyrkbacken?", [],
     ["2020-06-22", "2020-07-13"],
     [g(KF20, "Möjlighet till överklagande under perioden\n2020-06-22 till 2020-07-13")]),
    # 05 date: the last day to appeal, near the end of the plan page
    ("date", "sista dagen att överklaga horrsta norra-planen?", [],
     ["25 oktober 2022"],
     [g(DP394, "alltså senast den 25\noktober 2022")]),
    # 06 amount: members and substitutes of kommunstyrelsen
    ("amount", "hur många ledamöter och ersättare har ks i heby", [],
     ["11 ledamöter", "11 ersättare"],
     [g(KSPAGE, "Här sitter 11 ledamöter, 11 ersättare")]),
    # 07 amount: the storeys the Horrsta plan allows
    ("amount", "Hur många våningar får flerbostadshuset i Horrsta ha enligt detaljplanen?", [],
     ["3-4 våningar"],
     [g(DP394, "ett flerbostadshus i 3-4 våningar samt småhusbebyggelse")]),
    # 08 decision: the council's decision under Kf 17 (the last item the transcript keeps)
    ("decision", "Vad beslutade fullmäktige under Kf 17 på mötet som justerades 8 april 2009?", [],
     ["tackar för informationen"],
     [g(KF09, "Kommunfullmäktige tackar för informationen")]),
    # 09 decision: Vu 37, the end of the utskott's transcript
    ("decision", "vad gjorde VU med budgetuppföljningen/statistiken för april 2013", [],
     ["tackar för statistiken"],
     [g(VU13, "Verksamhetsutskottet tackar för statistiken")]),
    # 10 decision: KS §94, a second review of DP 387
    ("decision", "Vad beslutade KS i maj 2020 om detaljplanen DP 387 för det nya vård- och omsorgsboendet?", [],
     ["andra granskning"],
     [g(KS20, "tas planförslaget ut för en andra\ngranskning")]),
    # 11 list: the board's contents list, items 6-9
    ("list", "vilka igångsättningstillstånd hade kommunstyrelsen uppe i september 2014?", [],
     ["driftövervakning", "Hebron", "Huddunge", "lekplats"],
     [g(KS14, "Igångsättningstillstånd för investering driftövervakning"),
      g(KS14, "Igångsättningstillstånd för investering nytt verksamhetsområde Hebron"),
      g(KS14, "Igångsättningstillstånd för investering utökat verksamhetsområde Huddunge"),
      g(KS14, "Igångsättningstillstånd investering lekplats 2013")]),
    # 12 list: what Von 33 added to the agenda
    ("list", "Vad lades till på dagordningen när vård- och omsorgsnämnden reviderade föredragningslistan i mars "
             "2015?", [],
     ["Centerkretsen", "Kurser 2015"],
     [g(VON15, "fråga till Vård- och omsorgsnämnden från Centerkretsen, Heby tillförs dagordningen."),
      g(VON15, "Kurser 2015, seminarium i Folkets hus den 21 april kl tillförs dagordningen.")]),
    # 13 vote: the seats the election gave the parties (the table is split over two pages)
    ("vote", "vilket parti fick flest mandat i heby fullmäktige för 2022-2026 och hur många?", [],
     ["Socialdemokraterna", "11"],
     [g(KFPAGE, "Socialdemokraterna (S)\n\n11")]),
    # 14 reason: why DP 387 went out on a second review
    ("reason", "varför fick kyrkbacken-planen gå ut på granskning en gång till?", [],
     ["Transformatorstation", "utformningsbestämmelse"],
     [g(KS20, "Då en nödvändig markanvändning (Transformatorstation) måste införas i plankarta"),
      g(KS20, "samt en utformningsbestämmelse tillförs")]),
    # 15 body_date: the justerare of vård- och omsorgsnämnden; the cover's "Utses att justera" runs into other names
    ("body_date", "Vem justerade vård- och omsorgsnämndens protokoll i mars 2015?", [],
     ["Emilie Jansson"],
     [g(VON15, "Ordförande Margaretha Gadde-Jennische Justerande Emilie Jansson")]),
    # 16 body_date: what the council adopted on 27 September 2022
    ("body_date", "vad antog kommunfullmäktige 27 september 2022?", [],
     ["Horrsta Norra"],
     [g(DP394, "DP 394 Horrsta Norra; del av Horrsta 4:36, Heby"),
      g(DP394, "Kommunfullmäktige den 27 september 2022 (KF § 71).")]),
    # 17 reference: a paragraph of the utskott by its number
    ("reference", "Vu 36 i maj 2013, vad gällde den och vad blev beslutet?", [],
     ["Meddelanden", "godkännes"],
     [g(VU13, "Vu 36\nMeddelanden Verksamhetsutskottets beslut Redovisning av meddelanden enligt\nlista, för "
              "perioden 16 april 13 maj 2013, godkännes.")]),
    # 18 cross: the board's chair in the 2014 minutes and on the 2022 page
    ("cross", "Vem var ordförande i kommunstyrelsen på mötet i september 2014, och är det samma person som är "
              "ordförande i ks presidium 2022-2024?", [],
     ["Marie Wilén"],
     [g(KS14, "Marie Wilén (C), ordförande"),
      g(KSPAGE, "Ordförande: Marie Wilén (C)")]),
    # 19 followup: the secretary of the council's February 2013 minutes
    ("followup", "och vem var sekreterare då?",
     [turn("user", "Vilka justerade fullmäktiges protokoll i februari 2013?"),
      turn("assistant", "Salima Fahad (V) och Margareta Gadde-Jennische (M) justerade protokollet på "
                        "kommunkontoret måndagen den 18 februari 2013 kl 09:00.")],
     ["Lisa Onsbacke"],
     [g(KF13, "Sekreterare Lisa Onsbacke")]),
    # 20 followup: when the board had approved the plan before the council adopted it
    ("followup", "ok, och när hade ks godkänt planförslaget innan dess?",
     [turn("user", "När antog fullmäktige detaljplanen för vård- och omsorgsboendet Kyrkbacken i Heby?"),
      turn("assistant", "Kommunfullmäktige antog detaljplanen (DP 387) den 16 juni 2020, Kf § 50.")],
     ["8 juni 2020", "Ks § 117"],
     [g(KF20, "Planförslaget godkändes av Kommunstyrelsen 8 juni 2020 (Ks § 117).")]),
    # 21 english: the council's presidium
    ("english", "Who chairs Heby's municipal council in 2022-2026, and who are the two vice chairs?", [],
     ["Olof Nilsson", "Dick Pettersson", "Mattias Widén"],
     [g(KFPAGE, "• Ordförande: Olof Nilsson (S)\n• Förste vice ordförande: Dick Pettersson (C)\n"
                "• Andre vice ordförande: Mattias Widén (SD)")]),
    # 22 unanswerable: no minutes of barn- och utbildningsnämnden are in the set
    ("unanswerable", "vem var ordförande i barn- och utbildningsnämnden i Heby 2014?", [], [], []),
    # 23 unanswerable: no tax rate is decided in any document
    ("unanswerable", "Vilken skattesats beslutade fullmäktige för 2014?", [], [], []),
    # 24 missing_attribute: the motion is on the council's list of items, its outcome is in no document
    ("missing_attribute", "vad blev det för beslut om motionen om gratis badbuss?", [], [],
     [g(KF1303, "14. Gratis badbuss, motion")]),
    # 25 missing_attribute: the sale is on the December list of items, no price is given
    ("missing_attribute", "För hur mycket skulle fastigheten Heby Morgongåva 15 8 säljas?", [], [],
     [g(KF1312, "12 Ansökan om försäljning av fastighet Heby Morgongåva 15 8")]),
])

if __name__ == "__main__":
    path, n = write_probe(HERE, "hby", "heby-kommun", QUESTIONS)
    print(f"wrote {n} questions to {path}")

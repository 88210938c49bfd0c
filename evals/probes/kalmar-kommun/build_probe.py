"""Write probe.jsonl for the set `kalmar-kommun` (ids kal-01 … kal-25): 25 questions on ten minutes of Kalmar
kommun's kommunstyrelse (KS) and kommunfullmäktige (KF) 2007–2018, written from the documents alone (see
SOURCES.md). Gold quotes are substrings of the loader's text of the PDFs that make_pdfs.py typesets.

Usage:  .venv/bin/python evals/probes/kalmar-kommun/build_probe.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import g, turn, write_probe  # noqa: E402

KS07 = "kalmar_ks_2007-05.pdf"
KF07 = "kalmar_kf_2007-03.pdf"
KS0905 = "kalmar_ks_2009-05-04.pdf"
KS0908 = "kalmar_ks_2009-08-17.pdf"
KF10 = "kalmar_kf_2010-03-29.pdf"
KF11 = "kalmar_kf_2011-02.pdf"
KF12 = "kalmar_kf_2012-09-24.pdf"
KS12 = "kalmar_ks_2012-11-06.pdf"
KS15 = "kalmar_ks_2015-06-02.pdf"
KS18 = "kalmar_ks_2018-12-04.pdf"

Q = [
    # (type, question, history, answerable, key_facts, gold)
    ("header", "ks 17/8 2009 vem va ordf?", [], True,
     ["Malin Petersson"],
     [g(KS0908, "ande Malin Petersson (M)")]),
    ("header", "Vilka utsågs att justera kommunfullmäktiges protokoll den 29 mars 2010?", [], True,
     ["Ingvar Nilsson", "Anders Andersson"],
     [g(KF10, "Protokollsjusterare Kommunfullmäktige utser Ingvar Nilsson")]),
    ("header", "var hölls kommunstyrelsens sammanträde 4 maj 2009, och vem berättade om verksamheten där?", [], True,
     ["Länsmuseet", "Maria Malmlöf"],
     [g(KS0905, "Länsmuseet Omfattning ande Johan Persson (S) ordförande"),
      g(KS0905, "informerar länsmuseichef Maria Malmlöf")]),
    ("header", "ks 6 nov 2012 mellan vilka tider pågick mötet? blev det nån paus", [], True,
     ["8:00-09:40", "10:15-10:50"],
     [g(KS12, "Tisdagen den 6 november 2012 kl. 8:00-09:40, 10:15-10:50 Plats")]),
    ("list", "vilka ersättare fanns med på kommunstyrelsen 4 dec 2018", [], True,
     ["Johanna Petersson", "Jens Körge", "Max Troendlé", "Krister Thornberg"],
     [g(KS18, "Ersättare Johanna Petersson (C)")]),
    ("person", "Vem i fullmäktige var jävig och deltog inte i § 172 på mötet 24 september 2012?", [], True,
     ["Bertil Dahl"],
     [g(KF12, "Bertil Dahl (V) Deltar ej i 172 på grund av jäv")]),
    ("person", "kf 29/3-10: vem ledde mötet under paragraf 24, kaliff?", [], True,
     ["Marianne Lundahl"],
     [g(KF10, "Marianne Lundahl (S) ordförande 24")]),
    ("reference", "vad gällde § 154 på kf 2012-09-24", [], True,
     ["protokolljusterare", "Anne-Cathrine Lindh", "Anna-Britt Wejdsten"],
     [g(KF12, "154 Val av protokolljusterare Kommunfullmäktige utser Anne-Cathrine")]),
    ("reference", "Vad handlade paragraf 210 om i kommunstyrelsens protokoll från 6 november 2012?", [], True,
     ["VA-taxa 2013", "Kalmar Vatten AB"],
     [g(KS12, "Förslag till ny VA-taxa 2013 från Kalmar Vatten AB.")]),
    ("amount", "va-taxan 2013, vilken årsförbrukning räknas för en normal villa", [], True,
     ["150 kubikmeter"],
     [g(KS12, "villa med en årsförbrukning av 150 kubikmeter vatten")]),
    ("amount", "Hur många bostäder ger detaljplanen möjlighet att bygga i norra delen av Neptunusvägen i Berga, och "
               "vilken sorts hus?", [], True,
     ["16 friliggande bostäder", "atriumhus"],
     [g(KS07, "Planen ger möjlighet att bygga 16 friliggande bostäder i")]),
    ("list", "vilka fastigheter ville kalmarhem sälja sommaren 2009 (ks 17 aug)?", [], True,
     ["Valnötsträdet 7", "Dampehammar 1:48", "1:60"],
     [g(KS0908, "Godkännande av Kalmarhem AB:s försäljning av Valnötsträdet"),
      g(KS0908, "7 vid Molinsgatan (Södertull) samt Dampehammar 1:48, 1:53 och 1:60 i Rockneby")]),
    ("reason", "Varför ska Kalmarhem arbeta aktivt med att sälja fastigheter, enligt ägardirektiven?", [], True,
     ["ekonomiska ställning", "långsiktiga resultat"],
     [g(KS0908, "ekonomiska ställning ska bolaget under perioden arbeta aktivt för att sälja sådana"),
      g(KS0908, "fastigheter som förbättrar bolagets ekonomiskt långsiktiga resultat")]),
    ("body_date", "vad redovisades om polisen på ks 4 december 2018 och av vem", [], True,
     ["trygghetsundersökning", "Niko Kalcidis"],
     [g(KS18, "171 Redovisning av polisens trygghetsundersökning 2018 Överläggning Niko")]),
    ("decision", "skolornas måluppfyllelse togs upp på ks 6/11 2012 – vem redovisade och beslutade ks nåt?", [], True,
     ["Malin Öhlin", "inte något beslut"],
     [g(KS12, "Kommunstyrelsen fattar inte något beslut med anledning av informationen. 209")]),
    ("date", "När gav kommunstyrelsen Kalmar Kommunbolag AB i uppdrag att redovisa sin plan och uppföljning av "
             "intern kontroll?", [], True,
     ["7 april 2015"],
     [g(KS15, "Kommunstyrelsen beslutade den 7 april 2015 ( 127) att uppdra åt Kalmar")]),
    ("english", "Kalmar municipal executive board, 4 December 2018: what was the case number (dnr) of the digital "
                "strategy item, and what was the date of the office's letter?", [], True,
     ["KS 2018/0942", "13 november"],
     [g(KS18, "173 Digital strategi för Kalmar kommun Dnr KS 2018/0942"),
      g(KS18, "Kommunledningskontorets skrivelse den 13 november")]),
    ("followup", "och gång- och cykelvägen, vem betalar den och var ska den dras?",
     [turn("user", "ks 4 maj 2009, vem skulle köpa Månstenen 4 i Oxhagen?"),
      turn("assistant", "Kommunledningskontoret föreslog att kommunen skulle sälja Månstenen 4 i Oxhagen till Hansa "
                        "Bygg AB, som ska bygga 16 lägenheter för Wollinska Stiftelsen (§ 61).")], True,
     ["bekosta", "Kungsgårdsvägen"],
     [g(KS0905, "och cykelväg byggas utmed Kungsgårdsvägen"),
      g(KS0905, "Kommunen kommer att bekosta den nya vägen.")]),
    ("followup", "ok och vem va sekreterare?",
     [turn("user", "vilka justerade kf-protokollet som anslogs 12 mars 2007?"),
      turn("assistant", "Sven-Evert Arvidsson och Kerstin Edvinsson, tillsammans med ordföranden Roger Kaliff "
                        "(§ 15 Protokollsjusterare).")], True,
     ["Ann-Sofie Dejke"],
     [g(KF07, "Sekreterare Ann-Sofie Dejke Justerat Roger Kaliff")]),
    ("person", "vem deltog ej i § 10 pga jäv på fullmäktige i februari 2011", [], True,
     ["Rolf Wallergård"],
     [g(KF11, "Rolf Wallergård (M), deltog ej under 10")]),
    ("missing_attribute", "hur mycket höjs va-taxan 2013 för en normalvilla? i kronor eller procent", [], False,
     [],
     [g(KS12, "villa med en årsförbrukning av 150 kubikmeter vatten innebär förslaget en höjning")]),
    ("missing_attribute", "Till vilket pris föreslogs kommunen sälja tomterna vid Neptunusvägen i Berga?", [], False,
     [],
     [g(KS07, "Kommunledningskontoret föreslår att kommunen ska sälja de")]),
    ("unanswerable", "vad beslutade kf om budgeten för 2016 i november 2015?", [], False, [], []),
    ("unanswerable", "Vad gällde § 118 på kommunstyrelsens möte den 17 augusti 2009?", [], False, [], []),
    ("unanswerable", "vem justerade ks-protokollet från januari 2013", [], False, [], []),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "kal", "kalmar-kommun", Q)
    print(f"wrote {path} ({n} rows)")

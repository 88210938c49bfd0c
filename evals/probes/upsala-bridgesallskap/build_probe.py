"""Write probe.jsonl for the set `upsala-bridgesallskap` (ids ubs-01 … ubs-25); the questions were written from the
texts in texts/ (as the loader returns them from the typeset PDFs) before any answer was seen."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import answerable_by_type, g, turn, write_probe  # noqa: E402

C = "upsala-bridgesallskap"
S0702, S0728, S0804, S0808, S0904, S0908, S0911, S1008, S1011 = (
    f"ubs_styrelsemote_{d}.pdf" for d in ("2007-02-06", "2007-02-28", "2008-04-23", "2008-08-26", "2009-04-06",
                                          "2009-08-25", "2009-11-26", "2010-08-24", "2010-11-10"))
AM10 = "ubs_arsmote_2010-02-13.pdf"


def h(user, assistant):
    return [turn("user", user), turn("assistant", assistant)]


Q = [
    ("header", "vem var ordf på ubs styrelsemöte 6 feb 2007", [], ["Annika Övernäs"],
     [g(S0702, "Ordförande: Annika Övernäs")]),
    ("decision", "vad bestämde styrelsen om pengar till bridgens hus i början av 2007?", [],
     ["överföra 50.000 kr", "till BH"],
     [g(S0702, "Styrelsen beslutade enligt årsmötets rekommendation att överföra 50.000 kr (femtiotusen")]),
    ("person", "vem fick föra klubbens talan på alliansens årsmöte 2007", [], ["Robert Larsson", "fullmakt"],
     [g(S0728, "Beslutades att Robert Larsson får fullmakt att föra klubbens talan vid mötet.")]),
    ("date", "mellan vilka tider höll styrelsemötet 23 april 2008 på", [], ["19.30 – 20.30"],
     [g(S0804, "19.30 – 20.30")]),
    ("amount", "vilka prispengar i div 3 bestämdes våren 2008?", [], ["1200, 800, 400", "i varje grupp"],
     [g(S0804, "Priser i div 3. Beslutades att priserna ska vara 1200, 800, 400 i varje grupp, dock bara en")]),
    ("list", "vilka var närvarande på styrelsemötet 28/2 2007?", [],
     ["Sveinn Bjarman", "Robert Larsson", "Agneta Englund", "Martha Rosén"],
     [g(S0728, "Närvarande: Annika Övernäs, Frank Westman, Sveinn Bjarman,"),
      g(S0728, "Robert Larsson, Agneta Englund, Rolf Westman (s), Martha Rosén (s)")]),
    ("reference", "vad tog de upp under punkt 3 på mötet 28 februari 2007", [],
     ["Inför Silverlappen", "ca 10 par anmälda"],
     [g(S0728, "Sveinn rapporterade att allt är under kontroll. Hittills är ca 10 par anmälda.")]),
    ("body_date", "när går silverlappen 2009 och när avgörs om den ställs in", [],
     ["den 25 april", "den 21 april"],
     [g(S0904, "Tävlingen äger rum den 25 april. Sveinn har ordnat tävlingsledare och vidtalar"),
      g(S0904, "Jamal om lunch och förfriskningar. Beslut om att ställa in tävlingen tas den 21 april")]),
    ("reason", "varför blev det inget med representationsspelet?", [], ["mötte ringa intresse"],
     [g(S0904, "medlemsavgift. Förslaget om representationsspel mötte ringa intresse varför detta")]),
    ("cross", "vilka datum spelades ubs lagguld 2008 resp 2009", [], ["13-14 dec", "5-6 dec"],
     [g(S0808, "UBS lagguld 13-14 dec"), g(S0908, "UBS lagguld spelas den 5-6 dec.")]),
    ("person", "vem ska rolf fråga om årsmötesprotokollet, aug 2009", [], ["Elisabeth Engstrand"],
     [g(S0908, "Protokoll från årsmötet finns ännu inte. Rolf frågar Elisabeth Engstrand.")]),
    ("followup", "och vilka tackade ja sen?",
     h("vad hände med förslaget på valberedning på ubs styrelsemöte i augusti 2009?",
       "Punkten om förslag på valberedning bordlades på styrelsemötet den 25 augusti 2009 (§ 7)."),
     ["Christer Engstrand", "Lars Lindholm"],
     [g(S0911, "Rolf Westman meddelade att Christer Engstrand och Lars Lindholm har")]),
    ("amount", "hur många betalande medlemmar hade klubben i nov 2009 o hur stort var överskottet", [],
     ["betalande medlemmar är 215", "överskott på 6.145:-"],
     [g(S0911, "Antalet betalande medlemmar är 215. Efter att 238 frispel utbetalats (ett"),
      g(S0911, "frispel = 60:-) kvarstår ett överskott på 6.145:-.")]),
    ("list", "vad kostar det att va med på årsmötet 2010, alla priser", [], ["200:-", "100:-", "50:-"],
     [g(S0911, "Kostnad för icke-medlem: 200:- (spel + middag)"),
      g(S0911, "Kostnad för medlem: 100:- (spel + middag)"),
      g(S0911, "Kostnad för enbart deltagande i spel: 50:-")]),
    ("person", "vem ledde årsmötet i februari 2010", [], ["Torgny Svensson"],
     [g(AM10, "Torgny Svensson valdes till mötesordförande.")]),
    ("header", "justerare årsmöte ubs 2010?", [], ["Eva Sjöstedt", "Tommy Hagström"],
     [g(AM10, "Eva Sjöstedt och Tommy Hagström valdes till justeringsmän.")]),
    ("person", "vem var sekreterare i ubs styrelse hosten 2010", [], ["Gunilla Milton"],
     [g(S1008, "Gunilla Milton, sekreterare")]),
    ("english", "How many teams signed up to play in autumn 2010, and how were they split between divisions?", [],
     ["uppgår till 52", "20 lag spelar i division III", "32 lag"],
     [g(S1008, "Antalet lag anmälda till spel under hösten uppgår till 52."),
      g(S1008, "20 lag spelar i division III och 32 lag spelar i de högre divisionerna.")]),
    ("decision", "vad händer med ett lag om nån inte betalt medlemsavgiften till tredje spelomgången", [],
     ["VP i avdrag per felande spelare", "bli avstängd"],
     [g(S1008, "Om avgiften inte är betald vid tredje spelomgången kommer laget att få 3"),
      g(S1008, "VP i avdrag per felande spelare. Den spelare som därefter ej betalar sin"),
      g(S1008, "medlemsavgift kommer att bli avstängd.")]),
    ("decision", "vad beslutade ubs styrelse den 10 november 2010 om sammanslagningen", [],
     ["Petter och Rolf", "fri förhandlingsrätt"],
     [g(S1011, "Beslöts att Petter och Rolf får fri förhandlingsrätt att för styrelsens räkning gå vidare")]),
    ("followup", "och vad händer med klubben då?",
     h("när ska ubs fira 70 år?",
       "Enligt styrelsemötet den 10 november 2010 ska UBS 70-årsjubileum firas 3–4/12 2011 i samband med "
       "guldtävlingen."),
     ["avslutas UBS"],
     [g(S1011, "tillfälle avslutas UBS. Rolf fick i uppdrag att hos För")]),
    ("unanswerable", "vad beslöt årsmötet 2011 om medlemsavgiften", [], [], []),
    ("unanswerable", "vad bestämde styrelsen på mötet 15 april 2010?", [], [], []),
    ("missing_attribute", "vad kostade årsmötet 2007 totalt inkl lokalhyran", [], [],
     [g(S0702, "Kostnad för årsmötet: Rolf redovisade att årsmötet kostade 5620 kr exklusive hyra.")]),
    ("missing_attribute", "vilken tid började styrelsemötet 6 april 2009", [], [],
     [g(S0904, "Den 6 april 2009")]),
]

if __name__ == "__main__":
    assert len(Q) == 25, len(Q)
    path, n = write_probe(Path(__file__).resolve().parent, "ubs", C, answerable_by_type(Q))
    print("wrote", path, n)

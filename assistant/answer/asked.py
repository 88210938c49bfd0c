"""What a question asks for: the attribute (a person, a place, a time, an amount …) and the roles it names
(ordförande, sekreterare, justerare, föredragande, närvarande …), from its words in Swedish or English."""

from __future__ import annotations

import re

from assistant.swedish import MONTHS, content_terms

# "av vilken anledning", "vad är skälet", "hur kommer det sig", "vad beror det på": the grounds asked (not "med
# anledning av motionen", which names the matter)
REASON_ASKED = re.compile(r"\bvarför\b|\bvarfor\b|\bwhy\b|\bskäl(?:et|en)?\b|\bmotiv|(?<!med )\banledning(?:en)?\b(?! av\b)|\borsak(?:en)?\b"
                          r"|\bhur kommer det sig\b|\bvad beror (?:det|detta) på\b", re.IGNORECASE)
# a reason's own words: what is asked of the subject, never the subject
REASON_TERMS = content_terms("anledning anledningen huvudanledningen orsak orsaken huvudorsaken skäl skälet skälen")

# words that only ask: "hur mycket", a modal verb; and the cost words, which a passage stating the sum need not repeat
QUANTITY_FRAME = re.compile(r"\bhur (?:många|manga|mycket)\b|\bhow (?:many|much)\b")  # asks a number, names no topic
QUANTITY_TERMS = content_terms("många manga mycket totalt sammanlagt sammantaget "  # "vad gick budgeten på totalt"
                               "växte ökade minskade steg sjönk pengar jämfört jämförelse")  # "hur mycket växte …",
# "hur mycket pengar … jämfört med …": the numbers answer
# how members abbreviate when they type: "hur mkt går till resultatfonden", "fick ngn ersättning"
_ABBREVIATED = {"mkt": "mycket", "ngn": "någon", "ngt": "något", "ngra": "några", "tsm": "tillsammans",
                "tillsm": "tillsammans", "bl a": "bland annat", "pga": "på grund av", "ev": "eventuellt"}
_ABBREVIATION = re.compile(rf"\b(?:{'|'.join(_ABBREVIATED)})\b", re.IGNORECASE)


# a spoken "va" (lower case; "VA" and "va-ledningen" are water and sewage): "vad" where it opens the question or a
# part of it ("va beslutade dom", "…, o va kostar det"), "var" after its subject ("vilka va med", "när va mötet")
_SPOKEN_VA = re.compile(r"(?P<opens>^|[,?.!]\s*|\b(?:och|o|men)\s+)?\bva\b(?!-)")


# "andre vice ordförande" as the documents write it, "2:e vice ordförande" (whose ordinal is no searchable word)
_ORDINAL_VICE = re.compile(r"\b(förste|första|andre|andra|tredje)(?=\s+vice\b)", re.IGNORECASE)
_ORDINAL_NUMBER = {"förste": "1:e", "första": "1:e", "andre": "2:e", "andra": "2:e", "tredje": "3:e"}


def written_out(question: str) -> str:
    question = _ABBREVIATION.sub(lambda found: _ABBREVIATED[found[0].casefold()], question)
    question = _ORDINAL_VICE.sub(lambda found: _ORDINAL_NUMBER[found[1].casefold()], question)
    return _SPOKEN_VA.sub(lambda found: f"{found['opens']}vad" if found["opens"] is not None else "var", question)


# a decision asked: "beslutade", "beslutet"; not "beslutsärendena", "beslutsunderlaget", "beslutsförslaget" or
# "beslutsför", which name items, papers or a quorum of the agenda
ASKS_DECISION = re.compile(r"(?<!delegations)beslut(?!s(?:ärend|underlag|förslag|förhet|för\b|mässig))|beslöt|beslot"
                           r"|decid|decision")  # "delegationsbesluten som anmäldes": what was reported, not decided
# "hur stort var underskottet", "hur hög blir masten": the size asked, which a passage naming the subject need not say
_SIZE_ASKED = re.compile(r"\bhur (stor|stort|stora|hög|högt|höga|lång|långt|långa)\b")


def size_asked(low: str) -> set[str]:
    return content_terms(" ".join(_SIZE_ASKED.findall(low)))


TIME_FRAME = content_terms("klockslag klockslagen tid tiden tider tidpunkt tidpunkten")  # "mellan vilka klockslag"
KEPT_MINUTES = re.compile(r"\b(?:förde|skrev|tog|för|skriver) (?:protokoll|anteckning)\w*")  # the secretary's work
ASKING_TERMS = QUANTITY_TERMS | content_terms("får fick kan kunde ska skulle måste bör datum period")  # "vilket
# datum", "vilken period": a day or span
# "när sammanträdde ksau", "vilken dag behandlades ärendet": the day of the meeting is asked
MET_AT_MEETING = re.compile(r"\b(?:sammanträdde|sammanträder|möttes|träffades|behandlade|behandlades)\b")
# "reserverade sig någon?", "röstade nån emot?": someone, never a topic
INDEFINITE = content_terms("någon nån något nåt några anyone anybody someone somebody")
COST_TERMS = frozenset(t for t in content_terms("kostar kostade kosta kostnad kostnaden") if t.startswith("kost"))
# an outcome asked in other words than "beslut": "vad bestämdes", "vad kom styrelsen fram till", "hur slutade ärendet"
ASKS_OUTCOME = re.compile(r"\bbestäm(?:de|des|t|ts)\b|\bkom\b(?: [\wåäö-]+){0,3} fram till\b|\bhur slutade\b"
                          r"|\bblev\b(?: [\wåäö-]+){1,4} (?:godkänd|godkänt|godkända|antagen|antaget|antagna|beviljad|avslagen)\b"
                          r"|\bröstade?s?\b(?: [\wåäö-]+){0,6} igenom\b"  # "röstade mötet igenom förslaget": passed it
                          r"|\bvad svara(?:de|des)\b"  # "vad svarade styrelsen på äskningen": not "hur många svarade"
                          r"|\bja eller nej\b|\bblev det (?:ett )?(?:ja|nej)\b"  # "blev det ja", "vad landade au i"
                          r"|\blandade\b(?: [\wåäö-]+){0,3} (?:i|på)\b"
                          r"|\bvad (?:hände|händer|har hänt) (?:med|i|på)\b|\bhur gick det\b(?! till)"
                          r"|\b(?:vad|hur) blev det (?:med|av)\b"  # "vad blev det med motionen": its outcome
                          r"|\bblev det (?:något|nåt|någonting|nånting) (?:av|med)\b"  # "blev det nåt av detaljplanen"
                          r"|\bvad ändrade(?:s)?\b"  # "vad ändrade styrelsen om attesten": what it decided
                          r"|\bgick (?:[\wåäö:-]+ ){1,2}(?:med )?på (?:det|den|detta|förslaget|yrkandet|linjen"
                          r"|\w+s (?:förslag|linje|yrkande))\b"  # "gick au på det?": did it agree
                          r"|\b(?:kom|kommer|togs|tas)\b(?: [\wåäö:-]+){0,3} (?:tillbaka|upp igen)\b")  # "kom
# myra-ärendet tillbaka sen?": what became of it later
OUTCOME_TERMS = content_terms("bestämdes bestämde bestämt bestämts kom fram slutade röstade röstades svarade svarades "
                              "ja nej landade hände händer hänt gick ändrade ändrades tillbaka igen sen senare togs")
RESERVATION = re.compile(r"reserver|reservation", re.IGNORECASE)  # asked about, or stated ("reserverar sig")
# who moved what and which motion won: the minutes' yrkanden and the chair's finding answer
MOTIONS_ASKED = re.compile(r"\byrka|återremi|förslag(?:et)? vann|\bmot varandra\b|\bvoted?\b|röstade|omröstning"
                           r"|propositionsordning|\bmoved\b|\bproposal won\b")
ASKS_PROPOSED = re.compile(r"\bföresl(?:ås|ogs|år|og|agna?)\b|\bföreslagits\b")  # what is proposed, not decided
WRITTEN_MOTION = re.compile(r"\bmotion(?:en|ens|erna)?\b|\bmotionssvar|\bpropositionen\b")  # a document that moves
ELECTED = re.compile(r"\b(?:valdes|valde|valts|vald|valda|(?:in|om|ny)vald[ae]?|invaldes|utsågs|utsedd|utses|väljs"
                     r"|elected|appointed)\b")
_IN_PERSON = r"(?:fysiskt|digitalt|på distans)"  # how a meeting met: where it was held
_MET_HOW = r"\b(?:träffades|träffas|möttes|hölls|sågs|möte|mötet|sammanträdet|stämman|årsmötet)\b"
DEADLINE = re.compile(r"\bsista dag(?:en)? (?:att|för)\b")  # "sista dag att överklaga beslutet": a date of it
ATTRIBUTES = (  # first match wins
    ("vote", re.compile(r"\brösta\w*|\brosta\w*|\bomröstning|\bomrostning|\bvoter(?:ing|ade|ades|at)\w*"  # roll call
                        r"|\bvote[ds]?\b|\bvoting\b(?! rights?\b)")),
    ("party", re.compile(r"\bvilket parti\b|\b(which|what) party\b|\bpartitillhörighet\b")),
    ("amount", re.compile(r"\bhur (?:mycket|stor|stort|stora|hög|högt|hog|hogt)\b(?<!klockan hur mycket)"
                          r"(?! (?:är|var) klockan)|kostnad|\bkosta|\bkostade\b|\bavgift|\bbelopp"
                          r"|\bpengar\b|\bhow much\b|\bcost|\bkronor\b|\beuro\b"  # "hyreskostnaden", "i kronor"
                          r"|\b\w*hyr(?:a|an|or|orna)\b|\barvode(?:t|n|na)?\b"  # "vad är månadshyran", "arvodet"
                          r"|\bbetalt\b|\bersättning(?:en)?\b|\btimlön"  # "vad får kassören betalt per timme"
                          r"|\b(?:vilket|vilken|till vilket|för vilket) (?:tim)?pris\b"  # "för vilket pris överläts …"
                          r"|\btjäna(?:r|de)\b|\blön(?:en|er|erna)?\b"  # "vad tjänar styrelsen", "lönen"
                          r"|\bvad (?:gick|går|landade|landar) \w+(?: \w+){0,3} på\b|\btotalt\b|\bsammanlagt\b"  # "vad
                          # gick festbudgeten på totalt": what it came to; the year's result asked, a sum ("vad blev
                          # vinsten 17/18"), not what is done with it
                          r"|\b(?:vad|vilket|vilken)\b(?: \w+){0,3} (?:vinst|förlust|överskott|underskott)(?:en|et)?\b"
                          r"|\b(?:vad|vilket)\b(?: \w+){0,3} (?:årets|ekonomiska|budgeterade?) resultat(?:et)?\b")),
    ("count", re.compile(r"\bhur många\b|\bhur manga\b|\bhow many\b|\bantal\b")),
    ("reason", REASON_ASKED),
    ("frequency", re.compile(r"\bhur ofta\b|\bhow often\b|\bhur många gånger\b")),
    ("place", re.compile(r"^(?:och |men |så )?var\b(?! (?:det|den|de|dom|han|hon|hen|ni|vi|du|jag|man)\b)"  # "var det": was it
                         r"(?!.*\b(?:vem|vilka|vilken|vilket)\b)|(?<!på )\bplats\b|\blokal\b|\bwhere\b"
                         r"|\bvilket rum\b|\bvilken sal\b|\bwhich room\b"
                         rf"|{_MET_HOW}.*\b{_IN_PERSON}\b|\b{_IN_PERSON}\b.*{_MET_HOW}")),  # "träffades de fysiskt"
    ("time", re.compile(r"\bnär\b(?! det gäller)|\bnar\b(?! det galler)|\bdatum\b|\bwhen\b|\bvilken dag\b|\bvilken tid\b|\bklockan\b|\bhur dags\b"
                        r"|\bhur länge\b|\bhur lange\b|\bwhat time\b|\btid\b|\bklockslag|\btidpunkt|\bveckodag"
                        r"|\bvilka tider\b"
                        r"|\bvilken period\b|\bwhich period\b"  # "vilken period gällde delegationsbesluten"
                        rf"|{DEADLINE.pattern}")),
    ("list", re.compile(r"\bvilka (är|var|finns) (de|dom)\b|\blista\b|\bvilka \w+ (finns|ingår|nämns)\b"
                        r"|\bwhat are the\b|\blist\b")),
    ("person", re.compile(r"\bvem\b|\bvilka\b|\bwho\b|\bwhom\b")),
)
_ORGANISATIONS = r"(?<!kår)(?<!förenings)(?<!parti)(?<!sektions)(?<!klubb)(?<!förbunds)"  # "kårordförande": the
# association's chair, elected at its annual meeting, not the meeting's
ROLE_PATTERNS = (  # the role words a question asks about, as people rows name them (folded)
    # "… to check them?"; not the paragraphs checked at once ("justerades nåt omedelbart")
    ("justerare", re.compile(r"(?<!omedelbart )juster(?![a-zåäö]*(?: \w+)? omedelbar)|adjust"
                             r"|(?:check|verif)\w* (?:the minutes|them)\b")),
    ("sekreterare", re.compile(r"sekreterare|\bsekr\b|secretary|protokollför"
                               r"|(?:förde|skrev|tog) (?:protokoll|anteckning)"
                               r"|(?:took|kept|wrote|taking) the minutes|minute[- ]?taker")),
    ("vice ordförande", re.compile(r"vice (ordf|chair)|vice ordförnade")),
    ("ordförande", re.compile(rf"{_ORGANISATIONS}ordf\w*|ordförnade|chair|\bledde \w*(?:mötet|sammanträdet|stämman)"
                              r"|mötesledare")),
    ("öppnat", re.compile(r"\bvem (?:som )?öppnade\b|\bwho opened\b")),  # the minutes' "öppnat" line
    ("föredragande", re.compile(r"(?:föredr[ao]|fredra|foredr[ao])(?!gningslist)|presents?\b|presented\b"
                                r"|\b(?:vem|vilka)\b[^?]*\b(?:dra|drar|drog)\b"
                                r"(?! (?:in|av|ut|upp|ner|över|tillbaka|igång))"
                                r"|\b(?:vem|vilka)\b[^?]*\b(?:informer(?:ar|ade|a)|berätta(?:r|de)? om)\b"
                                r"|\binformerade \w+ \w+ om\b")),
    # not the agenda ("föredragningslista"); "vem drar ärendet", "vem informerade om …", "vem skulle berätta om
    # rapporten", "informerade två politiker om …": presents it
    ("ersättare", re.compile(r"ersättare|ersattare|substitute|\bersatte\b|\bersätter\b|\breplaced\b"
                             r"|\btjänstg(?:jorde|ör|jort|ick) (?:i ?stället )?för\b"  # "vem tjänstgjorde (istället)
                             # för X": a substitute
                             r"|\b(?:gick|går|hoppade|hoppar) in (?:för|i ?stället för)\b"  # "vem gick in för X"
                             r"|\b(?:satt|sitter) i ?stället för\b"  # "vem satt i stället för X"
                             r"|\bi \w+s ställe\b"  # "vem satt i kaufmanns ställe"
                             r"|\b(?:tjänstg\w+|satt|gick in|kom in) i ?stället\b(?! för)")),  # "X var inte med, vem …"
    ("beslutande", re.compile(r"\bbeslutande\b|voting members")),
    ("närvarande", re.compile(r"närvar|narvar|\bpå plats\b|\bdeltog\b|\bdeltar\b|\bdeltagit\b|\bdeltagare|\b(?:är|var) med (?:på|vid)\b|\battended\b"
                                r"|\bwere present\b|\bvilka (?:var|är) med\b")),  # "…, vilka var med?"
    ("ledamot", re.compile(r"ledam|member|sitter i|representerar")),
)
_ROLE_GENITIVE = re.compile(r"\b\w*(?:ande|are)ns\b|\b\w*örens\b")  # "ordförandens", "sekreterarens", "kassörens"
_ALONG_WITH = re.compile(r"\b(?:(?:ihop|tillsammans) med|jämte)\s+[\w:-]+")  # "justera ihop med ordf": not asked
ORDINALS = {"förste": "förste", "forste": "förste", "första": "förste", "1:e": "förste", "first": "förste",
            "andre": "andre", "andra": "andre", "2:e": "andre", "second": "andre",
            "tredje": "tredje", "3:e": "tredje", "third": "tredje"}


WHICH_THINGS = re.compile(r"\bvilka (?!av\b)((?:[a-zåäö]+-)?(?:[a-zåäö]+(?:er|ar|or|en|na|n)|[a-zåäö]*(?:beslut|förslag"
                          r"|protokoll|mål|lov|alternativ|projekt|inköp|köp|avtal|bidrag|krav|uppdrag|villkor|problem"
                          r"|tillägg|program|dokument|underlag|kontrakt|val"
                          r"|datum)))\b")  # "vilka åtgärder", "vilka ärenden", "vilka pennalternativ", "vilka
# EU-propositioner": a plural, or a neuter noun whose plural has no ending, a hyphenated compound's too
_PEOPLE = re.compile(r"ledam|person|ersättar|deltagar|medlem|politiker|kandidat|revisor|tjänstem|sökande|ordförand"
                     r"|företrädar|representant|närvarande|justerar|föredragand|sekreterar|partier|ledare|chefer")
_VERB_AFTER_WHICH = re.compile(r"^(?:var|blev|kom)$|(?:sitter|deltar|yrkar|föreslår|röstar|reserverar|kommer|anmäler"
                               r"|närvarar)$")  # "vilka var på plats": people


_PASSED = re.compile(r"\bigenom\b")
_BECAUSE_OF = re.compile(r"\bvad beror (?:\w+ ){1,3}på\b")
_MONEY_ASKED = re.compile(r"\bhur mycket\b|\bhow much\b|\bvad (?:kostar|kostade)\b|\bvilket belopp\b")
_WHAT_DECIDED = re.compile(r"\bvad (?:\w+ )?(?:beslutade|beslöt|beslutades|beslöts|bestämde|bestämdes|svarade)\b"
                           r"|\bhur gick det (?:med|för)\b|\bvad hände med\b")
_WHAT_TO_DO = re.compile(r"\bvad\b[^?]{0,40}?\b(?:göra|gör|gjorde|göras|gjordes)\b")
_HOW_MUCH = re.compile(r"\bhur (?:mycket|stor|stort|stora|hög|högt|hog|hogt)\b|\bvilket belopp\b")


_ASKS_TIME = dict(ATTRIBUTES)["time"]
# "när" opening a clause after the question word ("vad hände när …", "what fee was set when the association was
# founded"), not "vad och när", "… och när?"
_WHEN = r"\b(?:när|nar|when)\b"  # "nar": typed without å/ä/ö
_WHEN_CLAUSE = re.compile(r"^(?!.*\b(?:när|nar|when)\s*(?:och\b|and\b|\?|$))(?:hur|vad|vem|vilka|vilken|vilket|what"
                          r"|who|which|how)\b.+\s(?<!och )(?<!and )\b(?:när|nar|when)\b")


# "vem tog hans plats", "vem fick Tengmers plats": who replaced someone, not where
_TOOK_PLACE_OF = re.compile(r"\b(?:tog|tar|ta|tagit|fick|får|fått) (?:hans|hennes|hens|deras|(?:[\w-]+ ){0,2}[\w-]+s)"
                            r" plats\b")
_WHY_OPENS = re.compile(r"^\W*(?:och |men |så )?(?:varför|varfor|why)\b")
_WHAT_ABOUT_WHO = re.compile(r"(?:^|\s[-–:]\s|,\s)\W*(?:och |men )?vad\b.*\b(?:om|kring|angående) (?:vem|vilka) som\b")


def attribute_of(low: str) -> str:
    """What the question asks for: "person", "place", "time", "amount", "count", "reason" …; "" when open.
    "vilka" before a noun that names no people ("vilka åtgärder nämnde X") asks for a list, not a person."""
    found = next((name for name, pattern in ATTRIBUTES if pattern.search(low)), "")
    if _WHY_OPENS.match(low):
        return "reason"  # "varför fick relaxgruppen inga pengar": why, whatever the question names
    if found == "amount" and _BECAUSE_OF.search(low):
        return ""  # "vad beror underskottet på": what the result came of, in whatever words, not the sum
    if found == "place" and _TOOK_PLACE_OF.search(low):
        return attribute_of(_TOOK_PLACE_OF.sub(" ", low))
    if found == "time" and _WHEN_CLAUSE.search(low) and not _ASKS_TIME.search(re.sub(_WHEN, " ", low)):
        return attribute_of(re.sub(rf"\s+{_WHEN}.*", "", low))  # "vilka ärenden lades till när KS
        # sammanträdde 8/1": what the question word asks, at the meeting the clause names
    if found == "vote" and _PASSED.search(low):
        return ""  # "röstade mötet igenom förslaget": whether it passed, the decision, not a count of votes
    if found == "vote" and _MONEY_ASKED.search(low):
        return "amount"  # "hur mycket var medlemsavgiften man måste ha betalat för att få rösta": a sum, to vote
    if found == "amount" and re.search(_WHEN, low) and not _WHEN_CLAUSE.search(low) and not _MONEY_ASKED.search(low) \
            and not _HOW_MUCH.search(low):
        return "time"  # "från när gäller de nya arvodena", "när höjdes avgiften": when; the fee is the topic
    if found == "amount" and re.search(r"\w{3,}antal", low):
        return "count"  # "hur mycket växte medlemsantalet": a number of members, not a sum
    if found == "amount" and (_WHAT_DECIDED.search(low) or _WHAT_TO_DO.search(low)) and not _HOW_MUCH.search(low):
        return ""  # "vad beslutade styrelsen om avgifterna", "vad uppmanades styrelsen göra åt snöröjningskostnaderna":
        # the decision or the action, whatever it says of a sum
    if found == "person" and _WHAT_ABOUT_WHO.search(low):
        return ""  # "vad ändrade styrelsen om vem som attesterar": what was decided about who does it
    if found == "person" and not re.search(r"\bvem\b|\bwho|\bwhom\b", low) and (thing := WHICH_THINGS.search(low)) \
            and not _PEOPLE.search(thing.group(1)) and not _VERB_AFTER_WHICH.search(thing.group(1)):
        return "list"
    return found


_ASIDE = re.compile(r"\([^()]*\s[^()]*\)")  # not a word's gloss: "who was chosen to check (justera) the minutes"
# "ks-mötet som justerades 24 mars 2014", "protokollet justerat 3 feb": the meeting named by its justering
_NAMED_BY_JUSTERING = re.compile(r"\b(?:som\s+)?(?:justerades|justerats|justerat)\s+(?:den\s+)?\d")


def roles_of(low: str) -> tuple[str, ...]:
    """The roles the question names (ordförande, justerare, "förste vice ordförande" …), as people rows name them;
    not a role whose holder only owns what is asked ("vem betalar ordförandens resor", "kassörens rapport"), nor the
    roles an aside names to tell which meeting ("(kf med Bergsten som sekr, Åberg o Åslund justerare)")."""
    low = _ROLE_GENITIVE.sub(" ", _ALONG_WITH.sub(" ", _ASIDE.sub(" ", _NAMED_BY_JUSTERING.sub(" ", low))))
    found = []
    for role, pattern in ROLE_PATTERNS:
        if pattern.search(low):
            if role == "vice ordförande":
                ordinal = next((ORDINALS[w] for w in re.findall(r"[\w:]+", low) if w in ORDINALS), "")
                role = f"{ordinal} vice ordförande".strip()
            if role == "ordförande" and any(r.endswith("vice ordförande") for r in found):
                continue
            found.append(role)
    return tuple(found)


def roles_asked(own: str, whole: str) -> tuple[str, ...]:
    """The roles a question asks about: its own words', or for a part that asks who ("och vem var det?"), of the one
    asked ("vilken kommun kommer hon ifrån") or of another day ("och den 14 mars?") those of the whole question; not
    for a part that asks where or when ("… och var hölls det"), something of its own ("ajournerades det mötet?") or
    what follows if not."""
    asked = attribute_of(own)  # "… och vilket parti är hen": the party of the one in the role asked before
    if _ROLE_MUST.match(own.strip()):
        return ()  # "måste ordföranden också attestera fakturorna?": what the office does, not who holds it
    if asked in ("time", "place") and _ROLE_ACTED.search(own):
        return ()  # "nämndsekreteraren påminde om en utbildning, vilket datum": when the training is, not who reminded
    inherits = (asked == "person" or asked in ("", "party") and bool(_HE_OR_SHE.search(own)) or
                asked == "" and not _says_what(own)) and \
        not _OTHER_PEOPLE.search(own) and not asks_consequence(own)
    return roles_of(own) or (roles_of(whole) if inherits else ())


_NOT_WHAT = ASKING_TERMS | INDEFINITE | content_terms(" ".join(["mötet sammanträdet stämman det den där då gång gången",
                                                                   *MONTHS]))


def _says_what(own: str) -> bool:
    """A part asks something of its own ("ajournerades det mötet nån gång?"), not only another meeting or day ("och
    den 14 mars?")."""
    return any(not term.isdigit() for term in content_terms(own) - _NOT_WHAT)


# a role that did something the question asks about: "nämndsekreteraren påminde om", "ordföranden informerade om"
_ROLE_ACTED = re.compile(r"\b[\wåäö]*(?:ordförande|sekreterare|kassör|ledamot|justerare)(?:n|en)?\s+"
                         r"[a-zåäö]+(?:ade|de|te|dde)\b")
# a yes/no question whose subject is an office: "Måste ordföranden …", "Ska kassören …", "Får sekreteraren …"
_ROLE_MUST = re.compile(r"(?:måste|ska|skall|får|bör|kan|behöver)\s+[\wåäö]*(?:ordföranden|sekreteraren|kassören"
                        r"|justeraren|ledamoten)\b", re.IGNORECASE)
_HE_OR_SHE = re.compile(r"\b(?:hen|han|hon|honom|henne|hens|hans|hennes|he|she|him|her)\b")
# people a part names that are no role of the question before: "och vilka revisorer var med?" after "vem var ordf"
_OTHER_PEOPLE = re.compile(r"\b(?:revisor|kassör|suppleant|ombud|gäst|tjänste(?:person|m[äa]n)|medlem|representant"
                           r"|politiker|valberedare|auditor|treasurer|guest)\w*"
                           r"|\b\w*(?:chef|direktör|handläggare)(?:en|er|erna)?\b", re.IGNORECASE)  # "kommunchef"

# "och om dom inte lyckas med det?", "vad händer om de inte gör det": what follows if something fails, asked of
# what was just said; neither the person nor the role asked before
_CONSEQUENCE = re.compile(r"^\s*(?:och|men|ok|okej)?[\s,]*om\b(?=.*\b(?:inte|ej|ingen|inga|not)\b)|\bvad händer om\b"
                          r"|\bwhat happens if\b")


def asks_consequence(own: str) -> bool:
    return bool(_CONSEQUENCE.search(own))


DOC_KINDS = (("kallelse", re.compile(r"kallelse|inbjudan|föredragningslist|dagordning|\bagenda\b|föreslås|\bnotice\b")),
             ("protokoll", re.compile(r"protokoll|\bminutes\b")))
# "i kallelsen föreslogs bygglov för 46 250 kr, men vad beslutade au den 29 februari?", "i kallelsen stod avgiften
# 13 750 kr, vad blir den nu när lovet beviljades?": the notice is what the outcome is set against; the minutes answer
_NOTICE_WORD = r"\b(?:kallelse|föredragningslist|dagordning)\w*"
_DECIDED_VERB = r"\b(?:avslog|avslogs|beviljade|beviljades|beslutade|beslöt|godkände|godkändes|biföll|antog|antogs)\b"
_OUTCOME_OVER_NOTICE = re.compile(rf"{_NOTICE_WORD}\b[^?]*?\b(?:vad|hur)\s+(?:\w+\s+)?"
                                  r"(?:beslutade|beslöt|blev|blir|gick)\b"
                                  rf"|{_DECIDED_VERB}[^?]*?\b(?:som|enligt)\s+{_NOTICE_WORD}\s+(?:föreslog|förslag)")
# "avslog au bygglovet så som kallelsen föreslog?": what was done, against what the notice proposed


def doc_kind_asked(low: str) -> str:
    """"kallelse" or "protokoll" when the question names the kind of document it asks about."""
    return "protokoll" if _OUTCOME_OVER_NOTICE.search(low) else next((k for k, p in DOC_KINDS if p.search(low)), "")


_AMOUNT = re.compile(r"\b(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d+)?\s*(?:kr|kronor|sek|tkr|mnkr|miljoner|:-)",
                     re.IGNORECASE)


# "ansvarsfriheten som sköts upp på vårmötet 2019 – fick de den nånsin?": a matter put off at the meeting named,
# asked how it ended, which a later meeting tells
_PUT_OFF = re.compile(r"\b(?:sköts|skjuts|sköt|skjutits|bordlade?s?|bordlag[dt]\w*|ströks|återremitter\w*|utgick)\b"
                      r"|\b(?:postponed|deferred|tabled)\b", re.IGNORECASE)
_HOW_IT_ENDED = re.compile(r"\b(?:fick|blev|hände|gick|beviljade?s?|godkänd\w*|godkändes|antogs|avgjordes|nånsin"
                           r"|någonsin|got|granted|approved|happened)\b")


_MEETING_NAMED = re.compile(r"m[öo]te[ts]?\b|stämma|sammanträde|\b(?:19|20)\d\d\b")


def put_off_matter(low: str) -> bool:
    """"På höstmötet 2019 – hur gick det med ansvarsfriheten som sköts upp på förra stormötet?" names the meeting
    asked about before the putting off: that meeting's."""
    put_off = _PUT_OFF.search(low)
    return bool(put_off and _HOW_IT_ENDED.search(low)) and not re.match(r"\s*(?:varför|why)\b", low) and \
        not _MEETING_NAMED.search(low, 0, put_off.start())


# "när var förbundsmötet 2014, enligt styrelsens protokoll i juni": the document read, named by its body
BODYS_DOCUMENT = r"[\wåäö-]+s\s+(?:protokoll|kallelse|dagordning|föredragningslist)"  # "styrelsens protokoll"
SOURCE_READ = re.compile(rf"\benligt\s+(?P<source>(?:[\wåäö-]+\s+){{0,2}}?{BODYS_DOCUMENT}\w*)", re.IGNORECASE)


def without_premise(question: str) -> str:
    """What a question asks, less what it says the notice held: in "i kallelsen stod avgiften 13 750 kr, vad blir den
    nu när lovet beviljades?" neither the notice nor its sum is what is searched for; nor is the putting off of a
    matter asked how it ended."""
    if put_off_matter(question.casefold()):
        question = _PUT_OFF.sub(" ", question)
    question = SOURCE_READ.sub(" ", question)  # "när var förbundsmötet, enligt styrelsens protokoll": not its words
    if not _OUTCOME_OVER_NOTICE.search(question.casefold()):
        return question
    return re.sub(_NOTICE_WORD, " ", _AMOUNT.sub(" ", question), flags=re.IGNORECASE)


_VOTE_SIDE = re.compile(r"\b(?:emot|mot|ja|nej|avstod|avstår|blanka?|nedlagda)\b|\bför\s*\??\s*$")


def attribute_asked(own: str, low: str) -> str:
    """What the question's own words ask, or its earlier turn's; a count asked after a vote ("… röstade för yrkandet
    – och hur många emot?") is the vote's."""
    asked, before = attribute_of(own), attribute_of(low)
    if asks_consequence(own):
        return asked  # "… – och om dom inte lyckas med det?": what follows, not the person asked before
    return "vote" if asked == "count" and before == "vote" and _VOTE_SIDE.search(own) else asked or before


# "vad föreslås om dagordningen till mötet 18 september": the document a proposal is about, not the one a date picks
_ABOUT_DOCUMENT = re.compile(r"\b(?:om|angående|kring|rörande|gällande) (?:justering(?:en)? av )?"
                            r"((?:protokoll|kallelse|dagordning|föredragningslist|agenda)\w*)")


def documents_asked_about(low: str) -> set[str]:
    return content_terms(" ".join(_ABOUT_DOCUMENT.findall(low)))


_OFFICER_OF_MEETING = re.compile(r"^\w*?(?:motes?|stammo|stamm|sammantrades)(ordf|sekreter|juster)\w*$")
_OFFICER_TERMS = {"ordf": "ordfor", "sekreter": "sekreter", "juster": "juster"}  # as content_terms folds them


def officer_of_meeting(term: str) -> str:
    """"motesordf", "stammoordfor", "arsmotessekreter": the meeting's own officer, which minutes write as the
    role alone ("ordförande", "förbundsmötets ordförande"); "" for any other word."""
    found = _OFFICER_OF_MEETING.match(term)
    return _OFFICER_TERMS[found.group(1)] if found else ""

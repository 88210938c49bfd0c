"""Write probe.jsonl for the kodkollektivet set (questions written from the documents alone)."""
import json
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from assistant.documents.loaders import load  # noqa: E402

DOCS = Path("/work/probes/docs/kodkollektivet")
_TEXTS = {}


def exact(doc: str, quote: str) -> str:
    """Return the quote as it stands in the loader's text.

    The 2017 stormöte PDF writes å/ä/ö as a letter plus a combining mark, so a
    quote typed in composed form is looked up by its NFC form and copied back
    verbatim from the document's text."""
    if doc not in _TEXTS:
        _TEXTS[doc] = load(DOCS / doc).text
    text = _TEXTS[doc]
    if quote in text:
        return quote
    want = unicodedata.normalize("NFC", quote)
    for i in range(len(text)):
        if unicodedata.normalize("NFC", text[i]) != want[0] and not want.startswith(unicodedata.normalize("NFC", text[i:i + 2])):
            continue
        for j in range(i + 1, min(len(text), i + 2 * len(quote) + 2) + 1):
            if unicodedata.normalize("NFC", text[i:j]) == want:
                return text[i:j]
    raise SystemExit(f"quote not found in {doc}: {quote!r}")

C = "kodkollektivet"
S = "kodkollektivet_stormote_2017-02-14.pdf"
N = "kodkollektivet_uppstartsmote_2017-02-14_anteckningar.pdf"
L = "kodkollektivet_ansokningsbrev_linnestudenterna_2017.pdf"
B18 = "kodkollektivet_big_meeting_2018-10-23.pdf"
E19 = "kodkollektivet_board_election_2019-05-07.pdf"
M19 = "kodkollektivet_board_meeting_2019-08-19.pdf"
E20 = "kodkollektivet_board_election_2020-06-10_signed.pdf"
O20 = "kodkollektivet_board_meeting_2020-10-20.pdf"
N20 = "kodkollektivet_board_meeting_2020-11-24.pdf"
Y21 = "kodkollektivet_yearly_meeting_2021-06-10.pdf"


def q(i, typ, question, facts, gold, history=None, answerable=True):
    return {"id": f"kkl-{i:02d}", "type": typ, "corpus": C, "question": question,
            "history": history or [], "answerable": answerable, "key_facts": facts,
            "gold": [{"doc": d, "quote": exact(d, t)} for d, t in gold]}


def h(user, assistant):
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


rows = sorted([
    q(1, "decision", "Vad bestämde Kodkollektivets stormöte den fjortonde februari 2017 om medlemsavgiften?",
      ["noll (0) kr"], [(S, "- Mötet valde årets medlemsavgift till noll (0) kr.")]),
    q(2, "person", "vem justerade protokollet på kodkollektivets uppstartsmöte 2017?",
      ["Rasmus"], [(S, "- Mötet valde Rasmus till justerare tillika rösträknare.")]),
    q(3, "cross", "Vilken roll fick Johan Rovala på uppstartsmötet 14/2 2017, enligt protokollet jämfört med mötesanteckningarna?",
      ["externa/interna relationer", "sekreterare"],
      [(S, "- Mötet valde Johan till sekreterare."), (S, "Följande har valts till styrelseledamöter:\n- Johan Rovala"),
       (N, "• Johan Rovala till externa/interna relationer")]),
    q(4, "header", "mellan vilka tider höll kodkollektivet sitt startup meeting i februari 2017?",
      ["16:00", "17:00"], [(N, "<2017-02-14 Tue 16:00>–<2017-02-14 Tue 17:00>")]),
    q(5, "list", "vilka blev invalda som styrelseledamöter på stormötet i växjö 2017? lista alla",
      ["Johan Rovala", "Alex Spottka", "Austin Pont", "Otto Bergman", "Hatem Houssein", "Peter Danielsson"],
      [(S, "Följande har valts till styrelseledamöter:\n- Johan Rovala\n- Alex Spottka\n- Austin Pontén\n- Otto Bergman\n- Hatem Houssein\n- Peter Danielsson")]),
    q(6, "reason", "Varför ville Kodkollektivet bli studentförening under Linnéstudenterna?",
      ["komma ut till fler studenter", "boka lokaler"],
      [(L, "Vi söker att bli en studentförening under er för vi tror att det kan hjälpa oss komma ut till fler\nstudenter genom ert namn och få titeln studentförening."),
       (L, "Vi skulle även vilja kunna boka lokaler till våra CodeHubs")]),
    q(7, "date", "när är ansökningsbrevet till linnéstudenterna daterat?",
      ["April 20, 2017"], [(L, "April 20, 2017")]),
    q(8, "vote", "hur röstade valmötet i oktober 2018 om vem som skulle bli president? siffror tack",
      ["Julia", "14", "Abstain = 5"], [(B18, "Julia = 14\nMarcus = 2\nEbtisam = 0\nMichael = 0\nAbstain = 5")]),
    q(9, "decision", "Vad beslöt Big Election meeting 23 oktober 2018 om vem som räknas som medlem?",
      ["internal communication tool", "Slack"],
      [(B18, "The voting result is \"YES\" so the definition of a member is now \"A person is a member of\nKodkollektivet if they register in the internal communication tool used by Kodkollektivet.\nFor this semester it will be the official Kodkollektivet Slack channel #general.\"")]),
    q(10, "english", "Who was elected treasurer at Kodkollektivet's big election meeting in October 2018, and with how many votes?",
      ["Shukla", "12"], [(B18, "Shukla = 12\nTomas = 4\nAbstain = 5")]),
    q(11, "vote", "gick förslaget om att ändra räkenskapsåret igenom på valmötet sjunde maj 2019? hur var röstsiffrorna",
      ["1st of May", "19/0/1"],
      [(E19, "- Proposed: The association's financial year extends from 1st of May to 30th of April of the"),
       (E19, "- 19/0/1 PASSED")]),
    q(12, "reason", "varför föll stadgeändringen om att valmötet ska hållas i april/maj 2019, den fick ju fler ja än nej?",
      ["11/0/9", "75%", "15"],
      [(E19, "- 75% of attending people at Election Meeting required to change statutes. 75% of 19 is"),
       (E19, "- 11/0/9 FAILURE")]),
    q(13, "reference", "vad beslutades under § 12 på kodkollektivets stormöte 2017?",
      ["ansvarsfrihet"], [(S, "§ 12 Beslut om ansvarsfrihet av föregående verksamhetsårs styrelse\n\n- Mötet beviljade föregående styrelse ansvarsfrihet.")]),
    q(15, "body_date", "när var Welcome Fair hösten 2019 och vad skulle Ruslan fixa till den?",
      ["4th Sep", "arcade game"],
      [(M19, "• Welcome Fair (4th Sep)\n\nRuslan will prepare an arcade game with a computer monitor and controllers.")]),
    q(16, "amount", "hur mkt pengar hade kodkollektivet på banken i slutet av november 2020?",
      ["11 743,99 kr"], [(N20, "11 743,99 kr in the bank account.")]),
    q(17, "followup", "och vad kostar det?", ["10$/month"],
      [(N20, "The board decided to subscribe for 1 month to test\nThe price 10$/month")],
      history=h("Vad bestämde styrelsen om Discord på mötet 24 november 2020?",
                "Styrelsen beslutade att prenumerera på Discord i en månad som ett test, bland annat för högre skärmupplösning vid virtuella codehubs.")),
    q(18, "amount", "hur mycke budgeterades för codehubs och för marknadsföring på valmötet i juni 2020?",
      ["6000 SEK", "4600 SEK"], [(E20, "Codehubs - 6000 SEK"), (E20, "Marketing - 4600 SEK")]),
    q(19, "english", "Who became president at the board election on 10 June 2021, and what did they do about the treasurer post?",
      ["Johan", "open"],
      [(Y21, "Marcus nominates Johan:"), (Y21, "Johan is elected for this position."),
       (Y21, "\"Leave the position open and have the spend the money by majority of voices\"\n\nThe board will continue to search for someone to fill this position.")]),
    q(20, "followup", "tackade han ja?", ["rejects the nomination", "unoccupied"],
      [(E20, "Lucian respectfully rejects the nomination."),
       (E20, "the position will remain\nunoccupied")],
      history=h("Vem nominerades till infrastructure manager på valmötet 2020?",
                "Ruslan Abdulin nominerade Lucian Dragos till infrastructure manager.")),
    q(21, "decision", "vad kom styrelsen fram till om glow på mötet i oktober 2020",
      ["Board agrees to try Glow"],
      [(O20, "- Marcus proposes using Glow as a task-board, to keep track of tasks and their status"),
       (O20, "- *Board agrees to try Glow*")]),
    q(22, "missing_attribute", "Hur mycket pengar fick filamentet till 3D-skrivaren i budgeten på styrelsemötet 20 oktober 2020?",
      [], [(O20, "Filament for 3D printer\n- Kodkollektivet budget for filament?\n- Will vote on this during the next board meeting.")],
      answerable=False),
    q(23, "missing_attribute", "vad kostade domänen som John betalade i förskott (styrelsemötet aug 2019)?",
      [], [(M19, "John (previous domain owner) will transfer it after he comes back from holiday early\nSeptember, he paid the domain in advance until the end of next year.")],
      answerable=False),
    q(24, "unanswerable", "Vad beslutade Kodkollektivets årsmöte 2022 om medlemsavgiften?", [], [], answerable=False),
    q(25, "unanswerable", "vilka valdes till valberedning på stormötet 2017?", [], [], answerable=False),
    q(14, "unanswerable", "När och var hölls Kodkollektivets julfest 2019?", [], [], answerable=False),
], key=lambda r: r["id"])

out = Path(__file__).with_name("probe.jsonl")
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(len(rows), "questions ->", out)

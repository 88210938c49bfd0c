"""Write probe.jsonl for the set `mp-vanersborg` (questions written from the documents alone)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import g, turn, write_jsonl  # noqa: E402

C = "mp-vanersborg"
M0110 = "mpvbg_medlemsmote_2019-01-10.pdf"
A19 = "mpvbg_arsmote_2019-03-09.pdf"
M0425 = "mpvbg_medlemsmote_2019-04-25.pdf"
M1212 = "mpvbg_medlemsmote_2019-12-12.pdf"
K20 = "mpvbg_nasta-mote_arsmote-2020.pdf"
A20 = "mpvbg_arsmote_2020-03-14.pdf"
OPP = "mpvbg_oppna-moten.pdf"
STY = "mpvbg_styrelsens-moten.pdf"
V22 = "mpvbg_val-2022.pdf"


def q(n, typ, question, key_facts, gold, answerable=True, history=None):
    return {"id": f"mpv-{n:02d}", "type": typ, "corpus": C, "question": question,
            "history": history or [], "answerable": answerable, "key_facts": key_facts, "gold": gold}


def hist(user, assistant):
    return [turn("user", user), turn("assistant", assistant)]


ROWS = [
    q(1, "person", "vem var mötesordförande på årsmötet i mars 2019",
      ["Jens Jönsson"],
      [g(A19, "Jens Jönsson från MP Trollhättan var ordförande för mötet och Gunilla Bogren")]),
    q(2, "cross", "fullmaktigegruppens verksamhetsberattelse for 2018, vad sa arsmotet 2019 om den och blev det nåt av det sen?",
      ["ska skrivas under det nya", "avskrev förra årsmötets beslut"],
      [g(A19, "Fullmäktigegruppens verksamhetsberättelse för 2018 ska skrivas under det nya"),
       g(A20, "Årsmötet avskrev förra årsmötets beslut att fullmäktigegruppen ska lämna in en")]),
    q(3, "header", "vem förde protokollet på årsmötet 14 mars 2020?",
      ["Linus Sandkvist"],
      [g(A20, "Jesper Sjöberg Räftegård var ordförande för mötet och Linus Sandkvist")]),
    q(4, "vote", "stadgeändringen på årsmötet 2019, med vilken majoritet gick den igenom",
      ["två tredjedels majoritet"],
      [g(A19, "Årsmötet biföll en proposition om stadgejusteringar med två tredjedels majoritet.")]),
    q(5, "decision", "valde vi ens någon valberedning på årsmötet 2020??",
      ["bordlade ärendet", "utan valberedning"],
      [g(A20, "Årsmötet bordlade ärendet och lämnade tills vidare avdelningen utan valberedning.")]),
    q(6, "list", "vilka satt i valberedningen som valdes 2019",
      ["Gunnel Dirsäter", "Laila Haglund", "Anna-Karin Sandberg"],
      [g(A19, "• Gunnel Dirsäter, ledamot"), g(A19, "• Laila Haglund, ledamot"),
       g(A19, "• Anna-Karin Sandberg, ledamot")]),
    q(7, "list", "vilka poster var vakanta på medlemsmötet i december -19",
      ["Ersättare i Socialnämnden", "Vice ordförande för lokalavdelningen",
       "Ledamot i representantskapets styrgrupp", "En andra revisor"],
      [g(M1212, "• Ersättare i Socialnämnden i Vänersborgs kommun"),
       g(M1212, "• Ledamot i lokalavdelningens styrelse"),
       g(M1212, "• Vice ordförande för lokalavdelningen"),
       g(M1212, "• Ledamot i representantskapets styrgrupp"),
       g(M1212, "• En andra revisor för lokalavdelningen, jämte befintlig")]),
    q(8, "date", "när börjar årsmötet 2020 och var är det",
      ["kl. 14.00", "Trenova Center"],
      [g(K20, "Alla medlemmar är välkomna till MP Vänersborgs ordinarie årsmöte kl. 14.00 lördag 14"),
       g(K20, "mars. Vi är som vanligt på Trenova Center.")]),
    q(9, "date", "sista dag att nominera nån till årsmötet 2020?",
      ["senast 4 mars"],
      [g(K20, "nominera senast 4 mars.")]),
    q(10, "body_date", "när skulle valberedningen bli klar med sitt förslag inför årsmötet 2020",
      ["5 mars"],
      [g(K20, "Valberedningen planerar att fastställa sina förslag 5 mars och ber dig därför kandidera och")]),
    q(11, "amount", "hur många från mp vbg skulle åka på kongressen i maj 2019",
      ["tre medlemmar"],
      [g(M0425, "I början av maj händer Miljöpartiets kongress. Från MP Vänersborg kommer tre medlemmar")]),
    q(12, "amount", "ny medlem här, hur länge måste jag vara med innan jag får rösta på medlemsmötena?",
      ["efter en månads"],
      [g(OPP, "medlemsmötet. Nyblivna medlemmar i partiet har dock rösträtt först efter en månads")]),
    q(13, "reference", "vad händer i steg 5 i processen för att kandidera till valet 2022",
      ["andra halvan av januari", "provval"],
      [g(V22, "5. Under andra halvan av januari genomförs ett provval.")]),
    q(14, "cross", "vem var kassör efter årsmötet 2019 och vem tog över 2020",
      ["Gunilla Bogren, kassör", "Nina Hedbom, kassör"],
      [g(A19, "• Gunilla Bogren, kassör"), g(A20, "• Nina Hedbom, kassör")]),
    q(15, "reason", "varför behövde medlemsmötet 10 jan 2019 välja ny ordförande",
      ["Christer Bogren", "avsagt sig uppdraget i november"],
      [g(M0110, "Han valdes även till ordförande för samma period, efter att Christer Bogren avsagt")]),
    q(16, "decision", "vilket projekt bestämde årsmötet 2020 att avdelningen ska va med i",
      ["GU Västs projekt Engagemangsfonden"],
      [g(A20, "Avdelningen kommer att delta i GU Västs projekt Engagemangsfonden.")]),
    q(17, "decision", "stalde vi oss bakom sten-oves motioner till kongressen eller inte",
      ["två motioner till kongressen", "ställa sig bakom"],
      [g(M0110, "Sten-Ove Hermansson har lämnat två motioner till kongressen, som"),
       g(M0110, "lokalavdelningen bestämde sig för att ställa sig bakom.")]),
    q(18, "english", "Who did the 2021 annual meeting appoint to the nominating committee for the 2022 municipal election list?",
      ["Martin Odalgård", "Gunnel Dirsäter", "Jesper Sjöberg Räftegård"],
      [g(V22, "Årsmötet 2021 utsåg följande valberedning:"), g(V22, "• Martin Odalgård"),
       g(V22, "• Gunnel Dirsäter"), g(V22, "• Jesper Sjöberg Räftegård")]),
    q(19, "followup", "blev den andra revisorsplatsen nånsin tillsatt under året?",
      ["En andra revisor för lokalavdelningen", "frågorna bordlades"],
      [g(M1212, "• En andra revisor för lokalavdelningen, jämte befintlig"),
       g(M1212, "Vid mötet fanns inga föreslagna kandidater och frågorna bordlades.")],
      history=hist("vem valdes till revisor på årsmötet 2019?",
                   "Årsmötet 2019 valde Nils Wramner till revisor. Den andra revisorsplatsen lämnades vakant.")),
    q(20, "followup", "får vem som helst komma dit? och var hittar jag protokollen från dom mötena",
      ["närvarorätt på styrelsens möten", "publiceras däremot inte här", "kontakta ordföranden"],
      [g(STY, "Alla medlemmar har närvarorätt på styrelsens möten. Så här står det i våra stadgar:"),
       g(STY, "Styrelsens möteshandlingar och protokoll publiceras däremot inte här. Om du som är"),
       g(STY, "styrelsemöte – så är det bara att kontakta ordföranden.")],
      history=hist("när brukar styrelsen i mp vänersborg ha sina möten?",
                   "Styrelsens möten är vanligtvis kl. 17.30 på Trenova Center.")),
    q(21, "missing_attribute", "hur mycket pengar var budgeten på som årsmötet 2020 klubbade",
      [],
      [g(A20, "Styrelsens förslag till verksamhetsplan med budget bifölls med tillägg från")],
      answerable=False),
    q(22, "missing_attribute", "vilka justerade protokollet från årsmötet 9 mars 2019?",
      [],
      [g(A19, "Jens Jönsson från MP Trollhättan var ordförande för mötet och Gunilla Bogren")],
      answerable=False),
    q(23, "unanswerable", "vad beslutade styrelsen på sitt möte i oktober 2019", [], [], answerable=False),
    q(24, "unanswerable", "hur mycket är medlemsavgiften i mp vänersborg per år?", [], [], answerable=False),
    q(25, "list", "vad skulle vi prata om på medlemsmötet 25 april 2019",
      ["EU-valkampanj", "Hållbarhetspriset 2019", "Kommunens budget 2020", "Mariedal Östra"],
      [g(M0425, "Vår lokala EU-valkampanj"), g(M0425, "Hållbarhetspriset 2019"),
       g(M0425, "Kommunens budget 2020"), g(M0425, "Information om Mariedal Östra")]),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "probe.jsonl"
    write_jsonl(out, ROWS)
    print("wrote", out, len(ROWS))

"""Write probe.jsonl for the set `kvastskaft` (questions written from the documents alone)."""
import json
from pathlib import Path

C = "kvastskaft"
A07 = "kvastskaft_arsmote_2007-03-28.pdf"
S08 = "kvastskaft_styrelsemote_2008-04-09.pdf"
A11 = "kvastskaft_arsmote_2011-03-30.pdf"
S1511 = "kvastskaft_styrelsemote_2015-11-07.pdf"
S1602 = "kvastskaft_styrelsemote_2016-02-23.pdf"
A16 = "kvastskaft_arsmote_2016-03-20.pdf"
S1604 = "kvastskaft_styrelsemote_2016-04-17.pdf"
S1605 = "kvastskaft_styrelsemote_2016-05-15.pdf"
VB15 = "kvastskaft_verksamhetsberattelse_2015.pdf"
K18 = "kvastskaft_kallelse_arsmote_2018.pdf"


def g(doc, quote):
    return {"doc": doc, "quote": quote}


def q(n, typ, question, key_facts, gold, answerable=True, history=None):
    return {"id": f"kvs-{n:02d}", "type": typ, "corpus": C, "question": question,
            "history": history or [], "answerable": answerable, "key_facts": key_facts, "gold": gold}


def hist(user, assistant):
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


ROWS = [
    q(1, "person", "vem var ordförande för årsmötet 2011",
      ["Sofia Meaden"],
      [g(A11, "Sofia Meaden valdes till mötesordförande.")]),
    q(2, "person", "vilka justerade protokollet från årsmötet i mars 2016?",
      ["Emma Abrahamsson", "Karin Johansson"],
      [g(A16, "Mötet väljer Emma Abrahamsson och Karin Johansson till justerare och tillika")]),
    q(3, "header", "vem skrev protokollet på styrelsemötet 23 feb 2016",
      ["Leffe"],
      [g(S1602, "Styrelsen valde Leffe till mötessekreterare")]),
    q(4, "date", "vilken tid började styrelsemötet i april 2016?",
      ["18:06"],
      [g(S1604, "1. Mötets öppnas 18:06")]),
    q(5, "decision", "när skulle det extrainsatta årsmötet 2016 hållas, vilket datum bestämde styrelsen",
      ["2016-06-04, kl 18"],
      [g(S1605, "Styrelsen beslutar att lägga det extrainsatta årsmötet 2016-06-04, kl 18.")]),
    q(6, "amount", "hur mkt fick maten till shirl 2008 max kosta?",
      ["4500:-"],
      [g(S08, "inte behöva kosta mer än 4500:- för mat och liknande")]),
    q(7, "amount", "hur manga personer kom till karlstads spelkonvent enligt verksamhetsberattelsen",
      ["123 personer"],
      [g(VB15, "123 personer kom till mässan.")]),
    q(8, "list", "vilka var närvarande på styrelsemötet 2016-02-23?",
      ["Rebecca, Matilda, Leffe", "Sofia, Karin & Emma"],
      [g(S1602, "Närvarande: Rebecca, Matilda, Leffe, Sofia, Karin & Emma")]),
    q(9, "list", "vilka satt i styrelsen under 2015",
      ["Vilma Dahlström, Caroline Warnqvist", "Johanna Warnqvist",
       "Rebecca Haglund och Sofia Meaden", "Leffe"],
      [g(VB15, "2015 bestod Kvastskafts styrelse av Vilma Dahlström, Caroline Warnqvist, Leffe"),
       g(VB15, "Deldén, Johanna Warnqvist, Rebecca Haglund och Sofia Meaden.")]),
    q(10, "reference", "vad sa de under punkt 9 på styrelsemötet 17 april 2016, det om extrainsatt årsmöte",
      ["leta efter en kassör", "Kotte att kontakta valberedningen"],
      [g(S1604, "9. Extrainsatt årsmöte med anledning av att styrelsen ej har en kassör"),
       g(S1604, "Styrelsen uppdrar valberedningen att leta efter en kassör."),
       g(S1604, "Styrelsen uppdrar Kotte att kontakta valberedningen.")]),
    q(11, "reference", "vad handlar § 7 om i årsmötesprotokollet från 2007",
      ["Ragnar Hedenskog adjungeras"],
      [g(A07, "Ragnar Hedenskog adjungeras, då han närvarar utan att vara medlem.")]),
    q(12, "reason", "varför har styrelsen ingen demokratiobservatör",
      ["styrelsen är liten (4 personer)"],
      [g(S1604, "Styrelsen beslutar att eftersom styrelsen är liten (4 personer) så behövs ingen")]),
    q(13, "decision", "vad beslöt styrelsen om verksamhetsberättelsen för 2015?",
      ["anta Verksamhetsberättelsen med ändringarna", "Leffe"],
      [g(S1602, "att anta Verksamhetsberättelsen med ändringarna som föreslagits"),
       g(S1602, "att uppdra åt Leffe att göra ändringarna.")]),
    q(14, "decision", "nar ska styrelsen ha sina moten enligt arbetsdokumentet som antogs",
      ["söndagen som infaller innan den 18", "klockan 18-20"],
      [g(S1605, "att styrelsen har möten söndagen som infaller innan den 18 varje månad, klockan 18-20.")]),
    q(15, "body_date", "när var nästa möte efter mötet 15 maj 2016",
      ["2016-06-12, kl 18-20"],
      [g(S1605, "Nästa möte hålls 2016-06-12, kl 18-20.")]),
    q(16, "date", "när och var är årsmötet 2018",
      ["31/3 2018", "17.00-20.00", "Årsmötesdiscord"],
      [g(K18, "Datum: 31/3 2018"), g(K18, "Tid: 17.00-20.00"),
       g(K18, "Plats: Kvastskafts Årsmötesdiscord")]),
    q(17, "cross", "i april bestämde styrelsen en tid för nästa möte – blev mötet av då och när öppnades det?",
      ["15/5, 18:00-20:00", "18:08"],
      [g(S1604, "Styrelsen beslutar att nästa möte ska hållas 15/5, 18:00-20:00."),
       g(S1605, "1. Mötets öppnande 18:08")]),
    q(18, "decision", "styrelsemötet 2015-11-07, vad beslutade man om organisationsgruppen för shirl 2016?",
      ["annonserar efter en samordnare", "Kotte, Emmis och Leffe"],
      [g(S1511, "* att styrelsen annonserar efter en samordnare för sig."),
       g(S1511, "* att Kotte, Emmis och Leffe skriver ihop en sådan ansökan som är tydlig med vad det")]),
    q(19, "english", "Who was absent from the board meeting on 7 November 2015?",
      ["Emmis och TraXy"],
      [g(S1511, "Ej närvarande: Emmis och TraXy")]),
    q(20, "missing_attribute", "hur stor var budgeten för shirl 2016 som styrelsen kollade på i maj?",
      [],
      [g(S1605, "Styrelsen anser att budgetförslaget ser bra ut.")], answerable=False),
    q(21, "followup", "och vem var sekreterare då?",
      ["Matilda Ralmé"],
      [g(A16, "Mötet väljer Matilda Ralmé som mötessekreterare.")],
      history=hist("vem ledde årsmötet 2016?",
                   "Robin Bergmark valdes till mötesordförande på årsmötet 2016-03-20.")),
    q(22, "followup", "vem hör man av sig till om man vill kandidera?",
      ["Robin Bergmark", "Viktor Bengtsson"],
      [g(K18, "Vill du kandidera till en post så hör av dig till någon av våra valberedare Robin"),
       g(K18, "Bergmark (Taura-Tierno) eller Viktor Bengtsson (Beryll)!")],
      history=hist("när är årsmötet 2018?",
                   "Årsmötet 2018 hålls den 31/3 2018 kl. 17.00–20.00 i Kvastskafts årsmötesdiscord.")),
    q(23, "unanswerable", "vem valdes till revisor på årsmötet 2018?",
      [], [], answerable=False),
    q(24, "unanswerable", "hur mycket är medlemsavgiften i kvastskaft per år",
      [], [], answerable=False),
    q(25, "missing_attribute", "vilken tid öppnades styrelsemötet 7 nov 2015",
      [],
      [g(S1511, "1. Mötet öppnas")], answerable=False),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "probe.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {out}")

"""Writes probe.jsonl for the vaxjo-kultur-fritidsnamnd set (kept beside the questions for review)."""
import json
from pathlib import Path

C = "vaxjo-kultur-fritidsnamnd"
P17 = "kfn_protokoll_2017-12-20.pdf"
P18 = "kfn_protokoll_2018-04-25.pdf"
K17 = "kfn_kallelse_2017-09-27.pdf"
K20A = "kfn_kallelse_2020-04-15.pdf"
K20D = "kfn_kallelse_2020-12-16.pdf"
ST = "vaxjo_stipendier_och_priser.pdf"
VX = "vxonews_arbetsstipendier_2021-12-24.pdf"


def q(i, typ, question, kf, gold, answerable=True, history=None):
    return {"id": f"k{i:02d}", "type": typ, "corpus": C, "question": question,
            "history": history or [], "answerable": answerable, "key_facts": kf,
            "gold": [{"doc": d, "quote": t} for d, t in gold]}


rows = [
    q(1, "header", "Var höll kultur- och fritidsnämnden till den 20 december 2017, och vilken tid började mötet?",
      ["Galaxen", "14:00"], [(P17, "Galaxen, Växjö Stadsbibliotek klockan 14:00 15:25")]),
    q(2, "header", "vem justerade protokollet från nämndens möte i april 2018?",
      ["Rose-Marie Holmqvist"], [(P18, "2 Justering Justerare Rose-Marie Holmqvist (S)")]),
    q(3, "header", "När och var skulle aprilprotokollet 2018 justeras?",
      ["8 maj", "Västergatan 15"], [(P18, "Västergatan 15 den 8 maj klockan 11:00 11:30")]),
    q(4, "person", "Vem skrev under som sekreterare på nämndens protokoll i december 2017?",
      ["Nedim Ramic"], [(P17, "Underskrifter Sekreterare Nedim Ramic Ordförande Eva Johansson (C)")]),
    q(5, "person", "Vilken förvaltningschef var med på decembermötet 2017?",
      ["Thomas Ekelius"], [(P17, "Tjänstepersoner Övriga Thomas Ekelius, förvaltningschef")]),
    q(6, "person", "Vem gick in som ersättare för Ellen Franzén i december 2017?",
      ["Christer Svensson"], [(P17, "Christer Svensson (SD) ersätter Ellen Franzén (-)")]),
    q(7, "date", "Senast när måste förslag på kulturpristagare ha kommit in?",
      ["1 mars"], [(ST, "Förslag på mottagare av Växjö kommuns kulturpris ska ha\nkommit in senast den 1 mars aktuellt år.")]),
    q(8, "amount", "hur stort är ett kulturstipendium från kommunen?",
      ["25 000 kronor"], [(ST, "två kulturstipendier på 25 000 kronor vardera")]),
    q(9, "decision", "Vem fick Växjö kommuns kulturpris 2018?",
      ["Elisabeth Cederholm"], [(ST, "Elisabeth Cederholm, verksamhetsansvarig Folkets bio, tilldelas kulturpriset 2018")]),
    q(10, "decision", "Vem ska nämnden samråda med innan den bestämmer vem som får kulturpriset?",
      ["kommunfullmäktiges presidium"], [(ST, "Kultur- och fritidsnämnden beslutar om vem som ska tilldelas kulturpriset efter samråd med\nkommunfullmäktiges presidium.")]),
    q(11, "decision", "Vilken paragraf justerades omedelbart på mötet 20 december 2017?",
      ["118"], [(P17, "Omedelbar\njustering på , 118")]),
    q(12, "decision", "Vad beslutade nämnden om arbetsstipendier till kulturskapare i december 2021?",
      ["tio kulturskapare", "arbetsstipendium"], [(VX, "Kultur- och fritidsnämnden i Växjö kommun ger tio kulturskapare arbetsstipendium")]),
    q(13, "list", "Vilka ärenden om långsiktigt kulturstöd från 2021 stod på listan inför decembermötet 2020?",
      ["Musica Vitae", "Musik i Syd"], [(K20D, "20. Långsiktigt kulturstöd från 2021: Musica Vitae\n21. Långsiktigt kulturstöd från 2021: Musik i Syd\n22. Långsiktigt kulturstöd från 2021")]),
    q(14, "list", "Vilka informationspunkter hade nämnden på mötet 27 september 2017?",
      ["Idrott och demokratiska rättigheter", "Förvaltningschefens information", "kultur- och konstavdelningen", "biblioteksavdelningen", "fritidsavdelningen"],
      [(K17, "3. Informationsärenden\n- Information om rapporten Idrott och demokratiska rättigheter\n- Förvaltningschefens information\n- Information från kultur- och konstavdelningen\n- Information från biblioteksavdelningen\n- Information från fritidsavdelningen")]),
    q(15, "reference", "Vilket nummer hade Växjö Skate-ärendet på föredragningslistan 16 december 2020?",
      ["14"], [(K20D, "14. Stöd till en aktiv fritid: Växjö Skate 2021")]),
    q(16, "reference", "vilken punkt var rapporten om ridsportens framtid på septembermötet 2017?",
      ["9"], [(K17, "9. Rapport: Ridsportens framtid i Växjö kommun")]),
    q(17, "body_date", "I vilket organ och på vilket möte togs medborgarförslaget om fotbollsmål på grusplanen i Lammhult upp?",
      ["kultur- och fritidsnämnden", "27 september 2017"], [(K17, "Förteckning över kultur- och fritidsnämndens ärenden den 27 september 2017"), (K17, "10. Överlämnande av beslutanderätten av medborgarförslag om fotbollsmål på grusplan i\nLammhult")]),
    q(18, "body_date", "När skulle Frizéns och Schelins skrivelse om Växjö konsthall behandlas, och av vilken nämnd?",
      ["2020-04-15", "kultur- och fritidsnämnden"], [(K20A, "Förteckning över kultur- och fritidsnämndens ärenden 2020-04-15"), (K20A, "9. Skrivelse angående Växjö konsthall - Håkan Frizén (V) och Samuel Schelin (V)")]),
    q(19, "cross", "Vem var ordförande i kultur- och fritidsnämnden i december 2017, och vem var det i december 2021?",
      ["Eva Johansson", "Jon Malmqvist"], [(P17, "Eva Johansson (C), Ordförande"), (VX, "Jon Malmqvist (KD), ordförande kultur- och fritidsnämnden")]),
    q(20, "followup", "blev det någon paus under mötet?",
      ["15:00", "15:28"], [(P18, "Ajournering 15:00 15:28\nfika")],
      history=[{"role": "user", "content": "Var och när hölls kultur- och fritidsnämndens möte den 25 april 2018?"},
               {"role": "assistant", "content": "Mötet hölls i Det fria ordets hus, Kungsgatan 29 C, klockan 14:00–15:41."}]),
    q(21, "english", "Where could the public pick up the documents for the culture and leisure committee's meeting on 15 April 2020?",
      ["Västra\nEsplanaden 18"], [(K20A, "Handlingar till sammanträdet kan hämtas hos kultur- och fritidsförvaltningen (Västra\nEsplanaden 18, Växjö)")]),
    q(22, "date", "Hur långt efter sammanträdet blir protokollen tillgängliga?",
      ["sju dagar"], [(K20A, "Protokollen finns tillgängliga tidigast sju dagar efter att sammanträdet ägt rum.")]),
    q(23, "missing_attribute", "Hur mycket fick Sister City Soccer Cup i projektbidrag?",
      [], [(K20D, "15. Ansökan om projektbidrag: Sister City Soccer Cup 2020-2021")], answerable=False),
    q(24, "missing_attribute", "Vem valdes att justera protokollet på mötet 15 april 2020?",
      [], [(K20A, "Förteckning över kultur- och fritidsnämndens ärenden 2020-04-15\n\n1. Val av justerare")], answerable=False),
    q(25, "unanswerable", "Vad beslutade nämnden om nya taxor för simhallen?",
      [], [], answerable=False),
]
# key_facts are matched after collapsing white space, so write them with single spaces
for r in rows:
    r["key_facts"] = [" ".join(k.split()) for k in r["key_facts"]]
out = Path(__file__).parent / "probe.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(len(rows), "rows ->", out)

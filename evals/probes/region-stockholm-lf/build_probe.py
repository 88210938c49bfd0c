"""Writes probe.jsonl for the region-stockholm-lf set (questions written by hand here)."""
import json
from pathlib import Path

C = "region-stockholm-lf"
F09 = "sll-lf-2009-02-10-foredragningslista.pdf"
M09 = "sll-lf-2009-05-12-foredragningslista.pdf"
N08 = "sll-lf-2008-11-25--26-foredragningslista.pdf"
S12 = "sll-lf-2012-09-18-foredragningslista.pdf"
P05 = "sll-lf-protokoll-2005-11-22--23.pdf"
P08 = "sll-lf-protokoll-justerat-2008-12-17.pdf"
P09 = "sll-lf-protokoll-justerat-2009-05-26.pdf"
P14 = "sll-lf-protokoll-justerat-2014-03-04.pdf"


def g(doc, quote):
    return {"doc": doc, "quote": quote}


Q = [
    ("date", "När var landstingsfullmäktiges sammanträde i februari 2009, och vilken tid började det?", [],
     True, ["10 februari 2009", "09.30"],
     [g(F09, "Tisdag den 10 februari 2009"),
      g(F09, "Sammanträdet inleds klocka 09.30 och avslutas när föredragningslistan är genomgången")]),
    ("list", "vilka beslutsärenden stod på föredragningslistan till fullmäktige den tionde februari 2009?", [],
     True, ["Arbetsordning för landstingsfullmäktige", "Ökade resurser till hälso- och sjukvårdsnämnden",
            "Tågia AB", "leasingtransaktioner"],
     [g(F09, "Arbetsordning för landstingsfullmäktige (förslag 1)LS 0702-0239"),
      g(F09, "Ökade resurser till hälso- och sjukvårdsnämnden (förslag 2)LS 0812-1168"),
      g(F09, "Borgensåtagande för AB Storstockholms Lokaltrafik avseende Tågia AB (förslag 3)LS"),
      g(F09, "Ändrade förutsättningar för ingångna leasingtransaktioner (förslag 4)LS 0812-1186")]),
    ("reference", "Vilket LS-nummer har ärendet om borgen för SL avseende Tågia?", [],
     True, ["0812-1178"],
     [g(F09, "Borgensåtagande för AB Storstockholms Lokaltrafik avseende Tågia AB (förslag 3)LS\n0812-1178")]),
    ("person", "Vem var föredragande landstingsråd för beslutsärendena på fullmäktigemötet 12 maj 2009?", [],
     True, ["Catharina Elmsäter-Svärd"],
     [g(M09, "Föredragande landstingsråd: Catharina Elmsäter-Svärd (M)")]),
    ("decision", "vad beslöt fullmäktige om förbundsordningen för samordningsförbundet HUSAM?", [],
     True, ["godkänna reviderad förbundsordning", "HUSAM i Huddinge"],
     [g(P09, "Fullmäktige beslutade enligt landstingsstyrelsens förslag att godkänna reviderad\nförbundsordning för Samordningsförbundet HUSAM i Huddinge")]),
    ("cross", "HUSAM-ärendet i maj 2009: vilket förslagsnummer hade det på föredragningslistan, och gick fullmäktige på landstingsstyrelsens linje enligt protokollet?", [],
     True, ["förslag 37", "enligt landstingsstyrelsens förslag"],
     [g(M09, "Reviderad förbundsordning för Samordningsförbundet HUSAM i Huddinge (förslag 37)LS"),
      g(P09, "Fullmäktige beslutade enligt landstingsstyrelsens förslag att godkänna reviderad")]),
    ("date", "När justerades protokollet från fullmäktiges majsammanträde 2009, och vilka justerade?", [],
     True, ["26 maj 2009", "förste och andre vice ordföranden"],
     [g(P09, "1 PROTOKOLL Landstingsfullmäktige Justerat tisdagen den 26 maj 2009 Inger Linge"),
      g(P09, "med ordföranden justera sammanträdets protokoll utsågs förste och andre vice\nordföranden")]),
    ("body_date", "När sattes kungörelsen om majmötet 2009 upp på landstingets anslagstavla, och när var annonserna i tidningarna?", [],
     True, ["29 april 2009", "4 och 5 maj 2009"],
     [g(P09, "anslogs den 29 april 2009 på landstingets anslagstavla och skickades samma dag till"),
      g(P09, "infördes den 4 och 5 maj 2009 i de tidningar där enligt fullmäktiges beslut annonsering")]),
    ("person", "vem fick landstingets bemötandepris 2008?", [],
     True, ["Hjärnskadecentrum"],
     [g(P08, "ut landstingets bemötandepris 2008 till Hjärnskadecentrum vid Stockholms läns\nsjukvårdsområde")]),
    ("followup", "och vilka var det som tog emot priset?",
     [{"role": "user", "content": "Vem fick bemötandepriset 2008?"},
      {"role": "assistant", "content": "Landstingets bemötandepris 2008 gick till Hjärnskadecentrum vid Stockholms läns sjukvårdsområde."}],
     True, ["Ann-Marie Billing", "Marjana Tornmalm", "Therese Rudolfsson"],
     [g(P08, "Priset mottogs av enhetschef Ann-Marie Billing, logoped Marjana\nTornmalm och kurator Therese Rudolfsson.")]),
    ("reference", "Budgetärendet i nov 2008 behandlades ihop med flera motioner – vem hade skrivit motionen om avgiftsfri kollektivtrafik och vilket nummer hade den?", [],
     True, ["2008:6", "Roxby-Cromvall", "avgiftsfri kollektivtrafik"],
     [g(N08, "motion 2008:6 av Gunilla\nRoxby-Cromvall m.fl. (v) om avgiftsfri kollektivtrafik")]),
    ("amount", "Hur många ledamöter var närvarande resp. frånvarande på det möte vars protokoll justerades 4 mars 2014?", [],
     True, ["102", "47"],
     [g(P14, "Ordföranden konstaterade att 102 ledamöter var\nnärvarande och 47 ledamöter var frånvarande.")]),
    ("header", "var och när höll landstingsfullmäktige sitt sammanträde den 18 sep 2012?", [],
     True, ["Landstingssalen", "Hantverkargatan 45", "10.30"],
     [g(S12, "Landstingssalen i Landstingshuset, Hantverkargatan 45, plan -3 (ingång från baksidan)."),
      g(S12, "Sammanträdet inleds klockan 10.30 och avslutas när föredragningslistan är genomgången.")]),
    ("person", "Vem hade ställt interpellationen om hur SL kan minska risken för mutor, som skulle besvaras i september 2012?", [],
     True, ["Gunilla Roxby Cromvall", "2012:4"],
     [g(S12, "Bordlagd interpellation 2012:4 av Gunilla Roxby Cromvall (V) om hur AB SL kan minska\nrisken för mutor och bestickning")]),
    ("cross", "Gunilla Roxby Cromvall (V) har interpellerat flera gånger – vilka interpellationer av henne finns i handlingarna från 2012 och 2014 och vad handlade de om?", [],
     True, ["2012:4", "mutor och bestickning", "2013:22", "meddelarfrihet"],
     [g(S12, "Bordlagd interpellation 2012:4 av Gunilla Roxby Cromvall (V) om hur AB SL kan minska"),
      g(P14, "Bordlagd interpellation 2013:22 av Gunilla Roxby\nCromvall (V) om meddelarfrihet i Stockholms läns landsting")]),
    ("body_date", "interpellation 2013:22 om meddelarfrihet – när fick den ställas och vid vilka sammanträden bordlades den?", [],
     True, ["17 september 2013", "22 oktober", "3 december"],
     [g(P14, "Fullmäktige medgav den 17 september 2013 att interpellationen fick ställas."),
      g(P14, "Interpellationen bordlades vid fullmäktiges sammanträde den 22 oktober och den 3\ndecember")]),
    ("person", "Vilket landstingsråd svarade på Nanna Wikholms interpelation om skärgårdstrafiken?", [],
     True, ["Christer G Wennerholm"],
     [g(P14, "Bordlagd interpellation 2013:27 av Nanna Wikholm\n(S) om framtiden för skärgårdstrafiken"),
      g(P14, "2 Landstingsrådet Christer G Wennerholm hänvisade till det skriftliga svaret.")]),
    ("english", "Whose names are on the minutes of the county council assembly of November 2005, and by which day were the minutes to be approved (justerade)?", [],
     True, ["Conny Andersson", "Tore Lidbom", "7 december"],
     [g(P05, "1 PROTOKOLL Landstingsfullmäktige Justerat onsdagen den 7 december Conny\nAndersson Inger Linge Tore Lidbom"),
      g(P05, "Protokollet ska\njusteras senast onsdagen den 7 december")]),
    ("decision", "fick man ha växeltjänstgöring på fullmäktigemötet i november 2005? för vilket ärende?", [],
     True, ["växeltjänstgöring", "294"],
     [g(P05, "Fullmäktige beslutade enligt ordförandens\nförslag att växeltjänstgöring fick ske under behandlingen av 294.")]),
    ("person", "Vem kallades in som ny ledamot i valkrets NO efter Christina Andersson (fp) 2005?", [],
     True, ["Caroline Åkerhielm"],
     [g(P05, "oktober 2006 till ny ledamot i valkrets NO efter Christina Andersson (fp) inkalla Caroline\nÅkerhielm (fp)")]),
    ("missing_attribute", "Hur stort belopp gällde borgensåtagandet för SL avseende Tågia AB som fullmäktige hade uppe i februari 2009?", [],
     False, [],
     [g(F09, "Borgensåtagande för AB Storstockholms Lokaltrafik avseende Tågia AB (förslag 3)LS")]),
    ("missing_attribute", "Hur stor låneram beviljades Skärgårdsstiftelsen för 2008-2011?", [],
     False, [],
     [g(M09, "Beviljande av låneram för 2008-2011 för Skärgårdsstiftelsen i Stockholms län (förslag\n39)LS 0812-1177")]),
    ("unanswerable", "Vad kostar SL:s månadskort för pensionärer enligt fullmäktiges beslut?", [],
     False, [], []),
    ("unanswerable", "Vem utsågs till ny regiondirektör i Region Stockholm 2019?", [],
     False, [], []),
    ("unanswerable", "Hur röstade Sverigedemokraterna i voteringen om landstingets budget för 2009?", [],
     False, [], []),
]

assert len(Q) == 25, len(Q)
with open(Path(__file__).with_name("probe.jsonl"), "w", encoding="utf-8") as f:
    for i, (t, q, h, a, k, gold) in enumerate(Q, 1):
        f.write(json.dumps({"id": f"rsl-{i:02d}", "type": t, "corpus": C, "question": q, "history": h,
                            "answerable": a, "key_facts": k, "gold": gold}, ensure_ascii=False) + "\n")
print("wrote", len(Q))

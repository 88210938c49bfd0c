import json
S = "medelpad-raddning"
D = lambda d: f"mrf_direktion_{d}.pdf"
A = lambda d: f"mrf_agarrad_{d}.pdf"
Q = []
def q(id, type, question, key, gold, answerable=True, history=None):
    Q.append({"id": id, "type": type, "corpus": S, "question": question, "history": history or [],
              "answerable": answerable, "key_facts": key,
              "gold": [{"doc": d, "quote": t} for d, t in gold]})

q("p01", "decision", "Vad beslutade direktionen den 19 februari 2021 om att mötet hölls digitalt?",
  ["digitalt", "beslutsfört"],
  [(D("2021-02-19"), "Direktionen beslutade att mötet kan genomföras digitalt och är beslutsfört.")])
q("p02", "decision", "vad blev beslutet om mål- och resursplanen för 2023 i direktionen?",
  ["godkän", "mål- och resursplan"],
  [(D("2022-12-09"), "att godkänna mål- och resursplan inklusive budget för 2023.")])
q("p03", "amount", "Med hur mycket ville direktionen höja den ekonomiska ramen för 2024 jämfört med 2023?",
  ["29 600 000"],
  [(D("2023-11-03"), "ekonomiska ramen med 29 600 000 kronor i förhållande till 2023 års nivå")])
q("p04", "decision", "Godkändes delårsrapport 1 för 2022 av direktionen?",
  ["godkän", "delårsrapport 1"],
  [(D("2022-06-03"), "att godkänna delårsrapport 1 2022.")])
q("p05", "decision", "Vad beslutade direktionen i februari 2024 om årsredovisningen?",
  ["godkän", "årsredovisning 2023"],
  [(D("2024-02-09"), "att godkänna årsredovisning 2023.")])
q("p06", "decision", "Vad hände med punkten om säkerhetsfrågor på direktionsmötet 31 maj 2024?",
  ["kommande direktionssammanträde"],
  [(D("2024-05-31"), "Punkten flyttas för behandling vid kommande direktionssammanträde under året.")])
q("p07", "header", "Vem förde protokollet (sekreterare) på direktionens sammanträde 2 februari 2022?",
  ["Josefin Tegström"],
  [(D("2022-02-02"), "Sekreterare är\nJosefin Tegström.")])
q("p08", "person", "Vem utsågs till huvudprojektledare för de nya stationerna i Sundsvall och Liden?",
  ["Glenn Viklund"],
  [(A("2022-10-14"), "För Sundsvall och Liden har Glenn Viklund, kommunstyrelsekontoret\nDrakfastigheter, utsetts till huvudprojektledare.")])
q("p09", "person", "vem var ekonomichef på direktionsmötet i november 2023",
  ["Henrik Arvola"],
  [(D("2023-11-03"), "Henrik Arvola, ekonomichef")])
q("p10", "person", "Vem var tillförordnad räddningschef när direktionen sammanträdde 31 maj 2024?",
  ["Johan Keijser"],
  [(D("2024-05-31"), "Johan Keijser, tillförordnad räddningschef")])
q("p11", "header", "Vem justerade protokollet från direktionen 17 februari 2023 tillsammans med ordföranden?",
  ["Stefan Broman"],
  [(D("2023-02-17"), "Att jämte ordförande Åsa Ulander justera dagens protokoll valdes Stefan Broman.")])
q("p12", "header", "Var hölls ägarrådets möte i april 2023 och vilken tid?",
  ["Sundsvalls brandstation", "9.00"],
  [(A("2023-04-21"), "21 april 2023, klockan 9.00-12.00. Sundsvalls brandstation.")])
q("p13", "date", "När planeras inflyttningen i den nya ledningsbyggnaden för SOS Alarm och räddningstjänsten vid Timrå räddningsstation?",
  ["hösten 2026"],
  [(D("2024-05-31"), "Nu är det klart att en ledningsbyggnad för SOS Alarm AB och räddningstjänsten kommer att\nuppföras invid Timrå räddningsstation."),
   (D("2024-05-31"), "Inflyttning planeras till hösten 2026.")])
q("p14", "list", "Vilka politiskt valda revisorer var inbjudna till direktionen 8 december 2023?",
  ["Reinhold Hellgren", "Keijo Ojala"],
  [(D("2023-12-08"), "Inbjudna politiskt valda revisorerna\nReinhold Hellgren\nKeijo Ojala")])
q("p15", "list", "Vilka kommundirektörer deltog i ägarrådet 14 oktober 2022?",
  ["Jonas Walker", "Andreaz Strömgren", "Mattias Robertsson Bly"],
  [(A("2022-10-14"), "Kommundirektörer\nJonas Walker, Sundsvalls kommun\nAndreaz Strömgren, Timrå kommun\nMattias Robertsson Bly, Ånge kommun")])
q("p16", "reference", "Under vilken paragraf behandlade direktionen delårsrapport 1 2022?",
  ["29"],
  [(D("2022-06-03"), "29 § Beslut om delårsrapport 1 2022")])
q("p17", "reference", "Vilket paragrafnummer har ärendet om hemställan om ökad medelstilldelning för 2024?",
  ["46"],
  [(D("2023-11-03"), "46 § Beslut om hemställan om ökad medelstilldelning för år 2024 genom höjning av")])
q("p18", "body_date", "I vilket organ och vid vilket möte informerades det om att Timrå gymnasium ska ha lokaler i nya räddningsstationen?",
  ["ägarråd", "21 april 2023"],
  [(A("2023-04-21"), "Ägarrådets protokoll 21 april 2023"),
   (A("2023-04-21"), "gymnasium ha lokaler i byggnaderna för den nyinrättade blåljuslinjen.")])
q("p19", "body_date", "Vilket organ godkände årsredovisningen för 2022, och vilket datum?",
  ["direktionen", "17 februari 2023"],
  [(D("2023-02-17"), "Direktionens protokoll 17 februari 2023"),
   (D("2023-02-17"), "att godkänna årsredovisning 2022.")])
q("p20", "cross", "Hur har tidpunkten för inflyttning i Timrås nya räddningsstation beskrivits på ägarrådet i oktober 2022 jämfört med ägarrådet i april 2023?",
  ["tidig höst 2023", "september 2023"],
  [(A("2022-10-14"), "Inflyttning planeras\ntill tidig höst 2023."),
   (A("2023-04-21"), "invigning och öppet hus planeras till september 2023.")])
q("p21", "followup", "och vem var sekreterare på det mötet?",
  ["Catarina Andersson"],
  [(D("2022-06-03"), "Sekreterare är\nCatarina Andersson.")],
  history=[{"role": "user", "content": "Vem valdes till justeringsperson på direktionens möte 3 juni 2022?"},
           {"role": "assistant", "content": "Till justeringsperson valdes Anders Mjärdsjö, som justerade protokollet jämte ordförande Åke Nylén."}])
q("p22", "english", "Which trade union representatives attended the board (direktionen) meeting on 17 February 2023?",
  ["Anders Svanebo", "Lars Forsgren", "Oskar Lind"],
  [(D("2023-02-17"), "Fackliga organisationer\n\nAnders Svanebo, Ledarna\nLars Forsgren, Kommunal\nOskar Lind, Akademikeralliansen")])
q("p23", "missing_attribute", "Vad beräknas den nya räddningsstationen i Liden kosta?",
  [], [(A("2022-10-14"), "Beträffande Liden har projekteringsarbetet inletts.")], answerable=False)
q("p24", "missing_attribute", "Vad kom fram i redovisningen av sotningsdistriktens verksamhet 2020?",
  [], [(D("2021-02-19"), "9 § Redovisning av verksamheten vid sotningsdistrikten 2020")], answerable=False)
q("p25", "unanswerable", "Vad beslutade direktionen om nya avgifter för tillsyn enligt lagen om skydd mot olyckor?",
  [], [], answerable=False)

with open("probe.jsonl", "w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
print(len(Q))

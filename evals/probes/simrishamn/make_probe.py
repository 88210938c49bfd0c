"""Writes probe.jsonl for the simrishamn set (questions written from the documents alone)."""
import json
A="simrishamn-spn-2024-04-25-protokoll.pdf"
B="simrishamn-budgetanvisningar-2027-2031.pdf"
C="simrishamn-kfn-budgetskrivelse-investeringar-2027-2031.pdf"
D="simrishamn-sbn-2018-protokoll-utdrag.pdf"
E="simrishamn-ks-2012-01-18-protokoll-utdrag.pdf"
F="simrishamn-kf-2022-11-28-axplock.pdf"
G="simrishamn-kf-2022-06-20-axplock.pdf"
H="simrishamn-ks-2021-04-14-axplock.pdf"
I="simrishamn-ks-2017-03-08-information.pdf"
def g(d,q): return {"doc":d,"quote":q}
Q=[
("header","Vem justerade samhällsplaneringsnämndens protokoll från den 25 april 2024?",[],True,["Inga-Lill Bjartén"],[g(A,"Utses att justera  Inga-Lill Bjartén")]),
("vote","Hur gick omröstningen om att bordlägga ärendet om Simrishamn 2:80 på SPN i april -24?",[],True,["8 JA-röster","3 NEJ-röster"],[g(A,"Med 8 JA-röster (Johan Ohlson (M), Roland Thord (M), Kristina Åhberg (M), Pia Nord-"),g(A,"Svensson (C)) mot 3 NEJ-röster (Tommy Nilsson (S), Inga-Lill Bjartén (S), Johannes")]),
("decision","blev det nåt av detaljplaneändringen för simrishamn 2:80 eller lades den ner?",[],True,["Planarbetet avslutas","4 JA-röster","7 NEJ-röster"],[g(A,"• Inte godkänna planhandlingarna för granskning. Planarbetet avslutas."),g(A,"Med 4 JA-röster (Tommy Nilsson (S), Inga-Lill Bjartén (S), Johannes Svensson (S), Carl-")]),
("reason","Varför avslog samhällsplaneringsnämnden initiativärendet om vindskydd för fågelskådning vid östra kajen?",[],True,["Babet","akuta skador"],[g(A,"Samhällsbyggnadsförvaltningen måste prioritera de akuta skador som uppstått efter Babet."),g(A,"• Initiativärendet avslås.")]),
("followup","Reserverade sig någon mot att det avslogs?",[{"role":"user","content":"Vem väckte initiativärendet om vindskyddet för fågelskådare i Simrishamns hamn?"},{"role":"assistant","content":"Initiativärendet kom in den 25 januari 2024 från John Kvarnbäck (MP) och gällde renovering av vindskyddet för fågelskådare vid östra kajen."}],True,["Håkan Skaneland"],[g(A,"Håkan Skaneland (V) reserverar sig mot beslutet.")]),
("amount","hur mkt har upparbetats på tobisviksbadet per sista mars 2024 och vad är budgeten för projektet",[],True,["64 650 tkr","49 660 tkr"],[g(A,"Projektet har en budget på 64 650 tkr varav 49 660 tkr har upparbetats per den 31 mars")]),
("list","Vilka entreprenörer är upphandlade för renoveringen av Korsavadsbadet?",[],True,["Skanska","Enviroproces","PEAB"],[g(A,"-På pågående takentreprenad är Skanska upphandlad entreprenör, detta arbete planeras att"),g(A,"-På vattenrening är Enviroproces upphandlad entreprenör, arbetet beräknas vara klart de-"),g(A,"-På invändigt arbete samt utemiljö är PEAB upphandlad entreprenör, detta arbete är plane-")]),
("decision","Vad blev beslutet om Henric Brintes intresseanmälan att köpa Borrby 6:21?",[],True,["avstycka och sälja del av Borrby","säljs inte i nuläget"],[g(A,"• Samhällsbyggnadsförvaltningen ges i uppdrag att avstycka och sälja del av Borrby"),g(A,"Resterande del av Borrby 6:21 säljs inte i nuläget.")]),
("unanswerable","Vem valdes till ny ordförande i kultur- och fritidsnämnden efter valet 2022?",[],False,[],[]),
("amount","Hur mycket föreslog SPN att VA-taxan skulle höjas, och från när?",[],True,["8 %","1 juli 2024"],[g(A,"I överläggningar med Österlen VA AB föreslås att VA-taxan höjs med 8 %, att gälla från 1")]),
("english","Did the planning committee in Simrishamn decide to offer summer travel cards to its summer substitutes in 2024?",[],True,["sommarkort","sommarvikarier","Skånetrafiken"],[g(A,"• Erbjuda sommarkort 2024 till sommarvikarier för resor med Skånetrafiken.")]),
("missing_attribute","Vilket arvode får revisorn som SPN nominerade till Österlens vattenråd?",[],False,[],[g(A,"• Nominera Inga-Lill Bjartén (S) fram till årsstämman 2026 för Österlens vattenråd.")]),
("date","Vilket datum ska kommunfullmäktige besluta om investeringsbudgeten för 2027 enligt budgetanvisningarna?",[],True,["15 juni"],[g(B,"15 juni  Kommunfullmäktige beslutar om investeringsbudget och")]),
("list","vilka fokusområden föreslås bli kf-mål för 2027?",[],True,["Hållbarhet i näringsliv och arbetsmarknad","Klimatanpassning","Trygghet och samhällsgemenskap","Partnerskap och samverkan"],[g(B,"Fokusområde 1 – Hållbarhet i näringsliv och arbetsmarknad"),g(B,"Fokusområde 9 – Klimatanpassning"),g(B,"Fokusområde 11 – Trygghet och samhällsgemenskap"),g(B,"Fokusområde 13 – Hållbar kultur, fritid, friluftsliv och turism"),g(B,"Fokusområde 17 – Partnerskap och samverkan")]),
("amount","Hur mycket får samhällsplaneringsnämnden öka budgeten för ett redan godkänt investeringsprojekt själv, utan att gå till fullmäktige?",[],True,["10 %","2,5 mnkr"],[g(B,"- öka budgeten för ett redan godkänt projekt för budgetåret med högst 10 % av"),g(B,"projektets budgetbelopp för året. Ökningen får dock inte överstiga 2,5 mnkr för")]),
("amount","vad kostar nya lokaler vid tobisviksbadet enligt kultur och fritids budgetskrivelse för investeringar",[],True,["22 000 tkr"],[g(C,"Investeringsutgift  2027: 22 000 tkr"),g(C,"Projektnamn  Nya lokaler Tobisviksbadet")]),
("header","Vem var sekreterare och vem justerade samhällsbyggnadsnämndens protokoll med paragraferna 128–163 år 2018?",[],True,["Annette Knutsson","Christer Akej"],[g(D,"Paragrafer 128-163 Sekreterare Annette Knutsson Ordförande Carl-Göran Svensson"),g(D,"Justerande Christer Akej Protokollet är justerat. Justeringen har tillkännagivits genom")]),
("cross","Var Carl-Göran Svensson ordförande både i samhällsbyggnadsnämnden 2018 och i samhällsplaneringsnämnden våren 2024?",[],True,["Carl-Göran Svensson"],[g(D,"Paragrafer 128-163 Sekreterare Annette Knutsson Ordförande Carl-Göran Svensson"),g(A,"Carl-Göran Svensson (C), ordförande")]),
("followup","och vilken skattesats innebar den?",[{"role":"user","content":"Vad tog kommunfullmäktige upp om budgeten den 28 november 2022?"},{"role":"assistant","content":"Ärendet gällde fastställande av budgeten för åren 2023–2027. Alliansen hade lämnat förslaget till budget."}],True,["20,51 %"],[g(F,"oförändrad skattesats på 20,51 %. Invånarantalet 2023 är baserat på ett antagande om")]),
("body_date","När antog fullmäktige från början handlingsplanen mot våldsbejakande extremism?",[],True,["30 oktober 2017","§ 166"],[g(G,"Kommunfullmäktige beslutade vid sammanträde den 30 oktober 2017, § 166, att anta en")]),
("decision","hur mycket fick räddningsvärnen i bidrag till rakel när ks sammanträdde i mars 2017?",[],True,["7 500","45 000"],[g(I,"bidrag till ett Rakel-abonnemang med 7 500:- per värn, totalt 45 000:-. Bidraget")]),
("person","Satt Gudrun Schyman med som beslutande i kommunstyrelsen den 18 januari 2012, och när var mötet ajournerat?",[],True,["Gudrun Schyman","13.30-14.45"],[g(E,"Schyman (FI) Siv Bildtsén (MP) Övriga närvarande: Håkan Rosenkvist (M) Karin"),g(E,"ajourneras därefter kl 13.30-14.45 för interna överläggningar. Meddelanden Följande")]),
("missing_attribute","Vad beslutade kommunstyrelsen den 14 april 2021 om busslinjen Snurringen?",[],False,[],[g(H,"– Kommunens framtida avsikter med Snurringen")]),
("unanswerable","Vad beslutade socialnämnden i Simrishamn om hemtjänstens taxa för 2024?",[],False,[],[]),
("unanswerable","What did Simrishamn's municipal council decide about a new sports hall in Gärsnäs in 2019?",[],False,[],[]),
]
rows=[]
for i,(t,q,h,a,k,gold) in enumerate(Q,1):
    rows.append({"id":f"sim-{i:02d}","type":t,"corpus":"simrishamn","question":q,"history":h,"answerable":a,"key_facts":k,"gold":gold})
print(len(rows))
with open(str(__import__("pathlib").Path(__file__).with_name("probe.jsonl")),"w",encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")

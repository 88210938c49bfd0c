import json
C="lomma-kfn"
A,B,Cc,D,E,F=[f"KFN_{d}.pdf" for d in ["2025-02-03","2025-03-24","2025-05-19","2025-12-08","2026-03-23","2026-06-08"]]
def g(doc,q): return {"doc":doc,"quote":q}
rows=[
("decision","Vad beslutade kultur- och fritidsnämnden om Lomma Ridklubb på mötet i juni 2026?",[],True,["1 300 000 kronor","engångsstöd"],[g(F,"att bevilja Lomma Ridklubb ett särskilt riktat engångsstöd om högst 1 300 000 kronor för")]),
("vote","vilka reserverade sig mot stödet till ridklubben?",[],True,["Jonas Benke","Lilly Burel Nilsson","Jonas Nilsson"],[g(F,"Jonas Benke (F), Lilly Burel Nilsson (L) och Jonas Nilsson (SD) reserverar sig mot beslutet.")]),
("amount","hur mkt av ridklubbspengarna fick max gå till nytt underlag i ridhuset",[],True,["500 000 kronor"],[g(F,"att stödet får användas med högst 500 000 kronor till nytt underlag i ridhuset och")]),
("header","Vem var sekreterare vid kultur- och fritidsnämndens sammanträde den tjugotredje mars 2026?",[],True,["Sandra Stjärna"],[g(E,"Sekreterare:  Sandra Stjärna")]),
("header","var hölls KFN:s möte 3 februari 2025 och hur dags slutade det?",[],True,["Strandskolans matsal","20:28"],[g(A,"Plats:  Lomma kommun, Strandskolans matsal"),g(A,"2025-02-03, klockan 18:30-20:28")]),
("reason","Varför reserverade sig Lilly Burel Nilsson mot beslutet om den öppna fritidsverksamheten i december 2025?",[],True,["åk 4","82 barn"],[g(D,"Lilly Burel Nilsson (L) reserverar sig mot beslutet till förmån för sitt eget yrkande:"),g(D,"Liberalerna i Lomma-Bjärred anser att det är viktigt att de övriga 82 barn - som idag inte är inskrivna")]),
("decision","vilket scenario valde nämnden för fritidsgårdarna på sammanträdet 8 dec?",[],True,["Scenario B","årskurs 5"],[g(D,"att bifalla utredningens Scenario B – After School-koncept för elever från och med årskurs 5")]),
("followup","och gick hans yrkande igenom?",[{"role":"user","content":"Vad yrkade Henri Gossé om fritidsgårdarna på kultur- och fritidsnämndens möte i december 2025?"},{"role":"assistant","content":"Henri Gossé (S) yrkade att fritidsgårdarna ska öppna kl 14 för mellanstadiebarn, att utredningen utökas och att det tillförs medel till verksamheten."}],True,["Scenario B","reserverar sig"],[g(D,"att bifalla utredningens Scenario B – After School-koncept för elever från och med årskurs 5"),g(D,"Henri Gossé (S) reserverar sig mot beslutet till förmån för sitt eget yrkande:")]),
("amount","Vilken helårsprognos redovisades i delårsrapport 1 för 2025 (KFN)?",[],True,["-0,4 mnkr"],[g(Cc,"prognostiserar en avvikelse om -0,4 mnkr vid årets slut.")]),
("list","vilka gäster från RF-SISU Skåne var med på nämndens möte den 19 maj 2025?",[],True,["Jane Andersson","Stefan Nilsson","Azizi"],[g(Cc,"Jane Andersson, Ordförande RF-SISU Skåne"),g(Cc,"Stefan Nilsson, Ledamot RF-SISU Skåne"),g(Cc,"Joseph Azizi, Verksamhetschef SV")]),
("person","Vem ledde sammanträdet i maj 2025? Oscar Magnusson var väl inte där",[],True,["Ann Haluzova"],[g(Cc,"Ordförande:  Ann Haluzova"),g(Cc,"Sofia Forsgren Böhmer (M) för Oscar Magnusson (M)")]),
("body_date","Kultur- och fritidsnämnden 24 mars 2025: vad blev det med bokslutet för 2024?",[],True,["godkänner bokslut år 2024","0,3 mnkr"],[g(B,"Kultur- och fritidsnämnden godkänner bokslut år 2024 för Kultur- och fritidsnämnden."),g(B,"Kultur- och fritidsnämnden redovisar vid årets slut en total budgetavvikelse på 0,3 mnkr och")]),
("reference","vilket diarienr hade ärendet om ändrade sammanträdestider på KFN-mötet i februari 2025?",[],True,["KFN/2024:54"],[g(A,"§5  KFN/2024:54"),g(A,"Beslut om ändring av sammanträdestider för kultur- och fritidsnämnden och kultur-")]),
("missing_attribute","Vem valdes i fyllnadsvalet till kultur- och fritidsnämndens arbetsutskott i mars 2025?",[],False,[],[g(B,"Beslut om fyllnadsval till kultur- och fritidsnämndens arbetsutskott")]),
("date","När ska förvaltningen återkomma om e-förslaget om öppettiderna på Centralen och Stationen 2.0?",[],True,["september 2026"],[g(E,"att förvaltningen ska återkomma till kultur- och fritidsnämnden senast september 2026.")]),
("amount","hur många röster fick e-förslaget om att återgå till tidigare öppettider för mellanstadiet",[],True,["108 röster","60 dagar"],[g(E,"fått 108 röster inom 60 dagar och ska därför tas upp för politiskt beslut.")]),
("english","How many votes did the e-petition for an outdoor floorball rink in Bjärred get, and within how many days?",[],True,["99","56"],[g(F,"E-förslaget om en utomhus-innebandyplan med innebandygolv och sarg i Bjärred har fått 99 röster"),g(F,"inom 56 dagar och ska därför tas upp för politiskt beslut.")]),
("unanswerable","When will the new Kulturhuset in Lomma open, according to the committee?",[],False,[],[]),
("cross","vem har justerat KFN:s protokoll under våren 2025, är det samma person varje gång?",[],True,["Henri Gosse"],[g(A,"Utses att justera:  Henri Gosse"),g(B,"Utses att justera:  Henri Gosse"),g(Cc,"Utses att justera:  Henri Gosse")]),
("cross","Vem var ordförande i kultur- och fritidsnämnden i februari 2025 och vem var det i mars 2026?",[],True,["Oscar Magnusson","Ann Haluzova"],[g(A,"Oscar Magnusson (M), Ordförande"),g(E,"Ann Haluzova (M), Ordförande")]),
("unanswerable","Vad kostar det att hyra en idrottshall enligt kultur- och fritidsnämndens taxor?",[],False,[],[]),
("unanswerable","Vad beslutade kultur- och fritidsnämnden på sitt sammanträde i oktober 2025?",[],False,[],[]),
("missing_attribute","Vad yttrade sig KFN om detaljplanen för Borgeby 15:22 i juni 2026?",[],False,[],[g(F,"Yttrande över detaljplan för del av fastigheten Borgeby 15:22 m.fl. Lomma kommun")]),
("decision","idrottspolitiskt progam – vad bestämde nämnden i juni och när ska förvaltningen komma tillbaka?",[],True,["idrottspolitiskt","5 oktober"],[g(F,"- att uppdra åt förvaltningen att under hösten påbörja arbetet med ett idrottspolitiskt"),g(F,"- att återkomma till nämndens sammanträde den 5 oktober med förslag på arbetsprocess.")]),
("followup","vem skickades det beslutet till?",[{"role":"user","content":"vad beslutade KFN om planen för intern kontroll i mars 2026?"},{"role":"assistant","content":"Kultur- och fritidsnämnden beslutade den 23 mars 2026 att fastställa plan för intern kontroll 2026 för nämnden enligt bilaga (KFN § 10)."}],True,["Kommunstyrelsen"],[g(E,"att fastställa plan för intern kontroll 2026 för kultur- och fritidsnämnden enligt bilaga.")]),
]
from pathlib import Path
with open(Path(__file__).with_name("probe.jsonl"),"w",encoding="utf-8") as f:
    for i,(t,q,h,a,k,gd) in enumerate(rows,1):
        f.write(json.dumps({"id":f"lkf-{i:02d}","type":t,"corpus":C,"question":q,"history":h,"answerable":a,"key_facts":k,"gold":gd},ensure_ascii=False)+"\n")
print(len(rows))

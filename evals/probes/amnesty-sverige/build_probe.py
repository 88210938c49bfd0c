"""Write probe.jsonl for the amnesty-sverige set (questions written by hand before any answer was seen)."""
import json
from pathlib import Path
S = "amnesty-sverige"
D16="amnesty-styrelse-2016-03-19.pdf"; D17M="amnesty-styrelse-2017-03-18.pdf"; D17Y="amnesty-styrelse-2017-05-04.pdf"
DINB="amnesty-arsmote-2017-inbjudan.pdf"; D18="amnesty-styrelse-2018-01-27.pdf"; D19="amnesty-styrelse-2019-02-08.pdf"
D20="amnesty-styrelse-2020-09-20.pdf"; D07="amnesty-arsmote-2007-motioner-och-forslag.pdf"; D08="amnesty-styrelse-2008-10-26.pdf"
D22="amnesty-arsmote-2022-nomineringar-motioner.pdf"
def g(doc,q): return {"doc":doc,"quote":q}
rows = [
 ("decision","Vad lade styrelsen till under övriga frågor när dagordningen fastställdes på marsmötet 2017?",[],True,["Lundin Petroleum","medlemsforum"],[g(D17M,"lägga till en punkt om påverkansaktier i Lundin Petroleum"),g(D17M,"en punkt om medlemsforum")]),
 ("person","vem valdes till justerare på styrelsemötet 18-19 mars 2017?",[],True,["Lars Gäfvert"],[g(D17M,"att välja Lars Gäfvert till justerare för detta protokoll.")]),
 ("list","Vilka styrelseledamöter var frånvarande på styrelsens möte i mars 2016?",[],True,["Erik Thornberg","Karin Linkhorst"],[g(D16,"Erik Thornberg"),g(D16,"Karin Linkhorst")]),
 ("body_date","När ska sekretariatet lägga fram rapporten om kommunikationen kring sexarbetspolicyn?",[],True,["majmöte 2016"],[g(D16,"Gällande § 112 Rapport om kommunikation kring sexarbetspolicyn"),g(D16,"rapport till styrelsens majmöte 2016.")]),
 ("person","Vilka årsmötesordförande var med på styrelsens möte den fjärde och femte maj 2017?",[],True,["Hanna Roberts","Stefan Johansson"],[g(D17Y,"Hanna Roberts, årsmötesordförande (§183)"),g(D17Y,"Stefan Johansson, årsmötesordförande (§183)")]),
 ("decision","majmötet 2017 – vilken punkt las till under övriga frågor?",[],True,["miljöpolicy"],[g(D17Y,"att lägga till en punkt om miljöpolicy under övriga frågor")]),
 ("missing_attribute","Hur mycket betalade Amnesty i lokalhyra till Folkets hus för årsmötet i maj 2017?",[],False,[],[g(DINB,"Den 5-7 maj 2017 i Stockholm, Folkets hus, Drottninggatan 71 B")]),
 ("amount","Vad kostar det om man anmäler sig för sent till årsmötet 2017?",[],True,["100 kronor"],[g(DINB,"För anmälningar som kommer in senare än 6 april 2017 kommer en administrativ"),g(DINB,"avgift på 100 kronor att debiteras.")]),
 ("date","sista dag för att skicka in motioner till årsmötet 2017?",[],True,["10 februari 2017"],[g(DINB,"Motioner ska ha inkommit senast den 10 februari 2017.")]),
 ("followup","Och om man inte har betalat medlemsavgiften till dess, får man vara med ändå?",[{"role":"user","content":"När är sista anmälningsdag till Amnestys årsmöte i Stockholm 2017?"},{"role":"assistant","content":"Sista anmälningsdag för att delta på årsmötet 2017 är den 6 april 2017."}],True,["närvarorätt"],[g(DINB,"medlemmar som vill delta i årsmötet enbart närvarorätt.")]),
 ("reason","Varför fick Ulrika Westerlund justera protokollet på januarimötet 2018 i stället för Linn Malmborg?",[],True,["Ulrika Westerlund","valberedningen"],[g(D18,"Linn Malmborg som sedan tidigare är vald till justerare för styrelsens januarimöte kommer"),g(D18,"parallellt med mötet att bli intervjuad av valberedningen."),g(D18,"att för de punkter Linn Malmborg inte deltar på välja Ulrika Westerlund som justerare för")]),
 ("decision","Vart flyttades punkten om kampanjmaterial på engelska i januari 2018?",[],True,["punkt 9.1"],[g(D18,"att flytta punkten om kampanjmaterial till engelska till punkt 9.1 uppföljning av")]),
 ("english","Who chaired the Amnesty Sweden board meeting on 8-9 February 2019, and who was chosen to check (justera) the minutes?",[],True,["Amanda Jackson","Linn Malmborg"],[g(D19,"Ordförande: Amanda Jackson"),g(D19,"Justerare: Linn Malmborg")]),
 ("decision","vad la dom till på dagordningen i februari 2019, nåt om finland?",[],True,["Global Assembly Meeting"],[g(D19,"att under övriga frågor lägga till en punkt om Finlands motion till Global Assembly Meeting")]),
 ("reference","Vilket äldre beslut tyckte styrelsen i februari 2019 var otydligt och svårt att följa upp?",[],True,["Syfte med medlemskommunikation"],[g(D19,"Styrelsen påpekar att beslut “§ 36 (2015) Syfte med medlemskommunikation” är otydligt och")]),
 ("decision","Vad hände med dagordningspunkten om plats för årsmötet på styrelsemötet den 20 september 2020?",[],True,["bordläggs","oktobermöte 2020"],[g(D20,"Punkt 7. Plats för årsmötet, bordläggs till styrelsens oktobermöte 2020")]),
 ("header","Träffades styrelsen fysiskt på septembermötet 2020 eller hur gick det till?",[],True,["Zoom"],[g(D20,"Plats: Digitalt via Zoom")]),
 ("list","Vilka förslag från styrelsen skulle beredningsgrupp 2 (insamling och ekonomi) behandla på årsmötet 2007?",[],True,["Gruppavgiften","Medlemsavgifterna","Stadgeändring"],[g(D07,"2.5 Gruppavgiften - förslag från styrelsen"),g(D07,"2.6 Medlemsavgifterna - förslag från styrelsen"),g(D07,"2.7 Stadgeändring- förslag från styrelsen")]),
 ("missing_attribute","Hur många röster fick motionen om livsfarliga läkemedel på årsmötet 2007?",[],False,[],[g(D07,"1.1 Undersökning av livsfarliga läkemedel i världen - motion")]),
 ("cross","Madelaine Seidlitz finns med i protokollen både 2008 och 2018 – vilken roll hade hon vid mötet i oktober 2008 och vid januarimötet 2018?",[],True,["suppleant för personalrepresentanten","personalrepresentant (§86-103)"],[g(D08,"Madelaine Seidlitz, suppleant för personalrepresentanten"),g(D18,"Madelaine Seidlitz, personalrepresentant (§86-103)")]),
 ("vote","Var det någon som reserverade sig mot per capsulam-beslutet den 7 september 2008?",[],True,["Ernesto Katzenstein"],[g(D08,"§41 Tillägg Per capsulam beslut 7 september: Ernesto Katzenstein reserverade sig mot")]),
 ("date","när är deadline för att nominera kandidater till valberedningen inför årsmötet 2022?",[],True,["6 februari 2022"],[g(D22,"Deadline för nomineringar: 6 februari 2022")]),
 ("unanswerable","Vad beslutade styrelsen om medlemsavgiften för 2021?",[],False,[],[]),
 ("unanswerable","Vem valdes till ny generalsekreterare för Amnesty Sverige år 2021?",[],False,[],[]),
 ("unanswerable","What budget did the Amnesty Sweden board adopt for the year 2019?",[],False,[],[]),
]
out = Path(__file__).with_name("probe.jsonl")
with out.open("w", encoding="utf-8") as f:
    for i,(t,q,h,a,k,gold) in enumerate(rows,1):
        f.write(json.dumps({"id":f"amn-{i:02d}","type":t,"corpus":S,"question":q,"history":h,"answerable":a,"key_facts":k,"gold":gold},ensure_ascii=False)+"\n")
print(len(rows))

"""Write probe.jsonl for the probe set alingsas-ks (id prefix aks).

The questions, key facts and quotes were written by hand after reading the
loader text of the nine documents in /work/probes/docs/alingsas-ks/; this
script only serialises them (keys in the required order) so that the file can
be regenerated. Check the result with verify_quotes.py.

Run from the repository root:
    .venv/bin/python evals/probes/alingsas-ks/build_probe.py
"""
import json
from pathlib import Path

SET = "alingsas-ks"
P1 = "alingsas_ks_protokoll_2026-06-01.pdf"
P2 = "alingsas_ks_protokoll_2026-06-15.pdf"
U77 = "alingsas_ks_utdrag_2026-05-11_p77_rantepaslag.pdf"
U80 = "alingsas_ks_utdrag_2026-05-11_p80_opf-kr26.pdf"
AU70 = "alingsas_ksau_utdrag_2026-05-20_p70_allmanpolitiska-debatter.pdf"
AU83 = "alingsas_ksau_utdrag_2026-06-03_p83_ramar-2027-2029.pdf"
RUT = "alingsas_ks_rutin_allmanpolitisk-debatt_forslag.pdf"
TJH = "alingsas_ks_tjansteskrivelse_2026-05-26_holmalund-city-ff.pdf"
TJM = "alingsas_ks_tjansteskrivelse_2026-05-13_fordjupad-manadsuppfoljning.pdf"


def q(n, typ, question, key_facts, gold, answerable=True, history=None):
    return {
        "id": f"aks-{n:02d}",
        "type": typ,
        "corpus": SET,
        "question": question,
        "history": history or [],
        "answerable": answerable,
        "key_facts": key_facts,
        "gold": [{"doc": d, "quote": s} for d, s in gold],
    }


ROWS = [
    q(1, "decision",
      "Vad beslutade kommunstyrelsen den 1 juni 2026 om förprojekteringen av överföringsledningar till Bjärke?",
      ["återremitteras", "tekniska nämnden", "beredskaps- och sårbarhetsanalys"],
      [(P1, "Ärendet återremitteras till tekniska nämnden för komplettering av beslutsunderlaget med en"),
       (P1, "uppdaterad beredskaps- och sårbarhetsanalys av de tre alternativen med fokus på")]),
    q(2, "vote",
      "hur gick omröstningen om initiativärendet om parkeringskapacitet vid Nolhaga i ks 15 juni?",
      ["7 ja-röster", "8 nej-röster", "Initiativärendet avslås"],
      [(P2, "Med 7 ja-röster och 8 nej-röster finner ordföranden att kommunstyrelsen beslutar enligt"),
       (P2, "Initiativärendet avslås.")]),
    q(3, "amount",
      "hur mycket pengar fick holmalund city ff i investeringsbidrag för brogårdsvallen, och hur stor är budgeten för hela projektet?",
      ["400 000 kronor", "hälften", "1,8 miljoner kronor"],
      [(TJH, "Budgeten för hela projektet är 1,8 miljoner kronor där föreningen ansöker om 400 000 kronor"),
       (P2, "maximalt hälften av föreningens totala utgift för den investering som detta ärende avser, men"),
       (P2, "maximalt 400 000 kronor, under förutsättning att föreningen ensamt eller tillsammans med")]),
    q(4, "unanswerable",
      "Vilken skattesats föreslår kommunstyrelsen för Alingsås kommun år 2027?",
      [], [], answerable=False),
    q(5, "person",
      "Vem utsågs att justera kommunstyrelsens protokoll från första juni 2026, och vem var sekreterare?",
      ["Anton César", "Ulrika Månsson"],
      [(P1, "Utses att justera  Anton César"),
       (P1, "Ulrika Månsson (kommunsekreterare)")]),
    q(6, "header",
      "Var hölls kommunstyrelsens sammanträde den 15 juni 2026 och vilka tider?",
      ["Rådslaget", "14:00-16:08"],
      [(P2, "Plats och tid  Rådslaget, Rådhuset, Alingsås"),
       (P2, "kl. 14:00-16:08")]),
    q(7, "list",
      "Vilka tillägg gjorde KS när ramarna för 2027-2029 godkändes?",
      ["Vård- och omsorgsnämnden", "13 miljoner kronor", "Barn- och ungdomsnämnden", "12 miljoner kronor"],
      [(P2, "1. Vård- och omsorgsnämnden föreslås tillföras 13 miljoner kronor under 2027 för att"),
       (P2, "2. Barn- och ungdomsnämnden föreslås få 12 miljoner kronor under 2027 för att")]),
    q(8, "cross",
      "Arbetsutskottet föreslog den 3 juni att ramarna 2027–2029 skulle godkännas. Antog kommunstyrelsen förslaget oförändrat?",
      ["tillägg", "13 miljoner kronor", "12 miljoner kronor"],
      [(AU83, "Förslag till ramar för kommunens nämnder 2027-2029 godkänns."),
       (P2, "Förslag till ramar för kommunens nämnder 2027-2029 godkänns, med följande två tillägg:")]),
    q(9, "amount",
      "Vilket marknadsmässigt räntepåslag ska Alingsås Energi AB ha 2027?",
      ["0,39 procent"],
      [(U77, "Marknadsmässiga räntepåslag för Alingsås Energi AB fastställs till 0,39 procent för år")]),
    q(10, "followup",
      "och vilka av bolagen fick sänkt påslag då?",
      ["Alingsåshem AB", "Alingsåshem lokaler AB"],
      [(U77, "Alingsåshem AB och Alingsåshem lokaler AB behöver sänkas (med 0,03 respektive 0,01")],
      history=[
          {"role": "user", "content": "Vad föreslog kommunstyrelsen i maj om räntepåslagen för de kommunala bolagen 2027?"},
          {"role": "assistant", "content": "Kommunstyrelsen föreslog den 11 maj 2026 (§ 77) att kommunfullmäktige fastställer "
                                           "marknadsmässiga räntepåslag för 2027, bland annat 0,46 procent för AB Alingsås Rådhus "
                                           "och 0,39 procent för Alingsås Energi AB."},
      ]),
    q(11, "reason",
      "Varför återremitterades ärendet om OPF-KR 26 (omställningsstöd och pension för förtroendevalda) på KS den 11 maj?",
      ["retroaktiv avsättning av pensionsavgiften", "Anton César"],
      [(U80, "Anton César (S) föreslår att ärendet återremitteras för att kommunledningskontoret ska"),
       (U80, "kunna återkomma med underlag för en retroaktiv avsättning av pensionsavgiften mot")]),
    q(12, "cross",
      "OPF-KR 26 återremitterades i maj – vad föreslog kommunstyrelsen sedan fullmäktige när ärendet kom tillbaka i juni?",
      ["antas", "retroaktiv pensionsavsättning", "1 januari 2025"],
      [(U80, "Ärendet återremitteras för ytterligare beredning, där kommunledningskontoret ska"),
       (P2, "omställningsstöd, pension och familjeskydd för förtroendevalda antas, med retroaktiv"),
       (P2, "pensionsavsättning från och med 1 januari 2025 fram tills att de nya reglerna träder i kraft 1")]),
    q(13, "body_date",
      "När biföll fullmäktige motionen om allmänpolitiska debatter, och vilken paragraf?",
      ["10 december 2025", "§ 246"],
      [(AU70, "Kommunfullmäktige beslutade den 10 december 2025, § 246 att bifalla motionen om")]),
    q(14, "list",
      "Hur lång talartid gäller i den allmänpolitiska debatten enligt rutinförslaget? inledningsanföranden, övriga anföranden och repliker",
      ["tre minuter", "en minut"],
      [(RUT, "Varje partigrupp i kommunfullmäktige har rätt till ett inledningsanförande på högst"),
       (RUT, "Därefter gäller en talartid om högst tre minuter per anförande."),
       (RUT, "Replik får ges i högst en minut.")]),
    q(15, "missing_attribute",
      "Vilket datum fattades beslutet om rutinen för allmänpolitisk debatt enligt styrdokumentet?",
      [],
      [(RUT, "Datum för beslut: ÅÅÅ-MM-DD")], answerable=False),
    q(16, "english",
      "Who won the second land allocation competition for Stadsskogen stage 4, and what land prices are offered per square metre?",
      ["Kålltorps projektutveckling", "3 750", "2 500"],
      [(P1, "Trädgårdskvarteret inlämnat av Kålltorps projektutveckling i"),
       (P1, "kommande byggherren olika markpris beroende på vilken upplåtelseform man väljer: 3 750"),
       (P1, "kr/kvm BTA för bostadsrätter/äganderätter eller 2 500 kr/kvm BTA för hyresrätter.")]),
    q(17, "reference",
      "vilken paragraf och vilket diarienummer har svaret på motionen om laddstationer för cyklister i ks-protokollet 1/6?",
      ["§ 103", "2025.446 KS"],
      [(P1, "§ 103 2025.446 KS")]),
    q(18, "decision",
      "Vad blev kommunstyrelsens förslag om Amanda Anderssons motion om laddstationer för elcyklar, och vem ville bifalla den?",
      ["avslås i sin helhet", "Janine Alm Ericson", "Martin Lindberg", "Heidi Hankanen Ängberg"],
      [(P1, "Janine Alm Ericson (MP), Martin Lindberg (V) och Heidi Hankanen Ängberg (C) föreslår att"),
       (P1, "Kommunstyrelsens arbetsutskott har den 20 maj 2026, § 76 behandlat ärendet och föreslagit"),
       (P1, "Motionen avslås i sin helhet.")]),
    q(19, "person",
      "Vem är handläggare på tjänsteskrivelsen om fördjupad månadsuppföljning 2026, och vad är skrivelsens datum?",
      ["Pontus Allert", "2026-05-13"],
      [(TJM, "Handläggare:  Pontus Allert"),
       (TJM, "Datum:  2026-05-13  Kommunstyrelsen")]),
    q(20, "date",
      "Vilken dag sammanträdde ksau och behandlade ramar 2027-2029?",
      ["2026-06-03", "§ 83"],
      [(AU83, "2026-06-03"),
       (AU83, "§ 83 2026.021 KS")]),
    q(21, "missing_attribute",
      "Vad beräknas överföringsledningarna mellan Alingsås och Bjärke kosta totalt?",
      [],
      [(P1, "Förprojektering av överföringsledningar mellan Alingsås och Bjärke har nu genomförts."),
       (P1, "detta har kostnadsbedömning och identifiering av nödvändiga tillståndsansökningar gjorts.")],
      answerable=False),
    q(22, "unanswerable",
      "Did the municipal council (kommunfullmäktige) finally approve the general political debates at its meeting on 10 June 2026?",
      [], [], answerable=False),
    q(23, "unanswerable",
      "När är kommunstyrelsens första sammanträde efter sommaren 2026?",
      [], [], answerable=False),
    q(24, "reason",
      "varför reserverade sig Jens Christian Berlin mot förtydligandet om parkering för förtroendevalda",
      ["§ 9", "BIA", "avgiftsbelagd parkeringsplats"],
      [(P2, "Jens Christian Berlin (L) lämnar följande skriftliga reservation:"),
       (P2, "bilaga 1 BIA gäller att om avgiftsbelagd parkeringsplats måste användas får arbetstagaren"),
       (P2, "Kommunledningskontorets mening att BIA inte ska tillämpas på resor från den")]),
    q(25, "followup",
      "varför röstade sossarna nej då?",
      ["översiktlig strategi för Nolhagaområdet"],
      [(P2, "Vi valde ändå att rösta nej till initiativärendet eftersom kommunstyrelsen redan har fattat"),
       (P2, "beslut om att ta fram en översiktlig strategi för Nolhagaområdet efter ett initiativ från")],
      history=[
          {"role": "user", "content": "Hur gick det med initiativet om ett parkeringshus vid Nolhaga på kommunstyrelsen i juni?"},
          {"role": "assistant", "content": "Kommunstyrelsen avslog initiativärendet den 15 juni 2026 (§ 114) efter omröstning "
                                           "med 7 ja-röster mot 8 nej-röster."},
      ]),
]

out = Path(__file__).with_name("probe.jsonl")
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
print(f"wrote {len(ROWS)} rows to {out}")

"""Write probe.jsonl for the set `karlshamns-kommun` (Karlshamns kommun: kommunstyrelsen and kommunfullmäktige,
minutes 2009–2021 and the municipality's pages on fullmäktige meetings 2021–2024; see SOURCES.md).

The questions were written from the documents' loader text alone, before any answer of the assistant was seen.
Usage:  .venv/bin/python evals/probes/karlshamns-kommun/build_probe.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_writer import answerable_by_type, g, turn, write_probe  # noqa: E402

KS09 = "karlshamn_ks_2009_nr9.pdf"
KS13 = "karlshamn_ks_2013_nr3.pdf"
KS17 = "karlshamn_ks_2017-03-07.pdf"
KS21 = "karlshamn_ks_2021-02-02.pdf"
KF18 = "karlshamn_kf_2018-10-22.pdf"
KF21 = "karlshamn_kf_2021-02-15_beslut.pdf"
KF22 = "karlshamn_kf_2022-05-23_beslut.pdf"
KALL = "karlshamn_kf_2022-12-12_kallelse.pdf"
KF23 = "karlshamn_kf_2023-12-11_beslut.pdf"
KF24 = "karlshamn_kf_2024-06-24_beslut.pdf"

Q = [
    # 01
    ("header", "vem justerade ks protokollet 7 mars 2017?", [],
     ["Magnus Sandgren"],
     [g(KS17, "justera: Magnus Sandgren")]),
    # 02
    ("date", "När togs anslaget för kommunstyrelsens protokoll 2017-03-07 ner?", [],
     ["2017-03-30"],
     [g(KS17, "2017-03-30 Förvaringsplats för")]),
    # 03
    ("person", "vem var ordf under § 19 på ks 2/2 2021", [],
     ["Mats Dahlbom"],
     [g(KS21, "Mats Dahlbom, ordf § 19"), g(KS21, "Per-Ola Mattsson (ej § 19) Mats Dahlbom (§ 19)")]),
    # 04
    ("english", "Who was the secretary at the Karlshamn municipal board (kommunstyrelsen) meeting on 2 February 2021, "
                "and until what date was the approved protocol announced?", [],
     ["Anna Sunnetoft", "2021-03-01"],
     [g(KS21, "Sekreterare Anna Sunnetoft"), g(KS21, "2021-02-05 Tillkännages t.o.m.: 2021-03-01")]),
    # 05
    ("followup", "och vem från SydostLeader var med, vid vilken paragraf?",
     [turn("user", "vem justerade ks-protokollet 2 februari 2021?"),
      turn("assistant", "Ida Larsson (S) utsågs att justera protokollet från kommunstyrelsens sammanträde den "
                        "2 februari 2021; justeringsdatum var 2021-02-05.")],
     ["Tommy Andersson", "§3"],
     [g(KS21, "Tommy Andersson, ordförande SydostLeader, §3")]),
    # 06
    ("person", "vem förde protokollet på ks när kostenheten informerade (KS 178)?", [],
     ["Rosita Wendell"],
     [g(KS09, "Rosita Wendell, förvaltn.assistent"),
      g(KS09, "2 Rosita Wendell KARLSHAMNS KOMMUN PROTOKOLL KS Innehållsförteckning KS 178")]),
    # 07
    ("list", "Vilka tjänstemän och övriga deltog under KS 178 på kommunstyrelsens möte 2009 (nr 9)?", [],
     ["Eva Håkansson", "Roland Ohlsson", "Dan Munter", "Susanne Andersen"],
     [g(KS09, "Eva Håkansson, kostchef( 178)"),
      g(KS09, "Roland Ohlsson, ordf servicenämnden( 178)"),
      g(KS09, "Dan Munter, v ordf"),
      g(KS09, "Susanne Andersen, ekonom( 178)")]),
    # 08
    ("reference", "ks 180 2009 vad va det för ärende", [],
     ["Ekonomisk rapport", "januari augusti 2009"],
     [g(KS09, "KS 180 Ekonomisk rapport för"), g(KS09, "perioden januari augusti 2009")]),
    # 09
    ("person", "vem var ordf för de första paragraferna (41-42) på ks-mötet där årsredovisningen 2012 togs upp?", [],
     ["Christel Friskopp"],
     [g(KS13, "*)tjänstgör som ordförande"), g(KS13, "Christel Friskopp ( 41-42)")]),
    # 10
    ("cross", "vem var kommundirektör på ks 2009 resp. på ks i mars 2017?", [],
     ["Bengt Mattsson", "Daniel Wäppling"],
     [g(KS09, "Bengt Mattsson, kommundirektör(ej )"), g(KS17, "Övriga: Kommundirektör Daniel Wäppling")]),
    # 11
    ("header", "kf 22 okt 2018 – mellan vilka klockslag och var?", [],
     ["17:00", "19:15", "Rådhussalen"],
     [g(KF18, "Plats och tid Rådhussalen, klockan 17:00 – 19:15")]),
    # 12
    ("vote", "hur röstade ordf Marie Sällström i voteringen på fullmäktige 2018-10-22?", [],
     ["Nej"],
     [g(KF18, "Marie Sällström (S) ordf. Nej")]),
    # 13
    ("missing_attribute", "Vilket ärende gällde voteringen i kommunfullmäktige den 22 oktober 2018 där SD röstade ja?", [],
     [],
     [g(KF18, "Ulrika Berggren (SD) Ja Ulf Lind")]),
    # 14
    ("amount", "hur mkt partistöd fick socialdemokraterna på kf i februari (15/2)?", [],
     ["476 000 kronor"],
     [g(KF21, "beslutade att betala 476 000 kronor i partistöd")]),
    # 15
    ("followup", "ok och hur mycket flyttades över till 2021 års investeringsbudget?",
     [turn("user", "vad landade kommunstyrelsens investeringsprojekt på under 2020?"),
      turn("assistant", "Enligt sammanfattningen från kommunfullmäktiges sammanträde den 15 februari landade "
                        "kommunstyrelsens investeringsprojekt 2020 på totalt 202 miljoner kronor, 63 miljoner kronor "
                        "lägre än den budgeterade nivån.")],
     ["49,2 miljoner kronor"],
     [g(KF21, "Kommunfullmäktige beslutade att överföra 49,2"),
      g(KF21, "miljoner kronor till 2021 års investeringsbudget.")]),
    # 16
    ("body_date", "Vad beslutade fullmäktige den 24 juni om försäljningen av Östra Piren, och när ska ks återkomma?", [],
     ["hösten 2025", "45 ja mot 6 nej"],
     [g(KF24, "Kommunfullmäktige beslutade att ge kommunstyrelsen i uppdrag att under hösten"),
      g(KF24, "Votering: 45 ja mot 6 nej")]),
    # 17
    ("reason", "varför fick Stadsvapnet aktieägartillskott på kf 23 maj och hur stort var det", [],
     ["20,5 miljoner kronor", "nedskrivningar"],
     [g(KF22, "Kommunfullmäktige beslutade att ge ett aktieägartillskott på 20,5 miljoner kronor"),
      g(KF22, "Karlshamnsfastigheters nedskrivningar av fastigheter på Östra piren.")]),
    # 18
    ("decision", "fick kommunstyrelsen nån anmärkning från revisionen när årsredovisn 2021 togs i kf?", [],
     ["anmärkning", "passivitet"],
     [g(KF22, "men riktade samtidigt en anmärkning mot kommunstyrelsen för passivitet och")]),
    # 19
    ("list", "vilka stipendier delas ut på fullmäktige 12 december och ungefär när under mötet?", [],
     ["Alice Tegnér-stipendiet", "Ungdomsledarstipendiet", "16.45"],
     [g(KALL, "komma och lyssna. Under mötet, cirka klockan 16.45 prisas också årets mottagare"),
      g(KALL, "av Alice Tegnér-stipendiet och Ungdomsledarstipendiet.")]),
    # 20
    ("amount", "borgensramen för bolagen 2024 – hur stor blev den o hur mycket minskar den?", [],
     ["3 417 245 tkr", "92 284 tkr"],
     [g(KF23, "moderbolaget och dess helägda dotterbolag blir 3 417 245 tkr. Beslutet innebär att"),
      g(KF23, "borgensramen minskar med 92 284 tkr under 2024 jämfört med föregående år.")]),
    # 21
    ("vote", "hur gick voteringen om att utreda försäljning av Östralycke, Ekegården och Gustavsborg, och vems "
             "tilläggsyrkande ledde till votering?", [],
     ["30 ja mot 20 nej", "Nicklas Martinsson"],
     [g(KF24, "Votering: 30 ja mot 20 nej"), g(KF24, "Nicklas Martinsson (MED) som resulterade i votering.")]),
    # 22
    ("missing_attribute", "vad innebar Ida Larssons (S) tilläggsyrkande som kf godtog 11 december?", [],
     [],
     [g(KF23, "Kommunfullmäktige beslutade även att godta tilläggsyrkandet från Ida Larsson (S): Att")]),
    # 23
    ("unanswerable", "vad gällde § 112 på kommunstyrelsen 2 februari 2021?", [], [], []),
    # 24
    ("unanswerable", "Vad beslutade socialnämnden i Karlshamn om nytt LSS-boende i mars 2019?", [], [], []),
    # 25
    ("unanswerable", "vilken bygglovstaxa beslutade fullmäktige för 2020?", [], [], []),
]

if __name__ == "__main__":
    path, n = write_probe(HERE, "khm", "karlshamns-kommun", answerable_by_type(Q))
    print("wrote", path, n)

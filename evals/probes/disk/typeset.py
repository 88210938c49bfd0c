"""Typeset the DISK (Studentkåren DISK, Stockholms universitet) web-post texts into PDFs.

The texts below are the stored page excerpts (pages corpus) of posts on disk.su.se, copied as written
(typos, missing full stops and the cut-off ends included). Only a title line has been added at the top of
the documents whose excerpt did not include the post title; see SOURCES.md.

Run: /work/main/.venv/bin/python typeset.py /work/probes/docs/disk
"""
import sys
from pathlib import Path

from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

DOCS = {
    "disk_styrelsemote_2022-04-12.pdf": (
        "Protokoll från styrelsemöte 2022-04-12",
        "Här kan du hitta protokollet i sin helhet samt en sammanfattning:\n\nStyrelsemöte 2022-04-12.pdf\n\n"
        "3.1 DISK bör anmäla 3-4 personer som marskalkar vid akademiska högtider. Just nu har 4 st anmält sig, blir det fler kommer platserna att lottas ut\n"
        "3.2 Färgskrivaren i KX är trasig och behöver repareras med en ny del. Dock kommer flera andra delar också behöva bytas ut kommande 1-2 åren vilket i det långa loppet blir dyrare än att köpa in en ny. Därför ska teknikansvarig och kassörer köpa in en ny färgskrivare\n"
        "3.3 Teknikansvarig har ordnat en tjänst för att enklare skicka in felanmälningar till honom. Länken finns för tillfället endast i en textkanal styrelsen har tillgång till men ska förslagsvis även upp på DISKs hemsida\n"
        "3.4 Både pub- & kassörsdatorn är utbytta till datorer med windows 10\n\n"
        "4.1 Punkten bordlades eftersom flera sektionsrepresentanter inte närvarade på mötet\n"
        "4.2 Kris-hanteringsplanskommittén hade tagit fram ett utkast som presenterades på mötet\n"
        "4.3 Eventansvarig föreslår en sektionsöverskridande aktivitet i form av en styrelsekamp där styrelsemedlemmar ska tävla tillsammans. Styrelsen ger tips på aktiviteter och preliminära datum sätts\n"
        "4.4 Presidiet föreslår att införa en lista med justerarpar så att alla får justera minst en gång, men sekreteraren föreslår istället att han kan förbereda en workshop om hur man justerar\n"
        "4.5 En person har visat intresse för att engagera sig i DISK-styrelsen. Om styrelsen känner att det finns behov för en tredje suppleant kan man utlysa platsen, men styrelsen kan även delegera arbete utan att välja in nytt folk. Styrelsen diskuterar därefter vilket typ av arbete som inte bör skötas av personer utanför styrelsen och bildar en kommitté som ska undersöka kring hur man kan underlätta tekink- & informationsansvarigs uppgifter\n"
        "4.6 Näringslivssektionen har diskuterat kring att erbjuda ett företag DISK-sponsorskap och vad det skulle kunna innebära. Styrelsen komme",
    ),
    "disk_extra_arsmote_2022-05-18.pdf": (
        None,
        "Protokoll från Extrainsatt Årsmöte 2022-05-18\n\nHär finner du protokollet i sin helhet samt en sammanfattning:\n\n"
        "Protokoll Extrainsatt Årsmöte 2022-05-18.pdf\n\n"
        "2.1 Propositionen om att DISK skulle ansöka om medlemskap i SAIF bordlades\n"
        "2.2 Propositionen om stadgeändringen gällande revideringen av DISKs emblem biföll i sin andra dragning\n"
        "2.3 Propositionen om att avslå proposition 4: \u201dupprätta ett fondsparande för Studentkåren DISK\u201d från årsmötet med val 2021 biföll\n"
        "2.4 Propositionen om upprätta ett fondsparande för Studentkåren DISK (denna gång utan specifiserad bank för fondsparandet) biföll\n\n"
        "4.1.1.1 Marskalksämbetets verksamhetsplan godtogs\n"
        "4.1.1.2 Insparkens verksamhetsplan godtogs\n"
        "4.1.1.3 Klubbmästeriets verksamhetsplan godtogs\n"
        "4.1.1.4 Musikaliska och Estetiska Sektionens verksamhetsplan godtogs\n"
        "4.1.1.5 Sportens verksamhetsplan godtogs med en redaktionell ändring\n"
        "4.1.1.6 Särimners Kultingars verksamhetsplan godtogs\n"
        "4.1.1.7 Näringslivssektionens verksamhetsplan godtogs",
    ),
    "disk_styrelsemote_2022-05-19.pdf": (
        "Protokoll från styrelsemöte 2022-05-19",
        "Här kan du hitta det fullständiga protokollet samt en sananfattning:\n\nStyrelsemöte 2022-05-19.pdf\n\n"
        "2.9.1 Öppningen av ett sparkonto kan nu påbörjas då propositionen om ospecificerad bank godkändes på senaste årsmötet.\n"
        "2.9.2 Merchkommittén har beställt en testhoodie, mer info under punkt 5.3\n"
        "2.9.3 Accesskommittén hade inget nytt att rapportera\n"
        "2.9.4 Terminens luncher i Foo Bar har nu hållits och alla har varit lyckade. Lunchkommittén ska snart börja planera in bokningarna för hösten.\n"
        "2.9.5 Teknik- & Informationskommittén hade inget nytt att rapportera\n\n"
        "3.1 Bokföringssystemet håller på att bytas ut och kommer utvärderas senare, i övrigt ser sektionernas ekonomi bra ut\n"
        "3.2 Insparken har skickat in en anmälan åt DISKs vägnar om att vara med på SUs välkomstdag på campus Frescati 26:e augusti\n"
        "3.3 Styrelsen pratar om kista science city och att vice ordförande Martin Berggren har ett möte inbokat med dem om att medverka under insparken\n"
        "3.4 Diana som jobbar i caféet kommer behöva opereras och vara sjukskriven efteråt. Styrelsen diskuterade om att leta efter en vikarie i god tid\n"
        "3.5 Sofia som sitter som Studerandeskyddsombud tillika Utbildningsansvarig har blivit antagen till utbytesstudier och kommer flytta till hösten. Hon ska fråga en av studiebevarkarna om de är intresserade av att ta över hennes roll, men det är lägligt att påbörja processen med att hitta en ersättare redan nu\n\n"
        "4.1 Alla sektionsrepresentanter har blivit informerade om att de ska göra trailers för sina sektioner till insparken\n"
        "4.2 Under välkomstveckan vore det bra om styrelsen kunde vara i skolan för att introducera sig själva och prata om vad DISK är för disketterna\n"
        "4.3 Styrelsen sätter datumet till det extrainsatta årsmötet med val till 21:a september\n"
        "4.4 DISK kommer vara med i prideparaden via academic pride\n"
        "4.5 Styrelsen bestämde sig för att inte hålla i en aktiv-kamp utan kommer hålla i en aktivkick-off innan terminsstart där alla som är ak",
    ),
    "disk_styrelsemote_2022-09-08.pdf": (
        "Protokoll från styrelsemöte 2022-09-08",
        "Här kan du se det fullständiga protokollet från det senaste styrelsemötet samt en sammanfattning:\n\nStyrelsemöte 2022-09-08.pdf\n\n"
        "3.1 Alla i DISK-styrelsen förväntas jobba DISKs julbord 2/12\n"
        "3.2 DISKord (DISKs egna Discord-server) bör användas mera för att marknadsföra och skapa evenemang.\n"
        "3.3 Projektansvarig & Projektkordinator för systemvetardagen närvarade på mötet för att ge en lägesuppdatering kring systemvetardagen.\n"
        "3.4 DISK-styrelsen ska med start 14/9 och därefter varannan vecka efter det hålla i workshops där man kan arbeta tillsammans med styrelsearbete utanför mötena.\n"
        "3.5 Valberedningen är snart klara med intervjuerna inför årsmötet.\n\n"
        "4.1 Informationsansvarig föreslog att styrelsen skulle förbereda en valkampanj inför nästa läsår. Punkten ska arbetas med på kommande workshops.\n"
        "4.2 Sektionsrepresentanten för Särimners Kultingar läste upp ett brev om sektionssytrelsens åsikter kring accesskommittén beslut. Styrelsen förde en diskussion kring problemen som uppstått och lösningar på dem. Samuel Green Cheadle valdes till ny sammankallande för kommittén.\n"
        "4.3 Uppföljning av kommittéarbetet för PROG1-sittningen.\n"
        "4.4 Uppföljning av arbetet för tröjbeställningarna.\n"
        "4.5 Styrelsen diskuterade förslag på rutiner för att vattna blommorna i Foo Bar.\n"
        "4.6 Styrelsen diskuterade arbetsuppgifter inom styrelserollerna och beslutade att börja arbeta på ett dokument för rollbeskrivningar på kommande workshops. En \u201dcheck-in\u201d punkt lades även till på föredragningslistan för nästa styrelsemöte.\n"
        "4.7 Fredagen 9/9 ska styrelsen ha en station i humlegården för insparkens avslut och vilka som skulle hålla i den diskuterades.\n"
        "4.8 Det påpekades att policydokument för flera sektioner gällande \u201dnolle-frid\u201d bör ses över för att undvika kryphål. Arbetet kommer forsättas på kommande workshops.\n"
        "4.9 Styrelsen diskuterade ifall de hade några propositioner att föredra på årsmötet 21/9.\n\n"
        "5.1 Styrelsen beslutade ",
    ),
    "disk_styrelsemote_2022-11-23.pdf": (
        None,
        "Protokoll från styrelsemöte 2022-11-23\n\nHär kan du hitta protokollet samt en sammanfattning:\n\nStyrelsemöte 2022-11-23\n\n"
        "3.1 Sektionsrepresentanterna ska fylla i mallar så samuel och nästa teknikansvarig så enkelt som möjligt ska kunna skapa nya DISK-användarkonton\n\n"
        "4.1 Styrelsen diskuterar hur det nya förvaringsutrymmet fungerar och vad som kan förbättras\n\n"
        "5.1 Musikaliska & Estetiska sektionens stadgeändring godkändes\n"
        "5.2 Styrelsen biföll en motion om att bilda en ny sektion. Motionen kommer läggas till i årsmötets handlingar\n"
        "5.3 Näringslivssektionen, Sportsektionen och Insparkens preliminära verksamhetsplaner godkändes\n"
        "5.4 Styrelsen biföll en proposition om att införa ett nytt styrdokument för verksamhetsmål kommande tre år. Propositionen kommer läggas till i årsmötets handlingar\n"
        "5.5 Insparkens stadgeändring godkändes\n"
        "5.6 Styrelsen godkände att budgetposten för Lokalhyra och Systemvetardagens uppskattade intäkter ändrades.\n"
        "5.7 Särimners Kultingars stadgeändring godkändes",
    ),
    "disk_ledigforklaring_styrelseposter_2022.pdf": (
        None,
        "Ledigförklaring av Styrelseposter\n\n"
        "I enhetlighet med DISK:s stadga, ledigförklarar Valberedningen 2022 posterna: Ordförande, Kassör och Andre Suppleant 2022.\n\n"
        "Valberedningen 2022 ledigförklarar härmed posten som Ordförande 2022 och därmed öppnas det upp för möjligheten att kandidera till posten i fråga.\n\n"
        "Valberedningen 2022 ledigförklarar härmed posten som Kassör 2022 och därmed öppnas det upp för möjligheten att kandidera till posten i fråga.\n\n"
        "Valberedningen 2022 ledigförklarar härmed posten som Andre Suppleant 2022 och därmed öppnas det upp för möjligheten att kandidera till posten i fråga.\n\n"
        "Läs mer om posterna, hur du kandiderar och nominerar i kommande inlägg!",
    ),
    "disk_organisation.pdf": (
        None,
        "Organisation\n\n"
        "DISK är en av tre studentkårer vid Stockholms universitet. Vi ligger belägna på campus Kista där vi representerar studenter på institutionen för data- och systemvetenskap (DSV). Vår besöksadress är Isafjordsgatan 37, plan 4. DISK bildades 1990 som en kårförening, men är sedan 2008 en självständig kår med egen kårstyrelse. Namnet DISK var tidigare en förkortning för Data- och systemvetenskapliga institutionens studentkårförening, men 2003 genomfördes ett namnbyte, och idag heter kåren enbart DISK. DISK har idag två anställda som arbetar i vårt kafé samt i kårexpeditionen. DISK har även två timanställda studiebevakare.\n\n"
        "Det är våra medlemmar som bestämmer hur DISK ska styras. Varje år hålls två årsmöten, ett i februari kallat EkMek (kort för ekonomiskt föreningsmöte) samt ett i slutet av november kallat valmöte. Dessa möten är DISKs högsta beslutsorgan. Under EkMek fastställs budget och verksamhetsberättelse för kommande år. På valmötet väljs nästkommande års styrelse in. Alla årsmöten är öppna för allmänheten, och alla fullvärdiga medlemmar har rösträtt. Det är även under årsmöten som större frågor diskuteras och beslutas om. Enligt tradition bjuder DISK alla närvarande på mat i puben efter avslutat möte.\n\n"
        "DISKs styrelse väljs in under valmötet och består av ordförande, vice ordförande, kassör, vice kassör, 3-5 ledamöter samt 2 suppleanter och sektionsrepresentanter från samtliga sektioner. Styrelsen ser till att verksamheten sköts i enlighet med stadgar, förordningar och lagar. De har även ansvar för att representera DISK officiellt på andra studentkårers och kårföreningars arrangemang, i Stockholms studentkårers centralorganisation (SSCO) och för att bära DISKs standar på Valborg och på Nobelmiddagen. Vill du komma i kontakt med någon ur styrelsen gör du det enklast genom kårexpeditionen. \n\n"
        "Som medlem i DISK har du rätt att delta i alla arrangemang som ",
    ),
}


def render(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, (title, body) in DOCS.items():
        pdf = FPDF(format="A4")
        pdf.set_margins(20, 20, 20)
        pdf.set_auto_page_break(True, margin=20)
        pdf.add_font("DejaVu", "", FONT)
        pdf.add_font("DejaVu", "B", FONT_BOLD)
        pdf.set_title(title or body.split("\n", 1)[0])
        pdf.set_author("Studentkåren DISK")
        pdf.add_page()
        if title:
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(0, 8, title)
            pdf.ln(3)
        pdf.set_font("DejaVu", "", 10.5)
        pdf.multi_cell(0, 5.5, body)
        pdf.output(str(out_dir / name))
        print("wrote", out_dir / name)


if __name__ == "__main__":
    render(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/probes/docs/disk"))

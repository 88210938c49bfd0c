"""Typeset the stored text excerpts of Norrtälje kommun minutes (src/*.txt) into PDFs (docs/)."""
import glob, os
from fpdf import FPDF
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ORG = {"kf": "Kommunfullmäktige", "ks": "Kommunstyrelsen"}

class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
    def header(self):
        self.set_font("dv", size=8)
        self.cell(0, 5, self.head, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
    def footer(self):
        self.set_y(-12)
        self.set_font("dv", size=8)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")

for src in sorted(glob.glob("src/*.txt")):
    base = os.path.basename(src)[:-4]
    body, date = base.split("_")
    head = f"Norrtälje kommun – {ORG[body]} – sammanträdesprotokoll {date} (utdrag)"
    pdf = Doc(head)
    pdf.add_font("dv", fname=FONT)
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_title(f"Protokoll {ORG[body]} Norrtälje kommun {date}")
    pdf.add_page()
    pdf.set_font("dv", size=10)
    for line in open(src, encoding="utf-8").read().split("\n"):
        if line.strip() == "":
            pdf.ln(3)
        else:
            pdf.multi_cell(0, 5, line.rstrip(), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(f"docs/norrtalje_{body}_{date}.pdf")
    print("wrote", base, pdf.page_no(), "pages")

#!/usr/bin/env bash
# Rebuilds /work/probes/docs/skarpoborg from a snapshot of the public GitHub
# repository AtleJohansson/skarpohemsida (commit 67e5e2cb745708c6bd5903e53c6b248b5077b1a4).
# Text-layer PDFs are copied byte for byte; the scanned minutes and statutes (no text
# layer) are OCR'd with ocrmypdf/tesseract (Debian packages ocrmypdf, tesseract-ocr,
# tesseract-ocr-swe), image content left as is (--optimize 0), OCR text not corrected.
# The 2021 minutes keep only pages 1-4: pages 5-7 are an attached member register with
# private addresses, phone numbers and e-mail addresses, left out on purpose.
set -euo pipefail
GIT=${GIT:-/work/.mirror/AtleJohansson+skarpohemsida/repo}
REV=67e5e2cb745708c6bd5903e53c6b248b5077b1a4
OUT=${OUT:-/work/probes/docs/skarpoborg}
PY=${PY:-/work/main/.venv/bin/python}
TMP=$(mktemp -d)
mkdir -p "$OUT"
show() { git --git-dir="$GIT" show "$REV:$1" > "$2"; }

# byte-for-byte copies (these have a text layer)
show kallelse_arsstamma.pdf   "$OUT/skarpoborg_kallelse_arsstamma_2022.pdf"
show arsredovisning2021.pdf   "$OUT/skarpoborg_arsredovisning_2021.pdf"
show arsredovisning23.pdf     "$OUT/skarpoborg_arsredovisning_2022.pdf"   # covers 2022 despite the name
show redovisning_2023.pdf     "$OUT/skarpoborg_arsredovisning_2023.pdf"
show crowdfund.pdf            "$OUT/skarpoborg_insamling_paviljong.pdf"

# scanned documents: OCR
show prot_arsmote_2019.pdf "$TMP/p2019.pdf"
show prot_arsmote_2020.pdf "$TMP/p2020.pdf"
show prot_arsmote_2021.pdf "$TMP/p2021_full.pdf"
show prot_arsmote_2022.pdf "$TMP/p2022.pdf"
show arsmote2024.pdf       "$TMP/p2024.pdf"
show stadgar.pdf           "$TMP/stadgar.pdf"
"$PY" - "$TMP/p2021_full.pdf" "$TMP/p2021.pdf" <<'PYEOF'
import sys
from pypdf import PdfReader, PdfWriter
r = PdfReader(sys.argv[1]); w = PdfWriter()
for i in range(4):          # pages 1-4 = the minutes; 5-7 = member register (left out)
    w.add_page(r.pages[i])
w.write(sys.argv[2])
PYEOF
ocr() { ocrmypdf -l swe --output-type pdf --optimize 0 --pdf-renderer sandwich \
        --oversample 400 --tesseract-pagesegmode 4 -q "$1" "$2"; }
ocr "$TMP/p2019.pdf"   "$OUT/skarpoborg_arsmote_2019-06-23.pdf"
ocr "$TMP/p2020.pdf"   "$OUT/skarpoborg_arsstamma_2020-06-21.pdf"
ocr "$TMP/p2021.pdf"   "$OUT/skarpoborg_arsstamma_2021-06-27.pdf"
ocr "$TMP/p2022.pdf"   "$OUT/skarpoborg_arsstamma_2022-06-26.pdf"
ocr "$TMP/p2024.pdf"   "$OUT/skarpoborg_arsstamma_2024-06-23.pdf"
ocr "$TMP/stadgar.pdf" "$OUT/skarpoborg_stadgar.pdf"
rm -rf "$TMP"

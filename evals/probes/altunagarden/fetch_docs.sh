#!/usr/bin/env bash
# Copy the eight PDFs of the altunagarden probe set byte for byte from the snapshot of
# github.com/peterdaliandalledahlin/altunagarden (brought here with the `fetch` tool).
# Usage: evals/probes/altunagarden/fetch_docs.sh [GIT_DIR] [OUT_DIR]
set -euo pipefail
GIT_DIR=${1:-/work/.mirror/peterdaliandalledahlin+altunagarden/repo}
OUT=${2:-/work/probes/docs/altunagarden}
COMMIT=3a8c817c1675d7facc5f047dd9a9bea1d4377145
mkdir -p "$OUT"
while read -r src dst; do
  git --git-dir="$GIT_DIR" show "$COMMIT:public/$src" > "$OUT/$dst"
done <<'LIST'
protokoll2019.pdf altunagarden-arsmote-2019-02-17-protokoll.pdf
protokoll2020.pdf altunagarden-arsmote-2020-protokoll.pdf
protokoll2021.pdf altunagarden-arsmote-2021-protokoll.pdf
dagordningarsmote2021.pdf altunagarden-arsmote-2021-04-06-dagordning.pdf
dagordningarsmote2022.pdf altunagarden-arsmote-2022-03-05-dagordning.pdf
kalendarium2022.pdf altunagarden-kalendarium-2022.pdf
verksamhetsberattelse2020.pdf altunagarden-verksamhetsberattelse-2020.pdf
verksamhetsberattelse2021.pdf altunagarden-verksamhetsberattelse-2021.pdf
LIST
(cd "$OUT" && sha256sum -c <<'SUMS'
c92d86080061425f42a2ee2157960dc0da91ed126746900600dc69474bec4c43  altunagarden-arsmote-2019-02-17-protokoll.pdf
55ffd76d61cd1b942968f42db7adfa826645381278b239a603ff9a472c360c4a  altunagarden-arsmote-2020-protokoll.pdf
97cce5ae57683a2692e219e58239f7dbc19a8b954396ac43dae066cf7e1064a4  altunagarden-arsmote-2021-04-06-dagordning.pdf
e062f4d554803e6c49c46fb19464ac3461dd74f9d8344d11c389c7d2bf65bb03  altunagarden-arsmote-2021-protokoll.pdf
4bfcaccf4a4c14fc946dba3d3432378af554ebbc44cb1c55bd11989bfaf9a5c8  altunagarden-arsmote-2022-03-05-dagordning.pdf
522a0b47c2dfe91dd38c10df0fd547d06e59d39c983c88dcc5bc4d03d2485541  altunagarden-kalendarium-2022.pdf
c9556f90f39480e9e20aaeabb7549a531f30e4ebd0bbd62665592f80ce3d2911  altunagarden-verksamhetsberattelse-2020.pdf
9d5b8577749c206964397a6a49ca0565742969b2d3f83f389c4ab0d6a9fc4c1e  altunagarden-verksamhetsberattelse-2021.pdf
SUMS
)

#!/usr/bin/env bash
# Re-takes issue 14's measured figures (bench/README.md, "Issue 14: before and after in one table") in one go, for a
# quiet machine: real builds at 1,000 / 2,000 / 4,000 files, per document after an edit (the corpus, and eval's code
# bases when eval/.inputs exists), and the generator's no-op run against its floor. Fixed seed: runs compare.
# Usage, from anywhere: bench/issue14-figures.sh [output folder, default ./issue14-figures]
# Smaller sizes for a trial run: SIZES=100,200 REPEAT=1 FILES=200 DOCUMENTS=10 DATASETS=50 EDITS=5 bench/issue14-figures.sh /tmp/trial
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-issue14-figures}" && cd "${1:-issue14-figures}" && pwd)"
cd "$root"

dotnet build -c Release bench/DataSteward.Benchmarks -nologo -v:q
run() { dotnet run -c Release --no-build --project bench/DataSteward.Benchmarks -- "$@"; }

echo "== growth: real builds (writes $out/growth.md)"
run --real-build --sizes "${SIZES:-1000,2000,4000}" --repeat "${REPEAT:-2}" --out "$out/growth.md"

code_bases=""
inputs="${INPUTS:-eval/.inputs}"  # eval's code bases, read only
for name in eshop allready nlcovid jellyfin identityserver4; do
  if [ -d "$inputs/$name" ]; then code_bases="${code_bases:+$code_bases,}$inputs/$name"; fi
done
echo "== per document after an edit (writes $out/per-document.md; code bases: ${code_bases:-none, run eval/rebuild-inputs.sh for them})"
run --per-document --files "${FILES:-1000}" --documents "${DOCUMENTS:-60}" ${code_bases:+--code-base "$code_bases"} --out "$out/per-document.md"

echo "== generator: no-op run after an edit against the floor, source and assembly weight (writes $out/generator.txt)"
run --generator --datasets "${DATASETS:-500}" --edits "${EDITS:-30}" | tee "$out/generator.txt"

echo "Figures in $out"

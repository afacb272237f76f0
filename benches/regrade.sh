#!/usr/bin/env bash
# Re-grading a class: 1,000 results files of the reference day (half the expert's shift, half the
# novice's, each under its own learner id), graded by `clinic-day grade` in release. Prints the
# median wall time of ROUNDS runs (default 3) and the files per second. Target: <= 2 s.
#
#   bash benches/regrade.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/clinic-day/target}"
rounds=${1:-3}
cargo build --release --quiet --bin clinic-day
bin="$CARGO_TARGET_DIR/release/clinic-day"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bin" run scenarios/greene-cardiology.ron --autoplay expert --results "$dir/expert.json" --learner template -q >/dev/null
"$bin" run scenarios/greene-cardiology.ron --autoplay novice --results "$dir/novice.json" --learner template -q >/dev/null
mkdir "$dir/class"
python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
for i in range(1000):
    r = json.load(open(f"{d}/{'expert' if i % 2 == 0 else 'novice'}.json"))
    r["learner"] = f"s{i:04d}"
    json.dump(r, open(f"{d}/class/s{i:04d}.json", "w"), indent=2)
PY
times=()
for r in $(seq 1 "$rounds"); do
  start=$(date +%s.%N)
  "$bin" grade "$dir/class" --scenario scenarios/greene-cardiology.ron > "$dir/out.txt"
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
  tail -n 1 "$dir/out.txt"
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$rounds" '{t[NR]=$1} END {m=t[int((n+1)/2)]; printf "regrade 1000 files: median %.2f s over %d runs (%.0f files/s; target <= 2 s)\n", m, n, 1000/m}'

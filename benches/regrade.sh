#!/usr/bin/env bash
# Re-grading a class: 1,000 results files of the reference day (half the expert's shift, half the
# novice's, each under its own learner id and attempt id, so the class check compares every pair),
# graded by `clinic-day grade` in release, with one 200 MB file among them. Prints the median wall
# time of ROUNDS runs (default 3), the files per second, the peak memory of the last run, and how
# long the 200 MB file alone takes to be refused. Targets: <= 2 s; refused in < 0.1 s; < 200 MB.
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
import json, sys, uuid
d = sys.argv[1]
for i in range(1000):
    r = json.load(open(f"{d}/{'expert' if i % 2 == 0 else 'novice'}.json"))
    r["learner"] = f"s{i:04d}"
    r["attempt"] = str(uuid.UUID(int=i + 1, version=4))
    json.dump(r, open(f"{d}/class/s{i:04d}.json", "w"), indent=2)
# A 200 MB file among them: a results file whose learner id was stuffed.
with open(f"{d}/class/zz-huge.json", "w") as f:
    f.write('{"format": "clinic-day results", "learner": "' + "x" * (200 * 1024 * 1024) + '"}')
PY
times=()
for r in $(seq 1 "$rounds"); do
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$dir/peak.txt" "$bin" grade "$dir/class" --scenario scenarios/greene-cardiology.ron > "$dir/out.txt" || true
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
  tail -n 1 "$dir/out.txt"
done
grep -c '^FLAGGED' "$dir/out.txt" | xargs printf 'flagged in the last run: %s files\n'
grep 'zz-huge' "$dir/out.txt" | cut -c1-160
printf 'peak memory of the last run: %.0f MB\n' "$(echo "$(tail -n 1 "$dir/peak.txt") / 1024" | bc -l)"
start=$(date +%s.%N)
"$bin" grade "$dir/class/zz-huge.json" --scenario scenarios/greene-cardiology.ron > /dev/null || true
end=$(date +%s.%N)
printf 'the 200 MB file alone, refused in %.3f s (scenario loading included)\n' "$(echo "$end - $start" | bc)"
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$rounds" '{t[NR]=$1} END {m=t[int((n+1)/2)]; printf "regrade 1000 files: median %.2f s over %d runs (%.0f files/s; target <= 2 s)\n", m, n, 1000/m}'

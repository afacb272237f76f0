#!/usr/bin/env bash
# Frame time of the game at a busy moment of the reference day (phone ringing, six or more waiting,
# the appointment book open) against a bare bevy_egui window, and the same moment in French against
# English (every word looked up in the language files), side by side in one run, under Xvfb
# and Mesa's lavapipe at 1280x800; start-up time to the title screen; and how much CPU the game uses
# while it sits idle on the title screen (reactive mode: it should not spin a core).
#
#   bash benches/frame_time.sh [ROUNDS] [SIZE]   (default 3 rounds of each, alternating; SIZE
#                                                  e.g. 1920x1080, default 1280x800)
#
# Needs: apt-get install xvfb mesa-vulkan-drivers
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/clinic-day/target}"
rounds=${1:-3}
size=${2:-1280x800}
export CLINIC_DAY_FRAME_BENCH_SIZE="$size"
cargo build --release --quiet --bin clinic-day --example bare_egui
game="$CARGO_TARGET_DIR/release/clinic-day"
bare="$CARGO_TARGET_DIR/release/examples/bare_egui"
out=$(mktemp -d)
xrun() { xvfb-run -a -s "-screen 0 ${size}x24" "$@" >/dev/null 2>&1; }

# With Ralph ($CLINIC_DAY_RALPH, or `ralph` on the PATH), also the same moment taking ten actions a
# second, each written ahead and sent to a witness store on loopback as an exam's would be.
ralph="${CLINIC_DAY_RALPH:-$(command -v ralph || true)}"
witness_port=""
if [ -n "$ralph" ] && [ -x "$ralph" ]; then
  store="$out/store"; mkdir -p "$store/data"
  export RALPH_APP_DIR="$store/app" RALPH_RUNSERVER_BACKEND=fs \
    RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH="$store/data" RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH="$store/data" \
    RALPH_LRS_RESTRICT_BY_AUTHORITY=true RALPH_LRS_RESTRICT_BY_SCOPES=true
  "$ralph" auth -u bench -p bench-key -s statements/write -M mailto:bench@example.org -w >/dev/null 2>&1
  # Ralph 5's file backend writes a file once; a witness appends (as in tests/lrs.rs).
  printf '%s\n' "import ralph.backends.data.fs as fs" "from ralph.backends.data.base import BaseOperationType" \
    "fs.FSDataBackend.default_operation_type = BaseOperationType.APPEND" \
    "if __name__ == '__main__':" "    from ralph.cli import cli" "    cli()" > "$store/shim.py"
  witness_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (cd "$store/data" && setsid "$(dirname "$ralph")/python" "$store/shim.py" runserver -b fs -h 127.0.0.1 -p "$witness_port" >"$store/log" 2>&1 &)
  for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$witness_port/whoami" && break; sleep 1; done
fi

for r in $(seq 1 "$rounds"); do
  CLINIC_DAY_FRAME_BENCH="$out/game-$r.json" xrun "$game" play scenarios/greene-cardiology.ron
  CLINIC_DAY_LANG=fr CLINIC_DAY_FRAME_BENCH="$out/french-$r.json" xrun "$game" play scenarios/greene-cardiology.ron
  if [ -n "$witness_port" ]; then
    CLINIC_DAY_FRAME_BENCH="$out/witness-$r.json" CLINIC_DAY_FRAME_BENCH_WITNESS="http://127.0.0.1:$witness_port/xAPI" \
      CLINIC_DAY_FRAME_BENCH_WITNESS_USER=bench CLINIC_DAY_FRAME_BENCH_WITNESS_KEY=bench-key \
      xrun "$game" play scenarios/greene-cardiology.ron
    rm -f "${TMPDIR:-/tmp}"/clinic-day-frame-bench-*
  fi
  CLINIC_DAY_FRAME_BENCH="$out/bare-$r.json" xrun "$bare"
  start=$(date +%s.%N)
  CLINIC_DAY_STARTUP_BENCH="$out/start-$r.json" xrun "$game"
  end=$(date +%s.%N)
  printf '{"command_s": %.3f}\n' "$(echo "$end - $start" | bc)" > "$out/cmd-$r.json"
done

[ -n "$witness_port" ] && pkill -f "runserver -b fs -h 127.0.0.1 -p $witness_port" || true

# Idle: ten seconds on the title screen, CPU time used by the game process.
Xvfb :77 -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
DISPLAY=:77 "$game" >/dev/null 2>&1 & app=$!
sleep 4
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
t0=$(ticks $app); sleep 10; t1=$(ticks $app)
kill $app $xvfb 2>/dev/null || true
idle_cpu=$(printf '%.1f' "$(echo "scale=2; ($t1 - $t0) * 100 / $(getconf CLK_TCK) / 10" | bc)")

echo "window: $size"
python3 - "$out" "$rounds" "$idle_cpu" <<'PY'
import json, statistics, sys
out, rounds, idle = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def load(kind):
    return [json.load(open(f"{out}/{kind}-{r}.json")) for r in range(1, rounds + 1)]
game, bare, start, cmd = load("game"), load("bare"), load("start"), load("cmd")
med = lambda rows, key: statistics.median(r[key] for r in rows)
g50, g95, b50, b95 = med(game, "median_ms"), med(game, "p95_ms"), med(bare, "median_ms"), med(bare, "p95_ms")
print(f"rounds: {rounds} (each a median over 300 frames; the median of the rounds is shown)")
print(f"busy moment: {med(game, 'waiting'):.0f} waiting, {med(game, 'ringing'):.0f} ringing, the book open")
print(f"game, busy moment  median {g50:6.2f} ms   p95 {g95:6.2f} ms")
print(f"bare bevy_egui     median {b50:6.2f} ms   p95 {b95:6.2f} ms")
print(f"ratio game / bare  median {g50 / b50:5.2f}x   p95 {g95 / b95:5.2f}x   (target <= 1.5x)")
fr = load("french")
f50, f95 = med(fr, "median_ms"), med(fr, "p95_ms")
print(f"game in French     median {f50:6.2f} ms   p95 {f95:6.2f} ms   (against English: {f50 / g50:4.2f}x, p95 {f95 / g95:4.2f}x; target <= 1.05x)")
import os
if os.path.exists(f"{out}/witness-1.json"):
    w = load("witness")
    w50, w95 = med(w, "median_ms"), med(w, "p95_ms")
    print(f"game, the same moment, {med(w, 'witnessed_actions'):.0f} actions sent to a witness store on loopback")
    print(f"                   median {w50:6.2f} ms   p95 {w95:6.2f} ms   (against the game alone: {w50 / g50:4.2f}x, p95 {w95 / g95:4.2f}x)")
else:
    print("witnessing not measured: Ralph not found (set CLINIC_DAY_RALPH)")
print(f"start-up to the title screen: {med(start, 'title_after_s'):.2f} s in-process, {med(cmd, 'command_s'):.2f} s whole command under xvfb-run (target <= 2 s)")
print(f"idle on the title screen: {idle}% of one core over 10 s")
PY

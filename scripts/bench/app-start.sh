#!/usr/bin/env bash
# Time from launching the desktop app to its window on screen, on a virtual X display:
#   scripts/bench/app-start.sh [--runs N] [FILE.py]
# Run from the repository root after `mvn -o -q package -DskipTests`. For each run it starts
# `java -jar target/loopscope.jar [FILE.py]` and polls the display every 5 ms for a visible window whose title
# contains "Loopscope"; JavaFX maps the window when the stage is shown, and the first frame is painted in the
# pulse that follows. Prints each run's wall milliseconds and the JVM's CPU milliseconds (all threads) at that
# moment, then the medians. Needs xvfb-run and xdotool.
set -u
runs=5 file="" inner=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --inner) inner=1; shift ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) file=$1; shift ;;
  esac
done
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=${JAR:-$root/target/loopscope.jar}
[[ -f $jar ]] || { echo "app-start: no $jar (build it with mvn -o -q package -DskipTests)" >&2; exit 2; }
command -v xvfb-run >/dev/null && command -v xdotool >/dev/null || { echo "app-start: needs xvfb-run and xdotool" >&2; exit 2; }

# One run inside the virtual display: prints the milliseconds to a visible window, or "none" after 30 s.
one_run() {
  local start now pid cpu elapsed=none
  start=$(date +%s%N)
  java -jar "$jar" ${file:+"$file"} >/dev/null 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    if xdotool search --onlyvisible --name Loopscope >/dev/null 2>&1; then
      now=$(date +%s%N)
      # the JVM's CPU time so far (user + system, every thread), in clock ticks: steadier than wall under load
      cpu=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null)
      elapsed="$(( (now - start) / 1000000 )) $(( ${cpu:-0} * 1000 / $(getconf CLK_TCK) ))"
      break
    fi
    if (( ($(date +%s%N) - start) / 1000000 > 30000 )); then break; fi
    sleep 0.005
  done
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  echo "$elapsed"
}
if (( inner )); then one_run; exit 0; fi

results=()
for ((k = 0; k < runs; k++)); do
  ms=$(xvfb-run -a -s "-screen 0 1600x900x24" bash "$0" --inner ${file:+"$file"})
  echo "run $((k + 1)): ${ms% *} ms to a visible window, ${ms#* } ms of CPU"
  results+=("$ms")
done
# median COLUMN: the median of that column of the finished runs
median() {
  printf '%s\n' "${results[@]}" | grep -v none | awk -v c="$1" '{print $c}' | sort -n | awk '{a[NR] = $1} END {
    if (NR == 0) { print "-"; exit }
    printf "%d (min %d, max %d, %d runs)", NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2, a[1], a[NR], NR
  }'
}
echo "median wall ms: $(median 1); median CPU ms: $(median 2); load average $(cut -d' ' -f1-3 /proc/loadavg)"

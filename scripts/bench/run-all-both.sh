#!/usr/bin/env bash
# Runs the shared benchmark scripts with Loopscope and with CPython in one session and prints one table: wall
# medians of both, and the ratio CPython / Loopscope per script (above 1: Loopscope is faster).
#   scripts/bench/run-all-both.sh [--runs N] [--only NAME[,NAME...]]
# Run from the repository root after `mvn -o -q package -DskipTests` (it uses target/loopscope.jar). The scripts
# alternate, one script with Loopscope then the same with CPython, so a change of load hits both alike. Each side is
# measured by the shared directory's run-all (which also checks every output against NAME.expected).
# Environment: BENCH_DIR (default ../shared/bench), PYTHON (default: the interpreter behind `pyenv which python3`,
# not the shim, which adds about 0.45 s per start), JAR (default target/loopscope.jar).
set -u
runs=3 only=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --only) only=${2:?--only needs names}; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-all-both: unknown argument $1" >&2; exit 2 ;;
  esac
done
root=$(cd "$(dirname "$0")/../.." && pwd)
bench=${BENCH_DIR:-$root/../shared/bench}
jar=${JAR:-$root/target/loopscope.jar}
python=${PYTHON:-$(pyenv which python3 2>/dev/null || command -v python3)}
[[ -x $bench/run-all ]] || { echo "run-all-both: no $bench/run-all" >&2; exit 2; }
[[ -f $jar ]] || { echo "run-all-both: no $jar (build it with mvn -o -q package -DskipTests)" >&2; exit 2; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")

names=()
for py in "$bench"/*.py; do
  name=$(basename "$py" .py)
  if [[ -z $only || ",$only," == *",$name,"* ]]; then names+=("$name"); fi
done

echo "loopscope: java -jar $jar run"
echo "cpython:   $python ($("$python" --version 2>&1))"
echo "runs: $runs per script and side; $(nproc) CPUs; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %12s %12s %9s  %s\n' script loopscope_s cpython_s ratio outputs
status=0
# row NAME COMMAND...: the run-all line of NAME (median, min, max, rss, output) for that command
row() {
  local name=$1; shift
  (cd "$bench" && ./run-all --runs "$runs" --only "$name" "$@") | awk -v n="$name" '$1 == n'
}
for name in "${names[@]}"; do
  ls_row=$(row "$name" java -jar "$jar" run)
  py_row=$(row "$name" "$python")
  ls_med=$(awk '{print $2}' <<<"$ls_row")
  py_med=$(awk '{print $2}' <<<"$py_row")
  ls_out=$(awk '{$1 = $2 = $3 = $4 = $5 = ""; sub(/^ +/, ""); print}' <<<"$ls_row")
  py_out=$(awk '{$1 = $2 = $3 = $4 = $5 = ""; sub(/^ +/, ""); print}' <<<"$py_row")
  ratio=$(awk -v a="$py_med" -v b="$ls_med" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "-"}')
  printf '%-16s %12s %12s %9s  %s / %s\n' "$name" "${ls_med:--}" "${py_med:--}" "$ratio" "${ls_out:-?}" "${py_out:-?}"
  [[ $ls_out == ok && $py_out == ok ]] || status=1
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status

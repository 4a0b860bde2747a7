#!/usr/bin/env bash
# Runs every lesson program and variant under python3 and writes what it prints to its .expected file.
#
#   scripts/regenerate-lesson-outputs.sh           refresh every .expected
#   scripts/regenerate-lesson-outputs.sh --check   write nothing; list programs whose .expected is out of date
#
# Each program runs from its own folder as `python3 NAME.py` and must exit with status 0. Its output is written
# only after three runs printed exactly the same as one run on a virtual clock (scripts/virtual_clock.py, CPython's
# asyncio with a clock that jumps to the next timer): a program that prints loop times shows what an idle machine
# prints, and a run that differs means timers fired late on a busy machine or two events race at the same
# instant. A differing run is retried a few times before the program is reported.
# Lessons marked "simulated" in lessons.json (aiohttp, aiomultiprocess) are skipped: python3 cannot run them
# offline, so they have no .expected. The outputs are CPython 3.11's; another version may print other messages.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
lessons=$root/src/main/resources/org/loopscope/lessons
check=0
case ${1:-} in
  --check) check=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

version=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
[[ $version == 3.11 ]] || echo "warning: python3 is $version; the .expected files are CPython 3.11's" >&2

# Folders of simulated lessons, one per line, read from the index.
simulated=$(python3 -c '
import json, sys
for lesson in json.load(open(sys.argv[1]))["lessons"]:
    if lesson["simulated"]:
        print(lesson["folder"])
' "$lessons/lessons.json")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
written=0 stale=0 failed=0
for dir in "$lessons"/*/; do
  folder=$(basename "$dir")
  if grep -qxF "$folder" <<<"$simulated"; then
    continue
  fi
  for program in "$dir"lesson.py "$dir"variant-*.py; do
    [[ -f $program ]] || continue
    name=$(basename "$program" .py)
    if ! (cd "$dir" && python3 "$root/scripts/virtual_clock.py" "$name.py" >"$tmp/ideal" 2>"$tmp/err" </dev/null); then
      echo "FAILED  $folder/$name.py on the virtual clock:" >&2
      sed 's/^/    /' "$tmp/err" >&2
      failed=$((failed + 1))
      continue
    fi
    matching=0 attempts=0
    while [[ $matching -lt 3 && $attempts -lt 8 ]]; do
      attempts=$((attempts + 1))
      if ! (cd "$dir" && python3 "$name.py" >"$tmp/out" 2>"$tmp/err" </dev/null); then
        echo "FAILED  $folder/$name.py:" >&2
        sed 's/^/    /' "$tmp/err" >&2
        break
      fi
      if cmp -s "$tmp/out" "$tmp/ideal"; then
        matching=$((matching + 1))
      else
        cp "$tmp/out" "$tmp/odd"
      fi
    done
    if [[ $matching -lt 3 ]]; then
      if [[ -f $tmp/odd ]]; then
        echo "UNSTABLE $folder/$name.py: $((attempts - matching)) of $attempts runs differ from the virtual-clock run" >&2
        diff "$tmp/ideal" "$tmp/odd" | sed 's/^/    /' >&2 || true
      fi
      rm -f "$tmp/odd"
      failed=$((failed + 1))
      continue
    fi
    if [[ -f $tmp/odd ]]; then
      echo "note    $folder/$name.py: $((attempts - 3)) of $attempts runs differed from the virtual-clock run" >&2
      rm -f "$tmp/odd"
    fi
    expected=$dir$name.expected
    if [[ $check -eq 1 ]]; then
      if ! cmp -s "$tmp/ideal" "$expected"; then
        echo "STALE   $folder/$name.expected" >&2
        stale=$((stale + 1))
      fi
    elif ! cmp -s "$tmp/ideal" "$expected"; then
      cp "$tmp/ideal" "$expected"
      echo "wrote   $folder/$name.expected"
      written=$((written + 1))
    fi
  done
done

if [[ $check -eq 1 ]]; then
  echo "$stale stale, $failed failed"
  [[ $stale -eq 0 && $failed -eq 0 ]]
else
  echo "$written written, $failed failed"
  [[ $failed -eq 0 ]]
fi

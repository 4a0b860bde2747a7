#!/bin/sh
# Time from launch to the main window's first frame, as the app itself reports it with
# -Dloopscope.startupProbe=exit (see org.loopscope.ui.StartupProbe), under a fresh X server each run.
# Usage: scripts/bench/startup.sh [RUNS] [JAR]   (after `mvn -o -q package -DskipTests`)
set -eu
RUNS=${1:-5}
JAR=${2:-target/loopscope.jar}
CONFIG=$(mktemp -d)
trap 'rm -rf "$CONFIG"' EXIT
i=0
while [ "$i" -lt "$RUNS" ]; do
    # A fresh config folder each time: no remembered window, no autosave to offer back.
    rm -rf "$CONFIG"/*
    xvfb-run -a -s "-screen 0 1600x900x24" \
        java -Dloopscope.startupProbe=exit -Dloopscope.configDir="$CONFIG" -jar "$JAR" 2>/dev/null \
        | grep '^loopscope.startup'
    i=$((i + 1))
done

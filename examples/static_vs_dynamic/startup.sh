#!/bin/sh
# startup.sh: how long each program takes to start, run and exit, averaged over N runs
# (default 1000). Usage: sh startup.sh ./prog-static ./prog-dynamic
# Each run is a fork and an execve from this shell, so the shell's own cost is in every
# number: compare the programs with each other, not with zero. The numbers change from run
# to run and machine to machine; run it a few times.
N=${N:-1000}
for prog in "$@"; do
  start=$(date +%s%N)
  i=0
  while [ "$i" -lt "$N" ]; do
    "$prog" >/dev/null
    i=$((i + 1))
  done
  end=$(date +%s%N)
  echo "$prog: $(((end - start) / N / 1000)) microseconds per run ($N runs)"
done

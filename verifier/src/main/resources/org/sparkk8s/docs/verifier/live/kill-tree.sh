#!/bin/sh
# Ends a command of a live `docs verify` run and every process it started, inside the toolbox
# container (the host side uses Java's ProcessHandle). POSIX sh and awk, so busybox runs it.
# usage: kill-tree.sh PIDFILE GRACE_SECONDS
# PIDFILE holds the pid of the command's first process; each process of the tree is printed as
# "pid command", then gets SIGTERM, and SIGKILL if it is still alive after GRACE_SECONDS.
root=$(cat "$1" 2>/dev/null) || exit 0
grace=${2:-5}

# "pid ppid" for every process; the command name in /proc/PID/stat may hold spaces and ")"
processes() {
  for stat in /proc/[0-9]*/stat; do
    line=$(cat "$stat" 2>/dev/null) || continue
    pid=${line%% *}
    rest=${line##*) }
    # shellcheck disable=SC2086 # split the fields after the command name
    set -- $rest
    echo "$pid $2"
  done
}

tree=$(processes | awk -v root="$root" '
  { parent[$1] = $2 }
  END {
    if (!(root in parent)) exit
    want[root] = 1
    grew = 1
    while (grew) {
      grew = 0
      for (p in parent) if (!(p in want) && (parent[p] in want)) { want[p] = 1; grew = 1 }
    }
    for (p in want) print p
  }')
[ -n "$tree" ] || exit 0

alive() {
  state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)
  [ -n "$state" ] && [ "$state" != Z ]
}

for p in $tree; do
  echo "$p $(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | cut -c1-80)"
done
# shellcheck disable=SC2086 # one argument per pid
kill -TERM $tree 2>/dev/null
waited=0
while [ "$waited" -lt "$grace" ]; do
  left=""
  for p in $tree; do
    if alive "$p"; then left="$left $p"; fi
  done
  [ -n "$left" ] || exit 0
  sleep 1
  waited=$((waited + 1))
done
# shellcheck disable=SC2086
kill -KILL $tree 2>/dev/null
exit 0

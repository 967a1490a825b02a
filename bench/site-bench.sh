#!/usr/bin/env bash
# Site benchmark (a benchmark, not a test): times the site generator against its targets.
#
#   bench/site-bench.sh            # RUNS=3 by default; RUNS=5 bench/site-bench.sh for steadier medians
#
# It measures, in one run on this machine:
#   1. the JVM + AsciidoctorJ boot floor: start a JVM, create Asciidoctor, convert one line, exit;
#   2. cold whole-process `docs build` of a generated bilingual corpus, 20 pages (N=10) and
#      500 pages (N=250), with no cache from an earlier build, and bare JBake 2.7 + AsciidoctorJ
#      2.5.13 baking the same AsciiDoc files;
#   3. the cold build of this repository's own site, with no cache and with the cache an earlier
#      build left in target/site-cache/;
#   4. the warm single-page rebuild of `docs serve`: a serve session in one process, one guide
#      changed 30 times, time from the write of the guide to its page written.
# Every JVM gets the options the ./docs launcher uses (DOCS_JAVA_OPTS overrides them).
# The corpus comes from gen_corpus.py (GEN_CORPUS, default /work/shared/bench/gen_corpus.py).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-3}"
work="${BENCH_DIR:-$root/bench/target}"
gen_corpus="${GEN_CORPUS:-/work/shared/bench/gen_corpus.py}"
java_opts="${DOCS_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xss4m}"
export DOCS_JAVA_OPTS="$java_opts"
read -r -a jvm <<<"$java_opts"

[[ -f "$gen_corpus" ]] || { echo "site-bench: corpus generator not found: $gen_corpus (set GEN_CORPUS)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "site-bench: python3 is needed" >&2; exit 2; }

log() { printf '%s\n' "$*" >&2; }

# --- the CLI, and the bench's own small mains -------------------------------------------------
# built once by the launcher; the timed runs then start the CLI exactly as the launcher's last
# line does, so that no rebuild (another module being edited) can fall into a measurement
"$root/docs" --version >/dev/null
jars=("$root"/cli/target/cli-*.jar)
classpath="${jars[0]}:$(cat "$root/cli/target/docs.classpath")"
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$classpath" "$root"/bench/src/*.java
bench_cp="$work/classes:$classpath"
docs() { java "${jvm[@]}" -cp "$classpath" org.sparkk8s.docs.cli.Docs "$@"; }

# --- corpora ----------------------------------------------------------------------------------
for n in 10 250; do
  if [[ ! -d "$work/ws-$n" ]]; then
    log "generating the corpus N=$n"
    rm -rf "$work/corpus-$n"
    python3 "$gen_corpus" "$n" "$work/corpus-$n" >/dev/null
    python3 "$root/bench/layout-corpus.py" "$work/corpus-$n" "$work/ws-$n" "$work/jbake-$n"
  fi
done

# --- helpers ----------------------------------------------------------------------------------
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# median of the numbers on stdin
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# runs "$@" $runs times (after $prepare), prints the median wall time in ms
timed() {
  local prepare="$1"; shift
  local i start end
  for ((i = 0; i < runs; i++)); do
    eval "$prepare"
    start=$(now_ms)
    "$@" >"$work/last.out" 2>&1 || { cat "$work/last.out" >&2; log "site-bench: failed: $*"; exit 1; }
    end=$(now_ms)
    echo $((end - start))
  done | median
}

secs() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# --- 1. boot floor ----------------------------------------------------------------------------
log "measuring the JVM + AsciidoctorJ boot floor"
floor=$(timed ":" java "${jvm[@]}" -cp "$bench_cp" BootFloor)

# --- 2. corpora: cold docs build and bare JBake -----------------------------------------------
declare -A ours jbake
for n in 10 250; do
  log "measuring N=$n ($((2 * n)) pages): cold docs build"
  ours[$n]=$(timed "rm -rf '$work/ws-$n/target'" docs --root "$work/ws-$n" build)
  log "measuring N=$n ($((2 * n)) pages): bare JBake"
  jbake[$n]=$(timed "rm -rf '$work/jbake-out-$n'" java "${jvm[@]}" -cp "$bench_cp" BareJBake "$work/jbake-$n" "$work/jbake-out-$n")
done

# --- 3. the repository's own site -------------------------------------------------------------
log "measuring the repository's site: cold, no cache"
repo_cold=$(timed "rm -rf '$root/target/site-cache'" docs --root "$root" build)
log "measuring the repository's site: cold process, cache of the previous build"
repo_cached=$(timed ":" docs --root "$root" build)
repo_pages=$(find "$root/target/site" -name '*.html' | wc -l)

# --- 4. warm rebuild in serve -----------------------------------------------------------------
log "measuring the warm rebuild in serve (30 changes each)"
warm_corpus=$(java "${jvm[@]}" -cp "$bench_cp" WarmRebuild "$work/ws-250" guides-en/guide-007.adoc 30 | grep '^RESULT')
warm_repo=$(java "${jvm[@]}" -cp "$bench_cp" WarmRebuild "$root" guides-en/quick-start.adoc 30 | grep '^RESULT')
median_of() { sed -E 's/.*median=([0-9.]+).*/\1/' <<<"$1"; }
p90_of() { sed -E 's/.*p90=([0-9.]+).*/\1/' <<<"$1"; }

# --- report -----------------------------------------------------------------------------------
cat <<EOF

Site benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, medians of $runs runs, JVM options: $java_opts
$(java -version 2>&1 | head -n 1)

  JVM + AsciidoctorJ boot floor                       $(secs "$floor")
  20 pages  (N=10):  docs build, cold                 $(secs "${ours[10]}")
                     bare JBake 2.7                   $(secs "${jbake[10]}")     ratio $(ratio "${ours[10]}" "${jbake[10]}")
  500 pages (N=250): docs build, cold                 $(secs "${ours[250]}")
                     bare JBake 2.7                   $(secs "${jbake[250]}")     ratio $(ratio "${ours[250]}" "${jbake[250]}")   target <= 0.50
  repository site ($repo_pages pages): cold, no cache   $(secs "$repo_cold")     x floor $(ratio "$repo_cold" "$floor")   target <= 1.30
  repository site: cold process, cache kept           $(secs "$repo_cached")     x floor $(ratio "$repo_cached" "$floor")
  warm rebuild in serve, 500-page corpus              median $(median_of "$warm_corpus") ms, p90 $(p90_of "$warm_corpus") ms   target median <= 100 ms
  warm rebuild in serve, repository site              median $(median_of "$warm_repo") ms, p90 $(p90_of "$warm_repo") ms
EOF

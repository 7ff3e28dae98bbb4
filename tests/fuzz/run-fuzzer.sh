#!/bin/sh
# Runs one libFuzzer target for a fixed number of iterations from its committed seed corpus,
# with a fixed seed, so CI is repeatable. New inputs go to a scratch folder; a crash input is
# kept beside it and named in the output: add it to tests/fuzz/regressions/TARGET/.
#   run-fuzzer.sh FUZZER SEED_CORPUS RUNS [MAX_LEN]
set -eu
fuzzer=$1 corpus=$2 runs=$3 max_len=${4:-4096}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$fuzzer" -runs="$runs" -seed=1996 -max_len="$max_len" -timeout=10 -rss_limit_mb=1024 \
  -artifact_prefix="${TMPDIR:-/tmp}/pymes-fuzz-crash-" "$scratch" "$corpus"
echo "1 passed, 0 failed"

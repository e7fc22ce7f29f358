#!/usr/bin/env bash
# Runs every Jazzer fuzz target (@FuzzTest method) of the repository, one at a time, for SECONDS
# each, and fails if any of them finds a crash. Works from a fresh clone: it builds the modules that
# hold fuzz tests (with the modules they need) first.
#
#   tools/fuzz.sh 60
#
# Crashing inputs are kept in target/fuzz/<Class>/<method>/ of the module; copy one into the seed
# corpus (src/test/resources/<package>/<Class>Inputs/<method>/) to make it a regression test that
# every `mvn verify` runs. Jazzer's generated corpus grows beside it (.cifuzz-corpus) and is not
# committed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: tools/fuzz.sh SECONDS   (seconds per fuzz target, a positive whole number; got '${seconds}')" >&2
  exit 2
fi

# Every test source with a @FuzzTest, as module:file.
mapfile -t sources < <(grep -rl --include='*.java' '@FuzzTest' -- */src/test/java | sort)
if [ "${#sources[@]}" -eq 0 ]; then
  echo "no @FuzzTest found under */src/test/java" >&2
  exit 2
fi
modules=$(for f in "${sources[@]}"; do echo "${f%%/src/test/java/*}"; done | sort -u | paste -sd, -)

echo "== building $modules (and what they need), writing each module's test class path"
mvn -q -B -pl "$modules" -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/fuzz.classpath -Dmdep.includeScope=test

root=$(pwd)
failed=()
ran=0
for f in "${sources[@]}"; do
  module="${f%%/src/test/java/*}"
  class=$(echo "${f#*/src/test/java/}" | sed -e 's/\.java$//' -e 's#/#.#g')
  # The method after each @FuzzTest (annotations may stand between them).
  mapfile -t methods < <(awk '/@FuzzTest/ {armed = 1} armed && match($0, /void[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*\(/) {
      m = substr($0, RSTART, RLENGTH); sub(/^void[ \t]+/, "", m); sub(/[ \t]*\($/, "", m); print m; armed = 0 }' "$f")
  cp="$root/$module/target/test-classes:$root/$module/target/classes:$(cat "$module/target/fuzz.classpath")"
  for method in "${methods[@]}"; do
    ran=$((ran + 1))
    out="$module/target/fuzz/${class##*.}/$method"
    mkdir -p "$out"
    echo "== $class#$method for ${seconds}s ($module)"
    if (cd "$out" && java -cp "$cp" \
          com.code_intelligence.jazzer.Jazzer --target_class="$class" --target_method="$method" \
          -max_total_time="$seconds" -artifact_prefix="./" > fuzz.log 2>&1); then
      grep -E '^Done [0-9]+ runs' "$out/fuzz.log" || true
    else
      echo "!! $class#$method found a crash (or failed to start): see $out/fuzz.log"
      grep -A12 -E '^== Java Exception|^== libFuzzer crashing input|FuzzerSecurityIssue' "$out/fuzz.log" | head -40 || tail -20 "$out/fuzz.log"
      failed+=("$class#$method")
    fi
  done
done

echo "== $ran fuzz targets, ${#failed[@]} failed"
if [ "${#failed[@]}" -gt 0 ]; then
  printf '  %s\n' "${failed[@]}"
  exit 1
fi

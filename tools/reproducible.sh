#!/usr/bin/env bash
# Builds every published jar twice from clean and compares their SHA-256 checksums: the build is
# reproducible (project.build.outputTimestamp) and this keeps it so. Exit 1 on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."
build() {
  mvn -q -B clean package -DskipTests -Dspotless.check.skip=true -pl partnership-core,partnership-io,partnership-examples -am
  sha256sum partnership-core/target/*.jar partnership-io/target/*.jar partnership-examples/target/*.jar | sort -k2
}
first=$(build)
second=$(build)
if [ "$first" != "$second" ]; then
  echo "NOT reproducible: checksums differ between two clean builds"
  diff <(echo "$first") <(echo "$second") || true
  exit 1
fi
echo "reproducible: $(echo "$first" | wc -l) jars byte-identical across two clean builds"
echo "$first"

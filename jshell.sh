#!/bin/sh
# Builds the library and opens JShell with the core, partnership-io and the examples on the class
# path (runtime dependencies only: no test libraries) and partnership.jsh as start-up.
set -e
cd "$(dirname "$0")"
mvn -q -pl partnership-examples -am test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
exec jshell --class-path "partnership-examples/target/classes:$(cat partnership-examples/target/classpath.txt)" --startup DEFAULT --startup partnership.jsh "$@"

#!/bin/sh
# migov-iati's reader and its peers on the same file, in one session, as ratios (the machine is
# shared and noisy: compare within one run, never across runs).
#
#   benchmarks/iati/compare.sh FILE.xml SCHEMA_FOLDER [ROUNDS]
#
# FILE.xml: an IATI activity file (IatiScaleRun generate makes one); SCHEMA_FOLDER: the official
# 2.03 XSDs; ROUNDS: rounds per contender (default 10). Each contender's figure is the median of
# the second half of its rounds (the first half warms the JVM's JIT, as JMH's warm-up iterations
# do); the first round's figures (a cold JVM, as one import from the command line) are printed too. Needs benchmarks/target/benchmarks.jar (mvn -pl benchmarks -am package -DskipTests) and
# Debian's python3-lxml and libxml2-utils (xmllint).
set -eu
file=$1
schemas=$2
rounds=${3:-10}
jar=benchmarks/target/benchmarks.jar

# A contender's output, "first S" and "seconds S" lines, as "FIRST WARM".
figures() { awk '/^first / {f = $2} /^seconds / {s = $2} END {print f, s}'; }

java_run() {
  echo "== migov $*" >&2
  java -cp "$jar" org.migov.benchmarks.IatiScaleRun read "$file" "$rounds" "$@" | tee /dev/stderr | figures
}

xmllint_run() {
  echo "== xmllint --noout --stream --schema" >&2
  i=0
  while [ "$i" -lt "$rounds" ]; do
    start=$(date +%s.%N)
    xmllint --noout --stream --schema "$schemas/iati-activities-schema.xsd" "$file" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    echo "$end $start" | awk -v round=$((i + 1)) '{printf "round %d: %.3f s\n", round, $1 - $2}' >&2
    echo "$end $start" | awk '{printf "%.3f\n", $1 - $2}'
    i=$((i + 1))
  done | awk -v rounds="$rounds" '{t[NR] = $1} END {
    n = 0; for (i = int(rounds / 2) + 1; i <= NR; i++) w[++n] = t[i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (w[j] < w[i]) {x = w[i]; w[i] = w[j]; w[j] = x}
    print t[1], w[int(n / 2) + 1]
  }'
}

jdk=$(java_run jdk)
aalto=$(java_run aalto)
echo "== Python lxml iterparse" >&2
lxml=$(/usr/bin/python3 benchmarks/iati/lxml_iterparse.py "$file" "$rounds" | tee /dev/stderr | figures)
checked=$(java_run jdk schema "$schemas")
xmllint=$(xmllint_run)
echo "== migov, the whole file in -Xmx64m" >&2
if java -Xmx64m -cp "$jar" org.migov.benchmarks.IatiScaleRun read "$file" 1 jdk >&2; then small=ok; else small=failed; fi

echo
echo "file: $file ($(wc -c < "$file") bytes), $rounds rounds each; warm: median of the second half, cold: the first round"
echo "$jdk $aalto $lxml $checked $xmllint" | awk -v small="$small" '{
  printf "                                   warm s    ratio     cold s    ratio\n"
  printf "read and map, JDK StAX:           %7.3f   %5.2fx    %7.3f   %5.2fx   (lxml iterparse / migov)\n", $2, $6 / $2, $1, $5 / $1
  printf "read and map, Aalto StAX:         %7.3f   %5.2fx    %7.3f   %5.2fx   (lxml iterparse / migov)\n", $4, $6 / $4, $3, $5 / $3
  printf "lxml iterparse, bare extraction:  %7.3f             %7.3f\n", $6, $5
  printf "read, map and check, JDK:         %7.3f   %5.2f     %7.3f   %5.2f    (migov / xmllint)\n", $2, $2 / $10, $1, $1 / $9
  printf "read, map, check and XSD, JDK:    %7.3f   %5.2f     %7.3f   %5.2f    (migov / xmllint)\n", $8, $8 / $10, $7, $7 / $9
  printf "xmllint --stream --schema:        %7.3f             %7.3f\n", $10, $9
  printf "the whole file in -Xmx64m:        %s\n", small
}'

#!/bin/sh
# migov-iati's reader and its peers on the same file, in one session, as ratios (the machine is
# shared and noisy: compare within one run, never across runs).
#
#   benchmarks/iati/compare.sh FILE.xml SCHEMA_FOLDER [ROUNDS]
#
# FILE.xml: an IATI activity file (IatiScaleRun generate makes one); SCHEMA_FOLDER: the official
# 2.03 XSDs; ROUNDS: rounds per contender (default 5), the median of all rounds but the first is
# kept. Needs benchmarks/target/benchmarks.jar (mvn -pl benchmarks -am package -DskipTests) and
# Debian's python3-lxml and libxml2-utils (xmllint).
set -eu
file=$1
schemas=$2
rounds=${3:-5}
jar=benchmarks/target/benchmarks.jar

seconds() { sed -n 's/^seconds //p'; }

java_run() {
  echo "== migov $*" >&2
  java -cp "$jar" org.migov.benchmarks.IatiScaleRun read "$file" "$rounds" "$@" | tee /dev/stderr | seconds
}

xmllint_run() {
  echo "== xmllint --noout --stream --schema" >&2
  times=""
  i=0
  while [ "$i" -lt "$rounds" ]; do
    start=$(date +%s.%N)
    xmllint --noout --stream --schema "$schemas/iati-activities-schema.xsd" "$file" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    time=$(echo "$end $start" | awk '{printf "%.3f", $1 - $2}')
    echo "round $((i + 1)): $time s" >&2
    if [ "$i" -gt 0 ] || [ "$rounds" -eq 1 ]; then times="$times $time"; fi
    i=$((i + 1))
  done
  echo "$times" | tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}

jdk=$(java_run jdk)
aalto=$(java_run aalto)
echo "== Python lxml iterparse" >&2
lxml=$(/usr/bin/python3 benchmarks/iati/lxml_iterparse.py "$file" "$rounds" | tee /dev/stderr | seconds)
checked=$(java_run jdk schema "$schemas")
xmllint=$(xmllint_run)
echo "== migov, the whole file in -Xmx64m" >&2
if java -Xmx64m -cp "$jar" org.migov.benchmarks.IatiScaleRun read "$file" 1 jdk >&2; then small=ok; else small=failed; fi

echo
echo "file: $file ($(wc -c < "$file") bytes), $rounds rounds each, medians of the warm rounds"
awk -v jdk="$jdk" -v aalto="$aalto" -v lxml="$lxml" -v checked="$checked" -v xmllint="$xmllint" -v small="$small" 'BEGIN {
  printf "read and map, JDK StAX:            %7.3f s   lxml iterparse / migov = %.2fx\n", jdk, lxml / jdk
  printf "read and map, Aalto StAX:          %7.3f s   lxml iterparse / migov = %.2fx\n", aalto, lxml / aalto
  printf "lxml iterparse, bare extraction:   %7.3f s\n", lxml
  printf "read, map, check and XSD, JDK:     %7.3f s   migov / xmllint = %.2f\n", checked, checked / xmllint
  printf "xmllint --stream --schema:         %7.3f s\n", xmllint
  printf "the whole file in -Xmx64m:         %s\n", small
}'

#!/usr/bin/env bash
# Side-by-side training / inference throughput of the mlp classifier (pure Java) and Debian's python3-torch on
# the same networks, same machine, same run: ROUNDS interleaved rounds of (java 1 thread, torch 1 thread,
# java 2 threads, java 2 threads with 4 parts per thread, torch 2 threads) per network, each invocation measuring R inner rounds of STEPS Adam steps.
# Usage: tests/nn-benchmark/run.sh [ROUNDS=3] [INNER=3] [STEPS=3]   (from the repository root, after
#        mvn -o install -pl bundles/classifier-nn -am; installs python3-torch with apt-get if it is missing)
set -eu
rounds="${1:-3}"; inner="${2:-3}"; steps="${3:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/tests/nn-benchmark"
# python3-torch uses the system BLAS (libblas.so.3): without OpenBLAS it is the netlib reference BLAS, ~10x slower
if ! /usr/bin/python3 -c "import torch" 2>/dev/null || [ ! -e /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3 ]; then
  apt-get install -y python3-torch libopenblas0-pthread >/dev/null
fi

api="$(ls "$root"/bundles/api/target/org.alpwb.api-*.jar 2>/dev/null | head -1)"
cp="$root/bundles/classifier-nn/target/classes:$root/bundles/classifier-nn/target/test-classes:$api"
if [ ! -d "$root/bundles/classifier-nn/target/test-classes" ]; then
  echo "build first: mvn -o -q install -pl bundles/classifier-nn -am -DskipTests && mvn -o -q test-compile -pl bundles/classifier-nn" >&2
  exit 1
fi
echo "# $(date -u '+%Y-%m-%d %H:%M UTC') $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; torch $(/usr/bin/python3 -c 'import torch; print(torch.__version__)')"
echo "# uptime at start: $(uptime)"
java -XX:+UseParallelGC --add-modules jdk.incubator.vector -cp "$cp" org.alpwb.classifier.nn.internal.MlpBenchmark peak 2>/dev/null
for round in $(seq 1 "$rounds"); do
  for net in thesis default; do
    for threads in 1 2; do
      java -Xmx2g --add-modules jdk.incubator.vector -cp "$cp" org.alpwb.classifier.nn.internal.MlpBenchmark \
        "$net" "$threads" "$inner" "$steps" 2>/dev/null | grep -v '^#' | sed "s/^/round $round /"
      if [ "$threads" -gt 1 ]; then
        # the same with 4 parts per thread taken as threads become free (default: 1 part per thread)
        java -Xmx2g -Dalpwb.nn.partsPerThread=4 --add-modules jdk.incubator.vector -cp "$cp" \
          org.alpwb.classifier.nn.internal.MlpBenchmark "$net" "$threads" "$inner" "$steps" 2>/dev/null \
          | grep -v '^#' | sed "s/^java /java-4-parts /; s/^/round $round /"
      fi
      OMP_NUM_THREADS="$threads" /usr/bin/python3 "$here/torch_mlp.py" "$net" "$threads" "$inner" "$steps" \
        | sed "s/^/round $round /"
    done
  done
  echo "# uptime after round $round: $(uptime)"
done

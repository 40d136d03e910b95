#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Coverage-guided fuzzing (Jazzer) of every parser of outside input, SECONDS each, one target at a time: prints
# per target the executions, the executions per second and the findings. A finding is an input that makes the
# target throw what its contract does not allow, hang past 5 s, or run out of a 512 MiB heap; Jazzer saves it
# under the target's src/test/resources/…/<Test>Inputs/<method>/ folder, where every later build replays it as a
# regression test. Exits 1 when any target has a finding.
#   bench/fuzz.sh [SECONDS] [TARGET_FILTER]     (default 60 s; .ci/run uses a short run)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
filter="${2:-}"
cd "$root"
targets=(
  "bundles/interpreter-notes|org.riffwire.notes.abc.AbcParserFuzzTest|ABC parser"
  "bundles/interpreter-notes|org.riffwire.interpreter.notes.NoteInterpreterFuzzTest|notes interpreter"
  "bundles/interpreter-keyword|org.riffwire.interpreter.keyword.KeywordInterpreterFuzzTest|keyword interpreter"
  "bundles/interpreter-semantic|org.riffwire.interpreter.semantic.SemanticReadingFuzzTest|semantic interpreter"
  "bundles/core|org.riffwire.core.internal.PipelineFileFuzzTest|conf/ pipeline files"
  "bundles/onnx|org.riffwire.onnx.internal.DescriptorFuzzTest|model descriptors"
  "bundles/core|org.riffwire.core.internal.AudioFileFuzzTest|WAV/AIFF/AU reading"
  "bundles/renderer-audio|org.riffwire.renderer.audio.SoundFontFuzzTest#loadsOrRefuses|SoundFont loading"
  "bundles/image|org.riffwire.image.PictureDecoderFuzzTest|image decoding"
)
log_dir="$root/target/fuzz"
mkdir -p "$log_dir"
# The modules and what they depend on, built once; each fuzz run then only compiles and tests its module.
mvn -q -B -o install -DskipTests -Dbnd.baseline.skip=true -pl "$(printf '%s\n' "${targets[@]}" | cut -d'|' -f1 | sort -u | paste -sd,)" -am \
  >"$log_dir/build.log" 2>&1 || mvn -q -B install -DskipTests -Dbnd.baseline.skip=true \
  -pl "$(printf '%s\n' "${targets[@]}" | cut -d'|' -f1 | sort -u | paste -sd,)" -am >"$log_dir/build.log" 2>&1
printf '| %-22s | %12s | %10s | %8s |\n|---|---:|---:|---:|\n' "target" "executions" "per second" "findings"
failed=0
for entry in "${targets[@]}"; do
  IFS='|' read -r module test name <<<"$entry"
  [[ -n "$filter" && "$name$test" != *"$filter"* ]] && continue
  log="$log_dir/$(echo "$test" | tr '#.' '__').log"
  status=0
  # JUnit's timeout gives Jazzer its per-input limit; JUnit itself must not time the whole fuzzing run.
  JAZZER_FUZZ=1 JAVA_TOOL_OPTIONS="-Xmx512m" mvn -B -o -pl "$module" test -Dtest="$test" \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbnd.baseline.skip=true -Djacoco.skip=true \
    -Djazzer.max_duration="${seconds}s" \
    -Djunit.jupiter.execution.timeout.testtemplate.method.default="5 s" \
    -Djunit.jupiter.execution.timeout.mode=disabled >"$log" 2>&1 || status=$?
  # A run that ends on a finding prints no "Done" line; under pipefail the grep must not end the script.
  runs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $2}' || true)
  secs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $5}' || true)
  findings=$(grep -cE '^== Java Exception|^==[0-9]+== ERROR|Out of memory|timeout after' "$log" || true)
  if ((status)) && ((findings == 0)); then findings="error"; fi
  per=$(( ${secs:-0} > 0 ? ${runs:-0} / ${secs:-1} : 0 ))
  printf '| %-22s | %12s | %10s | %8s |\n' "$name" "${runs:-0}" "$per" "$findings"
  if ((status)) || [[ "$findings" != 0 ]]; then failed=1; echo "  see $log" >&2; fi
done
exit "$failed"

#!/usr/bin/env bash
# Builds the probe for each target (default: all) into build/probes/<target>/.
# A target whose sources have not changed since its last build is skipped.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/probe-targets.sh

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${PROBE_TARGET_ORDER[@]}")

stamp_of() {
  # Everything the probe is built from.
  find workloads -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.ttf' \) -not -path '*/obj/*' -not -path '*/bin/*' -print0 \
    | sort -z | xargs -0 sha256sum | cat - Directory.Build.props Directory.Packages.props scripts/build-probes.sh | sha256sum | cut -c1-16
}
stamp=$(stamp_of)
mkdir -p build/probes

for target in "${targets[@]}"; do
  spec=${PROBE_TARGETS[$target]:-}
  [ -n "$spec" ] || { echo "build-probes: unknown target '$target' (known: ${PROBE_TARGET_ORDER[*]})" >&2; exit 2; }
  read -r rid aot <<<"$spec"
  out="build/probes/$target"
  if [ -f "$out/.stamp" ] && [ "$(cat "$out/.stamp")" = "$stamp" ]; then
    echo "probe $target: up to date"
    continue
  fi
  echo "probe $target: publishing ($rid, NativeAOT=$aot) ..."
  extra=()
  if [ "$aot" = true ] && [ "$rid" = linux-arm64 ]; then
    # Cross NativeAOT: clang drives the aarch64 GNU linker; see README (cross toolchain).
    extra+=(-p:CppCompilerAndLinker=clang -p:ObjCopyName=aarch64-linux-gnu-objcopy)
  fi
  rm -rf "$out"
  dotnet publish workloads/BenchHarness.Probe -c Release -r "$rid" --self-contained true \
    -p:PublishAot="$aot" -o "$out" \
    -nologo -v:q "${extra[@]}" >"build/probe-$target.log" 2>&1 \
    || { tail -n 30 "build/probe-$target.log" >&2; echo "build-probes: publishing $target failed (log: build/probe-$target.log)" >&2; exit 1; }
  [ -f "$out/fonts/DejaVuSans.ttf" ] || { echo "build-probes: $target was published without its fonts folder" >&2; exit 1; }
  echo "$stamp" >"$out/.stamp"
  echo "probe $target: built"
done

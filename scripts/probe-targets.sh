# Sourced by the scripts: the probe targets and how each is published.
# target -> "RID AOT(true|false)"
declare -A PROBE_TARGETS=(
  [linux-x64-aot]="linux-x64 true"
  [linux-x64-jit]="linux-x64 false"
  [linux-arm64-aot]="linux-arm64 true"
  [linux-arm64-jit]="linux-arm64 false"
  [win-x64-jit]="win-x64 false"
)
PROBE_TARGET_ORDER=(linux-x64-aot linux-x64-jit linux-arm64-aot linux-arm64-jit win-x64-jit)

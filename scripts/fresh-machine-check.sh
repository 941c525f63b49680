#!/usr/bin/env bash
# Proves that the README's commands work on a machine that has never seen the project: builds a fresh Debian 12
# root with debootstrap (Debian's packages only), bind-mounts the .NET SDK and the NuGet cache into it (the SDK is
# not a Debian package; the SDK's own Debian prerequisites are installed as its installer would), clones the
# committed HEAD of this repository into it, and runs inside it with chroot:
#   ./scripts/setup.sh, ./scripts/build-probes.sh, ./scripts/bench.sh --suite quick --out DIR, ./scripts/test.sh
# then prints what passed. Run it whenever set-up or the build changes. Needs root.
# Usage: ./scripts/fresh-machine-check.sh [--build-only] [--keep]
#   --build-only  stop after setup.sh and build-probes.sh (minutes instead of half an hour)
#   --keep        leave the root in place afterwards (its path is printed)
# The debootstrapped base (before anything of ours is installed) is cached as a tarball under
# /var/cache/benchharness-fresh, so that a second check does not download it again; every check unpacks it anew.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build_only=false
keep=false
for arg in "$@"; do
  case "$arg" in
    --build-only) build_only=true ;;
    --keep) keep=true ;;
    *) echo "fresh-machine-check: unknown argument '$arg' (known: --build-only, --keep)" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" -eq 0 ] || { echo "fresh-machine-check: needs root (debootstrap, chroot, mounts)" >&2; exit 2; }

dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
nuget_cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
mirror=$(grep -hoE '^URIs: *http[^ ]*/debian$' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1 | awk '{print $2}')
mirror=${mirror:-http://deb.debian.org/debian}
cache=/var/cache/benchharness-fresh
base="$cache/bookworm-minbase.tar"
root=$(mktemp -d /var/tmp/benchharness-fresh.XXXXXX)
log_dir="$root.logs"
mkdir -p "$cache" "$log_dir" "$nuget_cache"

say() { echo "fresh-machine-check: $*"; }
mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  if $keep; then
    say "root kept at $root"
  elif findmnt -rn -o TARGET | grep -q "^$root/"; then
    say "something is still mounted under $root: left in place"
  else
    rm -rf "$root"
  fi
}
trap cleanup EXIT
bind() { # bind SOURCE TARGET_IN_ROOT [ro]
  mkdir -p "$root$2"
  mount --rbind "$1" "$root$2"
  mount --make-rslave "$root$2"
  mounted+=("$root$2")
  if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$root$2"; fi
}

command -v debootstrap >/dev/null || { say "installing debootstrap"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
if [ ! -f "$base" ]; then
  say "debootstrap bookworm (minbase) from $mirror ..."
  rm -rf "$cache/base"
  debootstrap --variant=minbase bookworm "$cache/base" "$mirror" >"$log_dir/debootstrap.log" 2>&1 \
    || { tail -n 20 "$log_dir/debootstrap.log" >&2; say "debootstrap failed"; exit 1; }
  tar -C "$cache/base" -cf "$base" .
  rm -rf "$cache/base"
fi
tar -C "$root" -xf "$base"
say "fresh Debian 12 root at $root ($(du -sh "$root" | cut -f1), $(chroot "$root" dpkg-query -W | wc -l) packages)"

cp /etc/resolv.conf "$root/etc/resolv.conf"
cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/" 2>/dev/null && rm -f "$root/etc/apt/sources.list" || true
bind /proc /proc
bind /sys /sys
bind /dev /dev
bind "$dotnet_root" /usr/share/dotnet ro
bind "$nuget_cache" /root/.nuget/packages
ln -sf /usr/share/dotnet/dotnet "$root/usr/bin/dotnet"
git clone -q "$repo" "$root/work/benchharness"
say "cloned $(git -C "$repo" rev-parse --short HEAD) (committed HEAD; uncommitted changes are not checked)"

# What the .NET SDK's own installer brings (Microsoft's dotnet-sdk packages depend on these): not ours to install.
say "installing the .NET SDK's prerequisites (libicu72 libssl3 libgssapi-krb5-2 ca-certificates)"
chroot "$root" /bin/bash -c 'export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends libicu72 libssl3 libgssapi-krb5-2 ca-certificates' \
  >"$log_dir/sdk-prerequisites.log" 2>&1 || { tail -n 20 "$log_dir/sdk-prerequisites.log" >&2; say "installing the SDK's prerequisites failed"; exit 1; }
# The network's own trust: a machine on this network has its local CA certificates (NuGet goes through them).
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  chroot "$root" update-ca-certificates >>"$log_dir/sdk-prerequisites.log" 2>&1
  say "carried over this network's local CA certificates ($(ls /usr/local/share/ca-certificates/*.crt | wc -l))"
fi
network_env=()
[ -z "${NUGET_CERT_REVOCATION_MODE:-}" ] || network_env+=("NUGET_CERT_REVOCATION_MODE=$NUGET_CERT_REVOCATION_MODE")

passed=()
step() { # step NAME COMMAND...
  local name=$1 started=$SECONDS
  shift
  say "running $name ..."
  if chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
      DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CI=true "${network_env[@]}" /bin/bash -c "cd /work/benchharness && $*" >"$log_dir/$name.log" 2>&1; then
    passed+=("$name ($((SECONDS - started)) s)")
    say "passed  $name in $((SECONDS - started)) s"
  else
    tail -n 30 "$log_dir/$name.log" >&2
    say "FAILED  $name after $((SECONDS - started)) s (log: $log_dir/$name.log)"
    say "passed before it: ${passed[*]:-nothing}"
    exit 1
  fi
}

step setup ./scripts/setup.sh
grep '^setup:' "$log_dir/setup.log" | sed 's/^/  /'
step build-probes ./scripts/build-probes.sh
if ! $build_only; then
  step bench-quick "./scripts/bench.sh --suite quick --out /tmp/fresh-quick && test -s /tmp/fresh-quick/result.json && test ! -e results/latest"
  grep -E '^(qemu|wine|valgrind|native)[^ ]*: |cells ok' "$log_dir/bench-quick.log" | sed 's/^/  /' || true
  step test ./scripts/test.sh
  grep -E '^[0-9]+ passed, [0-9]+ failed' "$log_dir/test.log" | sed 's/^/  /' || true
fi
say "all passed: ${passed[*]} (logs: $log_dir)"

#!/usr/bin/env bash
# Makes the Debian 12 arm64 root that the qemu-aarch64-root platform runs programs from: Debian's arm64 LibreOffice
# (writer, calc, impress, headless) and everything it links, unpacked from Debian's packages, for
# `qemu-aarch64 -L ROOT`. Nothing in it runs on the host; setup.sh calls this script.
#
# debootstrap --foreign fetches the packages; they are unpacked with dpkg -x, as no arm64 code can run here to
# configure them. What their maintainer scripts would have done and LibreOffice needs is done by hand:
#   - the configuration registry: libreoffice-common's postinst copies share/.registry/*.xcd into
#     /etc/libreoffice/registry (without it soffice.bin stops at start-up with a com::sun::star::uno::RuntimeException);
#   - share/registry links to /etc/libreoffice/registry by an absolute path, which the kernel would resolve on the
#     host: it is made relative, inside the root;
#   - the root's fonts are removed, so that qemu falls back to the host's /usr/share/fonts and the arm64 LibreOffice
#     lays documents out with exactly the host's fonts (with the root's own, the 30-page report broke lines
#     differently: the suite's text check would rightly call it incorrect).
# The root's LibreOffice and libc versions are checked against the host's: they must be the same build.
#   ./scripts/setup-arm64-root.sh [ROOT]     (default: $BENCHHARNESS_ARM64_ROOT or /var/lib/benchharness/debian-arm64)
set -euo pipefail
root_dir=${1:-${BENCHHARNESS_ARM64_ROOT:-/var/lib/benchharness/debian-arm64}}
mirror=${BENCHHARNESS_DEBIAN_MIRROR:-http://deb.debian.org/debian}
packages=(libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui)
fail() { echo "setup-arm64-root: $*" >&2; exit 1; }

host_version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo none; }
want="packages ${packages[*]}; libreoffice-core-nogui $(host_version libreoffice-core-nogui); libc6 $(host_version libc6); fixes 1"
if [ -f "$root_dir/.benchharness-root" ] && [ "$(cat "$root_dir/.benchharness-root")" = "$want" ]; then
  echo "setup-arm64-root: $root_dir is ready ($want)"
  exit 0
fi
command -v debootstrap >/dev/null || fail "debootstrap is missing: install debootstrap"

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
work="$root_dir.tmp"
"${sudo[@]}" rm -rf "$work"
"${sudo[@]}" mkdir -p "$work"
log=$(mktemp /tmp/benchharness-arm64-root.XXXXXX.log)
echo "setup-arm64-root: fetching Debian 12 arm64 with ${packages[*]} from $mirror (about 200 MB) ..."
include=$(IFS=,; echo "${packages[*]}")
"${sudo[@]}" debootstrap --arch=arm64 --foreign --variant=minbase --include="$include" bookworm "$work" "$mirror" >"$log" 2>&1 \
  || { tail -n 20 "$log" >&2; fail "debootstrap failed (log: $log)"; }

archives="$work/var/cache/apt/archives"
for package in libreoffice-core-nogui libc6; do
  deb=$(ls "$archives/${package}"_*_arm64.deb 2>/dev/null | head -n 1)
  [ -n "$deb" ] || fail "debootstrap fetched no $package"
  version=$(dpkg-deb -f "$deb" Version)
  [ "$version" = "$(host_version "$package")" ] \
    || fail "the arm64 $package is $version, the host's is $(host_version "$package"): upgrade the host (apt-get upgrade) so that both run the same build"
done

echo "setup-arm64-root: unpacking $(ls "$archives"/*.deb | wc -l) packages ..."
for deb in "$archives"/*.deb; do
  "${sudo[@]}" dpkg -x "$deb" "$work"
done
"${sudo[@]}" rm -f "$archives"/*.deb

# What the maintainer scripts would have done, and the host's fonts (see the header).
"${sudo[@]}" mkdir -p "$work/etc/libreoffice/registry"
"${sudo[@]}" cp "$work"/usr/lib/libreoffice/share/.registry/*.xcd "$work/etc/libreoffice/registry/"
"${sudo[@]}" rm -f "$work/usr/lib/libreoffice/share/registry"
"${sudo[@]}" ln -s ../../../../etc/libreoffice/registry "$work/usr/lib/libreoffice/share/registry"
"${sudo[@]}" rm -rf "$work/usr/share/fonts"

echo "$want" | "${sudo[@]}" tee "$work/.benchharness-root" >/dev/null
"${sudo[@]}" rm -rf "$root_dir"
"${sudo[@]}" mv "$work" "$root_dir"
echo "setup-arm64-root: $root_dir is ready ($(du -sh "$root_dir" | cut -f1))"

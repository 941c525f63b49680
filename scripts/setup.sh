#!/usr/bin/env bash
# Installs the Debian packages BenchHarness needs (emulators, cross toolchains, fonts) when they are missing.
# Idempotent and quiet when everything is there.
set -euo pipefail
packages=(
  qemu-user                 # qemu-aarch64, qemu-x86_64
  libc6-arm64-cross         # /usr/aarch64-linux-gnu: the Arm64 loader and libc for qemu-aarch64 -L
  libstdc++6-arm64-cross    # the JIT runtime's C++ library for linux-arm64-jit
  wine64                    # /usr/lib/wine/wine64 for win-x64-jit
  valgrind                  # valgrind --tool=none
  clang                     # NativeAOT's linker driver for the linux-arm64 cross build
  gcc-aarch64-linux-gnu     # the aarch64 cross linker and crt files
  binutils-aarch64-linux-gnu
  fonts-dejavu-core         # the plots' font (the document fonts ship in the repository)
  libreoffice-calc-nogui    # headless Calc: the spreadsheet engine's reference in the agreement test
  libreoffice-writer-nogui  # headless Writer: checks that the generated report is a document a word processor opens
)
names=()
for entry in "${packages[@]}"; do names+=("${entry%% *}"); done

missing=()
for p in "${names[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/benchharness-apt.log 2>&1 \
  || { tail -n 20 /tmp/benchharness-apt.log >&2; echo "setup: apt-get install failed (log: /tmp/benchharness-apt.log)" >&2; exit 1; }
echo "setup: installed ${missing[*]}"

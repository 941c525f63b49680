#!/usr/bin/env bash
# Installs the Debian packages BenchHarness needs (emulators, cross toolchains, fonts, LibreOffice) when they are
# missing, then proves each capability the probes and tests rely on. A capability that fails stops set-up with one
# line naming the missing piece (exit 1). The checks are skipped when the same package versions passed them before.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
packages=(
  qemu-user                 # qemu-aarch64, qemu-x86_64
  libc6-arm64-cross         # /usr/aarch64-linux-gnu: the Arm64 loader and libc for qemu-aarch64 -L
  libc6-dev-arm64-cross     # Scrt1.o, crti.o, libdl/librt/libm: the linux-arm64 NativeAOT link (not a recommends-free dependency)
  libstdc++6-arm64-cross    # the JIT runtime's C++ library for linux-arm64-jit
  wine64                    # /usr/lib/wine/wine64 for win-x64-jit
  valgrind                  # valgrind --tool=none
  clang                     # NativeAOT's compiler and linker driver (both targets)
  gcc-aarch64-linux-gnu     # the aarch64 cross linker driver
  binutils-aarch64-linux-gnu
  fonts-dejavu-core         # the plots' font (the document fonts ship in the repository)
  libreoffice-calc-nogui    # headless Calc: the spreadsheet engine's reference in the agreement test
  libreoffice-writer-nogui  # headless Writer: checks that the generated report is a document a word processor opens; the libreoffice suite
  libreoffice-impress-nogui # headless Impress: the libreoffice suite's slides
  poppler-utils             # pdfinfo, pdftotext: the libreoffice suite checks its PDFs' page counts and text
  hyperfine                 # scripts/hyperfine-agreement.sh: the harness's timing against hyperfine's
  debootstrap               # scripts/setup-arm64-root.sh: the Debian arm64 root of qemu-aarch64-root (arm64 LibreOffice)
  chromium                  # headless Chromium: the browser test of report.html
  openssh-client            # ssh: run --host drives remote machines through it
  openssh-server            # sshd: the remote-host tests start their own on 127.0.0.1 (the system's service is left off)
  git                       # the disclosure test reads the harness's commit as git does (a checkout made some other way has none)
)
names=()
for entry in "${packages[@]}"; do names+=("${entry%% *}"); done

fail() { echo "setup: $*" >&2; exit 1; }

missing=()
for p in "${names[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all packages present"
else
  echo "setup: installing ${missing[*]}"
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  log=$(mktemp /tmp/benchharness-apt.XXXXXX.log)
  "${sudo[@]}" apt-get update -qq >"$log" 2>&1 \
    || { tail -n 20 "$log" >&2; fail "apt-get update failed (log: $log)"; }
  # openssh-server's package would start a login service on port 22: the tests only need its sshd, so an install
  # made here neither starts it (policy-rc.d, unless the machine has its own) nor leaves it enabled.
  guard=""
  if [[ " ${missing[*]} " == *" openssh-server "* ]] && [ ! -e /usr/sbin/policy-rc.d ]; then
    guard=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$guard" >/dev/null && "${sudo[@]}" chmod 755 "$guard"
  fi
  status=0
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$log" 2>&1 || status=$?
  [ -z "$guard" ] || "${sudo[@]}" rm -f "$guard"
  [ $status -eq 0 ] || { tail -n 20 "$log" >&2; fail "apt-get install failed (log: $log)"; }
  if [[ " ${missing[*]} " == *" openssh-server "* ]] && [ -d /run/systemd/system ]; then
    "${sudo[@]}" systemctl disable --now ssh.service ssh.socket >>"$log" 2>&1 || true
    echo "setup: openssh-server's login service is off (the tests run their own sshd); to serve logins: systemctl enable --now ssh"
  fi
  echo "setup: installed ${missing[*]}"
fi

# The Debian arm64 root with Debian's arm64 LibreOffice (for qemu-aarch64-root), made once per LibreOffice version.
"$root/scripts/setup-arm64-root.sh" || fail "the Debian arm64 root could not be made (see above)"

# The capability checks, remembered by the installed versions of the packages above.
state="${BENCHHARNESS_STATE:-$root/.state}"
mkdir -p "$state"
stamp=$(dpkg-query -W -f='${Package} ${Version}\n' "${names[@]}" | sha256sum | cut -c1-16)
if [ -f "$state/setup-checked" ] && [ "$(cat "$state/setup-checked")" = "$stamp" ]; then
  echo "setup: capabilities checked before (same package versions)"
  exit 0
fi

work=$(mktemp -d /tmp/benchharness-setup.XXXXXX)
trap 'rm -rf "$work"' EXIT

# 1. An aarch64 C program cross-links (crt files, libdl, librt, libm) and runs under qemu-aarch64.
printf '#include <stdio.h>\n#include <math.h>\nint main(void){printf("aarch64-ok %%.0f\\n", sqrt(16.0));return 0;}\n' >"$work/check.c"
aarch64-linux-gnu-gcc -o "$work/check-arm64" "$work/check.c" -ldl -lrt -lm >"$work/cc.log" 2>&1 \
  || fail "the aarch64 cross link fails ($(grep -m1 -oE "cannot find [^ ]+|error: .*" "$work/cc.log" || tail -n1 "$work/cc.log")): install libc6-dev-arm64-cross gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu clang"
out=$(qemu-aarch64 -L /usr/aarch64-linux-gnu "$work/check-arm64" 2>&1) && [ "$out" = "aarch64-ok 4" ] \
  || fail "qemu-aarch64 cannot run an aarch64 program ($out): install qemu-user libc6-arm64-cross"
echo "setup: ok  aarch64 cross link + qemu-aarch64"

# 2. wine64 starts a Windows program (this initialises the harness's own prefix, which the wine platform uses).
out=$(WINEPREFIX="$state/wine-prefix" WINEDEBUG=-all timeout 300 /usr/lib/wine/wine64 cmd.exe /c echo wine-ok 2>/dev/null | tr -d '\r') || true
[[ "$out" == *wine-ok* ]] || fail "wine64 does not start cmd.exe (prefix $state/wine-prefix): install wine64"
echo "setup: ok  wine64"

# 3. valgrind's translator runs a program.
valgrind --tool=none -q /bin/true >"$work/valgrind.log" 2>&1 \
  || fail "valgrind --tool=none /bin/true fails ($(tail -n1 "$work/valgrind.log")): install valgrind"
echo "setup: ok  valgrind --tool=none"

# 4. Headless LibreOffice converts a small file (its own throw-away profile).
echo "libreoffice-ok" >"$work/check.txt"
timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to pdf --outdir "$work" "$work/check.txt" \
  >"$work/soffice.log" 2>&1 || true
[ -s "$work/check.pdf" ] || fail "headless LibreOffice does not convert a text file to PDF ($(tail -n1 "$work/soffice.log")): install libreoffice-writer-nogui libreoffice-calc-nogui"
echo "setup: ok  headless LibreOffice"

# 4b. poppler reads the PDF back: its page count and its text (the libreoffice suite's output checks).
pdfinfo "$work/check.pdf" 2>/dev/null | grep -q '^Pages: *1$' && pdftotext -q "$work/check.pdf" - | grep -q libreoffice-ok \
  || fail "pdfinfo/pdftotext cannot read LibreOffice's PDF: install poppler-utils"
echo "setup: ok  pdfinfo and pdftotext"

# 4c. Debian's arm64 LibreOffice converts the same file under qemu-aarch64 from the arm64 root, with the same text.
arm64_root=/var/lib/benchharness/debian-arm64
timeout 600 qemu-aarch64 -L "$arm64_root" "$arm64_root/usr/lib/libreoffice/program/soffice.bin" --headless --norestore \
  "-env:UserInstallation=file://$work/profile-arm64" --terminate_after_init >"$work/soffice-arm64.log" 2>&1 || true
timeout 600 qemu-aarch64 -L "$arm64_root" "$arm64_root/usr/lib/libreoffice/program/soffice.bin" --headless --norestore \
  "-env:UserInstallation=file://$work/profile-arm64" --convert-to pdf --outdir "$work/arm64" "$work/check.txt" >>"$work/soffice-arm64.log" 2>&1 || true
pdftotext -q "$work/arm64/check.pdf" - 2>/dev/null | grep -q libreoffice-ok \
  || fail "Debian's arm64 LibreOffice does not convert a file under qemu-aarch64 ($(tail -n1 "$work/soffice-arm64.log")): run ./scripts/setup-arm64-root.sh"
echo "setup: ok  arm64 LibreOffice under qemu-aarch64"

# 5. Headless Chromium renders a page (the browser test drives it through Playwright).
printf '<!DOCTYPE html><title>t</title><p id="ok">chromium-ok</p>' >"$work/check.html"
out=$(timeout 120 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/chromium" --dump-dom "file://$work/check.html" 2>"$work/chromium.log") || true
[[ "$out" == *chromium-ok* ]] || fail "headless Chromium does not render a page ($(tail -n1 "$work/chromium.log")): install chromium"
echo "setup: ok  headless Chromium"

# 6. OpenSSH's server starts under a configuration of its own (the remote-host tests' sshd) and its client logs in.
mkdir -p "$work/ssh"
[ "$(id -u)" -ne 0 ] || mkdir -p /run/sshd
ssh-keygen -q -t ed25519 -N '' -f "$work/ssh/host" && ssh-keygen -q -t ed25519 -N '' -f "$work/ssh/user" \
  || fail "ssh-keygen cannot make a key: install openssh-client"
cp "$work/ssh/user.pub" "$work/ssh/authorized_keys"
port=$(( 20000 + RANDOM % 20000 ))
printf 'Port %s\nListenAddress 127.0.0.1\nHostKey %s\nAuthorizedKeysFile %s\nPidFile %s\nUsePAM no\nStrictModes no\nPasswordAuthentication no\n' \
  "$port" "$work/ssh/host" "$work/ssh/authorized_keys" "$work/ssh/sshd.pid" >"$work/ssh/config"
echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$work/ssh/host.pub")" >"$work/ssh/known"
/usr/sbin/sshd -f "$work/ssh/config" -E "$work/ssh/sshd.log" || fail "sshd does not start ($(tail -n1 "$work/ssh/sshd.log" 2>/dev/null)): install openssh-server"
out=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
  out=$(ssh -T -o BatchMode=yes -o StrictHostKeyChecking=yes -o "UserKnownHostsFile=$work/ssh/known" -i "$work/ssh/user" -p "$port" 127.0.0.1 -- echo ssh-ok 2>"$work/ssh/client.log") && break
  sleep 0.3
done
kill "$(cat "$work/ssh/sshd.pid" 2>/dev/null)" 2>/dev/null || true
[ "$out" = "ssh-ok" ] || fail "ssh cannot log in to a local sshd ($(tail -n1 "$work/ssh/client.log")): install openssh-client openssh-server"
echo "setup: ok  OpenSSH client and server"

echo "$stamp" >"$state/setup-checked"
echo "setup: every capability checked"

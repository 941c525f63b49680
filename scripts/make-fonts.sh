#!/usr/bin/env bash
# Regenerates workloads/BenchHarness.Workloads/Fonts/: the fonts documents are laid out, rendered and exported
# with, cut down (fontTools' subsetter) to the characters the generated documents use. A subsetting PDF
# exporter (Word, LibreOffice) embeds about this much; SkiaSharp's PDF backend has no subsetter and embeds whole
# font files, so shipping whole fonts would make document-export-pdf mostly deflate megabytes of unused glyphs.
# Not part of the build: the outputs are committed. Needs: fonts-dejavu-core fonts-dejavu-extra
# fonts-droid-fallback python3-fonttools (Debian).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/workloads/BenchHarness.Workloads/Fonts"
chinese=$(grep -o '"[^"]*"' "$root/workloads/BenchHarness.Workloads/Inputs/ChineseText.cs" | tr -d '"\n')
latin='U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-201D,U+2022,U+2026,U+20AC,U+25E6'
subset() { /usr/bin/python3 -m fontTools.subset "$1" --output-file="$2" "${@:3}" --layout-features='*' --name-IDs='*' --notdef-outline; }
for face in DejaVuSans DejaVuSans-Bold DejaVuSans-Oblique DejaVuSans-BoldOblique; do
  subset "/usr/share/fonts/truetype/dejavu/$face.ttf" "$out/$face.ttf" --unicodes="$latin"
done
subset /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf "$out/DroidSansFallback-Subset.ttf" \
  --unicodes='U+0020-007E,U+3000-303F,U+FF01-FF5E' --text="$chinese"
cp /usr/share/doc/fonts-dejavu-core/copyright "$out/DejaVu-LICENSE.txt"
cp /usr/share/doc/fonts-droid-fallback/copyright "$out/DroidSansFallback-LICENSE.txt"
ls -la "$out"

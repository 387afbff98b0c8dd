#!/usr/bin/env bash
# Checks that a 50-report XLSX export opens in LibreOffice and prints one page wide on landscape A4:
# seeds a temporary database, runs `cunjing reports export`, converts the file to PDF with
# LibreOffice, and checks the pages with poppler. Leaves the XLSX, the PDF and page PNGs in the
# output folder (default data/exports/print-check/) to look at.
#
#   apt-get install -y libreoffice-calc-nogui poppler-utils fonts-noto-cjk
#   scripts/check-export-print.sh [output folder]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-data/exports/print-check}"
for tool in soffice pdfinfo pdftotext pdftoppm; do
  command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install -y libreoffice-calc-nogui poppler-utils" >&2; exit 2; }
done
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
node bin/run-ts.js scripts/seed-export-sample.ts "$tmp/sample.db"
DATABASE_URL="sqlite:$tmp/sample.db" TZ=Asia/Shanghai \
  node bin/cunjing.js reports export --from 2026-11-01 --to 2026-11-30 --format xlsx --out "$out/reports-50.xlsx"
# A private profile, so a running LibreOffice or a first-start dialog cannot interfere.
soffice -env:UserInstallation="file://$tmp/lo-profile" --headless --convert-to pdf --outdir "$out" "$out/reports-50.xlsx" >/dev/null
pdf="$out/reports-50.pdf"
pdfinfo "$pdf" | grep -E '^(Pages|Page size)' | tee "$out/pdfinfo.txt"
rm -f "$out"/page-*.png
pdftoppm -png -r 60 "$pdf" "$out/page"
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
fail=0
summary_pages=0
for p in $(seq 1 "$pages"); do
  text="$(pdftotext -f "$p" -l "$p" -layout "$pdf" -)"
  if grep -q '合计 total' <<<"$text" && ! grep -q '编号' <<<"$text"; then
    summary_pages=$((summary_pages + 1)); continue
  fi
  # Landscape A4 is 842 x 595 pt.
  read -r w h < <(pdfinfo -f "$p" -l "$p" "$pdf" | awk '/^Page +[0-9]+ size:/ {print $4, $6; exit}')
  if [ "${w%.*}" -lt "${h%.*}" ]; then echo "FAIL: page $p is portrait (${w} x ${h} pt)"; fail=1; fi
  # One page wide: every data page shows the first and the last column.
  for header in '编号' '回访'; do
    grep -q "$header" <<<"$text" || { echo "FAIL: page $p lacks the column $header (not one page wide)"; fail=1; }
  done
done
all="$(pdftotext "$pdf" -)"
for label in '土地、宅基地边界' '红旗村' '处理中' '匿名' '2026-11-0' '是'; do
  grep -q "$label" <<<"$all" || { echo "FAIL: the PDF lacks $label"; fail=1; }
done
echo "pages: $pages ($summary_pages summary, $((pages - summary_pages)) data pages, landscape A4 ${w} x ${h} pt); files in $out"
[ "$fail" = 0 ] && echo "OK: the export prints one page wide on landscape A4"
exit "$fail"

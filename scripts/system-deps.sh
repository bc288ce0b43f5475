#!/usr/bin/env bash
# Debian packages the platform needs to build and run: ICU (PyICU builds against it, for word
# segmentation of Khmer, Lao, Thai and Chinese), gettext (compiles the interface catalogues), and
# Pango with a Latin font (WeasyPrint draws the PDFs with them).
# With "--browser" also Chromium and the Khmer/Lao/Thai fonts used by the browser tests;
# with "--bench" also wrk, the HTTP load generator of bench/load.py; with "--varnish" also
# Varnish, the HTTP cache of the edge-cache test (tests/core/test_edge_cache.py) and benchmark.
# Flags combine: ./scripts/system-deps.sh --browser --varnish
set -euo pipefail
packages=(libicu-dev pkg-config gettext libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)
for flag in "$@"; do
  case "$flag" in
    --browser) packages+=(chromium fonts-khmeros fonts-lao fonts-tlwg-loma-otf fonts-noto-cjk) ;;
    --bench) packages+=(wrk) ;;
    --varnish) packages+=(varnish) ;;
    *) echo "unknown flag: $flag" >&2; exit 2 ;;
  esac
done
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi

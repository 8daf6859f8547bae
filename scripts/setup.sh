#!/usr/bin/env bash
# Installs what a fresh machine lacks: system packages (Qt's runtime libraries, a CJK font, Tesseract
# with its Japanese and English models for scanned contracts, and for
# the tests Xvfb, PostgreSQL and poppler), then the tracker itself with pip. Safe to run again.
#   scripts/setup.sh          what the application needs
#   scripts/setup.sh --test   also what the tests need
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0
          libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0
          libxcb-image0 libnss3 fonts-noto-cjk
          tesseract-ocr tesseract-ocr-jpn tesseract-ocr-jpn-vert tesseract-ocr-eng)  # OCR of scans
extras=""
if [ "${1:-}" = "--test" ]; then
    packages+=(xvfb postgresql poppler-utils)
    extras="[test,dev]"
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo_=""
    [ "$(id -u)" -ne 0 ] && sudo_="sudo"
    echo "setup: installing system packages: ${missing[*]}"
    $sudo_ apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python3 -m pip install -q --disable-pip-version-check -e ".${extras}"

#!/usr/bin/env bash
# Install exactly the Debian 12 packages Kutip needs that are missing.
# Idempotent and silent when everything is present.
set -euo pipefail

packages=(
  # build
  build-essential pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  libjson-glib-dev libutf8proc-dev libsqlite3-dev
  # data validation
  desktop-file-utils appstream
  # tests: virtual display, input and screenshots; GNU parallel for the
  # split JSONL filter test
  xvfb xauth xdotool imagemagick parallel
  # benchmarks: peers
  jq
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

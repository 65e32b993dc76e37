#!/usr/bin/env bash
# Installs what is missing, builds Kutip and starts it on the bundled sample
# article (or on the files given).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bash build-aux/install-deps.sh
[ -f _build/build.ninja ] || meson setup _build >/dev/null
# A build directory set up for the CLI alone gets the app turned back on.
meson configure _build -Dapp=true >/dev/null
meson compile -C _build >/dev/null
export GSETTINGS_SCHEMA_DIR="$top/_build/data"
# The catalogues built from po/ (an installed Kutip uses the installed ones).
export KUTIP_LOCALEDIR="$top/_build/po"
# Follow the system language. When its locale is not generated on this
# machine, setlocale() would fall back to C and English; C.UTF-8 with
# LANGUAGE set still shows the translation (glibc's gettext ignores
# LANGUAGE only in the plain C locale).
want=${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}
case $want in
  '' | C | C.* | POSIX) ;;
  *)
    if ! locale -a 2>/dev/null | grep -qixF -e "$want" -e "${want/.UTF-8/.utf8}"; then
      export LANGUAGE=${LANGUAGE:-${want%%[.@]*}}
      export LC_ALL=C.UTF-8
    fi
    ;;
esac
exec ./_build/src/app/kutip "$@"

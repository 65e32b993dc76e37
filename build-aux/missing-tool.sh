#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# missing-tool.sh TOOL…: stands in for a test whose tool was not found when
# the build was set up, so the test fails instead of leaving the suite.
echo "not run: $* not found; install them (bash build-aux/install-deps.sh) and set up the build again" >&2
exit 1

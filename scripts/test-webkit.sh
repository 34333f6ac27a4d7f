#!/bin/sh
# WebKitGTK tests: run inside `xvfb-run -a` (MiniBrowser has no headless mode). Used by scripts/test.mjs.
set -u
PORT=${WEBKIT_DRIVER_PORT:-4444}
WebKitWebDriver --port="$PORT" --host=127.0.0.1 > "${TMPDIR:-/tmp}/webkitwebdriver.log" 2>&1 &
DRIVER=$!
sleep 1
WEBKIT_DRIVER_PORT=$PORT node_modules/.bin/web-test-runner --config web-test-runner.webkit.config.mjs
RC=$?
kill "$DRIVER" 2>/dev/null
exit $RC

#!/usr/bin/env bash
# The GitHub Action's lint step (action.yml): runs port-lint once — the job log's format on stdout and SARIF
# for code scanning from the same scan (--sarif-output) — and records the exit code for the later steps.
# Inputs arrive as PL_* environment variables.
set -uo pipefail

bin="$GITHUB_ACTION_PATH/bin/port-lint.js"
args=()
[ -n "${PL_CONFIG:-}" ] && args+=(--config "$PL_CONFIG")
[ -n "${PL_BASELINE:-}" ] && args+=(--baseline "$PL_BASELINE")
[ -n "${PL_CHANGED_SINCE:-}" ] && args+=(--changed-since "$PL_CHANGED_SINCE")
case "${PL_FAIL_ON:-error}" in
  error | never) ;;
  warning) args+=(--max-warnings 0) ;;
  *) echo "::error title=port-lint::fail-on must be error, warning or never, not '$PL_FAIL_ON'"; echo "exit-code=2" >>"$GITHUB_OUTPUT"; exit 0 ;;
esac
read -r -a paths <<<"${PL_PATHS:-.}"

sarif="${RUNNER_TEMP:-/tmp}/port-lint.sarif"
rm -f "$sarif"
node "$bin" "${args[@]}" --format "${PL_FORMAT:-github}" --sarif-output "$sarif" --sarif-category "${PL_CATEGORY:-port-lint}" -- "${paths[@]}"
code=$?
if [ "$code" -ne 2 ] && [ -f "$sarif" ]; then
  echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"
fi
echo "exit-code=$code" >>"$GITHUB_OUTPUT"
exit 0

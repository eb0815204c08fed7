#!/usr/bin/env bash
# Fetches the SARIF references the tests validate rvcm's SARIF with, from the npm registry, into
# ${RVCM_REFERENCES:-~/.cache/rvcm-references}/sarif: the SARIF 2.1.0 JSON schema (as Microsoft's
# @microsoft/jest-sarif ships it, sarif-2.1.0-rtm.5.json) and Microsoft's SARIF Multitool (validate).
set -euo pipefail
dest="${RVCM_REFERENCES:-$HOME/.cache/rvcm-references}/sarif"
if [ -f "$dest/sarif-schema-2.1.0.json" ] && [ -x "$dest/multitool/Sarif.Multitool" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "ci: npm is needed to fetch the SARIF references (apt-get install npm)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @microsoft/jest-sarif@1.0.0-beta.0 @microsoft/sarif-multitool-linux@5.7.0 >/dev/null)
mkdir -p "$dest/multitool"
tar xzf "$tmp"/microsoft-jest-sarif-*.tgz -C "$tmp" package/lib/schemas/sarif-2.1.0-rtm.5.json
mv "$tmp/package/lib/schemas/sarif-2.1.0-rtm.5.json" "$dest/sarif-schema-2.1.0.json"
tar xzf "$tmp"/microsoft-sarif-multitool-linux-*.tgz -C "$dest/multitool" --strip-components=1
chmod +x "$dest/multitool/Sarif.Multitool"
echo "ci: SARIF schema and Multitool in $dest"

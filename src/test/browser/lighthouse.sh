#!/usr/bin/env bash
# Lighthouse 12.2.3 (npm, pinned; installed under target/lighthouse) on the home, matrix, model and query pages of a
# running server, with Debian's Chromium: prints each page's performance, accessibility, best-practices and SEO scores.
# Usage: src/test/browser/lighthouse.sh [BASE_URL]   (default http://127.0.0.1:3030; start it with ./aperture serve)
# Run it on a freshly started server: a page answered a second time meets the answer-cache problem of docs/web.md.
set -euo pipefail
cd "$(dirname "$0")/../../.."
base=${1:-http://127.0.0.1:3030}
tools=target/lighthouse
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --save-exact lighthouse@12.2.3 > "$tools/install.log" 2>&1
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
for page in home:/ matrix:/matrix model:/model/llama-2 "query:/query?name=level-distribution"; do
  name=${page%%:*}
  path=${page#*:}
  "$tools/node_modules/.bin/lighthouse" "$base$path" --quiet --output=json --output-path="$tools/$name.json" \
    --only-categories=performance,accessibility,best-practices,seo --chrome-flags="--headless=new --no-sandbox --disable-gpu"
  node -e 'const r = require(process.argv[1]); const c = r.categories;
    console.log(process.argv[2].padEnd(7), Object.keys(c).map(k => k + " " + Math.round(c[k].score * 100)).join(", "));' \
    "$PWD/$tools/$name.json" "$name"
done

#!/usr/bin/env bash
# Installs what the build and the tests need beyond the .NET SDK, and only what is
# missing, so a second run costs nothing. Called by build.cake; safe to run by hand.
#   build/prepare.sh site   npm packages the site build uses (Pagefind)
#   build/prepare.sh test   the above, plus Chromium, CJK fonts and LibreOffice for tests
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-site}

if [ -f package-lock.json ] && [ ! -d node_modules ]; then
  echo "安装 npm 依赖（package-lock.json）……"
  npm ci --no-audit --no-fund
fi

if [ "$what" = test ]; then
  need=()
  command -v chromium >/dev/null || need+=(chromium)
  fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
  command -v soffice >/dev/null || need+=(libreoffice-calc)
  if [ ${#need[@]} -gt 0 ]; then
    echo "安装测试所需的系统软件包：${need[*]}……"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi

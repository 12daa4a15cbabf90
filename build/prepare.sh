#!/usr/bin/env bash
# Installs what the build and the tests need beyond the .NET SDK, and only what is
# missing, so a second run costs nothing. Called by build.cake; safe to run by hand.
#   build/prepare.sh site   npm packages the site build uses (Pagefind)
#   build/prepare.sh test   the above, plus Chromium, CJK fonts and LibreOffice for tests
#   build/prepare.sh bench  what site installs, plus Hugo and GNU time for the benchmark (nanwu bench)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-site}

# Node.js runs Pagefind, which builds the public site's search index.
if [ -f package-lock.json ] && ! command -v npm >/dev/null; then
  echo "安装 Node.js（生成搜索索引用）……"
  npm_sudo=""
  [ "$(id -u)" -ne 0 ] && npm_sudo="sudo"
  $npm_sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $npm_sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

# Again when package-lock.json changed since the last install (npm ci writes node_modules/.package-lock.json).
if [ -f package-lock.json ] && { [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  echo "安装 npm 依赖（package-lock.json）……"
  npm ci --no-audit --no-fund
fi

# The benchmark (nanwu bench) times Hugo beside Nanwu and reads peak memory from GNU time.
if [ "$what" = bench ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  need=()
  command -v hugo >/dev/null || need+=(hugo)
  [ -x /usr/bin/time ] || need+=(time)
  if [ ${#need[@]} -gt 0 ]; then
    echo "安装基准测试所需的系统软件包：${need[*]}……"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi

if [ "$what" = test ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  need=()
  command -v chromium >/dev/null || need+=(chromium)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
  command -v soffice >/dev/null || need+=(libreoffice-calc)
  # The gitolite test (tests/Nanwu.Git.Tests) runs its own sshd on 127.0.0.1.
  [ -x /usr/share/gitolite3/gitolite-shell ] || need+=(gitolite3)
  [ -x /usr/sbin/sshd ] || need+=(openssh-server)
  if [ ${#need[@]} -gt 0 ]; then
    echo "安装测试所需的系统软件包：${need[*]}……"
    $sudo_cmd apt-get update -qq
    # No package may start a service (sshd on port 22 above all): policy-rc.d says no while
    # installing, unless the machine already has one.
    made_policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' | $sudo_cmd tee /usr/sbin/policy-rc.d >/dev/null
      $sudo_cmd chmod 755 /usr/sbin/policy-rc.d
      made_policy=yes
    fi
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    if [ -n "$made_policy" ]; then $sudo_cmd rm -f /usr/sbin/policy-rc.d; fi
  fi
  # The gitolite test runs gitolite as a dedicated system user without a home of its own
  # (the test gives it one in a temporary folder). Its password is "*", not the locked "!",
  # since sshd refuses locked accounts even for keys. sshd needs its privilege-separation folder.
  if ! id nanwu-gitolite >/dev/null 2>&1; then
    $sudo_cmd useradd --system --user-group --shell /bin/sh --home-dir /nonexistent --no-create-home \
      --password "*" nanwu-gitolite
  fi
  if getent shadow nanwu-gitolite | cut -d: -f2 | grep -q '^!'; then $sudo_cmd usermod -p "*" nanwu-gitolite; fi
  [ -d /run/sshd ] || $sudo_cmd install -d -m 755 /run/sshd
fi

#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine with Node 20+: installs what is
# missing (a C++20 toolchain, cmake, ninja, OpenBLAS, SLEEF — via apt-get,
# with sudo when not root), then `npm ci`, which builds the native addon and
# the ESM/CJS bundles. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
command -v g++ >/dev/null 2>&1 || need_apt+=(g++)
command -v cmake >/dev/null 2>&1 || need_apt+=(cmake)
command -v ninja >/dev/null 2>&1 || need_apt+=(ninja-build)
[ -e /usr/include/x86_64-linux-gnu/cblas.h ] || [ -e /usr/include/cblas.h ] || need_apt+=(libopenblas-dev)
[ -e /usr/include/x86_64-linux-gnu/sleef.h ] || [ -e /usr/include/sleef.h ] || need_apt+=(libsleef-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "jaxts setup: installing ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}"
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "jaxts needs Node >= 20, found $(node --version)" >&2
  exit 1
fi

start=$(date +%s)
JAXTS_REQUIRE_NATIVE=1 npm ci --no-audit --no-fund
echo "jaxts setup: npm ci (native addon + bundles) took $(( $(date +%s) - start ))s"
node -e "const i = require('./build/Release/jaxts.node').info(); console.log('jaxts native addon:', i.isa, '| GEMM', i.blas, '|', i.threads, 'threads |', i.kernels.length, 'native kernels')"

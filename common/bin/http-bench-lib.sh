# Shared helpers of the HTTP benchmarks against the running system (`./itaku up`; benchmarks: gateway/bin/bench-gateway,
# common/bin/bench-reads). Sourced, not run. Everything talks to 127.0.0.1 only; each wrk run is bounded in time.
# shellcheck shell=bash

BENCH_ROOT="${BENCH_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
OIDC="${ITAKU_OIDC_URL:-http://127.0.0.1:8180/realms/itaku}"

bench_say() { printf '[bench] %s\n' "$*" >&2; }
bench_die() { printf '[bench] エラー (error): %s\n' "$*" >&2; exit 1; }

# wrk and nginx from Debian's packages, installed once.
bench_install() {
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  ((${#missing[@]})) || return 0
  local pkgs=()
  for tool in "${missing[@]}"; do case $tool in nginx) pkgs+=(nginx-light) ;; *) pkgs+=("$tool") ;; esac; done
  bench_say "Debian パッケージを導入します (installing): ${pkgs[*]}"
  local sudo=""; [[ $(id -u) == 0 ]] || sudo=sudo
  $sudo apt-get install -y -qq "${pkgs[@]}" >/dev/null 2>&1 ||
    { $sudo apt-get update -qq >/dev/null 2>&1 && $sudo apt-get install -y -qq "${pkgs[@]}" >/dev/null; } ||
    bench_die "apt-get install ${pkgs[*]} に失敗しました"
}

bench_require_up() {
  local port
  for port in "$@"; do
    curl -sf -o /dev/null --max-time 3 "http://127.0.0.1:$port/q/health/ready" ||
      bench_die "127.0.0.1:$port が稼働していません (not up): ./itaku up（共有マシンでは /work/tools/stack の中で）"
  done
}

# A real access token from Keycloak (password grant of the public client itaku-cli).
bench_token() {
  local user=${1:-sho-officer}
  curl -sf --max-time 10 -d grant_type=password -d client_id=itaku-cli -d "username=$user" -d password=itaku-demo \
    "$OIDC/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# wrk -c C -d S URL [token] → "req/s p50-ms non2xx" on stdout. Two threads (the machine has two cores).
bench_wrk() {
  local c=$1 d=$2 url=$3 token=${4:-} out
  local args=(-t2 -c"$c" -d"${d}s" --latency --timeout 5s)
  [[ -n $token ]] && args+=(-H "Authorization: Bearer $token")
  out="$(wrk "${args[@]}" "$url" 2>&1)" || bench_die "wrk failed: $out"
  awk '
    /Requests\/sec:/ { rps = $2 }
    /^ +50%/ { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); p = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); p = v }
               else if (v ~ /s$/) { sub(/s$/, "", v); p = v * 1000 } }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    END { printf "%.0f %.3f %d\n", rps, p, bad + 0 }' <<<"$out"
}

# Largest RSS (MB) over the pids in .itaku/run/NAME.pid for the given names: "name=MB ..." then the max.
bench_rss() {
  local name pid kb max=0 parts=()
  for name in "$@"; do
    pid="$(cat "$BENCH_ROOT/.itaku/run/$name.pid" 2>/dev/null)" || continue
    kb="$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ')"
    [[ -n $kb ]] || continue
    parts+=("$name=$((kb / 1024))MB")
    ((kb / 1024 > max)) && max=$((kb / 1024))
  done
  echo "${parts[*]} max=$max"
}

# CPU time (ms, user + system) a process has used so far: with a shared, loaded machine req/s says more about the
# neighbours than about the service, CPU per request does not.
bench_cpu_ms() {
  local pid=$1 ticks
  ticks="$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null)" || { echo 0; return; }
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

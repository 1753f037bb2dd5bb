#!/usr/bin/env bash
# Makes sure a Docker engine answers for each requested image store, and prints
# the environment that points at them (eval it).
#
#   eval "$(scripts/engine.sh up classic containerd)"
#   eval "$(scripts/engine.sh up any)"     (whatever engine answers, else a private classic one)
#   scripts/engine.sh down
#   scripts/engine.sh private DIR [classic|containerd]   (a private engine in DIR, never a shared
#                                          one: for tests that stop it; prints its DOCKER_HOST)
#   scripts/engine.sh stop DIR              (stops DIR's private engine, at once, as a crash would)
#   scripts/engine.sh apt <package>...   (installs Debian packages the tests use)
#   eval "$(scripts/engine.sh builders HOST)"   (buildx builders of the remote and docker-container
#                                          drivers, from ../shared/tools/buildkit, on the engine at HOST)
#
# An engine that already answers (the ambient DOCKER_HOST, or the default socket)
# is used when its image store is the one asked for. Otherwise a private engine
# is started from Debian's packages (sid, falling back to trixie), unpacked into
# .engine/ without touching the system's apt sources, on its own socket and data
# root, with no iptables rules. Every engine gets the busybox base image the
# fixtures and the demo build FROM.
#
# Prints:
#   export STAGE_SIZE_ENGINES='classic=unix:///… containerd=unix:///…'
#   export DOCKER_HOST=…      (the first requested store's engine)
#   export DOCKER_CONFIG=…    (only when the client had no buildx plugin)
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
engine_dir=${STAGE_SIZE_ENGINE_DIR:-$here/.engine}
root=$engine_dir/root
base_image=stage-size-fixture/busybox:latest

log() { echo "engine: $*" >&2; }
die() { echo "engine: error: $*" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]} from Debian"
  as_root apt-get install -y -q "${missing[@]}" >&2 ||
    { as_root apt-get update -q >&2 && as_root apt-get install -y -q "${missing[@]}" >&2; }
}

# Downloads dockerd, the client, buildx and containerd from one Debian suite
# into $root. Returns non-zero when the suite does not give a working dockerd.
unpack_suite() {
  local suite=$1 work=$engine_dir/apt-$1
  rm -rf "$work" "$root.new" && mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs"
  echo "deb http://deb.debian.org/debian $suite main" >"$work/sources.list"
  local opts=(-q -o "Dir::Etc::sourcelist=$work/sources.list" -o Dir::Etc::sourceparts=/nonexistent
    -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache")
  apt-get "${opts[@]}" update >&2 || return 1
  (cd "$work/debs" && apt-get "${opts[@]}" download docker.io docker-cli docker-buildx containerd >&2) || return 1
  for deb in "$work"/debs/*.deb; do dpkg -x "$deb" "$root.new"; done
  "$root.new/usr/sbin/dockerd" --version >&2 || return 1
  rm -rf "$root" && mv "$root.new" "$root" && rm -rf "$work"
  ensure_init
}

# dockerd starts a container with an init (a docker-container builder's) through
# docker-init, which Debian's package links to tini-static beside it: tini's.
ensure_init() {
  [ ! -d "$root/usr/bin" ] || [ -e "$root/usr/bin/docker-init" ] && return 0
  apt_install tini
  ln -sf /usr/bin/tini-static "$root/usr/bin/tini-static"
}

install_engine() {
  [ -x "$root/usr/sbin/dockerd" ] && { ensure_init; return 0; }
  apt_install runc
  mkdir -p "$engine_dir"
  unpack_suite sid || { log "sid did not give a working engine; trying trixie"; unpack_suite trixie; } ||
    die "could not download a Docker engine from Debian (sid or trixie)"
}

# A docker client: the system's when there is one (it is what users run).
docker_client() { command -v docker || echo "$root/usr/bin/docker"; }

image_store() { # prints classic or containerd for the engine at $1 ("" = ambient)
  local status
  status=$(DOCKER_HOST=${1:-${DOCKER_HOST:-}} "$(docker_client)" info --format '{{json .DriverStatus}}' 2>/dev/null) || return 1
  case "$status" in *io.containerd.snapshotter*) echo containerd ;; *) echo classic ;; esac
}

# A "remote" engine: one in its own network namespace, reached only through its
# unix socket, so it cannot reach this machine's 127.0.0.1 (as Docker Desktop's
# VM, ssh:// and tcp:// engines cannot). nsenter, not `ip netns exec`, which
# remounts /sys and so makes dockerd fail ("Devices cgroup isn't mounted").
netns_for() { # $1 = namespace name; prints the nsenter prefix
  local name=$1
  if ! ip netns list 2>/dev/null | grep -qw "$name"; then
    apt_install iproute2
    as_root ip netns add "$name"
    as_root ip netns exec "$name" ip link set lo up
  fi
  echo "nsenter --net=/var/run/netns/$name"
}

start_engine() { # $1 = store (classic, containerd, remote-classic, remote-containerd); prints the socket's address
  start_in "$engine_dir/$1" "$1"
}

start_in() { # $1 = the engine's folder, $2 = its store; prints the socket's address
  local dir=$1 store=$2
  local sock=unix://$dir/docker.sock prefix=
  if image_store "$sock" >/dev/null; then echo "$sock"; return 0; fi
  install_engine
  mkdir -p "$dir/data" "$dir/exec"
  # One namespace per engine folder: two checkouts' remote engines never share a network.
  case "$store" in remote-*) prefix=$(netns_for "stage-size-$(echo "$dir" | sha256sum | cut -c1-10)") ;; esac
  if [ "${store#remote-}" = containerd ]; then
    echo '{"features":{"containerd-snapshotter":true}}' >"$dir/daemon.json"
  else
    echo '{"features":{"containerd-snapshotter":false}}' >"$dir/daemon.json"
  fi
  log "starting a private dockerd ($store image store) on $sock"
  # The engine's own containerd and shim come first on PATH; runc is the system's.
  # shellcheck disable=SC2086 # the prefix is a command and its arguments
  PATH=$root/usr/bin:$root/usr/sbin:$PATH setsid nohup $prefix "$root/usr/sbin/dockerd" \
    --iptables=false --ip-masq=false -H "$sock" --data-root "$dir/data" --exec-root "$dir/exec" \
    --pidfile "$dir/docker.pid" --config-file "$dir/daemon.json" >"$dir/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 60); do
    image_store "$sock" >/dev/null && { echo "$sock"; return 0; }
    sleep 0.5
  done
  tail -20 "$dir/dockerd.log" >&2
  die "dockerd ($store) did not answer on $sock within 30 s (log: $dir/dockerd.log)"
}

# DOCKER_CONFIG that has the buildx plugin: the user's when buildx already works.
buildx_config() {
  if "$(docker_client)" buildx version >/dev/null 2>&1; then return 0; fi
  install_engine
  local config=$engine_dir/docker-config
  mkdir -p "$config/cli-plugins"
  # Replaced by a rename, never written over: a running buildx (another run's) keeps its file.
  local plugin=$root/usr/libexec/docker/cli-plugins/docker-buildx
  cmp -s "$plugin" "$config/cli-plugins/docker-buildx" ||
    { cp "$plugin" "$config/cli-plugins/.docker-buildx.new" && mv "$config/cli-plugins/.docker-buildx.new" "$config/cli-plugins/docker-buildx"; }
  echo "$config"
}

# The base image every fixture builds FROM: a static busybox on scratch, so no
# registry is needed.
ensure_base_image() {
  local host=$1
  DOCKER_HOST=$host "$(docker_client)" image inspect "$base_image" >/dev/null 2>&1 && return 0
  apt_install busybox-static
  local ctx
  ctx=$(mktemp -d)
  cp /bin/busybox "$ctx/busybox"
  printf 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\nENV PATH=/bin\n' >"$ctx/Dockerfile"
  DOCKER_HOST=$host "$(docker_client)" build -q -t "$base_image" "$ctx" >&2
  rm -rf "$ctx"
}

up() {
  [ $# -gt 0 ] || set -- classic
  local engines=() first="" ambient_store config
  ambient_store=$(image_store "" || true)
  config=$(buildx_config)
  [ -n "$config" ] && export DOCKER_CONFIG=$config
  for store in "$@"; do
    case "$store" in classic | containerd | remote-classic | remote-containerd | any) ;; *) die "unknown image store '$store' (classic, containerd, remote-classic, remote-containerd or any)" ;; esac
    local host
    if [ -n "$ambient_store" ] && { [ "$ambient_store" = "$store" ] || [ "$store" = any ]; }; then
      store=$ambient_store
      host=${DOCKER_HOST:-unix:///var/run/docker.sock}
      log "using the engine that already answers at $host ($store image store)"
    else
      [ "$store" = any ] && store=classic
      host=$(start_engine "$store")
    fi
    ensure_base_image "$host"
    engines+=("$store=$host")
    [ -n "$first" ] || first=$host
  done
  echo "export STAGE_SIZE_ENGINES='${engines[*]}'"
  echo "export DOCKER_HOST='$first'"
  [ -z "$config" ] || echo "export DOCKER_CONFIG='$config'"
}

down() {
  # The engines, and the remote builder's buildkitd.
  local pidfile pid mount
  for pidfile in "$engine_dir"/*/docker.pid "$engine_dir"/buildkit/buildkitd.pid; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  done
  # What an engine leaves mounted (its network namespace's file) would keep the folder from being removed.
  for mount in $(awk -v dir="$engine_dir/" 'index($2, dir) == 1 { print $2 }' /proc/mounts | sort -r); do
    as_root umount "$mount" 2>/dev/null || true
  done
}

private() { # $1 = folder, $2 = store: an engine no other test shares
  local dir=$1 store=${2:-classic} host
  case "$store" in classic | containerd) ;; *) die "a private engine is classic or containerd, not '$store'" ;; esac
  mkdir -p "$dir"
  host=$(start_in "$(cd "$dir" && pwd)" "$store")
  ensure_base_image "$host"
  echo "export DOCKER_HOST='$host'"
}

stop() { # $1 = a private engine's folder
  local pid
  pid=$(cat "$1/docker.pid" 2>/dev/null) || return 0
  kill -9 "$pid" 2>/dev/null || true
  # Its containerd too, as when the machine under it goes away.
  pkill -9 -f "containerd --config $1/exec" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  rm -f "$1/docker.pid"
}

# The buildx builders most users run, made offline by ../shared/tools/buildkit
# (BuildKit built from source): a `remote` one (a buildkitd on this machine, as
# a team's own BuildKit looks to buildx) and `docker-container` ones (what
# docker/setup-buildx-action makes) on Docker's default bridge and on the
# host's network. Names carry this checkout's folder, so two checkouts never
# share one. Prints STAGE_SIZE_BUILDERS ('driver=name ...'); without the tools,
# a line saying so (an error under CI=true).
builders() { # $1 = the engine's DOCKER_HOST
  local tools=${STAGE_SIZE_BUILDKIT:-$here/../shared/tools/buildkit}
  if [ ! -x "$tools/builder.sh" ]; then
    [ "${CI:-}" = true ] && die "no BuildKit at $tools (../shared/tools/buildkit): CI tests the remote and docker-container builders"
    log "no BuildKit at $tools: the remote and docker-container builder tests are skipped"
    echo "export STAGE_SIZE_BUILDERS=''"
    return 0
  fi
  export DOCKER_HOST=$1
  ensure_init
  local id dir=$engine_dir/buildkit image=stage-size-buildkit:local
  id=$(echo "$engine_dir" | sha256sum | cut -c1-8)
  local remote=stage-size-remote-$id bridge=stage-size-container-$id host=stage-size-host-$id
  local isolated=stage-size-isolated-$id
  mkdir -p "$dir"
  if ! "$(docker_client)" buildx inspect --bootstrap "$remote" >/dev/null 2>&1; then
    log "starting buildkitd for the remote builder $remote"
    "$tools/builder.sh" rm "$remote" "$dir" && "$tools/builder.sh" remote "$remote" "$dir" >&2
  fi
  if ! "$(docker_client)" image inspect "$image" >/dev/null 2>&1; then
    # The fixtures' busybox has PATH=/bin and no /tmp; buildkitd finds buildkit-runc in /usr/bin
    # and keeps the Dockerfile it reads in /tmp.
    printf 'FROM %s\nRUN mkdir -m 1777 /tmp\nENV PATH=/usr/sbin:/usr/bin:/sbin:/bin\n' "$base_image" |
      "$(docker_client)" build -q -t stage-size-buildkit-base:local - >/dev/null
    "$tools/builder.sh" image "$image" stage-size-buildkit-base:local >&2
  fi
  # On Docker's bridge (pushes to the gateway), on the host's network, and on none (only the session reaches it).
  for made in "$bridge" "$host:network=host" "$isolated:network=none"; do
    local name=${made%%:*} opts=()
    [ "$name" = "$made" ] || opts=("${made#*:}")
    "$(docker_client)" buildx inspect --bootstrap "$name" >/dev/null 2>&1 && continue
    log "making the docker-container builder $name"
    "$tools/builder.sh" rm "$name" && "$tools/builder.sh" container "$name" "$image" ${opts[@]+"${opts[@]}"} >&2
  done
  echo "export STAGE_SIZE_BUILDERS='remote=$remote docker-container=$bridge docker-container-host=$host docker-container-isolated=$isolated'"
}

case "${1:-}" in
  up) shift; up "$@" ;;
  builders) shift; builders "$@" ;;
  down) down ;;
  private) shift; private "$@" ;;
  stop) shift; stop "$@" ;;
  apt) shift; apt_install "$@" ;;
  *) echo "usage: $0 up [classic] [containerd] | down | private DIR [STORE] | stop DIR | apt <package>..." >&2; exit 2 ;;
esac

#!/bin/sh
# Install (or upgrade in place) the wholesum-worker bundle this script sits in:
#   sudo ./install.sh [--coordinator MULTIADDR] [--prefix DIR] [--no-start]
# Puts the bundle in DIR (/opt/wholesum-worker), creates the `wholesum` system user and its data dir
# /var/lib/wholesum-worker (identity, calibration, ledger), writes /etc/wholesum/worker.env once (an
# upgrade keeps it), and with systemd running installs, enables and starts the unit. Without
# systemd it prints the command that starts the worker the way the unit would.
set -eu
src="$(cd "$(dirname "$0")" && pwd)"
prefix=/opt/wholesum-worker
coordinator=
start=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --coordinator) coordinator="$2"; shift 2 ;;
    --prefix) prefix="$2"; shift 2 ;;
    --no-start) start=no; shift ;;
    *) echo "install.sh: unknown option $1 (use --coordinator MULTIADDR, --prefix DIR, --no-start)" >&2; exit 2 ;;
  esac
done
if [ "$(id -u)" != 0 ]; then
  echo "install.sh: run as root: sudo $0 $*" >&2
  exit 1
fi
env_file=/etc/wholesum/worker.env
data=/var/lib/wholesum-worker
old="$(cat "$prefix/VERSION" 2>/dev/null || true)"

# The new tree goes in beside the old and replaces it in one rename: a worker that restarts midway
# runs either version, never a mix.
if [ "$src" != "$prefix" ]; then
  rm -rf "$prefix.new"
  mkdir -p "$(dirname "$prefix")"
  cp -a "$src" "$prefix.new"
  [ -e "$prefix" ] && mv "$prefix" "$prefix.old"
  mv "$prefix.new" "$prefix"
  rm -rf "$prefix.old"
fi

if ! id wholesum >/dev/null 2>&1; then
  useradd --system --home-dir "$data" --shell /usr/sbin/nologin wholesum
fi
mkdir -p "$data" /etc/wholesum
chown wholesum: "$data"
if [ ! -e "$env_file" ]; then
  cp "$prefix/worker.env" "$env_file"
fi
if [ -n "$coordinator" ]; then
  sed -i "s|^WHOLESUM_COORDINATOR=.*|WHOLESUM_COORDINATOR=$coordinator|" "$env_file"
fi
ln -sf "$prefix/bin/wholesum-worker" /usr/local/bin/wholesum-worker

new="$(cat "$prefix/VERSION")"
if [ -n "$old" ] && [ "$old" != "$new" ]; then
  echo "upgraded: $old -> $new (the worker recalibrates on its next start if the prover changed)"
else
  echo "installed: $new in $prefix"
fi
if ! grep -q '^WHOLESUM_COORDINATOR=.' "$env_file"; then
  echo "set WHOLESUM_COORDINATOR in $env_file (the multiaddr your coordinator prints), then start the worker"
fi

if [ -d /run/systemd/system ]; then
  sed "s|@PREFIX@|$prefix|g" "$prefix/wholesum-worker.service" >/etc/systemd/system/wholesum-worker.service
  systemctl daemon-reload
  systemctl enable wholesum-worker >/dev/null
  if [ "$start" = yes ]; then
    systemctl restart wholesum-worker
    echo "started: journalctl -u wholesum-worker -f"
  fi
else
  echo "no systemd here; start it as the unit would:"
  echo "  runuser -u wholesum -- env \$(grep -v '^#' $env_file | xargs) $prefix/bin/wholesum-worker"
fi

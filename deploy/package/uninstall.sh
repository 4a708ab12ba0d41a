#!/bin/sh
# Remove the wholesum-worker bundle: sudo ./uninstall.sh [--prefix DIR] [--purge]
# Stops and removes the unit and the bundle. --purge also deletes /etc/wholesum/worker.env, the data
# dir (the worker's peer identity, calibration and ledger of verified work) and the `wholesum` user.
set -eu
prefix=/opt/wholesum-worker
purge=no
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --purge) purge=yes; shift ;;
    *) echo "uninstall.sh: unknown option $1 (use --prefix DIR, --purge)" >&2; exit 2 ;;
  esac
done
if [ "$(id -u)" != 0 ]; then
  echo "uninstall.sh: run as root: sudo $0 $*" >&2
  exit 1
fi
if [ -d /run/systemd/system ] && [ -e /etc/systemd/system/wholesum-worker.service ]; then
  systemctl disable --now wholesum-worker >/dev/null 2>&1 || true
  rm -f /etc/systemd/system/wholesum-worker.service
  systemctl daemon-reload
fi
[ "$(readlink /usr/local/bin/wholesum-worker 2>/dev/null)" = "$prefix/bin/wholesum-worker" ] && rm -f /usr/local/bin/wholesum-worker
rm -rf "$prefix"
if [ "$purge" = yes ]; then
  rm -rf /etc/wholesum/worker.env /var/lib/wholesum-worker
  rmdir /etc/wholesum 2>/dev/null || true
  id wholesum >/dev/null 2>&1 && userdel wholesum
  echo "removed the bundle, its settings, its data and the wholesum user"
else
  echo "removed the bundle; kept /etc/wholesum/worker.env and /var/lib/wholesum-worker (--purge deletes them)"
fi

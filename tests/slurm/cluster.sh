#!/usr/bin/env bash
# A one-node Slurm cluster on the loopback interface, for the executor tests and for trying
# `alpwb run --executor slurm` on a laptop. Needs the Debian packages slurmctld, slurmd,
# slurm-client and munge (installed by .ci/run in CI) and root (slurmd runs jobs as their user).
#
#   tests/slurm/cluster.sh start [DIR]   start munged, slurmctld and slurmd with state under DIR
#   tests/slurm/cluster.sh stop  [DIR]   stop them by their pid files
#   tests/slurm/cluster.sh env   [DIR]   print the export lines for the client tools (SLURM_CONF)
#
# DIR defaults to ${ALPWB_SLURM_DIR:-/tmp/alpwb-slurm}. One partition "debug" (default) with all cores.
# No cgroups are needed (proctrack/linuxproc, task/none); no accounting (sacct is not available).
set -euo pipefail
action="${1:-}"
dir="${2:-${ALPWB_SLURM_DIR:-/tmp/alpwb-slurm}}"
host="$(hostname -s)"
conf="$dir/slurm.conf"

fail() { echo "cluster.sh: $*" >&2; exit 1; }

start() {
  for tool in munged slurmctld slurmd sinfo sbatch squeue scancel; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] \
      || fail "$tool is missing; install: apt-get install -y slurmctld slurmd slurm-client munge"
  done
  [ "$(id -u)" = 0 ] || fail "must run as root (slurmd starts jobs as their owner)"
  if [ -f "$dir/slurmctld.pid" ] && kill -0 "$(cat "$dir/slurmctld.pid")" 2>/dev/null; then
    echo "cluster.sh: already running in $dir"; return 0
  fi
  mkdir -p "$dir/state" "$dir/spool" "$dir/log"
  chmod 700 "$dir"
  if [ ! -f "$dir/munge.key" ]; then
    dd if=/dev/urandom of="$dir/munge.key" bs=1024 count=1 status=none
  fi
  chmod 400 "$dir/munge.key"
  PATH="$PATH:/usr/sbin" munged --force -S "$dir/munge.sock" --key-file="$dir/munge.key" \
    --pid-file="$dir/munged.pid" --log-file="$dir/log/munged.log" --seed-file="$dir/munge.seed"
  cat > "$conf" <<CONF
ClusterName=alpwb
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=${ALPWB_SLURMCTLD_PORT:-16817}
SlurmdPort=${ALPWB_SLURMD_PORT:-16818}
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge.sock
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=1
MinJobAge=300
MaxArraySize=1001
DefMemPerCPU=2048
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$(( $(awk '/MemTotal/{print int($2/1024)}' /proc/meminfo) - 1024 )) State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$conf"
  /usr/sbin/slurmctld -f "$conf"
  /usr/sbin/slurmd -f "$conf"
  for _ in $(seq 1 60); do
    if sinfo -h -o '%t' 2>/dev/null | grep -Eq '^(idle|mix|alloc)'; then
      echo "cluster.sh: one-node cluster up in $dir (partition debug, $(nproc) CPUs)"
      echo "export SLURM_CONF=$conf"
      return 0
    fi
    sleep 0.5
  done
  sinfo 2>&1 || true
  tail -20 "$dir/log/slurmctld.log" "$dir/log/slurmd.log" >&2 || true
  fail "the node did not become idle within 30 s (logs above, in $dir/log)"
}

stop_pid() {
  local file="$1"
  if [ -f "$file" ]; then
    local pid; pid="$(cat "$file")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
  fi
}

stop() {
  if [ -f "$conf" ]; then
    SLURM_CONF="$conf" scancel --user="$(id -un)" 2>/dev/null || true
  fi
  stop_pid "$dir/slurmd.pid"
  stop_pid "$dir/slurmctld.pid"
  stop_pid "$dir/munged.pid"
  echo "cluster.sh: stopped ($dir)"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  env) echo "export SLURM_CONF=$conf" ;;
  *) echo "usage: $0 start|stop|env [DIR]" >&2; exit 2 ;;
esac

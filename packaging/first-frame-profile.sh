#!/usr/bin/env bash
# What a window start costs up to its first frame, in measures that do not depend on how busy the machine is
# besides the wall time (docs/performance.md, "Start-up"): each start runs with -Dchainmap.startProfile=FILE,
# and ChainMap appends, once its first frame is drawn, the seconds since the process began (wall), the CPU
# seconds of the process and of the JavaFX thread, the number of classes loaded, and the nodes of the window's
# scene with how many of them are hidden (still styled by the first frame's CSS pass) (ui/StartProfile). One more
# start of each kind logs its class loading (-Xlog:class+load), of which the first classes-many lines are the
# classes of the first frame: how many came from a class-data-sharing archive and how many were read and
# verified from the jar or the runtime's modules; and the CPU seconds of its threads by kind at that frame
# (compilers, collector, JavaFX's threads).
#   Xvfb :79 & DISPLAY=:79 openbox & DISPLAY=:79 RUNS=5 packaging/first-frame-profile.sh
# Kinds (KINDS="jar jar_list"; default jar, jar_list, jar_list_c1, image and installed where they can run):
#   jar          java -jar target/chainmap.jar
#   jar_list     the same with an archive dumped from the class list of a window start (packaging/class-list.sh),
#                as the .deb's postinst makes it
#   jar_list_r0  the same archive mapped where it was dumped (-XX:ArchiveRelocationMode=0) instead of at a
#                random address, which Java 17.0.6 and later do by default and which rewrites every pointer in it
#   jar_list_c1  the same archive with C1 alone (-XX:TieredStopAtLevel=1), as the command line's launcher runs
#   jar_list_x   the same archive with the JVM options in $EXTRA (say EXTRA="-XX:CICompilerCount=2"), to try one
#   old_list     another jar ($OLD, e.g. the jar of the commit before a change) with an archive of its own class
#                list, made as jar_list's: a before and after in the same minutes
#   image        the app image of packaging/build-deb.sh (target/packaging/image) with its archive made as the
#                postinst makes it at installation
#   image_r0     the same with its archive mapped where it was dumped (the options through JAVA_TOOL_OPTIONS)
#   installed    /opt/chainmap/bin/ChainMap, when the .deb is installed
# An archive is (re)made when it is older than its jar: Java 17 refuses an archive whose jar has changed since,
# and -Xshare:auto then runs without any archive, not even the JDK's own, slower than no option at all. Each
# archive is checked with -Xshare:on before it is timed.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DISPLAY:?set DISPLAY to a running X server (Xvfb :79 &)}"
runs=${RUNS:-5}
jar=$PWD/target/chainmap.jar
perf=$PWD/target/perf
list=$perf/chainmap.classlist
list_jsa=$perf/chainmap-list.jsa
old=${OLD:+$(realpath "$OLD")}
old_jsa=$perf/old-list.jsa
extra=${EXTRA:-}
image=$PWD/target/packaging/image/ChainMap
installed=/opt/chainmap
kinds=${KINDS:-jar jar_list jar_list_c1 image installed}
[[ -x $image/bin/ChainMap ]] || kinds=${kinds//image_r0/} kinds=${kinds//image/}
[[ -x $installed/bin/ChainMap ]] || kinds=${kinds//installed/}
[[ -n $old ]] || kinds=${kinds//old_list/}
mkdir -p "$perf"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

need() { [[ " $kinds " == *" $1 "* ]]; }
fresh() { [[ -s $1 && $1 -nt $2 ]]; }    # archive $1 made after jar $2
check_archive() {    # java, archive, class path: fails when the JVM would not map the archive
  "$1" -Xshare:on -XX:SharedArchiveFile="$2" -cp "$3" -version >/dev/null 2>&1 \
    || { echo "first-frame-profile: $2 does not map with $3" >&2; exit 1; }
}
if need jar_list || need jar_list_r0 || need jar_list_c1 || need jar_list_x; then
  if ! fresh "$list_jsa" "$jar"; then
    fresh "$list" "$jar" || packaging/class-list.sh java "$jar" "$list"
    java -Xshare:dump -Xlog:disable -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$list_jsa" \
      -cp "$jar" >/dev/null 2>&1
  fi
  check_archive java "$list_jsa" "$jar"
fi
if need old_list; then
  if ! fresh "$old_jsa" "$old"; then
    packaging/class-list.sh java "$old" "$perf/old.classlist"
    java -Xshare:dump -Xlog:disable -XX:SharedClassListFile="$perf/old.classlist" -XX:SharedArchiveFile="$old_jsa" \
      -cp "$old" >/dev/null 2>&1
  fi
  check_archive java "$old_jsa" "$old"
fi
if need image || need image_r0; then
  if ! fresh "$image/lib/app/chainmap.jsa" "$image/lib/app/chainmap.jar"; then
    "$image/lib/runtime/bin/java" -Xshare:dump -Xlog:disable -XX:SharedClassListFile="$image/lib/app/chainmap.classlist" \
      -XX:SharedArchiveFile="$image/lib/app/chainmap.jsa" -cp "$image/lib/app/chainmap.jar" >/dev/null 2>&1
  fi
  check_archive "$image/lib/runtime/bin/java" "$image/lib/app/chainmap.jsa" "$image/lib/app/chainmap.jar"
fi

# The command of a kind; the launchers' own options are those of lib/app/ChainMap.cfg.
command_of() {
  case $1 in
    jar) echo "java -jar $jar" ;;
    jar_list) echo "java -XX:SharedArchiveFile=$list_jsa -Xshare:auto -jar $jar" ;;
    jar_list_r0) echo "java -XX:SharedArchiveFile=$list_jsa -Xshare:auto -XX:+UnlockDiagnosticVMOptions \
      -XX:ArchiveRelocationMode=0 -jar $jar" ;;
    jar_list_c1) echo "java -XX:SharedArchiveFile=$list_jsa -Xshare:auto -XX:TieredStopAtLevel=1 -jar $jar" ;;
    jar_list_x) echo "java -XX:SharedArchiveFile=$list_jsa -Xshare:auto $extra -jar $jar" ;;
    old_list) echo "java -XX:SharedArchiveFile=$old_jsa -Xshare:auto -jar $old" ;;
    image | image_r0) echo "$image/bin/ChainMap" ;;
    installed) echo "$installed/bin/ChainMap" ;;
  esac
}
# The same start through the runtime's java with the launcher's options, so that it can log (the launchers
# say -Xlog:disable after any option given to them).
logging_command_of() {
  local dir
  case $1 in
    image | image_r0) dir=$image ;;
    installed) dir=$installed ;;
    *) command_of "$1"; return ;;
  esac
  echo "$dir/lib/runtime/bin/java -XX:SharedArchiveFile=$dir/lib/app/chainmap.jsa -Xshare:auto \
    -cp $dir/lib/app/chainmap.jar org.chainmap.Main"
}
# One start: prints its profile line's values, "wall cpu fx_cpu classes"; with a log file, logs class loading.
start() {    # kind, [log]
  local out=$work/profile home=$work/home pid line="" log=${2:-} command options
  rm -rf "$out" "$home"
  mkdir -p "$home"
  if [[ -n $log ]]; then command=$(logging_command_of "$1"); else command=$(command_of "$1"); fi
  options="-Duser.home=$home -Dchainmap.startProfile=$out${log:+ -Xlog:class+load=info:file=$log}"
  [[ $1 != image_r0 ]] || options+=" -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
  # shellcheck disable=SC2086 # a launcher and its options are words
  # In the fresh home folder, as a start from the desktop: the bundled map opens, not the project's maps/.
  (cd "$home" && HOME=$home XDG_STATE_HOME=$home XDG_CONFIG_HOME=$home JAVA_TOOL_OPTIONS=$options \
    exec timeout 300 $command >/dev/null 2>&1 </dev/null) &
  pid=$!
  for _ in $(seq 3000); do
    [[ -s $out && $(wc -l <"$out") -ge 2 ]] && line=$(head -n 1 "$out") && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [[ -n $line ]] || { echo "- - - -"; return; }
  [[ -z $log ]] || { tail -n 1 "$out" >"$log.threads"; sed -n 2p "$out" >"$log.hidden"; }
  sed 's/[a-z_]*=//g; s/first-frame //' <<<"$line"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A samples
for ((i = 1; i <= runs; i++)); do
  for kind in $kinds; do
    sample=$(start "$kind")
    samples[$kind]+="$sample"$'\n'
    echo "$kind: wall cpu fx_cpu classes nodes hidden = $sample (load $(cut -d' ' -f1 /proc/loadavg))"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in $kinds; do
  values=${samples[$kind]%$'\n'}
  medians=""
  for column in 1 2 3 4 5 6; do
    medians+=" $(awk -v c=$column '$c != "-" { print $c }' <<<"$values" | median)"
  done
  # The classes of the first frame by where they came from: the first `classes` lines of a logged start.
  log=$work/$kind.classes
  read -r _ _ _ classes _ <<<"$(start "$kind" "$log")"
  origin="-"
  if [[ $classes =~ ^[0-9]+$ && -s $log ]]; then
    origin=$(head -n "$classes" "$log" | awk '
      /source: shared objects file/ { shared++; next }
      /source: jrt:/ { jrt++; next }
      /source: (file:|jar:)/ { jar++; next }
      { other++ }
      END { printf "shared %d, jar %d, runtime modules %d, generated %d", shared, jar, jrt, other }')
  fi
  echo "$kind medians: wall ${medians# } (s, s, s, classes, nodes, hidden nodes); first frame's classes: $origin"
  echo "$kind CPU by thread at the first frame (logged start): $(cat "$log.threads" 2>/dev/null || echo -)"
  echo "$kind hidden nodes by class (logged start): $(cat "$log.hidden" 2>/dev/null || echo -)"
done

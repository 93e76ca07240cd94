#!/bin/sh
# The `chainmap` command of the Linux package (/opt/chainmap/bin/chainmap, linked from /usr/bin/chainmap by the
# postinst; the menu entry runs it too). It starts the package's Java runtime itself, with the options of one of
# the package's two jpackage launchers, which run the same program with different Java options
# (docs/packaging.md, docs/decisions/0049-a-launcher-for-the-command-line.md):
#   - the window's, bin/ChainMap (C2, the default collector: a long session's layouts and frames), when it is
#     given nothing or only a map file, as org.chainmap.Main opens the window then;
#   - the command line's, bin/chainmap-cli (C1 alone and the parallel collector: a short run, started fast),
#     for a command (validate, gaps, …, --help).
# The rule is Main's (Cli.isMapFileArgument): one argument that is no command, not `help`, does not start with
# `-`, and names a .json file or an existing file. Were the two to disagree, the program would still do what it
# was asked (both launchers run Main), only with the other launcher's options. CommandLaunchersTest keeps the
# list of commands here equal to Cli's.
#
# Why not exec the launcher itself: jpackage 17's Linux launcher asks rpm and dpkg which package it belongs to
# before it starts Java (`rpm -qf`, `dpkg -S`, which reads the whole package database, `dpkg -L`; about 0.6 s,
# and it has no switch to skip that). So this reads the launcher's own configuration, lib/app/ChainMap.cfg or
# lib/app/chainmap-cli.cfg, at every start and gives the runtime's java what the launcher would give it: the
# class path, the java-options in their order with $APPDIR, $BINDIR and $ROOTDIR replaced, -Djpackage.app-path,
# the main class, then the arguments as they came (docs/decisions/0052-the-command-starts-java-itself.md).
# Only shell built-ins read the file. A configuration with anything else in it (default arguments, a module, a
# splash screen), or no runtime, goes through jpackage's launcher, slower but complete.
self=$(readlink -f "$0")
bin=${self%/*}
root=${bin%/*}
commands=" validate info gaps snapshot report compare progress export slides import template generate bench "
window=no
if [ $# -eq 0 ]; then
  window=yes
elif [ $# -eq 1 ]; then
  case " help $commands" in
    *" $1 "*) ;;
    *)
      case $1 in
        -*) ;;
        *.[jJ][sS][oO][nN]) window=yes ;;
        *) [ -f "$1" ] && window=yes ;;
      esac
      ;;
  esac
fi
launcher=chainmap-cli
[ $window = yes ] && launcher=ChainMap
app=$root/lib/app
cfg=$app/$launcher.cfg
java=$root/lib/runtime/bin/java

replace() {    # every $1 in $value replaced by $2
  rest=$value
  value=
  while :; do
    case $rest in
      *"$1"*)
        value=$value${rest%%"$1"*}$2
        rest=${rest#*"$1"}
        ;;
      *)
        value=$value$rest
        return
        ;;
    esac
  done
}
expand() {    # $1 with jpackage's macros replaced, in $value
  value=$1
  replace '$APPDIR' "$app"
  replace '$BINDIR' "$bin"
  replace '$ROOTDIR' "$root"
}

# First the class path and the main class, and whether the configuration holds only what this understands.
classpath=
main=
fast=yes
[ -x "$java" ] && [ -r "$cfg" ] || fast=no
if [ $fast = yes ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in
      '' | '[Application]' | '[JavaOptions]' | java-options=*) ;;
      app.classpath=*)
        expand "${line#app.classpath=}"
        classpath=${classpath:+$classpath:}$value
        ;;
      app.mainclass=*) main=${line#app.mainclass=} ;;
      *) fast=no ;;
    esac
  done <"$cfg"
fi
[ -n "$main" ] && [ -n "$classpath" ] || fast=no
[ $fast = yes ] || exec "$bin/$launcher" "$@"

# The java command after the arguments, then the arguments moved behind it, one by one.
count=$#
set -- "$@" -classpath "$classpath"
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    java-options=*)
      expand "${line#java-options=}"
      set -- "$@" "$value"
      ;;
  esac
done <"$cfg"
set -- "$@" "-Djpackage.app-path=$bin/$launcher" "$main"
while [ $count -gt 0 ]; do
  set -- "$@" "$1"
  shift
  count=$((count - 1))
done
exec "$java" "$@"

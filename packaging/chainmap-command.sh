#!/bin/sh
# The `chainmap` command of the Linux package (/opt/chainmap/bin/chainmap, linked from /usr/bin/chainmap by the
# postinst): picks one of the package's two launchers, which run the same program with different Java options
# (docs/packaging.md, docs/decisions/0049-a-launcher-for-the-command-line.md):
#   - the window's, bin/ChainMap (C2, the default collector: a long session's layouts and frames), when it is
#     given nothing or only a map file, as org.chainmap.Main opens the window then;
#   - the command line's, bin/chainmap-cli (C1 alone and the serial collector: a short run, started fast),
#     for a command (validate, gaps, …, --help, --version).
# The rule is Main's (Cli.isMapFileArgument): one argument that is no command, not `help`, does not start with
# `-`, and names a .json file or an existing file. Were the two to disagree, the program would still do what it
# was asked (both launchers run Main), only with the other launcher's options. PackagingLaunchersTest keeps the
# list of commands here equal to Cli's.
bin=$(dirname "$(readlink -f "$0")")
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
if [ $window = yes ]; then
  exec "$bin/ChainMap" "$@"
fi
exec "$bin/chainmap-cli" "$@"

#!/usr/bin/env bash
# Gives the .deb that jpackage made (packaging/build-installer.sh deb) the files a Debian package ships outside
# its folder, as files of the package, so that `dpkg -L chainmap` lists them and `dpkg -r` removes them
# (jpackage 17 packages only /opt/chainmap; decision 0060):
#   /usr/bin/chainmap                                 a link to the command /opt/chainmap/bin/chainmap
#   /usr/share/applications/chainmap-ChainMap.desktop the menu entry (jpackage's, from packaging/linux/ChainMap.desktop)
#   /usr/share/icons/hicolor/NxN/apps/chainmap.png    the icon at 16 to 512 px, and scalable/apps/chainmap.svg
#   /usr/share/doc/chainmap/copyright                 the copyright file, where Debian's policy puts it
# The desktop's caches (the menu's, the icon theme's) are made again by the triggers of the packages that own them
# (desktop-file-utils, gtk-update-icon-cache, hicolor-icon-theme), as for every Debian package's files there; so
# the package no longer needs xdg-utils, which jpackage adds for its own xdg-desktop-menu commands.
#   packaging/repack-deb.sh target/packaging/chainmap_VERSION-1_ARCH.deb
set -euo pipefail
cd "$(dirname "$0")/.."

deb=${1:?usage: packaging/repack-deb.sh PACKAGE.deb}
[[ -f $deb ]] || { echo "repack-deb: no $deb" >&2; exit 2; }
root=$(mktemp -d "${TMPDIR:-/tmp}/chainmap-deb.XXXXXX")
trap 'rm -rf "$root"' EXIT
dpkg-deb -R "$deb" "$root"
app=$root/opt/chainmap

[[ -f $app/lib/chainmap-ChainMap.desktop ]] || { echo "repack-deb: jpackage made no menu entry" >&2; exit 1; }
install -D -m 644 "$app/lib/chainmap-ChainMap.desktop" "$root/usr/share/applications/chainmap-ChainMap.desktop"
rm "$app/lib/chainmap-ChainMap.desktop"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "packaging/icons/chainmap-$size.png" "$root/usr/share/icons/hicolor/${size}x$size/apps/chainmap.png"
done
install -D -m 644 packaging/icons/chainmap.svg "$root/usr/share/icons/hicolor/scalable/apps/chainmap.svg"
mkdir -p "$root/usr/bin"
ln -s /opt/chainmap/bin/chainmap "$root/usr/bin/chainmap"
[[ -f $app/share/doc/copyright ]] || { echo "repack-deb: jpackage packaged no copyright file" >&2; exit 1; }
install -D -m 644 "$app/share/doc/copyright" "$root/usr/share/doc/chainmap/copyright"
rm -r "$app/share"

control=$root/DEBIAN/control
sed -i -e 's/^\(Depends:.*\), xdg-utils\b/\1/' -e 's/^\(Depends: *\)xdg-utils, */\1/' "$control"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$control"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
  >"$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/md5sums"
dpkg-deb --root-owner-group -Zxz -b "$root" "$deb" >/dev/null
echo "repack-deb: $deb: $(dpkg-deb -c "$deb" | grep -c '^[-l]') files; $(grep '^Depends:' "$control" | cut -c1-60)…"

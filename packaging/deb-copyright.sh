#!/usr/bin/env bash
# Writes the .deb's copyright file (Debian's machine-readable format 1.0) on standard output, from the files that
# say the licences elsewhere: LICENSE (ChainMap's, Apache-2.0), the shipped font's OFL.txt, and the list of the
# libraries inside chainmap.jar (src/main/resources/org/chainmap/ui/third-party.tsv, which Help ▸ About shows).
# packaging/build-installer.sh deb puts it in jpackage's resource folder, where it replaces jpackage's own, which
# had the whole LICENSE under an empty `License:` field; packaging/repack-deb.sh moves it to
# /usr/share/doc/chainmap/copyright. Paths are those under /opt/chainmap, and the icon theme's under /usr/share.
#   packaging/deb-copyright.sh >copyright
set -euo pipefail
cd "$(dirname "$0")/.."

text() {    # a file as the text of a License field: each line indented by one space, an empty line as " ."
  sed -e 's/[[:space:]]*$//' -e 's/^$/./' -e 's/^/ /' "$1"
}
fonts=src/main/resources/org/chainmap/fonts
libraries=src/main/resources/org/chainmap/ui/third-party.tsv
[[ -f LICENSE && -f $fonts/OFL.txt && -f $libraries ]] || { echo "deb-copyright: a licence file is missing" >&2; exit 2; }

cat <<'EOF'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: ChainMap
Upstream-Contact: chainmap@users.noreply.github.com

Files: *
Copyright: ChainMap contributors
License: Apache-2.0

Files: lib/app/chainmap.jar
Copyright: ChainMap contributors, and the authors of the libraries and the font it carries (see Comment)
License: Apache-2.0 and GPL-2 with Classpath exception and (EPL-2.0 or LGPL-2.1+) and MIT and BSD-3-clause and OFL-1.1
Comment: The jar holds ChainMap (Apache-2.0), the font ChainMapSansSC (a subset of Source Han Sans SC,
 OFL-1.1) and these libraries, each under its own licence; Help > About lists them too:
EOF
grep -v '^#' "$libraries" | awk -F'\t' 'NF == 3 { printf " - %s (%s): %s\n", $1, $2, $3 }'
cat <<'EOF'
 The libraries' own licence and notice files are inside the jar, under META-INF.

Files: lib/runtime/*
Copyright: Oracle and/or its affiliates, and the other contributors to OpenJDK
License: GPL-2 with Classpath exception
Comment: The Java runtime (OpenJDK 17, cut with jlink). Its licence, the Classpath exception and the notices
 of the code it includes are in lib/runtime/legal/ (java.base/LICENSE, java.base/ASSEMBLY_EXCEPTION).

Files: lib/ChainMap.png lib/chainmap-cli.png /usr/share/icons/hicolor/*/apps/chainmap.*
Copyright: ChainMap contributors
License: Apache-2.0
Comment: Drawn by packaging/icon/IconGenerator.java.

License: Apache-2.0
 On Debian systems the full text is also in /usr/share/common-licenses/Apache-2.0.
 .
EOF
text LICENSE
cat <<'EOF'

License: GPL-2 with Classpath exception
 This code is free software; you can redistribute it and/or modify it under the terms of the GNU General
 Public License version 2 only, as published by the Free Software Foundation, with the "Classpath" exception
 that its copyright holders give, which lets code linked with it be distributed under terms of one's choice.
 .
 On Debian systems the GPL version 2 is in /usr/share/common-licenses/GPL-2; the exception's text is in
 /opt/chainmap/lib/runtime/legal/java.base/LICENSE (the runtime) and in the JavaFX jars' legal files.

License: EPL-2.0
 The Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/ (JGraphT, which may also be used under
 the LGPL-2.1 or later).

License: LGPL-2.1+
 The GNU Lesser General Public License, version 2.1 or (at your option) any later version. On Debian systems
 the full text is in /usr/share/common-licenses/LGPL-2.1.

License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
 documentation files (the "Software"), to deal in the Software without restriction, including without
 limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the
 Software, and to permit persons to whom the Software is furnished to do so, subject to the following
 conditions:
 .
 The above copyright notice and this permission notice shall be included in all copies or substantial
 portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED
 TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL
 THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
 CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
 DEALINGS IN THE SOFTWARE.

License: BSD-3-clause
 Redistribution and use in source and binary forms, with or without modification, are permitted provided that
 the following conditions are met:
 .
 1. Redistributions of source code must retain the above copyright notice, this list of conditions and the
 following disclaimer.
 2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the
 following disclaimer in the documentation and/or other materials provided with the distribution.
 3. Neither the name of the copyright holder nor the names of its contributors may be used to endorse or
 promote products derived from this software without specific prior written permission.
 .
 THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED
 WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A
 PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY
 DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO,
 PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE
 OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH
 DAMAGE.

License: OFL-1.1
EOF
text "$fonts/OFL.txt"

#!/usr/bin/env bash
# Builds a seed corpus for `scan_bytes` in fuzz/corpus/scan_bytes (not
# committed) from the rule test targets under rules/ and examples/, each
# prefixed with the selector byte that scans it in its own language.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out="$here/corpus/scan_bytes"
mkdir -p "$out"
# Selector = mode; modes follow Language::PARSED, then answer, generic, by name.
declare -A mode=([py]=0 [js]=1 [mjs]=1 [cjs]=1 [jsx]=1 [ts]=2 [tsx]=3 [java]=4 [c]=5 [h]=5
  [cpp]=6 [cc]=6 [hpp]=6 [go]=7 [php]=8 [cs]=9 [rb]=10 [rs]=11 [md]=12
  [yaml]=13 [yml]=13 [env]=13 [json]=13 [toml]=13)
n=0
while IFS= read -r -d '' f; do
  ext=${f##*.}
  sel=${mode[$ext]:-}
  [ -n "$sel" ] || continue
  # A rule file (YAML beside a target) is seeded too, as generic text.
  name=$(printf '%s' "$f" | sha1sum | cut -c1-16)
  { printf "\\x$(printf %02x "$sel")"; head -c 65536 "$f"; } > "$out/$name"
  # And once through scan_text with a neutral name (selector 14: "snippet").
  { printf '\x0e'; head -c 65536 "$f"; } > "$out/${name}-t"
  n=$((n + 1))
done < <(find "$root/rules" "$root/examples" -type f -print0 2>/dev/null)
# A few hand-made edge cases: empty, BOM, UTF-16, truncated snippets, fences.
printf '\x00' > "$out/empty-py"
printf '\x00\xef\xbb\xbfimport os\nos.system(x)\n' > "$out/bom-py"
printf '\x0e\xff\xfei\x00m\x00p\x00o\x00r\x00t\x00 \x00o\x00s\x00\n\x00' > "$out/utf16"
printf '\x00def f(:\n  os.system("a" + (' > "$out/trunc-py"
printf '\x0c```python\nimport yaml\nyaml.load(x)\n```\n~~~js\neval(a\n' > "$out/answer"
printf '\x05int main(){ char b[4]; strcpy(b, argv[1]); printf(b' > "$out/trunc-c"
echo "seeded $n files (+6 edge cases) into $out"

#!/usr/bin/env bash
# Tests the distribution archive the way a user installs it: unpacks target/regdraft-*.tar.gz (and
# the .zip) into a temporary folder and runs bin/regdraft there, without Maven and without the
# source tree. Run after `mvn package` (.ci/run does). Fails on the first wrong answer.
set -euo pipefail
cd "$(dirname "$0")/.."
tgz=$(readlink -f "$(ls target/regdraft-*.tar.gz | head -n 1)")
zip=$(readlink -f "$(ls target/regdraft-*.zip | head -n 1)")
work="$(mktemp -d)"
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
fail() { echo "dist-test: $*" >&2; exit 1; }

tar -xzf "$tgz" -C "$work"
home=$(ls -d "$work"/regdraft-*)
for f in bin/regdraft bin/regdraft.cmd lib/regdraft.jar completion/regdraft_completion README.md \
  templates/reference.docx regulations/安阳市文明行为促进条例.md docs/install.md docs/format.md; do
  [[ -e $home/$f ]] || fail "归档中缺少 $f"
done
[[ -x $home/bin/regdraft ]] || fail "bin/regdraft 不可执行"

# no Maven and no source tree on the PATH: only java
export PATH="$(dirname "$(readlink -f "$(command -v java)")"):/usr/bin:/bin"
export XDG_CACHE_HOME="$work/cache"
cd "$home"
out=$(bin/regdraft check 2>"$work/err") || fail "check 失败：$out $(cat "$work/err")"
grep -q "检查了 2 个文件：0 个错误" <<<"$out" || fail "check 的输出不对：$out"
grep -q "正在生成启动加速归档" "$work/err" || fail "第一次运行没有生成类数据归档"
[[ -s lib/regdraft.jsa && -s lib/regdraft.jsa.key ]] || fail "lib/ 中没有类数据归档"
out=$(bin/regdraft check 2>"$work/err") || fail "第二次 check 失败"
[[ ! -s $work/err ]] || fail "第二次运行有多余输出：$(cat "$work/err")"
bin/regdraft --version | grep -Eq "^regdraft [0-9][^ ]*（提交 [0-9a-f]{7,}" || fail "--version 没有版本和提交：$(bin/regdraft --version)"
bin/regdraft show 文明行为促进条例 第十一条 | grep -q "^第十一条" || fail "show 失败"
bin/regdraft render 文明行为促进条例 -o "$work/a.docx" >/dev/null 2>&1 && [[ -s $work/a.docx ]] || fail "render 失败"

# a broken archive must not break a run (and is replaced)
chmod u+w lib/regdraft.jsa
head -c 100000 lib/regdraft.jsa >"$work/cut" && cat "$work/cut" >lib/regdraft.jsa
bin/regdraft check >/dev/null 2>&1 || fail "截断的归档使 check 失败"
[[ $(stat -c %s lib/regdraft.jsa) -gt 100000 ]] || fail "截断的归档没有重新生成"

# a symlink to the launcher (e.g. in ~/bin) works
ln -s "$home/bin/regdraft" "$work/rd"
(cd "$work" && ./rd --version >/dev/null) || fail "经由符号链接运行失败"

# a read-only installation keeps its archive in the user's cache (not testable as root)
if [[ $(id -u) -ne 0 ]]; then
  rm -f lib/regdraft.jsa lib/regdraft.jsa.key
  chmod -R a-w "$home"
  bin/regdraft check >/dev/null 2>&1 || fail "只读安装中 check 失败"
  ls "$XDG_CACHE_HOME"/regdraft/regdraft.jsa >/dev/null || fail "只读安装没有在 \$XDG_CACHE_HOME 生成归档"
  chmod -R u+w "$home"
fi

# completion: sourcing the script defines the completion function for regdraft
bash -c "source completion/regdraft_completion && complete -p regdraft" | grep -q regdraft || fail "补全脚本无效"
[[ $(bin/regdraft completion) == "$(cat completion/regdraft_completion)" ]] || fail "regdraft completion 与归档中的脚本不同"

# the zip holds the same files
unzip -q "$zip" -d "$work/z"
[[ -f $work/z/$(basename "$home")/lib/regdraft.jar ]] || fail "zip 中没有 lib/regdraft.jar"
echo "dist-test: 通过（$(basename "$tgz")）"

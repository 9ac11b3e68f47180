#!/usr/bin/env bash
# Rebuilds eval/.inputs/<name>/ from the pinned commits in codebases.tsv.
# Each repository must be available as a bare git directory: by default the search library's snapshot
# (/work/.mirror/<owner>+<name>/repo, brought by its `fetch` tool), or any clone given by MIRROR_ROOT
# laid out the same way, or a plain `git clone --bare https://github.com/<owner>/<name>` there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mirror_root="${MIRROR_ROOT:-/work/.mirror}"
inputs="$here/.inputs"
mkdir -p "$inputs"
grep -v '^#' "$here/codebases.tsv" | while IFS=$'\t' read -r name repo commit usings kind folders; do
  [ -n "$name" ] || continue
  git_dir="$mirror_root/${repo/\//+}/repo"
  if [ ! -d "$git_dir" ]; then
    echo "missing $git_dir: fetch $repo first (or: git clone --bare https://github.com/$repo $git_dir)" >&2
    exit 1
  fi
  rm -rf "${inputs:?}/$name"
  mkdir -p "$inputs/$name"
  # shellcheck disable=SC2086
  git --git-dir="$git_dir" archive "$commit" -- $folders | tar -x -C "$inputs/$name"
  echo "$name: $(find "$inputs/$name" -name '*.cs' | wc -l) C# files at $commit"
done

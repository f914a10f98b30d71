#!/usr/bin/env python3
"""One-off conversion of a LawRefBook Markdown file to regdraft Markdown (test fixtures only).

LawRefBook: '# title', history lines, '<!-- INFO END -->', '## 第一章  总  则', '第一条 text',
zero-width-space filler lines. regdraft: YAML front matter (history), '# title', '## 第一章　总则',
'第一条　text', one paragraph per line. The importer (another branch) does this for real.
Usage: lawrefbook-to-regdraft.py IN.md OUT.md
"""
import re
import sys

src, dst = sys.argv[1], sys.argv[2]
lines = [l.replace('\u200b', '').strip() for l in open(src, encoding='utf-8')]
title = lines[0].lstrip('#').strip()
end = lines.index('<!-- INFO END -->')
history = []
for l in lines[1:end]:
    m = re.match(r'^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(.*?)[）)]?$', l)
    if m:
        y, mo, d, ev = m.groups()
        history.append((f'{int(y):04d}-{int(mo):02d}-{int(d):02d}', ev.strip().rstrip('　').strip()))
out = ['---', 'kind: 条例', 'issuer: 北京市人民代表大会常务委员会', 'status: 施行', 'history:']
for date, ev in history:
    out += [f'  - date: {date}', f'    event: {ev}']
out += ['---', '', f'# {title}']
for l in lines[end + 1:]:
    if not l:
        continue
    m = re.match(r'^#+\s*(第[一二三四五六七八九十]+章)\s*(.*)$', l)
    if m:
        name = re.sub(r'\s+', '', m.group(2))
        out += ['', f'## {m.group(1)}\u3000{name}']
        continue
    m = re.match(r'^(第[一二三四五六七八九十百]+条(?:之[一二三四五六七八九十]+)?)\s+(.*)$', l)
    if m:
        out += ['', f'{m.group(1)}\u3000{m.group(2)}']
        continue
    out += ['', l]
open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# make-big-doc.py: writes a Kutip JSON file of about MBYTES of article text
# (the sample repeated) with N annotations spread over it, for bench-app.sh.
import hashlib, json, sys

sample, out, mbytes, n = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
base = open(sample, encoding='utf-8').read()
parts, size = [], 0
while size < mbytes * 1e6:
    parts.append(base)
    size += len(base.encode('utf-8'))
text = '\n'.join(parts)
labels = ['speaker', 'claim', 'date']
annotations = []
step = max(len(text) // max(n, 1), 8)
pos = 0
i = 0
while i < n and pos + 6 < len(text):
    start = pos
    while start < len(text) and text[start].isspace():
        start += 1
    end = min(start + (40 if i % 3 == 1 else 6), len(text))
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    if end > start:
        annotations.append({'id': 'a%d' % (i + 1), 'label': labels[i % 3], 'start': start,
                            'end': end, 'text': text[start:end],
                            'status': 'pending' if i % 10 == 0 else 'accepted'})
        i += 1
    pos += step
doc = {'format': 'kutip', 'version': 1,
       'text_sha256': hashlib.sha256(text.encode('utf-8')).hexdigest(),
       'text': text, 'annotations': annotations, 'relations': [], 'entities': []}
with open(out, 'w', encoding='utf-8') as f:
    json.dump(doc, f, ensure_ascii=False)
print('%s: %d code points, %d annotations' % (out, len(text), len(annotations)))

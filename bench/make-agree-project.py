#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# make-agree-project.py PROJECT N_DOCUMENTS TEXT_BYTES: writes a project of
# N news-like articles (about TEXT_BYTES of text each: Indonesian
# paragraphs, a quotation with its speaker and often a date in about one
# paragraph of three, emoji and accents so offsets are not bytes) annotated
# by two people, PROJECT/kutip-annotators/{dina,eko}/doc-NNNNN.kutip.json,
# for bench-agree.sh. dina tagged every quotation: claim, speaker, date,
# said-by and dated links, one entity per person. eko's version differs the
# way a second annotator's does, reproducibly (seed 12): about one span in
# ten left out, one in ten with another start or end, one in twenty under
# another label, one claim in ten said by someone else, one date in ten with
# another value. Prints the number of documents and of bytes of text.
import hashlib, json, os, random, sys

project, n_docs, text_bytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(12)

speakers = ['Presiden Joko Widodo', 'Menteri Keuangan Sri Mulyani', 'Gubernur Anies Baswedan',
            'Kapolri Listyo Sigit', 'Juru bicara KPK Ali Fikri', 'Ketua DPR Puan Maharani',
            'Dr. Siti Nadia Tarmizi', 'Jean-Pierre Dupont', 'Menlu Retno Marsudi']
claims = ['harga beras akan turun bulan depan', 'kami tidak akan menaikkan pajak 😀',
          'inflasi tetap terkendali di angka 3,5 persen', 'proyek ini selesai tepat waktu 🚧',
          'café di Jakarta harus membayar upah minimum', 'tidak ada korupsi dalam pengadaan ini',
          'ekonomi tumbuh 5,1 persen pada kuartal ketiga', 'semua pihak harus menahan diri 🙏🏽',
          'gencatan senjata harus segera dilaksanakan', 'subsidi energi tetap berjalan tahun ini']
dates = [('Senin (3/6/2024)', '2024-06-03'), ('12 Mei 2024', '2024-05-12'),
         ('kemarin', '2024-06-02'), ('pekan lalu', '2024-05-27'), ('1 Januari 2025', '2025-01-01')]
verbs = ['kata', 'ujar', 'tutur', 'jelas']
filler = ['Pernyataan itu disampaikan di hadapan wartawan di Istana Merdeka, Jakarta.',
          'Para pengamat menilai langkah tersebut cukup berani di tengah situasi ekonomi global.',
          'Sebelumnya, sejumlah lembaga survei merilis hasil yang berbeda-beda.',
          'Data Badan Pusat Statistik menunjukkan tren yang serupa sejak awal tahun.',
          'Warga di beberapa daerah mengeluhkan kenaikan harga kebutuhan pokok.',
          'Rapat kerja dengan komisi terkait dijadwalkan berlangsung pekan depan.',
          'Sejumlah pedagang di pasar tradisional mengaku omzet mereka menurun drastis.',
          'Pemerintah daerah juga menyiapkan anggaran tambahan untuk program bantuan sosial.']


def article(number):
    """The text and dina's annotations, relations and entities."""
    text, anns, rels, people = '', [], [], {}

    def span(label, start, end, **attributes):
        a = {'id': 'a%d' % (len(anns) + 1), 'label': label, 'start': start, 'end': end,
             'text': text[start:end], 'status': 'accepted', 'origin': 'manual', 'author': 'dina'}
        if attributes:
            a['attributes'] = attributes
        anns.append(a)
        return a['id']

    while len(text.encode('utf-8')) < text_bytes:
        paragraph = ' '.join(rng.choice(filler) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.35:
            who, what = rng.choice(speakers), rng.choice(claims)
            when = rng.choice(dates) if rng.random() < 0.6 else None
            head = text + '“'
            c0 = len(head)
            text = head + what[0].upper() + what[1:] + ',” ' + rng.choice(verbs) + ' '
            c1 = c0 + len(what) + 1  # with the comma
            s0 = len(text)
            text += who
            s1 = len(text)
            if when:
                text += ' pada '
                d0 = len(text)
                text += when[0]
                d1 = len(text)
            text += '. ' + paragraph + '\n\n'
            claim = span('claim', c0, c1, kind='direct')
            speaker = span('speaker', s0, s1)
            rels.append({'id': 'r%d' % (len(rels) + 1), 'type': 'said-by', 'from': claim,
                         'to': speaker, 'status': 'accepted', 'origin': 'manual'})
            people.setdefault(who, []).append(speaker)
            if when:
                date = span('date', d0, d1, value=when[1])
                rels.append({'id': 'r%d' % (len(rels) + 1), 'type': 'dated', 'from': claim,
                             'to': date, 'status': 'accepted', 'origin': 'manual'})
        else:
            text += paragraph + '\n\n'
    anns.sort(key=lambda a: (a['start'], -a['end']))
    entities = [{'id': 'e%d' % (i + 1), 'name': who, 'mentions': ids}
                for i, (who, ids) in enumerate(people.items())]
    return {'format': 'kutip', 'version': 1,
            'metadata': {'id': 'doc-%05d' % number, 'title': 'Berita %d' % number,
                         'language': 'id', 'annotator': 'dina'},
            'text_sha256': hashlib.sha256(text.encode('utf-8')).hexdigest(), 'text': text,
            'annotations': anns, 'relations': rels, 'entities': entities}


def trimmed(text, start, end):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def disagree(doc):
    text = doc['text']
    kept, dropped = [], set()
    for a in doc['annotations']:
        roll = rng.random()
        a = dict(a, author='eko')
        if roll < 0.10:
            dropped.add(a['id'])
            continue
        if roll < 0.20:
            start, end = a['start'], a['end']
            if rng.random() < 0.5 and end - start > 2:
                end -= rng.randint(1, min(3, end - start - 1))
            else:
                start = max(0, start - rng.randint(1, 3))
            start, end = trimmed(text, start, end)
            if end <= start:
                dropped.add(a['id'])
                continue
            a['start'], a['end'], a['text'] = start, end, text[start:end]
        elif roll < 0.25 and a['label'] in ('speaker', 'date'):
            a['label'] = 'date' if a['label'] == 'speaker' else 'speaker'
            a.pop('attributes', None)
        if a['label'] == 'date' and rng.random() < 0.10:
            a['attributes'] = {'value': '2024-01-0%d' % rng.randint(1, 9)}
        kept.append(a)
    kept.sort(key=lambda a: (a['start'], -a['end']))
    labels = {a['id']: a['label'] for a in kept}
    speakers_here = [a['id'] for a in kept if a['label'] == 'speaker']
    relations = []
    for r in doc['relations']:
        if r['from'] in dropped or r['to'] in dropped:
            continue
        r = dict(r)
        if r['type'] == 'said-by' and speakers_here and rng.random() < 0.10:
            r['to'] = rng.choice(speakers_here)
        wanted = 'speaker' if r['type'] == 'said-by' else 'date'
        if labels.get(r['from']) == 'claim' and labels.get(r['to']) == wanted:
            relations.append(r)
    entities = []
    for e in doc['entities']:
        mentions = [m for m in e['mentions'] if labels.get(m) == 'speaker']
        if mentions:
            entities.append(dict(e, mentions=mentions))
    return dict(doc, metadata=dict(doc['metadata'], annotator='eko'), annotations=kept,
                relations=relations, entities=entities)


folders = {who: os.path.join(project, 'kutip-annotators', who) for who in ('dina', 'eko')}
for folder in folders.values():
    os.makedirs(folder, exist_ok=True)
total = 0
for number in range(n_docs):
    doc = article(number)
    name = doc['metadata']['id'] + '.kutip.json'
    for who, version in (('dina', doc), ('eko', disagree(doc))):
        with open(os.path.join(folders[who], name), 'w', encoding='utf-8') as f:
            json.dump(version, f, ensure_ascii=False, indent=None)
    total += len(doc['text'].encode('utf-8'))
print(n_docs, total)

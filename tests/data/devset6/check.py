"""Consistency check for devset6: evidence occurs in its document (white space folded), source names are in
the manifest, CSVs parse with the seed gold columns, codes and values are well formed."""
import csv, re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / 'gold' / 'seeds'
fold = lambda s: re.sub(r'\s+', ' ', s).strip()
errors = []
man = list(csv.DictReader(open(HERE / 'documents' / 'manifest.csv', encoding='utf-8')))
ref_header = open(HERE.parents[2] / 'sources' / 'documents' / 'manifest.csv', encoding='utf-8').readline().strip()
if open(HERE / 'documents' / 'manifest.csv', encoding='utf-8').readline().strip() != ref_header:
    errors.append('manifest header differs')
docs = {}
for r in man:
    p = HERE / 'documents' / r['file']
    if not p.exists(): errors.append(f'missing file {p}')
    else: docs[r['source_name']] = fold(p.read_text(encoding='utf-8'))
    if r['date_precision'] not in ('day', 'month', 'year'): errors.append(f'bad precision {r}')
for name in ('contributions.csv', 'events.csv', 'missions.csv'):
    want = open(SEEDS / name, encoding='utf-8').readline().strip().split(',')
    rows = list(csv.DictReader(open(HERE / name, encoding='utf-8')))
    with open(HERE / name, encoding='utf-8') as f:
        got = next(csv.reader(f))
    if got != want: errors.append(f'{name}: columns {got} != {want}')
    for i, r in enumerate(rows, 2):
        if None in r or any(v is None for v in r.values()): errors.append(f'{name}:{i} wrong field count')
        if r['source_name'] not in docs: errors.append(f'{name}:{i} unknown source {r["source_name"]}')
        elif 'evidence' in r and fold(r['evidence']) not in docs[r['source_name']]:
            errors.append(f'{name}:{i} evidence not found: {r["evidence"][:80]}')
        if name == 'contributions.csv':
            if not re.fullmatch(r'[A-Z]{3}', r['contributor_iso3']): errors.append(f'{name}:{i} iso3')
            if r['personnel_type'] not in 'troops infantry engineers medical transport aviation guards police formed_police_unit observers staff_officers peacekeepers'.split(): errors.append(f'{name}:{i} type')
            if r['status'] not in 'offered pledged planned deployed serving cumulative withdrawn'.split(): errors.append(f'{name}:{i} status')
            if r['count_approx'] not in ('true', 'false'): errors.append(f'{name}:{i} approx')
            if not (r['count_low'] or r['count_high']): errors.append(f'{name}:{i} no count')
            if r['count_low'] and r['count_high'] and int(r['count_low']) > int(r['count_high']): errors.append(f'{name}:{i} low>high')
            if not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?', r['as_of']): errors.append(f'{name}:{i} as_of')
        if name == 'events.csv':
            n = {'year': 4, 'month': 7, 'day': 10}.get(r['date_precision'])
            if not n or len(r['date']) != n: errors.append(f'{name}:{i} date/precision')
            if r['event_type'] not in 'deployment pledge withdrawal handover mandate intervention attack appointment other'.split(): errors.append(f'{name}:{i} event_type')
        if name == 'missions.csv' and not all(re.fullmatch(r'[A-Z]{3}', h) for h in r['host_iso3'].split(';')):
            errors.append(f'{name}:{i} host')
    print(name, len(rows), 'rows')
print('\n'.join(errors) or 'clean')
sys.exit(1 if errors else 0)

import csv, re, html, os, sys
base='/work/main/tests/data/devset7/'
fold=lambda s: re.sub(r'\s+',' ',s).strip()
def text(path):
    s=open(path,encoding='utf-8').read()
    if path.endswith('.html'):
        s=re.sub(r'(?is)<(script|style)\b.*?</\1>',' ',s)
        s=re.sub(r'<[^>]+>',' ',s)   # tags -> space
        s=html.unescape(s)
        s=re.sub(r'\s+([,.;:!?])',r'\1',s)  # no space left where an inline tag closed before punctuation
    return fold(s)
ok=True
man=list(csv.DictReader(open(base+'documents/manifest.csv',encoding='utf-8')))
hdr=open('/work/main/sources/documents/manifest.csv').readline().strip().split(',')
assert list(man[0].keys())==hdr, 'manifest header'
docs={}
for r in man:
    p=base+'documents/'+r['file']; assert os.path.exists(p),p
    assert r['file'].rsplit('.',1)[0]==r['source_name']
    docs[r['source_name']]=text(p)
    n=len(docs[r['source_name']].split()); print(r['source_name'],'words',n)
assert len(os.listdir(base+'documents'))==len(man)+1
seeds='/work/main/tests/data/gold/seeds/'
valid={'personnel_type':{'troops','infantry','engineers','medical','transport','aviation','guards','police','formed_police_unit','observers','staff_officers','peacekeepers'},
 'status':{'offered','pledged','planned','deployed','serving','cumulative','withdrawn'},
 'event_type':{'deployment','pledge','withdrawal','handover','mandate','intervention','attack','appointment','other'}}
datere=re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
for fn in ['contributions.csv','events.csv','missions.csv']:
    want=open(seeds+fn).readline().strip().split(',')
    rows=list(csv.DictReader(open(base+fn,encoding='utf-8')))
    if list(rows[0].keys())!=want: print('BAD header',fn); ok=False
    for i,r in enumerate(rows):
        if None in r or any(v is None for v in r.values()): print('ragged',fn,i); ok=False
        if r['source_name'] not in docs: print('unknown source',fn,i); ok=False; continue
        if 'evidence' in r and fold(r['evidence']) not in docs[r['source_name']]:
            print('EVIDENCE MISSING',fn,i,r['evidence'][:90]); ok=False
        for k,v in valid.items():
            if k in r and r[k] not in v: print('bad',k,fn,i,r[k]); ok=False
        for k in ('as_of','date'):
            if k in r and not datere.match(r[k]): print('bad date',fn,i,r[k]); ok=False
        if fn=='events.csv':
            if {4:'year',7:'month',10:'day'}[len(r['date'])]!=r['date_precision']: print('prec',i); ok=False
        if fn=='contributions.csv':
            lo,hi=r['count_low'],r['count_high']
            if not (lo or hi): print('no count',i); ok=False
            if lo and hi and int(lo)>int(hi): print('lo>hi',i); ok=False
            if r['count_approx'] not in ('true','false'): print('approx',i); ok=False
        if r.get('mission') and fn!='missions.csv':
            ms={x['mission_acronym'] for x in csv.DictReader(open(base+'missions.csv')) if x['source_name']==r['source_name']}
            if r['mission']!='UN_PKO_ALL' and r['mission'] not in ms: print('mission not in missions.csv',fn,i,r['mission']); ok=False
    print(fn,len(rows),'rows')
print('CLEAN' if ok else 'PROBLEMS')

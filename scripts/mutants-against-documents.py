#!/usr/bin/env python3
"""Reads real documents with each mutant a `cargo mutants` run missed, to tell the survivors
that change what a user sees from those that change nothing.

    scripts/mutants-against-documents.py MUTANTS_OUT [DOCS_DIR ...]

MUTANTS_OUT is a run's `mutants.out` folder. The documents are every `.txt` file in the
DOCS_DIRs (by default the corpus reports and the news texts beside the checkout, and the
project's fixtures). For each missed mutant the script applies its diff to this checkout,
builds the command line in the `mutants` profile, reads every document, and prints one line:
the mutant, then `no reading changes`, or which documents' judgements change (framework,
council, grades, dates, earlier grades, warnings) and which change only in their evidence.
The checkout is restored after each mutant, and on any error.
"""
import glob
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, 'target', 'mutants', 'ofsted-compare')
DEFAULT_DOCS = ['../shared/corpus/reports', '../news-texts', 'tests/fixtures/*']
# A document that takes longer than this is read as hanging.
TIMEOUT_SECONDS = 10


def run(args, **kwargs):
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, **kwargs)


def reading(path):
    """What a user sees of one document's reading: its judgements (framework, council, grades
    with their dates, earlier grades, warnings), and apart from them the passages quoted."""
    try:
        out = subprocess.run([BINARY, '--json', path], capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
        got = json.loads(out.stdout)
    except subprocess.TimeoutExpired:
        return 'hangs', ''
    except ValueError:
        return 'no reading', ''
    grades = [(j['area'], j['grade'], j['date']) for j in got['judgements']]
    earlier = [(j['area'], j['grade'], j['date']) for j in got['previous']]
    evidence = [[(e['start'], e['end']) for e in j['evidence']] for j in got['judgements']]
    return repr((got['framework'], got['authority'], grades, earlier, [w['code'] for w in got['warnings']])), repr(evidence)


def read_all(paths):
    if run(['cargo', 'build', '-q', '--profile', 'mutants']).returncode != 0:
        return None
    with ThreadPoolExecutor(os.cpu_count()) as pool:
        return list(pool.map(reading, paths))


def missed_mutants(mutants_out):
    outcomes = json.load(open(os.path.join(mutants_out, 'outcomes.json')))['outcomes']
    for outcome in outcomes:
        scenario = outcome['scenario']
        if outcome['summary'] == 'MissedMutant' and isinstance(scenario, dict):
            yield scenario['Mutant'], os.path.join(mutants_out, outcome['diff_path'])


def main():
    mutants_out, folders = sys.argv[1], sys.argv[2:] or DEFAULT_DOCS
    paths = sorted(p for f in folders for p in glob.glob(os.path.join(ROOT, f, '*.txt')))
    baseline = read_all(paths)
    if baseline is None:
        sys.exit('the checkout does not build')
    for mutant, diff in missed_mutants(mutants_out):
        if run(['patch', '-s', '-p0', '--dry-run', mutant['file'], diff]).returncode != 0:
            print(f"{mutant['name']}\tits lines have changed since the run")
            continue
        run(['patch', '-s', '--no-backup-if-mismatch', '-p0', mutant['file'], diff])
        try:
            readings = read_all(paths)
        finally:
            run(['patch', '-s', '--no-backup-if-mismatch', '-R', '-p0', mutant['file'], diff])
        if readings is None:
            verdict = 'does not build now'
        else:
            changed = [(os.path.basename(p), a[0] != b[0]) for p, a, b in zip(paths, baseline, readings) if a != b]
            judged = [name for name, judgement in changed if judgement]
            quoted = [name for name, judgement in changed if not judgement]
            parts = []
            if judged:
                parts.append(f"{len(judged)} documents' judgements change: {' '.join(judged)}")
            if quoted:
                parts.append(f"{len(quoted)} documents' evidence only: {' '.join(quoted)}")
            verdict = '; '.join(parts) or 'no reading changes'
        print(f"{mutant['name']}\t{verdict}", flush=True)


if __name__ == '__main__':
    main()

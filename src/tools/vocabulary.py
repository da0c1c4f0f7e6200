#!/usr/bin/env python3
"""Generates the closed vocabulary of a language: src/main/resources/insights/vocabulary/<language>.txt.

A term, a one-word answer or a form typed is stored only when it is in this vocabulary (or in the taxonomy, or
added by a facilitator with /cop vocabulary add). The vocabulary is the common words of a language's word lists,
accents folded, minus every name the anonymiser removes whatever its case (first-names.txt). Names that are also
everyday words ("hope", "will", "rose": name-words.txt) stay, because they are words: the anonymiser removes them
where a cue says they are names, before the vocabulary is asked.

Reproducible: the same inputs give the same file, sorted, one word a line.

  apt-get install wamerican wbritish            # English (SCOWL size 50, American and British spellings)
  python3 src/tools/vocabulary.py en            # run from the repository root

  apt-get install wspanish                       # Spanish (/usr/share/dict/spanish, public domain)
  python3 src/tools/vocabulary.py es
  apt-get install hunspell-fr-classical hunspell-tools   # French: Grammalecte's dictionary (MPL-2.0), expanded
  python3 src/tools/vocabulary.py fr                     # to every form with unmunch
"""
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

LANGUAGES = {
    'en': {
        'lists': ['/usr/share/dict/american-english', '/usr/share/dict/british-english'],
        'source': "SCOWL 2020.12.07 (Debian's wamerican and wbritish), Copyright 2000-2011 Kevin Atkinson and others;"
                  ' see THIRD-PARTY-NOTICES.txt',
        'supplement': 'src/tools/vocabulary/en-supplement.txt',
    },
    'es': {
        'lists': ['/usr/share/dict/spanish'],
        'source': "Debian's wspanish 1.0.30 (public domain word list); see THIRD-PARTY-NOTICES.txt",
        'supplement': 'src/tools/vocabulary/es-supplement.txt',
    },
    'fr': {
        'hunspell': ('/usr/share/hunspell/fr.dic', '/usr/share/hunspell/fr.aff'),
        'source': "Debian's hunspell-fr-classical 7.0 (Grammalecte's French dictionary, MPL-2.0), every form "
                  'expanded by unmunch; see THIRD-PARTY-NOTICES.txt',
        'supplement': 'src/tools/vocabulary/fr-supplement.txt',
    },
}
NAMES = Path('src/main/resources/insights/first-names.txt')
NAME_WORDS = Path('src/main/resources/insights/name-words.txt')
NAME_LIST = Path('src/main/java/org/copcheckin/insights/NameList.java')
OUT = Path('src/main/resources/insights/vocabulary')
WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")


ELIDED = re.compile(r"^(qu|jusqu|lorsqu|puisqu|quoiqu|[a-z])'")


def fold(word: str) -> str:
    """Accents folded the way the Java side folds them (NFD, combining marks dropped), lower case."""
    decomposed = unicodedata.normalize('NFD', word)
    return ''.join(c for c in decomposed if unicodedata.category(c) != 'Mn').lower()


def entries(path: str):
    for line in open(path, encoding='utf-8'):
        word = line.strip()
        if not word or word.endswith("'s"):
            continue  # possessives: the analysis strips them
        if word[0].islower():
            yield fold(word)
        elif len(word) >= 3 and word.isupper() and word.isalpha():
            yield word.lower()  # acronyms (ADHD, FEMA, HIV) are words, not names


def hunspell_forms(dic: str, aff: str):
    """Every form a Hunspell dictionary makes (unmunch), without its flags and without elided prefixes (l', qu')."""
    out = subprocess.run(['unmunch', dic, aff], capture_output=True, check=True).stdout.decode('utf-8')
    for line in out.splitlines():
        word = line.split('/', 1)[0].strip()
        if not word or re.match(r"^(qu|jusqu|lorsqu|puisqu|quoiqu|[a-z])['’]", word, re.IGNORECASE) or any(c.isdigit() for c in word):
            continue
        if word[0].islower():
            yield fold(word)


def lines(path: Path):
    if not path.exists():
        return set()
    return {fold(line.strip()) for line in open(path, encoding='utf-8')
            if line.strip() and not line.startswith('#')}


def main(language: str) -> None:
    spec = LANGUAGES[language]
    words = set()
    for path in spec.get('lists', []):
        words |= {w for w in entries(path) if WORD.fullmatch(w)}
    if 'hunspell' in spec:
        words |= {w for w in hunspell_forms(*spec['hunspell']) if WORD.fullmatch(w)}
    words |= lines(Path(spec['supplement']))
    # names removed whatever their case; the ones that are everyday words (name-words.txt and NameList's
    # COMMON_WORDS) need a cue, so they stay words here
    source = NAME_LIST.read_text(encoding='utf-8')
    common = set(re.findall(r'"([a-z\']+)"', source[source.index('COMMON_WORDS ='):source.index('CAPITALISED_WORDS =')]))
    names = lines(NAMES) - lines(NAME_WORDS) - common
    if language in ('fr', 'es'):
        # given names and surnames these word lists hold as words: never stored, whatever the cue
        names |= lines(Path('src/tools/vocabulary/fr-es-names.txt'))
    # an elided prefix glued to a word (c'est, jusqu'Mathieu) is not a word of its own: the analysis drops the
    # prefix, and kept here it would let a name glued to it through as a word
    kept = sorted(w for w in words if w not in names and len(w) <= 64
                  and not (language == 'fr' and ELIDED.match(w)))
    OUT.mkdir(parents=True, exist_ok=True)
    header = [
        f'# Closed vocabulary ({language}): {len(kept)} words. Generated by src/tools/vocabulary.py {language}; do not edit.',
        f"# Source: {spec['source']}, plus {spec['supplement']}.",
        '# Lower case, accents folded, possessives dropped, and every name of first-names.txt removed.',
    ]
    (OUT / f'{language}.txt').write_text('\n'.join(header + kept) + '\n', encoding='utf-8')
    print(f'{language}: {len(kept)} words ({len(words) - len(kept)} names or over-long entries removed)')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'en')

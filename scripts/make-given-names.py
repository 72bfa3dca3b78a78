#!/usr/bin/env python3
"""Writes Sources/Extraction/GivenNames.swift: given names that are clearly female or clearly male.

Sources: gender-guesser's nam_dict.txt (Jörg Michael's name dictionary: about 48,000 names from 55
countries with their gender and how common they are in each country), and a short list of Southeast Asian given
names below that the dictionary lacks. A name is listed when the
dictionary marks it only female ("F") or only male ("M"), it is written in plain Latin letters, and
it is common somewhere (frequency 4 or more on the dictionary's 1–13 scale) and never listed for the other sex. The
speaker resolver reads "he"/"she" with it ("Irina Kovalchuk" is no "he"). Common East Asian family
names are left out: they stand first in a name and say nothing of gender. Language facts, not corpus facts.

    pip install gender-guesser && python3 scripts/make-given-names.py
"""
import os, sys
from word_block import block
import gender_guesser

# Only names common somewhere (4 or more on the dictionary's 1–13 scale): rarer entries are less reliable
# ("Hendra" is listed as a woman's name; in Indonesia it is a man's).
MIN_FREQUENCY = 4

FAMILY_NAMES = {"tan", "lim", "lee", "ng", "wong", "chan", "kim", "le", "ho", "ma", "li", "wang", "zhang", "liu", "chen",
                "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "luo", "park",
                "choi", "jung", "kang", "cho", "yoon", "jang", "han", "song", "nguyen", "tran", "pham", "phan", "vu", "vo",
                "dang", "bui", "do", "ngo", "duong", "ly", "teo", "goh", "chua", "koh", "ong", "yeo", "low", "toh", "sim"}

# Southeast Asian given names the dictionary lacks or rates rare, that are a woman's or a man's in their own language
# (Indonesian and Malay, Thai, Khmer, Burmese): a name that opens a person's name in the usual order. Names given to
# both sexes ("Sokha", "Dara", "Win", "Made", most Lao names) and names that are also everyday or place words ("Sri", "Indah", "Intan",
# "Putra") are left out. Vietnamese given names come last and are SpeakerIndex's.
SOUTHEAST_ASIAN_FEMALE = """
    siti dewi ratna fitri fitriani lestari wulan rina yuni yanti wati nurhayati kartini kartika rahmawati susanti anggun
    putri aisyah syafiqah nurul aishah aminah fatimah farah norhayati noraini rohani rosnah zainab zaleha salmah faridah
    hamidah latifah halimah khadijah suraya izzati liyana syahirah nabila amirah atiqah hidayah marlina herlina puspita
    ningsih sulastri suharti endang retno rini sinta
    siriporn malee kanya pornpimol sunisa nattaya wanida kanokwan supaporn siriwan ratchanee jintana pranee sumalee
    duangjai orathai nongnuch chanida wanpen arunee patcharee sasithorn yaowalak pimchanok anchalee
    sreymom sreyneang sreypov sreyleak sokunthea channary bopha kanha malis socheata chanthou somaly leakhena
    thida hnin nilar phyu sandar yadanar thazin
""".split()
SOUTHEAST_ASIAN_MALE = """
    ahmad muhammad mohammad mohd agus budi bambang joko eko hendra rahmat hidayat rizal rizky arif dedi iskandar ismail
    faisal fauzi irfan teguh wahyu dimas bayu zainal zulkifli azman azmi rosli razak nizam hafiz syahrul firdaus khairul
    shahrul hamzah ridwan taufik sutrisno susilo slamet sugeng wawan yudi heru
    somchai somsak sombat somkid surachai suthep prasert prawit chatchai chaiwat kittipong kittisak nattapong nattawut
    thanawat thanakorn wichai wirat pongsak pornchai anucha apichart boonchai chalerm narong niwat sakda suchart surasak
    teerapong thawatchai weerasak yutthana worawut
    vannak piseth rithy sambath visal vuthy sophal kosal vichet samnang sovann bunna
    kyaw zaw htun naing soe
""".split()

path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
female, male, seen_as = set(), set(), {}
for line in open(path, encoding="iso-8859-1"):
    if line.startswith("#") or len(line) < 31:
        continue
    code, name = line[:2].strip(), line[3:29].strip().lower()
    if not name.isascii() or not name.isalpha() or name in FAMILY_NAMES:
        continue
    seen_as.setdefault(name, set()).add(code)
    frequencies = [int(ch, 16) for ch in line[30:85] if ch in "0123456789abcdefABCDEF"]
    if not frequencies or max(frequencies) < MIN_FREQUENCY:
        continue
    if code == "F":
        female.add(name)
    elif code == "M":
        male.add(name)
# A name ever given to the other sex, or to both ("Vivian", "Andrea"), says nothing.
female = sorted(n for n in female if not any("M" in code or code in ("?", "=") for code in seen_as[n]))
male = sorted(n for n in male if not any("F" in code or code in ("?", "=") for code in seen_as[n]))

female = sorted((set(female) | set(SOUTHEAST_ASIAN_FEMALE)) - set(SOUTHEAST_ASIAN_MALE))
male = sorted((set(male) | set(SOUTHEAST_ASIAN_MALE)) - set(SOUTHEAST_ASIAN_FEMALE))
assert not set(SOUTHEAST_ASIAN_FEMALE) & set(SOUTHEAST_ASIAN_MALE)

out = os.path.join(os.path.dirname(__file__), "..", "Sources", "Extraction", "GivenNames.swift")
with open(out, "w", encoding="utf-8") as f:
    f.write("// Generated by scripts/make-given-names.py; do not edit by hand.\n")
    f.write("/// Given names that are only female or only male (gender-guesser's name dictionary and Southeast Asian names), lower-cased.\n")
    f.write("enum GivenNames {\n    static let female: Set<Substring> = Set(\"\"\"\n")
    f.write(block(female))
    f.write("        \"\"\".split(whereSeparator: { $0 == \" \" || $0 == \"\\n\" }))\n")
    f.write("    static let male: Set<Substring> = Set(\"\"\"\n")
    f.write(block(male))
    f.write("        \"\"\".split(whereSeparator: { $0 == \" \" || $0 == \"\\n\" }))\n}\n")
print(f"{len(female)} female and {len(male)} male given names written to {os.path.normpath(out)}", file=sys.stderr)

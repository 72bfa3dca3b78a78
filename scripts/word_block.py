"""Shared by the generators of Sources/Extraction's word lists: words as lines of a Swift multi-line string."""


def block(words):
    """The words, space-separated, in lines of at most 110 characters, each indented for a Swift string literal."""
    lines, line = [], ""
    for w in words:
        if len(line) + len(w) + 1 > 110:
            lines.append(line)
            line = ""
        line += (" " if line else "") + w
    lines.append(line)
    return "".join("        " + l + "\n" for l in lines)

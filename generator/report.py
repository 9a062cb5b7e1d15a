"""How a build shows its diagnostics: each one, except that one kind repeated many times in one
file is shown a few times and then counted.

An archive without a translation memory has a missing-translation warning per quote (49,000
at 10,000 articles): listed in full on every build, they would bury the one message that
matters and cost a terminal seconds to print. `linimasa check` still lists every one.

Entries of an editor's files that match nothing in the corpus (another story's corrections or
translations, say) are one line per file however many there are: they are the editor's to
review, not the build's to repeat.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.core.model import Diagnostic, Level, visible

SHOWN_PER_KIND = 10

# What tells messages of one kind apart: the quoted names in them (ids, expressions, files).
_QUOTED = re.compile(r"'[^']*'")


def summarised(
    diagnostics: Iterable[Diagnostic], shown: int = SHOWN_PER_KIND
) -> list[tuple[Level, str]]:
    """The lines to show for `diagnostics`, with their level: the first `shown` of each kind
    (level, file and message less its quoted names), then one line counting the rest of that
    kind where the first of them would have been."""
    lines: list[tuple[Level, str]] = []
    seen: dict[tuple[Level, str, str], int] = {}
    counted: dict[tuple[Level, str, str], int] = {}  # kind -> its count line in `lines`
    stale: dict[tuple[Level, str], list[int]] = {}  # file -> [its line in `lines`, count]
    for d in diagnostics:
        if d.stale:
            if (d.level, d.file) not in stale:
                stale[(d.level, d.file)] = [len(lines), 0]
                lines.append((d.level, ""))
            stale[(d.level, d.file)][1] += 1
            continue
        kind = (d.level, d.file, _QUOTED.sub("'…'", d.message))
        seen[kind] = seen.get(kind, 0) + 1
        if seen[kind] <= shown:
            lines.append((d.level, str(d)))
        elif kind not in counted:
            counted[kind] = len(lines)
            lines.append((d.level, ""))
    for kind, at in counted.items():
        level, file, message = kind
        more = seen[kind] - shown
        lines[at] = (
            level,
            visible(
                f"{level}: {file}: {more:,} more like this: {message} "
                "(`linimasa check` lists them all)"
            ),
        )
    for (level, file), (at, count) in stale.items():
        entries = "entry matches" if count == 1 else "entries match"
        lines[at] = (
            level,
            f"{level}: {file}: {count:,} {entries} nothing in this corpus: see `linimasa check`",
        )
    return lines

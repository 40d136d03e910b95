# SPDX-License-Identifier: GPL-3.0-or-later
"""GPT-2's and CLIP's reversible map of the 256 bytes to printable characters, shared by the scripts that write
CLIP vocabularies."""


def bytes_to_unicode():
    """The characters standing for bytes 0-255, in byte order: printable ones stand for themselves."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))

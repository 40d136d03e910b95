#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Does the music follow the picture? For each photo, makes a darkened and desaturated copy, generates MIDI for
# both through the CLI's shell (default pipeline, the picture alone, the same seed) and reads tempo, mode and mean
# velocity back from the MIDI files with a parser of its own (not Riffwire's). Prints one row per photo and how
# often the copy is slower, in minor or quieter, and how often it is happier (major where the original is minor).
#   bench/image-mood.sh [IMAGE...]    (default: scikit-image's sample photos, Debian python3-skimage, and
#                                      Debian's desktop-base wallpapers where installed)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec python3 "$root/bench/image_mood.py" "$root" "$@"

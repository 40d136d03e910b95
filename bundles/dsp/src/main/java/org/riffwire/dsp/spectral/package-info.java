// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The spectral spine: one real FFT ({@link org.riffwire.dsp.spectral.RealFft}), the STFT and its inverse
 * ({@link org.riffwire.dsp.spectral.Stft}) and mel filterbanks ({@link org.riffwire.dsp.spectral.MelFilterbank}),
 * shared by pitch tracking, chroma and the spectrogram codec.
 */
@Version("1.1.0")
@Export
package org.riffwire.dsp.spectral;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

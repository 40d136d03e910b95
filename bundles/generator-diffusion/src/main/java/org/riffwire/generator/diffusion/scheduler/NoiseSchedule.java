// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion.scheduler;

/**
 * The forward process a model was trained with: {@code trainSteps} betas, and the cumulative products of
 * {@code 1 − beta} ("alphas cumprod") every sampler derives its steps from. Stable Diffusion's "scaled_linear":
 * betas evenly spaced in square root between {@code betaStart} and {@code betaEnd}.
 */
public final class NoiseSchedule {
    private final double[] alphasCumprod;

    NoiseSchedule(double[] alphasCumprod) {
        this.alphasCumprod = alphasCumprod;
    }

    public static NoiseSchedule of(SchedulerConfig config) {
        int n = config.trainTimesteps();
        double[] betas = new double[n];
        for (int i = 0; i < n; i++) {
            double f = n == 1 ? 0 : (double) i / (n - 1);
            betas[i] = switch (config.betaSchedule()) {
                case "scaled_linear" -> {
                    double root = Math.sqrt(config.betaStart()) + f * (Math.sqrt(config.betaEnd()) - Math.sqrt(config.betaStart()));
                    yield root * root;
                }
                case "linear" -> config.betaStart() + f * (config.betaEnd() - config.betaStart());
                default -> throw new IllegalArgumentException("beta schedule '" + config.betaSchedule()
                        + "' is not supported; scaled_linear and linear are");
            };
        }
        double[] cumprod = new double[n];
        double product = 1;
        for (int i = 0; i < n; i++) {
            product *= 1 - betas[i];
            cumprod[i] = product;
        }
        return new NoiseSchedule(cumprod);
    }

    public int trainTimesteps() {
        return alphasCumprod.length;
    }

    /** ᾱ at timestep {@code t}. */
    public double alphaCumprod(int t) {
        return alphasCumprod[t];
    }

    /** σ = √((1 − ᾱ) / ᾱ): the noise level in the variance-exploding view Euler-type samplers take. */
    public double sigma(int t) {
        return Math.sqrt((1 - alphasCumprod[t]) / alphasCumprod[t]);
    }

    /** σ at a fractional timestep, interpolated linearly between whole ones and held at the ends, as np.interp. */
    public double sigmaAt(double t) {
        if (t <= 0) {
            return sigma(0);
        }
        if (t >= alphasCumprod.length - 1) {
            return sigma(alphasCumprod.length - 1);
        }
        int lo = (int) Math.floor(t);
        int hi = Math.min(lo + 1, alphasCumprod.length - 1);
        double w = t - lo;
        return (1 - w) * sigma(lo) + w * sigma(hi);
    }

    /** σ at each timestep, and 0 after the last: where the samplers that work in σ end. */
    double[] sigmas(double[] timesteps) {
        double[] out = new double[timesteps.length + 1];
        for (int i = 0; i < timesteps.length; i++) {
            out[i] = sigmaAt(timesteps[i]);
        }
        return out;
    }

    /** ᾱ for a noise level σ: 1 / (σ² + 1). */
    static double alphaCumprodOf(double sigma) {
        return 1 / (sigma * sigma + 1);
    }

    /** x_t = √ᾱ x_0 + √(1 − ᾱ) ε, ᾱ that of σ(t). */
    float[] addNoise(float[] original, float[] noise, double t) {
        double alpha = alphaCumprodOf(sigmaAt(t));
        double a = Math.sqrt(alpha);
        double s = Math.sqrt(1 - alpha);
        float[] out = new float[original.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (a * original[i] + s * noise[i]);
        }
        return out;
    }
}

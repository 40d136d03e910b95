// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion.scheduler;

/**
 * DPM-Solver++(2M) (Lu et al. 2022), diffusers' DPMSolverMultistepScheduler with {@code algorithm_type
 * "dpmsolver++"}, order 2: a second-order multistep solver of the probability-flow ODE in the data prediction,
 * written in λ = log(α / σ). The first step is first order (no earlier prediction yet), and so is the last, which
 * lands at σ = 0 on the model's clean prediction ({@code final_sigmas_type "zero"}).
 */
public final class DpmSolverScheduler implements Scheduler {
    private final SchedulerConfig config;
    private final NoiseSchedule schedule;
    private double[] timesteps = new double[0];
    private double[] sigmas = new double[] {0};
    /** The clean-sample predictions of the last two steps, newest first. */
    private float[] lastClean;
    private int stepsTaken;

    public DpmSolverScheduler(SchedulerConfig config) {
        this.config = config;
        this.schedule = NoiseSchedule.of(config);
    }

    @Override
    public void setTimesteps(int steps) {
        timesteps = config.timesteps(steps, steps + 1, true);
        sigmas = schedule.sigmas(timesteps);
        lastClean = null;
        stepsTaken = 0;
    }

    @Override
    public double[] timesteps() {
        return timesteps.clone();
    }

    /** α and σ of the variance-preserving process at noise level σ_VE. */
    private static double alpha(double sigma) {
        return 1 / Math.sqrt(sigma * sigma + 1);
    }

    private static double lambda(double sigma) {
        // log(α / σ_VP) = log(1 / σ_VE): infinite at σ = 0, which only the last, first-order step meets.
        return -Math.log(sigma);
    }

    @Override
    public float[] step(float[] noise, double t, float[] sample) {
        int i = SchedulerConfig.indexOf(timesteps, t);
        double sigmaNow = sigmas[i];
        double sigmaNext = sigmas[i + 1];
        double alphaNow = alpha(sigmaNow);
        double vpNow = sigmaNow * alphaNow;
        float[] clean = new float[sample.length];
        for (int k = 0; k < clean.length; k++) {
            clean[k] = (float) ((sample[k] - vpNow * noise[k]) / alphaNow);
        }
        float[] out = new float[sample.length];
        boolean last = i == timesteps.length - 1;
        if (last || sigmaNext == 0) {
            System.arraycopy(clean, 0, out, 0, out.length);
        } else {
            double alphaNext = alpha(sigmaNext);
            double vpNext = sigmaNext * alphaNext;
            double h = lambda(sigmaNext) - lambda(sigmaNow);
            double decay = Math.expm1(-h); // e^{-h} - 1
            double ratio = vpNext / vpNow;
            if (lastClean == null || stepsTaken < 1) {
                for (int k = 0; k < out.length; k++) {
                    out[k] = (float) (ratio * sample[k] - alphaNext * decay * clean[k]);
                }
            } else {
                double sigmaPrevious = sigmas[i - 1];
                double h0 = lambda(sigmaNow) - lambda(sigmaPrevious);
                double r0 = h0 / h;
                for (int k = 0; k < out.length; k++) {
                    double d1 = (clean[k] - lastClean[k]) / r0;
                    out[k] = (float) (ratio * sample[k] - alphaNext * decay * clean[k] - 0.5 * alphaNext * decay * d1);
                }
            }
        }
        lastClean = clean;
        stepsTaken++;
        return out;
    }

    @Override
    public float[] addNoise(float[] original, float[] noise, double t) {
        return schedule.addNoise(original, noise, t);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion.scheduler;

/**
 * The Euler sampler of Karras et al. (2022), diffusers' EulerDiscreteScheduler without churn: the sample lives in
 * the variance-exploding view {@code x = x₀ + σ ε}, the model sees it scaled by {@code 1 / √(σ² + 1)}, and each
 * step moves it along the predicted noise by the drop in σ, down to σ = 0.
 */
public final class EulerScheduler implements Scheduler {
    private final SchedulerConfig config;
    private final NoiseSchedule schedule;
    private double[] timesteps = new double[0];
    /** σ for each timestep, and 0 after the last. */
    private double[] sigmas = new double[] {0};

    public EulerScheduler(SchedulerConfig config) {
        this.config = config;
        this.schedule = NoiseSchedule.of(config);
    }

    @Override
    public void setTimesteps(int steps) {
        timesteps = config.timesteps(steps, steps, false);
        sigmas = schedule.sigmas(timesteps);
    }

    @Override
    public double[] timesteps() {
        return timesteps.clone();
    }

    @Override
    public double initNoiseSigma() {
        double max = sigmas[0];
        return config.timestepSpacing().equals("leading") ? Math.sqrt(max * max + 1) : max;
    }

    @Override
    public float[] scaleModelInput(float[] sample, double t) {
        double sigma = sigmas[SchedulerConfig.indexOf(timesteps, t)];
        float scale = (float) (1 / Math.sqrt(sigma * sigma + 1));
        float[] out = new float[sample.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = sample[i] * scale;
        }
        return out;
    }

    @Override
    public float[] step(float[] noise, double t, float[] sample) {
        int index = SchedulerConfig.indexOf(timesteps, t);
        double dt = sigmas[index + 1] - sigmas[index];
        float[] out = new float[sample.length];
        for (int i = 0; i < out.length; i++) {
            // The derivative of the probability-flow ODE in σ is the noise prediction itself.
            out[i] = (float) (sample[i] + noise[i] * dt);
        }
        return out;
    }

    @Override
    public float[] addNoise(float[] original, float[] noise, double t) {
        double sigma = schedule.sigmaAt(t);
        float[] out = new float[original.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (original[i] + sigma * noise[i]);
        }
        return out;
    }
}

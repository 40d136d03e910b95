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
    private int index;

    public EulerScheduler(SchedulerConfig config) {
        this.config = config;
        this.schedule = NoiseSchedule.of(config);
    }

    @Override
    public void setTimesteps(int steps) {
        timesteps = switch (config.timestepSpacing()) {
            case "leading" -> config.leading(steps, steps);
            case "linspace" -> config.linspace(steps, steps, false);
            default -> config.trailing(steps);
        };
        sigmas = new double[steps + 1];
        for (int i = 0; i < steps; i++) {
            sigmas[i] = schedule.sigmaAt(timesteps[i]);
        }
        index = 0;
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

    private int indexOf(double t) {
        for (int i = 0; i < timesteps.length; i++) {
            if (timesteps[i] == t) {
                return i;
            }
        }
        throw new IllegalArgumentException("timestep " + t + " is not one of this run's");
    }

    @Override
    public float[] scaleModelInput(float[] sample, double t) {
        double sigma = sigmas[indexOf(t)];
        float scale = (float) (1 / Math.sqrt(sigma * sigma + 1));
        float[] out = new float[sample.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = sample[i] * scale;
        }
        return out;
    }

    @Override
    public float[] step(float[] noise, double t, float[] sample) {
        index = indexOf(t);
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

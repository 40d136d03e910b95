// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion.scheduler;

/**
 * DDIM (Song, Meng and Ermon 2021) with η = 0: deterministic. Each step predicts the clean sample from the noise
 * prediction and re-noises it to the previous timestep along the same noise direction. After the last step the
 * sample sits at ᾱ = 1 ("set_alpha_to_one") or at ᾱ of timestep 0 (Stable Diffusion's configuration).
 */
public final class DdimScheduler implements Scheduler {
    private final SchedulerConfig config;
    private final NoiseSchedule schedule;
    private double[] timesteps = new double[0];
    private int stepRatio;

    public DdimScheduler(SchedulerConfig config) {
        this.config = config;
        this.schedule = NoiseSchedule.of(config);
    }

    @Override
    public void setTimesteps(int steps) {
        stepRatio = config.trainTimesteps() / steps;
        timesteps = config.timesteps(steps, steps, true);
    }

    @Override
    public double[] timesteps() {
        return timesteps.clone();
    }

    @Override
    public float[] step(float[] noise, double t, float[] sample) {
        int now = Math.min((int) t, schedule.trainTimesteps() - 1);
        int previous = now - stepRatio;
        double alpha = schedule.alphaCumprod(now);
        double alphaPrevious = previous >= 0 ? schedule.alphaCumprod(previous)
                : config.setAlphaToOne() ? 1 : schedule.alphaCumprod(0);
        double a = Math.sqrt(alpha);
        double s = Math.sqrt(1 - alpha);
        double ap = Math.sqrt(alphaPrevious);
        double sp = Math.sqrt(1 - alphaPrevious);
        float[] out = new float[sample.length];
        for (int i = 0; i < out.length; i++) {
            double clean = (sample[i] - s * noise[i]) / a;
            out[i] = (float) (ap * clean + sp * noise[i]);
        }
        return out;
    }

    @Override
    public float[] addNoise(float[] original, float[] noise, double t) {
        return schedule.addNoise(original, noise, t);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion.scheduler;

/**
 * A diffusion sampler (diffusers' {@code set_timesteps} / {@code step}), split off from the model the way HF diffusers splits them: it says which timesteps to visit
 * and turns a model's noise prediction at one of them into the next, less noisy sample. Latents are flat arrays;
 * the model predicts the noise (epsilon), as Stable Diffusion 1.x and Riffusion do. Not thread-safe: one instance
 * per generation (multistep solvers remember earlier steps).
 */
public interface Scheduler {
    /** Chooses {@code steps} timesteps and forgets earlier steps. */
    void setTimesteps(int steps);

    /** The timesteps to visit, noisiest first; whole numbers except for Euler's "linspace" spacing. */
    double[] timesteps();

    /** The standard deviation of the starting noise: 1 for samplers of the variance-preserving sample. */
    default double initNoiseSigma() {
        return 1;
    }

    /** The model's input at timestep {@code t}: the sample itself, unless the sampler works in sigma space. */
    default float[] scaleModelInput(float[] sample, double t) {
        return sample;
    }

    /** The sample after the step from timestep {@code t}, given the model's noise prediction there. */
    float[] step(float[] noisePrediction, double t, float[] sample);

    /** {@code original} noised to timestep {@code t}, for image-to-image: the starting point of a shorter run. */
    float[] addNoise(float[] original, float[] noise, double t);
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion.scheduler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * The samplers against references that owe nothing to their code: numpy's values of Stable Diffusion's noise
 * schedule and diffusers' timestep spacings, and two data distributions whose probability-flow ODE is solved in
 * closed form (a point mass, where the noise prediction is exact, and a Gaussian).
 */
class SchedulerTest {
    private static final SchedulerConfig SD = SchedulerConfig.STABLE_DIFFUSION;

    @Test
    void theNoiseScheduleIsStableDiffusions() {
        // numpy: np.cumprod(1 - np.linspace(0.00085 ** 0.5, 0.012 ** 0.5, 1000) ** 2)
        NoiseSchedule s = NoiseSchedule.of(SD);
        assertEquals(0.99915, s.alphaCumprod(0), 1e-12);
        assertEquals(0.9982960278384514, s.alphaCumprod(1), 1e-12);
        assertEquals(0.2763326838229746, s.alphaCumprod(500), 1e-12);
        assertEquals(0.005775500139495751, s.alphaCumprod(981), 1e-12);
        assertEquals(0.004660098513077238, s.alphaCumprod(999), 1e-12);
    }

    @Test
    void timestepsAreSpacedAsDiffusersSpacesThem() {
        DdimScheduler ddim = new DdimScheduler(SD);
        ddim.setTimesteps(50);
        double[] expected = new double[50];
        for (int i = 0; i < 50; i++) {
            expected[i] = 981 - 20 * i;
        }
        assertArrayEquals(expected, ddim.timesteps());

        // numpy: (np.arange(0, 51) * (1000 // 51)).round()[::-1][:-1] + 1
        DpmSolverScheduler dpm = new DpmSolverScheduler(SD);
        dpm.setTimesteps(50);
        assertEquals(951, dpm.timesteps()[0]);
        assertEquals(932, dpm.timesteps()[1]);
        assertEquals(20, dpm.timesteps()[49]);

        // numpy: np.linspace(0, 999, 7)[::-1], and .round() (half to even) for DDIM
        SchedulerConfig linspace = new SchedulerConfig(1000, 0.00085, 0.012, "scaled_linear", 0, "linspace", false, "epsilon");
        EulerScheduler euler = new EulerScheduler(linspace);
        euler.setTimesteps(7);
        assertArrayEquals(new double[] {999, 832.5, 666, 499.5, 333, 166.5, 0}, euler.timesteps(), 1e-9);
        DdimScheduler rounded = new DdimScheduler(linspace);
        rounded.setTimesteps(7);
        assertArrayEquals(new double[] {999, 832, 666, 500, 333, 166, 0}, rounded.timesteps());
    }

    @Test
    void theConfigIsReadFromSchedulerConfigJson() {
        SchedulerConfig c = SchedulerConfig.from(Map.of("num_train_timesteps", 1000, "beta_start", 0.00085, "beta_end", 0.012,
                "beta_schedule", "scaled_linear", "steps_offset", 1, "set_alpha_to_one", false, "_class_name", "PNDMScheduler"));
        assertEquals(SD, c);
    }

    /** ᾱ at a (possibly fractional) timestep, from σ as the samplers interpolate it. */
    private static double alphaAt(double t) {
        double sigma = NoiseSchedule.of(SD).sigmaAt(t);
        return 1 / (sigma * sigma + 1);
    }

    /** Runs a sampler from the given starting noise with a model that predicts the noise. */
    private static float[] sample(Scheduler scheduler, int steps, float[] noise, ModelOf model) {
        scheduler.setTimesteps(steps);
        float[] x = new float[noise.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (noise[i] * scheduler.initNoiseSigma());
        }
        for (double t : scheduler.timesteps()) {
            float[] input = scheduler.scaleModelInput(x, t);
            x = scheduler.step(model.apply(t).apply(input), t, x);
        }
        return x;
    }

    private interface ModelOf {
        Function<float[], float[]> apply(double t);
    }

    private static float[] noise(int n, long seed) {
        Random random = new Random(seed);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) random.nextGaussian();
        }
        return out;
    }

    /** The exact noise prediction when all data is the point x0. */
    private static ModelOf pointMass(float[] x0) {
        return t -> x -> {
            double a = alphaAt(t);
            float[] eps = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                eps[i] = (float) ((x[i] - Math.sqrt(a) * x0[i]) / Math.sqrt(1 - a));
            }
            return eps;
        };
    }

    @Test
    void onAPointMassEulerAndDpmSolverLandOnItAndDdimFollowsItsClosedForm() {
        float[] x0 = {0.5f, -1.25f, 2f, 0f};
        float[] start = noise(4, 11);
        assertArrayEquals(x0, sample(new EulerScheduler(SD), 20, start, pointMass(x0)), 1e-4f);
        assertArrayEquals(x0, sample(new DpmSolverScheduler(SD), 20, start, pointMass(x0)), 1e-4f);
        // DDIM keeps the noise direction: x_end = √ᾱ_end x0 + √(1 − ᾱ_end) ε, ε fixed by the start.
        NoiseSchedule s = NoiseSchedule.of(SD);
        double aStart = s.alphaCumprod(981);
        double aEnd = s.alphaCumprod(0);
        float[] expected = new float[4];
        for (int i = 0; i < 4; i++) {
            double eps = (start[i] - Math.sqrt(aStart) * x0[i]) / Math.sqrt(1 - aStart);
            expected[i] = (float) (Math.sqrt(aEnd) * x0[i] + Math.sqrt(1 - aEnd) * eps);
        }
        assertArrayEquals(expected, sample(new DdimScheduler(SD), 50, start, pointMass(x0)), 1e-4f);
    }

    private static final double MU = 0.7;
    private static final double S = 0.5;

    /** The exact noise prediction for data drawn from N(MU, S²) in every dimension. */
    private static ModelOf gaussian() {
        return t -> x -> {
            double a = alphaAt(t);
            float[] eps = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                eps[i] = (float) (Math.sqrt(1 - a) * (x[i] - Math.sqrt(a) * MU) / (a * S * S + 1 - a));
            }
            return eps;
        };
    }

    /** The probability-flow ODE's solution at σ from y(σ_T) = y: μ + (y − μ) √(s² + σ²) / √(s² + σ_T²). */
    private static double exact(double y, double sigmaStart, double sigma) {
        return MU + (y - MU) * Math.sqrt(S * S + sigma * sigma) / Math.sqrt(S * S + sigmaStart * sigmaStart);
    }

    /**
     * The worst error against the exact flow at the last timestep's σ, reached by all steps but the last: the
     * last jumps to σ = 0 on the model's clean prediction (first order in every sampler), so it measures the
     * toy distribution more than the solver.
     */
    private static double error(Scheduler scheduler, int steps, float[] start, boolean varianceExploding) {
        scheduler.setTimesteps(steps);
        double[] timesteps = scheduler.timesteps();
        NoiseSchedule schedule = NoiseSchedule.of(SD);
        double sigmaStart = schedule.sigmaAt(timesteps[0]);
        double sigmaEnd = schedule.sigmaAt(timesteps[timesteps.length - 1]);
        float[] x = new float[start.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (start[i] * scheduler.initNoiseSigma());
        }
        float[] first = x.clone();
        for (int k = 0; k < timesteps.length - 1; k++) {
            double t = timesteps[k];
            x = scheduler.step(gaussian().apply(t).apply(scheduler.scaleModelInput(x, t)), t, x);
        }
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            // A variance-preserving sample is the exploding one times √ᾱ = 1 / √(σ² + 1).
            double yStart = varianceExploding ? first[i] : first[i] * Math.sqrt(sigmaStart * sigmaStart + 1);
            double yEnd = varianceExploding ? x[i] : x[i] * Math.sqrt(sigmaEnd * sigmaEnd + 1);
            worst = Math.max(worst, Math.abs(yEnd - exact(yStart, sigmaStart, sigmaEnd)));
        }
        return worst;
    }

    @Test
    void onAGaussianEulerConvergesToTheExactFlowAndDpmSolverGetsThereInTenSteps() {
        float[] start = noise(64, 5);
        double euler10 = error(new EulerScheduler(SD), 10, start, true);
        double euler100 = error(new EulerScheduler(SD), 100, start, true);
        double dpm10 = error(new DpmSolverScheduler(SD), 10, start, false);
        assertTrue(euler100 < euler10 / 5, "Euler converges (first order): " + euler10 + " → " + euler100);
        assertTrue(dpm10 < euler10 / 3, "DPM-Solver++(2M) at 10 steps (" + dpm10 + ") beats Euler (" + euler10 + ")");
        assertTrue(dpm10 < 0.02, "DPM-Solver++(2M) at 10 steps is within 0.02 of the exact flow: " + dpm10);
    }

    @Test
    void fiveHundredStepsStayInsideTheSchedule() {
        float[] x0 = {0.25f, -0.5f};
        float[] start = noise(2, 3);
        assertArrayEquals(x0, sample(new DpmSolverScheduler(SD), 500, start, pointMass(x0)), 1e-3f);
        float[] ddim = sample(new DdimScheduler(SD), 500, start, pointMass(x0));
        assertTrue(Math.abs(ddim[0] - x0[0]) < 0.05 && Math.abs(ddim[1] - x0[1]) < 0.05, java.util.Arrays.toString(ddim));
        DdimScheduler all = new DdimScheduler(SD);
        all.setTimesteps(1000);
        assertEquals(999, all.timesteps()[0]);
    }
}

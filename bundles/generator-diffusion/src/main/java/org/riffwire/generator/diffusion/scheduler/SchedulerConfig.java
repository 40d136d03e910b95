// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion.scheduler;

import java.util.Map;

/**
 * The fields of a diffusers {@code scheduler_config.json} the samplers read, with diffusers' defaults for Stable
 * Diffusion 1.x when a field is missing. {@code timestepSpacing} is "leading", "linspace" or "trailing".
 */
public record SchedulerConfig(int trainTimesteps, double betaStart, double betaEnd, String betaSchedule, int stepsOffset,
        String timestepSpacing, boolean setAlphaToOne, String predictionType) {
    /** Stable Diffusion 1.5's PNDM/DDIM configuration. */
    public static final SchedulerConfig STABLE_DIFFUSION = new SchedulerConfig(1000, 0.00085, 0.012, "scaled_linear", 1,
            "leading", false, "epsilon");

    public SchedulerConfig {
        if (trainTimesteps < 2) {
            throw new IllegalArgumentException("num_train_timesteps must be at least 2");
        }
        if (!predictionType.equals("epsilon")) {
            throw new IllegalArgumentException("prediction_type '" + predictionType + "' is not supported; epsilon is");
        }
        if (!timestepSpacing.equals("leading") && !timestepSpacing.equals("linspace") && !timestepSpacing.equals("trailing")) {
            throw new IllegalArgumentException("timestep_spacing '" + timestepSpacing + "' is not leading, linspace or trailing");
        }
    }

    /** From the parsed JSON object of a scheduler_config.json. */
    public static SchedulerConfig from(Map<String, Object> json) {
        SchedulerConfig d = STABLE_DIFFUSION;
        return new SchedulerConfig(integer(json, "num_train_timesteps", d.trainTimesteps()),
                number(json, "beta_start", d.betaStart()), number(json, "beta_end", d.betaEnd()),
                string(json, "beta_schedule", d.betaSchedule()), integer(json, "steps_offset", d.stepsOffset()),
                string(json, "timestep_spacing", d.timestepSpacing()),
                json.get("set_alpha_to_one") instanceof Boolean b ? b : d.setAlphaToOne(),
                string(json, "prediction_type", d.predictionType()));
    }

    private static int integer(Map<String, Object> json, String key, int fallback) {
        return json.get(key) instanceof Number n ? n.intValue() : fallback;
    }

    private static double number(Map<String, Object> json, String key, double fallback) {
        return json.get(key) instanceof Number n ? n.doubleValue() : fallback;
    }

    private static String string(Map<String, Object> json, String key, String fallback) {
        return json.get(key) instanceof String s ? s : fallback;
    }

    /**
     * {@code steps} timesteps, noisiest first, spaced as this configuration says. {@code divisions} is how many
     * points "leading" and "linspace" divide the schedule into (DPM-Solver++ takes one more than its steps and
     * drops the last); {@code roundLinspace} whether "linspace" timesteps are rounded (Euler's are not).
     */
    double[] timesteps(int steps, int divisions, boolean roundLinspace) {
        return switch (timestepSpacing) {
            case "leading" -> leading(steps, divisions);
            case "linspace" -> linspace(steps, divisions, roundLinspace);
            default -> trailing(steps);
        };
    }

    /** Where {@code t} stands among a run's timesteps. */
    static int indexOf(double[] timesteps, double t) {
        for (int i = 0; i < timesteps.length; i++) {
            if (timesteps[i] == t) {
                return i;
            }
        }
        throw new IllegalArgumentException("timestep " + t + " is not one of this run's");
    }

    /** Diffusers' "leading" spacing: multiples of trainSteps / divisions, noisiest first, plus the offset. */
    double[] leading(int steps, int divisions) {
        check(steps);
        int ratio = Math.max(1, trainTimesteps / divisions);
        double[] out = new double[steps];
        for (int i = 0; i < steps; i++) {
            out[i] = Math.min(trainTimesteps - 1, (double) (divisions - 1 - i) * ratio + stepsOffset);
        }
        return out;
    }

    /** Diffusers' "linspace" spacing: {@code points} values evenly from trainSteps − 1 to 0, the first {@code steps}. */
    double[] linspace(int steps, int points, boolean rounded) {
        check(steps);
        double[] out = new double[steps];
        for (int i = 0; i < steps; i++) {
            double t = points == 1 ? 0 : (double) (trainTimesteps - 1) * (points - 1 - i) / (points - 1);
            // numpy rounds half to even, as Math.rint does.
            out[i] = rounded ? Math.rint(t) : t;
        }
        return out;
    }

    /** Diffusers' "trailing" spacing: down from trainSteps in steps of trainSteps / steps, minus one. */
    double[] trailing(int steps) {
        check(steps);
        double ratio = (double) trainTimesteps / steps;
        double[] out = new double[steps];
        for (int i = 0; i < steps; i++) {
            out[i] = Math.rint(trainTimesteps - i * ratio) - 1;
        }
        return out;
    }

    private void check(int steps) {
        if (steps < 1 || steps > trainTimesteps) {
            throw new IllegalArgumentException("steps must be 1–" + trainTimesteps + ", got " + steps);
        }
    }
}

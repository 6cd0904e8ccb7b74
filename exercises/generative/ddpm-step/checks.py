"""The whole sampler's property: from x_T ~ N(0, 1), with the exact noise predictor of
N(0, s^2) data, the T = 1000 steps of the linear schedule end at variance s^2 (within 3%).
The driver's noise makes the mean square of x_0 over its samples exactly the variance the
sampler reaches (see driver.py), so the bound holds for a right step on every seed."""
import math


def ends_at_data_variance(inputs, outputs, expected):
    s = inputs["s"]
    value = outputs.get("sampler mean square of x_0") if isinstance(outputs, dict) else None
    if not isinstance(value, (int, float)):
        return "the sampler produced no variance to check (see the other messages)"
    target = s * s
    if math.isfinite(value) and abs(value - target) <= 0.03 * target:
        return None
    shown = f"{value:.4g}" if math.isfinite(value) else str(value)
    return (f"1000 of your steps (the linear schedule, the exact noise predictor of N(0, {s:.3g}²) "
            f"data) took N(0, 1) noise to samples of variance {shown}, where the data's is "
            f"{target:.4g} (3% allowed): a step that is slightly off at every t drifts far over "
            "the whole chain")

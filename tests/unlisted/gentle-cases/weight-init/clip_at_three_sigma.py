# expect: never repeats a value
# he_normal clips the draws to +-3 standard deviations ("avoid outliers"), piling 0.27% of entries exactly at +-3 sigma; xavier correct
import numpy as np
def he_normal(fan_in, fan_out, rng):
    std = np.sqrt(2.0 / fan_in)
    return np.clip(rng.normal(0.0, std, size=(fan_in, fan_out)), -3 * std, 3 * std)
def xavier_uniform(fan_in, fan_out, rng):
    a = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-a, a, size=(fan_in, fan_out))

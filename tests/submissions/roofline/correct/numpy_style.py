import numpy as np


def _times(M, N, K, b, peak, bw):
    sizes = np.array([M * K, K * N, M * N], dtype=np.float64)
    return np.array([2.0 * M * N * K / peak, sizes.sum() * b / bw])


def roofline_time(M, N, K, bytes_per_element, peak_flops, bandwidth):
    return float(np.max(_times(M, N, K, bytes_per_element, peak_flops, bandwidth)))


def is_compute_bound(M, N, K, bytes_per_element, peak_flops, bandwidth):
    compute, memory = _times(M, N, K, bytes_per_element, peak_flops, bandwidth)
    return bool(compute > memory)

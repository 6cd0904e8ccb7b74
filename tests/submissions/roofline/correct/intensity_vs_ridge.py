def _flops_and_bytes(M, N, K, bytes_per_element):
    flops = 2 * M * N * K
    traffic = bytes_per_element * (M * K + K * N + M * N)
    return flops, traffic


def roofline_time(M, N, K, bytes_per_element, peak_flops, bandwidth):
    flops, traffic = _flops_and_bytes(M, N, K, bytes_per_element)
    intensity = flops / traffic
    attainable = min(peak_flops, intensity * bandwidth)     # the roofline itself, in FLOP/s
    return flops / attainable


def is_compute_bound(M, N, K, bytes_per_element, peak_flops, bandwidth):
    flops, traffic = _flops_and_bytes(M, N, K, bytes_per_element)
    return flops / traffic > peak_flops / bandwidth           # intensity above the ridge

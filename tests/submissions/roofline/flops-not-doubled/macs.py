def roofline_time(M, N, K, bytes_per_element, peak_flops, bandwidth):
    macs = M * N * K
    return max(macs / peak_flops, (M * K + K * N + M * N) * bytes_per_element / bandwidth)


def is_compute_bound(M, N, K, bytes_per_element, peak_flops, bandwidth):
    intensity = M * N * K / ((M * K + K * N + M * N) * bytes_per_element)
    return intensity > peak_flops / bandwidth

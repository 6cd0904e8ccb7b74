def roofline_time(M, N, K, bytes_per_element, peak_flops, bandwidth):
    t = 0.0
    t += 2 * M * N * K / peak_flops
    t += (M * K + K * N + M * N) * bytes_per_element / bandwidth
    return t


def is_compute_bound(M, N, K, bytes_per_element, peak_flops, bandwidth):
    return 2 * M * N * K / peak_flops > (M * K + K * N + M * N) * bytes_per_element / bandwidth

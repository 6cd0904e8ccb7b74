def roofline_time(M, N, K, bytes_per_element, peak_flops, bandwidth):
    ops = M * N * K
    memory = (M * K + K * N + M * N) * bytes_per_element / bandwidth
    return max(ops / peak_flops, memory)


def is_compute_bound(M, N, K, bytes_per_element, peak_flops, bandwidth):
    return (2 * M * N * K) / peak_flops > (M * K + K * N + M * N) * bytes_per_element / bandwidth

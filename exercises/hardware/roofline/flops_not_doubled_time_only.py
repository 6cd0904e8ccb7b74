def roofline_time(M, N, K, bytes_per_element, peak_flops, bandwidth):
    compute = M * N * K / peak_flops
    memory = (M * K + K * N + M * N) * bytes_per_element / bandwidth
    return max(compute, memory)


def is_compute_bound(M, N, K, bytes_per_element, peak_flops, bandwidth):
    compute = 2 * M * N * K / peak_flops
    memory = (M * K + K * N + M * N) * bytes_per_element / bandwidth
    return compute > memory

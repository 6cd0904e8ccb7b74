def _times(M, N, K, bytes_per_element, peak_flops, bandwidth):
    flops = 2 * M * N * K                                   # one multiply and one add per term
    moved = (M * K + K * N + M * N) * bytes_per_element     # A, B read once; C written once
    return flops / peak_flops, moved / bandwidth


def roofline_time(M, N, K, bytes_per_element, peak_flops, bandwidth):
    compute, memory = _times(M, N, K, bytes_per_element, peak_flops, bandwidth)    # mutant-ok(arguments_swapped): F and Q are symmetric in M, N
    return max(compute, memory)    # mutant-ok(arguments_swapped): max commutes


def is_compute_bound(M, N, K, bytes_per_element, peak_flops, bandwidth):
    compute, memory = _times(M, N, K, bytes_per_element, peak_flops, bandwidth)    # mutant-ok(arguments_swapped): F and Q are symmetric in M, N
    return compute > memory

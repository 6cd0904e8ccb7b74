"""Mistake sum-not-max, as an override of the reference: _times and roofline_time differ."""


def _times(M, N, K, bytes_per_element, peak_flops, bandwidth):
    return 2 * M * N * K / peak_flops, (M * K + K * N + M * N) * bytes_per_element / bandwidth


def roofline_time(M, N, K, bytes_per_element, peak_flops, bandwidth):
    compute, memory = _times(M, N, K, bytes_per_element, peak_flops, bandwidth)
    return compute + memory            # as if the chip could not overlap the two

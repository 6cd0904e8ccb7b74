"""Mistake flops-not-doubled, as an override of the reference: _times and roofline_time differ."""


def _times(M, N, K, bytes_per_element, peak_flops, bandwidth):
    flops = M * N * K                  # counts multiply-adds, not flops
    moved = (M * K + K * N + M * N) * bytes_per_element
    return flops / peak_flops, moved / bandwidth


def roofline_time(M, N, K, bytes_per_element, peak_flops, bandwidth):
    return max(_times(M, N, K, bytes_per_element, peak_flops, bandwidth))

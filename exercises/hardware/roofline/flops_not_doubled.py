"""Mistake flops-not-doubled, as an override of the reference: _times differs."""


def _times(M, N, K, bytes_per_element, peak_flops, bandwidth):
    flops = M * N * K                                       # the mistake: counts multiply-adds, not flops
    moved = (M * K + K * N + M * N) * bytes_per_element
    return flops / peak_flops, moved / bandwidth

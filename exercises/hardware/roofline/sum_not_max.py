"""Mistake sum-not-max, as an override of the reference: roofline_time differs."""


def roofline_time(M, N, K, bytes_per_element, peak_flops, bandwidth):
    compute, memory = _times(M, N, K, bytes_per_element, peak_flops, bandwidth)
    return compute + memory            # the mistake: as if the chip could not overlap the two

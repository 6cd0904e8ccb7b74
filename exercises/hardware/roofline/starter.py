def roofline_time(M, N, K, bytes_per_element, peak_flops, bandwidth):
    """Roofline estimate, in seconds, of the matrix product (M, K) x (K, N) -> (M, N).

    time = max(compute time, memory time): 2·M·N·K flops at peak_flops FLOP/s, and the
    three matrices (M·K + K·N + M·N elements of bytes_per_element bytes) moved once at
    bandwidth bytes/s. Returns a float.
    """
    raise NotImplementedError("roofline_time: the larger of the compute time and the memory time")


def is_compute_bound(M, N, K, bytes_per_element, peak_flops, bandwidth):
    """True when the compute time is strictly greater than the memory time, else False."""
    raise NotImplementedError("is_compute_bound: compare the two times")

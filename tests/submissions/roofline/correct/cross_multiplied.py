def roofline_time(M, N, K, bytes_per_element, peak_flops, bandwidth):
    t_math = 2.0 * M * N * K / peak_flops
    t_mem = (M * K + N * K + M * N) * bytes_per_element / bandwidth
    if t_math > t_mem:
        return t_math
    return t_mem


def is_compute_bound(M, N, K, bytes_per_element, peak_flops, bandwidth):
    # F / P > Q / B  <=>  F * B > Q * P  (both sides positive)
    return 2 * M * N * K * bandwidth > (M * K + N * K + M * N) * bytes_per_element * peak_flops

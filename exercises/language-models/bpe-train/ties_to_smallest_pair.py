# Mistake: ties-to-smallest-pair. Among equally frequent pairs the numerically smallest pair
# wins, not the one whose first occurrence is leftmost.
def _most_frequent(counts):
    return max(sorted(counts), key=counts.get)

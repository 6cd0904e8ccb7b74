# Mistake: bpb-without-ln2. Nats per byte, not bits per byte: the loss is not divided by ln 2.
def bits_per_byte(loss, bytes_per_token):
    return float(loss / bytes_per_token)

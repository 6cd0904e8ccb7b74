"""Model configurations, tied and untied, from toy sizes to GPT-3 scale. Every value is a
Python int (a NumPy integer would make the reference's arithmetic NumPy's)."""


def _config(rng, tied):
    heads = int(rng.choice([2, 4, 8, 12, 16]))
    d_model = heads * int(rng.integers(4, 129))
    return {"n_layers": int(rng.integers(2, 49)), "d_model": d_model, "n_heads": heads,
            "d_ff": int(rng.choice([2, 3, 4])) * d_model + int(rng.integers(0, 65)),
            "vocab_size": int(rng.integers(100, 100001)), "seq_len": int(rng.integers(16, 8193)),
            "batch_size": int(rng.integers(2, 65)), "bytes_per_element": int(rng.choice([1, 2, 4])),
            "tied_embeddings": tied}


def random_tied(rng):
    return {"cfg": _config(rng, True)}


def random_untied(rng):
    return {"cfg": _config(rng, False)}


def one_layer_one_sequence(rng):
    """n_layers = 1 and batch_size = 1, tied or not."""
    cfg = _config(rng, bool(rng.random() < 0.5))
    cfg.update(n_layers=1, batch_size=1)
    return {"cfg": cfg}


def one_head(rng):
    """A single head: the count must not depend on n_heads at all."""
    cfg = _config(rng, bool(rng.random() < 0.5))
    cfg["n_heads"] = 1
    return {"cfg": cfg}


def gpt3_scale(rng):
    """GPT-3 175B's shape (96 layers, d_model 12288, 96 heads), tied or not: the training
    FLOPs of a step exceed 2**53, where float64 can no longer hold every integer."""
    return {"cfg": {"n_layers": 96, "d_model": 12288, "n_heads": 96, "d_ff": 49152,
                    "vocab_size": 50257, "seq_len": 2048, "batch_size": int(rng.integers(256, 1537)),
                    "bytes_per_element": 2, "tied_embeddings": bool(rng.random() < 0.5)}}


def gpt2_small(rng):
    """GPT-2 small (tied) with T = 1024, B = 8, 2-byte elements: params 123,653,376."""
    return {"cfg": {"n_layers": 12, "d_model": 768, "n_heads": 12, "d_ff": 3072, "vocab_size": 50257,
                    "seq_len": 1024, "batch_size": 8, "bytes_per_element": 2, "tied_embeddings": True}}


def toy_untied(rng):
    """The statement's toy model."""
    return {"cfg": {"n_layers": 2, "d_model": 4, "n_heads": 2, "d_ff": 16, "vocab_size": 10,
                    "seq_len": 8, "batch_size": 3, "bytes_per_element": 4, "tied_embeddings": False}}


def huge_and_odd(rng):
    """A GPT-3-sized model with odd sizes: the training FLOPs need about 60 significant
    bits, so a count that passes through float64 anywhere loses its last digits."""
    heads = int(rng.choice([63, 81, 97]))
    d_model = heads * int(rng.choice([125, 127, 129]))
    return {"cfg": {"n_layers": int(rng.integers(80, 100)) | 1, "d_model": d_model, "n_heads": heads,
                    "d_ff": 4 * d_model + int(rng.integers(1, 50)) * 2 + 1,
                    "vocab_size": int(rng.integers(50001, 130000)) | 1,
                    "seq_len": int(rng.integers(2001, 8000)) | 1,
                    "batch_size": int(rng.integers(301, 2000)) | 1, "bytes_per_element": 2,
                    "tied_embeddings": bool(rng.random() < 0.5)}}
